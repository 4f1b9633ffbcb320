// PHI found by the structure of the healthcare formats that carry it (issue 28, outside-2027-09): an HL7 v2 PID
// segment's fields by their position, a FHIR resource's members by their names and identifier types. The field says
// what a value is (PID-7 is the date of birth, an identifier of type `MR` a medical record number), and the value's
// shape must agree with it; ./detectors applies the non-value tests and reports the kinds. Linear in the text: one pass
// over the segments, one JSON parse.

/** The kinds these formats say a value is. */
export type HealthKind = "mrn" | "us-ssn" | "date-of-birth" | "street-address" | "phone-number";

export interface HealthValue {
    kind: HealthKind;
    value: string;
    /** Where the value's segment or member is (for its line): asked only of a value reported (it may search the text). */
    at(): number;
}

/** HL7 table 0203 identifier types of a medical record number (`MR`, `MRT` temporary); `MRN` is the common spelling. */
const MR_TYPE = /^(?:MR|MRT|MRN)$/i;
/** An assigning authority named as a record-number system (`MRN`, `NYU MRN`, `MSH_MRN`), on an identifier with no type. */
const MRN_AUTHORITY = /(?:^|[ _-])MRN$/i;
/** A record number: letters, digits and the separators ids are written with, one digit at least. */
const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;
/** An SSN in any written form (dashes or none). */
export const SSN_VALUE = /^(\d{3})(-?)(\d{2})\2(\d{4})$/;
/** HL7 TS / DTM: a calendar date, then an optional time, fraction and offset (`19641028000000-0600`). */
const HL7_DATE = /^(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d{2}(?:\d{2}(?:\d{2}(?:\.\d{1,4})?)?)?)?(?:[+-]\d{4})?$/;
/** A FHIR date (a full one: a year or a month alone is no birth date the pack reports). */
const FHIR_DATE = /^(?:18|19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
/** A telephone number as a field holds it: 7 to 15 digits with the separators numbers are written with. */
const PHONE_VALUE = /^\+?[\d ()./-]{7,24}$/;
/** A street line: two letters at least. */
const STREET_VALUE = /\p{L}{2}/u;

const PID = "PID|";
const PID_AT = /PID\|/;
/** Fields of a PID segment read (PID-19, the SSN, is the last one used). */
const PID_FIELDS = 20;
/** Characters of a segment read. */
const MAX_SEGMENT = 4096;

function recordId(v: string): boolean {
    return RECORD_ID.test(v) && /\d/.test(v);
}

function phoneValue(v: string): boolean {
    if (!PHONE_VALUE.test(v)) return false;
    const d = v.replace(/\D/g, "").length;
    return d >= 7 && d <= 15;
}

/** Where a segment that starts at `from` ends: a line break, a quote, an escaped `\r` / `\n` of code, or MAX_SEGMENT. */
function segmentEnd(text: string, from: number): number {
    const stop = Math.min(text.length, from + MAX_SEGMENT);
    for (let i = from; i < stop; i++) {
        const c = text[i];
        if (c === "\r" || c === "\n" || c === '"' || c === "'" || c === "`") return i;
        if (c === "\\" && (text[i + 1] === "r" || text[i + 1] === "n")) return i;
    }
    return stop;
}

/** A PID segment starts a line, follows a quote or a separator, or an escaped `\r` / `\n` in code (`…\rPID|`). */
function segmentStart(text: string, i: number): boolean {
    if (i === 0) return true;
    const p = text[i - 1];
    if (!/[A-Za-z0-9_]/.test(p)) return true;
    return (p === "r" || p === "n") && i >= 2 && text[i - 2] === "\\";
}

/**
 * HL7 v2 PID segments (HL7 v2.x chapter 3): PID-2/3/4 identifiers of type `MR` (or an authority named an MRN, with no
 * type) -> mrn, of type `SS` -> us-ssn; PID-7 -> date-of-birth; PID-11's street (XAD.1) -> street-address; PID-13/14's
 * number (XTN.1, or area code and local number, XTN.6 and XTN.7) -> phone-number; PID-19 -> us-ssn.
 */
function hl7Values(text: string, out: HealthValue[]): void {
    const re = new RegExp(PID_AT.source, "g");
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const i = m.index;
        if (!segmentStart(text, i)) continue;
        const end = segmentEnd(text, i + PID.length);
        const fields = text.slice(i + PID.length, end).split("|", PID_FIELDS);
        const field = (n: number) => fields[n - 1] ?? "";
        const at = () => i;
        const add = (kind: HealthKind, value: string) => out.push({ kind, value, at });
        for (const n of [2, 3, 4]) {
            for (const rep of field(n).split("~")) {
                const c = rep.split("^", 5);
                const id = c[0] ?? "";
                const type = c[4] ?? "";
                if (id === "") continue;
                if (MR_TYPE.test(type) || (type === "" && MRN_AUTHORITY.test(c[3] ?? ""))) {
                    if (recordId(id)) add("mrn", id);
                } else if (type.toUpperCase() === "SS" && SSN_VALUE.test(id)) add("us-ssn", id);
            }
        }
        const dob = field(7).split("^", 1)[0];
        if (HL7_DATE.test(dob)) add("date-of-birth", dob);
        for (const rep of field(11).split("~")) {
            const street = (rep.split("^", 1)[0] ?? "").replace(/&/g, " ").trim();
            if (street.length >= 3 && street.length <= 100 && STREET_VALUE.test(street)) add("street-address", street);
        }
        for (const n of [13, 14]) {
            for (const rep of field(n).split("~")) {
                const c = rep.split("^", 7);
                if (phoneValue(c[0] ?? "")) add("phone-number", c[0]);
                else if (/^\d{7,8}$/.test((c[6] ?? "").replace("-", "")) && /^\d{0,4}$/.test(c[5] ?? ""))
                    add("phone-number", `${c[5] ?? ""}${c[6]}`);
            }
        }
        const ssn = field(19).split("^", 1)[0];
        if (SSN_VALUE.test(ssn)) add("us-ssn", ssn);
        re.lastIndex = end;
    }
}

