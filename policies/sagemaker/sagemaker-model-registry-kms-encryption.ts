import { own } from "../core/frameworks";
import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { T } from "./common";

export const sagemakerModelRegistryKmsEncryption = resourcePolicy({
    name: "sagemaker-model-registry-kms-encryption",
    description: "SageMaker model cards and model packages must be encrypted with a customer-managed KMS key.",
    severity: "medium",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { [T.modelCard]: {}, [T.nativeModelCard]: {}, [T.nativeModelPackage]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(a)(2)(iv)"],
            source: own(
                "Encryption at rest with a key you control: model cards and package metadata describe the training data (cohorts, sources, evaluation on PHI).",
            ),
        },
        "nist-800-53": { ids: ["SC-28(1)", "SC-12"], source: own("Protection of information at rest (no scanner checks these fields).") },
    },
    fix: "set `securityConfig.kmsKeyId` to a customer-managed KMS key",
    remediationSteps: [
        "1. Set `securityConfig.kmsKeyId` on each model card (and aws-native model package).",
        "```typescript",
        'new aws.sagemaker.ModelCard("card", {',
        '    modelCardName: "readmission-risk",',
        '    modelCardStatus: "Draft",',
        "    content: JSON.stringify(cardContent),",
        "    securityConfig: { kmsKeyId: key.arn },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.ModelCard("card", { modelCardName: "readmission-risk", modelCardStatus: "Draft", content });',
        after: 'new aws.sagemaker.ModelCard("card", { modelCardName: "readmission-risk", modelCardStatus: "Draft", content, securityConfig: { kmsKeyId: key.arn } });',
    },
    check(r, report) {
        const what = r.type === T.nativeModelPackage ? "the model package's metadata" : "the model card's content";
        requireCustomerManagedKey(r.get("securityConfig.kmsKeyId"), "securityConfig.kmsKeyId", what, report);
    },
});
