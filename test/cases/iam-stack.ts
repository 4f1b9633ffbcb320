// Stack-level fixtures for the IAM stack policies: a compliant reference stack as a first preview
// sees it (every ID, ARN and generated name unknown; joins only through the engine's property
// dependencies), and one mutation at a time.

import { iamHumanPolicyMfa } from "../../policies/iam/iam-human-policy-mfa";
import { iamHumanRoleMfa } from "../../policies/iam/iam-human-role-mfa";
import { iamWorkloadRoleLeastPrivilege } from "../../policies/iam/iam-workload-role-least-privilege";
import { iamWorkloadRoleNoFullAccessPolicy } from "../../policies/iam/iam-workload-role-no-full-access-policy";
import { iamWorkloadRolePassroleScoped } from "../../policies/iam/iam-workload-role-passrole-scoped";
import { iamWorkloadRoleS3Scoped } from "../../policies/iam/iam-workload-role-s3-scoped";
import { StackResourceCase, UNKNOWN, urnFor } from "../harness";
import { findResource, StackCases, StackMutation } from "../policy-cases";

const T = {
    role: "aws:iam/role:Role",
    policy: "aws:iam/policy:Policy",
    rolePolicy: "aws:iam/rolePolicy:RolePolicy",
    rpa: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
    pa: "aws:iam/policyAttachment:PolicyAttachment",
    group: "aws:iam/group:Group",
    groupPolicy: "aws:iam/groupPolicy:GroupPolicy",
    user: "aws:iam/user:User",
    upa: "aws:iam/userPolicyAttachment:UserPolicyAttachment",
    key: "aws:kms/key:Key",
    bucket: "aws:s3/bucket:Bucket",
    notebook: "aws:sagemaker/notebookInstance:NotebookInstance",
    agent: "aws:bedrock/agentAgent:AgentAgent",
};

type Props = Record<string, unknown>;
const doc = (...Statement: object[]) => ({ Version: "2012-10-17", Statement });
const trust = (principal: object, extra: object = {}) => doc({ Effect: "Allow", Principal: principal, Action: "sts:AssumeRole", ...extra });
const MFA = { Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } };
const urn = (type: string, name: string) => urnFor(type, name);
const managed = (name: string) => `arn:aws:iam::aws:policy/${name}`;

const r = (type: string, name: string, props: Props, propertyDependencies: Record<string, string[]> = {}): StackResourceCase => ({
    type,
    name,
    props,
    propertyDependencies,
    dependencies: [...new Set(Object.values(propertyDependencies).flat())],
});

