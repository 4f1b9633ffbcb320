// Cases for iam-policy-no-bedrock-api-key-creation and iam-policy-bedrock-invoke-guardrail (issue 26, branch h26b): identity policies that let a
// principal create long-term Bedrock API keys (IAM service-specific credentials for bedrock.amazonaws.com).

import { iamPolicyBedrockInvokeGuardrail } from "../../policies/iam/iam-policy-bedrock-invoke-guardrail";
import { iamPolicyNoBedrockApiKeyCreation } from "../../policies/iam/iam-policy-no-bedrock-api-key-creation";
import { StackResourceCase, UNKNOWN } from "../harness";
import type { StackCases } from "../policy-cases";

type Statement = Record<string, unknown>;

const SELF = "arn:aws:iam::*:user/${aws:username}";
const CREATE = "iam:CreateServiceSpecificCredential";
const doc = (...s: Statement[]) => JSON.stringify({ Version: "2012-10-17", Statement: s });
const allow = (extra: Statement = {}): Statement => ({ Effect: "Allow", Action: CREATE, Resource: SELF, ...extra });
const codecommitOnly = { Condition: { StringEquals: { "iam:ServiceSpecificCredentialServiceName": "codecommit.amazonaws.com" } } };

function stack(): StackResourceCase[] {
    return [
        {
            type: "aws:bedrock/agentAgent:AgentAgent",
            name: "intake",
            props: { agentName: "intake", agentResourceRoleArn: UNKNOWN, foundationModel: "anthropic.claude-3-haiku" },
        },
        { type: "aws:iam/policy:Policy", name: "developer-self-service", props: { policy: doc(allow(codecommitOnly)) } },
    ];
}

const setDoc = (s: StackResourceCase[], ...st: Statement[]) => void (s[1].props.policy = doc(...st));

