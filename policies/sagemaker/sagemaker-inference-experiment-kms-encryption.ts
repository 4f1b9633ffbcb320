import { own } from "../core/frameworks";
import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { T } from "./common";

export const sagemakerInferenceExperimentKmsEncryption = resourcePolicy({
    name: "sagemaker-inference-experiment-kms-encryption",
    description:
        "SageMaker inference experiments must encrypt the shadow variants' storage volumes and the captured requests and responses with a customer-managed KMS key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { [T.nativeInferenceExperiment]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(a)(2)(iv)"],
            source: own(
                "Encryption at rest with a key you control: a shadow test serves a copy of live traffic (PHI) on new instances and can capture every request and response to S3 (AWS Config sagemaker-inf-experiment-instance-storage-kms-encrypted / -data-storage-kms-encrypted, Security Hub SageMaker.23 / SageMaker.24).",
            ),
        },
        "nist-800-53": {
            ids: ["SC-28(1)", "SC-12"],
            source: own("Protection of information at rest (Security Hub SageMaker.23 / .24 map to SC-28)."),
        },
        "pci-dss": { ids: ["3.5.1"], source: own("Stored account data rendered unreadable, as for endpoint data capture.") },
    },
    fix: "set `kmsKey` (and `dataStorageConfig.kmsKey` when capturing data) to a customer-managed KMS key",
    remediationSteps: [
        "1. Give the experiment your key for the shadow variants' volumes, and the same (or another customer-managed) key for the data it captures.",
        "```typescript",
        'new awsnative.sagemaker.InferenceExperiment("shadow", {',
        '    type: "ShadowMode",',
        "    endpointName: endpoint.endpointName,",
        "    roleArn: role.arn,",
        "    modelVariants,",
        "    shadowModeConfig,",
        "    kmsKey: key.arn,",
        "    dataStorageConfig: { destination: `s3://${bucket.bucket}/shadow/`, kmsKey: key.arn },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new awsnative.sagemaker.InferenceExperiment("shadow", { type: "ShadowMode", endpointName, roleArn, modelVariants, shadowModeConfig,\n    dataStorageConfig: { destination: "s3://ml-bucket/shadow/" } });',
        after: 'new awsnative.sagemaker.InferenceExperiment("shadow", { type: "ShadowMode", endpointName, roleArn, modelVariants, shadowModeConfig,\n    kmsKey: key.arn, dataStorageConfig: { destination: "s3://ml-bucket/shadow/", kmsKey: key.arn } });',
    },
    check(r, report) {
        requireCustomerManagedKey(
            r.get("kmsKey"),
            "kmsKey",
            "the storage volumes of the shadow variants' instances (copies of live requests)",
            report,
        );
        // Data capture happens only with a `dataStorageConfig`; an unknown one is judged at update.
        if (r.get("dataStorageConfig").state === "known")
            requireCustomerManagedKey(
                r.get("dataStorageConfig.kmsKey"),
                "dataStorageConfig.kmsKey",
                "the captured inference requests and responses (PHI)",
                report,
            );
    },
});
