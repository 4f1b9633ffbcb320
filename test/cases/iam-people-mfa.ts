// Case tables of iam-user-group-policy-mfa, the single-resource half of iam-human-policy-mfa (whose
// join, a customer-managed policy attached to people, is in iam-stack.ts).

import { iamUserGroupPolicyMfa } from "../../policies/iam/iam-user-group-policy-mfa";
import { UNKNOWN } from "../harness";
import type { PolicyCases } from "../policy-cases";

const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const MFA = { Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } };
const studio = { Effect: "Allow", Action: "sagemaker:CreatePresignedDomainUrl", Resource: "*" };
const managed = (name: string) => `arn:aws:iam::aws:policy/${name}`;

const documentCases = (type: string, holder: "user" | "group", where: string): PolicyCases => ({
    policy: iamUserGroupPolicyMfa,
    type,
    compliant: { [holder]: UNKNOWN, policy: doc({ ...studio, ...MFA }) },
    alsoCompliant: [
        { title: "no Studio or model action", mutate: (p) => (p.policy = doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "*" })) },
        // A malformed document is iam-policy-document-no-admin's finding, not a second one here.
        { title: "a document that is not JSON", mutate: (p) => (p.policy = '{"Statement": [') },
        { title: "a document without statements", mutate: (p) => (p.policy = "{}") },
        {
            title: "a Deny of the actions when MFA is absent",
            mutate: (p) =>
                (p.policy = doc(studio, {
                    Effect: "Deny",
                    Action: "sagemaker:CreatePresignedDomainUrl",
                    Resource: "*",
                    Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
                })),
        },
    ],
    mutations: [
        {
            title: "CreatePresignedDomainUrl without MFA",
            mutate: (p) => (p.policy = doc(studio)),
            expect: new RegExp(
                `${where}, statement #1, lets people open SageMaker Studio / notebooks or invoke Bedrock models without MFA\\.`,
            ),
        },
        {
            title: "bedrock:Invoke* without MFA, as the second statement",
            mutate: (p) => (p.policy = doc({ ...studio, ...MFA }, { Effect: "Allow", Action: "bedrock:Invoke*", Resource: "*" })),
            expect: /statement #2, lets people .* invoke Bedrock models without MFA/,
        },
    ],
    unknownPaths: ["policy", holder],
});

const attachmentCases = (type: string, holder: Record<string, unknown>): PolicyCases => ({
    policy: iamUserGroupPolicyMfa,
    type,
    compliant: { ...holder, policyArn: managed("AmazonSageMakerReadOnly") },
    alsoCompliant: [
        // Judged by iam-human-policy-mfa, which has the policy's document (not applicable here).
        { title: "a customer-managed policy", mutate: (p) => (p.policyArn = "arn:aws:iam::111122223333:policy/invoke") },
    ],
    mutations: [
        {
            title: "AmazonBedrockFullAccess",
            mutate: (p) => (p.policyArn = managed("AmazonBedrockFullAccess")),
            expect: /This attachment gives people the AWS-managed `AmazonBedrockFullAccess` policy, which lets them open SageMaker Studio or invoke Bedrock models without MFA\./,
        },
        {
            title: "AdministratorAccess",
            mutate: (p) => (p.policyArn = managed("AdministratorAccess")),
            expect: /the AWS-managed `AdministratorAccess` policy/,
        },
    ],
    unknownPaths: ["policyArn", ...Object.keys(holder)],
});

export const cases: PolicyCases[] = [
    documentCases("aws:iam/userPolicy:UserPolicy", "user", "This user policy"),
    documentCases("aws:iam/groupPolicy:GroupPolicy", "group", "This group policy"),
    attachmentCases("aws:iam/userPolicyAttachment:UserPolicyAttachment", { user: UNKNOWN }),
    attachmentCases("aws:iam/groupPolicyAttachment:GroupPolicyAttachment", { group: UNKNOWN }),
    {
        ...attachmentCases("aws:iam/policyAttachment:PolicyAttachment", { users: ["alice"], groups: [], roles: [] }),
        alsoCompliant: [
            { title: "a customer-managed policy", mutate: (p) => (p.policyArn = "arn:aws:iam::111122223333:policy/invoke") },
            {
                title: "AmazonSageMakerFullAccess attached to roles only (a workload role's, not people's)",
                mutate: (p) => {
                    p.policyArn = managed("AmazonSageMakerFullAccess");
                    p.users = [];
                    p.roles = ["sm-exec"];
                },
            },
        ],
        unknownPaths: ["policyArn", "users", "groups"],
    },
];
