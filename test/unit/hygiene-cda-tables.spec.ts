// Issue 28, outside-2027-11: failure classes of its tuning half. A CDA / C-CDA document's header says who the patient
// is by structure (recordTarget/patientRole: its ids, birth time, telecoms, address), and a report table says it by its
// column headers (the patient's birth date, phone and e-mail columns; anyone's phone and street columns; a patient-id
// column). Values made up for these tests, in the shape of each class; each case fails without its rule.
import * as assert from "assert";
import { detect, MAX_SCAN_CHARS } from "../../policies/hygiene/detectors";
import { measureWork } from "../work-counter";

const phi = (v: string) => detect(v, { context: "script" }, "phi").map((f) => f.kind);
const possible = (v: string) => detect(v, { context: "script" }, "possible-phi").map((f) => f.kind);

/** A header's patient part as CDA writes it (a namespace prefix on the elements in one case). */
const patientRole = (inner: string, p = "") => `<${p}recordTarget><${p}patientRole>${inner}</${p}patientRole></${p}recordTarget>`;

describe("hygiene: C-CDA documents and report tables (issue 28, outside-2027-11)", () => {
    it("reads the C-CDA header's patientRole: ids, SSN by the SSA's OID, birth time, the patient's telecoms", () => {
        for (const [v, kind] of [
            [patientRole('<id root="1.2.840.114350.1.13.88.3.7.3.698084.8" extension="MR4471902"/>'), "mrn"],
            [patientRole("<id extension='00731945' root='2.16.840.1.113883.19.5'/>"), "mrn"],
            [patientRole('<id root="2.16.840.1.113883.4.1" extension="521-44-7781"/>'), "us-ssn"],
            [patientRole('<id extension="521447781" root="2.16.840.1.113883.4.1"/>'), "us-ssn"],
            [patientRole('<patient><name><given>Ada</given></name><birthTime value="19620314"/></patient>'), "date-of-birth"],
            [patientRole('<patient><birthTime value="196203140815-0500"/></patient>'), "date-of-birth"],
            [patientRole('<telecom use="HP" value="tel:+1-608-271-9043"/>'), "patient-contact"],
            [patientRole('<telecom value="tel:(608)271-9043" use="MC"/>'), "patient-contact"],
            [patientRole('<telecom value="mailto:j.okafor@northmail.net"/>'), "patient-contact"],
            [patientRole('<cda:telecom value="mailto://j.okafor@northmail.net"/>', "cda:"), "patient-contact"],
        ] as const)
            assert.deepStrictEqual(phi(v), [kind], v);
        // A whole header, on several lines, as a document holds it.
        const doc = [
            '<ClinicalDocument xmlns="urn:hl7-org:v3">',
            '  <effectiveTime value="20230411093000-0500"/>',
            "  <recordTarget>",
            "    <patientRole>",
            '      <id extension="MR4471902" root="1.2.840.114350.1.13.88.3.7.3.698084.8"/>',
            '      <addr use="HP"><streetAddressLine>48 Larch Hollow</streetAddressLine><city>Verona</city></addr>',
            '      <telecom use="HP" value="tel:+1-608-271-9043"/>',
            "      <patient>",
            '        <birthTime value="19620314"/>',
            "      </patient>",
            "    </patientRole>",
            "  </recordTarget>",
            "</ClinicalDocument>",
        ].join("\n");
        assert.deepStrictEqual(phi(doc).sort(), ["date-of-birth", "mrn", "patient-contact"]);
        assert.ok(possible(doc).includes("street-address"));
    });

    it("leaves the rest of a C-CDA document to the advisory check or to nobody", () => {
        // Elsewhere a telecom is a phone number and an address line a street (advisory), not the patient's.
        for (const v of [
            '<author><assignedAuthor><telecom use="WP" value="tel:+1(608)555-0199"/></assignedAuthor></author>',
            '<guardian><telecom value="tel:608.271.9044"/></guardian>',
            "<representedOrganization><addr><streetAddressLine>1200 Clinic Parkway</streetAddressLine></addr></representedOrganization>",
        ]) {
            assert.deepStrictEqual(phi(v), [], v);
            assert.ok(possible(v).length > 0, v);
        }
        // Times of care, entry and author ids, codes, template versions; a patientRole id that is an account number or a
        // placeholder, an SSN the SSA never issues, a birth time that is no date.
        for (const v of [
            '<encounter><id root="2.16.840.1.113883.19" extension="4471902"/><effectiveTime><low value="19620314"/></effectiveTime></encounter>',
            '<assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1447190243"/></assignedAuthor>',
            '<observation><code code="8480-6" codeSystem="2.16.840.1.113883.6.1"/><effectiveTime value="20230411"/></observation>',
            '<templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>',
            patientRole('<id root="1.2.3.4" extension="99120443" assigningAuthorityName="Patient Account Number"/>'),
            patientRole('<id root="1.2.3.4" extension="PatientID"/>'),
            patientRole('<id root="2.16.840.1.113883.4.1" extension="912-44-7781"/>'),
            patientRole('<patient><birthTime nullFlavor="UNK"/></patient>'),
            patientRole('<telecom value="http://portal.example.org/p"/>'),
        ])
            assert.deepStrictEqual(phi(v), [], v);
    });

    it("reads report tables by their column headers: compact birth dates, the patient's phone and e-mail columns", () => {
        for (const [v, kind] of [
            ["Patient_DOB\n19620314", "date-of-birth"],
            ["first_name,patient_dob,state\nAda,19620314,WI", "date-of-birth"],
            ["Patient_phone_number\n6082719043", "patient-contact"],
            ["patient_name,patient_phone_number\nAda,(608) 271-9043", "patient-contact"],
            ["Patient_email\nj.okafor@northmail.net", "patient-contact"],
            ["member_cell\n+16082719043", "patient-contact"],
            ["patient_id\n4471902", "mrn"],
        ] as const)
            assert.deepStrictEqual(phi(v), [kind], v);
        // Not a birth date under another column; a compact "date" that is no calendar date; a short number.
        for (const v of ["Test_date\n19620314", "Patient_DOB\n19621314", "Patient_phone_number\n2719043"])
            assert.deepStrictEqual(phi(v), [], v);
    });

    it("reads report tables' phone, street and patient-id columns (advisory)", () => {
        for (const [v, kind] of [
            ["Testing_lab_phone_number\n6082719043", "phone-number"],
            ["lab,ordering_provider_phone\nL1,608-271-9043", "phone-number"],
            ["Ordering_facility_street\n4149 Larch Hollow", "street-address"],
            ["Patient_street\n48 Quarry Mills", "street-address"],
            ["Patient_ID\n49h4b7pnz", "patient-identifier"],
            ["patient_id\n6176153b-207e-4cfd-bc12-87e18df527db", "patient-identifier"],
        ] as const)
            assert.ok(possible(v).includes(kind), v);
        for (const v of ["Ordering_facility_street_2\nSuite 4", "Patient_ID\nbljlec", "Specimen_ID\n49h4b7pnz", "lab_phone\n42"])
            assert.deepStrictEqual(possible(v), [], v);
    });

    it("reads C-CDA documents and report tables in linear work: twice the patients, or an unclosed tag, about twice the work", () => {
        detect("call +44 20 7946 0958", { context: "text" }, "possible-phi"); // loads libphonenumber-js first: its load is not the scan
        const cda = (n: number) =>
            Array.from(
                { length: n },
                (_, i) =>
                    patientRole(
                        `<id root="1.2.3" extension="MR${100000 + i}"/><addr><streetAddressLine>${i} Larch Hollow</streetAddressLine></addr>` +
                            `<telecom value="tel:+1-608-27${10000 + i}"/><patient><birthTime value="19620314"/></patient>`,
                    ) + `<entry><encounter><effectiveTime value="20230411"/></encounter></entry>`,
            ).join("\n");
        const table = (n: number) =>
            ["Patient_ID,Patient_DOB,Patient_phone_number,Patient_street,Lab_phone"]
                .concat(Array.from({ length: n }, (_, i) => `p${i}x,19620314,60827${10000 + i},${i} Larch Hollow,60855${10000 + i}`))
                .join("\n");
        // Adversarial: tags that never close, attribute values that never end, on a long line.
        const unclosed = (n: number) => `<patientRole <id extension="${"1".repeat(20)} `.repeat(n * 4);
        const work = (s: string) => {
            const w = measureWork(() => {
                for (const c of ["phi", "possible-phi"] as const) detect(s, { context: "script" }, c);
            }).work;
            return w.regexChars + w.stringSteps;
        };
        for (const make of [cda, table, unclosed]) {
            const [a, b] = [make(100), make(200)];
            assert.ok(b.length < MAX_SCAN_CHARS, "the whole text is scanned");
            const [w1, w2] = [work(a), work(b)];
            assert.ok(w2 <= 2.2 * w1, `${w1} for 100, ${w2} for 200`);
        }
        assert.deepStrictEqual(phi(cda(200)).sort(), ["date-of-birth", "mrn", "patient-contact"]);
    });
});
