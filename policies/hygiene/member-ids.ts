// A health plan's identifier of a patient written after its label in text (issue 28, outside-2027-14: clinical questions
// put to an LLM name the patient's insurance): `insurance ID: HP-204118`, `Ins. policy #BC-650213`, `Medicare ID
// 1EG4-TE5-MK72`, `HICN: B120458761`, `member # 88410-2231`, `her insurance number is INS-981270`. Advisory (a
// patient-identifier): the label is what says whose the number is; the pack has no check digit or format for a plan's ids.
// The label is a health plan's word only: an `account` or a `policy` alone is an AWS account or an IAM policy in this
// pack's texts, and a `plan` alone a price plan. Bounded quantifiers only: a scan is linear in the text.

/**
 * The label (insurance, insurer's abbreviations, health plan, Medicare / Medicaid, member, subscriber, beneficiary, HICN,
 * MBI), optional `policy`/`plan`/`card`/`member`, optional `id`/`number`/`no`/`#`, optional `is`/`was`, a separator, then
 * the identifier (group 1): an optional `#`, up to four letters and a dash, a digit, then letters, digits and dashes. The
 * label may be a key in snake case with its value quoted (`"member_id": "HPX4410227"`, `insurance_number='…'`: the
 * sample payloads of outside-2027-19): `_` joins its words, a quote may close the key and open the value.
 */
export const MEMBER_ID_LABELLED =
    /(?<![A-Za-z0-9])(?:insurance|insur|ins\.?|health[ \t_-]?plan|medicare|medicaid|member|subscriber|beneficiary|HICN|MBI)(?![a-z])(?:[ \t_]{1,3}(?:policy|plan|card|member))?(?:[ \t_]{0,3}(?:id|number|num|no\.?|#)(?![a-z]))?(?:[ \t]{1,3}(?:is|was))?["']?[ \t]{0,3}[:=#-]?[ \t]{0,3}["']?#?((?:[A-Z]{1,4}-?)?\d[\dA-Z-]{2,18}[\dA-Z])(?![\w-])/gi;

/** A cheap test before the pattern runs: a label's word somewhere in the text. */
export const MEMBER_ID_HINT = /insur|\bins\b|health[ \t-]?plan|medicare|medicaid|member|subscriber|beneficiar|HICN|MBI/i;

/** A calendar date or a year range (`2023-2024`), not an identifier. */
const DATE_LIKE = /^(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|(?:19|20)\d{2}-(?:19|20)?\d{2})$/;

/** Whether a labelled identifier (`MEMBER_ID_LABELLED`'s group 1) is one: at least four digits, not a date. */
export function memberId(v: string): boolean {
    return v.replace(/\D/g, "").length >= 4 && !DATE_LIKE.test(v);
}
