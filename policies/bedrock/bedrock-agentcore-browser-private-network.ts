import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";
import { privateNetworkControls } from "./controls";

export const bedrockAgentcoreBrowserPrivateNetwork = resourcePolicy({
    name: "bedrock-agentcore-browser-private-network",
    description: "Bedrock AgentCore browsers must run in VPC network mode.",
    severity: "medium",
    enforcementLevel: "mandatory",
    practice: "network",
    resources: {
        "aws:bedrock/agentcoreBrowser:AgentcoreBrowser": {},
        "aws-native:bedrockagentcore:BrowserCustom": {},
    },
    // Peer: Security Hub BedrockAgentCore.5 (custom browsers should not use public network mode), no mapping published.
    controls: privateNetworkControls("a browser tool in PUBLIC network mode, which an agent holding PHI can drive to any website,"),
    fix: 'set `networkConfiguration: { networkMode: "VPC", vpcConfig: { subnets: [...], securityGroups: [...] } }`',
    remediationSteps: [
        '1. Set `networkConfiguration.networkMode` to "VPC" with private subnets and a security group, and send its internet traffic through a NAT gateway and egress filtering (e.g. Network Firewall domain allow-lists) you own.',
        "```typescript",
        'new aws.bedrock.AgentcoreBrowser("browser", {',
        "    // ...",
        "    networkConfiguration: {",
        '        networkMode: "VPC",',
        "        vpcConfig: { subnets: privateSubnets.map((s) => s.id), securityGroups: [browserSg.id] },",
        "    },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.bedrock.AgentcoreBrowser("browser", {\n    name: "portal",\n    networkConfiguration: { networkMode: "PUBLIC" },\n});',
        after: 'new aws.bedrock.AgentcoreBrowser("browser", {\n    name: "portal",\n    networkConfiguration: {\n        networkMode: "VPC",\n        vpcConfig: { subnets: privateSubnets.map((s) => s.id), securityGroups: [browserSg.id] },\n    },\n});',
    },
    check(r, report) {
        const mode = r.get("networkConfiguration.networkMode");
        if (mode.state === "unknown" || (mode.state === "known" && mode.value === "VPC")) return;
        report(
            `The browser's network mode is ${describe(mode, ["PUBLIC", "VPC"])}: the agent browses the internet outside your VPC and egress controls, so it can post PHI to any site.`,
        );
    },
});
