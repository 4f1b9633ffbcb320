// The failure classes the tuning half of outside-2027-15 (PHI in FHIR servers' and SDKs' test records) showed, each as a
// class: values made up for these tests, never the corpus's.
import * as assert from "assert";
import { detect } from "../../policies/hygiene/detectors";

const phi = (v: string) => detect(v, { context: "text" }, "phi").map((f) => f.kind);
const possible = (v: string) => detect(v, { context: "text" }, "possible-phi").map((f) => f.kind);
const json = (o: unknown) => JSON.stringify(o);

describe("hygiene: outside-2027-15 classes", () => {
    it("a Patient resource's own telecom is the patient's contact, reported once, by the mandatory check", () => {
        for (const t of [
            { system: "phone", value: "(617) 383-2291", use: "home" },
            { system: "sms", value: "+47 917 20 448" },
            { system: "email", value: "rob.lantz@northmail.net", use: "home" },
        ]) {
            const v = json({ resourceType: "Patient", telecom: [t] });
            assert.deepStrictEqual(phi(v), ["patient-contact"], v);
            assert.deepStrictEqual(possible(v), [], v);
        }
        // In a Bundle, and pretty-printed.
        const bundle = json({
            resourceType: "Bundle",
            entry: [{ resource: { resourceType: "Patient", telecom: [{ system: "phone", value: "617-383-2291" }] } }],
        });
        assert.deepStrictEqual(phi(bundle), ["patient-contact"]);
        assert.deepStrictEqual(phi(JSON.stringify(JSON.parse(bundle), null, 2)), ["patient-contact"]);
    });

    it("anyone else's telecom stays a phone number: a practitioner's, an organisation's, the patient's contact person's", () => {
        for (const o of [
            { resourceType: "Practitioner", telecom: [{ system: "phone", value: "(617) 383-2291", use: "work" }] },
            { resourceType: "Organization", telecom: [{ system: "phone", value: "617-383-2291" }] },
            { resourceType: "Patient", contact: [{ telecom: [{ system: "phone", value: "617-383-2291" }] }] },
            { system: "phone", value: "617-383-2291" },
        ]) {
            assert.deepStrictEqual(phi(json(o)), [], json(o));
            assert.deepStrictEqual(possible(json(o)), ["phone-number"], json(o));
        }
        // A telecom that is no number or address is nobody's contact; a documentation domain stays a placeholder.
        for (const t of [
            { system: "phone", value: "2328" },
            { system: "email", value: "second wing" },
            { system: "email", value: "pat@example.org" },
        ])
            assert.deepStrictEqual(phi(json({ resourceType: "Patient", telecom: [t] })), [], json(t));
    });

    it("a Patient's name and its identifiers other than an MRN or SSN are the patient's name or identifier (advisory)", () => {
        for (const o of [
            { resourceType: "Patient", name: [{ family: "Okonkwo", given: ["Adaeze"] }] },
            { resourceType: "Patient", name: [{ text: "Adaeze N. Okonkwo" }] },
            { resourceType: "Patient", identifier: [{ system: "urn:oid:2.16.840.1.113883.2.4.6.3", value: "738190552" }] },
            { resourceType: "Patient", identifier: [{ type: { coding: [{ code: "MB" }] }, value: "MB-20041187" }] },
        ]) {
            assert.deepStrictEqual(possible(json(o)), ["patient-identifier"], json(o));
            assert.deepStrictEqual(phi(json(o)), [], json(o));
        }
        // An MRN stays mandatory (and is not reported twice); a practitioner's name and identifier (an NPI) are not the patient's.
        const mr = { type: { coding: [{ code: "MR" }] }, value: "A7730412" };
        assert.deepStrictEqual(phi(json({ resourceType: "Patient", identifier: [mr] })), ["mrn"]);
        assert.deepStrictEqual(possible(json({ resourceType: "Patient", identifier: [mr] })), []);
        for (const o of [
            {
                resourceType: "Practitioner",
                name: [{ family: "Okonkwo" }],
                identifier: [{ system: "http://hl7.org/fhir/sid/us-npi", value: "1487263940" }],
            },
            { resourceType: "Patient", id: "pat-20041187", meta: { versionId: "3" } },
            { resourceType: "Patient", identifier: [{ value: "no-digits" }], name: [{ family: "[redacted]" }] },
        ])
            assert.deepStrictEqual(possible(json(o)), [], json(o));
    });

    it("an identifier of no type whose system names a record number is an MRN", () => {
        for (const system of [
            "https://records.northgate-clinic.no/mrn",
            "urn:northgate:MRN",
            "https://northgate.no/ids/medical-record-number",
        ]) {
            const v = json({ resourceType: "Patient", identifier: [{ system, value: "NG-20041187" }] });
            assert.deepStrictEqual(phi(v), ["mrn"], v);
            assert.deepStrictEqual(possible(v), [], v);
        }
        // A system that names something else, or a typed identifier, is not.
        for (const i of [
            { system: "https://northgate.no/ids/mrn-lookup", value: "NG-20041187" },
            { system: "https://northgate.no/mrn", type: { coding: [{ code: "DL" }] }, value: "NG-20041187" },
        ])
            assert.deepStrictEqual(phi(json({ resourceType: "Patient", identifier: [i] })), [], json(i));
    });

    it("a Coverage's identifier and subscriberId are the member's id (advisory)", () => {
        for (const o of [
            { resourceType: "Coverage", identifier: [{ system: "https://payer.northgate.no/member", value: "NG88120455" }] },
            { resourceType: "Coverage", subscriberId: "NG-88120455" },
        ]) {
            assert.deepStrictEqual(possible(json(o)), ["patient-identifier"], json(o));
            assert.deepStrictEqual(phi(json(o)), [], json(o));
        }
        assert.deepStrictEqual(possible(json({ resourceType: "Coverage", subscriberId: "self" })), []);
    });
});
