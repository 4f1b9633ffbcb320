// Issue 28: a month and year of birth without the day. HIPAA's Safe Harbor names every element of a birth date except the
// year, so `1974-12` under a birth label is PHI; a year alone is not reported. Cases in their own words, in the class's
// shapes: labelled text, a birth-date name, FHIR `birthDate`, HL7 PID-7 and C-CDA `birthTime` at month precision.
import * as assert from "assert";
import { detect } from "../../policies/hygiene/detectors";

const kinds = (v: string, key?: string) => detect(v, { context: "text", key }, "phi").map((f) => f.kind);

describe("hygiene: a birth date written as a month and year (issue 28)", () => {
    it("finds a month and year after a birth label, in each written order", () => {
        for (const v of ["DOB: 07/1958", "dob 7/1958", "Date of birth: 1958-07", "born Jul 1958", "Birth date: September, 1958"])
            assert.deepStrictEqual(kinds(v), ["date-of-birth"], v);
    });

    it("finds a month and year that is the whole value of a birth-date name", () => {
        for (const [key, v] of [
            ["birthDate", "1958-07"],
            ["date_of_birth", "07/1958"],
            ["DOB", "Jul 1958"],
        ])
            assert.deepStrictEqual(kinds(v, key), ["date-of-birth"], `${key}: ${v}`);
    });

    it("finds a FHIR birthDate, an HL7 PID-7 and a C-CDA birthTime at month precision", () => {
        assert.deepStrictEqual(kinds(JSON.stringify({ resourceType: "Patient", birthDate: "1958-07" })), ["date-of-birth"]);
        assert.deepStrictEqual(kinds("MSH|^~\\&|A|B|C|D|202401011200||ADT^A01|1|P|2.5\rPID|1||4410||Lind^Ada||195807|F"), [
            "date-of-birth",
        ]);
        const cda =
            '<ClinicalDocument><recordTarget><patientRole><patient><birthTime value="195807"/></patient></patientRole></recordTarget></ClinicalDocument>';
        assert.deepStrictEqual(kinds(cda), ["date-of-birth"]);
    });

    it("does not report a year alone, or a month and year no birth label names", () => {
        for (const v of ["DOB: 1958", "born in 1958", "expires 07/2027", "Released 2024-07", "Jul 1958"])
            assert.deepStrictEqual(kinds(v), [], v);
        assert.deepStrictEqual(kinds(JSON.stringify({ resourceType: "Patient", birthDate: "1958" })), []);
        assert.deepStrictEqual(kinds("1958-07", "expiry_date"), []);
        assert.deepStrictEqual(kinds("1958", "birthDate"), []);
    });
});
