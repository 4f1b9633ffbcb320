// Case tables for the access policies of issue 26: JWT authorizers on AgentCore runtimes and gateways,
// agent idle session TTL, and long-term Bedrock API keys.

import { bedrockAgentIdleSessionTtl } from "../../policies/bedrock/bedrock-agent-idle-session-ttl";
import { bedrockAgentcoreJwtAuthorizerRestricted } from "../../policies/bedrock/bedrock-agentcore-jwt-authorizer-restricted";
import { bedrockApiKeyNoLongTerm } from "../../policies/bedrock/bedrock-api-key-no-long-term";
import { UNKNOWN } from "../harness";
import { deletePath, PolicyCases, setPath } from "../policy-cases";

type Props = Record<string, unknown>;

const DISCOVERY = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc/.well-known/openid-configuration";

function jwtCases(type: string, audienceField: string, base: Props): PolicyCases {
    const jwt = "authorizerConfiguration.customJwtAuthorizer";
    const compliant = structuredClone(base);
    setPath(compliant, jwt, { discoveryUrl: DISCOVERY, allowedClients: [UNKNOWN] });
    return {
        policy: bedrockAgentcoreJwtAuthorizerRestricted,
        type,
        compliant,
        alsoCompliant: [
            { title: "IAM SigV4 (no JWT authorizer, the runtime default)", mutate: (p) => delete p.authorizerConfiguration },
            {
                title: "allowed audiences only",
                mutate: (p) => setPath(p, jwt, { discoveryUrl: DISCOVERY, [audienceField]: ["api://triage"] }),
            },
            { title: "a known client id", mutate: (p) => setPath(p, `${jwt}.allowedClients`, ["4abc1234client"]) },
        ],
        mutations: [
            {
                title: "no audiences and no clients",
                mutate: (p) => deletePath(p, `${jwt}.allowedClients`),
                expect: /names no allowed audience and no allowed client/,
            },
            {
                title: "empty lists",
                mutate: (p) => setPath(p, jwt, { discoveryUrl: DISCOVERY, allowedClients: [], [audienceField]: [""] }),
                expect: /accepts any token its identity provider issues/,
            },
        ],
        unknownPaths: [`${jwt}.allowedClients`, jwt, "authorizerConfiguration"],
    };
}

const runtime = (): Props => ({ agentRuntimeName: "triage", roleArn: UNKNOWN, networkConfiguration: { networkMode: "VPC" } });
const gateway = (): Props => ({ name: "tools", roleArn: UNKNOWN, authorizerType: "CUSTOM_JWT", protocolType: "MCP" });

export const cases: PolicyCases[] = [
    jwtCases("aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime", "allowedAudiences", runtime()),
    jwtCases("aws-native:bedrockagentcore:Runtime", "allowedAudience", runtime()),
    jwtCases("aws:bedrock/agentcoreGateway:AgentcoreGateway", "allowedAudiences", gateway()),
    jwtCases("aws-native:bedrockagentcore:Gateway", "allowedAudience", gateway()),
    ...["aws:bedrock/agentAgent:AgentAgent", "aws-native:bedrock:Agent"].map((type): PolicyCases => ({
        policy: bedrockAgentIdleSessionTtl,
        type,
        compliant: {
            agentName: "intake",
            agentResourceRoleArn: UNKNOWN,
            foundationModel: "anthropic.claude-3-haiku",
            idleSessionTtlInSeconds: 600,
        },
        alsoCompliant: [
            { title: "not set (Bedrock default 600)", mutate: (p) => delete p.idleSessionTtlInSeconds },
            { title: "exactly 900", mutate: (p) => (p.idleSessionTtlInSeconds = 900) },
        ],
        mutations: [
            {
                title: "3600 (Bedrock's maximum)",
                mutate: (p) => (p.idleSessionTtlInSeconds = 3600),
                expect: /`idleSessionTtlInSeconds` is 3600: .* maximum of 900 seconds/,
            },
            { title: "901", mutate: (p) => (p.idleSessionTtlInSeconds = 901), expect: /is 901/ },
        ],
        unknownPaths: ["idleSessionTtlInSeconds"],
    })),
    {
        policy: bedrockApiKeyNoLongTerm,
        type: "aws:iam/serviceSpecificCredential:ServiceSpecificCredential",
        compliant: { serviceName: "codecommit.amazonaws.com", userName: UNKNOWN },
        alsoCompliant: [
            {
                title: "an inactive Bedrock key",
                mutate: (p) => Object.assign(p, { serviceName: "bedrock.amazonaws.com", status: "Inactive" }),
            },
            { title: "another service", mutate: (p) => (p.serviceName = "cassandra.amazonaws.com") },
        ],
        mutations: [
            {
                title: "a Bedrock key that never expires",
                mutate: (p) => (p.serviceName = "bedrock.amazonaws.com"),
                expect: /never expires \(`credentialAgeDays` is not set\)/,
            },
            {
                title: "a Bedrock key valid for 30 days",
                mutate: (p) => Object.assign(p, { serviceName: "bedrock.amazonaws.com", credentialAgeDays: 30 }),
                expect: /valid for 30 days/,
            },
            {
                title: "a Bedrock key whose age is unknown",
                mutate: (p) => Object.assign(p, { serviceName: "bedrock.amazonaws.com", credentialAgeDays: UNKNOWN }),
                expect: /This is a long-term Bedrock API key/,
            },
        ],
        unknownPaths: ["serviceName", "status"],
    },
];
