// Exemptions declared beside the resource: a `sagemaker-guard:exempt` tag on the resource names the
// policies it is exempt from, why, until when and who approved it. The organisation keeps control: a
// policy honours the tag only when its config sets `allowTagExemptions: true` (the allow-list is the
// set of policies so configured), and only for at most `tagExemptionMaxDays` ahead. A tag the pack
// cannot use is refused with a finding, never silently ignored.
//
// The tag value (AWS: at most 256 characters of letters, digits, spaces and `_ . : / = + - @`):
//
//   policies=<name>[+<name>...] expires=<YYYY-MM-DD> approver=<who> reason=<free text to the end>
//
//   e.g. policies=sagemaker-notebook-no-root-access expires=2027-03-31 approver=secops@example.org reason=vendor image needs root RISK-142
//
// Fields are separated by spaces, in any order, except `reason`, which runs to the end of the value.
// Tag values are hostile input: the parser makes one pass over at most 256 characters (no regular
// expression with backtracking), and messages never print the value; an exemption's reason is shown
// (cut to 80 characters) only once it has passed every check.

import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import { isRealDate } from "./exemptions";
import { isUnknown, rawChild } from "./values";

export const EXEMPT_TAG = "sagemaker-guard:exempt";
/** AWS's limit for a tag value. */
export const MAX_TAG_VALUE = 256;
const MAX_POLICIES = 10;
const MAX_APPROVER = 64;
const MAX_REASON_SHOWN = 80;
/** aws-native tags are a list of {key, value}: entries looked at. */
const MAX_TAG_LIST = 64;

export interface TagExemption {
    policies: string[];
    expires: string;
    approvedBy: string;
    reason: string;
}

export type ParsedTag = { exemption: TagExemption } | { problem: string; policies: string[] };

/** The config each policy accepts for tag-declared exemptions. */
export const tagExemptionSchema: Record<string, PolicyConfigJSONSchema> = {
    allowTagExemptions: {
        type: "boolean",
        default: false,
        description: `Honour a \`${EXEMPT_TAG}\` tag on a resource that names this policy (an exemption declared beside the resource, with policies=, expires=, approver= and reason=). Off: such a tag is refused with a finding.`,
    },
    tagExemptionMaxDays: {
        type: "integer",
        minimum: 1,
        maximum: 3660,
        default: 90,
        description: `How far ahead a \`${EXEMPT_TAG}\` tag's expires= date may lie, in days; a later date is refused.`,
    },
};

// The AWS tag value character set: letters, digits, space, _ . : / = + - @
function allowedChar(c: number): boolean {
    return (
        (c >= 48 && c <= 57) || // 0-9
        (c >= 65 && c <= 90) || // A-Z
        (c >= 97 && c <= 122) || // a-z
        c === 32 || // space
        c === 95 || // _
        c === 46 || // .
        c === 58 || // :
        c === 47 || // /
        c === 61 || // =
        c === 43 || // +
        c === 45 || // -
        c === 64 // @
    );
}

function isPolicyName(s: string): boolean {
    if (s.length === 0 || s.length > 64) return false;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return false;
    }
    return true;
}

const parseCache = new Map<string, ParsedTag>();

/** Parses a tag value (any value: it is checked here). Results are cached by value (bounded). */
export function parseExemptTag(value: unknown): ParsedTag {
    if (typeof value !== "string") return { problem: "its value is not a string", policies: [] };
    const cached = parseCache.get(value);
    if (cached) return cached;
    const parsed = parse(value);
    if (parseCache.size >= 1_000) parseCache.clear();
    parseCache.set(value, parsed);
    return parsed;
}

