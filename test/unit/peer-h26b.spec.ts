// The stack policies of issue 26 (branch h26b) on other people's inputs (test/peers/h26b-agents.ts):
// our verdict per resource against the peer's. The agreement figure is printed for the record.

import * as assert from "assert";
import { catalog } from "../../policies/catalog";
import { runResource, runStack, urnFor } from "../harness";
import { PEER_RESOURCE_CASES, PEER_STACK_CASES } from "../peers/h26b-agents";

const policy = (name: string) => {
    const p = catalog.find((x) => x.name === name);
    if (!p) throw new Error(`no policy ${name}`);
    return p;
};

describe("issue 26 (h26b) stack policies on peers' test inputs", () => {
    const agreed: Record<string, [number, number]> = {};
    after(() => console.log(`      agreement with peers (agreed/total verdicts): ${JSON.stringify(agreed)}`));
    for (const c of PEER_RESOURCE_CASES) {
        it(`${c.source} ${c.check}: ${c.title} (${c.peer} there)`, () => {
            const r = runResource(policy(c.policy), { type: c.type, props: structuredClone(c.props) });
            assert.deepStrictEqual(r.cantRun, []);
            const ours = r.violations.length > 0 ? "fail" : "pass";
            const t = (agreed[`${c.source} ${c.check}`] ??= [0, 0]);
            t[1]++;
            if (ours === c.peer) t[0]++;
            assert.strictEqual(ours, c.peer, JSON.stringify(r.violations.map((v) => v.split("\n")[0])));
        });
    }
    for (const c of PEER_STACK_CASES) {
        it(`${c.source} ${c.check}: ${c.title}${c.disagree ? " (we differ on purpose)" : ""}`, () => {
            const r = runStack(
                policy(c.policy),
                c.stack.map((x) => ({ ...x, props: structuredClone(x.props) })),
            );
            assert.deepStrictEqual(r.cantRun, []);
            const t = (agreed[`${c.source} ${c.check}`] ??= [0, 0]);
            for (const [name, peer] of Object.entries(c.verdicts)) {
                const x = c.stack.find((s) => s.name === name)!;
                const ours = r.urns.includes(urnFor(x.type, x.name)) ? "fail" : "pass";
                t[1]++;
                if (ours === peer) t[0]++;
                const expected = c.disagree ? (peer === "pass" ? "fail" : "pass") : peer;
                assert.strictEqual(ours, expected, `${name}: ${JSON.stringify(r.violations.map((v) => v.split("\n")[0]))}`);
            }
        });
    }
});
