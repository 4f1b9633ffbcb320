// IAM documents of ordinary size that stalled AnalyzeStack (issue 24, item 1): every allowed action
// was matched against every Deny pattern (22,000 x 650), six stack policies analysed the same
// document anew, and a wildcard-service pattern tried all 22,000 actions of AWS's list. These
// count the work (comparisons, lookups, analyses), never the time: each document is analysed once
// per request, through the action index, within DOCUMENT_WORK_BUDGET; a document that needs more
// says so in the finding stream.

import * as assert from "assert";
import type { PolicyResource, StackValidationArgs, StackValidationPolicy } from "@pulumi/policy";
import { unknownCheckingProxy } from "@pulumi/policy";
import { catalog } from "../../policies/catalog";
import {
    coversAction,
    DOCUMENT_WORK_BUDGET,
    hasAnyCondition,
    iamServiceKeys,
    iamWorkStats,
    isWildcardResource,
    parsePolicyDocument,
    serviceActions,
    Statement,
    statementActions,
    unconstrainedActions,
} from "../../policies/core/iam";
import { toPulumiPolicy } from "../../policies/core/policy";
import { runResource } from "../harness";

const urnOf = (type: string, name: string) => `urn:pulumi:dev::test::${type}::${name}`;
const ROLE = "aws:iam/role:Role";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const NOTEBOOK = "aws:sagemaker/notebookInstance:NotebookInstance";

/** Every stack policy of the pack over ONE request's resources, as the SDK server runs them: the same deserialized props for all. */
function analyzeStack(resources: { type: string; name: string; props: Record<string, unknown>; deps?: Record<string, string[]> }[]) {
    const byUrn = new Map<string, PolicyResource>();
    const rs = resources.map((r) => {
        const pr = {
            type: r.type,
            name: r.name,
            urn: urnOf(r.type, r.name),
            props: unknownCheckingProxy(r.props),
            dependencies: [],
            propertyDependencies: {},
        } as unknown as PolicyResource;
        byUrn.set(pr.urn, pr);
        return pr;
    });
    resources.forEach((r, i) => {
        const pd: Record<string, PolicyResource[]> = {};
        for (const [k, urns] of Object.entries(r.deps ?? {})) pd[k] = urns.map((u) => byUrn.get(u)!);
        (rs[i] as unknown as { propertyDependencies: unknown }).propertyDependencies = pd;
    });
    const notApplicable = new Error("not applicable");
    const args = {
        resources: rs,
        getConfig: () => ({}),
        notApplicable: () => {
            throw notApplicable;
        },
    } as unknown as StackValidationArgs;
    const out: { policy: string; message: string }[] = [];
    for (const p of catalog.filter((x) => x.kind === "stack")) {
        try {
            (toPulumiPolicy(p) as StackValidationPolicy).validateStack(args, (m) =>
                out.push({ policy: p.name, message: m.split("\n")[0] }),
            );
        } catch (err) {
            if (err !== notApplicable) throw err; // a stack policy with nothing in its scope says so
        }
    }
    return out;
}

