// The not-applicable seam through the real pack process: the same Configure and Analyze requests to a
// pack with the seam and to one whose SDK reports another version (so the seam leaves the SDK alone,
// the fallback) must give the same answers, entry for entry and in order: violations, not-applicable
// entries with their reasons. Configure sets what the seam must honour: a disabled multi-type policy,
// a disabled single-type one, exemptions by config and by tag.

import * as assert from "assert";
import * as path from "path";
import { AnalyzeResult, PACK_DIR, PackProcess, PolicyPackConfigFile, ResourceInput, urnOf } from "../../cli/analyzer";
import { catalog } from "../../policies/catalog";
import { loadCases } from "../cases";

const { cases } = loadCases();
const PROBE = path.join(__dirname, "seam-probe.js");
const NOTEBOOK = "aws:sagemaker/notebookInstance:NotebookInstance";

function stack(): ResourceInput[] {
    const out: ResourceInput[] = [];
    const seen = new Set<string>();
    cases.forEach((c, i) => {
        if (!seen.has(c.type)) {
            seen.add(c.type);
            out.push({
                type: c.type,
                name: `ok${i}`,
                urn: urnOf(c.type, `ok${i}`, "dev", "test"),
                properties: structuredClone(c.compliant),
            });
        }
        const m = c.mutations[0];
        if (m) {
            const props = structuredClone(c.compliant);
            m.mutate(props);
            out.push({ type: c.type, name: `bad${i}`, urn: urnOf(c.type, `bad${i}`, "dev", "test"), properties: props });
        }
    });
    out.push({
        type: "aws:lambda/function:Function",
        name: "fn",
        urn: urnOf("aws:lambda/function:Function", "fn", "dev", "test"),
        properties: {},
    });
    return out;
}

const multi = catalog.filter((p) => p.kind === "resource" && Object.keys(p.resources).length > 1).map((p) => p.name);
const single = catalog.filter((p) => p.kind === "resource" && Object.keys(p.resources).length === 1).map((p) => p.name);

describe("engine: the not-applicable seam answers as the SDK's own path does", function () {
    const resources = stack();
    const notebook = resources.find((r) => r.type === NOTEBOOK)!;
    const config: PolicyPackConfigFile = {
        [multi[0]]: "disabled",
        [single[0]]: "disabled",
        [multi[1]]: "mandatory",
        "sagemaker-notebook-no-root-access": { exemptions: [{ resource: notebook.name, reason: "seam test", expires: "2099-12-31" }] },
        "hygiene-no-phi": { exemptions: [{ resource: "*", reason: "seam test", expires: "2099-12-31", approvedBy: "secops" }] },
    };
    let seam: PackProcess;
    let fallback: PackProcess;

    before(async () => {
        [seam, fallback] = await Promise.all([
            PackProcess.start(PACK_DIR, { project: "test", nodeArgs: ["--require", PROBE] }),
            PackProcess.start(PACK_DIR, { project: "test", nodeArgs: ["--require", PROBE], env: { SEAM_PROBE_SDK_VERSION: "1.99.0" } }),
        ]);
        for (const p of [seam, fallback]) {
            await p.getAnalyzerInfo();
            await p.configure(config);
        }
    });
    after(async () => Promise.all([seam?.close(), fallback?.close()]));

    it("the seam is in effect in one pack and not in the other (another SDK version)", () => {
        assert.match(seam.stderr, /SEAM-PROBE: analyze=seam/);
        assert.match(fallback.stderr, /SEAM-PROBE: analyze=sdk/);
    });

    it(`the same answers on ${resources.length} resources, in the same order`, async () => {
        let entries = 0;
        let violations = 0;
        for (const r of resources) {
            const [a, b]: AnalyzeResult[] = await Promise.all([seam.analyze(r), fallback.analyze(r)]);
            assert.deepStrictEqual(a, b, `${r.type} ${r.name}`);
            entries += a.notApplicable.length;
            violations += a.diagnostics.length;
            const names = a.notApplicable.map((n) => n.policyName);
            assert.ok(!names.includes(multi[0]) && !names.includes(single[0]), "disabled policies give no entry");
        }
        assert.ok(violations > 0 && entries > 40 * resources.length, `${violations} violations, ${entries} not applicable`);
        const nb = await seam.analyze(notebook);
        assert.ok(nb.notApplicable.some((n) => n.policyName === "sagemaker-notebook-no-root-access" && /seam test/.test(n.reason)));
        assert.ok(nb.notApplicable.some((n) => n.policyName === "hygiene-no-phi" && /seam test/.test(n.reason)));
    });
});
