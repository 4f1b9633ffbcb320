import { own } from "../core/frameworks";
import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { T } from "./common";

export const sagemakerPartnerAppKmsEncryption = resourcePolicy({
    name: "sagemaker-partner-app-kms-encryption",
    description: "SageMaker partner AI apps must encrypt the data they hold with a customer-managed KMS key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { [T.nativePartnerApp]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(a)(2)(iv)"],
            source: own(
                "Encryption at rest with a key you control: a partner app (experiment tracking, evaluation, monitoring, guardrails) stores the prompts, datasets and predictions you send it; without `kmsKeyId` they are encrypted with an AWS-owned key you cannot audit or revoke (no scanner checks partner apps).",
            ),
        },
        "nist-800-53": {
            ids: ["SC-28(1)", "SC-12"],
            source: own("Protection of information at rest, as for the other SageMaker key rules."),
        },
        "pci-dss": { ids: ["3.5.1"], source: own("Stored data rendered unreadable with keys you manage.") },
    },
    fix: "set `kmsKeyId` to a customer-managed KMS key",
    remediationSteps: [
        "1. Create the app with your key (the key is set at creation: changing it replaces the app).",
        "```typescript",
        'new awsnative.sagemaker.PartnerApp("comet", {',
        '    type: "comet",',
        '    tier: "small",',
        '    authType: "IAM",',
        "    executionRoleArn: role.arn,",
        "    kmsKeyId: key.arn,",
        "    enableIamSessionBasedIdentity: true,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new awsnative.sagemaker.PartnerApp("comet", { type: "comet", tier: "small", authType: "IAM", executionRoleArn: role.arn });',
        after: 'new awsnative.sagemaker.PartnerApp("comet", { type: "comet", tier: "small", authType: "IAM", executionRoleArn: role.arn, kmsKeyId: key.arn });',
    },
    check(r, report) {
        requireCustomerManagedKey(
            r.get("kmsKeyId"),
            "kmsKeyId",
            "the partner app's data (what your users send it: prompts, datasets, predictions)",
            report,
        );
    },
});
