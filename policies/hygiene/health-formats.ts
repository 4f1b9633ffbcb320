// PHI found by the structure of the healthcare formats that carry it (issue 28, outside-2027-09 and outside-2027-11):
// HL7 v2 segments' fields by their position (the patient's PID, and the MRG, NK1, GT1, IN1 and IN2 segments that carry
// PHI too), a FHIR resource's members by their names and identifier types, a CDA / C-CDA document's elements by where
// they stand (the header's recordTarget/patientRole); X12 EDI transactions by their segment grammar (./x12,
// outside-2027-22). The field says what a value is (PID-7 is the date of birth, an identifier of type `MR` a medical
// record number), and the value's shape must agree with it; ./detectors applies the non-value tests and reports the kinds. Linear in the text: one pass over the segments, one JSON parse.

import { x12Values } from "./x12";

/** The kinds these formats say a value is. */
export type HealthKind =
    "mrn" | "us-ssn" | "date-of-birth" | "street-address" | "phone-number" | "patient-contact" | "patient-identifier" | "diagnosis-code";

export interface HealthValue {
    kind: HealthKind;
    value: string;
    /** Where the value's segment or member is (for its line): asked only of a value reported (it may search the text). */
    at(): number;
}

/**
 * HL7 table 0203 identifier types of a medical record number (`MR`, `MRT` temporary); `MRN` is the common spelling, and a
 * site that keeps several numbers its own numbered codes (`MRN1`, `MRN4`: outside-2027-19).
 */
