import { cdkNag, prowler } from "../core/frameworks";
import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { NATIVE_NOTEBOOK, T } from "./common";

export const sagemakerNotebookKmsEncryption = resourcePolicy({
    name: "sagemaker-notebook-kms-encryption",
    description: "SageMaker notebook instances must encrypt their storage volume with a customer-managed KMS key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { [T.notebook]: {}, [T.nativeNotebook]: NATIVE_NOTEBOOK },
    controls: {
        hipaa: {
            ids: ["164.312(a)(2)(iv)", "164.312(e)(2)(ii)"],
            source: cdkNag("HIPAA.Security-SageMakerNotebookInstanceKMSKeyConfigured (AWS Config HIPAA conformance pack)"),
        },
        "nist-800-53": {
            ids: ["SC-28(1)", "SC-13", "AU-9(3)", "CP-9", "SC-8(3)", "SC-8(4)", "SI-19(4)"],
            source: cdkNag("NIST.800.53.R5-SageMakerNotebookInstanceKMSKeyConfigured"),
        },
        "pci-dss": { ids: ["3.5.1", "8.3.2"], source: prowler("pci_4.0_aws.json: sagemaker_notebook_instance_encryption_enabled") },
        iso27001: { ids: ["A.8.11", "A.8.24"], source: prowler("iso27001_2022_aws.json: sagemaker_notebook_instance_encryption_enabled") },
    },
    fix: "set `kmsKeyId` to the ARN of a customer-managed KMS key (e.g. `kmsKeyId: key.arn`)",
    remediationSteps: [
        "1. Create a customer-managed KMS key with rotation enabled (or reuse one).",
        "2. Set `kmsKeyId` on the notebook instance. AWS-managed aliases (`alias/aws/...`) are not accepted.",
        "```typescript",
        'const key = new aws.kms.Key("notebook", { enableKeyRotation: true });',
        'new aws.sagemaker.NotebookInstance("nb", {',
        "    // ...",
        "    kmsKeyId: key.arn,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.NotebookInstance("nb", {\n    instanceType: "ml.t3.medium",\n    roleArn: role.arn,\n});',
        after: 'new aws.sagemaker.NotebookInstance("nb", {\n    instanceType: "ml.t3.medium",\n    roleArn: role.arn,\n    kmsKeyId: key.arn,\n});',
    },
    check(r, report) {
        requireCustomerManagedKey(r.get("kmsKeyId"), "kmsKeyId", "the notebook's ML storage volume (where PHI is worked on)", report);
    },
});
