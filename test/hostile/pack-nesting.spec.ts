// Deeply nested inputs: every policy's walkers (text fields, IAM documents, stack joins, error
// redaction) are bounded, so 5,000 levels give the same verdicts as none, without a throw, and read
// no more of the input than 1,000 levels do (counted reads, not time).
// In-process through the SDK's wrapping for every policy (the gRPC transport itself cannot carry
// that depth: google-protobuf's recursive Struct decoder overflows the stack at about 1,400 object
// levels, before any policy code runs); over the analyzer protocol at a depth it carries.

import * as assert from "assert";
import { AnalyzeResult, PACK_DIR, PackProcess } from "../../cli/analyzer";
import { loadCases } from "../cases";
import type {
    PolicyResource,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
} from "@pulumi/policy";
import { unknownCheckingProxy } from "@pulumi/policy";
import { GuardPolicy, toPulumiPolicy } from "../../policies/core/policy";
import { runResource } from "../harness";
import { countReads, measureWork } from "../work-counter";

function nested(depth: number, leaf: unknown, array: boolean): unknown {
    let v = leaf;
    for (let i = 0; i < depth; i++) v = array ? [v] : { value: v };
    return v;
}

/** Deep values where the walkers descend: unknown properties, free text, environment maps. */
function deepProps(base: Record<string, unknown>, depth: number, array: boolean): Record<string, unknown> {
    const deep = (leaf: unknown) => nested(depth, leaf, array);
    return {
        ...base,
        extraDeep: deep("AKIAQX7Z2KD4M5N6P3RT"),
        description: deep("patient SSN 512-34-8871"),
        environment: { DEEP: deep("x") },
    };
}

const strip = (v: string[]) => v.map((m) => m.split("\n")[0]);

// The harness copies props with structuredClone, which itself overflows at this depth: these two
// run a policy as the SDK does (props behind unknownCheckingProxy), without the copy.
const urnOf = (type: string, name: string) => `urn:pulumi:dev::test::${type}::${name}`;

/** The reads `run` makes of an input 1,000 levels deep and of one 5,000 levels deep. */
function readsAtDepths(run: (depth: number) => void): [number, number] {
    const [a, b] = [1_000, 5_000].map((d) => measureWork(() => run(d)).work.reads);
    return [a, b];
}

function deepResource(p: GuardPolicy, type: string, props: unknown): string[] {
    const out: string[] = [];
    const policy = toPulumiPolicy(p) as ResourceValidationPolicy;
    const args = {
        type,
        name: "ok",
        urn: urnOf(type, "ok"),
        props: unknownCheckingProxy(countReads(props)),
        getConfig: () => ({}),
        notApplicable: () => {
            throw new Error("not applicable");
        },
    } as unknown as ResourceValidationArgs;
    for (const fn of [policy.validateResource!].flat()) fn(args, (m) => out.push(m));
    return out;
}

function deepStack(p: GuardPolicy, resources: { type: string; name: string; props: unknown }[]): string[] {
    const out: string[] = [];
    const policy = toPulumiPolicy(p) as StackValidationPolicy;
    const rs = resources.map(
        (r) =>
            ({
                type: r.type,
                name: r.name,
                urn: urnOf(r.type, r.name),
                props: unknownCheckingProxy(countReads(r.props)),
                dependencies: [],
                propertyDependencies: {},
            }) as unknown as PolicyResource,
    );
    // As the SDK does: a not-applicable answer (nothing in the policy's scope) is a throw it catches.
    const notApplicable = new Error("not applicable");
    const args = {
        resources: rs,
        getConfig: () => ({}),
        notApplicable: () => {
            throw notApplicable;
        },
    } as unknown as StackValidationArgs;
    try {
        policy.validateStack!(args, (m) => out.push(m));
    } catch (err) {
        if (err !== notApplicable) throw err;
    }
    return out;
}

describe("hostile (pack): nesting of 5,000 levels", function () {
    const { cases, stackCases } = loadCases();

    for (const array of [false, true]) {
        it(`every resource policy, ${array ? "arrays" : "objects"}: no throw, the verdict of the compliant fixture, no reads past the bound`, () => {
            for (const c of cases) {
                const base = runResource(c.policy, { type: c.type, name: "ok", props: structuredClone(c.compliant) });
                const got = deepResource(c.policy, c.type, deepProps(structuredClone(c.compliant), 5_000, array));
                const [reads1k, reads5k] = readsAtDepths((d) =>
                    deepResource(c.policy, c.type, deepProps(structuredClone(c.compliant), d, array)),
                );
                assert.strictEqual(reads5k, reads1k, `${c.policy.name}: ${reads1k} reads at 1,000 levels, ${reads5k} at 5,000`);
                assert.ok(!got.some((v) => /could not evaluate/.test(v)), `${c.policy.name}: ${got.join("\n")}`);
                // Text scans may find the planted credential / SSN if they reach it; everything else is unchanged.
                if (!c.policy.name.startsWith("hygiene-")) assert.deepStrictEqual(strip(got), strip(base.violations), c.policy.name);
            }
        });
    }

    it("every stack policy: no throw, no reads past the bound", () => {
        for (const c of stackCases) {
            const deep = (d: number) =>
                c.compliant().map((r) => ({ ...r, props: deepProps(r.props as Record<string, unknown>, d, false) }));
            const got = deepStack(c.policy, deep(5_000));
            const [reads1k, reads5k] = readsAtDepths((d) => deepStack(c.policy, deep(d)));
            assert.strictEqual(reads5k, reads1k, `${c.policy.name}: ${reads1k} reads at 1,000 levels, ${reads5k} at 5,000`);
            assert.ok(!got.some((v) => /could not evaluate/.test(v)), `${c.policy.name}: ${got.join("\n")}`);
        }
    });

    describe("over the analyzer protocol", () => {
        let pack: PackProcess;
        before(async () => {
            pack = await PackProcess.start(PACK_DIR);
            await pack.configureStack({});
            await pack.configure({});
        });
        after(async () => pack?.close());

        const NOTEBOOK = "aws:sagemaker/notebookInstance:NotebookInstance";
        const base = { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::111122223333:role/nb", directInternetAccess: "Disabled" };
        const policies = (r: AnalyzeResult) => r.diagnostics.map((d) => d.policyName).sort();

        it("a notebook with 100 levels of nesting gets the verdict of one without, plus the advisory that the text scan stopped", async () => {
            const want = policies(await pack.analyze({ type: NOTEBOOK, name: "nb", properties: base }));
            for (const array of [false, true]) {
                const r = await pack.analyze({
                    type: NOTEBOOK,
                    name: "nb",
                    properties: { ...base, tags: { Deep: "x" }, deep: nested(100, "x", array) },
                });
                // The hygiene walk stops at 64 levels (policies/hygiene/text-fields.ts) and says so.
                assert.deepStrictEqual(policies(r), [...want, "hygiene-not-fully-scanned"].sort());
            }
        });
    });
});