const MR_TYPE = /^(?:MR|MRT|MRN\d{0,2})$/i;
/** An identifier type said in words, with no code (`"type": {"text": "Medical Record Number"}`). */
const MR_TYPE_TEXT = /^(?:patient[ _-]?)?(?:medical|health)[ _-]?record(?:[ _-]?(?:number|no\.?|#))?$/i;
/** An assigning authority named as a record-number system (`MRN`, `NYU MRN`, `MSH_MRN`), on an identifier with no type. */
const MRN_AUTHORITY = /(?:^|[ _-])MRN$/i;
/** A record number: letters, digits and the separators ids are written with, one digit at least. */
const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;
/** An SSN in any written form (dashes or none). */
export const SSN_VALUE = /^(\d{3})(-?)(\d{2})\2(\d{4})$/;
/**
 * HL7 TS / DTM: a calendar date, then an optional time, fraction and offset (`19641028000000-0600`), or a year and month
 * (`197412`). HIPAA's Safe Harbor names every element of a birth date except the year: a month of birth is PHI, a year
 * alone is not reported.
 */
const HL7_DATE =
    /^(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:(?:0[1-9]|[12]\d|3[01])(?:\d{2}(?:\d{2}(?:\d{2}(?:\.\d{1,4})?)?)?)?(?:[+-]\d{4})?)?$/;
/** A FHIR date, full or a year and month (`1974-12`); a year alone is not reported (see HL7_DATE). */
const FHIR_DATE = /^(?:18|19|20)\d{2}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/;
/** A telephone number as a field holds it: 7 to 15 digits with the separators numbers are written with. */
const PHONE_VALUE = /^\+?[\d ()./-]{7,24}$/;
/** A street line: two letters at least. */
const STREET_VALUE = /\p{L}{2}/u;

/** How a field is read: CX identifiers (type `MR` -> mrn, `SS` -> us-ssn), a TS date, an XAD street, an XTN number, an SSN. */
type FieldRead = "ids" | "date" | "street" | "phone" | "ssn";

/**
 * The fields read, per segment, by their HL7 v2.5 definitions (chapters 3 and 6): the patient's (PID), a merged patient's
 * prior identifiers (MRG), the next of kin's (NK1), the guarantor's (GT1) and the insured's (IN1, IN2). Other segments
 * (MSH, EVN, OBR, PV1, ...) are not read: their dates and ids are times of care and messages, not PHI.
 */
const HL7_FIELDS: Readonly<Record<string, Readonly<Record<number, FieldRead>>>> = {
    // PID-2/3/4 patient identifiers, PID-7 date of birth, PID-11 address, PID-13/14 home and business phone, PID-19 SSN.
    PID: { 2: "ids", 3: "ids", 4: "ids", 7: "date", 11: "street", 13: "phone", 14: "phone", 19: "ssn" },
    // MRG-1 prior patient identifier list, MRG-2 prior alternate patient id, MRG-4 prior patient id (all CX).
    MRG: { 1: "ids", 2: "ids", 4: "ids" },
    // NK1-4 address, NK1-5/6 phone and business phone, NK1-16 date of birth, NK1-31/32 contact person's phone and address,
    // NK1-33 associated party's identifiers, NK1-37 contact person's SSN.
    NK1: { 4: "street", 5: "phone", 6: "phone", 16: "date", 31: "phone", 32: "street", 33: "ids", 37: "ssn" },
    // GT1-2 guarantor number, GT1-5 address, GT1-6/7 home and business phone, GT1-8 date of birth, GT1-12 SSN.
    GT1: { 2: "ids", 5: "street", 6: "phone", 7: "phone", 8: "date", 12: "ssn" },
    // IN1-18 insured's date of birth, IN1-19 insured's address, IN1-49 insured's identifiers.
    IN1: { 18: "date", 19: "street", 49: "ids" },
    // IN2-1 insured's employee id, IN2-2 insured's SSN.
    IN2: { 1: "ids", 2: "ssn" },
};
/** A segment read: its name at a segment start, then the field separator. */
const SEGMENT_AT = /(?:PID|MRG|NK1|GT1|IN1|IN2)\|/;
/** Fields of each segment read (up to its last field used). */
const SEGMENT_FIELDS: Readonly<Record<string, number>> = Object.fromEntries(
    Object.entries(HL7_FIELDS).map(([name, fields]) => [name, Math.max(...Object.keys(fields).map(Number))]),
);
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

/** A segment starts a line, follows a quote or a separator, or an escaped `\r` / `\n` in code (`…\rPID|`). */
function segmentStart(text: string, i: number): boolean {
    if (i === 0) return true;
    const p = text[i - 1];
    if (!/[A-Za-z0-9_]/.test(p)) return true;
    return (p === "r" || p === "n") && i >= 2 && text[i - 2] === "\\";
}

/** The values one field holds, by how it is read (its repetitions split at `~`, its components at `^`). */
function fieldValues(field: string, read: FieldRead, add: (kind: HealthKind, value: string) => void): void {
    if (read === "date" || read === "ssn") {
        const v = field.split("^", 1)[0];
        if (read === "date" ? HL7_DATE.test(v) : SSN_VALUE.test(v)) add(read === "date" ? "date-of-birth" : "us-ssn", v);
        return;
    }
    for (const rep of field.split("~")) {
        if (read === "ids") {
            const c = rep.split("^", 5);
            const id = c[0] ?? "";
            const type = c[4] ?? "";
            if (id === "") continue;
            if (MR_TYPE.test(type) || (type === "" && MRN_AUTHORITY.test(c[3] ?? ""))) {
                if (recordId(id)) add("mrn", id);
            } else if (type.toUpperCase() === "SS" && SSN_VALUE.test(id)) add("us-ssn", id);
        } else if (read === "street") {
            const street = (rep.split("^", 1)[0] ?? "").replace(/&/g, " ").trim();
            if (street.length >= 3 && street.length <= 100 && STREET_VALUE.test(street)) add("street-address", street);
        } else {
            const c = rep.split("^", 7);
            if (phoneValue(c[0] ?? "")) add("phone-number", c[0]);
            else if (/^\d{7,8}$/.test((c[6] ?? "").replace("-", "")) && /^\d{0,4}$/.test(c[5] ?? ""))
                add("phone-number", `${c[5] ?? ""}${c[6]}`);
        }
    }
}

/**
 * HL7 v2 segments, by HL7_FIELDS: identifiers (CX) of type `MR` (or an authority named an MRN, with no type) -> mrn, of
 * type `SS` -> us-ssn; dates of birth (TS) -> date-of-birth; an address's street (XAD.1) -> street-address; a number
 * (XTN.1, or area code and local number, XTN.6 and XTN.7) -> phone-number; an SSN field -> us-ssn.
 */
function hl7Values(text: string, out: HealthValue[]): void {
    const re = new RegExp(SEGMENT_AT.source, "g");
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const i = m.index;
        if (!segmentStart(text, i)) continue;
        const name = m[0].slice(0, 3);
        const end = segmentEnd(text, i + m[0].length);
        const fields = text.slice(i + m[0].length, end).split("|", SEGMENT_FIELDS[name]);
        const at = () => i;
        const add = (kind: HealthKind, value: string) => out.push({ kind, value, at });
        for (const [n, read] of Object.entries(HL7_FIELDS[name])) fieldValues(fields[Number(n) - 1] ?? "", read, add);
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

/** An Identifier that says it is a medical record number: by its type's code, by its type's text (no code), or, with no type, by its system. */
function mrnIdentifier(o: Record<string, unknown>, codes: string[]): boolean {
    if (codes.some((c) => MR_TYPE.test(c))) return true;
    if (codes.length > 0) return false;
    if (isObject(o.type) && typeof o.type.text === "string" && MR_TYPE_TEXT.test(o.type.text.trim())) return true;
    return typeof o.system === "string" && MRN_SYSTEM.test(o.system);
}

/** A telecom's value without a URL scheme (`tel:+1(617)383-2291`, `mailto:…`), as some FHIR writers keep CDA's. */
function telecomValue(v: string): string {
    const m = TEL_URL.exec(v.trim());
    return m ? m[2].trim() : v.trim();
}

/** An identifier system whose last segment names a medical record number (`https://hospital.example/mrn`, `urn:…:MRN`). */
const MRN_SYSTEM = /[/:](?:mrn|medical-?record-?numbers?)\/?$/i;

/** A Coverage's member ids (its identifier and subscriberId): the payer's id of the patient (advisory). */
function coverageMembers(x: Record<string, unknown>, add: (kind: HealthKind, value: string) => void): void {
    const ids = (Array.isArray(x.identifier) ? x.identifier : []).flatMap((i) =>
        isObject(i) && typeof i.value === "string" ? [i.value] : [],
    );
    if (typeof x.subscriberId === "string") ids.push(x.subscriberId);
    for (const v of ids) if (recordId(v)) add("patient-identifier", v);
}

/** A person's name as a HumanName's `text` or `family` holds it: letters, with the spaces, dots, hyphens and apostrophes names take. */
const PERSON_NAME = /^\p{L}[\p{L}\p{M} .'’-]{0,62}\p{L}\.?$/u;
/**
 * A name whose every word carries a short number (`Okafor482`, `Adaeze37 Okafor482`, `Núñez611`): how Synthea, the
 * synthetic patients cloud samples load, keeps its patients' names apart (outside-2027-19). Still a name in a HumanName.
 */
const SUFFIXED_NAME = /^\p{L}[\p{L}\p{M}.'’-]{0,40}\d{1,3}(?: \p{L}[\p{L}\p{M}.'’-]{0,40}\d{1,3}){0,3}$/u;

/**
 * A Patient resource's own members (outside-2027-15): its telecom is the patient's contact (a contact person's, in
 * `contact`, or a practitioner's is a phone number only), its name and its identifiers other than an MRN or SSN the
 * patient's name or identifier (advisory). The telecoms taken are added to `claimed`, so that they are not read again as
 * phone numbers.
 */
function patientMembers(x: Record<string, unknown>, add: (kind: HealthKind, value: string) => void, claimed: Set<unknown>): void {
    for (const t of Array.isArray(x.telecom) ? x.telecom : []) {
        if (!isObject(t) || typeof t.value !== "string" || typeof t.system !== "string") continue;
        const v = telecomValue(t.value);
        if (t.system === "email" ? MAIL_VALUE.test(v) : CONTACT_PHONE.has(t.system) && phoneValue(v)) {
            add("patient-contact", t.value);
            claimed.add(t);
        }
    }
    for (const n of Array.isArray(x.name) ? x.name : []) {
        if (!isObject(n)) continue;
        const v = typeof n.text === "string" ? n.text : typeof n.family === "string" ? n.family : undefined;
        if (v !== undefined && (PERSON_NAME.test(v) || SUFFIXED_NAME.test(v))) add("patient-identifier", v);
    }
    for (const i of Array.isArray(x.identifier) ? x.identifier : []) {
        if (!isObject(i) || typeof i.value !== "string" || i.system === FHIR_SSN_SYSTEM) continue;
        const codes = typeCodes(i);
        if (!mrnIdentifier(i, codes) && !codes.includes("SS") && recordId(i.value)) add("patient-identifier", i.value);
    }
}

/**
 * FHIR resources (JSON): an Identifier of type `MR` (or of no type and a system named as an MRN's) -> mrn; of system `http://hl7.org/fhir/sid/us-ssn` (or type `SS`) ->
 * us-ssn; a ContactPoint of system phone, fax, sms or pager -> phone-number; an Address's `line` -> street-address;
 * `birthDate` -> date-of-birth; a Patient's own telecom, name and other identifiers (patientMembers). Objects are judged
 * by their members, wherever they sit (a Bundle, a contained resource, an identifier cut out of its resource).
 */
function fhirValues(text: string, out: HealthValue[]): void {
    const doc = parsed(text);
    if (doc === undefined) return;
    const add = (kind: HealthKind, value: string) => out.push({ kind, value, at: () => Math.max(0, text.indexOf(JSON.stringify(value))) });
    // A resource kept as a JSON string inside the document (a pipeline parameter's default value) is read too, once:
    // a string inside that one is not parsed again (each character is parsed at most twice).
    const stack: { x: unknown; inner: boolean }[] = [{ x: doc, inner: false }];
    const claimed = new Set<unknown>();
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
        if (x.resourceType === "Patient") patientMembers(x, add, claimed);
        else if (x.resourceType === "Coverage") coverageMembers(x, add);
        const value = x.value;
        if (typeof value === "string" && value !== "") {
            const codes = typeCodes(x);
            if (mrnIdentifier(x, codes)) {
                if (recordId(value)) add("mrn", value);
            } else if (x.system === FHIR_SSN_SYSTEM || codes.includes("SS")) {
                if (SSN_VALUE.test(value)) add("us-ssn", value);
            } else if (typeof x.system === "string" && CONTACT_PHONE.has(x.system) && phoneValue(telecomValue(value)) && !claimed.has(x))
                add("phone-number", value);
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

// ---- CDA R2 / C-CDA documents (XML). The header's recordTarget/patientRole is the patient: its `id`s are the patient's
// identifiers (an `id` whose root is the SSA's OID holds an SSN; any other, the record number the C-CDA US Realm Header
// asks for), `patient/birthTime` is the date of birth, its `telecom`s are the patient's own phone numbers and e-mail
// addresses, its `addr/streetAddressLine` the home street. Elsewhere (authors, performers, organisations, the guardian)
// a `telecom` is a phone number and a `streetAddressLine` a street address, no more. Times of care (`effectiveTime`,
// `time`), entry ids and codes are not read. One pass over the tags, with a stack of the open elements' names (bounded).

/** The Social Security Administration's OID: an `id` with this root holds an SSN. */
const SSA_OID = "2.16.840.1.113883.4.1";
/**
 * A start or end tag: its end mark, its local name (a namespace prefix dropped; the name ends where a space, `/` or `>`
 * follows, so that it is matched one way only) and its attributes, within one tag (bounded: linear on any text).
 */
const XML_TAG = /<(\/?)(?:[A-Za-z_][\w.-]{0,31}:)?([A-Za-z_][\w.-]{0,63})(?=[\s/>])([^<>]{0,2048})>/g;
/** The elements the reader acts on (a cheap test before the pass). */
const CDA_HINT = /<(?:[\w.-]{1,32}:)?(?:patientRole|telecom|streetAddressLine)\b/;
/** A TEL's URL: `tel:` / `fax:` (a number) or `mailto:` (an address), as CDA writes them (`mailto://…` too). */
const TEL_URL = /^(tel|fax|mailto):(?:\/\/)?[ \t]{0,2}(\S.{0,99})$/i;
/** An e-mail address as a telecom holds it. */
const MAIL_VALUE = /^[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}$/;
const ATTR: Record<string, RegExp> = Object.fromEntries(
    ["extension", "root", "value", "assigningAuthorityName"].map((n) => [
        n,
        new RegExp(`(?:^|\\s)${n}[ \\t]{0,4}=[ \\t]{0,4}(?:"([^"]{0,256})"|'([^']{0,256})')`),
    ]),
);
const MAX_OPEN = 64;
/** An element's text: up to the next tag (an address line's length at most). */
const ELEMENT_TEXT = /[^<]{0,101}/y;

function attr(attrs: string, name: string): string {
    const m = ATTR[name].exec(attrs);
    return m ? (m[1] ?? m[2] ?? "") : "";
}

function cdaValues(text: string, out: HealthValue[]): void {
    const open: string[] = [];
    const re = new RegExp(XML_TAG.source, "g");
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const name = m[2];
        if (m[1] === "/") {
            const k = open.lastIndexOf(name);
            if (k >= 0) open.length = k;
            continue;
        }
        const attrs = m[3];
        const i = m.index;
        const add = (kind: HealthKind, value: string) => out.push({ kind, value, at: () => i });
        const parent = open[open.length - 1];
        const inPatientRole = parent === "patientRole";
        if (name === "id" && inPatientRole) {
            const ext = attr(attrs, "extension").trim();
            if (attr(attrs, "root").trim() === SSA_OID) {
                if (SSN_VALUE.test(ext)) add("us-ssn", ext);
            } else if (recordId(ext) && !/account/i.test(attr(attrs, "assigningAuthorityName"))) add("mrn", ext);
        } else if (name === "birthTime" && parent === "patient" && open[open.length - 2] === "patientRole") {
            const v = attr(attrs, "value").trim();
            if (HL7_DATE.test(v)) add("date-of-birth", v);
        } else if (name === "telecom") {
            const t = TEL_URL.exec(attr(attrs, "value").trim());
            if (t !== null) {
                const v = t[2].trim();
                const mail = t[1].toLowerCase() === "mailto";
                if (mail ? MAIL_VALUE.test(v) : phoneValue(v)) {
                    if (inPatientRole) add("patient-contact", v);
                    else if (!mail) add("phone-number", v);
                }
            }
        } else if (name === "streetAddressLine" && !attrs.endsWith("/")) {
            ELEMENT_TEXT.lastIndex = re.lastIndex;
            const street = (ELEMENT_TEXT.exec(text)?.[0] ?? "").trim();
            if (street.length >= 3 && street.length <= 100 && STREET_VALUE.test(street)) add("street-address", street);
        }
        if (!attrs.endsWith("/") && open.length < MAX_OPEN) open.push(name);
    }
}

let lastText: string | undefined;
let lastValues: HealthValue[] = [];

/**
 * The values an HL7 v2 segment, a FHIR resource, a CDA document or an X12 transaction (./x12) in `text` says are PHI, with
 * their kinds (the last text's answer is kept: the mandatory and the advisory scans ask for the same text one after the
 * other).
 */
export function healthFormatValues(text: string): readonly HealthValue[] {
    if (text === lastText) return lastValues;
    const out: HealthValue[] = [];
    if (SEGMENT_AT.test(text)) hl7Values(text, out);
    const t = text.trimStart();
    if ((t.startsWith("{") || t.startsWith("[")) && (/"(?:value|line|birthDate)"/.test(text) || text.includes("resourceType")))
        fhirValues(text, out);
    if (CDA_HINT.test(text)) cdaValues(text, out);
    for (const v of x12Values(text)) out.push({ kind: v.kind, value: v.value, at: () => v.at });
    lastText = text;
    lastValues = out;
    return out;
}
