import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { cmkControls } from "./controls";

export const bedrockCustomModelKmsEncryption = resourcePolicy({
    name: "bedrock-custom-model-kms-encryption",
    description: "Bedrock custom (fine-tuned) models must be encrypted with a customer-managed KMS key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: {
        "aws:bedrock/customModel:CustomModel": {},
    },
    // Peer: Prowler bedrock_custom_model_encrypted_with_cmk (critical), no control mapping published.
    controls: cmkControls("a model fine-tuned on PHI, whose weights can reproduce training records"),
    fix: "set `customModelKmsKeyId` to the ARN of a customer-managed KMS key (e.g. `customModelKmsKeyId: key.arn`)",
    remediationSteps: [
        "1. Create a customer-managed KMS key with rotation enabled (or reuse one) whose key policy lets Bedrock use it.",
        "2. Set `customModelKmsKeyId`. AWS-managed aliases (`alias/aws/...`) are not accepted.",
        "```typescript",
        'const key = new aws.kms.Key("model", { enableKeyRotation: true });',
        'new aws.bedrock.CustomModel("model", {',
        "    // ...",
        "    customModelKmsKeyId: key.arn,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.bedrock.CustomModel("model", {\n    customModelName: "triage-notes",\n    baseModelIdentifier: baseModel.modelArn,\n});',
        after: 'new aws.bedrock.CustomModel("model", {\n    customModelName: "triage-notes",\n    baseModelIdentifier: baseModel.modelArn,\n    customModelKmsKeyId: key.arn,\n});',
    },
    check(r, report) {
        requireCustomerManagedKey(
            r.get("customModelKmsKeyId"),
            "customModelKmsKeyId",
            "the custom model's weights, which are trained on (and can reproduce) PHI from the training data",
            report,
        );
    },
});
