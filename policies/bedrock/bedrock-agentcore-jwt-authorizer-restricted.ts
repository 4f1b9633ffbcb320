import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { isUnknown } from "../core/values";

const JWT = "authorizerConfiguration.customJwtAuthorizer";
const classic = { fields: { jwt: JWT, audiences: `${JWT}.allowedAudiences`, clients: `${JWT}.allowedClients` } };
const native = { fields: { jwt: JWT, audiences: `${JWT}.allowedAudience`, clients: `${JWT}.allowedClients` } };

export const bedrockAgentcoreJwtAuthorizerRestricted = resourcePolicy({
    name: "bedrock-agentcore-jwt-authorizer-restricted",
    description:
        "A Bedrock AgentCore runtime or gateway with a JWT authorizer must restrict the tokens it accepts to named audiences or clients.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "access",
    // IAM SigV4 (no JWT authorizer) is AgentCore's documented default for runtimes and is not judged here;
    // gateways without any authorizer are bedrock-agentcore-gateway-authorizer's finding.
    resources: {
        "aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime": classic,
        "aws:bedrock/agentcoreGateway:AgentcoreGateway": classic,
        "aws-native:bedrockagentcore:Runtime": native,
        "aws-native:bedrockagentcore:Gateway": native,
    },
    // Peer: AWS AI/ML security assessment sample (agentcore_assessments) reviews runtime and gateway
    // authorizers; no scanner checks the audience/client restriction itself.
    controls: {
        hipaa: {
            ids: ["164.312(d)", "164.312(a)(1)"],
            source: own(
                "Person or entity authentication: a JWT authorizer that checks neither audience nor client accepts every token its issuer signs, for any application of that identity provider.",
            ),
        },
        "nist-800-53": {
            ids: ["IA-2", "IA-9", "AC-3"],
            source: own("Identification and authentication: only tokens issued for this service are accepted."),
        },
        iso27001: { ids: ["A.8.5"], source: own("Secure authentication: tokens are bound to the intended audience.") },
    },
    fix: "set `allowedAudiences` (aws-native: `allowedAudience`) or `allowedClients` in `authorizerConfiguration.customJwtAuthorizer` to your app client ids",
    remediationSteps: [
        "1. Name the audiences or app clients whose tokens the runtime or gateway accepts.",
        "```typescript",
        "authorizerConfiguration: {",
        "    customJwtAuthorizer: {",
        "        discoveryUrl: `https://cognito-idp.${region}.amazonaws.com/${pool.id}/.well-known/openid-configuration`,",
        "        allowedClients: [appClient.id],",
        "    },",
        "},",
        "```",
    ].join("\n"),
    check(r, report) {
        const jwt = r.get("jwt");
        if (jwt.state !== "known" || jwt.value === null || typeof jwt.value !== "object") return;
        /** A restriction is set when the list is unknown (from the stack) or has a known, non-blank entry or an unknown one. */
        const restricts = (field: string): boolean => {
            const items = r.list(field);
            if (items === "unknown") return true;
            return items.some((x) => isUnknown(x) || (typeof x === "string" && x.trim() !== ""));
        };
        if (restricts("audiences") || restricts("clients")) return;
        report(
            "The JWT authorizer names no allowed audience and no allowed client, so it accepts any token its identity provider issues, for any application of that provider.",
        );
    },
});
