// Case tables of the iam-ml-role-* resource policies, the single-resource halves of the four
// workload-role stack policies (policies/iam/role-halves.ts). Each judges an aws.iam.Role whose own
// trust policy names SageMaker or Bedrock, by what it holds itself: its inline policies and the
// AWS-managed policies its managedPolicyArns name. For each policy: a compliant role SageMaker
// assumes, each failure in its second inline policy or its managedPolicyArns, the same under a
// Bedrock or AgentCore trust; and the same failure in a role whose trust names no ML service, which
// is the stack policy's (not applicable here). The stack policies' tables are in iam-stack.ts.
// Also iam-human-role-mfa-own-policy, the half of iam-human-role-mfa: a role people assume without
// MFA whose own inline policies or AWS-managed ARNs reach SageMaker or Bedrock.

import type { GuardPolicy } from "../../policies/core/policy";
import { iamHumanRoleMfaOwnPolicy } from "../../policies/iam/iam-human-role-mfa-own-policy";
import { iamMlRoleLeastPrivilege } from "../../policies/iam/iam-ml-role-least-privilege";
import { iamMlRoleNoFullAccessPolicy } from "../../policies/iam/iam-ml-role-no-full-access-policy";
import { iamMlRolePassroleScoped } from "../../policies/iam/iam-ml-role-passrole-scoped";
import { iamMlRoleS3Scoped } from "../../policies/iam/iam-ml-role-s3-scoped";
import type { PolicyCases } from "../policy-cases";

type St = Record<string, unknown>;
type Props = Record<string, unknown>;

