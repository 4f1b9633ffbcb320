// The `remediate` level through the real pack over the analyzer protocol, in the engine's order:
// Remediate (its properties replace the inputs), then Analyze on the result. The response must
// differ from the request in exactly the declared fields; unknowns and secrets pass through in the
// engine's encoding; the Analyze after it reports nothing for the remediated policy.

import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { PACK_DIR, PackProcess, PolicyPackConfigFile, secret, UNKNOWN } from "../../cli/analyzer";
import { catalog } from "../../policies/catalog";
import { loadCases } from "../cases";

type Props = Record<string, unknown>;

const AUTOFIX = JSON.parse(fs.readFileSync(path.join(PACK_DIR, "profiles", "autofix.json"), "utf8")) as PolicyPackConfigFile;
const remediating = catalog.filter((p) => p.kind === "resource" && p.remediation);

/** Leaf paths where two engine-encoded input trees differ (a block that was absent counts as `{}`). */
function diffPaths(a: unknown, b: unknown, at = ""): string[] {
    if (JSON.stringify(a) === JSON.stringify(b)) return [];
    const isObj = (x: unknown) => x !== null && typeof x === "object" && !Array.isArray(x);
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) return a.flatMap((x, i) => diffPaths(x, b[i], `${at}[${i}]`));
    if (!isObj(b) || (a !== undefined && !isObj(a))) return [at];
    const keys = new Set([...Object.keys((a as Props) ?? {}), ...Object.keys(b as Props)]);
    return [...keys].flatMap((k) => diffPaths((a as Props | undefined)?.[k], (b as Props)[k], at ? `${at}.${k}` : k));
}

const lastSegment = (p: string) => p.split(".").pop()!;