export const stackCases: StackCases[] = [
    {
        policy: iamPolicyNoBedrockApiKeyCreation,
        compliant: stack,
        alsoCompliant: [
            {
                title: "StringNotEquals bedrock",
                mutate: (s) =>
                    setDoc(
                        s,
                        allow({ Condition: { StringNotEquals: { "iam:ServiceSpecificCredentialServiceName": "bedrock.amazonaws.com" } } }),
                    ),
            },
            {
                title: "StringEqualsIfExists on Keyspaces and CodeCommit",
                mutate: (s) =>
                    setDoc(
                        s,
                        allow({
                            Condition: {
                                StringEqualsIfExists: {
                                    "iam:ServiceSpecificCredentialServiceName": ["cassandra.amazonaws.com", "codecommit.amazonaws.com"],
                                },
                            },
                        }),
                    ),
            },
            {
                title: "an unconditioned Allow and a Deny for Bedrock in the same document",
                mutate: (s) =>
                    setDoc(s, allow(), {
                        Effect: "Deny",
                        Action: CREATE,
                        Resource: "*",
                        Condition: { StringEquals: { "iam:ServiceSpecificCredentialServiceName": "bedrock.amazonaws.com" } },
                    }),
            },
            {
                // One finding per fact: a document that names a Bedrock action is iam-ml-policy-no-bedrock-api-key-creation's.
                title: "no condition, in a document that also names a Bedrock action: the resource half's",
                mutate: (s) => setDoc(s, allow(), { Effect: "Allow", Action: "bedrock:InvokeModel", Resource: "*" }),
            },
            {
                title: "only listing credentials",
                mutate: (s) => setDoc(s, { Effect: "Allow", Action: "iam:ListServiceSpecificCredentials", Resource: SELF }),
            },
            {
                title: "a condition value unknown at preview",
                mutate: (s) => setDoc(s, allow({ Condition: { StringEquals: { "iam:ServiceSpecificCredentialServiceName": UNKNOWN } } })),
            },
            {
                title: "the document unknown at preview (a CodeCommit-only document after apply)",
                mutate: (s) => {
                    s[1].props.policy = UNKNOWN;
                    s[1].applied = () => ({ policy: doc(allow(codecommitOnly)) });
                },
            },
        ],
        mutations: [
            {
                title: "no condition (the developer's own user)",
                mutate: (s) => setDoc(s, allow()),
                expect: /Policy `developer-self-service` allows `iam:CreateServiceSpecificCredential` \(statement #1\) without a `iam:ServiceSpecificCredentialServiceName` condition that keeps Bedrock out/,
                resource: "developer-self-service",
            },
            {
                title: "a StringLike that matches Bedrock",
                mutate: (s) => setDoc(s, allow({ Condition: { StringLike: { "iam:ServiceSpecificCredentialServiceName": "bedrock*" } } })),
                expect: /allows `iam:CreateServiceSpecificCredential`/,
                resource: "developer-self-service",
            },
            {
                title: "StringEquals on Bedrock",
                mutate: (s) =>
                    setDoc(
                        s,
                        allow({ Condition: { StringEquals: { "iam:ServiceSpecificCredentialServiceName": "bedrock.amazonaws.com" } } }),
                    ),
                expect: /allows `iam:CreateServiceSpecificCredential`/,
                resource: "developer-self-service",
            },
            {
                title: "iam:Create* in the second statement",
                mutate: (s) => setDoc(s, allow(codecommitOnly), { Effect: "Allow", Action: "iam:Create*", Resource: SELF }),
                expect: /\(statement #2\)/,
                resource: "developer-self-service",
            },
            {
                title: "a Deny with another condition does not keep Bedrock out",
                mutate: (s) =>
                    setDoc(s, allow(), {
                        Effect: "Deny",
                        Action: CREATE,
                        Resource: "*",
                        Condition: { Bool: { "aws:MultiFactorAuthPresent": "false" } },
                    }),
                expect: /\(statement #1\)/,
                resource: "developer-self-service",
            },
        ],
    },
];

// iam-policy-bedrock-invoke-guardrail: in a stack with a guardrail, model invocation requires it.
function guardrailStack(): StackResourceCase[] {
    return [
        {
            type: "aws:bedrock/guardrail:Guardrail",
            name: "phi-filter",
            props: { name: "phi-filter", blockedInputMessaging: "blocked", blockedOutputsMessaging: "blocked" },
        },
        {
            type: "aws:iam/policy:Policy",
            name: "app-invoke",
            props: {
                policy: doc({
                    Effect: "Allow",
                    Action: ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
                    Resource: "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0",
                    Condition: {
                        StringEquals: { "bedrock:GuardrailIdentifier": "arn:aws:bedrock:us-east-1:111122223333:guardrail/abc123:1" },
                    },
                }),
            },
        },
    ];
}
const setGuardrailDoc = (s: StackResourceCase[], ...st: Statement[]) => void (s[1].props.policy = doc(...st));
const INVOKE_ANY: Statement = { Effect: "Allow", Action: "bedrock:InvokeModel", Resource: "*" };

stackCases.push({
    policy: iamPolicyBedrockInvokeGuardrail,
    compliant: guardrailStack,
    alsoCompliant: [
        { title: "no guardrail in the stack (not applicable)", mutate: (s) => (setGuardrailDoc(s, INVOKE_ANY), s.shift()) },
        {
            title: "read-only Bedrock access",
            mutate: (s) => setGuardrailDoc(s, { Effect: "Allow", Action: "bedrock:GetGuardrail", Resource: "*" }),
        },
        { title: "a Deny of invocation", mutate: (s) => setGuardrailDoc(s, { ...INVOKE_ANY, Effect: "Deny" }) },
    ],
    mutations: [
        {
            title: "InvokeModel without the condition",
            mutate: (s) => setGuardrailDoc(s, INVOKE_ANY),
            expect: /Policy `app-invoke` allows Bedrock model invocation \(statement #1\) without a `bedrock:GuardrailIdentifier` condition/,
            resource: "app-invoke",
        },
        {
            title: "bedrock:Invoke* in the second statement",
            mutate: (s) =>
                setGuardrailDoc(
                    s,
                    { Effect: "Allow", Action: "bedrock:GetGuardrail", Resource: "*" },
                    { Effect: "Allow", Action: "bedrock:Invoke*", Resource: "*" },
                ),
            expect: /\(statement #2\)/,
            resource: "app-invoke",
        },
        {
            title: "another condition only",
            mutate: (s) => setGuardrailDoc(s, { ...INVOKE_ANY, Condition: { StringEquals: { "aws:SourceVpce": "vpce-0abc" } } }),
            expect: /allows Bedrock model invocation/,
            resource: "app-invoke",
        },
    ],
});
