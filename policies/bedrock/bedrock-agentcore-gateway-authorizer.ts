import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";

const TYPES = ["CUSTOM_JWT", "AWS_IAM", "NONE", "AUTHENTICATE_ONLY"];

export const bedrockAgentcoreGatewayAuthorizer = resourcePolicy({
    name: "bedrock-agentcore-gateway-authorizer",
    description: "Bedrock AgentCore gateways must authorize inbound requests.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "access",
    resources: {
        "aws:bedrock/agentcoreGateway:AgentcoreGateway": {},
        "aws-native:bedrockagentcore:Gateway": {},
    },
    // Peers: AWS Config bedrockagentcore-gateway-authorizer-enabled, Security Hub BedrockAgentCore.2 (no mapping published).
    controls: {
        hipaa: {
            ids: ["164.312(d)", "164.312(a)(1)"],
            source: own(
                "Person or entity authentication and access control: a gateway without an authorizer lets any caller invoke the tools (and the PHI behind them) it fronts.",
            ),
        },
        "nist-800-53": {
            ids: ["IA-2", "IA-9", "AC-3"],
            source: own("Identification and authentication of users and services before access is enforced."),
        },
        iso27001: { ids: ["A.8.5", "A.5.15"], source: own("Secure authentication and access control on the gateway endpoint.") },
    },
    fix: 'set `authorizerType` to "AWS_IAM" or "CUSTOM_JWT" (with `authorizerConfiguration.customJwtAuthorizer`)',
    remediationSteps: [
        '1. Use "AWS_IAM" (SigV4, IAM policies decide) or "CUSTOM_JWT" with your identity provider\'s discovery URL and allowed audiences/clients.',
        "```typescript",
        'new aws.bedrock.AgentcoreGateway("tools", {',
        "    // ...",
        '    authorizerType: "AWS_IAM",',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.bedrock.AgentcoreGateway("tools", {\n    name: "tools",\n    roleArn: gatewayRole.arn,\n    authorizerType: "NONE",\n});',
        after: 'new aws.bedrock.AgentcoreGateway("tools", {\n    name: "tools",\n    roleArn: gatewayRole.arn,\n    authorizerType: "AWS_IAM",\n});',
    },
    check(r, report) {
        const v = r.get("authorizerType");
        if (v.state === "unknown") return;
        if (v.state === "known" && typeof v.value === "string" && v.value.trim() !== "" && v.value !== "NONE") return;
        report(
            `The gateway's \`authorizerType\` is ${describe(v, TYPES)}: inbound requests are not authenticated, so any caller that can reach the gateway can invoke its tools.`,
        );
    },
});
