// The pack as the Pulumi engine runs it: started by @pulumi/pulumi/cmd/run-policy-pack and driven
// over the analyzer gRPC protocol (GetAnalyzerInfo, Configure, Analyze, AnalyzeStack, Remediate).

import * as assert from "assert";
import { AnalyzerInfo, PACK_DIR, PackProcess, secret, UNKNOWN, UNKNOWN_SENTINELS } from "../../cli/analyzer";
import { catalog } from "../../policies/catalog";
import { CANARY } from "../harness";

const NOTEBOOK = "aws:sagemaker/notebookInstance:NotebookInstance";

const compliantNotebook = {
    instanceType: "ml.t3.medium",
    roleArn: UNKNOWN,
    directInternetAccess: "Disabled",
    rootAccess: "Disabled",
    subnetId: UNKNOWN,
    securityGroups: [UNKNOWN],
    kmsKeyId: UNKNOWN,
    instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "2" },
};

describe("engine: the pack over the analyzer protocol", function () {
    let pack: PackProcess;
    let info: AnalyzerInfo;

    before(async () => {
        pack = await PackProcess.start(PACK_DIR);
        await pack.configureStack({ "pulumi:project": "test" });
        info = await pack.getAnalyzerInfo();
        await pack.configure({});
    });
    after(async () => pack?.close());

    it("starts and reports its name, version and every policy with its metadata", () => {
        assert.strictEqual(info.name, "sagemaker-guard");
        assert.strictEqual(info.version, require("../../package.json").version);
        assert.strictEqual(info.supportsConfig, true);
        assert.deepStrictEqual(info.policies.map((p) => p.name).sort(), catalog.map((p) => p.name).sort());
        for (const p of info.policies) {
            const def = catalog.find((c) => c.name === p.name)!;
            assert.strictEqual(p.severity, def.severity, p.name);
            assert.strictEqual(p.enforcementLevel, def.enforcementLevel, p.name);
            assert.ok(p.tags.includes(def.practice), `${p.name} tags`);
            assert.ok(p.remediationSteps.length > 20, `${p.name} remediationSteps`);
            assert.match(p.url, new RegExp(`/docs/policies/${p.name}\\.md$`));
            assert.ok(p.configSchema.properties.exemptions, `${p.name} exemptions schema`);
            if (def.controls.hipaa) assert.strictEqual(p.framework?.name, "HIPAA Security Rule");
        }
    });

    it("reports exactly the expected diagnostics for a non-compliant notebook", async () => {
        const r = await pack.analyze({
            type: NOTEBOOK,
            name: "nb",
            properties: { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::111122223333:role/nb" },
        });
        const got = r.diagnostics.map((d) => [d.policyName, d.enforcementLevel, d.severity]).sort();
        assert.deepStrictEqual(got, [
            ["sagemaker-notebook-imdsv2", "advisory", "medium"],
            ["sagemaker-notebook-in-vpc", "mandatory", "high"],
            ["sagemaker-notebook-kms-encryption", "mandatory", "high"],
            ["sagemaker-notebook-no-direct-internet", "mandatory", "high"],
            ["sagemaker-notebook-no-root-access", "mandatory", "high"],
        ]);
        for (const d of r.diagnostics) {
            assert.ok(d.message.startsWith(d.description + "\n"), "description, then the problem");
            assert.match(d.message, /\nFix: /);
            assert.match(d.message, /\nDocs: https:/);
        }
    });

    it("reports nothing for a compliant notebook whose key, subnet and role are unknown at preview", async () => {
        const r = await pack.analyze({ type: NOTEBOOK, name: "nb-ok", properties: compliantNotebook });
        assert.deepStrictEqual(r.diagnostics, []);
    });

    it("treats unknown sentinels of every kind as unknown, never as a can't-run line", async () => {
        for (const s of Object.values(UNKNOWN_SENTINELS)) {
            const props = { ...compliantNotebook, directInternetAccess: s, rootAccess: s, instanceMetadataServiceConfiguration: s };
            const r = await pack.analyze({ type: NOTEBOOK, name: "nb-unknown", properties: props });
            assert.deepStrictEqual(r.diagnostics, [], s);
        }
    });

    it("never echoes a secret value", async () => {
        const r = await pack.analyze({
            type: NOTEBOOK,
            name: "nb-secret",
            properties: { kmsKeyId: secret(""), directInternetAccess: secret(`Enabled${CANARY}`), tags: { t: secret(CANARY) } },
        });
        assert.ok(r.diagnostics.length >= 4);
        for (const d of r.diagnostics) assert.ok(!d.message.includes(CANARY), d.message);
    });

    it("does not fail the RPC on wrong shapes", async () => {
        for (const bad of ["x", 1, null, [], [[]], { a: { b: null } }]) {
            const props = {
                directInternetAccess: bad,
                rootAccess: bad,
                subnetId: bad,
                securityGroups: bad,
                kmsKeyId: bad,
                instanceMetadataServiceConfiguration: bad,
            };
            const r = await pack.analyze({ type: NOTEBOOK, name: "nb-bad", properties: props as Record<string, unknown> });
            assert.ok(
                r.diagnostics.every((d) => !/could not evaluate/.test(d.message)),
                JSON.stringify(bad),
            );
        }
    });

    it("reports other resource types as not applicable, with no diagnostics", async () => {
        const r = await pack.analyze({ type: "aws:s3/bucket:Bucket", name: "b", properties: {} });
        assert.deepStrictEqual(r.diagnostics, []);
        assert.ok(
            r.notApplicable.some((n) => n.policyName === "cloudtrail-trail-multi-region"),
            "single-type policies are reported not applicable",
        );
    });

    it("runs AnalyzeStack and Remediate without error", async () => {
        const stack = await pack.analyzeStack([{ type: NOTEBOOK, name: "nb-ok", properties: compliantNotebook }]);
        assert.deepStrictEqual(
            stack.diagnostics.filter((d) => d.enforcementLevel === "mandatory"),
            [],
        );
        // No policy is at `remediate` by default: nothing changes.
        assert.deepStrictEqual((await pack.remediate({ type: NOTEBOOK, name: "nb", properties: {} })).remediations, []);
    });
});

describe("engine: policy config", function () {
    let pack: PackProcess;
    before(async () => {
        pack = await PackProcess.start(PACK_DIR);
        await pack.getAnalyzerInfo();
    });
    after(async () => pack?.close());

    it('applies "all" and per-policy levels, and exemptions with a reason', async () => {
        await pack.configure({
            all: "advisory",
            "sagemaker-notebook-kms-encryption": { enforcementLevel: "disabled" },
            "sagemaker-notebook-no-root-access": {
                exemptions: [
                    {
                        resource: "legacy-*",
                        reason: "vendor image needs root until Q3",
                        approvedBy: "security@example.org",
                        expires: "2099-12-31",
                    },
                ],
            },
            "sagemaker-notebook-in-vpc": { exemptions: [{ resource: "legacy-*", reason: "old", expires: "2020-01-01" }] },
        });
        const r = await pack.analyze({ type: NOTEBOOK, name: "legacy-nb", properties: {} });
        const byName = new Map(r.diagnostics.map((d) => [d.policyName, d]));
        assert.ok(!byName.has("sagemaker-notebook-kms-encryption"), "disabled");
        assert.ok(!byName.has("sagemaker-notebook-no-root-access"), "exempted");
        assert.ok(r.diagnostics.every((d) => d.enforcementLevel === "advisory"));
        const na = r.notApplicable.find((n) => n.policyName === "sagemaker-notebook-no-root-access");
        assert.match(na!.reason, /exempted until 2099-12-31, approved by security@example.org: vendor image needs root until Q3/);
        const expired = r.diagnostics
            .filter((d) => d.policyName === "sagemaker-notebook-in-vpc")
            .map((d) => d.message)
            .join("\n");
        assert.match(expired, /exemption for this resource expired on 2020-01-01/);
    });
});
