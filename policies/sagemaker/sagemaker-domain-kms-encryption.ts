import { checkov, own } from "../core/frameworks";
import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { T } from "./common";

export const sagemakerDomainKmsEncryption = resourcePolicy({
    name: "sagemaker-domain-kms-encryption",
    description: "SageMaker Studio domains must encrypt their EFS home directories and volumes with a customer-managed KMS key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { [T.domain]: {}, [T.nativeDomain]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(a)(2)(iv)"],
            source: own(
                "Encryption at rest of ePHI: the domain's EFS volume holds every user's notebooks and data; same control the Config HIPAA pack maps the notebook KMS rule to.",
            ),
        },
        "nist-800-53": {
            ids: ["SC-28(1)", "SC-12", "SC-13"],
            source: checkov("CKV_AWS_187 (domain CMK); ids as for the notebook KMS rule"),
        },
        "pci-dss": {
            ids: ["3.5.1"],
            source: own("Stored data rendered unreadable with keys you manage, as for the notebook KMS rule (Prowler PCI 4.0)."),
        },
        iso27001: { ids: ["A.8.24"], source: own("Use of cryptography, as Prowler maps the notebook KMS check.") },
    },
    fix: "set `kmsKeyId` to the ARN of a customer-managed KMS key",
    remediationSteps: [
        "1. Create a customer-managed KMS key with rotation enabled (or reuse one).",
        "2. Set `kmsKeyId` on the domain (it cannot be changed later: the domain is replaced). AWS-managed aliases (`alias/aws/...`) are not accepted.",
        "```typescript",
        'const key = new aws.kms.Key("studio", { enableKeyRotation: true });',
        'new aws.sagemaker.Domain("studio", {',
        "    // ...",
        "    kmsKeyId: key.arn,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.Domain("studio", {\n    // ...\n});',
        after: 'new aws.sagemaker.Domain("studio", {\n    // ...\n    kmsKeyId: key.arn,\n});',
    },
    check(r, report) {
        requireCustomerManagedKey(
            r.get("kmsKeyId"),
            "kmsKeyId",
            "the domain's EFS home directories (every user's notebooks and data)",
            report,
        );
    },
});
