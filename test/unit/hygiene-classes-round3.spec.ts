// Issue 28: failure classes of misses still left on the ten spent outside sets (outside-2026-12 to outside-2027-09, both
// halves; docs/hygiene-detectors.md, "Classes from the spent sets, round three"). Each case is written here in its own
// words, in the shape of the class, not copied from a set; each fails without its rule.
import * as assert from "assert";
import { detect } from "../../policies/hygiene/detectors";
import { namesBesideRecordNumber } from "../../policies/hygiene/patient-names";

type Cat = Parameters<typeof detect>[2];
const kinds = (v: string, cat: Cat, ctx: Parameters<typeof detect>[1] = { context: "text" }) => detect(v, ctx, cat).map((f) => f.kind);

describe("hygiene: classes from the spent outside sets, round three (issue 28)", () => {
    it("reads a name beside a medical record number or a birth date as a patient's name (advisory)", () => {
        for (const v of [
            "Name: Oskar Lindqvist (MRN-5540213)",
            "Follow-up for Ana Maria Duarte (MRN 7781204) is booked.",
            "| Tomasz Wrona        | MRN-3320987 | 61/M |",
            "│ Hélène Marchand      │ MRN-1902334  │ 48/F     │",
            "Case 2: Kofi B. Mensah (Medical Record #4410982) was discharged.",
            "Patient Priya Raman, MRN: 66120934, seen today",
            "Enrolled: male patient, Jonas Berg, DOB: 02/14/1959, site 4",
            "female, Mei Tanaka, date of birth 1971-09-30",
            "Rui Costa (born March 3, 1950) was admitted",
            "Seen: Aoife O'Brien (MRN 5120443), Ewan McAllister (MRN 5120444)",
        ])
            assert.ok(kinds(v, "possible-phi").includes("patient-identifier"), v);
        // The record number stays the mandatory finding.
        assert.deepStrictEqual(kinds("Name: Oskar Lindqvist (MRN-5540213)", "phi"), ["mrn"]);
    });

    it("does not read labels, titles or names far from a record number as a patient's name", () => {
        for (const v of [
            "Patient Record (MRN-5540213)",
            "Medical Record Number (MRN 7781204) is required",
            "Study Subject, MRN 66120934",
            "Oskar Lindqvist wrote the parser; MRN-5540213 is a test value elsewhere", // no separator right after the name
            "Oskar Lindqvist (MRN)", // no number
            "OSKAR LINDQVIST (MRN-5540213)", // not title case: a heading or a constant
            "Jonas Berg, DOB: unknown", // no date
            "Jonas Berg, born in Oslo",
        ])
            assert.ok(!kinds(v, "possible-phi").includes("patient-identifier"), v);
        const found: string[] = [];
        namesBesideRecordNumber("Patient Jane Roe (MRN-4412345)", (_i, n) => found.push(n));
        assert.deepStrictEqual(found, ["Jane Roe"]);
    });

    it("finds a North American number whose extension is written in capitals", () => {
        for (const v of ["desk 312-555-0188EXT204", "(312) 555-0188 X204", "312.555.0188 Ext. 9"])
            assert.deepStrictEqual(kinds(v, "possible-phi"), ["phone-number"], v);
        // A capital X between digit groups is no extension of a phone number.
        assert.deepStrictEqual(kinds("build 312-555-0188X", "possible-phi"), []);
    });
});
