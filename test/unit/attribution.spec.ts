// The attribution rule of the stack policies (docs/authoring-policies.md, "where a finding goes"),
// checked on every stack case table: a finding goes on the resource whose inputs must change. For a
// mutation that changes or adds resources, that is one of them (a wrong configuration resource, or a
// protected resource's inline setting); for one that removes a configuration resource, the resource
// the removed one referred to (the protected side, which must gain it), or that depended on the removed one
// (an OpenSearch Serverless collection created after the policies that match its name); for one that adds a consumer
// (a SageMaker resource in a VPC), a resource the consumer reaches; for a changed policy that an
// attachment joins to a role, the attachment (the join is a resource of its own). Stack-level
// findings (the stack lacks a trail or detector) have no resource.

import * as assert from "assert";
import { loadCases } from "../cases";
import type { StackResourceCase } from "../harness";
import { runStack, urnFor } from "../harness";

const { stackCases } = loadCases();
const urnOf = (r: StackResourceCase) => r.urn ?? urnFor(r.type, r.name);

/** The names of the resources that `urns` of `r`'s property dependencies and dependencies point to, transitively. */
function reached(stack: StackResourceCase[], from: StackResourceCase[], depth = 3): Set<string> {
    const byUrn = new Map(stack.map((r) => [urnOf(r), r]));
    const out = new Set<string>();
    let frontier = from;
    for (let d = 0; d < depth && frontier.length > 0; d++) {
        const next: StackResourceCase[] = [];
        for (const r of frontier) {
            const urns = [...(r.dependencies ?? []), ...Object.values(r.propertyDependencies ?? {}).flat()];
            for (const u of urns) {
                const t = byUrn.get(u);
                if (t && !out.has(t.name)) {
                    out.add(t.name);
                    next.push(t);
                }
            }
        }
        frontier = next;
    }
    return out;
}

describe("stack policies: one attribution rule", () => {
    let checked = 0;
    after(() => console.log(`      attribution rule checked on ${checked} stack mutations`));

    for (const c of stackCases) {
        for (const m of c.mutations) {
            if (!m.resource) continue;
            it(`${c.policy.name}: ${m.title} is reported on ${m.resource}`, () => {
                const before = c.compliant();
                const after = c.compliant();
                m.mutate(after);
                // An input that now refers to another resource (`role.arn` at preview) changes its property dependencies, not its value.
                const inputs = (r: StackResourceCase) => JSON.stringify([r.props, r.propertyDependencies ?? {}]);
                const was = new Map(before.map((r) => [r.name, inputs(r)]));
                const now = new Set(after.map((r) => r.name));
                const changed = after.filter((r) => was.get(r.name) !== inputs(r)).map((r) => r.name);
                const removed = before.filter((r) => !now.has(r.name));
                const added = after.filter((r) => !was.has(r.name));
                // A join that is a resource of its own (a policy attachment) carries findings about what it joins.
                const joins = after.filter(
                    (r) => /Attachment/.test(r.type) && [...reached(after, [r], 1)].some((n) => changed.includes(n)),
                );
                const removedUrns = new Set(removed.map(urnOf));
                const dependedOnRemoved = before.filter((r) =>
                    [...(r.dependencies ?? []), ...Object.values(r.propertyDependencies ?? {}).flat()].some((u) => removedUrns.has(u)),
                );
                const allowed = new Set([
                    ...changed,
                    ...reached(before, removed, 1),
                    ...dependedOnRemoved.filter((r) => now.has(r.name)).map((r) => r.name),
                    ...reached(after, added),
                    ...joins.map((r) => r.name),
                ]);
                assert.ok(
                    allowed.has(m.resource!),
                    `${m.resource} is neither a resource the mutation changed or added (${changed.join(", ") || "none"}), nor one a removed configuration protected (or that depended on it), nor one an added consumer reaches`,
                );
                // And the finding is really there, on that resource.
                const r = runStack(c.policy, after, c.config);
                const want = urnOf(after.find((x) => x.name === m.resource)!);
                assert.ok(
                    r.violations.some((v, i) => m.expect.test(v) && r.urns[i] === want),
                    "reported on it",
                );
                checked++;
            });
        }
    }
});
