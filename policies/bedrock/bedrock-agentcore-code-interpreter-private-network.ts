import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";
import { privateNetworkControls } from "./controls";

const MODES = ["PUBLIC", "SANDBOX", "VPC"];

export const bedrockAgentcoreCodeInterpreterPrivateNetwork = resourcePolicy({
    name: "bedrock-agentcore-code-interpreter-private-network",
    description: "Bedrock AgentCore code interpreters must not use PUBLIC network mode.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "network",
    resources: {
        "aws:bedrock/agentcoreCodeInterpreter:AgentcoreCodeInterpreter": {},
        "aws-native:bedrockagentcore:CodeInterpreterCustom": {},
    },
    // Peers: AWS Config bedrockagentcore-codeinterpreter-networkmode-check / Security Hub BedrockAgentCore.7 fail SANDBOX too;
    // we accept SANDBOX on purpose: it has no internet access, which is at least as closed as VPC for exfiltration.
    controls: privateNetworkControls("a code interpreter in PUBLIC network mode, running model-written code on PHI with internet access,"),
    fix: 'set `networkConfiguration.networkMode` to "SANDBOX" (no internet) or "VPC" (with `vpcConfig` subnets and security groups)',
    remediationSteps: [
        '1. Use "SANDBOX" when the generated code needs no network, or "VPC" with private subnets and a security group when it must reach your resources.',
        "```typescript",
        'new aws.bedrock.AgentcoreCodeInterpreter("analysis", {',
        "    // ...",
        '    networkConfiguration: { networkMode: "SANDBOX" },',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.bedrock.AgentcoreCodeInterpreter("analysis", {\n    name: "analysis",\n    networkConfiguration: { networkMode: "PUBLIC" },\n});',
        after: 'new aws.bedrock.AgentcoreCodeInterpreter("analysis", {\n    name: "analysis",\n    executionRoleArn: role.arn,\n    networkConfiguration: { networkMode: "SANDBOX" },\n});',
    },
    check(r, report) {
        const mode = r.get("networkConfiguration.networkMode");
        if (mode.state === "unknown") return;
        if (mode.state === "known" && (mode.value === "SANDBOX" || mode.value === "VPC")) return;
        report(
            `The code interpreter's network mode is ${describe(mode, MODES)}: code the model writes runs with internet access outside your VPC and can send the PHI it processes anywhere.`,
        );
    },
});
