import { checkov, own, prowler } from "../core/frameworks";
import { judgeKmsKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { JOB_RESOURCES, jobViews, T } from "./common";

export const sagemakerJobKmsEncryption = resourcePolicy({
    name: "sagemaker-job-kms-encryption",
    description:
        "SageMaker training, tuning, processing and model-monitoring jobs must encrypt their output and storage volumes with customer-managed KMS keys.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: JOB_RESOURCES,
    controls: {
        hipaa: {
            ids: ["164.312(a)(2)(iv)"],
            source: own(
                "Encryption of ePHI at rest: job volumes hold the training data or captured payloads, and the output holds models and reports derived from them.",
            ),
        },
        "nist-800-53": {
            ids: ["SC-28(1)", "SC-13"],
            source: checkov(
                "CKV_AWS_367 / CKV_AWS_368 (data quality output / volume); Prowler sagemaker_training_jobs_volume_and_output_encryption_enabled; ids as for the notebook KMS rule",
            ),
        },
        iso27001: {
            ids: ["A.8.11", "A.8.24"],
            source: prowler("iso27001_2022_aws.json: sagemaker_training_jobs_volume_and_output_encryption_enabled"),
        },
    },
    fix: "set the output `kmsKeyId` and the volume `volumeKmsKeyId` to customer-managed KMS keys",
    remediationSteps: [
        "1. Training and tuning jobs: set `outputDataConfig.kmsKeyId` and `resourceConfig.volumeKmsKeyId`.",
        "2. Monitoring job definitions and schedules: set the output config's `kmsKeyId` and `clusterConfig.volumeKmsKeyId`.",
        "3. Instance types with only NVMe instance storage reject a volume key (hardware-encrypted): exempt such jobs with the reason.",
        "```typescript",
        'new aws.sagemaker.TrainingJob("train", {',
        "    // ...",
        "    outputDataConfig: { s3OutputPath: outputUri, kmsKeyId: key.arn },",
        '    resourceConfig: { instanceType: "ml.m5.xlarge", instanceCount: 1, volumeSizeInGb: 50, volumeKmsKeyId: key.arn },',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.TrainingJob("train", {\n    // ...\n    outputDataConfig: { s3OutputPath: outputUri },\n});',
        after: 'new aws.sagemaker.TrainingJob("train", {\n    // ...\n    outputDataConfig: { s3OutputPath: outputUri, kmsKeyId: key.arn },\n    resourceConfig: { instanceType: "ml.m5.xlarge", instanceCount: 1, volumeSizeInGb: 50, volumeKmsKeyId: key.arn },\n});',
    },
    check(r, report) {
        for (const j of jobViews(r)) {
            const judge = (field: string, what: string, alt?: string) => {
                let v = j.get(field);
                if (alt && judgeKmsKey(v) === "missing") v = j.get(alt);
                const k = judgeKmsKey(v);
                const shown = j.path(field);
                if (k === "missing")
                    report(
                        `${j.where}\`${shown}\` is not set: AWS encrypts ${what} only with an AWS-managed or AWS-owned key you cannot control.`,
                    );
                else if (k === "aws-managed")
                    report(
                        `${j.where}\`${shown}\` names an AWS-managed key (alias/aws/...); a customer-managed key is required for ${what}.`,
                    );
            };
            judge("outputDataConfig.kmsKeyId", "the job's output in S3 (models, reports derived from PHI)");
            // A tuning job may give the volume key in its tuning resource config instead.
            const alt = r.type === T.tuningJob ? "hyperParameterTuningResourceConfig.volumeKmsKeyId" : undefined;
            judge("resourceConfig.volumeKmsKeyId", "the storage volume of the job's instances (holding the input data)", alt);
        }
    },
});
