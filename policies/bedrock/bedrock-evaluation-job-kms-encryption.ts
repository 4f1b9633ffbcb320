import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { cmkControls } from "./controls";

export const bedrockEvaluationJobKmsEncryption = resourcePolicy({
    name: "bedrock-evaluation-job-kms-encryption",
    description: "Bedrock model evaluation jobs must encrypt their data with a customer-managed KMS key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: {
        "aws:bedrock/evaluationJob:EvaluationJob": {},
    },
    // No peer checks this input (check catalog section 5: `evaluationJob.customerEncryptionKeyId` - no tool).
    controls: cmkControls("evaluation datasets and model responses, which are often real (PHI) prompts"),
    fix: "set `customerEncryptionKeyId` to the ARN of a customer-managed KMS key (e.g. `customerEncryptionKeyId: key.arn`)",
    remediationSteps: [
        "1. Create a customer-managed KMS key with rotation enabled (or reuse one) whose key policy lets Bedrock use it.",
        "2. Set `customerEncryptionKeyId`. AWS-managed aliases (`alias/aws/...`) are not accepted.",
        "```typescript",
        'const key = new aws.kms.Key("eval", { enableKeyRotation: true });',
        'new aws.bedrock.EvaluationJob("eval", {',
        "    // ...",
        "    customerEncryptionKeyId: key.arn,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.bedrock.EvaluationJob("eval", {\n    jobName: "summary-eval",\n    roleArn: evalRole.arn,\n});',
        after: 'new aws.bedrock.EvaluationJob("eval", {\n    jobName: "summary-eval",\n    roleArn: evalRole.arn,\n    customerEncryptionKeyId: key.arn,\n});',
    },
    check(r, report) {
        requireCustomerManagedKey(
            r.get("customerEncryptionKeyId"),
            "customerEncryptionKeyId",
            "the evaluation job's data (prompt datasets and model responses)",
            report,
        );
    },
});
