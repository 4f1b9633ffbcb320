import { cdkNag, prowler } from "../core/frameworks";
import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { isNative, T } from "./common";

export const sagemakerEndpointConfigKmsEncryption = resourcePolicy({
    name: "sagemaker-endpoint-config-kms-encryption",
    description: "SageMaker endpoint configurations must encrypt the hosting instances' storage volumes with a customer-managed KMS key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { [T.endpointConfig]: {}, [T.nativeEndpointConfig]: { fields: { kmsKeyArn: "kmsKeyId" } } },
    controls: {
        hipaa: {
            ids: ["164.312(a)(2)(iv)", "164.312(e)(2)(ii)"],
            source: cdkNag("HIPAA.Security-SageMakerEndpointConfigurationKMSKeyConfigured (AWS Config HIPAA conformance pack)"),
        },
        "nist-800-53": {
            ids: ["SC-28(1)", "SC-13", "AU-9(3)", "CP-9", "SC-8(3)", "SC-8(4)", "SI-19(4)"],
            source: cdkNag("NIST.800.53.R5-SageMakerEndpointConfigurationKMSKeyConfigured"),
        },
        "pci-dss": {
            ids: ["3.5.1", "8.3.2"],
            source: prowler("pci_4.0_aws.json requirements 3.5.1.32 / 8.3.2.51 (endpoint configuration KMS text)"),
        },
    },
    fix: "set `kmsKeyArn` to the ARN of a customer-managed KMS key",
    remediationSteps: [
        "1. Create a customer-managed KMS key with rotation enabled (or reuse one) and allow SageMaker to use it.",
        "2. Set `kmsKeyArn` (aws-native: `kmsKeyId`) on the endpoint configuration. AWS-managed aliases (`alias/aws/...`) are not accepted.",
        "3. Instance types with only NVMe instance storage reject a key (their storage is hardware-encrypted): exempt such configurations with the reason.",
        "```typescript",
        'new aws.sagemaker.EndpointConfiguration("ec", {',
        "    // ...",
        "    kmsKeyArn: key.arn,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.EndpointConfiguration("ec", {\n    productionVariants: [{ modelName: model.name, instanceType: "ml.m5.large", initialInstanceCount: 2 }],\n});',
        after: 'new aws.sagemaker.EndpointConfiguration("ec", {\n    productionVariants: [{ modelName: model.name, instanceType: "ml.m5.large", initialInstanceCount: 2 }],\n    kmsKeyArn: key.arn,\n});',
    },
    check(r, report) {
        const field = isNative(r.type) ? "kmsKeyId" : "kmsKeyArn";
        requireCustomerManagedKey(
            r.get("kmsKeyArn"),
            field,
            "the storage volumes of the instances that host the model (they see every request)",
            report,
        );
    },
});
