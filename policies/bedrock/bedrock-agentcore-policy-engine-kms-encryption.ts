import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { cmkControls } from "./controls";

export const bedrockAgentcorePolicyEngineKmsEncryption = resourcePolicy({
    name: "bedrock-agentcore-policy-engine-kms-encryption",
    description: "Bedrock AgentCore policy engines should encrypt their policies with a customer-managed KMS key.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "data",
    resources: {
        "aws:bedrock/agentcorePolicyEngine:AgentcorePolicyEngine": {},
        "aws-native:bedrockagentcore:PolicyEngine": {},
    },
    // Peer: none ships this check yet (Prowler, Security Hub and AWS's AI/ML assessment sample checked); the
    // same requirement as Security Hub BedrockAgentCore.4 for gateways.
    controls: cmkControls("the Cedar authorization policies that decide what agents may do"),
    fix: "set `encryptionKeyArn` to the ARN of a customer-managed KMS key (e.g. `encryptionKeyArn: key.arn`)",
    remediationSteps: [
        "1. Create a customer-managed KMS key with rotation enabled (or reuse one) whose key policy lets AgentCore use it.",
        "2. Set `encryptionKeyArn`. AWS-managed aliases (`alias/aws/...`) are not accepted.",
        "```typescript",
        'new aws.bedrock.AgentcorePolicyEngine("tools", { name: "tools_policy", encryptionKeyArn: key.arn });',
        "```",
    ].join("\n"),
    check(r, report) {
        requireCustomerManagedKey(r.get("encryptionKeyArn"), "encryptionKeyArn", "the policy engine's authorization policies", report);
    },
});