/** The reference stack: a SageMaker execution role, a Bedrock agent role, a person's role, a group. */
export function compliantStack(): StackResourceCase[] {
    const role = urn(T.role, "sm-exec");
    const agentRole = urn(T.role, "agent-exec");
    const kmsPolicy = urn(T.policy, "sm-exec-kms");
    const invoke = urn(T.policy, "invoke");
    const group = urn(T.group, "analysts");
    return [
        r(T.key, "phi", { enableKeyRotation: true }),
        r(T.bucket, "training", {}),
        r(T.role, "sm-exec", { assumeRolePolicy: JSON.stringify(trust({ Service: "sagemaker.amazonaws.com" })) }),
        r(
            T.rolePolicy,
            "sm-exec-s3",
            {
                role: UNKNOWN,
                policy: doc({ Effect: "Allow", Action: ["s3:GetObject", "s3:PutObject", "s3:ListBucket"], Resource: [UNKNOWN, UNKNOWN] }),
            },
            { role: [role], policy: [urn(T.bucket, "training")] },
        ),
        r(
            T.policy,
            "sm-exec-kms",
            { policy: doc({ Effect: "Allow", Action: ["kms:Decrypt", "kms:GenerateDataKey"], Resource: [UNKNOWN] }) },
            { policy: [urn(T.key, "phi")] },
        ),
        r(T.rpa, "sm-exec-kms-attach", { role: UNKNOWN, policyArn: UNKNOWN }, { role: [role], policyArn: [kmsPolicy] }),
        r(T.rpa, "sm-exec-ecr", { role: UNKNOWN, policyArn: managed("AmazonEC2ContainerRegistryReadOnly") }, { role: [role] }),
        r(
            T.notebook,
            "research",
            { instanceType: "ml.t3.medium", roleArn: UNKNOWN, kmsKeyId: UNKNOWN, directInternetAccess: "Disabled" },
            { roleArn: [role], kmsKeyId: [urn(T.key, "phi")] },
        ),
        r(T.role, "agent-exec", {
            assumeRolePolicy: JSON.stringify(
                trust({ Service: ["bedrock.amazonaws.com"] }, { Condition: { StringEquals: { "aws:SourceAccount": "111122223333" } } }),
            ),
            inlinePolicies: [
                {
                    name: "invoke",
                    policy: JSON.stringify(
                        doc({
                            Effect: "Allow",
                            Action: "bedrock:InvokeModel",
                            Resource: "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0",
                        }),
                    ),
                },
            ],
            managedPolicyArns: [],
        }),
        r(
            T.agent,
            "triage",
            { agentName: "triage", agentResourceRoleArn: UNKNOWN, foundationModel: "anthropic.claude-3-haiku" },
            { agentResourceRoleArn: [agentRole] },
        ),
        r(T.role, "data-scientist", {
            assumeRolePolicy: JSON.stringify(trust({ AWS: "arn:aws:iam::111122223333:root" }, MFA)),
            inlinePolicies: [
                {
                    name: "studio",
                    policy: JSON.stringify(
                        doc({
                            Effect: "Allow",
                            Action: "sagemaker:CreatePresignedDomainUrl",
                            Resource: "arn:aws:sagemaker:us-east-1:111122223333:user-profile/*",
                        }),
                    ),
                },
            ],
        }),
        r(T.role, "sso-analyst", {
            assumeRolePolicy: JSON.stringify(
                doc({
                    Effect: "Allow",
                    Principal: { Federated: "arn:aws:iam::111122223333:saml-provider/corp" },
                    Action: "sts:AssumeRoleWithSAML",
                }),
            ),
            managedPolicyArns: [managed("AmazonSageMakerReadOnly")],
        }),
        r(T.group, "analysts", { name: "analysts" }),
        r(
            T.groupPolicy,
            "analysts-studio",
            {
                group: UNKNOWN,
                policy: JSON.stringify(doc({ Effect: "Allow", Action: "sagemaker:CreatePresignedDomainUrl", Resource: "*", ...MFA })),
            },
            { group: [group] },
        ),
        r(T.policy, "invoke", {
            policy: JSON.stringify(
                doc(
                    { Effect: "Allow", Action: ["bedrock:InvokeModel", "bedrock:Converse"], Resource: "*" },
                    {
                        Effect: "Deny",
                        Action: "bedrock:*",
                        Resource: "*",
                        Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
                    },
                ),
            ),
        }),
        r(T.pa, "invoke-analysts", { name: "invoke", groups: [UNKNOWN], policyArn: UNKNOWN }, { groups: [group], policyArn: [invoke] }),
    ];
}

const props = (s: StackResourceCase[], name: string) => findResource(s, name).props;
const setPolicy = (name: string, policy: unknown) => (s: StackResourceCase[]) => void (props(s, name).policy = policy);
const add =
    (...rs: StackResourceCase[]) =>
    (s: StackResourceCase[]) =>
        void s.push(...rs);
const roleUrn = urn(T.role, "sm-exec");

