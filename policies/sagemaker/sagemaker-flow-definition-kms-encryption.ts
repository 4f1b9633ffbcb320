import { checkov, own } from "../core/frameworks";
import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { T } from "./common";

export const sagemakerFlowDefinitionKmsEncryption = resourcePolicy({
    name: "sagemaker-flow-definition-kms-encryption",
    description: "SageMaker human review (A2I) flow definitions must encrypt the reviewers' output with a customer-managed KMS key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { [T.flowDefinition]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(a)(2)(iv)"],
            source: own("Encryption of ePHI at rest: human review output contains the reviewed records (PHI) and the reviewers' answers."),
        },
        "nist-800-53": {
            ids: ["SC-28(1)", "SC-13"],
            source: checkov("CKV_AWS_372 (flow definition output KMS); ids as for the notebook KMS rule"),
        },
    },
    fix: "set `outputConfig.kmsKeyId` to the ARN of a customer-managed KMS key",
    remediationSteps: [
        "1. Set `outputConfig.kmsKeyId` to a customer-managed key (AWS-managed aliases are not accepted).",
        "```typescript",
        'new aws.sagemaker.FlowDefinition("review", {',
        "    // ...",
        "    outputConfig: { s3OutputPath: reviewUri, kmsKeyId: key.arn },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.FlowDefinition("review", {\n    // ...\n    outputConfig: { s3OutputPath: reviewUri },\n});',
        after: 'new aws.sagemaker.FlowDefinition("review", {\n    // ...\n    outputConfig: { s3OutputPath: reviewUri, kmsKeyId: key.arn },\n});',
    },
    check(r, report) {
        requireCustomerManagedKey(
            r.get("outputConfig.kmsKeyId"),
            "outputConfig.kmsKeyId",
            "the human review output (reviewed records, PHI)",
            report,
        );
    },
});
