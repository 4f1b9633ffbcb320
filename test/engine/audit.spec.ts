// Audit mode: every case table again, in the shape Pulumi Cloud audit policy groups and
// `pulumi policy analyze` give the pack (outputs with the provider's computed `id`, `arn` and names,
// every value known, no dependencies or property dependencies; test/audit-shape.ts), through the
// real pack over the analyzer protocol. The verdicts must be those of the preview shape: the
// compliant fixture and its variants pass, each mutation fails with the expected message, on the
// same resource. Joins must therefore work from ids, ARNs and names alone.

import * as assert from "assert";
import { PACK_DIR, PackProcess, urnOf } from "../../cli/analyzer";
import { auditResource, auditStack } from "../audit-shape";
import { loadCases } from "../cases";
import type { StackResourceCase } from "../harness";

const { cases, stackCases } = loadCases();

/** How many verdicts this tier asserts, per kind (printed at the end, for the record). */
const counted = { resourceTables: 0, resourceVerdicts: 0, stackTables: 0, stackVerdicts: 0, previewOnly: 0 };

describe("engine: audit shape (outputs only, no dependencies), same verdicts", function () {
    let pack: PackProcess;
    before(async () => {
        pack = await PackProcess.start(PACK_DIR, { project: "test" });
        await pack.getAnalyzerInfo();
        await pack.configure({});
    });
    after(async () => {
        await pack?.close();
        console.log(`      audit shape: ${JSON.stringify(counted)}`);
    });

    const withConfig = async (name: string, config: Record<string, unknown> | undefined, run: () => Promise<void>) => {
        if (config) await pack.configure({ [name]: config });
        try {
            await run();
        } finally {
            if (config) await pack.configure({});
        }
    };

    for (const c of cases) {
        it(`${c.policy.name} on ${c.type}: compliant and variants pass, each mutation fails`, async () => {
            const mine = (r: { diagnostics: { policyName: string; message: string }[] }) =>
                r.diagnostics.filter((d) => d.policyName === c.policy.name);
            const analyze = async (props: Record<string, unknown>) =>
                mine(await pack.analyze({ type: c.type, name: "res", properties: auditResource(c.type, "res", props) }));
            await withConfig(c.policy.name, c.config, async () => {
                counted.resourceTables++;
                const variants = [{ title: "compliant", mutate: () => undefined }, ...(c.alsoCompliant ?? [])];
                for (const v of variants) {
                    const props = structuredClone(c.compliant);
                    v.mutate(props);
                    assert.deepStrictEqual(await analyze(props), [], v.title);
                    counted.resourceVerdicts++;
                }
                for (const m of c.mutations) {
                    const props = structuredClone(c.compliant);
                    m.mutate(props);
                    const got = await analyze(props);
                    assert.strictEqual(got.length, 1, `${m.title}: ${JSON.stringify(got.map((d) => d.message))}`);
                    assert.match(got[0].message, m.expect, m.title);
                    counted.resourceVerdicts++;
                }
            });
        });
    }

    for (const c of stackCases) {
        it(`${c.policy.name} (stack): compliant and variants pass, each mutation fails on the same resource`, async () => {
            const toInput = (rs: StackResourceCase[]) =>
                auditStack(rs).map((r) => ({
                    type: r.type,
                    name: r.name,
                    urn: r.urn ?? urnOf(r.type, r.name, "dev", "test"),
                    properties: r.props,
                }));
            const mine = (r: { diagnostics: { policyName: string; message: string; urn: string }[] }) =>
                r.diagnostics.filter((d) => d.policyName === c.policy.name);
            await withConfig(c.policy.name, c.config, async () => {
                counted.stackTables++;
                const variants = [{ title: "compliant", mutate: () => undefined }, ...(c.alsoCompliant ?? [])];
                for (const v of variants) {
                    const stack = c.compliant();
                    v.mutate(stack);
                    const got = mine(await pack.analyzeStack(toInput(stack)));
                    assert.deepStrictEqual(
                        got.map((d) => d.message.split("\n")[1]),
                        [],
                        v.title,
                    );
                    counted.stackVerdicts++;
                }
                for (const m of c.mutations) {
                    if (m.previewOnly) {
                        counted.previewOnly++;
                        continue;
                    }
                    const stack = c.compliant();
                    m.mutate(stack);
                    const got = mine(await pack.analyzeStack(toInput(stack)));
                    const hit = got.find((d) => m.expect.test(d.message));
                    assert.ok(hit, `${m.title}: ${JSON.stringify(got.map((d) => d.message.split("\n")[1]))}`);
                    if (m.resource) {
                        const r = stack.find((x) => x.name === m.resource)!;
                        assert.strictEqual(
                            hit.urn,
                            r.urn ?? urnOf(r.type, r.name, "dev", "test"),
                            `${m.title}: attributed to ${m.resource}`,
                        );
                    }
                    counted.stackVerdicts++;
                }
            });
        });
    }
});
