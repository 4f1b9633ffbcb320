// The collection <-> policy join on other people's vector stores (test/peers/opensearch-join.ts: AWS's own
// VectorCollection construct and AWS's AI/ML security assessment sample, translated): what the join says,
// what the document policies say on the same resources, and the peer's verdict beside it.

import * as assert from "assert";
import { catalog } from "../../policies/catalog";
import { opensearchServerlessCollectionPoliciesInStack as join } from "../../policies/storage/opensearch-serverless-collection-policies-in-stack";
import { runResource, runStack, urnFor } from "../harness";
import { PEER_JOIN_CASES } from "../peers/opensearch-join";

const policy = (name: string) => {
    const p = catalog.find((x) => x.name === name);
    if (!p) throw new Error(`no policy ${name}`);
    return p;
};
const KIND_TEXT = {
    encryption: /no encryption policy of this stack/,
    network: /no network policy of this stack/,
    data: /no data access policy of this stack/,
};

describe("opensearch-serverless-collection-policies-in-stack on peers' vector stores", () => {
    const tally: Record<string, number> = {};
    after(() => console.log(`      peer vector stores, join verdicts: ${JSON.stringify(tally)}`));
    for (const c of PEER_JOIN_CASES) {
        it(`${c.source}: ${c.test} (${c.shape}; ${c.peer} there)`, () => {
            const r = runStack(join, structuredClone(c.stack));
            assert.deepStrictEqual(r.cantRun, []);
            tally[c.ours.kind] = (tally[c.ours.kind] ?? 0) + 1;
            if (c.ours.kind === "not-applicable") {
                assert.ok(r.notApplicable, c.why);
                assert.deepStrictEqual(r.violations, []);
            } else if (c.ours.kind === "pass") {
                assert.deepStrictEqual(r.violations, [], c.why);
                assert.strictEqual(r.notApplicable, undefined);
            } else {
                assert.strictEqual(r.violations.length, 1, c.why);
                const col = c.stack.find((x) => x.type.endsWith("Collection"))!;
                assert.strictEqual(r.urns[0], urnFor(col.type, col.name));
                for (const [kind, re] of Object.entries(KIND_TEXT))
                    assert.strictEqual(re.test(r.violations[0]), (c.ours.missing as string[]).includes(kind), `${kind}: ${c.why}`);
            }
            for (const [name, verdict] of Object.entries(c.documents ?? {})) {
                const p = policy(name);
                const targets = p.kind === "resource" ? p.resources : {};
                const judged = c.stack.filter((x) => x.type in targets && !x.type.endsWith("Collection"));
                const failed = judged.filter(
                    (x) => runResource(p, { type: x.type, props: structuredClone(x.props) }).violations.length > 0,
                );
                assert.strictEqual(failed.length > 0 ? "fail" : "pass", verdict, name);
            }
        });
    }
});
