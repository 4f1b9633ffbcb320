// Least privilege on AWS's authorization data: a compliant ML stack (a SageMaker endpoint behind a
// Lambda front end, a team's IAM Identity Center permission set) as a first preview sees it, and
// one mutation per failure mode of each policy. The IAM Identity Center attachment policies are
// resource policies with their own tables.

import { iamPermissionSetNoAdministratorAccess } from "../../policies/iam/iam-permission-set-no-administrator-access";
import { iamPermissionSetNoFullAccessPolicy } from "../../policies/iam/iam-permission-set-no-full-access-policy";
import { iamPolicyDocumentNoAdmin } from "../../policies/iam/iam-policy-document-no-admin";
import { iamPolicyNoCredentialsExposure } from "../../policies/iam/iam-policy-no-credentials-exposure";
import { iamPolicyNoDataExfiltration } from "../../policies/iam/iam-policy-no-data-exfiltration";
import { iamPolicyNoPrivilegeEscalation } from "../../policies/iam/iam-policy-no-privilege-escalation";
import { iamPolicyNoUnscopedPermissionsManagement } from "../../policies/iam/iam-policy-no-unscoped-permissions-management";
import { iamPolicyNoUnscopedWriteActions } from "../../policies/iam/iam-policy-no-unscoped-write-actions";
import { iamPolicyNoWildcardActions } from "../../policies/iam/iam-policy-no-wildcard-actions";
import { StackResourceCase, UNKNOWN, urnFor } from "../harness";
import { findResource, PolicyCases, StackCases, StackMutation } from "../policy-cases";

const T = {
    role: "aws:iam/role:Role",
    policy: "aws:iam/policy:Policy",
    rolePolicy: "aws:iam/rolePolicy:RolePolicy",
    rpa: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
    group: "aws:iam/group:Group",
    groupPolicy: "aws:iam/groupPolicy:GroupPolicy",
    endpoint: "aws:sagemaker/endpoint:Endpoint",
    fn: "aws:lambda/function:Function",
    table: "aws:dynamodb/table:Table",
    permissionSet: "aws:ssoadmin/permissionSet:PermissionSet",
    psInline: "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy",
    psManaged: "aws:ssoadmin/managedPolicyAttachment:ManagedPolicyAttachment",
};

