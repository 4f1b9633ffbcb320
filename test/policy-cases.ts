// The unit tests every resource policy gets, from one table per policy: a compliant fixture passes;
// each single mutation fails with the expected message; unknown values at the given paths give no
// violation and no "can't run" line; a canary secret never appears in a message; wrong shapes and
// unknown sentinels of every kind at every top-level input do not throw.

import * as assert from "assert";
import type { GuardPolicy } from "../policies/core/policy";
import { CANARY, runResource, RunResult, runStack, StackResourceCase, UNKNOWN, UNKNOWN_SENTINELS } from "./harness";

type Props = Record<string, unknown>;

export interface Mutation {
    /** Test title: what the mutation does. */
    title: string;
    mutate: (props: Props) => void;
    /** Expected violation message (regex on the message after the description). */
    expect: RegExp;
}

export interface PolicyCases {
    policy: GuardPolicy;
    type: string;
    compliant: Props;
    mutations: Mutation[];
    /** Paths (dot form) that, set to an unknown, still give no violation. */
    unknownPaths?: string[];
    /** More compliant variants (e.g. other valid values), each must pass. */
    alsoCompliant?: { title: string; mutate: (props: Props) => void }[];
    config?: Record<string, unknown>;
}

export function setPath(obj: Props, path: string, value: unknown): void {
    const parts = path.split(".");
    let cur: Record<string, unknown> = obj;
    for (const p of parts.slice(0, -1)) {
        if (cur[p] === null || typeof cur[p] !== "object") cur[p] = /^\d+$/.test(p) ? [] : {};
        cur = cur[p] as Record<string, unknown>;
    }
    cur[parts[parts.length - 1]] = value;
}

export function deletePath(obj: Props, path: string): void {
    const parts = path.split(".");
    let cur: unknown = obj;
    for (const p of parts.slice(0, -1)) {
        if (cur === null || typeof cur !== "object") return;
        cur = (cur as Record<string, unknown>)[p];
    }
    if (cur !== null && typeof cur === "object") delete (cur as Record<string, unknown>)[parts[parts.length - 1]];
}

function withCanary(node: unknown): unknown {
    if (typeof node === "string") return node === UNKNOWN ? node : `${node}${CANARY}`;
    if (Array.isArray(node)) return node.map(withCanary);
    if (node !== null && typeof node === "object") {
        return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withCanary(v)]));
    }
    return node;
}

function assertClean(r: RunResult): void {
    assert.deepStrictEqual(r.cantRun, [], 'no "can\'t run during preview" line');
    for (const m of r.violations) assert.ok(!m.includes(CANARY), `message leaks a value: ${m}`);
}

export function describePolicy(c: PolicyCases): void {
    const run = (props: Props) => runResource(c.policy, { type: c.type, props, config: c.config });
    const fresh = (): Props => structuredClone(c.compliant);

    describe(c.policy.name, () => {
        it("passes the compliant fixture", () => {
            const r = run(fresh());
            assertClean(r);
            assert.deepStrictEqual(r.violations, []);
            assert.strictEqual(r.notApplicable, undefined);
        });

        for (const v of c.alsoCompliant ?? []) {
            it(`passes: ${v.title}`, () => {
                const props = fresh();
                v.mutate(props);
                const r = run(props);
                assertClean(r);
                assert.deepStrictEqual(r.violations, []);
            });
        }

        for (const m of c.mutations) {
            it(`fails: ${m.title}`, () => {
                const props = fresh();
                m.mutate(props);
                const r = run(props);
                assertClean(r);
                assert.strictEqual(r.violations.length, 1, `expected one violation, got ${JSON.stringify(r.violations)}`);
                assert.match(r.violations[0], m.expect);
                assert.match(r.violations[0], /\nFix: .+/);
                assert.match(r.violations[0], /\nDocs: https:\/\/\S+\/docs\/policies\/[a-z0-9-]+\.md$/);
            });

            it(`never echoes a (secret) value: ${m.title}`, () => {
                const props = fresh();
                m.mutate(props);
                assertClean(run(withCanary(props) as Props));
            });
        }

        for (const p of c.unknownPaths ?? []) {
            it(`unknown ${p} gives no violation and no "can't run" line`, () => {
                const props = fresh();
                setPath(props, p, UNKNOWN);
                const r = run(props);
                assertClean(r);
                assert.deepStrictEqual(r.violations, []);
            });
        }

        it("does not apply to other resource types", () => {
            // A type the policy does not target (multi-type policies may target S3 buckets).
            const targets = c.policy.kind === "resource" ? c.policy.resources : {};
            const other = ["aws:s3/bucket:Bucket", "aws:ec2/instance:Instance"].find((t) => !(t in targets))!;
            const r = runResource(c.policy, { type: other, props: fresh() });
            assert.deepStrictEqual(r.violations, []);
            assert.deepStrictEqual(r.cantRun, []);
            if (Object.keys(targets).length === 1) assert.ok(r.notApplicable, "the SDK reports a single-type policy as not applicable");
        });

        const shapes: [string, unknown][] = [
            ["a string", "x"],
            ["null", null],
            ["a number", 42],
            ["a boolean", true],
            ["an empty list", []],
            ["an empty object", {}],
            ["a nested list", [[{ a: [null] }]]],
            ...Object.entries(UNKNOWN_SENTINELS).map(([k, s]): [string, unknown] => [`unknown ${k}`, s]),
        ];
        it("never throws on wrong shapes or unknown sentinels at any top-level input", () => {
            for (const key of Object.keys(c.compliant)) {
                for (const [, value] of shapes) {
                    const props = fresh();
                    props[key] = value;
                    const r = run(props);
                    assert.deepStrictEqual(r.cantRun, []);
                    for (const msg of r.violations) assert.doesNotMatch(msg, /could not evaluate/, `${key}=${JSON.stringify(value)}`);
                }
            }
            const r = runResource(c.policy, { type: c.type, props: {} });
            assert.deepStrictEqual(r.cantRun, []);
        });
    });
}

