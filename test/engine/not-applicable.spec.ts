// Not applicable, exactly. Every (policy, resource) pair ends in one of three answers the engine
// records: violated, not applicable, or passed, and Pulumi Cloud's compliance scores count them
// (pulumi/pulumi pkg/resource/analyzer/summary.go: passed = all policies of the kind minus disabled,
// not applicable and failed). So a policy that did not judge a resource must say "not applicable":
// this tier drives the real pack over the analyzer protocol on a mixed stack and asserts, for every
// policy, the exact set of not-applicable answers.
//
// - Resource policies (Analyze, per resource): not applicable exactly for the resources of a type
//   the policy does not target, and for the resources an exemption takes out.
// - Stack policies (AnalyzeStack, per stack: the protocol's not-applicable has no URN): not
//   applicable exactly when nothing in the stack is in the policy's scope.

import * as assert from "assert";
import { AnalyzeResult, PACK_DIR, PackProcess, ResourceInput, urnOf } from "../../cli/analyzer";
import { catalog } from "../../policies/catalog";
import { docOf, documentsOf, ownGrants, peopleStatements, trustIsEvidentlyMl } from "../../policies/iam/common";
import { reachesMl } from "../../policies/iam/iam-human-role-mfa";
import { list, read } from "../../policies/core/values";
import { loadCases } from "../cases";

const { cases, stackCases } = loadCases();
const resourcePolicies = catalog.filter((p) => p.kind === "resource");
const stackPolicies = catalog.filter((p) => p.kind === "stack");

const NOTEBOOK = "aws:sagemaker/notebookInstance:NotebookInstance";
const urn = (type: string, name: string) => urnOf(type, name, "dev", "test");

/** One compliant resource of every type the case tables cover, and two types no policy targets. */
function mixedStack(): ResourceInput[] {
    const byType = new Map<string, Record<string, unknown>>();
    for (const c of cases)
        if (!byType.has(c.type)) {
            byType.set(c.type, structuredClone(c.compliant));
            fixtureOf.set(c.type, c.policy.name);
        }
    byType.set("aws:ec2/instance:Instance", { ami: "ami-0abcdef1234567890", instanceType: "t3.micro" });
    byType.set("aws:lambda/function:Function", {
        runtime: "nodejs20.x",
        handler: "index.handler",
        role: "arn:aws:iam::111122223333:role/fn",
    });
    return [...byType].map(([type, properties], i) => ({ type, name: `r${i}`, urn: urn(type, `r${i}`), properties }));
}

/** The policy whose case table gave each type's fixture. */
const fixtureOf = new Map<string, string>();

/**
 * Policies that judge one kind of a type whose documents have kinds (an OpenSearch Serverless security
 * policy is an encryption or a network policy): on another policy's fixture of the type, the other kind,
 * they say not applicable.
 */
const ONE_KIND_OF_TYPE: ReadonlySet<string> = new Set([
    "opensearch-serverless-collection-kms-encryption",
    "opensearch-serverless-network-policy-no-public-access",
]);

/**
 * The single-resource halves of the identity-document policies (iam-ml-policy-*) judge a resource of
 * their types only when it holds a document that is evidently ML (policies/iam/common.ts, unit-tested
 * in test/unit/iam-ml-documents.spec.ts); on another policy's fixture without one, they say not applicable.
 */
const ML_DOCUMENTS_ONLY = (name: string) => name.startsWith("iam-ml-policy-");
/** A resource of the fixture as the policies read it. */
const holderOf = (r: ResourceInput) => ({
    type: r.type,
    name: r.name,
    urn: r.urn ?? "",
    get: (path: string) => read(r.properties, path),
    list: (path: string) => list(r.properties, path),
});
const holdsMlDocument = (r: ResourceInput) => documentsOf(holderOf(r)).some((d) => d.evidentlyMl);

/**
 * The single-resource halves of the workload-role policies (iam-ml-role-*) judge a role only when its
 * own trust policy names SageMaker or Bedrock and it holds an inline policy or an AWS-managed policy ARN
 * itself (policies/iam/role-halves.ts, unit-tested in test/unit/iam-ml-roles.spec.ts).
 */
