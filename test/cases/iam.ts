import { iamAccountPasswordPolicyStrong } from "../../policies/iam/iam-account-password-policy-strong";
import { iamPolicyDocumentNoAdmin } from "../../policies/iam/iam-policy-document-no-admin";
import { iamUserNoDirectPolicies } from "../../policies/iam/iam-user-no-direct-policies";
import { UNKNOWN } from "../harness";
import type { PolicyCases } from "../policy-cases";

const T = {
    role: "aws:iam/role:Role",
    policy: "aws:iam/policy:Policy",
    rolePolicy: "aws:iam/rolePolicy:RolePolicy",
    userPolicy: "aws:iam/userPolicy:UserPolicy",
    groupPolicy: "aws:iam/groupPolicy:GroupPolicy",
    userPolicyAttachment: "aws:iam/userPolicyAttachment:UserPolicyAttachment",
    policyAttachment: "aws:iam/policyAttachment:PolicyAttachment",
    passwordPolicy: "aws:iam/accountPasswordPolicy:AccountPasswordPolicy",
};

const doc = (...Statement: object[]) => ({ Version: "2012-10-17", Statement });
const s3Read = { Effect: "Allow", Action: ["s3:GetObject", "s3:ListBucket"], Resource: [UNKNOWN] };
const admin = { Effect: "Allow", Action: "*", Resource: "*" };
const sagemakerTrust = doc({ Effect: "Allow", Principal: { Service: "sagemaker.amazonaws.com" }, Action: "sts:AssumeRole" });

