// Fuzz: every policy in the catalog over generated inputs, through the real SDK wrapping (the
// unknown-checking proxy). Properties: no exception escapes, no fail-closed "could not evaluate"
// line (that would be a policy bug), no "can't run during preview" line, results deterministic, a
// canary secret never appears in a message, and the work of one evaluation (characters scanned by
// regular expressions, string steps, reads of the input) stays linear in the input's size: counted,
// not timed, so the tier passes on a busy machine. Regex backtracking is guarded by
// test/unit/regex-backtracking.spec.ts. `npm test` runs FUZZ_RUNS (default 120) cases per policy and
// type, and FUZZ_WIDE_RUNS (default FUZZ_RUNS / 6) per type for the policies that judge more than
// WIDE_TYPES types; set them higher for a longer run (README, Development).
// The tier is cut into SHARDS spec files (policies-<n>.fuzz.spec.ts), each taking every SHARDS-th policy and type,
// so that `mocha --parallel` keeps both cores busy; each file calls describeFuzz with its shard.

import * as assert from "assert";
import fc from "fast-check";
import { catalog } from "../../policies/catalog";
import { loadCases } from "../cases";
import { CANARY, harness, runResource, runStack, StackResourceCase, UNKNOWN_SENTINELS } from "../harness";
import { setPath } from "../policy-cases";
import { countReads, loadDetectorsLazyData, measureWork, sizeOf } from "../work-counter";

// Seeds differ per run, so coverage accumulates over runs.
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const STACK_RUNS = Math.max(10, Math.floor(RUNS / 5));
/**
 * The text scans (hygiene-*) judge every type with free text, about 160, by one scanner whose only
 * per-type part is the list of fields: FUZZ_RUNS per type spent 95% of the tier on them (1,000 of its
 * 1,250 cases), so they get FUZZ_WIDE_RUNS per type, still thousands of cases per policy.
 */
const WIDE_TYPES = 20;
const WIDE_RUNS = Number(process.env.FUZZ_WIDE_RUNS ?? Math.max(5, Math.ceil(RUNS / 6)));

/**
 * Work allowed per unit of input size (see work-counter.ts), and a fixed allowance for the policies'
 * own constants. The largest ratio seen over 40 runs of every policy and type (38,660 evaluations)
 * was 14; a scan that restarts at every position of a 10,000-character string is 10,000.
 */
const WORK_PER_UNIT = 200;
const WORK_FIXED = 100_000;

const { cases, stackCases } = loadCases();

const sentinel = fc.constantFrom(...Object.values(UNKNOWN_SENTINELS));
const malformedJson = fc.constantFrom(
    '{"Version":"2012-10-17","Statement":[',
    '{"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}',
    '{"Statement":[{"Effect":"Allow","Action":["s3:*",null,5],"Resource":{"a":1}}]}',
    '{"Statement":[{"Effect":"Deny","NotAction":"*","NotResource":[]}]}',
    "null",
    "[]",
    '"just a string"',
    `{"Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"*","Condition":{"StringEquals":{"x":"${CANARY}"}}}]}`,
);
const hugeString = fc.integer({ min: 10_000, max: 200_000 }).map((n) => "a".repeat(n) + CANARY);
const adversarial = fc.constantFrom(
    "http://" + "a".repeat(5000),
    "s3://" + "b/".repeat(5000),
    "-".repeat(20000) + "BEGIN PRIVATE KEY",
    "1".repeat(10000),
    "=".repeat(10000),
    "@".repeat(10000) + ".com",
    "arn:aws:iam::" + "1".repeat(5000),
);
const leaf: fc.Arbitrary<unknown> = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ maxLength: 40 }).map((s) => s + CANARY),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(""),
    sentinel,
    malformedJson,
    adversarial,
    fc.constantFrom("Enabled", "Disabled", "*", "true", "false", "0.0.0.0/0", "::/0", "alias/aws/s3", "2", "VpcOnly"),
);
const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
    v: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        leaf,
        fc.array(tie("v"), { maxLength: 4 }),
        fc.dictionary(fc.constantFrom("a", "kmsKeyId", "Statement", "Action", "Resource", "policy", "tags", "value", "0"), tie("v"), {
            maxKeys: 4,
        }),
    ),
})).v;
const deep = fc.integer({ min: 50, max: 400 }).map((n) => {
    let node: unknown = CANARY;
    for (let i = 0; i < n; i++) node = i % 2 ? [node] : { a: node };
    return node;
});
const bigArray = fc.integer({ min: 1000, max: 20000 }).map((n) => Array.from({ length: n }, (_, i) => (i % 7 ? `s${i}` : { k: i })));

/** Every path in a fixture (objects and list elements), so mutations land where the policy reads. */
function pathsOf(node: unknown, prefix = "", out: string[] = []): string[] {
    if (node !== null && typeof node === "object") {
        for (const [k, v] of Object.entries(node)) {
            const p = prefix ? `${prefix}.${k}` : k;
            out.push(p);
            pathsOf(v, p, out);
        }
    }
    return out;
}

