// The least-privilege policies on documents we did not write: the IAM test fixtures of Checkov's
// CKV_AWS_286-290 (bridgecrewio/checkov, tests/terraform/checks/resource/aws/example_IAM*/main.tf),
// each document re-expressed as an `aws.iam.Policy` in a stack with a SageMaker endpoint, and the
// verdict compared with Checkov's expected pass/fail; then documents from cloudsplaining's own
// tests. Recorded per fixture: path and commit. Also: no finding in a stack without SageMaker or Bedrock resources.

import * as assert from "assert";
import type { GuardPolicy } from "../../policies/core/policy";
import { iamPolicyNoCredentialsExposure } from "../../policies/iam/iam-policy-no-credentials-exposure";
import { iamPolicyNoDataExfiltration } from "../../policies/iam/iam-policy-no-data-exfiltration";
import { iamPolicyNoPrivilegeEscalation } from "../../policies/iam/iam-policy-no-privilege-escalation";
import { iamPolicyNoUnscopedPermissionsManagement } from "../../policies/iam/iam-policy-no-unscoped-permissions-management";
import { iamPolicyNoUnscopedWriteActions } from "../../policies/iam/iam-policy-no-unscoped-write-actions";
import { iamPolicyNoWildcardActions } from "../../policies/iam/iam-policy-no-wildcard-actions";
import { compliantStack } from "../cases/iam-least-privilege";
import { runStack, StackResourceCase } from "../harness";

/** The six least-privilege policies on IAM documents. */
const LEAST_PRIVILEGE: GuardPolicy[] = [
    iamPolicyNoWildcardActions,
    iamPolicyNoUnscopedWriteActions,
    iamPolicyNoUnscopedPermissionsManagement,
    iamPolicyNoPrivilegeEscalation,
    iamPolicyNoCredentialsExposure,
    iamPolicyNoDataExfiltration,
];

const allow = (Action: string[], Resource: string) => ({ Effect: "Allow", Action, Resource });
const lambdaDynamo = allow(["lambda:CreateFunction", "lambda:CreateEventSourceMapping", "dynamodb:CreateTable"], "*");

interface Fixture {
    check: string;
    path: string;
    commit: string;
    policy: GuardPolicy;
    /** Checkov's expected verdict per document. */
    documents: { name: string; fails: boolean; statements: object[] }[];
}

const BASE = "tests/terraform/checks/resource/aws";
const FIXTURES: Fixture[] = [
    {
        check: "CKV_AWS_286",
        path: `${BASE}/example_IAMPrivilegeEscalation/main.tf`,
        commit: "147a3095b8e651d25cd6201cc9b05d22c0754f61",
        policy: iamPolicyNoPrivilegeEscalation,
        documents: [
            { name: "privilege_escalation", fails: true, statements: [allow(["iam:UpdateLoginProfile"], "*")] },
            { name: "passing", fails: false, statements: [allow(["lambda:CreateFunction"], "s3")] },
        ],
    },
    {
        check: "CKV_AWS_287",
        path: `${BASE}/example_IAMCredentialsExposure/main.tf`,
        commit: "3557ea7746df5b077098b0285319cbd1c3656486",
        policy: iamPolicyNoCredentialsExposure,
        documents: [
            { name: "allowed_action", fails: false, statements: [allow(["ecr:GetAuthorizationToken"], "*")] },
            { name: "allowed_action_ecr_public", fails: false, statements: [allow(["ecr-public:GetAuthorizationToken"], "*")] },
            {
                name: "deny",
                fails: false,
                statements: [
                    {
                        Effect: "Deny",
                        Action: ["*"],
                        Resource: "*",
                        Condition: { NotIpAddress: { "aws:SourceIp": "1.2.3.4/16" }, Bool: { "aws:ViaAWSService": "false" } },
                    },
                ],
            },
            { name: "pass", fails: false, statements: [lambdaDynamo] },
            { name: "fail", fails: true, statements: [allow(["s3:GetObject", "iam:CreateAccessKey"], "*")] },
        ],
    },
    {
        check: "CKV_AWS_288",
        path: `${BASE}/example_IAMDataExfiltration/main.tf`,
        commit: "943b6cd04fe98b7f787aaba3d7655b0b56d478b6",
        policy: iamPolicyNoDataExfiltration,
        documents: [
            { name: "pass", fails: false, statements: [lambdaDynamo] },
            {
                name: "fail",
                fails: true,
                statements: [
                    allow(
                        [
                            "iam:PassRole",
                            "ssm:GetParameter",
                            "s3:GetObject",
                            "ssm:GetParameters",
                            "ssm:GetParametersByPath",
                            "secretsmanager:GetSecretValue",
                            "s3:PutObject",
                            "ec2:CreateTags",
                        ],
                        "*",
                    ),
                ],
            },
        ],
    },
    {
        check: "CKV_AWS_289",
        path: `${BASE}/example_IAMPermissionsManagement/main.tf`,
        commit: "c9ea87f7427ed4333636cd887a4729dbd5604578",
        policy: iamPolicyNoUnscopedPermissionsManagement,
        documents: [
            { name: "pass", fails: false, statements: [allow(["s3:*"], "arn:aws:s3:::example")] },
            { name: "fail", fails: true, statements: [allow(["iam:*"], "*")] },
        ],
    },
    {
        check: "CKV_AWS_290",
        path: `${BASE}/example_IAMWriteAccess/main.tf`,
        commit: "89d1b46f67dd6dfb73f4ecb59056668009adfcb4",
        policy: iamPolicyNoUnscopedWriteActions,
        documents: [
            { name: "restrictable", fails: false, statements: [allow(["s3:*"], "arn:aws:s3:::bucket")] },
            { name: "unrestrictable", fails: false, statements: [allow(["xray:PutTelemetryRecords", "xray:PutTraceSegments"], "*")] },
            { name: "fail", fails: true, statements: [allow(["s3:*"], "*")] },
        ],
    },
];

