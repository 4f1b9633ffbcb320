// Account audit: the case tables run as an audit policy group on a cloud account runs the pack
// (Pulumi Insights account policies): resource calls (Analyze) only, never AnalyzeStack, on the
// outputs of discovered resources (test/audit-shape.ts: every value known, computed `id`, `arn` and
// names, no dependencies). It asserts the verdicts that docs/organisations.md documents in its
// where-it-runs table, reading the claims from that generated table:
//
// - a policy the table says runs in an account audit gives its case table's verdicts there (the
//   compliant fixture and its variants pass, each mutation fails with the expected message);
// - a policy the table says does not run there gives nothing for any of its cases' resources, so
//   what it checks is not judged (said in the docs, not hidden).

import * as assert from "assert";
import { PACK_DIR, PackProcess } from "../../cli/analyzer";
import { catalog } from "../../policies/catalog";
import { whereItRunsTable } from "../../scripts/generate-docs";
import { auditResource, auditStack } from "../audit-shape";
import { loadCases } from "../cases";

const { cases, stackCases } = loadCases();

/** policy -> its "account audit" cell in the generated table. */
function accountAuditClaims(): Map<string, boolean> {
    const claims = new Map<string, boolean>();
    for (const line of whereItRunsTable().split("\n")) {
        const m = /^\| \[([a-z0-9-]+)\]\([^)]*\) \| (?:[^|]*\|){3} ([^|]*) \|/.exec(line);
        if (m) claims.set(m[1], !m[2].includes("no"));
    }
    return claims;
}

describe("engine: account audit (resource calls only, outputs only), the documented verdicts", function () {
    const claims = accountAuditClaims();
    let pack: PackProcess;
    before(async () => {
        pack = await PackProcess.start(PACK_DIR, { project: "test" });
        await pack.getAnalyzerInfo();
        await pack.configure({});
    });
    after(async () => pack?.close());

    const withConfig = async (name: string, config: Record<string, unknown> | undefined, run: () => Promise<void>) => {
        if (config) await pack.configure({ [name]: config });
        try {
            await run();
        } finally {
            if (config) await pack.configure({});
        }
    };

    it("the table states a place for every policy of the catalog", () => {
        assert.deepStrictEqual([...claims.keys()].sort(), catalog.map((p) => p.name).sort());
        for (const p of catalog) assert.strictEqual(claims.get(p.name), p.kind === "resource", p.name);
    });

    for (const c of cases) {
        it(`${c.policy.name} on ${c.type}: runs in an account audit, with the case table's verdicts`, async () => {
            assert.strictEqual(claims.get(c.policy.name), true);
            const analyze = async (props: Record<string, unknown>) =>
                (await pack.analyze({ type: c.type, name: "res", properties: auditResource(c.type, "res", props) })).diagnostics.filter(
                    (d) => d.policyName === c.policy.name,
                );
            await withConfig(c.policy.name, c.config, async () => {
                for (const v of [{ title: "compliant", mutate: () => undefined }, ...(c.alsoCompliant ?? [])]) {
                    const props = structuredClone(c.compliant);
                    v.mutate(props);
                    assert.deepStrictEqual(await analyze(props), [], v.title);
                }
                for (const m of c.mutations) {
                    const props = structuredClone(c.compliant);
                    m.mutate(props);
                    const got = await analyze(props);
                    assert.strictEqual(got.length, 1, `${m.title}: ${JSON.stringify(got.map((d) => d.message))}`);
                    assert.match(got[0].message, m.expect, m.title);
                }
            });
        });
    }

    for (const c of stackCases) {
        it(`${c.policy.name} (stack): not judged in an account audit, as the table says`, async () => {
            assert.strictEqual(claims.get(c.policy.name), false);
            await withConfig(c.policy.name, c.config, async () => {
                // A mutation that exists only at preview (a document unknown until apply) has no audit shape.
                for (const m of [{ title: "compliant", mutate: () => undefined }, ...c.mutations.filter((x) => !x.previewOnly)]) {
                    const stack = c.compliant();
                    m.mutate(stack);
                    for (const r of auditStack(stack)) {
                        const got = await pack.analyze({ type: r.type, name: r.name, properties: r.props });
                        assert.ok(!got.diagnostics.some((d) => d.policyName === c.policy.name), `${m.title}: ${r.name}`);
                        assert.ok(!got.notApplicable.some((n) => n.policyName === c.policy.name), `${m.title}: ${r.name}`);
                    }
                }
            });
        });
    }
});
