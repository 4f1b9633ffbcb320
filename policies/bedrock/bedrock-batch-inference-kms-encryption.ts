import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { cmkControls } from "./controls";

export const bedrockBatchInferenceKmsEncryption = resourcePolicy({
    name: "bedrock-batch-inference-kms-encryption",
    description: "Bedrock batch inference jobs must encrypt their output with a customer-managed KMS key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { "aws:bedrockmodel/invocationJob:InvocationJob": {} },
    // Peer: Prowler bedrock_model_invocation_job_output_encrypted_with_cmk (mapped there only to its AI security framework file).
    controls: cmkControls("the model outputs the job writes to S3"),
    fix: "set `outputDataConfig.s3OutputDataConfig.s3EncryptionKeyId` to a customer-managed KMS key (e.g. `key.arn`)",
    remediationSteps: [
        "1. Create a customer-managed KMS key with rotation enabled (or reuse one) that the job's service role may use.",
        "2. Set `s3EncryptionKeyId` in the job's output configuration. AWS-managed aliases (`alias/aws/...`) are not accepted.",
        "```typescript",
        'new aws.bedrockmodel.InvocationJob("notes", {',
        "    // ...",
        "    outputDataConfig: { s3OutputDataConfig: { s3Uri: `s3://${out.bucket}/results/`, s3EncryptionKeyId: key.arn } },",
        "});",
        "```",
    ].join("\n"),
    check(r, report) {
        requireCustomerManagedKey(
            r.get("outputDataConfig.s3OutputDataConfig.s3EncryptionKeyId"),
            "outputDataConfig.s3OutputDataConfig.s3EncryptionKeyId",
            "the batch job's model outputs",
            report,
        );
    },
});
