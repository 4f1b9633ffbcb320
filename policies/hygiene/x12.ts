// PHI found by the structure of X12 EDI health-care transactions (issue 28, outside-2027-22): 837 claims, 834 enrolment,
// 270/271 eligibility, 276/277 claim status, 835 remittance, 278 authorisation. A segment's id and its qualifiers say
// what an element is (DMG02 after DMG01 `D8` is a birth date, REF02 after REF01 `SY` an SSN, NM109 after NM108 `34` an
// SSN); a person's segments are those of the loop an NM1 of a person opens (NM101 `IL` insured, `QC` patient, `03`
// dependent, `74` corrected insured) or an 834's INS (the member). The element separator is the one the ISA declares
// (the character after `ISA`), else `*`; segments end at the ISA's terminator, `~`, a line break (an escaped `\n` too)
// or a quote (X12 kept in a code or JSON string). A translator's JSON form of the segments (staedi's
// `{"name": "DMG", "type": "segment", "data": [...]}`) is read the same way. ./health-formats passes the values on;
// ./detectors applies the non-value tests and reports them. Linear in the text: one split into segments (or one JSON
// parse), each segment split once.

export type X12Kind =
    "us-ssn" | "date-of-birth" | "mrn" | "patient-contact" | "phone-number" | "street-address" | "patient-identifier" | "diagnosis-code";

export interface X12Value {
    kind: X12Kind;
    value: string;
    /** Where the value's segment starts in the text. */
    at: number;
}

