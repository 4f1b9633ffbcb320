import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { cmkControls } from "./controls";

export const bedrockAgentcoreMemoryKmsEncryption = resourcePolicy({
    name: "bedrock-agentcore-memory-kms-encryption",
    description: "Bedrock AgentCore memories must be encrypted with a customer-managed KMS key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: {
        "aws:bedrock/agentcoreMemory:AgentcoreMemory": {},
        "aws-native:bedrockagentcore:Memory": {},
    },
    // Peers: AWS Config bedrock-agentcore-memory-encryption-enabled, Security Hub BedrockAgentCore.3 (no HIPAA mapping published).
    controls: cmkControls("stored conversation events and long-term memory records, i.e. PHI users told the agent"),
    fix: "set `encryptionKeyArn` to the ARN of a customer-managed KMS key (e.g. `encryptionKeyArn: key.arn`)",
    remediationSteps: [
        "1. Create a customer-managed KMS key with rotation enabled (or reuse one) whose key policy lets Bedrock use it.",
        "2. Set `encryptionKeyArn`. AWS-managed aliases (`alias/aws/...`) are not accepted.",
        "```typescript",
        'const key = new aws.kms.Key("memory", { enableKeyRotation: true });',
        'new aws.bedrock.AgentcoreMemory("memory", {',
        "    // ...",
        "    encryptionKeyArn: key.arn,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.bedrock.AgentcoreMemory("memory", {\n    name: "patient_assistant",\n    eventExpiryDuration: 30,\n});',
        after: 'new aws.bedrock.AgentcoreMemory("memory", {\n    name: "patient_assistant",\n    eventExpiryDuration: 30,\n    encryptionKeyArn: key.arn,\n});',
    },
    check(r, report) {
        requireCustomerManagedKey(
            r.get("encryptionKeyArn"),
            "encryptionKeyArn",
            "the memory's stored conversation events and extracted memory records",
            report,
        );
    },
});
