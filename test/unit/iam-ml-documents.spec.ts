// The split of the identity-document policies (policies/iam/document-halves.ts): what makes a
// document evidently ML (decided from its own resource), why the resource halves say "not
// applicable" on the others, that both halves word a finding the same way, and that every document
// of a stack is judged by exactly one of the two.

import * as assert from "assert";
import { iamServiceKeys, parsePolicyDocument, Statement } from "../../policies/core/iam";
import type { GuardPolicy } from "../../policies/core/policy";
import { catalog } from "../../policies/catalog";
import { isEvidentlyMl, namesMlAction } from "../../policies/iam/common";
import { runResource, runStack, StackResourceCase, UNKNOWN } from "../harness";
import { json, ML_OK } from "../cases/iam-ml-documents";
import { trustsMlService } from "../../policies/core/network";

type St = Record<string, unknown>;
const statements = (...st: St[]): readonly Statement[] => {
    const d = parsePolicyDocument(json(...st));
    assert.strictEqual(d.kind, "ok");
    return (d as { statements: readonly Statement[] }).statements;
};
const allow = (Action: unknown, Resource: unknown = "*"): St => ({ Effect: "Allow", Action, Resource });

/** The seven pairs: the stack half and its resource half, by name. */
const PAIRS: [GuardPolicy, GuardPolicy][] = catalog
    .filter((p) => p.kind === "stack" && p.resourceHalf?.startsWith("iam-ml-policy-"))
    .map((s) => [s, catalog.find((r) => r.name === (s.kind === "stack" ? s.resourceHalf : ""))!]);

describe("identity documents: evidently ML, from the document's own resource", () => {
    it("seven stack policies have a resource half, with their level, severity, controls and fix", () => {
        assert.deepStrictEqual(PAIRS.map(([s]) => s.name).sort(), [
            "iam-policy-no-bedrock-api-key-creation",
            "iam-policy-no-credentials-exposure",
            "iam-policy-no-data-exfiltration",
            "iam-policy-no-privilege-escalation",
            "iam-policy-no-unscoped-permissions-management",
            "iam-policy-no-unscoped-write-actions",
            "iam-policy-no-wildcard-actions",
        ]);
        for (const [s, r] of PAIRS) {
            assert.strictEqual(r.kind, "resource", r.name);
            assert.strictEqual(r.name, s.name.replace("iam-policy-", "iam-ml-policy-"));
            for (const k of ["severity", "enforcementLevel", "practice", "controls", "fix", "remediationSteps"] as const)
                assert.deepStrictEqual(r[k], s[k], `${r.name} ${k}`);
            assert.match(r.description, /the single-resource half of iam-policy-/);
        }
    });

    const cases: [string, St[], boolean][] = [
        ["sagemaker:InvokeEndpoint", [allow("sagemaker:InvokeEndpoint")], true],
        ["bedrock:InvokeModel in the second statement", [allow("s3:GetObject"), allow(["bedrock:InvokeModel"])], true],
        ["bedrock-agentcore:InvokeAgentRuntime", [allow("bedrock-agentcore:InvokeAgentRuntime")], true],
        ["SageMaker:List* (IAM actions are case-insensitive)", [allow("SageMaker:List*")], true],
        ["sagemaker*:* (a wildcard that starts with the service)", [allow("sagemaker*:*")], true],
        ["a NotAction naming bedrock:*", [{ Effect: "Allow", NotAction: "bedrock:*", Resource: "*" }], true],
        [
            "a Deny of a SageMaker action",
            [allow("s3:GetObject"), { Effect: "Deny", Action: "sagemaker:DeleteEndpoint", Resource: "*" }],
            true,
        ],
        ["* alone", [allow("*")], false],
        ["*:* and s*:*", [allow(["*:*", "s*:*"])], false],
        ["sagemakerx:Foo (not a SageMaker prefix)", [allow("sagemakerx:Foo")], false],
        ["sagemaker without an action part", [allow("sagemaker")], false],
        ["a SageMaker ARN in Resource, not an action", [allow("s3:GetObject", "arn:aws:sagemaker:us-east-1:1:endpoint/x")], false],
        [
            "iam:PassRole conditioned on sagemaker.amazonaws.com",
            [{ ...allow("iam:PassRole"), Condition: { StringEquals: { "iam:PassedToService": "sagemaker.amazonaws.com" } } }],
            false,
        ],
        ["an action unknown at preview", [allow([UNKNOWN, "s3:GetObject"])], false],
    ];
    for (const [title, st, want] of cases) {
        it(`${want ? "evidently ML" : "not evidently ML"}: ${title}`, () => {
            assert.strictEqual(isEvidentlyMl(statements(...st)), want);
        });
    }

    it("the service prefixes it takes, among AWS's data, are exactly SageMaker's and Bedrock's", () => {
        const taken = iamServiceKeys().filter((s) => namesMlAction(statements(allow(`${s}:X`))[0]));
        assert.deepStrictEqual([...taken].sort(), [
            "bedrock",
            "bedrock-agentcore",
            "bedrock-mantle",
            "bedrock-websearch",
            "sagemaker",
            "sagemaker-data-science-assistant",
            "sagemaker-geospatial",
            "sagemaker-mlflow",
            "sagemaker-unified-studio-mcp",
        ]);
    });

    it("a trust policy naming the SageMaker, Bedrock or AgentCore service principal (any case, China too) makes a role's inline policies evident", () => {
        const trust = (service: unknown, effect = "Allow") =>
            statements({ Effect: effect, Principal: { Service: service }, Action: "sts:AssumeRole" });
        for (const s of [
            "sagemaker.amazonaws.com",
            "Bedrock.amazonaws.com",
            "bedrock-agentcore.amazonaws.com",
            "sagemaker.amazonaws.com.cn",
        ])
            assert.ok(trustsMlService(trust(s)), s);
        for (const s of ["lambda.amazonaws.com", "datazone.amazonaws.com", UNKNOWN]) assert.ok(!trustsMlService(trust(s)), s);
        assert.ok(!trustsMlService(trust("sagemaker.amazonaws.com", "Deny")), "a Deny");
        assert.ok(isEvidentlyMl(statements(allow("s3:GetObject")), true));
    });
});

