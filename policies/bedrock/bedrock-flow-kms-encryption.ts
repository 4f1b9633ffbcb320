import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { cmkControls } from "./controls";

export const bedrockFlowKmsEncryption = resourcePolicy({
    name: "bedrock-flow-kms-encryption",
    description: "Bedrock agent flows must be encrypted with a customer-managed KMS key.",
    severity: "medium",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: {
        "aws:bedrock/agentFlow:AgentFlow": {},
        "aws-native:bedrock:Flow": {},
    },
    // No peer checks this input (check catalog section 5: `agentFlow.customerEncryptionKeyArn` - no tool).
    controls: cmkControls("flow definitions, whose inline prompts can embed patient records"),
    fix: "set `customerEncryptionKeyArn` to the ARN of a customer-managed KMS key (e.g. `customerEncryptionKeyArn: key.arn`)",
    remediationSteps: [
        "1. Create a customer-managed KMS key with rotation enabled (or reuse one) whose key policy lets Bedrock use it.",
        "2. Set `customerEncryptionKeyArn`. AWS-managed aliases (`alias/aws/...`) are not accepted.",
        "```typescript",
        'const key = new aws.kms.Key("flow", { enableKeyRotation: true });',
        'new aws.bedrock.AgentFlow("flow", {',
        "    // ...",
        "    customerEncryptionKeyArn: key.arn,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.bedrock.AgentFlow("flow", {\n    name: "referral-flow",\n    executionRoleArn: flowRole.arn,\n});',
        after: 'new aws.bedrock.AgentFlow("flow", {\n    name: "referral-flow",\n    executionRoleArn: flowRole.arn,\n    customerEncryptionKeyArn: key.arn,\n});',
    },
    check(r, report) {
        requireCustomerManagedKey(
            r.get("customerEncryptionKeyArn"),
            "customerEncryptionKeyArn",
            "the flow's definition (inline prompts, node configuration)",
            report,
        );
    },
});
