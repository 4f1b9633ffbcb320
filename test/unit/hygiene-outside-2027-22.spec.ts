// The failure class the tuning half of outside-2027-22 (PHI in X12 EDI health-care transactions) showed: the pack read no
// X12 (./policies/hygiene/x12.ts now reads the segment grammar). Values made up for these tests, never the corpus's.
import * as assert from "assert";
import { detect, MAX_SCAN_CHARS } from "../../policies/hygiene/detectors";
import { x12Values } from "../../policies/hygiene/x12";
import { measureWork } from "../work-counter";

const phi = (v: string) => detect(v, { context: "text" }, "phi").map((f) => f.kind);
const possible = (v: string) => detect(v, { context: "text" }, "possible-phi").map((f) => f.kind);
const kinds = (v: string) => x12Values(v).map((x) => `${x.kind}:${x.value}`);

const ISA = "ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER02     *260101*1200*^*00501*000000417*0*T*:~";

describe("hygiene: outside-2027-22 classes (X12 segments)", () => {
    it("DMG02 after D8 is a birth date, wherever the DMG stands (mandatory)", () => {
        for (const v of ["NM1*IL*1~DMG*D8*19720314*F", "DMG*D8*19720314", `${ISA}\nNM1*QC*1*VALDEZ*ROSA~DMG*D8*19720314*F~`])
            assert.ok(phi(v).includes("date-of-birth"), v);
        // No D8, no calendar date, a service date: nothing.
        for (const v of ["DMG*RD8*19720314-19720315", "DMG*D8*19721314", "DTP*472*D8*20250314", "CLM*A7731*125.40"])
            assert.deepStrictEqual(phi(v), [], v);
    });

    it("an SSN by its qualifier: NM108 34 and REF*SY; a record number by REF*EA (mandatory)", () => {
        assert.deepStrictEqual(phi("NM1*IL*1*VALDEZ*ROSA****34*421557193"), ["us-ssn"]);
        assert.deepStrictEqual(phi("NM1*IL*1~REF*SY*421557193"), ["us-ssn"]);
        assert.deepStrictEqual(phi("REF*EA*RX4471902"), ["mrn"]);
        // An SSN outside the SSA's ranges stays refused; an EIN and a claim id are no PHI.
        assert.deepStrictEqual(phi("REF*SY*000221111"), []);
        for (const v of ["REF*EI*421557193", "REF*D9*CLM0044712", "NM1*85*2*NORTHSIDE CLINIC*****XX*1487720361"]) {
            assert.deepStrictEqual(phi(v), [], v);
            assert.deepStrictEqual(possible(v), [], v);
        }
    });

    it("a person's PER number is the patient's contact; anyone else's a phone number (advisory)", () => {
        assert.deepStrictEqual(phi("NM1*IL*1~PER*IP**HP*6085551937*WP*6085552280"), ["patient-contact"]);
        assert.deepStrictEqual(phi("PER*IC*BILLING DESK*TE*6085551937"), []);
        assert.deepStrictEqual(possible("NM1*41*2~PER*IC**TE*6085551937"), ["phone-number"]);
        // The loop ends at a new hierarchical level: the provider's number after it is no patient's.
        assert.deepStrictEqual(phi("NM1*QC*1*VALDEZ~HL*3*2*22*0~PER*IC**TE*6085551937"), []);
    });

    it("names, member ids, subscriber and group numbers, a person's street and diagnosis codes (advisory)", () => {
        assert.deepStrictEqual(kinds("NM1*QC*1*VALDEZ*ROSA****MI*ZQW88120455"), [
            "patient-identifier:VALDEZ",
            "patient-identifier:ZQW88120455",
        ]);
        assert.deepStrictEqual(kinds("INS*Y*18*021*20~REF*0F*SB7741022~REF*1L*GRP55120"), [
            "patient-identifier:SB7741022",
            "patient-identifier:GRP55120",
        ]);
        assert.deepStrictEqual(kinds("NM1*IL*1~N3*4417 JUNIPER HOLLOW RD"), ["street-address:4417 JUNIPER HOLLOW RD"]);
        assert.deepStrictEqual(kinds("HI*ABK:J449*ABF:E119*ABF:U071~HI*BK>4019"), [
            "diagnosis-code:J449",
            "diagnosis-code:E119",
            "diagnosis-code:U071",
            "diagnosis-code:4019",
        ]);
        assert.ok(possible("NM1*QC*1*VALDEZ*ROSA****MI*ZQW88120455").includes("patient-identifier"));
        assert.ok(possible("HI*ABK:J449").includes("diagnosis-code"));
        // A provider's or payer's name and address, a procedure code, a value code: none.
        for (const v of ["NM1*82*1*KESSLER*ANN", "NM1*85*2~N3*200 HARBOR WAY", "SV1*HC:99213*85*UN*1", "HI*BE:A2:::125"])
            assert.deepStrictEqual(kinds(v), [], v);
    });

    it("takes the separators the ISA declares, and reads X12 kept in a code string", () => {
        const pipes =
            "ISA|00|          |00|          |ZZ|SUBMITTER01    |ZZ|RECEIVER02     |260101|1200|^|00501|000000417|0|T|>!NM1|IL|1|VALDEZ|ROSA!DMG|D8|19720314|F!";
        assert.ok(kinds(pipes).includes("date-of-birth:19720314"));
        const code = 'const edi = "NM1*IL*1*VALDEZ*ROSA****34*421557193~" +\n    "DMG*D8*19720314*F~";';
        assert.deepStrictEqual(phi(code).sort(), ["date-of-birth", "us-ssn"]);
        // A JSON document that keeps the interchange in one string, its segments on escaped line breaks.
        const doc = JSON.stringify({ claim: "NM1*QC*1*VALDEZ*ROSA\nDMG*D8*19720314*F\n" });
        assert.ok(kinds(doc).includes("date-of-birth:19720314"), doc);
    });

    it("reads a translator's JSON form of the segments", () => {
        const seg = (name: string, data: unknown[]) => ({ name, type: "segment", data });
        const doc = JSON.stringify({
            name: "TRANSACTION",
            type: "loop",
            data: [seg("NM1", ["IL", "1", "VALDEZ", "ROSA", "", "", "", "MI", "ZQW88120455"]), seg("DMG", ["D8", "19720314", "M"])],
        });
        assert.deepStrictEqual(kinds(doc), ["patient-identifier:VALDEZ", "patient-identifier:ZQW88120455", "date-of-birth:19720314"]);
        assert.ok(phi(doc).includes("date-of-birth"));
    });

    it("stays linear on long adversarial input (work counted, not timed)", () => {
        // A segment that never ends, segments that never close their loop, and the JSON form repeated: twice the input,
        // at most about twice the work (test/work-counter.ts counts it the same on any machine).
        const shapes = [
            (n: number) => "NM1*IL*1" + "*".repeat(n * 60) + "~" + "REF*".repeat(n * 10),
            (n: number) => "NM1*IL*1*VALDEZ~DMG*D8*19720314~PER*IC**TE*5550142~".repeat(n),
            (n: number) => `[${'{"type":"segment","name":"HI","data":[["ABK","J449"]]},'.repeat(n)}{}]`,
        ];
        const work = (s: string) => {
            const w = measureWork(() => {
                for (const c of ["phi", "possible-phi"] as const) detect(s, { context: "text" }, c);
                x12Values(s);
            }).work;
            return w.regexChars + w.regexCalls + w.stringSteps;
        };
        for (const make of shapes) {
            const [a, b] = [make(200), make(400)];
            assert.ok(b.length < MAX_SCAN_CHARS, "the whole text is scanned");
            const [w1, w2] = [work(a), work(b)];
            assert.ok(w2 <= 2.2 * w1, `${w1} for 200, ${w2} for 400`);
        }
    });
});