function stackWith(document: string) {
    const role = urnOf(ROLE, "sm-exec");
    return [
        {
            type: ROLE,
            name: "sm-exec",
            props: {
                assumeRolePolicy: JSON.stringify({
                    Statement: [{ Effect: "Allow", Principal: { Service: "sagemaker.amazonaws.com" }, Action: "sts:AssumeRole" }],
                }),
            },
        },
        { type: ROLE_POLICY, name: "sm-exec-inline", props: { role: "sm-exec", policy: document }, deps: { role: [role] } },
        { type: NOTEBOOK, name: "nb", props: { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::111122223333:role/sm-exec" } },
    ];
}

const allActions = () => iamServiceKeys().flatMap((s) => serviceActions(s) ?? []);
const chunks = (xs: string[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, k) => xs.slice(k * n, (k + 1) * n));
const statementsOf = (doc: string) => (parsePolicyDocument(doc) as { statements: readonly Statement[] }).statements;

/** The analysis as it was written before (every allowed action against every Deny): the reference for what the index must give. */
function naiveUnconstrained(statements: readonly Statement[]): string[] {
    const out = new Set<string>();
    for (const st of statements) {
        if (st.effect !== "Allow" || hasAnyCondition(st) || !isWildcardResource(st)) continue;
        for (const a of statementActions(st)) out.add(a.name);
    }
    for (const d of statements) {
        if (d.effect !== "Deny" || hasAnyCondition(d) || !isWildcardResource(d)) continue;
        for (const n of [...out]) if (coversAction(d, n) === true) out.delete(n);
    }
    return [...out].sort();
}

const delta = (before: typeof iamWorkStats) => ({
    matches: iamWorkStats.matches - before.matches,
    lookups: iamWorkStats.lookups - before.lookups,
    analyses: iamWorkStats.analyses - before.analyses,
});

describe("hostile (pack): IAM documents that stalled AnalyzeStack", function () {
    // A hang guard only (>= 10x the quiet-machine time): the assertions count operations.
    this.timeout(120_000);
    let deny650: string[];

    before(() => {
        // 650 named actions of AWS's list, spread over its services.
        const all = allActions();
        // No SageMaker or Bedrock action among them: the document stays the stack policies' (one that names
        // one is evidently ML, the resource halves' iam-ml-policy-*: the last test below).
        deny650 = all
            .filter((a) => !/^(sagemaker|bedrock)/.test(a.name))
            .filter((_, i) => i % 32 === 0)
            .slice(0, 650)
            .map((a) => a.name);
        assert.strictEqual(deny650.length, 650);
    });

    it("allow a*:* … z*:* on *, deny 650 named actions: one analysis for every stack policy, work linear in the document", () => {
        const doc = JSON.stringify({
            Version: "2012-10-17",
            Statement: [
                { Effect: "Allow", Action: "abcdefghijklmnopqrstuvwxyz".split("").map((c) => `${c}*:*`), Resource: "*" },
                { Effect: "Deny", Action: deny650, Resource: "*" },
            ],
        });
        assert.ok(doc.length < 24_000);
        const before = { ...iamWorkStats };
        const found = analyzeStack(stackWith(doc));
        const work = delta(before);
        assert.strictEqual(work.analyses, 1, "the six IAM stack policies share one analysis of the document");
        // 26 service-range patterns: one comparison per action of AWS's list (22,000); the 650 denies: one lookup each.
        assert.ok(work.matches < 2 * allActions().length, `${work.matches} comparisons`);
        assert.ok(work.lookups <= 2 * 650, `${work.lookups} lookups`);
        // Still judged: the document allows Write and Permissions-management actions on *.
        const policies = new Set(found.map((f) => f.policy));
        for (const p of [
            "iam-policy-no-unscoped-write-actions",
            "iam-policy-no-unscoped-permissions-management",
            "iam-policy-no-privilege-escalation",
        ])
            assert.ok(policies.has(p), `${p}: ${[...policies].join(", ")}`);
        assert.ok(!found.some((f) => /not fully analysed|could not evaluate/i.test(f.message)), found.map((f) => f.message).join("\n"));
    });

    it("gives what the pairwise analysis gives (deny by name, by wildcard, by NotAction)", () => {
        const doc = JSON.stringify({
            Statement: [
                { Effect: "Allow", Action: ["s*:*", "iam:Pass*", "ec2:*Instances"], Resource: "*" },
                {
                    Effect: "Deny",
                    Action: deny650.filter((a) => a.startsWith("s")).concat(["sagemaker:Create*", "s3:*Object"]),
                    Resource: "*",
                },
                { Effect: "Deny", NotAction: ["s*:*", "iam:*", "ec2:Run*", "ec2:Describe*"], Resource: "*" },
            ],
        });
        const sts = statementsOf(doc);
        const want = naiveUnconstrained(sts);
        assert.ok(want.length > 1_000, `${want.length}`);
        assert.deepStrictEqual([...unconstrainedActions(sts).keys()].sort(), want);
    });

    it("12,000 `*:qN` patterns (121 KB, under the pack's cap): one lookup each, no comparison with the action list", () => {
        const q = Array.from({ length: 12_000 }, (_, i) => `*:q${i}`);
        const doc = JSON.stringify({ Statement: chunks(q, 2_000).map((a) => ({ Effect: "Allow", Action: a, Resource: "*" })) });
        const before = { ...iamWorkStats };
        const found = analyzeStack(stackWith(doc));
        const work = delta(before);
        assert.strictEqual(work.analyses, 1);
        // Analysis, then iam-policy-no-wildcard-actions (the expansion cache keeps 5,000 patterns): at most two lookups a pattern.
        assert.ok(work.lookups <= 2 * 12_000, `${work.lookups} lookups`);
        assert.ok(work.matches <= 12_000, `${work.matches} comparisons`);
        assert.ok(!found.some((f) => /could not evaluate/i.test(f.message)));
    });

    it("patterns no index narrows (`*:*qN*`): stops at the document's budget and says so in the finding stream", () => {
        const q = Array.from({ length: 10_000 }, (_, i) => `*:*q${i}*`);
        const doc = JSON.stringify({ Statement: chunks(q, 2_000).map((a) => ({ Effect: "Allow", Action: a, Resource: "*" })) });
        const before = { ...iamWorkStats };
        const found = analyzeStack(stackWith(doc));
        const work = delta(before);
        assert.ok(work.matches <= DOCUMENT_WORK_BUDGET, `${work.matches} comparisons`);
        const note = found.filter((f) => /not fully analysed/.test(f.message));
        assert.strictEqual(note.length, 1, found.map((f) => f.message).join("\n"));
        assert.strictEqual(note[0].policy, "iam-policy-no-wildcard-actions");
        assert.match(note[0].message, /Role policy `sm-exec-inline`/);
    });

    it("the seven resource halves (iam-ml-policy-*) share one parse and one analysis of an evidently-ML document", () => {
        const doc = JSON.stringify({
            Version: "2012-10-17",
            Statement: [
                { Effect: "Allow", Action: "abcdefghijklmnopqrstuvwxyz".split("").map((c) => `${c}*:*`), Resource: "*" },
                { Effect: "Deny", Action: [...deny650, "sagemaker:DeleteEndpoint"], Resource: "*" },
            ],
        });
        const halves = catalog.filter((p) => p.name.startsWith("iam-ml-policy-"));
        assert.strictEqual(halves.length, 7);
        const before = { ...iamWorkStats };
        const found: string[] = [];
        for (const p of halves)
            found.push(
                ...runResource(p, { type: ROLE_POLICY, name: "sm-exec-inline", props: { role: "sm-exec", policy: doc } }).violations,
            );
        const work = delta(before);
        assert.strictEqual(work.analyses, 1, "one analysis for the seven policies");
        assert.ok(work.matches < 2 * allActions().length, `${work.matches} comparisons`);
        assert.ok(
            found.some((m) => /allows Permissions-management actions/.test(m)),
            found.join("\n"),
        );
        assert.ok(!found.some((m) => /not fully analysed|could not evaluate/i.test(m)), found.join("\n"));
    });
});