const ML_ROLES_ONLY = (name: string) => name.startsWith("iam-ml-role-");
const holdsOwnOfMlRole = (r: ResourceInput) => {
    const role = holderOf(r);
    return trustIsEvidentlyMl(docOf(role.get("assumeRolePolicy"))) && ownGrants(role).length > 0;
};
/** iam-human-role-mfa-own-policy judges a role people assume whose own grants reach SageMaker or Bedrock. */
const HUMAN_ROLE_HALF = "iam-human-role-mfa-own-policy";
const peopleRoleReachingMl = (r: ResourceInput) => {
    const role = holderOf(r);
    return peopleStatements(docOf(role.get("assumeRolePolicy"))).length > 0 && reachesMl(ownGrants(role));
};

/** Exemptions in the policy config: policy -> the resource names it exempts. */
const EXEMPT: Record<string, string[]> = {
    "sagemaker-notebook-no-root-access": [],
    "hygiene-no-phi": [],
};

/** The policy names reported not applicable in one answer, sorted. */
const na = (r: AnalyzeResult) => r.notApplicable.map((n) => n.policyName).sort();

describe("engine: not applicable, exactly, for every policy", function () {
    let pack: PackProcess;
    const stack = mixedStack();
    const notebook = stack.find((r) => r.type === NOTEBOOK)!;
    const lambda = stack.find((r) => r.type === "aws:lambda/function:Function")!;
    EXEMPT["sagemaker-notebook-no-root-access"] = [notebook.name];
    EXEMPT["hygiene-no-phi"] = [notebook.name, lambda.name]; // the lambda: another type, not applicable anyway

    before(async () => {
        pack = await PackProcess.start(PACK_DIR, { project: "test" });
        await pack.getAnalyzerInfo();
        await pack.configure(
            Object.fromEntries(
                Object.entries(EXEMPT).map(([policy, names]) => [
                    policy,
                    { exemptions: names.map((n) => ({ resource: n, reason: "engine test", expires: "2099-12-31" })) },
                ]),
            ),
        );
    });
    after(async () => pack?.close());

    it("resource policies: not applicable exactly for other types and exempt resources, with a reason", async () => {
        let pairs = 0;
        let notApplicable = 0;
        for (const r of stack) {
            const got = await pack.analyze(r);
            const expected = resourcePolicies
                .filter(
                    (p) =>
                        !(r.type in p.resources) ||
                        (EXEMPT[p.name] ?? []).includes(r.name) ||
                        (ONE_KIND_OF_TYPE.has(p.name) &&
                            ONE_KIND_OF_TYPE.has(fixtureOf.get(r.type) ?? "") &&
                            fixtureOf.get(r.type) !== p.name) ||
                        (ML_DOCUMENTS_ONLY(p.name) && !holdsMlDocument(r)) ||
                        (ML_ROLES_ONLY(p.name) && !holdsOwnOfMlRole(r)) ||
                        (p.name === HUMAN_ROLE_HALF && !peopleRoleReachingMl(r)),
                )
                .map((p) => p.name)
                .sort();
            assert.deepStrictEqual(na(got), expected, `${r.type}`);
            for (const n of got.notApplicable) assert.ok(n.reason.length > 0, `${n.policyName} on ${r.type}: a reason`);
            for (const n of got.notApplicable) {
                if ((EXEMPT[n.policyName] ?? []).includes(r.name) && r.type !== lambda.type)
                    assert.match(n.reason, /^exempted until 2099-12-31: engine test$/, n.policyName);
            }
            // Not applicable and violated are exclusive.
            const failed = new Set(got.diagnostics.map((d) => d.policyName));
            for (const n of got.notApplicable) assert.ok(!failed.has(n.policyName), `${n.policyName} on ${r.type}: both`);
            pairs += resourcePolicies.length;
            notApplicable += expected.length;
        }
        assert.ok(notApplicable > pairs / 2, "most pairs of a mixed stack are not applicable");
        console.log(
            `      ${stack.length} resources x ${resourcePolicies.length} resource policies: ${notApplicable} of ${pairs} not applicable`,
        );
    });

    it("the policies that judge a notebook are exactly the notebook and text-hygiene ones", async () => {
        await pack.configure({});
        const got = await pack.analyze(notebook);
        const judged = resourcePolicies.map((p) => p.name).filter((n) => !na(got).includes(n));
        assert.deepStrictEqual(judged.sort(), [
            "hygiene-no-credentials",
            "hygiene-no-insecure-repository-urls",
            "hygiene-no-insecure-urls",
            "hygiene-no-phi",
            "hygiene-not-fully-scanned",
            "hygiene-possible-credentials",
            "hygiene-possible-phi",
            "sagemaker-notebook-imdsv2",
            "sagemaker-notebook-in-vpc",
            "sagemaker-notebook-kms-encryption",
            "sagemaker-notebook-no-direct-internet",
            "sagemaker-notebook-no-root-access",
            "sagemaker-notebook-supported-platform",
        ]);
        // The multi-type policies' reason: one text per policy (types listed up to three).
        const reason = got.notApplicable.find((n) => n.policyName === "kms-key-rotation-enabled")?.reason;
        assert.strictEqual(reason, "Policy only applies to resources of type 'aws:kms/key:Key', 'aws-native:kms:Key'");
    });

    it("stack policies: every one is not applicable, with a reason, on a stack with nothing in its scope", async () => {
        await pack.configure({});
        const got = await pack.analyzeStack([
            {
                type: "aws:ec2/instance:Instance",
                name: "vm",
                urn: urn("aws:ec2/instance:Instance", "vm"),
                properties: { instanceType: "t3.micro" },
            },
        ]);
        assert.deepStrictEqual(got.diagnostics, []);
        assert.deepStrictEqual(na(got), stackPolicies.map((p) => p.name).sort());
        for (const n of got.notApplicable) assert.ok(n.reason.length > 10, `${n.policyName}: a reason`);
    });

    // The notebook is reviewed, so stack-ml-types-not-reviewed judges it and passes.
    const JUDGE_A_NOTEBOOK = ["stack-ml-cloudtrail-present", "stack-ml-guardduty-present", "stack-ml-types-not-reviewed"];

    it("stack policies on a stack with only a notebook: all not applicable but the two that require a trail and a detector, and the review list", async () => {
        await pack.configure({});
        const got = await pack.analyzeStack([notebook]);
        const expectedJudged = ["stack-ml-cloudtrail-present", "stack-ml-guardduty-present"];
        assert.deepStrictEqual(
            na(got),
            stackPolicies
                .map((p) => p.name)
                .filter((n) => !JUDGE_A_NOTEBOOK.includes(n))
                .sort(),
        );
        assert.deepStrictEqual([...new Set(got.diagnostics.map((d) => d.policyName))].sort(), expectedJudged);
        const reasons = Object.fromEntries(got.notApplicable.map((n) => [n.policyName, n.reason]));
        assert.strictEqual(reasons["vpc-ml-flow-logs"], "no VPC in this stack hosts SageMaker or Bedrock resources");
        assert.strictEqual(reasons["s3-bucket-tls-only"], "no S3 bucket or bucket policy in this stack");
        assert.strictEqual(reasons["iam-policy-no-wildcard-actions"], "no IAM policy document in this stack");
    });

    it("stack policies: an organization-level trail or detector in the config makes the presence checks not applicable", async () => {
        await pack.configure({
            "stack-ml-cloudtrail-present": { organizationLevel: true },
            "stack-ml-guardduty-present": { organizationLevel: true },
        });
        try {
            const got = await pack.analyzeStack([notebook]);
            assert.deepStrictEqual(got.diagnostics, []);
            assert.deepStrictEqual(
                na(got),
                stackPolicies
                    .map((p) => p.name)
                    .filter((n) => n !== "stack-ml-types-not-reviewed")
                    .sort(),
            );
        } finally {
            await pack.configure({});
        }
    });

    for (const c of stackCases) {
        it(`${c.policy.name}: judged (not "not applicable") on its compliant stack`, async () => {
            if (c.config) await pack.configure({ [c.policy.name]: c.config });
            try {
                const rs = c.compliant().map((r) => ({ ...r, urn: r.urn ?? urn(r.type, r.name), properties: r.props }));
                const got = await pack.analyzeStack(rs);
                assert.ok(!na(got).includes(c.policy.name), JSON.stringify(got.notApplicable.find((n) => n.policyName === c.policy.name)));
                assert.ok(!got.diagnostics.some((d) => d.policyName === c.policy.name));
            } finally {
                if (c.config) await pack.configure({});
            }
        });
    }

    it("every stack policy has a case table (so the test above covers it)", () => {
        const covered = new Set(stackCases.map((c) => c.policy.name));
        assert.deepStrictEqual(
            stackPolicies.map((p) => p.name).filter((n) => !covered.has(n)),
            [],
        );
    });
});