const FHIR_SSN_SYSTEM = "http://hl7.org/fhir/sid/us-ssn";
const CONTACT_PHONE = new Set(["phone", "fax", "sms", "pager"]);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/** The identifier type codes of a FHIR Identifier (`type.coding[].code`). */
function typeCodes(o: Record<string, unknown>): string[] {
    const t = o.type;
    if (!isObject(t) || !Array.isArray(t.coding)) return [];
    return t.coding.flatMap((c) => (isObject(c) && typeof c.code === "string" ? [c.code] : []));
}

/**
 * FHIR resources (JSON): an Identifier of type `MR` -> mrn; of system `http://hl7.org/fhir/sid/us-ssn` (or type `SS`) ->
 * us-ssn; a ContactPoint of system phone, fax, sms or pager -> phone-number; an Address's `line` -> street-address;
 * `birthDate` -> date-of-birth. Objects are judged by their members, wherever they sit (a Bundle, a contained resource,
 * an identifier cut out of its resource).
 */
function fhirValues(text: string, out: HealthValue[]): void {
    const doc = parsed(text);
    if (doc === undefined) return;
    const add = (kind: HealthKind, value: string) => out.push({ kind, value, at: () => Math.max(0, text.indexOf(JSON.stringify(value))) });
    // A resource kept as a JSON string inside the document (a pipeline parameter's default value) is read too, once:
    // a string inside that one is not parsed again (each character is parsed at most twice).
    const stack: { x: unknown; inner: boolean }[] = [{ x: doc, inner: false }];
    while (stack.length > 0) {
        const { x, inner } = stack.pop()!;
        if (typeof x === "string") {
            const y = inner ? undefined : parsed(x);
            if (y !== undefined) stack.push({ x: y, inner: true });
            continue;
        }
        const push = (y: unknown) => {
            if (
                (typeof y === "object" && y !== null) ||
                (typeof y === "string" && !inner && RESOURCE_STRING.test(y) && y.includes('"resourceType"'))
            )
                stack.push({ x: y, inner });
        };
        if (Array.isArray(x)) {
            for (const y of x) push(y);
            continue;
        }
        if (!isObject(x)) continue;
        const value = x.value;
        if (typeof value === "string" && value !== "") {
            const codes = typeCodes(x);
            if (codes.some((c) => MR_TYPE.test(c))) {
                if (recordId(value)) add("mrn", value);
            } else if (x.system === FHIR_SSN_SYSTEM || codes.includes("SS")) {
                if (SSN_VALUE.test(value)) add("us-ssn", value);
            } else if (typeof x.system === "string" && CONTACT_PHONE.has(x.system) && phoneValue(value)) add("phone-number", value);
        }
        if (Array.isArray(x.line) && ["city", "state", "postalCode", "country", "district", "use", "type"].some((k) => k in x)) {
            for (const l of x.line) if (typeof l === "string" && l.length <= 100 && STREET_VALUE.test(l)) add("street-address", l);
        }
        if (typeof x.birthDate === "string" && FHIR_DATE.test(x.birthDate)) add("date-of-birth", x.birthDate);
        for (const y of Object.values(x)) push(y);
    }
}

/** A JSON document in a string (then it must name a FHIR resource type). */
const RESOURCE_STRING = /^\s*[[{]/;

/** The JSON document `text` holds, or undefined. */
function parsed(text: string): unknown {
    const t = text.trimStart();
    if (!t.startsWith("{") && !t.startsWith("[")) return undefined;
    try {
        return JSON.parse(text) as unknown;
    } catch {
        return undefined;
    }
}

let lastText: string | undefined;
let lastValues: HealthValue[] = [];

/**
 * The values an HL7 v2 PID segment or a FHIR resource in `text` says are PHI, with their kinds (the last text's answer
 * is kept: the mandatory and the advisory scans ask for the same text one after the other).
 */
export function healthFormatValues(text: string): readonly HealthValue[] {
    if (text === lastText) return lastValues;
    const out: HealthValue[] = [];
    if (text.includes(PID)) hl7Values(text, out);
    const t = text.trimStart();
    if ((t.startsWith("{") || t.startsWith("[")) && (/"(?:value|line|birthDate)"/.test(text) || text.includes("resourceType")))
        fhirValues(text, out);
    lastText = text;
    lastValues = out;
    return out;
}
