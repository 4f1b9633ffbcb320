import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { cmkControls } from "./controls";

export const bedrockAgentKmsEncryption = resourcePolicy({
    name: "bedrock-agent-kms-encryption",
    description: "Bedrock agents must encrypt their data with a customer-managed KMS key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: {
        "aws:bedrock/agentAgent:AgentAgent": {},
        "aws-native:bedrock:Agent": {},
    },
    // Peer: Checkov CKV_AWS_373 (BedrockAgentEncrypted, TF+CFN), which publishes no control mapping.
    controls: cmkControls("the agent's instructions, session data and memory, which carry PHI from conversations"),
    fix: "set `customerEncryptionKeyArn` to the ARN of a customer-managed KMS key (e.g. `customerEncryptionKeyArn: key.arn`)",
    remediationSteps: [
        "1. Create a customer-managed KMS key with rotation enabled (or reuse one) whose key policy lets Bedrock use it.",
        "2. Set `customerEncryptionKeyArn` on the agent. AWS-managed aliases (`alias/aws/...`) are not accepted.",
        "```typescript",
        'const key = new aws.kms.Key("agent", { enableKeyRotation: true });',
        'new aws.bedrock.AgentAgent("agent", {',
        "    // ...",
        "    customerEncryptionKeyArn: key.arn,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.bedrock.AgentAgent("agent", {\n    agentName: "intake",\n    agentResourceRoleArn: role.arn,\n    foundationModel: "anthropic.claude-3-5-sonnet-20240620-v1:0",\n});',
        after: 'new aws.bedrock.AgentAgent("agent", {\n    agentName: "intake",\n    agentResourceRoleArn: role.arn,\n    foundationModel: "anthropic.claude-3-5-sonnet-20240620-v1:0",\n    customerEncryptionKeyArn: key.arn,\n});',
    },
    check(r, report) {
        requireCustomerManagedKey(
            r.get("customerEncryptionKeyArn"),
            "customerEncryptionKeyArn",
            "the agent's data (instructions, sessions, memory)",
            report,
        );
    },
});
