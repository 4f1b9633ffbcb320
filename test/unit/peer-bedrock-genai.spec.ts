// The resource policies of issue 26 on other people's inputs (test/peers/bedrock-genai.ts):
// our verdict per resource against the peer's. A disagreement must be one we chose and explained.

import * as assert from "assert";
import { runResource } from "../harness";
import { PEER_RESOURCE_CASES } from "../peers/bedrock-genai";

describe("issue 26 resource policies on peers' test inputs", () => {
    const agreed: Record<string, [number, number]> = {};
    after(() => console.log(`      agreement with peers (agreed/total): ${JSON.stringify(agreed)}`));
    for (const c of PEER_RESOURCE_CASES) {
        it(`${c.source} ${c.check}: ${c.title} (${c.peer} there)`, () => {
            const r = runResource(c.policy, { type: c.type, props: structuredClone(c.props), config: c.config });
            const ours = r.violations.length > 0 ? "fail" : "pass";
            const tally = (agreed[`${c.source} ${c.check}`] ??= [0, 0]);
            tally[1]++;
            if (ours === c.peer) tally[0]++;
            const expected = c.disagree ? (c.peer === "pass" ? "fail" : "pass") : c.peer;
            assert.strictEqual(ours, expected, JSON.stringify(r.violations.map((v) => v.split("\n")[0])));
        });
    }
});
