// The vector-store policies of issue 26 (h26a) on other people's inputs (test/peers/vector-stores.ts:
// CloudSploit's and Prowler's own test cases, translated): our verdict against theirs. A disagreement
// must be one we chose and explained; the agreement figure is printed for the record.

import * as assert from "assert";
import { catalog } from "../../policies/catalog";
import { runResource, runStack, urnFor } from "../harness";
import { PEER_RESOURCE_CASES, PEER_STACK_CASES } from "../peers/vector-stores";

const policy = (name: string) => {
    const p = catalog.find((x) => x.name === name);
    if (!p) throw new Error(`no policy ${name}`);
    return p;
};

describe("vector-store policies on peers' test inputs", () => {
    const agreed: Record<string, [number, number]> = {};
    after(() => console.log(`      agreement with peers (agreed/total): ${JSON.stringify(agreed)}`));
    for (const c of PEER_RESOURCE_CASES) {
        it(`${c.source} ${c.check}: ${c.title} (${c.peer} there${c.disagree ? "; we differ on purpose" : ""})`, () => {
            const r = runResource(policy(c.policy), { type: c.type, props: structuredClone(c.props) });
            assert.deepStrictEqual(r.cantRun, []);
            const ours = r.violations.length > 0 ? "fail" : "pass";
            const t = (agreed[`${c.source} ${c.check}`] ??= [0, 0]);
            t[1]++;
            if (ours === c.peer) t[0]++;
            const expected = c.disagree ? (c.peer === "pass" ? "fail" : "pass") : c.peer;
            assert.strictEqual(ours, expected, JSON.stringify(r.violations.map((v) => v.split("\n")[0])));
        });
    }
    for (const c of PEER_STACK_CASES) {
        it(`${c.source} ${c.check}: ${c.title} (${c.peer} there)`, () => {
            const r = runStack(policy(c.policy), structuredClone(c.stack));
            assert.deepStrictEqual(r.cantRun, []);
            const subject = c.stack.find((x) => x.name === c.subject)!;
            const ours = r.urns.includes(urnFor(subject.type, subject.name)) ? "fail" : "pass";
            const t = (agreed[`${c.source} ${c.check}`] ??= [0, 0]);
            t[1]++;
            if (ours === c.peer) t[0]++;
            assert.strictEqual(ours, c.peer, JSON.stringify(r.violations.map((v) => v.split("\n")[0])));
        });
    }
});
