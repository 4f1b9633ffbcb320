// The control catalog and the policies' mappings to it: every id a policy cites exists (with a
// title) in policies/core/controls.ts, every mapping says where it comes from, and every policy maps
// to HIPAA or says why it does not.

import * as assert from "assert";
import { catalog } from "../../policies/catalog";
import { CONTROLS, controlLabel, findControl } from "../../policies/core/controls";
import { describeSource, FRAMEWORKS, FrameworkId, isSourced, MappingSource } from "../../policies/core/frameworks";

const FRAMEWORK_IDS = Object.keys(FRAMEWORKS) as FrameworkId[];

/** The id shape of each framework (and version) the catalog holds. */
const ID_SHAPE: Record<FrameworkId, RegExp> = {
    hipaa: /^164\.3(08|10|12|16)(\([a-z0-9]+\)){1,4}$/i,
    "nist-800-53": /^[A-Z]{2}-\d{1,2}(\(\d{1,2}\))?$/,
    "pci-dss": /^(A\d\.)?\d{1,2}(\.\d{1,2}){1,3}$/,
    cis: /^\d\.\d{1,2}(\.\d{1,2})?$/,
    soc2: /^(CC|A|C|PI|P)\d\.\d$/,
    iso27001: /^A\.[5-8]\.\d{1,2}$/,
    hitrust: /^\d{2}\.[a-z]{1,2}$/,
};

const SOURCE_KINDS: ReadonlySet<MappingSource["kind"]> = new Set([
    "aws-config",
    "security-hub",
    "cdk-nag",
    "prowler",
    "checkov",
    "pulumi-compliance-policies",
    "own",
]);

describe("control catalog", () => {
    it("has every framework, each control with a title and an id of the framework's shape", () => {
        for (const fw of FRAMEWORK_IDS) {
            assert.ok(CONTROLS[fw], fw);
            for (const [id, c] of CONTROLS[fw]) {
                assert.strictEqual(c.id, id);
                assert.match(id, ID_SHAPE[fw], `${fw} ${id}`);
                assert.ok(c.title.length >= 3, `${fw} ${id} title`);
            }
        }
    });

    it("has every HIPAA 164.308 and 164.312 standard and implementation specification, with its kind", () => {
        const hipaa = CONTROLS.hipaa;
        for (const id of [
            "164.308(a)(1)(i)",
            "164.308(a)(1)(ii)(D)",
            "164.308(a)(3)(ii)(A)",
            "164.308(a)(4)(ii)(C)",
            "164.308(a)(5)(ii)(C)",
            "164.308(a)(6)(ii)",
            "164.308(a)(7)(ii)(E)",
            "164.308(a)(8)",
            "164.312(a)(1)",
            "164.312(a)(2)(iv)",
            "164.312(b)",
            "164.312(c)(2)",
            "164.312(d)",
            "164.312(e)(2)(ii)",
        ])
            assert.ok(hipaa.get(id)?.kind, id);
        const specs = [...hipaa.values()].filter((c) => /^164\.3(08|12)/.test(c.id));
        assert.strictEqual(specs.filter((c) => c.id.startsWith("164.312")).length, 12);
        assert.strictEqual(hipaa.get("164.312(a)(2)(iv)")!.title, "Encryption and decryption");
        assert.strictEqual(hipaa.get("164.312(a)(2)(iv)")!.kind, "addressable");
        assert.strictEqual(hipaa.get("164.308(a)(1)(ii)(A)")!.kind, "required");
    });

    it("has all 93 ISO/IEC 27001:2022 Annex A controls", () => {
        assert.strictEqual(CONTROLS.iso27001.size, 93);
        assert.strictEqual(CONTROLS.iso27001.get("A.8.24")!.title, "Use of cryptography");
    });

    it("resolves a NIST statement part to its control, and nothing it does not know", () => {
        assert.match(findControl("nist-800-53", "AU-2b")!.title, /^Event Logging \(part b\)$/);
        assert.match(findControl("nist-800-53", "AC-2(12)(a)")!.title, /Atypical Usage \(part a\)$/);
        assert.strictEqual(findControl("nist-800-53", "SC-7(99)"), undefined);
        assert.strictEqual(findControl("nist-800-53", "AU-3a-f"), undefined, "a range is not an id");
        assert.strictEqual(findControl("pci-dss", "10.5"), undefined, "PCI DSS 3.2.1 ids are not v4.0.1 requirements");
        assert.strictEqual(findControl("iso27001", "A.12.4.1"), undefined, "ISO 27001:2013 ids are not 2022 Annex A");
        assert.strictEqual(controlLabel("hipaa", "164.312(b)"), "164.312(b) Audit controls");
    });
});

describe("policy mappings", () => {
    for (const p of catalog) {
        describe(p.name, () => {
            it("maps to HIPAA, or says why not", () => {
                const hipaa = p.controls.hipaa?.ids.length ?? 0;
                assert.ok(hipaa > 0 || (p.noHipaaMapping ?? "").trim().length > 20, "a HIPAA mapping or a one-line reason there is none");
            });

            it("cites only control ids of the control catalog", () => {
                for (const fw of Object.keys(p.controls) as FrameworkId[]) {
                    assert.ok(FRAMEWORK_IDS.includes(fw), `unknown framework ${fw}`);
                    const ids = p.controls[fw]!.ids;
                    assert.strictEqual(new Set(ids).size, ids.length, `${fw}: duplicate ids`);
                    const unknown = ids.filter((id) => !findControl(fw, id)?.title);
                    assert.deepStrictEqual(
                        unknown,
                        [],
                        `${FRAMEWORKS[fw].label} ids not in policies/core/controls.ts (${FRAMEWORKS[fw].version}): ${unknown.join(", ")}`,
                    );
                }
            });

            it("gives every mapping a source: a published mapping or a one-line rationale", () => {
                for (const [fw, m] of Object.entries(p.controls)) {
                    const s = m!.source;
                    assert.ok(s && SOURCE_KINDS.has(s.kind), `${fw}: source kind`);
                    if (isSourced(s)) assert.ok("ref" in s && s.ref.trim().length > 3, `${fw}: source reference`);
                    else {
                        assert.ok("rationale" in s && s.rationale.trim().length > 20, `${fw}: rationale`);
                        assert.ok(!s.rationale.includes("\n"), `${fw}: the rationale is one line`);
                    }
                    assert.ok(describeSource(s).length > 10);
                }
            });
        });
    }
});
