// The evidence report's passes against the real engine's: `pulumi preview --policy-pack` (the real
// CLI, see harness.ts) writes policy summary events (passed and failed policies per resource, derived
// by the engine in pkg/resource/analyzer/summary.go); `evidence --events` reads those, `evidence
// --program` derives its own from the analyzer protocol. On both examples every (policy, resource)
// answer must agree, but for the pairs the scan marks could-not-be-judged, which the engine counts
// as passed.

import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { E2EWorkspace, findToolchain, REPO_ROOT, Toolchain } from "./harness";

function evidence(args: string[]): Map<string, string> {
    const r = spawnSync(
        process.execPath,
        [path.join(REPO_ROOT, "cli", "bin.js"), "evidence", "--framework", "hipaa", "--format", "json", ...args],
        {
            cwd: REPO_ROOT,
            encoding: "utf8",
            timeout: 300_000,
            maxBuffer: 64 * 1024 * 1024,
        },
    );
    assert.strictEqual(r.status, 0, r.stderr);
    const out = new Map<string, string>();
    for (const c of JSON.parse(r.stdout).controls)
        for (const p of c.policies) for (const x of p.results) out.set(`${p.policy} ${x.urn}`, x.outcome);
    return out;
}

describe("e2e: evidence passes equal the engine's policy summaries", function () {
    let ws: E2EWorkspace;
    before(function () {
        const tc = findToolchain();
        if ("skip" in tc || !(tc as Toolchain).hasNodejsHost) {
            console.log(`      skipped: no pulumi CLI with the Node.js language host (${"skip" in tc ? tc.skip : "no host"})`);
            this.skip();
        }
        ws = new E2EWorkspace(tc as Toolchain);
        ws.login();
    });
    after(() => ws?.cleanup());

    for (const example of ["healthcare-ml-noncompliant", "healthcare-ml-compliant"]) {
        it(example, function () {
            const dir = ws.prepareProgram(path.join("examples", example), { stack: "dev" });
            const r = ws.preview(dir);
            assert.ok(
                r.events.some((e) => (e as Record<string, unknown>).policyAnalyzeSummaryEvent),
                "the engine wrote policy summaries",
            );
            const log = path.join(ws.root, `${example}.ndjson`);
            fs.writeFileSync(log, r.events.map((e) => JSON.stringify(e)).join("\n") + "\n");
            const engine = evidence(["--events", log]);
            const scan = evidence(["--program", path.join("examples", example)]);
            assert.deepStrictEqual([...scan.keys()].sort(), [...engine.keys()].sort(), "the same (policy, resource) pairs");
            let refined = 0;
            for (const [k, v] of scan) {
                if (v === "not-judged" && engine.get(k) === "passed") refined++;
                else assert.strictEqual(v, engine.get(k), k);
            }
            console.log(
                `      ${example}: ${scan.size} pairs, ${scan.size - refined} equal to the engine's, ${refined} passed by the engine but could not be judged (unknown at preview)`,
            );
        });
    }
});
