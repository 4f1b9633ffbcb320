// The organisation's knobs through the real pack (run-policy-pack over gRPC): exemptions declared in a
// resource's `sagemaker-guard:exempt` tag, and stack tags (ConfigureStack) as the scope of the strict
// policies. This is where the SDK's handling is proven: the not-applicable reason the engine records,
// and the level of a violation reported in the SDK's object form.

import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { PACK_DIR, PackProcess, PolicyPackConfigFile, UNKNOWN } from "../../cli/analyzer";

const NOTEBOOK = "aws:sagemaker/notebookInstance:NotebookInstance";
const TAG = "sagemaker-guard:exempt";
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

// Compliant but for root access and IMDSv2 (both unset: AWS defaults root access on, IMDSv1 allowed).
const notebook = (tags: Record<string, string>) => ({
    type: NOTEBOOK,
    name: "legacy-nb",
    properties: {
        instanceType: "ml.t3.medium",
        roleArn: UNKNOWN,
        directInternetAccess: "Disabled",
        subnetId: UNKNOWN,
        securityGroups: [UNKNOWN],
        kmsKeyId: UNKNOWN,
        tags: { team: "ml", ...tags },
    },
});

const HIPAA = JSON.parse(fs.readFileSync(path.join(PACK_DIR, "profiles", "hipaa.json"), "utf8")) as PolicyPackConfigFile;

describe("engine: tag-declared exemptions", function () {
    let pack: PackProcess;
    before(async () => {
        pack = await PackProcess.start(PACK_DIR);
        await pack.configureStack({ "pulumi:project": "test" });
        await pack.configure({
            ...HIPAA,
            "sagemaker-notebook-no-root-access": { enforcementLevel: "mandatory", allowTagExemptions: true },
        });
    });
    after(async () => pack?.close());

    const value = (expires: string) =>
        `policies=sagemaker-notebook-no-root-access+sagemaker-notebook-imdsv2 expires=${expires} approver=secops@example.org reason=vendor image needs root RISK-142`;

    it("an allowed policy: not applicable with the reason; a policy that does not allow it: refused, with a finding", async () => {
        const r = await pack.analyze(notebook({ [TAG]: value(inDays(30)) }));
        assert.deepStrictEqual(
            r.notApplicable.filter((n) => n.policyName === "sagemaker-notebook-no-root-access"),
            [
                {
                    policyName: "sagemaker-notebook-no-root-access",
                    reason: `exempted until ${inDays(30)}, approved by secops@example.org: vendor image needs root RISK-142 (${TAG} tag)`,
                },
            ],
        );
        const byPolicy = (n: string) => r.diagnostics.filter((d) => d.policyName === n);
        assert.deepStrictEqual(byPolicy("sagemaker-notebook-no-root-access"), []);
        const imds = byPolicy("sagemaker-notebook-imdsv2");
        assert.strictEqual(imds.length, 2, "the refusal, and the policy's own finding");
        assert.match(imds[0].message, /tag is not used for this policy: this policy does not accept exemptions from tags/);
        assert.strictEqual(imds[0].enforcementLevel, "mandatory");
    });

    it("expired: a violation at the policy's level, and the policy applies again", async () => {
        const r = await pack.analyze(notebook({ [TAG]: value(inDays(-1)) }));
        const root = r.diagnostics.filter((d) => d.policyName === "sagemaker-notebook-no-root-access");
        assert.strictEqual(root.length, 2);
        assert.match(root[0].message, new RegExp(`tag expired on ${inDays(-1)}; the policy applies again`));
        assert.ok(root.every((d) => d.enforcementLevel === "mandatory"));
    });

    it("beyond tagExemptionMaxDays (90 by default), or malformed: refused, and never echoed", async () => {
        const far = await pack.analyze(notebook({ [TAG]: value(inDays(200)) }));
        assert.match(far.diagnostics.find((d) => d.policyName === "sagemaker-notebook-no-root-access")!.message, /more than 90 days ahead/);
        const hostile = `policies=sagemaker-notebook-no-root-access reason=${"<img src=x onerror=alert(1)>".repeat(4)}`;
        const bad = await pack.analyze(notebook({ [TAG]: hostile }));
        const msgs = bad.diagnostics.filter((d) => d.policyName === "sagemaker-notebook-no-root-access").map((d) => d.message);
        assert.match(msgs[0], /character at position \d+ outside the AWS tag character set/);
        for (const m of msgs) assert.ok(!m.includes("onerror"), m);
    });
});

describe("engine: stack tags as scope (phiStackTag)", function () {
    const config: PolicyPackConfigFile = {
        ...HIPAA,
        "sagemaker-notebook-imdsv2": { enforcementLevel: "mandatory", phiStackTag: { "data-classification": "phi" } },
        "sagemaker-notebook-no-root-access": { enforcementLevel: "mandatory", phiStackTag: { "data-classification": "phi" } },
    };

    async function levels(stackTags: Record<string, string>) {
        const pack = await PackProcess.start(PACK_DIR);
        try {
            await pack.configureStack({ "pulumi:project": "test", ...stackTags });
            await pack.configure(config);
            const r = await pack.analyze(notebook({}));
            return Object.fromEntries(
                r.diagnostics
                    .filter((d) => d.policyName === "sagemaker-notebook-imdsv2" || d.policyName === "sagemaker-notebook-no-root-access")
                    .map((d) => [
                        d.policyName,
                        {
                            level: d.enforcementLevel,
                            scope: /\nScope: (\w+) level/.exec(d.message)?.[1],
                            desc: d.message.startsWith(d.description + "\n"),
                        },
                    ]),
            );
        } finally {
            await pack.close();
        }
    }

    it("a stack with the tag: the strict policy at the configured level (mandatory)", async () => {
        assert.deepStrictEqual(await levels({ "data-classification": "phi" }), {
            "sagemaker-notebook-imdsv2": { level: "mandatory", scope: "strict", desc: true },
            "sagemaker-notebook-no-root-access": { level: "mandatory", scope: "strict", desc: true },
        });
    });

    it("a stack without it: the strict policy at its baseline level (advisory); a policy mandatory by default stays mandatory", async () => {
        assert.deepStrictEqual(await levels({ "data-classification": "internal" }), {
            "sagemaker-notebook-imdsv2": { level: "advisory", scope: "baseline", desc: true },
            "sagemaker-notebook-no-root-access": { level: "mandatory", scope: "baseline", desc: true },
        });
    });

    it("a strict policy at remediate does not change a resource on a stack out of scope (its baseline level has no auto-fix)", async () => {
        const run = async (stackTags: Record<string, string>) => {
            const pack = await PackProcess.start(PACK_DIR);
            try {
                await pack.configureStack({ "pulumi:project": "test", ...stackTags });
                await pack.configure({
                    ...config,
                    "sagemaker-notebook-imdsv2": { enforcementLevel: "remediate", phiStackTag: { "data-classification": "phi" } },
                });
                return (await pack.remediate(notebook({}))).remediations.map((r) => r.policyName);
            } finally {
                await pack.close();
            }
        };
        assert.deepStrictEqual(await run({}), []);
        assert.deepStrictEqual(await run({ "data-classification": "phi" }), ["sagemaker-notebook-imdsv2"]);
    });
});
