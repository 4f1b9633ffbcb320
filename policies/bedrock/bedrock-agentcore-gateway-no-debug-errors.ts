import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";

export const bedrockAgentcoreGatewayNoDebugErrors = resourcePolicy({
    name: "bedrock-agentcore-gateway-no-debug-errors",
    description: "Bedrock AgentCore gateways should not return DEBUG-level exception detail to their callers.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "data",
    resources: {
        "aws:bedrock/agentcoreGateway:AgentcoreGateway": {},
        "aws-native:bedrockagentcore:Gateway": {},
    },
    // Peer: AWS AI/ML security assessment sample, check AG-26 (exceptionLevel DEBUG fails, severity medium).
    controls: {
        hipaa: {
            ids: ["164.312(a)(1)"],
            source: own("Access control: detailed errors tell any caller how the tools, targets and policies behind the gateway work."),
        },
        "nist-800-53": {
            ids: ["SI-11"],
            source: own(
                "Error handling: error messages give callers no implementation detail (the AWS sample's AG-26 publishes no control mapping).",
            ),
        },
        iso27001: { ids: ["A.8.28"], source: own("Secure coding: error messages that reveal no implementation detail.") },
    },
    fix: "remove `exceptionLevel` (callers then get generic errors); read detailed errors from the gateway's logs instead",
    remediationSteps: [
        "1. Leave `exceptionLevel` unset outside a development stack: callers get generic errors and the details stay in the gateway's logs.",
        "```typescript",
        'new aws.bedrock.AgentcoreGateway("tools", { /* ... no exceptionLevel */ });',
        "```",
    ].join("\n"),
    check(r, report) {
        const v = r.get("exceptionLevel");
        if (v.state !== "known" || typeof v.value !== "string") return;
        if (v.value.trim().toUpperCase() !== "DEBUG") return;
        report(
            "`exceptionLevel` is DEBUG: the gateway returns detailed exception messages to its callers, which can disclose tool, target and policy details.",
        );
    },
});