type Props = Record<string, unknown>;
type St = Record<string, unknown>;
const doc = (...Statement: St[]) => ({ Version: "2012-10-17", Statement });
const json = (...Statement: St[]) => JSON.stringify(doc(...Statement));
const allow = (Action: string | string[], Resource: unknown = "*", extra: St = {}): St => ({ Effect: "Allow", Action, Resource, ...extra });
const lambdaTrust = json({ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" });

const r = (type: string, name: string, props: Props, propertyDependencies: Record<string, string[]> = {}): StackResourceCase => ({
    type,
    name,
    props,
    propertyDependencies,
    dependencies: [...new Set(Object.values(propertyDependencies).flat())],
});

/** Statements a correct front-end role has: Read and Write on named ARNs, `*` only where AWS allows nothing else. */
const frontEndStatements = (): St[] => [
    allow("sagemaker:InvokeEndpoint", [UNKNOWN]),
    allow(["logs:CreateLogStream", "logs:PutLogEvents"], ["arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/front:*"]),
    allow(["ecr:GetAuthorizationToken", "sts:GetCallerIdentity", "xray:PutTraceSegments"], "*"),
    allow("cloudwatch:PutMetricData", "*", { Condition: { StringEquals: { "cloudwatch:namespace": "FrontEnd" } } }),
    allow(["sagemaker:Describe*", "sagemaker:List*"], "*"),
    allow("s3:Get*", ["arn:aws:s3:::model-artifacts/*"]),
    allow("kms:Decrypt", "*", { Condition: { StringEquals: { "kms:ViaService": "s3.us-east-1.amazonaws.com" } } }),
];

/** The reference ML stack: an endpoint, its front-end Lambda's role and policies, a data scientists' group and permission set. */
export function compliantStack(): StackResourceCase[] {
    const role = urnFor(T.role, "front");
    const tablePolicy = urnFor(T.policy, "table-access");
    const ps = urnFor(T.permissionSet, "ds");
    return [
        r(T.endpoint, "churn", { endpointConfigName: UNKNOWN }),
        r(T.table, "sessions", { hashKey: "id" }),
        r(T.role, "front", { assumeRolePolicy: lambdaTrust, inlinePolicies: [{ name: "front", policy: json(...frontEndStatements()) }] }),
        r(T.fn, "front", { role: UNKNOWN }, { role: [role] }),
        r(
            T.policy,
            "table-access",
            { policy: doc(allow(["dynamodb:GetItem", "dynamodb:PutItem"], [UNKNOWN])) },
            { policy: [urnFor(T.table, "sessions")] },
        ),
        r(T.rpa, "front-table", { role: UNKNOWN, policyArn: UNKNOWN }, { role: [role], policyArn: [tablePolicy] }),
        r(
            T.rolePolicy,
            "front-pass",
            {
                role: UNKNOWN,
                policy: json(
                    allow("iam:PassRole", "arn:aws:iam::111122223333:role/sagemaker-exec", {
                        Condition: { StringEquals: { "iam:PassedToService": "sagemaker.amazonaws.com" } },
                    }),
                ),
            },
            { role: [role] },
        ),
        r(T.group, "scientists", {}),
        r(
            T.groupPolicy,
            "scientists-self",
            {
                group: UNKNOWN,
                policy: json(allow(["iam:CreateAccessKey", "iam:UpdateLoginProfile"], "arn:aws:iam::*:user/${aws:username}")),
            },
            { group: [urnFor(T.group, "scientists")] },
        ),
        r(T.permissionSet, "ds", { instanceArn: "arn:aws:sso:::instance/ssoins-1", name: "DataScience" }),
        r(
            T.psInline,
            "data-science",
            {
                instanceArn: "arn:aws:sso:::instance/ssoins-1",
                permissionSetArn: UNKNOWN,
                inlinePolicy: json(
                    allow("sagemaker:CreatePresignedDomainUrl", "arn:aws:sagemaker:us-east-1:111122223333:user-profile/*/*"),
                    allow("bedrock:InvokeModel", "arn:aws:bedrock:us-east-1::foundation-model/anthropic.*"),
                ),
            },
            { permissionSetArn: [ps] },
        ),
    ];
}

const props = (s: StackResourceCase[], name: string, type?: string) =>
    (type ? s.find((x) => x.name === name && x.type === type)! : findResource(s, name)).props;
/** Adds statements to the front-end role's inline policy. */
const addToRole =
    (...extra: St[]) =>
    (s: StackResourceCase[]) =>
        void (props(s, "front", T.role).inlinePolicies = [{ name: "front", policy: json(...frontEndStatements(), ...extra) }]);
const setDoc = (name: string, type: string, prop: string, value: unknown) => (s: StackResourceCase[]) =>
    void (props(s, name, type)[prop] = value);
// The role's inline policy names `sagemaker:InvokeEndpoint`: it is evidently ML, so its facts are the
// resource halves' (iam-ml-policy-*, test/cases/iam-ml-documents.ts), and the stack policies leave it
// alone. The role policy `front-pass` (`iam:PassRole` with an `iam:PassedToService` condition) names
// no SageMaker or Bedrock action: the stack policies judge it, and the same failures are added there.
const passStatement = (): St =>
    allow("iam:PassRole", "arn:aws:iam::111122223333:role/sagemaker-exec", {
        Condition: { StringEquals: { "iam:PassedToService": "sagemaker.amazonaws.com" } },
    });
const addToPass =
    (...extra: St[]) =>
    (s: StackResourceCase[]) =>
        void (props(s, "front-pass", T.rolePolicy).policy = json(passStatement(), ...extra));
const PASS_DOC = "Role policy `front-pass`";
/** The stack half's alsoCompliant case: a failure in the evidently-ML role inline policy is the resource half's. */
const mlDocument = (what: string, ...extra: St[]) => ({
    title: `${what} in the role's inline policy, which names a SageMaker action: the resource half's (iam-ml-policy-*), not reported here`,
    mutate: addToRole(...extra),
});

const wildcard: StackMutation[] = [
    {
        title: "dynamodb:* on the table (service wildcard, specific resource)",
        mutate: setDoc("table-access", T.policy, "policy", doc(allow("DynamoDB:*", [UNKNOWN]))),
        expect: /Policy `table-access`, statement #1, grants by wildcard every action of `dynamodb`/,
        resource: "table-access",
    },
    {
        title: "s3:Put* reaches Write, Tagging and Permissions-management actions",
        mutate: addToPass(allow("s3:Put*", ["arn:aws:s3:::model-artifacts/*"])),
        expect: new RegExp(
            `${PASS_DOC}, statement #2, grants by wildcard \\d+ Write, Tagging or Permissions-management actions \\(\`s3:Put\\w+\`, .* and \\d+ more\\)`,
        ),
        resource: "front-pass",
    },
    {
        title: "NotAction on a named resource",
        mutate: addToPass({ Effect: "Allow", NotAction: "iam:*", Resource: [UNKNOWN] }),
        expect: /grants by wildcard everything but a list \(`NotAction`\)/,
        resource: "front-pass",
    },
    {
        title: "* on a named resource",
        mutate: addToPass(allow("*", [UNKNOWN])),
        expect: /grants by wildcard every action \(`\*`\)/,
        resource: "front-pass",
    },
    {
        title: "s3:* in a permission-set inline policy",
        mutate: setDoc("data-science", T.psInline, "inlinePolicy", json(allow("s3:*", "arn:aws:s3:::team-notebooks/*"))),
        expect: /Permission set inline policy `data-science`, statement #1, grants by wildcard every action of `s3`/,
        resource: "data-science",
    },
];

const write: StackMutation[] = [
    {
        title: "dynamodb:PutItem on * (customer managed policy)",
        mutate: setDoc("table-access", T.policy, "policy", json(allow(["dynamodb:GetItem", "dynamodb:PutItem"]))),
        expect: /Policy `table-access` allows Write actions that can be scoped to resources on every resource without a condition \(statement #1\): `dynamodb:PutItem`\./,
        resource: "table-access",
    },
    {
        title: "lambda:InvokeFunction on * (role policy)",
        mutate: addToPass(allow("lambda:InvokeFunction")),
        expect: new RegExp(`${PASS_DOC} allows Write actions .* \\(statement #2\\): \`lambda:InvokeFunction\`\\.`),
        resource: "front-pass",
    },
    {
        title: "many Write actions are collapsed, across statements",
        mutate: setDoc(
            "table-access",
            T.policy,
            "policy",
            json(allow(["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"]), allow(["dynamodb:BatchWriteItem"], ["*"])),
        ),
        expect: /\(statements #1, #2\): `dynamodb:BatchWriteItem`, `dynamodb:DeleteItem`, `dynamodb:PutItem` and 1 more\./,
        resource: "table-access",
    },
];

const permissions: StackMutation[] = [
    {
        title: "iam:PutRolePolicy on * (group policy)",
        mutate: setDoc("scientists-self", T.groupPolicy, "policy", json(allow("iam:PutRolePolicy"))),
        expect: /Group policy `scientists-self` allows Permissions-management actions on every resource without a condition \(statement #1\): `iam:PutRolePolicy`/,
        resource: "scientists-self",
    },
    {
        title: "s3:PutBucketPolicy with NotResource",
        mutate: addToPass({ Effect: "Allow", Action: "s3:PutBucketPolicy", NotResource: "arn:aws:s3:::logs" }),
        expect: /allows Permissions-management actions .*: `s3:PutBucketPolicy`/,
        resource: "front-pass",
    },
];

const escalation: StackMutation[] = [
    {
        title: "iam:PassRole on * with glue:CreateJob and glue:StartJobRun (two statements)",
        mutate: addToPass(allow("iam:PassRole"), allow(["glue:CreateJob", "glue:StartJobRun"])),
        expect: new RegExp(
            `${PASS_DOC} allows privilege escalation .* \\(statements #2, #3\\): \`glue:CreateJob\`, \`glue:StartJobRun\`, \`iam:PassRole\` \\(PassExistingRoleToNewGlueJobThenRun\\)`,
        ),
        resource: "front-pass",
    },
    {
        title: "iam:CreatePolicyVersion on *",
        mutate: setDoc("table-access", T.policy, "policy", json(allow("iam:CreatePolicyVersion"))),
        expect: /Policy `table-access` allows privilege escalation .*: `iam:CreatePolicyVersion` \(CreateNewPolicyVersion\)/,
        resource: "table-access",
    },
    {
        title: "iam:AttachRolePolicy on * in a permission set",
        mutate: setDoc("data-science", T.psInline, "inlinePolicy", json(allow("iam:AttachRolePolicy"))),
        expect: /Permission set inline policy `data-science` allows privilege escalation .*\(AttachRolePolicy\)/,
        resource: "data-science",
    },
];

const credentials: StackMutation[] = [
    {
        title: "iam:CreateAccessKey on *",
        mutate: setDoc("scientists-self", T.groupPolicy, "policy", json(allow("iam:CreateAccessKey"))),
        expect: /Group policy `scientists-self` allows creating or returning credentials on every resource without a condition \(statement #1\): `iam:CreateAccessKey`/,
        resource: "scientists-self",
    },
    {
        title: "sts:GetFederationToken and iam:UpdateLoginProfile on *",
        mutate: addToPass(allow(["sts:GetFederationToken", "iam:UpdateLoginProfile"])),
        expect: /allows creating or returning credentials .*: `iam:UpdateLoginProfile`, `sts:GetFederationToken`\./,
        resource: "front-pass",
    },
];

const exfiltration: StackMutation[] = [
    {
        title: "s3:GetObject on *",
        mutate: addToPass(allow("s3:GetObject")),
        expect: new RegExp(
            `${PASS_DOC} allows reading data or secrets on every resource without a condition \\(statement #2\\): \`s3:GetObject\``,
        ),
        resource: "front-pass",
    },
    {
        title: "secretsmanager:GetSecretValue and ssm:GetParameter* on *",
        mutate: setDoc("table-access", T.policy, "policy", json(allow(["secretsmanager:GetSecretValue", "ssm:GetParameter*"]))),
        expect: /: `secretsmanager:GetSecretValue`, `ssm:GetParameter`, `ssm:GetParameters` and 1 more\./,
        resource: "table-access",
    },
];

export const stackCases: StackCases[] = [
    {
        policy: iamPolicyNoWildcardActions,
        compliant: compliantStack,
        mutations: wildcard,
        alsoCompliant: [
            mlDocument("s3:Put*", allow("s3:Put*", ["arn:aws:s3:::model-artifacts/*"])),
            {
                title: "sagemaker:* in a permission-set inline policy: the resource half's",
                mutate: setDoc(
                    "data-science",
                    T.psInline,
                    "inlinePolicy",
                    json(allow("sagemaker:*", "arn:aws:sagemaker:us-east-1:111122223333:*")),
                ),
            },
        ],
    },
    {
        policy: iamPolicyNoUnscopedWriteActions,
        compliant: compliantStack,
        mutations: write,
        alsoCompliant: [mlDocument("lambda:InvokeFunction on *", allow("lambda:InvokeFunction"))],
    },
    {
        policy: iamPolicyNoUnscopedPermissionsManagement,
        compliant: compliantStack,
        mutations: permissions,
        alsoCompliant: [
            mlDocument("s3:PutBucketPolicy with NotResource", {
                Effect: "Allow",
                Action: "s3:PutBucketPolicy",
                NotResource: "arn:aws:s3:::logs",
            }),
        ],
    },
    {
        policy: iamPolicyNoPrivilegeEscalation,
        compliant: compliantStack,
        mutations: escalation,
        alsoCompliant: [
            mlDocument("iam:PassRole on * with sagemaker:CreateTrainingJob", allow("iam:PassRole"), allow("sagemaker:CreateTrainingJob")),
        ],
    },
    {
        policy: iamPolicyNoCredentialsExposure,
        compliant: compliantStack,
        mutations: credentials,
        alsoCompliant: [mlDocument("sts:GetFederationToken on *", allow(["sts:GetFederationToken", "iam:UpdateLoginProfile"]))],
    },
    {
        policy: iamPolicyNoDataExfiltration,
        compliant: compliantStack,
        mutations: exfiltration,
        alsoCompliant: [mlDocument("s3:GetObject on *", allow("s3:GetObject"))],
    },
];

const managed = (name: string) => `arn:aws:iam::aws:policy/${name}`;
const attachment = (): Props => ({
    instanceArn: "arn:aws:sso:::instance/ssoins-1",
    permissionSetArn: UNKNOWN,
    managedPolicyArn: managed("job-function/DataScientist"),
});

export const cases: PolicyCases[] = [
    {
        policy: iamPermissionSetNoAdministratorAccess,
        type: T.psManaged,
        compliant: attachment(),
        mutations: [
            {
                title: "AdministratorAccess",
                mutate: (p) => (p.managedPolicyArn = managed("AdministratorAccess")),
                expect: /gives the permission set the AWS-managed `AdministratorAccess` policy/,
            },
            {
                title: "AdministratorAccess in GovCloud",
                mutate: (p) => (p.managedPolicyArn = "arn:aws-us-gov:iam::aws:policy/AdministratorAccess"),
                expect: /`AdministratorAccess`/,
            },
        ],
        alsoCompliant: [{ title: "AmazonSageMakerReadOnly", mutate: (p) => (p.managedPolicyArn = managed("AmazonSageMakerReadOnly")) }],
        unknownPaths: ["managedPolicyArn"],
    },
    {
        policy: iamPermissionSetNoFullAccessPolicy,
        type: T.psManaged,
        compliant: attachment(),
        mutations: [
            {
                title: "AmazonSageMakerFullAccess",
                mutate: (p) => (p.managedPolicyArn = managed("AmazonSageMakerFullAccess")),
                expect: /gives the permission set the AWS-managed `AmazonSageMakerFullAccess` policy/,
            },
            {
                title: "AmazonBedrockFullAccess",
                mutate: (p) => (p.managedPolicyArn = managed("AmazonBedrockFullAccess")),
                expect: /`AmazonBedrockFullAccess`/,
            },
        ],
        alsoCompliant: [
            {
                title: "AdministratorAccess is the other policy's finding",
                mutate: (p) => (p.managedPolicyArn = managed("AdministratorAccess")),
            },
        ],
        unknownPaths: ["managedPolicyArn"],
    },
    {
        policy: iamPolicyDocumentNoAdmin,
        type: T.psInline,
        compliant: {
            instanceArn: "arn:aws:sso:::instance/ssoins-1",
            permissionSetArn: UNKNOWN,
            inlinePolicy: json(allow("sagemaker:CreatePresignedDomainUrl", "arn:aws:sagemaker:us-east-1:111122223333:user-profile/*/*")),
        },
        mutations: [
            {
                title: "permission-set inline policy allows * on *",
                mutate: (p) => (p.inlinePolicy = json(allow("*"))),
                expect: /`inlinePolicy`, statement #1, allows every action \(`\*`\) on every resource/,
            },
            {
                title: "permission-set inline policy is not JSON",
                mutate: (p) => (p.inlinePolicy = "{ nope"),
                expect: /`inlinePolicy` is not valid JSON/,
            },
        ],
        unknownPaths: ["inlinePolicy"],
    },
];
