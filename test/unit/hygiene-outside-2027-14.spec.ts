// The failure classes the tuning half of outside-2027-14 (PHI in clinical free text: questions put to an LLM about a
// patient) showed, each as a class: values made up for these tests, never the corpus's.
import * as assert from "assert";
import { detect } from "../../policies/hygiene/detectors";

const phi = (v: string) => detect(v, { context: "text" }, "phi").map((f) => f.kind);
const possible = (v: string) => detect(v, { context: "text" }, "possible-phi").map((f) => f.kind);

describe("hygiene: outside-2027-14 classes", () => {
    it("a contact detail prose labels as the patient's (a pronoun or the patient's word, then the contact's kind) is a patient's", () => {
        for (const v of [
            "Also, her phone number is 617-383-2291.",
            "His phone number is (617) 383-2291.",
            "her contact is (617) 383-2291.",
            "pt's cell: 617-383-2291",
            "the patient's home phone was 617-383-2291",
            "His email is rob.lantz@northmail.net.",
            "their e-mail address is kim.oduya@northmail.net",
        ]) {
            assert.deepStrictEqual(phi(v), ["patient-contact"], v);
            assert.deepStrictEqual(possible(v), [], v); // reported once, by the mandatory check
        }
        // Someone else's, or no one's: the contact word must follow the pronoun at once.
        for (const v of [
            "contact his family at 617-383-2291",
            "call her doctor at 617-383-2291",
            "clinic phone: 617-383-2291",
            "Send her case details to the clinic, phone 617-383-2291",
        ]) {
            assert.deepStrictEqual(phi(v), [], v);
            assert.deepStrictEqual(possible(v), ["phone-number"], v);
        }
        // A documentation domain stays a placeholder, whoever's it is said to be.
        assert.deepStrictEqual(phi("His email is rob.l@example.com."), []);
    });

    it("a health plan's identifier after its label is a patient identifier (advisory)", () => {
        for (const v of [
            "Insurance ID: HMO-60281.",
            "insurance policy number HP-1204-5518?",
            "Ins. policy #BC-650213.",
            "Her insurance number is INS-981270.",
            "doc noted a contraindication, ins: ZY-562890.",
            "Medicare ID 1EG4-TE5-MK72",
            "HICN: B120458761",
            "Health Plan ID: 54021-XQZ",
            "member # 88410-2231",
        ])
            assert.deepStrictEqual(possible(v), ["patient-identifier"], v);
        // An account, a policy or a plan alone is an AWS account, an IAM policy or a price plan here; a date, a year range
        // or a count after the label is no identifier; a word without digits neither.
        for (const v of [
            "account ID 123456789012",
            "policy ID: p-8f3k2l9q",
            "plan: t3-medium-2048",
            "insurance renewed on 2023-04-12",
            "Medicare coverage 2023-2024",
            "member count 12",
            "insurance: pending",
            "instance i-0a12b34c56d78e9f0",
        ])
            assert.deepStrictEqual(possible(v), [], v);
        assert.deepStrictEqual(phi("Insurance ID: HMO-60281."), []);
    });

    it("a record number with a site's letter prefix is one from four digits, under a record number's own label", () => {
        for (const v of ["(MRN: BRK-4410)?", "Her MRN is #SF-52817.", "MR# DT-7731", "Med Rec No: KX-20931"])
            assert.deepStrictEqual(phi(v), ["mrn"], v);
        // Digits alone need six; a chart's, a unit's or an EHR's label needs six too.
        for (const v of ["MRN: 52817", "EHR v2024", "chart # AB-4410", "unit number U-7731", "EHR: EN-1234"])
            assert.deepStrictEqual(phi(v), [], v);
    });
});
