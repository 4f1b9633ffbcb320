// Case tables of the iam-ml-policy-* resource policies, the single-resource halves of the seven
// identity-document stack policies (policies/iam/document-halves.ts). For each policy, each of the
// six resource types that hold identity documents: a compliant document that is evidently ML (it
// names a SageMaker action), each failure added to it (by action), for a role also a document that
// names nothing of ML under a trust policy SageMaker can assume (by trust); and the same failure in a
// document that is not evidently ML, which is the stack half's (not applicable here). The stack
// halves' own tables are in iam-least-privilege.ts and genai-api-keys.ts.

import type { GuardPolicy } from "../../policies/core/policy";
import { iamMlPolicyNoBedrockApiKeyCreation } from "../../policies/iam/iam-ml-policy-no-bedrock-api-key-creation";
import { iamMlPolicyNoCredentialsExposure } from "../../policies/iam/iam-ml-policy-no-credentials-exposure";
import { iamMlPolicyNoDataExfiltration } from "../../policies/iam/iam-ml-policy-no-data-exfiltration";
import { iamMlPolicyNoPrivilegeEscalation } from "../../policies/iam/iam-ml-policy-no-privilege-escalation";
import { iamMlPolicyNoUnscopedPermissionsManagement } from "../../policies/iam/iam-ml-policy-no-unscoped-permissions-management";
import { iamMlPolicyNoUnscopedWriteActions } from "../../policies/iam/iam-ml-policy-no-unscoped-write-actions";
import { iamMlPolicyNoWildcardActions } from "../../policies/iam/iam-ml-policy-no-wildcard-actions";
import { UNKNOWN } from "../harness";
import type { PolicyCases } from "../policy-cases";

type St = Record<string, unknown>;
type Props = Record<string, unknown>;

