// The failure classes the tuning half of outside-2027-19 (PHI in cloud healthcare samples' payloads) showed, each as a
// class: values made up for these tests, never the corpus's.
import * as assert from "assert";
import { detect } from "../../policies/hygiene/detectors";

const phi = (v: string) => detect(v, { context: "text" }, "phi").map((f) => f.kind);
const possible = (v: string) => detect(v, { context: "text" }, "possible-phi").map((f) => f.kind);
const credential = (v: string) => detect(v, { context: "text" }, "credential").map((f) => f.kind);
const json = (o: unknown) => JSON.stringify(o);

describe("hygiene: outside-2027-19 classes", () => {
    it("a Patient's name whose every word carries a short number (Synthea's) is still the patient's name (advisory)", () => {
        for (const n of [{ family: "Okafor482" }, { text: "Adaeze37 Okafor482" }, { family: "Núñez611", given: ["Iria29"] }]) {
            const v = json({ resourceType: "Patient", name: [n] });
            assert.deepStrictEqual(possible(v), ["patient-identifier"], v);
            assert.deepStrictEqual(phi(v), [], v);
        }
        // A code, a number alone or a name with a long number is no name; a practitioner's name is not the patient's.
        for (const o of [
            { resourceType: "Patient", name: [{ family: "A1B2C3" }] },
            { resourceType: "Patient", name: [{ family: "20041187" }] },
            { resourceType: "Patient", name: [{ family: "Okafor48213" }] },
            { resourceType: "Practitioner", name: [{ family: "Okafor482" }] },
        ])
            assert.deepStrictEqual(possible(json(o)), [], json(o));
    });

    it("an identifier typed as a record number by a numbered code or by its type's text is an MRN", () => {
        for (const i of [
            { type: { coding: [{ code: "MRN4" }] }, value: "7730412958" },
            { type: { coding: [{ code: "MRN1" }] }, value: "A7730412" },
            { type: { text: "Medical Record Number" }, system: "https://northgate.no/ids", value: "7730412958" },
        ]) {
            const v = json({ resourceType: "Patient", identifier: [i] });
            assert.deepStrictEqual(phi(v), ["mrn"], v);
            assert.deepStrictEqual(possible(v), [], v);
        }
        // Another type's code or text stays an identifier (advisory); a word is no record number.
        for (const i of [
            { type: { coding: [{ code: "MRX" }] }, value: "7730412958" },
            { type: { text: "Driver's license" }, value: "7730412958" },
        ])
            assert.deepStrictEqual(phi(json({ resourceType: "Patient", identifier: [i] })), [], json(i));
        assert.deepStrictEqual(
            phi(json({ resourceType: "Patient", identifier: [{ type: { text: "Medical Record Number" }, value: "merged" }] })),
            [],
        );
    });

    it("a Patient's telecom written as a URL (`tel:`, `mailto:`) is the patient's contact", () => {
        for (const t of [
            { system: "phone", value: "tel:+1(617)383-2291" },
            { system: "phone", value: "tel: +47 917 20 448" },
            { system: "email", value: "mailto:rob.lantz@northmail.net" },
        ]) {
            const v = json({ resourceType: "Patient", telecom: [t] });
            assert.deepStrictEqual(phi(v), ["patient-contact"], v);
            assert.deepStrictEqual(possible(v), [], v);
        }
        // Anyone else's, as a URL too, stays a phone number.
        const v = json({ resourceType: "Practitioner", telecom: [{ system: "phone", value: "tel:+1(617)383-2291" }] });
        assert.deepStrictEqual(possible(v), ["phone-number"]);
        assert.deepStrictEqual(phi(v), []);
    });

    it("UUIDs joined into one id are no token (a hex group is not a vendor prefix)", () => {
        const ids = [
            "c3a8e1f2-9b7d-4e6a-8f10-2b3c4d5e6f70-a1b2c3d4-e5f6-4789-8abc-def012345678",
            "d9e8f7a6-b5c4-4d3e-9f2a-1b0c9d8e7f6a_0f1e2d3c-4b5a-4968-8776-655443322110",
        ];
        for (const id of ids)
            for (const o of [{ value: id }, { resourceType: "Patient", identifier: [{ system: "https://x.example.net/ids", value: id }] }])
                assert.deepStrictEqual(credential(json(o)), [], json(o));
        // A vendor-prefixed token with a long hex body is still one.
        assert.deepStrictEqual(credential(json({ token: "glsa_9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" })), [
            "api-token",
        ]);
    });

    it("a health plan's id under a key in snake case, its value quoted, is the member's id (advisory)", () => {
        for (const v of [
            json({ billing_information: { member_id: "HPX4410227" } }),
            json({ insurance_number: "HP-204118" }),
            "subscriber_id = 'BC88410223'",
            json({ primary_insurance_policy_number: "INS-981270" }),
        ]) {
            assert.deepStrictEqual(possible(v), ["patient-identifier"], v);
            assert.deepStrictEqual(phi(v), [], v);
        }
        // A count, a date or a member's role is no id.
        for (const v of [json({ member_count: 12 }), json({ member_since: "2021-06-15" }), json({ team_member: "nurse" })])
            assert.deepStrictEqual(possible(v), [], v);
    });
});
