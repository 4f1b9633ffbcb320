// Case tables for the AgentCore gateway and identity policies of issue 26 (branch h26b): policy engine in
// ENFORCE mode, no DEBUG exception detail, https OAuth URLs on workload identities, OAuth2 credential
// providers and gateway targets.

import { bedrockAgentcoreGatewayNoDebugErrors } from "../../policies/bedrock/bedrock-agentcore-gateway-no-debug-errors";
import { bedrockAgentcoreGatewayPolicyEngineEnforced } from "../../policies/bedrock/bedrock-agentcore-gateway-policy-engine-enforced";
import { bedrockAgentcoreIdentityHttpsUrls } from "../../policies/bedrock/bedrock-agentcore-identity-https-urls";
import { bedrockResourcePolicyNotPublic } from "../../policies/bedrock/bedrock-resource-policy-not-public";
import { bedrockEnforcedGuardrailComplete } from "../../policies/bedrock/bedrock-enforced-guardrail-complete";
import { UNKNOWN } from "../harness";
import { deletePath, PolicyCases, setPath } from "../policy-cases";

type Props = Record<string, unknown>;

const gateway = (): Props => ({
    name: "tools",
    roleArn: UNKNOWN,
    authorizerType: "AWS_IAM",
    protocolType: "MCP",
    policyEngineConfiguration: { arn: UNKNOWN, mode: "ENFORCE" },
});
const GATEWAYS = ["aws:bedrock/agentcoreGateway:AgentcoreGateway", "aws-native:bedrockagentcore:Gateway"];

const ISSUER = "https://idp.example.com";
const customOauth = (): Props => ({
    clientId: "client-id",
    clientSecret: UNKNOWN,
    oauthDiscovery: {
        authorizationServerMetadata: {
            issuer: ISSUER,
            authorizationEndpoint: `${ISSUER}/authorize`,
            tokenEndpoint: `${ISSUER}/token`,
        },
    },
});