describe("identity documents: not applicable, with the reason, where the resource half does not judge", () => {
    const half = PAIRS.find(([s]) => s.name === "iam-policy-no-wildcard-actions")![1];
    const na = (type: string, props: Record<string, unknown>) => runResource(half, { type, props }).notApplicable;
    const plain = json(allow("dynamodb:GetItem", ["arn:aws:dynamodb:us-east-1:1:table/t"]));
    const stackJudges = "iam-policy-no-wildcard-actions judges it in a stack with SageMaker or Bedrock resources";

    it("a document that names no ML action, on each type with one document", () => {
        for (const [type, prop] of [
            ["aws:iam/policy:Policy", "policy"],
            ["aws:iam/rolePolicy:RolePolicy", "policy"],
            ["aws:iam/userPolicy:UserPolicy", "policy"],
            ["aws:iam/groupPolicy:GroupPolicy", "policy"],
            ["aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy", "inlinePolicy"],
        ])
            assert.strictEqual(na(type, { [prop]: plain }), `the document names no SageMaker or Bedrock action: ${stackJudges}`, type);
    });

    it("a document unknown at preview, missing or malformed", () => {
        assert.strictEqual(na("aws:iam/policy:Policy", { policy: UNKNOWN }), "its policy document is unknown until apply (judged then)");
        for (const props of [{}, { policy: "{ nope" }])
            assert.strictEqual(
                na("aws:iam/policy:Policy", props),
                "no policy document to judge (a missing or malformed one is iam-policy-document-no-admin's finding)",
            );
    });

    it("a role: no ML inline policy and no ML trust, its trust unknown, its inline policies unknown or absent", () => {
        const role = "aws:iam/role:Role";
        const lambda = json({ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" });
        assert.strictEqual(
            na(role, { assumeRolePolicy: lambda, inlinePolicies: [{ name: "a", policy: plain }] }),
            `no inline policy names a SageMaker or Bedrock action and the role's trust policy names no SageMaker or Bedrock service principal: ${stackJudges}`,
        );
        assert.strictEqual(
            na(role, { assumeRolePolicy: UNKNOWN, inlinePolicies: [{ name: "a", policy: plain }] }),
            `no inline policy names a SageMaker or Bedrock action and the role's trust policy is unknown until apply: ${stackJudges}`,
        );
        assert.strictEqual(
            na(role, { assumeRolePolicy: lambda, inlinePolicies: UNKNOWN }),
            "its inline policies are unknown until apply (judged then)",
        );
        assert.strictEqual(
            na(role, { assumeRolePolicy: lambda, inlinePolicies: [{ name: "a", policy: UNKNOWN }] }),
            "its inline policies are unknown until apply (judged then)",
        );
        assert.strictEqual(na(role, { assumeRolePolicy: lambda }), "no inline policy document to judge");
    });

    it("judged (not 'not applicable') when evidently ML", () => {
        assert.strictEqual(na("aws:iam/policy:Policy", { policy: json(ML_OK()) }), undefined);
    });
});

describe("identity documents: each document judged by exactly one half, in the same words", () => {
    const ENDPOINT: StackResourceCase = { type: "aws:sagemaker/endpoint:Endpoint", name: "ml", props: {} };
    const role = (name: string, service: string, policy: string): StackResourceCase => ({
        type: "aws:iam/role:Role",
        name,
        props: {
            assumeRolePolicy: json({ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" }),
            inlinePolicies: [{ name: "p", policy }],
        },
    });
    const policy = (name: string, doc: string): StackResourceCase => ({ type: "aws:iam/policy:Policy", name, props: { policy: doc } });
    /** Fails every one of the seven policies. */
    const bad = (): St[] => [
        allow(["dynamodb:*", "s3:GetObject", "iam:CreateAccessKey", "iam:PutRolePolicy", "iam:CreatePolicyVersion"]),
        allow("iam:CreateServiceSpecificCredential"),
    ];
    const stack = (): StackResourceCase[] => [
        ENDPOINT,
        policy("plain", json(...bad())),
        policy("ml-by-action", json(ML_OK(), ...bad())),
        role("ml-by-trust", "sagemaker.amazonaws.com", json(...bad())),
        role("lambda", "lambda.amazonaws.com", json(...bad())),
    ];
    const documents = ["Policy `plain`", "Policy `ml-by-action`", "Role `ml-by-trust` inline", "Role `lambda` inline"];

    for (const [s, r] of PAIRS) {
        it(`${s.name} / ${r.name}`, () => {
            const fromStack = runStack(s, stack()).violations;
            const fromResources = stack().flatMap((x) => runResource(r, { type: x.type, name: x.name, props: x.props }).violations);
            const firstLine = (m: string) => m.split("\n")[0];
            for (const d of documents) {
                const n = [...fromStack, ...fromResources].filter((m) => firstLine(m).startsWith(d)).length;
                assert.ok(n >= 1, `${d}: judged`);
                const byStack = fromStack.some((m) => firstLine(m).startsWith(d));
                const byResource = fromResources.some((m) => firstLine(m).startsWith(d));
                assert.ok(byStack !== byResource, `${d}: exactly one half (stack ${byStack}, resource ${byResource})`);
                assert.strictEqual(byResource, d.includes("ml-by"), d);
            }
            // The same document judged by either half reads the same: the ML-by-trust role's inline policy under a Lambda trust
            // is the stack half's, with the same label once the role has the same name.
            const sameDoc = [ENDPOINT, role("r", "lambda.amazonaws.com", json(...bad()))];
            const viaStack = runStack(s, sameDoc).violations.map(firstLine);
            const mlRole = role("r", "sagemaker.amazonaws.com", json(...bad()));
            const viaResource = runResource(r, { type: mlRole.type, name: mlRole.name, props: mlRole.props }).violations.map(firstLine);
            assert.ok(viaStack.length > 0);
            assert.deepStrictEqual(viaResource, viaStack);
        });
    }
});