const leastPrivilege: StackMutation[] = [
    {
        title: "RolePolicy (joined by property dependency) allows * on *",
        mutate: setPolicy("sm-exec-s3", doc({ Effect: "Allow", Action: "*", Resource: "*" })),
        expect: /Role `sm-exec` \(assumable by sagemaker\.amazonaws\.com\) is allowed every action .* by role policy `sm-exec-s3`, statement #1/,
        resource: "sm-exec-s3",
    },
    {
        title: "RolePolicy allows s3:* on *",
        mutate: setPolicy("sm-exec-s3", JSON.stringify(doc({ Effect: "Allow", Action: "S3:*", Resource: "*" }))),
        expect: /all actions of a service \(`service:\*`\) on every resource/,
        resource: "sm-exec-s3",
    },
    {
        title: "attached customer Policy (joined through policyArn) uses NotAction on *",
        mutate: setPolicy("sm-exec-kms", doc({ Effect: "Allow", NotAction: "iam:*", Resource: "*" })),
        expect: /is allowed every action \(`\*` or `NotAction`\) on every resource by the policy attached by `sm-exec-kms-attach`/,
        resource: "sm-exec-kms-attach",
    },
    {
        title: "AdministratorAccess through a RolePolicyAttachment",
        mutate: (s) => void (props(s, "sm-exec-ecr").policyArn = managed("AdministratorAccess")),
        expect: /gets the AWS-managed `AdministratorAccess` policy through the policy attached by `sm-exec-ecr`/,
        resource: "sm-exec-ecr",
    },
    {
        // The same in the managedPolicyArns of a role its trust policy names Bedrock in: iam-ml-role-least-privilege's (alsoCompliant).
        title: "AdministratorAccess in the managedPolicyArns of a role a workload role only by its use (the Bedrock agent's; trusts Lambda)",
        mutate: (s) =>
            void Object.assign(props(s, "agent-exec"), {
                assumeRolePolicy: JSON.stringify(trust({ Service: "lambda.amazonaws.com" })),
                managedPolicyArns: [managed("AdministratorAccess")],
            }),
        expect: /Role `agent-exec` \(used by a SageMaker or Bedrock resource\) gets the AWS-managed `AdministratorAccess` policy through `managedPolicyArns\[0\]`/,
        resource: "agent-exec",
    },
    {
        title: "inline policy * on * (role found through the Bedrock agent, trust policy unknown)",
        mutate: (s) => {
            const p = props(s, "agent-exec");
            p.assumeRolePolicy = UNKNOWN;
            p.inlinePolicies = [{ name: "all", policy: JSON.stringify(doc({ Effect: "Allow", Action: ["*"], Resource: ["*"] })) }];
        },
        expect: /Role `agent-exec` \(used by a SageMaker or Bedrock resource\) is allowed every action .* by inline policy `inlinePolicies\[0\]`/,
        resource: "agent-exec",
        previewOnly: "the trust policy is known in state (the role is then found through it, and the message says so)",
    },
    {
        title: "PolicyAttachment (roles) of AdministratorAccess",
        mutate: add(
            r(T.pa, "admins", { name: "admins", roles: [UNKNOWN], policyArn: managed("AdministratorAccess") }, { roles: [roleUrn] }),
        ),
        expect: /Role `sm-exec` .* gets the AWS-managed `AdministratorAccess` policy through the policy attached by `admins`/,
        resource: "admins",
    },
    {
        title: "RolePolicy joined by a known role name (no property dependency)",
        mutate: (s) => {
            props(s, "sm-exec").name = "sm-exec-role";
            s.push(
                r(T.rolePolicy, "by-name", {
                    role: "sm-exec-role",
                    policy: JSON.stringify(doc({ Effect: "Allow", Action: "sagemaker:*", Resource: "*" })),
                }),
            );
        },
        expect: /Role `sm-exec` .* all actions of a service .* by role policy `by-name`/,
        resource: "by-name",
    },
    {
        title: "managedPolicyArns naming a customer Policy of the stack (unknown ARN, property dependency)",
        mutate: (s) => {
            const p = props(s, "agent-exec");
            p.managedPolicyArns = [UNKNOWN];
            findResource(s, "agent-exec").propertyDependencies = { managedPolicyArns: [urn(T.policy, "wide")] };
            s.push(r(T.policy, "wide", { policy: JSON.stringify(doc({ Effect: "Allow", Action: "bedrock:*", Resource: "*" })) }));
        },
        // In state the ARN is known, and the message names the list element (`managedPolicyArns[0]`).
        expect: /Role `agent-exec` .* all actions of a service .* by `managedPolicyArns(\[0\])?`/,
        resource: "agent-exec",
    },
];

const passRole: StackMutation[] = [
    {
        title: "iam:PassRole on *",
        mutate: setPolicy(
            "sm-exec-s3",
            doc(
                { Effect: "Allow", Action: ["s3:GetObject"], Resource: [UNKNOWN] },
                { Effect: "Allow", Action: "iam:PassRole", Resource: "*" },
            ),
        ),
        expect: /Role `sm-exec` .* may pass any role \(`iam:PassRole` on `\*`\) by role policy `sm-exec-s3`, statement #2/,
        resource: "sm-exec-s3",
    },
    {
        title: "iam:Pass* on every role of the account",
        mutate: setPolicy(
            "sm-exec-kms",
            JSON.stringify(doc({ Effect: "Allow", Action: "IAM:Pass*", Resource: "arn:aws:iam::111122223333:role/*" })),
        ),
        expect: /may pass any role .* by the policy attached by `sm-exec-kms-attach`/,
        resource: "sm-exec-kms-attach",
    },
];