/** A segment id the reader acts on, at a segment's start, then its element separator (a cheap test before the pass). */
const X12_HINT = /(?:^|[~\r\n"'`])[ \t]{0,8}(?:ISA|NM1|DMG|REF|PER|N3|HI|INS)[^\w\s]/;
/** The interchange header: its element separator is the character after `ISA`. */
const ISA = /ISA([^\w\s])/;
/** NM101 entity codes of a person whose data is PHI. */
const PERSON = new Set(["IL", "QC", "03", "74"]);
/** Segments that close a person's loop (a new hierarchical level, envelope, claim, service line). */
const LOOP_END = new Set(["HL", "ISA", "GS", "ST", "CLM", "CLP", "LX", "SE", "GE", "IEA"]);
/** PER's communication number qualifiers: telephone (home, work, cell), fax; and e-mail. */
const PHONE_QUALIFIER = new Set(["TE", "HP", "WP", "CP", "FX"]);
/** REF01 qualifiers of a person's number: subscriber number, group or policy number, member id, client number. */
const MEMBER_REF = new Set(["0F", "1L", "1W", "23"]);
/** NM108 qualifiers of a person's identifier other than an SSN: member id, mutually defined, standard unique id, HICN. */
const MEMBER_NM1 = new Set(["MI", "ZZ", "II", "N"]);
/** HI qualifiers of a diagnosis: ICD-10-CM (ABK principal, ABF other, ABJ admitting, ABZ, APR, ABN) and ICD-9-CM. */
const DIAGNOSIS_QUALIFIER = /^(?:ABK|ABF|ABJ|ABZ|APR|ABN|BK|BF|BJ|BZ|PR|BN)$/;
/**
 * An ICD-10-CM code (`M79606`, `J44.9`; `U07.1` too: the qualifier says it is a diagnosis) or an ICD-9-CM one (`884.2`,
 * `V7231`, `E986.0`), as HI writes them.
 */
const ICD_CODE = /^(?:[A-Z]\d[0-9A-Z](?:\.?[0-9A-Z]{1,4})?|\d{3}(?:\.?\d{1,2})?|V\d{2}(?:\.?\d{1,2})?|E\d{3}(?:\.?\d)?)$/;
/** DMG02 as D8 writes it: CCYYMMDD, a calendar date. */
const D8_DATE = /^(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
const SSN = /^\d{3}-?\d{2}-?\d{4}$/;
const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;
/** A last name as NM103 holds it: letters, with the spaces, dots, hyphens and apostrophes names take. */
const NAME = /^\p{L}[\p{L}\p{M} .'’-]{0,58}\p{L}$/u;
const STREET = /\p{L}{2}/u;
const MAIL = /^[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}$/;
/** A segment's start: its id, then the element separator. */
const SEGMENT_ID = /^[A-Z][A-Z0-9]{1,2}$/;
/** Characters of a segment read, and elements of one. */
const MAX_SEGMENT = 1024;
const MAX_ELEMENTS = 20;

function phoneValue(v: string): boolean {
    if (!/^\+?[\d ()./-]{7,24}$/.test(v)) return false;
    const d = v.replace(/\D/g, "").length;
    return d >= 7 && d <= 15;
}

const recordId = (v: string) => RECORD_ID.test(v) && /\d/.test(v);

/** The ISA's separators: the element separator, and the segment terminator (the character after ISA16), if any. */
function separators(text: string): { element: string; terminator?: string } {
    const m = ISA.exec(text);
    if (m === null) return { element: "*" };
    const e = m[1];
    let i = m.index + 4;
    for (let n = 1; n < 16 && i < text.length && i < m.index + 200; i++) if (text[i] === e) n++;
    // i is past the 16th separator: ISA16 (the component separator), then the terminator.
    const t = text[i + 1];
    return { element: e, terminator: t !== undefined && !/[\w\s]/.test(t) && t !== e ? t : undefined };
}

/** A translator's JSON segment object (a cheap test before the parse). */
const JSON_SEGMENT_HINT = /"type"\s{0,4}:\s{0,4}"segment"/;
const MAX_JSON_NODES = 100_000;

/** An element of the JSON form as X12 writes it: a string or number, an {"type": "element", "data": ...}, a composite (joined by `:`). */
function jsonElement(x: unknown, depth = 0): string {
    if (typeof x === "string" || typeof x === "number") return String(x);
    if (depth > 3) return "";
    if (Array.isArray(x)) return x.map((c) => jsonElement(c, depth + 1)).join(":");
    if (typeof x === "object" && x !== null && "data" in x) return jsonElement((x as { data: unknown }).data, depth + 1);
    return "";
}

/** The JSON form's segments in document order, as element lists. */
function jsonSegments(text: string): string[][] {
    let doc: unknown;
    try {
        doc = JSON.parse(text);
    } catch {
        return [];
    }
    const segs: string[][] = [];
    const stack: unknown[] = [doc];
    for (let seen = 0; stack.length > 0 && seen < MAX_JSON_NODES; seen++) {
        const o = stack.pop();
        if (Array.isArray(o)) {
            for (let k = o.length - 1; k >= 0; k--) stack.push(o[k]);
        } else if (typeof o === "object" && o !== null) {
            const r = o as Record<string, unknown>;
            if (r.type === "segment" && typeof r.name === "string" && SEGMENT_ID.test(r.name) && Array.isArray(r.data)) {
                segs.push([r.name, ...r.data.slice(0, MAX_ELEMENTS).map((x) => jsonElement(x))]);
                continue;
            }
            const vals = Object.values(r);
            for (let k = vals.length - 1; k >= 0; k--) stack.push(vals[k]);
        }
    }
    return segs;
}

/** The values X12 segments in `text` (or their JSON form) say are PHI, with their kinds. */
export function x12Values(text: string): X12Value[] {
    const out: X12Value[] = [];
    const t = text.trimStart();
    if ((t.startsWith("{") || t.startsWith("[")) && JSON_SEGMENT_HINT.test(text)) {
        let owner: string | undefined;
        for (const els of jsonSegments(text)) owner = segment(els, owner, 0, out);
        return out;
    }
    if (!X12_HINT.test(text)) return out;
    const { element: e, terminator } = separators(text);
    let owner: string | undefined;
    let start = 0;
    const n = text.length;
    while (start < n) {
        // One segment: from `start` to the next terminator, line break (or one escaped in a code or JSON string) or quote.
        let end = start;
        let skip = 1;
        while (end < n) {
            const c = text[end];
            if (c === "~" || c === "\n" || c === "\r" || c === '"' || c === "'" || c === "`" || c === terminator) break;
            if (c === "\\" && (text[end + 1] === "n" || text[end + 1] === "r")) {
                skip = 2;
                break;
            }
            end++;
        }
        let s = start;
        while (s < end && (text[s] === " " || text[s] === "\t")) s++;
        if (end - s <= MAX_SEGMENT) {
            const els = text.slice(s, end).split(e, MAX_ELEMENTS);
            if (els.length > 1 && SEGMENT_ID.test(els[0])) owner = segment(els, owner, s, out);
        }
        start = end + skip;
    }
    return out;
}

/** Reads one segment (its elements `els`, starting at `at`) in the loop of `owner`; returns the loop after it. */
function segment(els: string[], owner: string | undefined, at: number, out: X12Value[]): string | undefined {
    const id = els[0];
    const el = (k: number) => (els[k] ?? "").trim();
    const add = (kind: X12Kind, value: string) => out.push({ kind, value, at });
    if (LOOP_END.has(id)) return undefined;
    if (id === "INS") return "INS";
    const person = owner !== undefined && (PERSON.has(owner) || owner === "INS");
    switch (id) {
        case "NM1": {
            const entity = el(1);
            if (!PERSON.has(entity)) return entity;
            if (el(2) === "1" && NAME.test(el(3))) add("patient-identifier", el(3));
            const q = el(8);
            const v = el(9);
            if (q === "34" && SSN.test(v)) add("us-ssn", v);
            else if (MEMBER_NM1.has(q) && recordId(v)) add("patient-identifier", v);
            return entity;
        }
        case "DMG":
            // DMG is a person's demographics wherever it stands: DMG02 is the birth date.
            if (el(1) === "D8" && D8_DATE.test(el(2))) add("date-of-birth", el(2));
            break;
        case "REF": {
            const q = el(1);
            const v = el(2);
            if (q === "SY" && SSN.test(v)) add("us-ssn", v);
            else if (q === "EA" && recordId(v)) add("mrn", v);
            else if (MEMBER_REF.has(q) && recordId(v)) add("patient-identifier", v);
            break;
        }
        case "N3":
            if (person && el(1).length >= 3 && el(1).length <= 55 && STREET.test(el(1))) add("street-address", el(1));
            break;
        case "PER":
            for (const k of [3, 5, 7]) {
                const q = el(k);
                const v = el(k + 1);
                if (PHONE_QUALIFIER.has(q) && phoneValue(v)) add(person ? "patient-contact" : "phone-number", v);
                else if (q === "EM" && person && MAIL.test(v)) add("patient-contact", v);
            }
            break;
        case "HI":
            for (let k = 1; k < els.length; k++) {
                // A composite: the qualifier, the component separator (whichever the file declares), the code.
                const m = /^([A-Z]{2,3})([^\w\s])([0-9A-Z.]{3,8})(?:[^\w\s]|$)/.exec(el(k));
                if (m !== null && DIAGNOSIS_QUALIFIER.test(m[1]) && ICD_CODE.test(m[3])) add("diagnosis-code", m[3]);
            }
            break;
    }
    return owner;
}