/** Runs `fn` and fails when its work is more than linear in `input`'s size allows. */
function linear<T>(input: unknown, fn: () => T): T {
    const { result, work } = measureWork(fn);
    const total = work.regexChars + work.stringSteps + work.reads;
    const size = sizeOf(input);
    assert.ok(total <= WORK_PER_UNIT * size + WORK_FIXED, `work ${total} for an input of size ${size}: ${JSON.stringify(work)}`);
    return result;
}

function assertSafe(messages: string[], cantRun: string[]): void {
    assert.deepStrictEqual(cantRun, []);
    for (const m of messages) {
        assert.ok(!m.includes(CANARY), `message leaks a value: ${m.slice(0, 300)}`);
        assert.ok(!/could not evaluate/.test(m), `policy failed closed: ${m.slice(0, 400)}`);
    }
}

const typesPerPolicy = new Map<string, number>();
for (const c of cases) typesPerPolicy.set(c.policy.name, (typesPerPolicy.get(c.policy.name) ?? 0) + 1);

/** The fuzz tier's share `shard` (0-based) of `shards`: every shards-th resource case and stack policy. */
export function describeFuzz(shard: number, shards: number): void {
    before(() => {
        harness.checkInputsUnchanged = false;
        harness.wrapProps = countReads;
        // A generated `…curl…` once made the first policy run pay the rule data's load: paid here instead.
        loadDetectorsLazyData();
    });
    after(() => {
        harness.checkInputsUnchanged = true;
        harness.wrapProps = (props) => props;
    });

    describe(`fuzz ${shard + 1}/${shards}: every resource policy (${RUNS} runs per policy and type; ${WIDE_RUNS} for those of more than ${WIDE_TYPES} types)`, function () {
        this.timeout(0);
        for (const c of cases.filter((_, i) => i % shards === shard)) {
            const paths = pathsOf(c.compliant);
            const runs = typesPerPolicy.get(c.policy.name)! > WIDE_TYPES ? WIDE_RUNS : RUNS;
            it(`${c.policy.name} on ${c.type}`, () => {
                const mutation = fc.tuple(
                    fc.constantFrom(...(paths.length ? paths : ["x"]), "tags", "unrelated.deep.path"),
                    fc.oneof(
                        { weight: 6, arbitrary: value },
                        { weight: 1, arbitrary: hugeString },
                        { weight: 1, arbitrary: deep },
                        { weight: 1, arbitrary: bigArray },
                    ),
                );
                fc.assert(
                    fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), (muts, fromEmpty) => {
                        const props: Record<string, unknown> = fromEmpty ? {} : structuredClone(c.compliant);
                        for (const [p, v] of muts) setPath(props, p, v);
                        const first = linear(props, () => runResource(c.policy, { type: c.type, props, config: c.config }));
                        assertSafe(first.violations, first.cantRun);
                        const again = runResource(c.policy, { type: c.type, props, config: c.config });
                        assert.deepStrictEqual(again.violations, first.violations, "deterministic");
                    }),
                    { numRuns: runs },
                );
            });
        }
    });

    describe(`fuzz ${shard + 1}/${shards}: every stack policy (${STACK_RUNS} generated stacks each)`, function () {
        this.timeout(0);
        const stackPolicies = catalog.filter((p) => p.kind === "stack").filter((_, i) => i % shards === shard);
        const tokens = [...new Set([...cases.map((c) => c.type), ...stackCases.flatMap((s) => s.compliant().map((r) => r.type))])];
        const resource = fc.record({
            type: fc.constantFrom(...(tokens.length ? tokens : ["aws:s3/bucket:Bucket"])),
            name: fc.constantFrom("a", "b", "c", "d", "dup"),
            props: fc.dictionary(
                fc.constantFrom("vpcId", "subnetId", "bucket", "role", "policy", "kmsKeyId", "serviceName", "tags", "name", "arn"),
                value,
                {
                    maxKeys: 5,
                },
            ),
        });
        for (const p of stackPolicies) {
            const seeds = stackCases.filter((s) => s.policy.name === p.name);
            it(p.name, () => {
                fc.assert(
                    fc.property(fc.array(resource, { maxLength: 25 }), fc.nat(), (generated, seed) => {
                        const base: StackResourceCase[] = seeds.length ? seeds[seed % seeds.length].compliant() : [];
                        const stack: StackResourceCase[] = [
                            ...base,
                            ...generated.map((r) => ({ ...r, props: r.props as Record<string, unknown> })),
                        ];
                        const urns = stack.map((r) => r.urn ?? `urn:pulumi:dev::test::${r.type}::${r.name}`);
                        stack.forEach((r, i) => {
                            r.dependencies = [urns[(i + seed) % urns.length], "urn:pulumi:dev::test::aws:x/y:Z::dangling"];
                            r.propertyDependencies = { vpcId: [urns[(i * 7 + seed) % urns.length]], bucket: ["urn:dangling"] };
                            if (i % 3 === 0) r.parent = urns[(i + 1) % urns.length];
                        });
                        const run = linear(stack, () => runStack(p, stack));
                        assertSafe(run.violations, run.cantRun);
                        assert.deepStrictEqual(runStack(p, stack).violations, run.violations, "deterministic");
                    }),
                    { numRuns: STACK_RUNS },
                );
            });
        }
    });
}
