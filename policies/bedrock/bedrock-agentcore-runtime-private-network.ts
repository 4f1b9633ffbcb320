import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";
import { privateNetworkControls } from "./controls";

export const bedrockAgentcoreRuntimePrivateNetwork = resourcePolicy({
    name: "bedrock-agentcore-runtime-private-network",
    description: "Bedrock AgentCore agent runtimes must run in VPC network mode.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "network",
    resources: {
        "aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime": {},
        "aws-native:bedrockagentcore:Runtime": {},
    },
    // Peers: AWS Config bedrockagentcore-runtime-private-network-required, Security Hub BedrockAgentCore.1 (no HIPAA mapping published).
    controls: privateNetworkControls("an agent runtime in PUBLIC network mode"),
    fix: 'set `networkConfiguration: { networkMode: "VPC", networkModeConfig: { subnets: [...], securityGroups: [...] } }`',
    remediationSteps: [
        '1. Set `networkConfiguration.networkMode` to "VPC" and give the runtime private subnets and a security group.',
        "2. Reach AWS APIs through interface VPC endpoints; reach the internet, if the agent must, through a NAT gateway and egress controls you own.",
        "```typescript",
        'new aws.bedrock.AgentcoreAgentRuntime("agent", {',
        "    // ...",
        "    networkConfiguration: {",
        '        networkMode: "VPC",',
        "        networkModeConfig: { subnets: privateSubnets.map((s) => s.id), securityGroups: [agentSg.id] },",
        "    },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.bedrock.AgentcoreAgentRuntime("agent", {\n    agentRuntimeName: "intake",\n    roleArn: role.arn,\n    agentRuntimeArtifact: { containerConfiguration: { containerUri: image } },\n    networkConfiguration: { networkMode: "PUBLIC" },\n});',
        after: 'new aws.bedrock.AgentcoreAgentRuntime("agent", {\n    agentRuntimeName: "intake",\n    roleArn: role.arn,\n    agentRuntimeArtifact: { containerConfiguration: { containerUri: image } },\n    networkConfiguration: {\n        networkMode: "VPC",\n        networkModeConfig: { subnets: privateSubnets.map((s) => s.id), securityGroups: [agentSg.id] },\n    },\n});',
    },
    check(r, report) {
        const mode = r.get("networkConfiguration.networkMode", "PUBLIC");
        if (mode.state !== "known" || mode.value === "VPC") return;
        report(
            `The runtime's network mode is ${describe(mode, ["PUBLIC", "VPC"])}: the agent's container reaches the internet and AWS services outside your VPC, so PHI it handles can leave without passing your network controls.`,
        );
    },
});
