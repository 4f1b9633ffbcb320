// Case tables for the AgentCore gateway and identity policies of issue 26 (branch h26b): policy engine in
// ENFORCE mode, no DEBUG exception detail, https OAuth URLs on workload identities, OAuth2 credential
// providers and gateway targets.

import { bedrockAgentcoreGatewayNoDebugErrors } from "../../policies/bedrock/bedrock-agentcore-gateway-no-debug-errors";
import { bedrockAgentcoreGatewayPolicyEngineEnforced } from "../../policies/bedrock/bedrock-agentcore-gateway-policy-engine-enforced";
import { bedrockAgentcoreIdentityHttpsUrls } from "../../policies/bedrock/bedrock-agentcore-identity-https-urls";
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
