// The checks of issue 27 on other people's inputs (test/peers/issue27.ts: Prowler's, trivy-checks' and
// KICS's own test cases, translated): our verdict against theirs. A disagreement must be one we chose
// and explained; the agreement figure is printed for the record.

import * as assert from "assert";
import { catalog } from "../../policies/catalog";
import { runResource, runStack, urnFor } from "../harness";
import { PEER_RESOURCE_CASES, PEER_STACK_CASES } from "../peers/issue27";

const policy = (name: string) => {
    const p = catalog.find((x) => x.name === name);
    if (!p) throw new Error(`no policy ${name}`);
    return p;
};

describe("issue 27 checks on peers' test inputs", () => {
    const agreed: Record<string, [number, number]> = {};
    after(() => console.log(`      agreement with peers (agreed/total): ${JSON.stringify(agreed)}`));
    const tally = (key: string, same: boolean) => {
        const t = (agreed[key] ??= [0, 0]);
        t[1]++;
        if (same) t[0]++;
    };
    for (const c of PEER_RESOURCE_CASES) {
        it(`${c.source} ${c.check}: ${c.title} (${c.peer} there${c.disagree ? "; we differ on purpose" : ""})`, () => {
            const r = runResource(policy(c.policy), { type: c.type, props: structuredClone(c.props) });
            assert.deepStrictEqual(r.cantRun, []);
            const ours = r.violations.length > 0 ? "fail" : "pass";
            tally(`${c.source} ${c.check}`, ours === c.peer);
            const expected = c.disagree ? (c.peer === "pass" ? "fail" : "pass") : c.peer;
            assert.strictEqual(ours, expected, JSON.stringify(r.violations.map((v) => v.split("\n")[0])));
        });
    }
    for (const c of PEER_STACK_CASES) {
        it(`${c.source} ${c.check}: ${c.title} (${c.peer} there${c.disagree ? "; we differ on purpose" : ""})`, () => {
            const r = runStack(policy(c.policy), structuredClone(c.stack));
            const joined = new Set(c.stack.map((x) => urnFor(x.type, x.name)));
            // A stack-level finding (no resource) counts against the stack, so against the subject.
            const ours = r.urns.some((u) => u === "" || joined.has(u)) ? "fail" : "pass";
            tally(`${c.source} ${c.check}`, ours === c.peer);
            const expected = c.disagree ? (c.peer === "pass" ? "fail" : "pass") : c.peer;
            assert.strictEqual(ours, expected, JSON.stringify(r.violations.map((v) => v.split("\n")[0])));
        });
    }
});