export const json = (...Statement: St[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const allow = (Action: string | string[], Resource: unknown = "*", extra: St = {}): St => ({ Effect: "Allow", Action, Resource, ...extra });
const trust = (service: string) => json({ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" });
const SELF = "arn:aws:iam::*:user/${aws:username}";

/** Evidently ML and right for every one of the seven policies: invoke one endpoint. */
export const ML_OK = (): St => allow("sagemaker:InvokeEndpoint", ["arn:aws:sagemaker:us-east-1:111122223333:endpoint/churn"]);
/** Names nothing of ML and is right for every one of the seven policies. */
const PLAIN_OK = (): St => allow("dynamodb:GetItem", ["arn:aws:dynamodb:us-east-1:111122223333:table/sessions"]);

/** A failure of one policy, in statements that name nothing of ML; `expect`: the message, given the document's label and its first statement's number. */
interface Failure {
    title: string;
    statements: () => St[];
    expect: (label: string, n: number) => RegExp;
}

/** A whole document that fails and is evidently ML by its own actions; `expect` given the document's label. */
interface WholeDocument {
    title: string;
    statements: () => St[];
    expect: (label: string) => RegExp;
}

/** The document types, the input that holds the document, the other inputs, and how messages name the document. */
const HOLDERS: { type: string; prop: string; other: Props; label: string }[] = [
    { type: "aws:iam/policy:Policy", prop: "policy", other: {}, label: "Policy `[^`]+`" },
    { type: "aws:iam/rolePolicy:RolePolicy", prop: "policy", other: { role: UNKNOWN }, label: "Role policy `[^`]+`" },
    { type: "aws:iam/userPolicy:UserPolicy", prop: "policy", other: { user: UNKNOWN }, label: "User policy `[^`]+`" },
    { type: "aws:iam/groupPolicy:GroupPolicy", prop: "policy", other: { group: UNKNOWN }, label: "Group policy `[^`]+`" },
    {
        type: "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy",
        prop: "inlinePolicy",
        other: { instanceArn: "arn:aws:sso:::instance/ssoins-1", permissionSetArn: UNKNOWN },
        label: "Permission set inline policy `[^`]+`",
    },
];
const ROLE = "aws:iam/role:Role";
const roleLabel = (i: number) => `Role \`[^\`]+\` inline policy \`inlinePolicies\\[${i}\\]\``;

/** The cases of one document type with one statement document. */
function documentCases(policy: GuardPolicy, h: (typeof HOLDERS)[number], failures: Failure[], whole: WholeDocument[]): PolicyCases {
    const set =
        (...statements: St[]) =>
        (p: Props) =>
            void (p[h.prop] = json(...statements));
    return {
        policy,
        type: h.type,
        compliant: { ...h.other, [h.prop]: json(ML_OK()) },
        mutations: [
            ...failures.map((f) => ({
                title: `${f.title}, beside a SageMaker action`,
                mutate: set(ML_OK(), ...f.statements()),
                expect: f.expect(h.label, 2),
            })),
            {
                title: `${failures[0].title}, in a document whose only ML action is a Bedrock one in a Deny`,
                mutate: set(...failures[0].statements(), { Effect: "Deny", Action: "bedrock:CreateModelCustomizationJob", Resource: "*" }),
                expect: failures[0].expect(h.label, 1),
            },
            ...whole.map((w) => ({ title: w.title, mutate: set(...w.statements()), expect: w.expect(h.label) })),
        ],
        alsoCompliant: [
            {
                title: `${failures[0].title}, in a document that names no SageMaker or Bedrock action (the stack half's)`,
                mutate: set(...failures[0].statements()),
            },
            {
                title: `${failures[0].title}, beside \`*\` on a named resource (\`*\` alone is no evidence)`,
                mutate: set(allow("*", ["arn:aws:s3:::x"]), ...failures[0].statements()),
            },
            {
                title: `${failures[0].title}, the only SageMaker action unknown at preview (no evidence: the stack half's)`,
                mutate: set(allow([UNKNOWN], ["arn:aws:sagemaker:us-east-1:111122223333:endpoint/churn"]), ...failures[0].statements()),
            },
            { title: "a right document that names no ML action", mutate: set(PLAIN_OK()) },
        ],
        unknownPaths: [h.prop, ...Object.keys(h.other)],
    };
}

/** The cases of a role's inline policies: evident by action, or by the role's own trust policy. */
function roleCases(policy: GuardPolicy, failures: Failure[], whole: WholeDocument[]): PolicyCases {
    const inline = (...docs: St[][]) => docs.map((st, i) => ({ name: `p${i}`, policy: json(...st) }));
    return {
        policy,
        type: ROLE,
        compliant: { assumeRolePolicy: trust("lambda.amazonaws.com"), inlinePolicies: inline([ML_OK()]) },
        mutations: [
            ...failures.map((f) => ({
                title: `${f.title}, beside a SageMaker action`,
                mutate: (p: Props) => void (p.inlinePolicies = inline([ML_OK(), ...f.statements()])),
                expect: f.expect(roleLabel(0), 2),
            })),
            ...failures.map((f) => ({
                title: `${f.title}, in the second inline policy of a role SageMaker can assume`,
                mutate: (p: Props) => {
                    p.assumeRolePolicy = trust("sagemaker.amazonaws.com");
                    p.inlinePolicies = inline([PLAIN_OK()], f.statements());
                },
                expect: f.expect(roleLabel(1), 1),
            })),
            {
                title: `${failures[0].title}, a role Bedrock AgentCore can assume`,
                mutate: (p: Props) => {
                    p.assumeRolePolicy = trust("bedrock-agentcore.amazonaws.com");
                    p.inlinePolicies = inline(failures[0].statements());
                },
                expect: failures[0].expect(roleLabel(0), 1),
            },
            ...whole.map((w) => ({
                title: w.title,
                mutate: (p: Props) => void (p.inlinePolicies = inline(w.statements())),
                expect: w.expect(roleLabel(0)),
            })),
        ],
        alsoCompliant: [
            {
                title: `${failures[0].title}, in a role Lambda assumes, naming no ML action (the stack half's)`,
                mutate: (p: Props) => void (p.inlinePolicies = inline([PLAIN_OK()], failures[0].statements())),
            },
            // The trust policy unknown at preview (no evidence: the stack half's) has no audit shape: test/unit/iam-ml-documents.spec.ts.
            {
                title: "a role SageMaker can assume, without inline policies",
                mutate: (p: Props) => {
                    p.assumeRolePolicy = trust("sagemaker.amazonaws.com");
                    p.inlinePolicies = [];
                },
            },
        ],
        unknownPaths: ["assumeRolePolicy", "inlinePolicies", "inlinePolicies.0.policy"],
    };
}

function tables(policy: GuardPolicy, failures: Failure[], whole: WholeDocument[] = []): PolicyCases[] {
    return [...HOLDERS.map((h) => documentCases(policy, h, failures, whole)), roleCases(policy, failures, whole)];
}

/** "<label> allows <what> on every resource without a condition (statement #n): <actions>". */
const unconstrained =
    (what: string, actions: string) =>
    (label: string, n: number): RegExp =>
        new RegExp(`${label} allows ${what} on every resource without a condition \\(statement #${n}\\): ${actions}`);

export const cases: PolicyCases[] = [
    ...tables(iamMlPolicyNoWildcardActions, [
        {
            title: "dynamodb:* on a table",
            statements: () => [allow("dynamodb:*", ["arn:aws:dynamodb:us-east-1:111122223333:table/sessions"])],
            expect: (label, n) => new RegExp(`${label}, statement #${n}, grants by wildcard every action of \`dynamodb\`\\.`),
        },
        {
            title: "s3:Put* on the artifacts",
            statements: () => [allow("s3:Put*", ["arn:aws:s3:::model-artifacts/*"])],
            expect: (label, n) =>
                new RegExp(
                    `${label}, statement #${n}, grants by wildcard \\d+ Write, Tagging or Permissions-management actions \\(\`s3:Put\\w+\``,
                ),
        },
    ]),
    ...tables(
        iamMlPolicyNoUnscopedWriteActions,
        [
            {
                title: "dynamodb:PutItem on *",
                statements: () => [allow(["dynamodb:GetItem", "dynamodb:PutItem"])],
                expect: unconstrained("Write actions that can be scoped to resources", "`dynamodb:PutItem`\\."),
            },
        ],
        [
            {
                title: "sagemaker:CreateTrainingJob on * (the ML action is the failure)",
                statements: () => [allow("sagemaker:CreateTrainingJob")],
                expect: (label) => new RegExp(`${label} allows Write actions .* \\(statement #1\\): \`sagemaker:CreateTrainingJob\`\\.`),
            },
        ],
    ),
    ...tables(iamMlPolicyNoUnscopedPermissionsManagement, [
        {
            title: "iam:PutRolePolicy on *",
            statements: () => [allow("iam:PutRolePolicy")],
            expect: unconstrained("Permissions-management actions", "`iam:PutRolePolicy`"),
        },
    ]),
    ...tables(
        iamMlPolicyNoPrivilegeEscalation,
        [
            {
                title: "iam:CreatePolicyVersion on *",
                statements: () => [allow("iam:CreatePolicyVersion")],
                expect: (label, n) =>
                    new RegExp(
                        `${label} allows privilege escalation on every resource without a condition \\(statement #${n}\\): \`iam:CreatePolicyVersion\` \\(CreateNewPolicyVersion\\)`,
                    ),
            },
        ],
        [
            {
                title: "iam:PassRole on * with sagemaker:CreateTrainingJob (two statements; the SageMaker action is the evidence)",
                statements: () => [allow("iam:PassRole"), allow("sagemaker:CreateTrainingJob")],
                expect: (label) =>
                    new RegExp(
                        `${label} allows privilege escalation .* \\(statements #1, #2\\): \`iam:PassRole\`, \`sagemaker:CreateTrainingJob\` \\(PassExistingRoleToNewSageMakerTrainingJob\\)`,
                    ),
            },
        ],
    ),
    ...tables(iamMlPolicyNoCredentialsExposure, [
        {
            title: "iam:CreateAccessKey on *",
            statements: () => [allow("iam:CreateAccessKey")],
            expect: unconstrained("creating or returning credentials", "`iam:CreateAccessKey`\\."),
        },
    ]),
    ...tables(iamMlPolicyNoDataExfiltration, [
        {
            title: "s3:GetObject on *",
            statements: () => [allow("s3:GetObject")],
            expect: unconstrained("reading data or secrets", "`s3:GetObject`\\."),
        },
    ]),
    ...tables(iamMlPolicyNoBedrockApiKeyCreation, [
        {
            title: "iam:CreateServiceSpecificCredential on the caller's own user, no condition",
            statements: () => [allow("iam:CreateServiceSpecificCredential", SELF)],
            expect: (label, n) =>
                new RegExp(
                    `${label} allows \`iam:CreateServiceSpecificCredential\` \\(statement #${n}\\) without a \`iam:ServiceSpecificCredentialServiceName\` condition that keeps Bedrock out`,
                ),
        },
    ]),
];