const fullAccess: StackMutation[] = [
    {
        title: "AmazonSageMakerFullAccess through a RolePolicyAttachment",
        mutate: (s) => void (props(s, "sm-exec-ecr").policyArn = managed("AmazonSageMakerFullAccess")),
        expect: /gets the AWS-managed `AmazonSageMakerFullAccess` policy/,
        resource: "sm-exec-ecr",
    },
    {
        // The same in the managedPolicyArns of a role its trust policy names Bedrock in: iam-ml-role-no-full-access-policy's (alsoCompliant).
        title: "AmazonBedrockFullAccess in the managedPolicyArns of a role a workload role only by its use (trusts Lambda)",
        mutate: (s) =>
            void Object.assign(props(s, "agent-exec"), {
                assumeRolePolicy: JSON.stringify(trust({ Service: "lambda.amazonaws.com" })),
                managedPolicyArns: [managed("AmazonBedrockFullAccess")],
            }),
        expect: /Role `agent-exec` \(used by a SageMaker or Bedrock resource\) gets the AWS-managed `AmazonBedrockFullAccess` policy through `managedPolicyArns\[0\]`/,
        resource: "agent-exec",
    },
];

const s3Scoped: StackMutation[] = [
    {
        title: "s3:GetObject on *",
        mutate: setPolicy("sm-exec-s3", doc({ Effect: "Allow", Action: ["s3:GetObject"], Resource: "*" })),
        expect: /Role `sm-exec` .* is allowed S3 actions on every bucket by role policy `sm-exec-s3`, statement #1/,
        resource: "sm-exec-s3",
    },
    {
        title: "s3:Get* on arn:aws:s3:::*/*",
        mutate: setPolicy("sm-exec-s3", JSON.stringify(doc({ Effect: "Allow", Action: "s3:Get*", Resource: ["arn:aws:s3:::*/*"] }))),
        expect: /S3 actions on every bucket/,
        resource: "sm-exec-s3",
    },
];

/**
 * The data scientist's role reaches SageMaker through a separate RolePolicy (a join: the stack
 * policy's); through its own inline policy it is iam-human-role-mfa-own-policy's (alsoCompliant below,
 * and test/cases/iam-ml-roles.ts).
 */
const studioByRolePolicy = (s: StackResourceCase[]) => {
    const p = props(s, "data-scientist");
    const [own] = p.inlinePolicies as { policy: string }[];
    p.inlinePolicies = [];
    s.push(r(T.rolePolicy, "data-scientist-studio", { role: UNKNOWN, policy: own.policy }, { role: [urn(T.role, "data-scientist")] }));
};

const humanRole: StackMutation[] = [
    {
        title: "account principal without MFA (the role reaches Studio through a RolePolicy)",
        mutate: (s) => {
            studioByRolePolicy(s);
            props(s, "data-scientist").assumeRolePolicy = JSON.stringify(trust({ AWS: "arn:aws:iam::111122223333:root" }));
        },
        expect: /Role `data-scientist` reaches SageMaker or Bedrock, and `assumeRolePolicy` statement #1 lets people .* without MFA/,
        resource: "data-scientist",
    },
    {
        title: "user principal with BoolIfExists (not enforcing; the role reaches Studio through a RolePolicy)",
        mutate: (s) => {
            studioByRolePolicy(s);
            props(s, "data-scientist").assumeRolePolicy = trust(
                { AWS: ["arn:aws:iam::111122223333:user/alice"] },
                { Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "true" } } },
            );
        },
        expect: /lets people .* without MFA/,
        resource: "data-scientist",
    },
    {
        title: "account id principal on a role AmazonBedrockFullAccess is attached to by a RolePolicyAttachment",
        mutate: (s) => {
            Object.assign(props(s, "data-scientist"), {
                assumeRolePolicy: JSON.stringify(trust({ AWS: "111122223333" })),
                inlinePolicies: [],
            });
            s.push(
                r(
                    T.rpa,
                    "data-scientist-bedrock",
                    { role: UNKNOWN, policyArn: managed("AmazonBedrockFullAccess") },
                    { role: [urn(T.role, "data-scientist")] },
                ),
            );
        },
        expect: /Role `data-scientist` reaches SageMaker or Bedrock/,
        resource: "data-scientist",
    },
];