export const json = (...Statement: St[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const allow = (Action: string | string[], Resource: unknown = "*"): St => ({ Effect: "Allow", Action, Resource });
export const trust = (service: string) => json({ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" });
export const managed = (name: string) => `arn:aws:iam::aws:policy/${name}`;
export const inline = (...docs: St[][]) => docs.map((st, i) => ({ name: `p${i}`, policy: json(...st) }));

/** Right for all four policies: read the training data, invoke one endpoint. */
export const RIGHT = (): St[] => [
    allow(["s3:GetObject", "s3:ListBucket"], ["arn:aws:s3:::training-data", "arn:aws:s3:::training-data/*"]),
    allow("sagemaker:InvokeEndpoint", ["arn:aws:sagemaker:us-east-1:111122223333:endpoint/churn"]),
];

/** A role SageMaker assumes, with a right inline policy and a read-only AWS-managed policy. */
export const compliantRole = (): Props => ({
    assumeRolePolicy: trust("sagemaker.amazonaws.com"),
    inlinePolicies: inline(RIGHT()),
    managedPolicyArns: [managed("AmazonSageMakerReadOnly")],
});

/** A failure in what the role holds itself; `expect` given how the message names the role. */
interface Failure {
    title: string;
    own: Props;
    expect: (role: string) => RegExp;
}

const BY = (service: string) => `Role \`[^\`]+\` \\(assumable by ${service.replace(/\./g, "\\.")}\\)`;
const SM = BY("sagemaker.amazonaws.com");

function tables(policy: GuardPolicy, failures: Failure[]): PolicyCases {
    return {
        policy,
        type: "aws:iam/role:Role",
        compliant: compliantRole(),
        mutations: [
            ...failures.map((f) => ({ title: f.title, mutate: (p: Props) => void Object.assign(p, f.own), expect: f.expect(SM) })),
            ...["bedrock.amazonaws.com", "bedrock-agentcore.amazonaws.com"].map((service) => ({
                title: `${failures[0].title}, a role ${service} assumes`,
                mutate: (p: Props) => void Object.assign(p, failures[0].own, { assumeRolePolicy: trust(service) }),
                expect: failures[0].expect(BY(service)),
            })),
        ],
        alsoCompliant: [
            ...failures.map((f) => ({
                title: `${f.title}, in a role Lambda assumes (a workload role only by its use: the stack policy's)`,
                mutate: (p: Props) => void Object.assign(p, f.own, { assumeRolePolicy: trust("lambda.amazonaws.com") }),
            })),
            {
                title: "a role SageMaker assumes that holds nothing itself (what reaches it through attachments is the stack policy's)",
                mutate: (p: Props) => void Object.assign(p, { inlinePolicies: [], managedPolicyArns: [] }),
            },
            {
                title: "a customer policy's ARN in managedPolicyArns (its document is another resource: the stack policy's)",
                mutate: (p: Props) => void (p.managedPolicyArns = ["arn:aws:iam::111122223333:policy/wide"]),
            },
        ],
        // The trust policy unknown at preview (no evidence: the stack policy's, the half judges at
        // update) has no audit shape: test/unit/iam-ml-roles.spec.ts.
        unknownPaths: ["assumeRolePolicy", "inlinePolicies", "inlinePolicies.0.policy", "managedPolicyArns", "managedPolicyArns.0"],
    };
}

export const cases: PolicyCases[] = [
    tables(iamMlRoleLeastPrivilege, [
        {
            title: "an inline policy of * on *",
            own: { inlinePolicies: inline(RIGHT(), [allow("*")]) },
            expect: (role) =>
                new RegExp(
                    `${role} is allowed every action \\(\`\\*\` or \`NotAction\`\\) on every resource by inline policy \`inlinePolicies\\[1\\]\`, statement #1\\.`,
                ),
        },
        {
            title: "an inline policy of sagemaker:* on *",
            own: { inlinePolicies: inline([RIGHT()[0], allow("sagemaker:*")]) },
            expect: (role) =>
                new RegExp(
                    `${role} is allowed all actions of a service \\(\`service:\\*\`\\) on every resource by inline policy \`inlinePolicies\\[0\\]\`, statement #2\\.`,
                ),
        },
        {
            title: "AdministratorAccess in managedPolicyArns",
            own: { managedPolicyArns: [managed("AmazonSageMakerReadOnly"), managed("AdministratorAccess")] },
            expect: (role) =>
                new RegExp(
                    `${role} gets the AWS-managed \`AdministratorAccess\` policy through \`managedPolicyArns\\[1\\]\`: the workload could do anything`,
                ),
        },
    ]),
    tables(iamMlRolePassroleScoped, [
        {
            title: "an inline iam:PassRole on *",
            own: { inlinePolicies: inline(RIGHT(), [allow("iam:PassRole")]) },
            expect: (role) =>
                new RegExp(
                    `${role} may pass any role \\(\`iam:PassRole\` on \`\\*\`\\) by inline policy \`inlinePolicies\\[1\\]\`, statement #1: it can hand`,
                ),
        },
        {
            title: "an inline iam:Pass* on every role of the account",
            own: { inlinePolicies: inline([...RIGHT(), allow("IAM:Pass*", "arn:aws:iam::111122223333:role/*")]) },
            expect: (role) => new RegExp(`${role} may pass any role .* by inline policy \`inlinePolicies\\[0\\]\`, statement #3`),
        },
        {
            title: "AdministratorAccess in managedPolicyArns",
            own: { managedPolicyArns: [managed("AdministratorAccess")] },
            expect: (role) =>
                new RegExp(
                    `${role} may pass any role \\(\`iam:PassRole\` on \`\\*\`\\) through the AWS-managed \`AdministratorAccess\` policy \\(\`managedPolicyArns\\[0\\]\`\\)`,
                ),
        },
    ]),
    tables(iamMlRoleS3Scoped, [
        {
            title: "an inline s3:GetObject on *",
            own: { inlinePolicies: inline(RIGHT(), [allow("s3:GetObject")]) },
            expect: (role) =>
                new RegExp(`${role} is allowed S3 actions on every bucket by inline policy \`inlinePolicies\\[1\\]\`, statement #1\\.`),
        },
        {
            title: "an inline s3:Get* on arn:aws:s3:::*/*",
            own: { inlinePolicies: inline([allow("s3:Get*", ["arn:aws:s3:::*/*"])]) },
            expect: (role) =>
                new RegExp(`${role} is allowed S3 actions on every bucket by inline policy \`inlinePolicies\\[0\\]\`, statement #1\\.`),
        },
    ]),
    tables(iamMlRoleNoFullAccessPolicy, [
        {
            title: "AmazonSageMakerFullAccess in managedPolicyArns",
            own: { managedPolicyArns: [managed("AmazonSageMakerFullAccess")] },
            expect: (role) =>
                new RegExp(
                    `${role} gets the AWS-managed \`AmazonSageMakerFullAccess\` policy through \`managedPolicyArns\\[0\\]\`: it allows`,
                ),
        },
        {
            title: "AmazonBedrockFullAccess beside a read-only policy",
            own: { managedPolicyArns: [managed("AmazonSageMakerReadOnly"), managed("AmazonBedrockFullAccess")] },
            expect: (role) =>
                new RegExp(`${role} gets the AWS-managed \`AmazonBedrockFullAccess\` policy through \`managedPolicyArns\\[1\\]\``),
        },
    ]),
];

const MFA = { Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } };
const people = (principal: unknown, extra: St = {}) => json({ Effect: "Allow", Principal: principal, Action: "sts:AssumeRole", ...extra });
const STUDIO = () => [allow("sagemaker:CreatePresignedDomainUrl", "arn:aws:sagemaker:us-east-1:111122223333:user-profile/*")];
const NO_MFA =
    /Role `[^`]+` reaches SageMaker or Bedrock, and `assumeRolePolicy` statement #1 lets people \(an account, its root or IAM users\) assume it without MFA/;

cases.push({
    policy: iamHumanRoleMfaOwnPolicy,
    type: "aws:iam/role:Role",
    compliant: { assumeRolePolicy: people({ AWS: "arn:aws:iam::111122223333:root" }, MFA), inlinePolicies: inline(STUDIO()) },
    mutations: [
        {
            title: "the account's root without MFA, the role's own inline policy opening Studio",
            mutate: (p) => void (p.assumeRolePolicy = people({ AWS: "arn:aws:iam::111122223333:root" })),
            expect: NO_MFA,
        },
        {
            title: "a user with BoolIfExists (not enforcing)",
            mutate: (p) =>
                void (p.assumeRolePolicy = people(
                    { AWS: ["arn:aws:iam::111122223333:user/alice"] },
                    { Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "true" } } },
                )),
            expect: NO_MFA,
        },
        {
            title: "an account id without MFA, AmazonBedrockFullAccess in its own managedPolicyArns",
            mutate: (p) =>
                void Object.assign(p, {
                    assumeRolePolicy: people({ AWS: "111122223333" }),
                    inlinePolicies: [],
                    managedPolicyArns: [managed("AmazonBedrockFullAccess")],
                }),
            expect: NO_MFA,
        },
        {
            title: "the second trust statement without MFA, an inline bedrock:InvokeModel",
            mutate: (p) =>
                void Object.assign(p, {
                    assumeRolePolicy: json(
                        { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" },
                        { Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sts:AssumeRole" },
                    ),
                    inlinePolicies: inline([allow("bedrock:InvokeModel", "arn:aws:bedrock:us-east-1::foundation-model/x")]),
                }),
            expect: /Role `[^`]+` reaches SageMaker or Bedrock, and `assumeRolePolicy` statement #2 lets people/,
        },
    ],
    alsoCompliant: [
        {
            title: "no MFA, but nothing the role holds itself reaches SageMaker or Bedrock (the stack policy's, through its joins)",
            mutate: (p) =>
                void Object.assign(p, {
                    assumeRolePolicy: people({ AWS: "arn:aws:iam::111122223333:root" }),
                    inlinePolicies: inline([allow("s3:GetObject", "arn:aws:s3:::reports/*")]),
                }),
        },
        {
            title: "a SAML-federated role without an MFA condition (the identity provider enforces it)",
            mutate: (p) =>
                void (p.assumeRolePolicy = json({
                    Effect: "Allow",
                    Principal: { Federated: "arn:aws:iam::111122223333:saml-provider/corp" },
                    Action: "sts:AssumeRoleWithSAML",
                })),
        },
        { title: "a role SageMaker assumes (no people)", mutate: (p) => void (p.assumeRolePolicy = trust("sagemaker.amazonaws.com")) },
    ],
    unknownPaths: ["assumeRolePolicy", "inlinePolicies", "inlinePolicies.0.policy", "managedPolicyArns"],
});
