// iam-workload-role-no-full-access-policy on other people's inputs (test/peers/ml-full-access.ts:
// Prowler's and AWS's AI/ML security assessment sample's own test inputs, translated to stacks): our
// verdict per role against theirs. A disagreement must be one we chose and explained.

import * as assert from "assert";
import { iamWorkloadRoleNoFullAccessPolicy } from "../../policies/iam/iam-workload-role-no-full-access-policy";
import { runStack, urnFor } from "../harness";
import { PEER_CASES } from "../peers/ml-full-access";

describe("iam-workload-role-no-full-access-policy on peers' test inputs", () => {
    const agreed: Record<string, [number, number]> = {};
    after(() => console.log(`      agreement with peers (agreed/total): ${JSON.stringify(agreed)}`));
    for (const c of PEER_CASES) {
        it(`${c.source}: ${c.title} (${c.peer} there${c.disagree ? "; we differ on purpose" : ""})`, () => {
            const r = runStack(iamWorkloadRoleNoFullAccessPolicy, structuredClone(c.stack));
            // A finding about this role: on the role, or on an attachment to it.
            const joined = new Set(c.stack.filter((x) => x.name === c.role || x.props.role === c.role).map((x) => urnFor(x.type, x.name)));
            const ours = r.urns.some((u) => joined.has(u)) ? "fail" : "pass";
            const expected = c.disagree ? (c.peer === "pass" ? "fail" : "pass") : c.peer;
            const tally = (agreed[c.source] ??= [0, 0]);
            tally[1]++;
            if (ours === c.peer) tally[0]++;
            assert.strictEqual(ours, expected, JSON.stringify(r.violations.map((v) => v.split("\n")[0])));
        });
    }
});