// A user or group policy's own document and an AWS-managed policy attached to people are judged by
// iam-user-group-policy-mfa (test/cases/iam-people-mfa.ts); the stack policy keeps the join.
const humanPolicy: StackMutation[] = [
    {
        title: "policy attached to the group (joined through property dependencies) invokes models without MFA",
        mutate: setPolicy("invoke", JSON.stringify(doc({ Effect: "Allow", Action: "bedrock:Invoke*", Resource: "*" }))),
        expect: /The policy `invoke` attached here to people, statement #1/,
        resource: "invoke-analysts",
    },
    {
        title: "a policy attached to a user by an aws.iam.UserPolicyAttachment invokes models without MFA",
        mutate: add(
            r(T.user, "alice", {}),
            r(T.policy, "alice-invoke", { policy: JSON.stringify(doc({ Effect: "Allow", Action: "bedrock:InvokeModel", Resource: "*" })) }),
            r(
                T.upa,
                "invoke-alice",
                { user: UNKNOWN, policyArn: UNKNOWN },
                { user: [urn(T.user, "alice")], policyArn: [urn(T.policy, "alice-invoke")] },
            ),
        ),
        expect: /The policy `alice-invoke` attached here to people, statement #1/,
        resource: "invoke-alice",
    },
];

/**
 * What a role whose own trust policy names SageMaker or Bedrock holds itself is the iam-ml-role-*
 * resource half's (test/cases/iam-ml-roles.ts): the stack policy is silent on it, and still reports
 * the same fact when it reaches the role through another resource (the mutations above).
 */
const ownOfTrusted = (title: string, own: Props) => ({
    title: `${title} held by a role its own trust policy names Bedrock in (the resource half's)`,
    mutate: (s: StackResourceCase[]) => void Object.assign(props(s, "agent-exec"), own),
});
const inlineDoc = (...st: object[]) => [{ name: "own", policy: JSON.stringify(doc(...st)) }];

export const stackCases: StackCases[] = [
    {
        policy: iamWorkloadRoleLeastPrivilege,
        compliant: compliantStack,
        mutations: leastPrivilege,
        alsoCompliant: [
            ownOfTrusted("AdministratorAccess in managedPolicyArns", { managedPolicyArns: [managed("AdministratorAccess")] }),
            ownOfTrusted("an inline policy of * on *", { inlinePolicies: inlineDoc({ Effect: "Allow", Action: "*", Resource: "*" }) }),
        ],
    },
    {
        policy: iamWorkloadRolePassroleScoped,
        compliant: compliantStack,
        mutations: passRole,
        alsoCompliant: [
            ownOfTrusted("an inline iam:PassRole on *", {
                inlinePolicies: inlineDoc({ Effect: "Allow", Action: "iam:PassRole", Resource: "*" }),
            }),
            ownOfTrusted("AdministratorAccess in managedPolicyArns", { managedPolicyArns: [managed("AdministratorAccess")] }),
        ],
    },
    {
        policy: iamWorkloadRoleNoFullAccessPolicy,
        compliant: compliantStack,
        mutations: fullAccess,
        alsoCompliant: [
            ownOfTrusted("AmazonBedrockFullAccess in managedPolicyArns", { managedPolicyArns: [managed("AmazonBedrockFullAccess")] }),
        ],
    },
    {
        policy: iamWorkloadRoleS3Scoped,
        compliant: compliantStack,
        mutations: s3Scoped,
        alsoCompliant: [
            ownOfTrusted("an inline s3:GetObject on *", {
                inlinePolicies: inlineDoc({ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }),
            }),
        ],
    },
    {
        policy: iamHumanRoleMfa,
        compliant: compliantStack,
        mutations: humanRole,
        alsoCompliant: [
            {
                title: "account principal without MFA on a role whose own inline policy opens Studio (iam-human-role-mfa-own-policy's)",
                mutate: (s) =>
                    void (props(s, "data-scientist").assumeRolePolicy = JSON.stringify(trust({ AWS: "arn:aws:iam::111122223333:root" }))),
            },
            {
                title: "account id principal on a role with AmazonBedrockFullAccess in its own managedPolicyArns (iam-human-role-mfa-own-policy's)",
                mutate: (s) =>
                    void Object.assign(props(s, "data-scientist"), {
                        assumeRolePolicy: JSON.stringify(trust({ AWS: "111122223333" })),
                        inlinePolicies: [],
                        managedPolicyArns: [managed("AmazonBedrockFullAccess")],
                    }),
            },
        ],
    },
    { policy: iamHumanPolicyMfa, compliant: compliantStack, mutations: humanPolicy },
];