export const cases: PolicyCases[] = [
    ...GATEWAYS.map((type): PolicyCases => ({
        policy: bedrockAgentcoreGatewayPolicyEngineEnforced,
        type,
        compliant: gateway(),
        alsoCompliant: [{ title: "mode in lower case", mutate: (p) => setPath(p, "policyEngineConfiguration.mode", "enforce") }],
        mutations: [
            {
                title: "LOG_ONLY",
                mutate: (p) => setPath(p, "policyEngineConfiguration.mode", "LOG_ONLY"),
                expect: /`policyEngineConfiguration.mode` is LOG_ONLY: the policy engine records/,
            },
            {
                title: "another mode",
                mutate: (p) => setPath(p, "policyEngineConfiguration.mode", "AUDIT"),
                expect: /`policyEngineConfiguration.mode` is not ENFORCE/,
            },
            {
                title: "no policy engine",
                mutate: (p) => delete p.policyEngineConfiguration,
                expect: /`policyEngineConfiguration` is not set: the gateway's tool calls are not evaluated/,
            },
        ],
        unknownPaths: ["policyEngineConfiguration", "policyEngineConfiguration.mode"],
    })),
    ...GATEWAYS.map((type): PolicyCases => ({
        policy: bedrockAgentcoreGatewayNoDebugErrors,
        type,
        compliant: gateway(),
        alsoCompliant: [{ title: "another level", mutate: (p) => (p.exceptionLevel = "ERROR") }],
        mutations: [
            { title: "DEBUG", mutate: (p) => (p.exceptionLevel = "DEBUG"), expect: /`exceptionLevel` is DEBUG/ },
            { title: "debug in lower case", mutate: (p) => (p.exceptionLevel = " debug"), expect: /`exceptionLevel` is DEBUG/ },
        ],
        unknownPaths: ["exceptionLevel"],
    })),
    ...["aws:bedrock/agentcoreWorkloadIdentity:AgentcoreWorkloadIdentity", "aws-native:bedrockagentcore:WorkloadIdentity"].map(
        (type): PolicyCases => ({
            policy: bedrockAgentcoreIdentityHttpsUrls,
            type,
            compliant: { name: "app", allowedResourceOauth2ReturnUrls: ["https://app.example.com/oauth/callback", UNKNOWN] },
            alsoCompliant: [
                { title: "no return URLs", mutate: (p) => delete p.allowedResourceOauth2ReturnUrls },
                {
                    title: "a loopback callback for local development",
                    mutate: (p) => (p.allowedResourceOauth2ReturnUrls = ["http://localhost:8080/callback", "http://127.0.0.1/cb"]),
                },
            ],
            mutations: [
                {
                    title: "an http return URL",
                    mutate: (p) => (p.allowedResourceOauth2ReturnUrls = ["https://app.example.com/cb", "http://app.example.com/cb"]),
                    expect: /`allowedResourceOauth2ReturnUrls\[1\]` is not an https URL/,
                },
                {
                    title: "a localhost look-alike host",
                    mutate: (p) => (p.allowedResourceOauth2ReturnUrls = ["http://localhost.evil.example/cb"]),
                    expect: /`allowedResourceOauth2ReturnUrls\[0\]` is not an https URL/,
                },
                {
                    title: "four http return URLs",
                    mutate: (p) =>
                        (p.allowedResourceOauth2ReturnUrls = [
                            "http://a.example",
                            "http://b.example",
                            "http://c.example",
                            "http://d.example",
                        ]),
                    expect: /`allowedResourceOauth2ReturnUrls\[0\]`, `allowedResourceOauth2ReturnUrls\[1\]`, `allowedResourceOauth2ReturnUrls\[2\]` and more are not/,
                },
            ],
            unknownPaths: ["allowedResourceOauth2ReturnUrls", "allowedResourceOauth2ReturnUrls.0"],
        }),
    ),
    ...(
        [
            ["aws:bedrock/agentcoreOauth2CredentialProvider:AgentcoreOauth2CredentialProvider", "oauth2ProviderConfig"],
            ["aws-native:bedrockagentcore:OAuth2CredentialProvider", "oauth2ProviderConfigInput"],
        ] as const
    ).map(([type, config]): PolicyCases => ({
        policy: bedrockAgentcoreIdentityHttpsUrls,
        type,
        compliant: { name: "idp", credentialProviderVendor: "CustomOauth2", [config]: { customOauth2ProviderConfig: customOauth() } },
        alsoCompliant: [
            {
                title: "a discovery URL",
                mutate: (p) =>
                    setPath(p, `${config}.customOauth2ProviderConfig.oauthDiscovery`, {
                        discoveryUrl: `${ISSUER}/.well-known/openid-configuration`,
                    }),
            },
            {
                title: "a vendor preset (GitHub)",
                mutate: (p) => (p[config] = { githubOauth2ProviderConfig: { clientId: "x", clientSecret: UNKNOWN } }),
            },
        ],
        mutations: [
            {
                title: "an http token endpoint",
                mutate: (p) =>
                    setPath(
                        p,
                        `${config}.customOauth2ProviderConfig.oauthDiscovery.authorizationServerMetadata.tokenEndpoint`,
                        "http://idp.example.com/token",
                    ),
                expect: new RegExp(
                    `\`${config}\\.customOauth2ProviderConfig\\.oauthDiscovery\\.authorizationServerMetadata\\.tokenEndpoint\` is not an https URL`,
                ),
            },
            {
                title: "an http discovery URL",
                mutate: (p) =>
                    setPath(p, `${config}.customOauth2ProviderConfig.oauthDiscovery`, {
                        discoveryUrl: "http://idp.example.com/.well-known/openid-configuration",
                    }),
                expect: /oauthDiscovery\.discoveryUrl` is not an https URL/,
            },
        ],
        unknownPaths: [`${config}.customOauth2ProviderConfig.oauthDiscovery`, config],
    })),
    ...(
        [
            ["aws:bedrock/agentcoreGatewayTarget:AgentcoreGatewayTarget", "credentialProviderConfiguration", "oauth"],
            [
                "aws-native:bedrockagentcore:GatewayTarget",
                "credentialProviderConfigurations.0.credentialProvider",
                "oauthCredentialProvider",
            ],
        ] as const
    ).map(([type, cred, oauth]): PolicyCases => {
        const compliant: Props = {
            name: "crm",
            gatewayIdentifier: UNKNOWN,
            ...(type.startsWith("aws-native:") ? { credentialProviderConfigurations: [{}] } : {}),
        };
        setPath(compliant, `${cred}.${oauth}`, { providerArn: UNKNOWN, scopes: ["read"], defaultReturnUrl: "https://app.example.com/cb" });
        return {
            policy: bedrockAgentcoreIdentityHttpsUrls,
            type,
            compliant,
            alsoCompliant: [{ title: "no return URL", mutate: (p) => deletePath(p, `${cred}.${oauth}.defaultReturnUrl`) }],
            mutations: [
                {
                    title: "an http default return URL",
                    mutate: (p) => setPath(p, `${cred}.${oauth}.defaultReturnUrl`, "http://app.example.com/cb"),
                    expect: /defaultReturnUrl` is not an https URL/,
                },
            ],
            unknownPaths: [`${cred}.${oauth}.defaultReturnUrl`],
        };
    }),
];

