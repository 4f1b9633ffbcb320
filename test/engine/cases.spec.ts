// Every case table in test/cases, through the real pack over the analyzer protocol: the compliant
// fixture gets no diagnostic from its policy, and each mutation gets the expected one at the
// policy's level. This catches what the unit tier cannot: type tokens, loading, serialization.

import * as assert from "assert";
import { PACK_DIR, PackProcess, urnOf } from "../../cli/analyzer";
import { loadCases } from "../cases";

const { cases, stackCases } = loadCases();

describe("engine: every policy's cases over gRPC", function () {
    let pack: PackProcess;
    before(async () => {
        pack = await PackProcess.start(PACK_DIR, { project: "test" });
        await pack.getAnalyzerInfo();
        await pack.configure({});
    });
    after(async () => pack?.close());

    for (const c of cases) {
        const mine = (r: { diagnostics: { policyName: string; message: string }[] }) =>
            r.diagnostics.filter((d) => d.policyName === c.policy.name);
        it(`${c.policy.name}: compliant passes, each mutation fails`, async () => {
            const ok = await pack.analyze({ type: c.type, name: "ok", properties: structuredClone(c.compliant) });
            assert.deepStrictEqual(mine(ok), [], "compliant fixture");
            for (const m of c.mutations) {
                const props = structuredClone(c.compliant);
                m.mutate(props);
                const got = mine(await pack.analyze({ type: c.type, name: "bad", properties: props }));
                assert.strictEqual(got.length, 1, `${m.title}: ${JSON.stringify(got)}`);
                assert.match(got[0].message, m.expect, m.title);
            }
        });
    }

    for (const c of stackCases) {
        it(`${c.policy.name} (stack): compliant passes, each mutation fails`, async () => {
            const toInput = (rs: ReturnType<typeof c.compliant>) =>
                rs.map((r) => ({
                    type: r.type,
                    name: r.name,
                    urn: r.urn ?? urnOf(r.type, r.name, "dev", "test"),
                    properties: r.props,
                    parent: r.parent,
                    dependencies: r.dependencies,
                    propertyDependencies: r.propertyDependencies,
                }));
            const mine = (r: { diagnostics: { policyName: string; message: string }[] }) =>
                r.diagnostics.filter((d) => d.policyName === c.policy.name);
            assert.deepStrictEqual(mine(await pack.analyzeStack(toInput(c.compliant()))), [], "compliant stack");
            for (const m of c.mutations) {
                const stack = c.compliant();
                m.mutate(stack);
                const got = mine(await pack.analyzeStack(toInput(stack)));
                assert.ok(
                    got.some((d) => m.expect.test(d.message)),
                    `${m.title}: ${JSON.stringify(got.map((d) => d.message))}`,
                );
            }
        });
    }
});
