import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { cmkControls } from "./controls";

export const bedrockPromptKmsEncryption = resourcePolicy({
    name: "bedrock-prompt-kms-encryption",
    description: "Bedrock managed prompts must be encrypted with a customer-managed KMS key.",
    severity: "medium",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: {
        "aws:bedrock/agentPrompt:AgentPrompt": {},
        "aws-native:bedrock:Prompt": {},
    },
    // Peer: Prowler bedrock_prompt_encrypted_with_cmk (medium; ISO 27001 A.8.24 in Prowler's compliance file).
    controls: cmkControls("prompt templates, whose few-shot examples can embed patient records", "bedrock_prompt_encrypted_with_cmk"),
    fix: "set `customerEncryptionKeyArn` to the ARN of a customer-managed KMS key (e.g. `customerEncryptionKeyArn: key.arn`)",
    remediationSteps: [
        "1. Create a customer-managed KMS key with rotation enabled (or reuse one) whose key policy lets Bedrock use it.",
        "2. Set `customerEncryptionKeyArn`. AWS-managed aliases (`alias/aws/...`) are not accepted.",
        "```typescript",
        'const key = new aws.kms.Key("prompt", { enableKeyRotation: true });',
        'new aws.bedrock.AgentPrompt("prompt", {',
        "    // ...",
        "    customerEncryptionKeyArn: key.arn,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.bedrock.AgentPrompt("prompt", {\n    name: "discharge-summary",\n});',
        after: 'new aws.bedrock.AgentPrompt("prompt", {\n    name: "discharge-summary",\n    customerEncryptionKeyArn: key.arn,\n});',
    },
    check(r, report) {
        requireCustomerManagedKey(
            r.get("customerEncryptionKeyArn"),
            "customerEncryptionKeyArn",
            "the prompt's templates and variants",
            report,
        );
    },
});