describe("engine: remediations (profiles/autofix.json)", function () {
    let pack: PackProcess;
    before(async () => {
        pack = await PackProcess.start(PACK_DIR, { project: "test" });
        await pack.getAnalyzerInfo();
        await pack.configure(AUTOFIX);
    });
    after(async () => pack?.close());

    it("the profile puts exactly the remediating policies at remediate, and the pack reports them as resource policies", async () => {
        const info = await pack.getAnalyzerInfo();
        const atRemediate = Object.entries(AUTOFIX)
            .filter(([, v]) => v === "remediate")
            .map(([k]) => k)
            .sort();
        assert.deepStrictEqual(atRemediate, remediating.map((p) => p.name).sort());
        for (const name of atRemediate) assert.strictEqual(info.policies.find((p) => p.name === name)?.policyType, "resource");
    });

    const notebook = (extra: Props = {}): Props => ({
        instanceType: "ml.t3.medium",
        roleArn: UNKNOWN,
        kmsKeyId: UNKNOWN,
        subnetId: UNKNOWN,
        securityGroups: [UNKNOWN],
        directInternetAccess: "Disabled",
        tags: { owner: secret("team-a") },
        ...extra,
    });

    it("a notebook: two remediations, each changing only its field; secrets and unknowns pass through", async () => {
        const input = { type: "aws:sagemaker/notebookInstance:NotebookInstance", name: "nb", properties: notebook() };
        const r = await pack.remediate(input);
        assert.deepStrictEqual(r.remediations.map((x) => x.policyName).sort(), [
            "sagemaker-notebook-imdsv2",
            "sagemaker-notebook-no-root-access",
        ]);
        // Each remediation's properties are the full inputs after it; remediations chain in catalog order.
        let before: Props = input.properties;
        const changed: string[] = [];
        for (const x of r.remediations) {
            assert.strictEqual(x.diagnostic, "");
            assert.strictEqual(x.policyPackName, "sagemaker-guard");
            changed.push(...diffPaths(before, x.properties));
            before = x.properties!;
        }
        assert.deepStrictEqual(changed.sort(), [
            "instanceMetadataServiceConfiguration.minimumInstanceMetadataServiceVersion",
            "rootAccess",
        ]);
        assert.deepStrictEqual(before, {
            ...notebook(),
            rootAccess: "Disabled",
            instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "2" },
        });
        const after = await pack.analyze({ ...input, properties: before });
        assert.deepStrictEqual(
            after.diagnostics.filter((d) => remediating.some((p) => p.name === d.policyName)),
            [],
            "the Analyze after it reports nothing for the remediated policies",
        );
    });

    it("a value unknown at preview is not remediated, and Analyze does not fail it", async () => {
        const input = {
            type: "aws:sagemaker/notebookInstance:NotebookInstance",
            name: "nb-unknown",
            properties: notebook({
                rootAccess: UNKNOWN,
                instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "2" },
            }),
        };
        const r = await pack.remediate(input);
        assert.deepStrictEqual(r.remediations, []);
        const a = await pack.analyze(input);
        assert.deepStrictEqual(
            a.diagnostics.filter((d) => d.policyName === "sagemaker-notebook-no-root-access"),
            [],
        );
    });

    it("a secret setting is not touched; the violation stays, mandatory, with the reason", async () => {
        const input = {
            type: "aws:sagemaker/notebookInstance:NotebookInstance",
            name: "nb-secret",
            properties: notebook({ rootAccess: secret("Enabled") }),
        };
        const r = await pack.remediate(input);
        assert.ok(!r.remediations.some((x) => x.policyName === "sagemaker-notebook-no-root-access"));
        const props = r.remediations.at(-1)?.properties ?? input.properties;
        assert.deepStrictEqual(props.rootAccess, secret("Enabled"), "still a secret, unchanged");
        const [d] = (await pack.analyze({ ...input, properties: props })).diagnostics.filter(
            (x) => x.policyName === "sagemaker-notebook-no-root-access",
        );
        assert.strictEqual(d.enforcementLevel, "mandatory");
        assert.match(d.message, /Not fixed automatically: `rootAccess` is a secret\./);
    });

    it("an exempt resource is left alone and reported not applicable", async () => {
        await pack.configure({
            ...AUTOFIX,
            "sagemaker-notebook-no-root-access": {
                enforcementLevel: "remediate",
                exemptions: [{ resource: "legacy-nb", reason: "vendor image" }],
            },
        });
        try {
            const r = await pack.remediate({
                type: "aws:sagemaker/notebookInstance:NotebookInstance",
                name: "legacy-nb",
                properties: notebook(),
            });
            assert.ok(!r.remediations.some((x) => x.policyName === "sagemaker-notebook-no-root-access"));
            assert.ok(
                r.notApplicable.some(
                    (n) => n.policyName === "sagemaker-notebook-no-root-access" && /exempted: vendor image/.test(n.reason),
                ),
            );
        } finally {
            await pack.configure(AUTOFIX);
        }
    });

    // Every case table of a remediating policy: each mutation, remediated, then analysed.
    const { cases } = loadCases();
    for (const c of cases.filter((x) => remediating.includes(x.policy))) {
        it(`${c.policy.name} on ${c.type}: Remediate returns only declared fields; Analyze after it passes where the field was the problem`, async () => {
            const fields = Object.keys((c.policy as { remediation: { set: Props } }).remediation.set).map(lastSegment);
            let fixed = 0;
            for (const m of c.mutations) {
                const props = structuredClone(c.compliant);
                m.mutate(props);
                const r = await pack.remediate({ type: c.type, name: "m", properties: props });
                const mine = r.remediations.filter((x) => x.policyName === c.policy.name);
                if (mine.length === 0) continue;
                assert.strictEqual(mine.length, 1);
                const changed = diffPaths(props, mine[0].properties);
                assert.ok(changed.length > 0, `${m.title}: a remediation without a change`);
                for (const d of changed) assert.ok(fields.includes(lastSegment(d)), `${m.title}: changed ${d}`);
                const after = (await pack.analyze({ type: c.type, name: "m", properties: r.remediations.at(-1)!.properties! })).diagnostics;
                if (!after.some((d) => d.policyName === c.policy.name)) fixed++;
            }
            assert.ok(fixed > 0, "at least one mutation is fixed completely");
        });
    }
});