/** A document as a first preview sees it: the resource ARNs come from the same stack. */
const compliantPolicy = () => ({ name: "training-data", policy: doc(s3Read) });
const compliantRole = () => ({
    assumeRolePolicy: JSON.stringify(sagemakerTrust),
    inlinePolicies: [
        { name: "read", policy: JSON.stringify(doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::training/*" })) },
    ],
});

const documentMutations = (field: string) => [
    {
        title: "Action * on Resource *",
        mutate: (p: Record<string, unknown>) => (p[field] = JSON.stringify(doc(admin))),
        expect: /statement #1, allows every action \(`\*`\) on every resource/,
    },
    {
        title: "Action [*] and Resource [*] as an object, case-mixed",
        mutate: (p: Record<string, unknown>) => (p[field] = doc(s3Read, { Effect: "Allow", Action: ["*"], Resource: ["*", UNKNOWN] })),
        expect: /statement #2, allows every action/,
    },
    {
        title: "Action *:*",
        mutate: (p: Record<string, unknown>) => (p[field] = doc({ Effect: "Allow", Action: "*:*", Resource: "*" })),
        expect: /allows every action/,
    },
    {
        title: "NotAction on *",
        mutate: (p: Record<string, unknown>) => (p[field] = doc({ Effect: "Allow", NotAction: "iam:*", Resource: "*" })),
        expect: /everything but a list \(`NotAction`\)/,
    },
    {
        title: "malformed JSON",
        mutate: (p: Record<string, unknown>) => (p[field] = "{ not json"),
        expect: new RegExp(`\`${field}\` is not valid JSON`),
    },
    {
        title: "Effect misspelt",
        mutate: (p: Record<string, unknown>) => (p[field] = doc({ ...s3Read, Effect: "allow" })),
        expect: /`Effect` is not "Allow" or "Deny"/,
    },
    { title: "empty string", mutate: (p: Record<string, unknown>) => (p[field] = ""), expect: /is an empty string/ },
];

export const cases: PolicyCases[] = [
    {
        policy: iamPolicyDocumentNoAdmin,
        type: T.policy,
        compliant: compliantPolicy(),
        alsoCompliant: [
            {
                title: "Deny * on *",
                mutate: (p) =>
                    (p.policy = doc(s3Read, {
                        Effect: "Deny",
                        Action: "*",
                        Resource: "*",
                        Condition: { Bool: { "aws:SecureTransport": "false" } },
                    })),
            },
            {
                title: "Action * on a specific (unknown) resource",
                mutate: (p) => (p.policy = doc({ Effect: "Allow", Action: "*", Resource: UNKNOWN })),
            },
            {
                title: "JSON string form",
                mutate: (p) => (p.policy = JSON.stringify(doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" }))),
            },
            {
                title: "single statement object",
                mutate: (p) =>
                    (p.policy = {
                        Version: "2012-10-17",
                        Statement: { Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" },
                    }),
            },
        ],
        mutations: documentMutations("policy"),
        unknownPaths: ["policy", "policy.Statement", "policy.Statement.0", "policy.Statement.0.Action", "policy.Statement.0.Effect"],
    },
    {
        policy: iamPolicyDocumentNoAdmin,
        type: T.rolePolicy,
        compliant: {
            role: UNKNOWN,
            policy: JSON.stringify(doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" })),
        },
        mutations: documentMutations("policy").slice(0, 1),
        unknownPaths: ["policy", "role"],
    },
    {
        policy: iamPolicyDocumentNoAdmin,
        type: T.userPolicy,
        compliant: { user: UNKNOWN, policy: JSON.stringify(doc({ Effect: "Allow", Action: "iam:ChangePassword", Resource: "*" })) },
        mutations: documentMutations("policy").slice(0, 1),
        unknownPaths: ["policy"],
    },
    {
        policy: iamPolicyDocumentNoAdmin,
        type: T.groupPolicy,
        compliant: { group: UNKNOWN, policy: JSON.stringify(doc(s3Read)) },
        mutations: documentMutations("policy").slice(0, 1),
        unknownPaths: ["policy"],
    },
    {
        policy: iamPolicyDocumentNoAdmin,
        type: T.role,
        compliant: compliantRole(),
        alsoCompliant: [{ title: "trust policy as an object", mutate: (p) => (p.assumeRolePolicy = sagemakerTrust) }],
        mutations: [
            {
                title: "inline policy * on *",
                mutate: (p) => ((p.inlinePolicies as { policy: string }[])[0].policy = JSON.stringify(doc(admin))),
                expect: /`inlinePolicies\[0\]\.policy`, statement #1, allows every action/,
            },
            {
                title: "inline policy malformed",
                mutate: (p) => ((p.inlinePolicies as { policy: string }[])[0].policy = "[1,"),
                expect: /`inlinePolicies\[0\]\.policy` is not valid JSON/,
            },
            { title: "trust policy malformed", mutate: (p) => (p.assumeRolePolicy = "{"), expect: /`assumeRolePolicy` is not valid JSON/ },
        ],
        unknownPaths: ["assumeRolePolicy", "inlinePolicies", "inlinePolicies.0.policy", "managedPolicyArns"],
    },

    {
        policy: iamUserNoDirectPolicies,
        type: T.userPolicy,
        compliant: {
            user: UNKNOWN,
            policy: JSON.stringify(
                doc({ Effect: "Deny", Action: "*", Resource: "*", Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } } }),
            ),
        },
        mutations: [
            {
                title: "an Allow statement",
                mutate: (p) => (p.policy = JSON.stringify(doc(s3Read))),
                expect: /inline policy is attached directly to an IAM user/,
            },
        ],
        unknownPaths: ["policy"],
    },
    {
        policy: iamUserNoDirectPolicies,
        type: T.userPolicyAttachment,
        compliant: { user: UNKNOWN, policyArn: "arn:aws:iam::aws:policy/AWSDenyAll" },
        mutations: [
            {
                title: "customer policy (unknown ARN)",
                mutate: (p) => (p.policyArn = UNKNOWN),
                expect: /attaches a policy directly to an IAM user/,
            },
            {
                title: "AWS-managed ReadOnlyAccess",
                mutate: (p) => (p.policyArn = "arn:aws:iam::aws:policy/ReadOnlyAccess"),
                expect: /directly to an IAM user/,
            },
        ],
        unknownPaths: ["user"],
    },
    {
        policy: iamUserNoDirectPolicies,
        type: T.policyAttachment,
        compliant: { name: "analysts", groups: [UNKNOWN], roles: [UNKNOWN], policyArn: UNKNOWN },
        alsoCompliant: [{ title: "empty users", mutate: (p) => (p.users = []) }],
        mutations: [
            {
                title: "users (unknown names of users in the stack)",
                mutate: (p) => (p.users = [UNKNOWN]),
                expect: /`users` attaches the policy directly to IAM users/,
            },
            { title: "users by known name", mutate: (p) => (p.users = ["alice"]), expect: /`users` attaches/ },
        ],
        unknownPaths: ["users", "groups", "policyArn"],
    },

    {
        policy: iamAccountPasswordPolicyStrong,
        type: T.passwordPolicy,
        compliant: {
            minimumPasswordLength: 14,
            passwordReusePrevention: 24,
            maxPasswordAge: 90,
            requireUppercaseCharacters: true,
            requireLowercaseCharacters: true,
            requireNumbers: true,
            requireSymbols: true,
            allowUsersToChangePassword: true,
        },
        alsoCompliant: [{ title: "stricter", mutate: (p) => Object.assign(p, { minimumPasswordLength: 20, maxPasswordAge: 60 }) }],
        mutations: [
            {
                title: "minimumPasswordLength absent (AWS default 6)",
                mutate: (p) => delete p.minimumPasswordLength,
                expect: /`minimumPasswordLength` is not set \(AWS default 6\)/,
            },
            {
                title: "minimumPasswordLength 8",
                mutate: (p) => (p.minimumPasswordLength = 8),
                expect: /`minimumPasswordLength` is shorter than 14/,
            },
            {
                title: "passwordReusePrevention absent",
                mutate: (p) => delete p.passwordReusePrevention,
                expect: /`passwordReusePrevention` is not set \(AWS default 0\)/,
            },
            {
                title: "passwordReusePrevention 5",
                mutate: (p) => (p.passwordReusePrevention = 5),
                expect: /`passwordReusePrevention` is below 24/,
            },
            {
                title: "maxPasswordAge absent (never expire)",
                mutate: (p) => delete p.maxPasswordAge,
                expect: /`maxPasswordAge` is not set \(AWS default 0\)/,
            },
            { title: "maxPasswordAge 365", mutate: (p) => (p.maxPasswordAge = 365), expect: /`maxPasswordAge` is 0 or above 90/ },
            { title: "requireSymbols false", mutate: (p) => (p.requireSymbols = false), expect: /`requireSymbols` is false/ },
            {
                title: "requireNumbers absent",
                mutate: (p) => delete p.requireNumbers,
                expect: /`requireNumbers` is not set \(AWS default false\)/,
            },
        ],
        unknownPaths: ["minimumPasswordLength", "passwordReusePrevention", "maxPasswordAge", "requireSymbols"],
    },
];