function parse(value: string): ParsedTag {
    const refuse = (problem: string, policies: string[] = []): ParsedTag => ({ problem, policies });
    if (value.length > MAX_TAG_VALUE) return refuse(`its value is longer than ${MAX_TAG_VALUE} characters`);
    for (let i = 0; i < value.length; i++) {
        if (!allowedChar(value.charCodeAt(i)))
            return refuse(`its value has a character at position ${i + 1} outside the AWS tag character set`);
    }
    const fields: Record<string, string> = {};
    let i = 0;
    while (i < value.length) {
        if (value.charCodeAt(i) === 32) {
            i++;
            continue;
        }
        const eq = value.indexOf("=", i);
        const space = value.indexOf(" ", i);
        if (eq < 0 || (space >= 0 && space < eq))
            return refuse(`its value has a word at position ${i + 1} that is not a field (name=value)`);
        const key = value.slice(i, eq);
        if (!["policies", "expires", "approver", "reason"].includes(key))
            return refuse(`its value has an unknown field at position ${i + 1}`);
        if (key in fields) return refuse(`its value has the field ${key}= twice`);
        if (key === "reason") {
            fields.reason = value.slice(eq + 1).trim();
            break;
        }
        const end = space < 0 ? value.length : space;
        fields[key] = value.slice(eq + 1, end);
        i = end;
    }
    const names = fields.policies === undefined ? [] : fields.policies.split("+");
    const policies = names.filter(isPolicyName).slice(0, MAX_POLICIES);
    if (fields.policies === undefined || names.length === 0) return refuse("it names no policy (policies=<name>+<name>)");
    if (names.length > MAX_POLICIES) return refuse(`it names more than ${MAX_POLICIES} policies`, policies);
    if (policies.length !== names.length) return refuse("its policies= field has an entry that is not a policy name", policies);
    if (fields.expires === undefined) return refuse("it has no expires=YYYY-MM-DD", policies);
    if (!isRealDate(fields.expires)) return refuse("its expires= is not a real date written YYYY-MM-DD", policies);
    if (!fields.approver) return refuse("it has no approver=<who approved it>", policies);
    if (fields.approver.length > MAX_APPROVER) return refuse(`its approver= is longer than ${MAX_APPROVER} characters`, policies);
    if (fields.reason === undefined || fields.reason.length < 3)
        return refuse("it has no reason= (at least 3 characters, the last field)", policies);
    return { exemption: { policies, expires: fields.expires, approvedBy: fields.approver, reason: fields.reason } };
}

/** The reason as a message may show it: at most 80 characters. */
export function shownReason(reason: string): string {
    return reason.length > MAX_REASON_SHOWN ? `${reason.slice(0, MAX_REASON_SHOWN)}…` : reason;
}

/**
 * The `sagemaker-guard:exempt` tag value in a resource's `tags` input (read raw, without the SDK's
 * proxy): a string (any content, to be parsed), "unknown" (not known at preview: the tag is then not
 * used), or undefined (no such tag). `tags` as a map (aws) or a list of {key, value} (aws-native;
 * the first 64 entries).
 */
export function exemptTagValue(tags: unknown): unknown {
    if (tags === null || typeof tags !== "object") return isUnknown(tags) ? "unknown" : undefined;
    if (Array.isArray(tags)) {
        const n = Math.min(tags.length, MAX_TAG_LIST);
        for (let k = 0; k < n; k++) {
            const e = rawChild(tags, k);
            if (rawChild(e, "key") === EXEMPT_TAG) return orUnknown(rawChild(e, "value"));
        }
        return undefined;
    }
    const v = rawChild(tags, EXEMPT_TAG);
    return v === undefined || v === null ? undefined : orUnknown(v);
}

const orUnknown = (v: unknown): unknown => (isUnknown(v) ? "unknown" : v);

const NONE: TagOutcome = Object.freeze({ kind: "none" });

/** The tag's findings for one policy: what the policy reports, or the exemption that takes the resource out. */
export type TagOutcome =
    | { kind: "none" }
    | { kind: "exempt"; exemption: TagExemption }
    | { kind: "refused"; problem: string }
    | { kind: "expired"; expires: string };

/**
 * What the resource's exempt tag means for `policy`, given its config (`allowTagExemptions`,
 * `tagExemptionMaxDays`) and today's date (YYYY-MM-DD, asked for only when a tag names the policy). A tag that names other policies only is
 * nothing to this one; a malformed tag that names no policy at all is refused by every policy that
 * accepts tag exemptions (it cannot tell whom the tag was meant for).
 */
export function tagOutcome(policy: string, tags: unknown, config: Record<string, unknown>, today: () => string): TagOutcome {
    if (tags === undefined || tags === null) return NONE; // most resources: no tags at all
    const value = exemptTagValue(tags);
    if (value === undefined || value === "unknown") return NONE;
    const allowed = config.allowTagExemptions === true;
    const parsed = parseExemptTag(value);
    if ("problem" in parsed) {
        if (parsed.policies.includes(policy) || (parsed.policies.length === 0 && allowed))
            return { kind: "refused", problem: parsed.problem };
        return NONE;
    }
    const ex = parsed.exemption;
    if (!ex.policies.includes(policy)) return NONE;
    if (!allowed)
        return {
            kind: "refused",
            problem: "this policy does not accept exemptions from tags (its config does not set allowTagExemptions)",
        };
    const now = today();
    if (ex.expires < now) return { kind: "expired", expires: ex.expires };
    const maxDays = typeof config.tagExemptionMaxDays === "number" ? config.tagExemptionMaxDays : 90;
    if (daysBetween(now, ex.expires) > maxDays)
        return { kind: "refused", problem: `its expires= lies more than ${maxDays} days ahead (tagExemptionMaxDays)` };
    return { kind: "exempt", exemption: ex };
}

function daysBetween(from: string, to: string): number {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
