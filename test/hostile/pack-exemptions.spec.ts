// Careless exemptions through the real pack: impossible dates, blank reasons and a pattern that
// matches every resource are not applied; each is reported on the resources it names, and the
// policy checks them as if there were no exemption.

import * as assert from "assert";
import { AnalyzeResult, PACK_DIR, PackProcess } from "../../cli/analyzer";

const NOTEBOOK = "aws:sagemaker/notebookInstance:NotebookInstance";
const POLICY = "sagemaker-notebook-in-vpc";

const notebook = {
    type: NOTEBOOK,
    name: "legacy-nb",
    properties: { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::111122223333:role/nb" },
};

describe("hostile (pack): exemptions that cannot be used", function () {
    let pack: PackProcess;
    before(async () => {
        pack = await PackProcess.start(PACK_DIR);
        await pack.configureStack({});
        await pack.getAnalyzerInfo();
    });
    after(async () => pack?.close());

    async function withExemption(exemption: Record<string, unknown>): Promise<AnalyzeResult> {
        await pack.configure({ [POLICY]: { exemptions: [exemption] } });
        return pack.analyze(notebook);
    }

    function assertNotUsed(r: AnalyzeResult, why: RegExp): void {
        const mine = r.diagnostics.filter((d) => d.policyName === POLICY).map((d) => d.message);
        assert.ok(!r.notApplicable.some((n) => n.policyName === POLICY), "not applied");
        assert.strictEqual(mine.length, 2, mine.join("\n---\n"));
        assert.ok(
            mine.some((m) => /exemption for this resource in the policy config is not used/.test(m) && why.test(m)),
            mine.join("\n"),
        );
        assert.ok(
            mine.some((m) => /VPC|subnet/i.test(m)),
            "the policy's own finding",
        );
    }

    it("an impossible expiry date", async () => {
        for (const expires of ["2026-02-30", "9999-99-99"]) {
            assertNotUsed(await withExemption({ resource: "legacy-*", reason: "migration", expires }), /not a real date/);
        }
    });

    it("a blank reason", async () => {
        assertNotUsed(await withExemption({ resource: "legacy-*", reason: " " }), /`reason` is blank/);
    });

    it("a pattern that matches every resource, without approvedBy; with it, the exemption holds", async () => {
        for (const resource of ["*", "**", "*?*"]) {
            assertNotUsed(await withExemption({ resource, reason: "too noisy" }), /matches every resource/);
        }
        const r = await withExemption({ resource: "*", reason: "sandbox account", approvedBy: "security@example.org" });
        assert.ok(!r.diagnostics.some((d) => d.policyName === POLICY));
        assert.ok(r.notApplicable.some((n) => n.policyName === POLICY && /approved by security@example\.org/.test(n.reason)));
    });
});