// bedrock-resource-policy-not-public: Bedrock and AgentCore resource policies.
const rpDoc = (statement: Props) => JSON.stringify({ Version: "2012-10-17", Statement: [statement] });
const CALLER = "arn:aws:iam::111122223333:role/caller";
cases.push(
    ...(
        [
            ["aws-native:bedrock:ResourcePolicy", "policyDocument", "bedrock:ApplyGuardrail"],
            ["aws-native:bedrockagentcore:ResourcePolicy", "policy", "bedrock-agentcore:InvokeAgentRuntime"],
            ["aws:bedrock/agentcoreResourcePolicy:AgentcoreResourcePolicy", "policy", "bedrock-agentcore:InvokeAgentRuntime"],
        ] as const
    ).map(([type, field, action]): PolicyCases => ({
        policy: bedrockResourcePolicyNotPublic,
        type,
        compliant: { resourceArn: UNKNOWN, [field]: rpDoc({ Effect: "Allow", Principal: { AWS: CALLER }, Action: action, Resource: "*" }) },
        alsoCompliant: [
            {
                title: "`*` limited to the organisation",
                mutate: (p) =>
                    (p[field] = rpDoc({
                        Effect: "Allow",
                        Principal: "*",
                        Action: action,
                        Resource: "*",
                        Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } },
                    })),
            },
            {
                title: "`*` limited to a VPC endpoint",
                mutate: (p) =>
                    (p[field] = rpDoc({
                        Effect: "Allow",
                        Principal: { AWS: "*" },
                        Action: action,
                        Resource: "*",
                        Condition: { StringEquals: { "aws:SourceVpce": "vpce-0abc" } },
                    })),
            },
            {
                title: "a Deny for `*`",
                mutate: (p) => (p[field] = rpDoc({ Effect: "Deny", Principal: "*", Action: action, Resource: "*" })),
            },
            {
                title: "a document as an object",
                mutate: (p) =>
                    (p[field] = JSON.parse(rpDoc({ Effect: "Allow", Principal: { AWS: CALLER }, Action: action, Resource: "*" }))),
            },
        ],
        mutations: [
            {
                title: "Principal `*` with no condition",
                mutate: (p) => (p[field] = rpDoc({ Effect: "Allow", Principal: "*", Action: action, Resource: "*" })),
                expect: new RegExp(`Statement #1 of \`${field}\` allows every AWS principal`),
            },
            {
                title: "Principal AWS `*` with an unrelated condition",
                mutate: (p) =>
                    (p[field] = rpDoc({
                        Effect: "Allow",
                        Principal: { AWS: "*" },
                        Action: action,
                        Resource: "*",
                        Condition: { Bool: { "aws:SecureTransport": "true" } },
                    })),
                expect: /allows every AWS principal \(`\*`\) with no condition on account, organisation or network/,
            },
        ],
        unknownPaths: [field],
    })),
);

// bedrock-enforced-guardrail-complete: the account-level enforced guardrail (aws-native only).
cases.push({
    policy: bedrockEnforcedGuardrailComplete,
    type: "aws-native:bedrock:EnforcedGuardrailConfiguration",
    compliant: {
        guardrailIdentifier: UNKNOWN,
        guardrailVersion: UNKNOWN,
        selectiveContentGuarding: { messages: "COMPREHENSIVE", system: "COMPREHENSIVE" },
    },
    alsoCompliant: [
        { title: "a published version number", mutate: (p) => (p.guardrailVersion = "3") },
        {
            title: "only included models, no exclusions",
            mutate: (p) => (p.modelEnforcement = { includedModels: ["anthropic.claude-3-haiku"], excludedModels: [] }),
        },
        { title: "no selective guarding setting", mutate: (p) => delete p.selectiveContentGuarding },
    ],
    mutations: [
        { title: "the DRAFT version", mutate: (p) => (p.guardrailVersion = "DRAFT"), expect: /`guardrailVersion` is DRAFT/ },
        {
            title: "an excluded model",
            mutate: (p) => (p.modelEnforcement = { includedModels: [], excludedModels: ["meta.llama3"] }),
            expect: /`modelEnforcement.excludedModels` lists 1 model that bypass/,
        },
        {
            title: "selective system prompts",
            mutate: (p) => setPath(p, "selectiveContentGuarding.system", "SELECTIVE"),
            expect: /`selectiveContentGuarding.system` is SELECTIVE/,
        },
        {
            title: "all three at once, in one finding",
            mutate: (p) => {
                p.guardrailVersion = "DRAFT";
                p.modelEnforcement = { includedModels: [], excludedModels: ["a", "b"] };
                setPath(p, "selectiveContentGuarding.messages", "SELECTIVE");
            },
            expect: /DRAFT.*; `modelEnforcement.excludedModels` lists 2 models.*; `selectiveContentGuarding.messages` is SELECTIVE/,
        },
    ],
    unknownPaths: [
        "guardrailVersion",
        "modelEnforcement",
        "modelEnforcement.excludedModels",
        "selectiveContentGuarding",
        "selectiveContentGuarding.system",
    ],
});