/**
 * Documents from cloudsplaining's own tests (salesforce/cloudsplaining, test/scanning/test_policy_document.py
 * @05d9b9c70f91edf281b68c1411baf2bd2f923b3f), the library behind CKV_AWS_286-290, with its expected
 * verdict per check. One known difference, from the data's age: cloudsplaining's data rates
 * `iam:PassRole` Permissions management, AWS's current data rates it Write.
 */
const CLOUDSPLAINING: { name: string; statements: object[]; fails: GuardPolicy[]; passes: GuardPolicy[] }[] = [
    {
        name: "ssm:GetParameters and ecr:PutImage on *, iam:CreateAccessKey on the caller's own user",
        statements: [
            allow(["ssm:GetParameters", "ecr:PutImage"], "*"),
            allow(["iam:CreateAccessKey"], "arn:aws:iam::*:user/${aws:username}"),
        ],
        fails: [iamPolicyNoUnscopedWriteActions, iamPolicyNoDataExfiltration],
        passes: [iamPolicyNoCredentialsExposure, iamPolicyNoPrivilegeEscalation, iamPolicyNoUnscopedPermissionsManagement],
    },
    {
        name: "iam:PassRole with Lambda and DynamoDB creation on *",
        statements: [
            allow(
                ["iam:PassRole", "lambda:CreateFunction", "lambda:CreateEventSourceMapping", "dynamodb:CreateTable", "dynamodb:PutItem"],
                "*",
            ),
        ],
        fails: [iamPolicyNoPrivilegeEscalation],
        passes: [iamPolicyNoDataExfiltration, iamPolicyNoCredentialsExposure],
    },
    {
        name: "Deny NotAction iam:* without MFA",
        statements: [
            {
                Effect: "Deny",
                NotAction: "iam:*",
                Resource: "*",
                Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
            },
        ],
        fails: [],
        passes: LEAST_PRIVILEGE,
    },
    {
        name: "s3:PutObject and ec2:CreateTags (Tagging) among read actions on *",
        statements: [allow(["s3:GetObject", "s3:PutObject", "ec2:CreateTags"], "*")],
        fails: [iamPolicyNoUnscopedWriteActions, iamPolicyNoDataExfiltration],
        passes: [iamPolicyNoUnscopedPermissionsManagement, iamPolicyNoCredentialsExposure],
    },
];

const ENDPOINT: StackResourceCase = { type: "aws:sagemaker/endpoint:Endpoint", name: "ml", props: {} };
const policyResource = (name: string, statements: object[]): StackResourceCase => ({
    type: "aws:iam/policy:Policy",
    name,
    props: { policy: JSON.stringify({ Version: "2012-10-17", Statement: statements }) },
});

describe("least-privilege policies on Checkov's and cloudsplaining's IAM fixtures (data we did not write)", () => {
    let agree = 0;
    let total = 0;
    for (const f of FIXTURES) {
        for (const d of f.documents) {
            it(`${f.check} ${d.name}: Checkov ${d.fails ? "fails" : "passes"} it, and so does ${f.policy.name}`, () => {
                const r = runStack(f.policy, [ENDPOINT, policyResource(d.name, d.statements)]);
                total++;
                if (r.violations.length > 0 === d.fails) agree++;
                assert.strictEqual(r.violations.length > 0, d.fails, JSON.stringify(r.violations));
            });
        }
    }
    for (const c of CLOUDSPLAINING) {
        for (const [p, fails] of [...c.fails.map((p) => [p, true] as const), ...c.passes.map((p) => [p, false] as const)]) {
            it(`cloudsplaining: ${c.name}: ${p.name} ${fails ? "fails" : "passes"} it`, () => {
                const r = runStack(p, [ENDPOINT, policyResource("doc", c.statements)]);
                total++;
                if (r.violations.length > 0 === fails) agree++;
                assert.strictEqual(r.violations.length > 0, fails, JSON.stringify(r.violations));
            });
        }
    }
    after(() => console.log(`      agreement with Checkov's and cloudsplaining's fixtures: ${agree}/${total} verdicts`));
});

describe("least-privilege policies outside ML stacks", () => {
    const policies = LEAST_PRIVILEGE;
    const everything = [
        { Effect: "Allow", Action: ["iam:*", "s3:*", "dynamodb:PutItem", "secretsmanager:GetSecretValue", "iam:PassRole"], Resource: "*" },
    ];
    for (const p of policies) {
        it(`${p.name}: nothing in a stack without SageMaker or Bedrock resources, a finding once one is added`, () => {
            const stack = compliantStack().filter((x) => !x.type.startsWith("aws:sagemaker/"));
            stack.push(policyResource("broad", everything));
            assert.deepStrictEqual(runStack(p, stack).violations, []);
            stack.push(ENDPOINT);
            assert.strictEqual(runStack(p, stack).violations.length, 1);
        });
    }
});