export interface StackMutation {
    title: string;
    mutate: (stack: StackResourceCase[]) => void;
    /** Expected message of (one of) the violations. */
    expect: RegExp;
    /** Name of the resource the matching violation must be attributed to (omit: the stack). */
    resource?: string;
    /** Why this mutation has no audit-shape equivalent (it tests a value that is unknown only at preview). */
    previewOnly?: string;
}

export interface StackCases {
    policy: GuardPolicy;
    /** A compliant stack as at a first preview: every ID and ARN created in the stack unknown. */
    compliant: () => StackResourceCase[];
    mutations: StackMutation[];
    /** More compliant variants of the stack, each must pass. */
    alsoCompliant?: { title: string; mutate: (stack: StackResourceCase[]) => void }[];
    config?: Record<string, unknown>;
}

export function findResource(stack: StackResourceCase[], name: string): StackResourceCase {
    const r = stack.find((x) => x.name === name);
    if (!r) throw new Error(`fixture has no resource named ${name}`);
    return r;
}

export function describeStackPolicy(c: StackCases): void {
    const run = (stack: StackResourceCase[]) => runStack(c.policy, stack, c.config);
    describe(`${c.policy.name} (stack)`, () => {
        it("passes the compliant stack (IDs unknown, as at a first preview)", () => {
            const r = run(c.compliant());
            assertClean(r);
            assert.deepStrictEqual(r.violations, []);
        });
        for (const v of c.alsoCompliant ?? []) {
            it(`passes: ${v.title}`, () => {
                const stack = c.compliant();
                v.mutate(stack);
                const r = run(stack);
                assertClean(r);
                assert.deepStrictEqual(r.violations, []);
            });
        }
        for (const m of c.mutations) {
            it(`fails: ${m.title}`, () => {
                const stack = c.compliant();
                m.mutate(stack);
                const r = run(stack);
                assertClean(r);
                const i = r.violations.findIndex((v) => m.expect.test(v));
                assert.ok(i >= 0, `expected a violation matching ${m.expect}, got ${JSON.stringify(r.violations)}`);
                const want = m.resource ? urnOfCase(stack, m.resource) : "";
                assert.strictEqual(r.urns[i], want, "attributed to the right resource");
                const canaried = c.compliant();
                m.mutate(canaried);
                assertClean(run(canaried.map((x) => ({ ...x, props: withCanary(x.props) as Props }))));
            });
        }
        it("never throws on wrong shapes, unknowns, dangling dependencies or duplicate URNs", () => {
            const base = c.compliant();
            for (let i = 0; i < base.length; i++) {
                for (const key of Object.keys(base[i].props)) {
                    for (const value of ["x", null, 7, [], {}, UNKNOWN_SENTINELS.object, UNKNOWN_SENTINELS.array]) {
                        const stack = c.compliant();
                        stack[i].props[key] = value;
                        const r = run(stack);
                        assert.deepStrictEqual(r.cantRun, []);
                        for (const msg of r.violations) assert.doesNotMatch(msg, /could not evaluate/);
                    }
                }
            }
            const odd = c.compliant();
            odd.push({ ...odd[0], props: {} });
            odd.forEach((x) => (x.dependencies = [...(x.dependencies ?? []), "urn:pulumi:dev::test::aws:x/y:Z::missing"]));
            const r = run(odd);
            for (const msg of r.violations) assert.doesNotMatch(msg, /could not evaluate/);
        }).timeout(60_000); // one full stack run per (resource, input, shape): hundreds of runs for a reference stack
    });
}

function urnOfCase(stack: StackResourceCase[], name: string): string {
    const r = findResource(stack, name);
    return r.urn ?? `urn:pulumi:dev::test::${r.type}::${r.name}`;
}
