import { own, securityHub } from "../core/frameworks";
import { judgeKmsKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { isTrue } from "../core/values";
import { T } from "./common";

export const sagemakerFeatureGroupKmsEncryption = resourcePolicy({
    name: "sagemaker-feature-group-kms-encryption",
    description: "SageMaker feature groups must encrypt their offline and online stores with customer-managed KMS keys.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { [T.featureGroup]: {}, [T.nativeFeatureGroup]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(a)(2)(iv)"],
            source: own(
                "Encryption of ePHI at rest: feature stores hold features derived from patient records, often keyed by patient identifiers.",
            ),
        },
        "nist-800-53": {
            ids: ["SC-28", "SC-28(1)", "SC-13", "SC-12(2)", "AU-9", "CA-9(1)", "CM-3(6)", "SC-7(10)", "SI-7(6)"],
            source: securityHub("SageMaker.18 related requirements (online store); SageMaker.17 (offline store) lists none"),
        },
    },
    fix: "set `offlineStoreConfig.s3StorageConfig.kmsKeyId` and `onlineStoreConfig.securityConfig.kmsKeyId` to customer-managed KMS keys",
    remediationSteps: [
        "1. Set a customer-managed key for each store the feature group uses. The InMemory online tier does not take a key and is not checked.",
        "```typescript",
        'new aws.sagemaker.FeatureGroup("patients", {',
        "    // ...",
        "    offlineStoreConfig: { s3StorageConfig: { s3Uri: offlineUri, kmsKeyId: key.arn } },",
        "    onlineStoreConfig: { enableOnlineStore: true, securityConfig: { kmsKeyId: key.arn } },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.FeatureGroup("patients", {\n    // ...\n    offlineStoreConfig: { s3StorageConfig: { s3Uri: offlineUri } },\n});',
        after: 'new aws.sagemaker.FeatureGroup("patients", {\n    // ...\n    offlineStoreConfig: { s3StorageConfig: { s3Uri: offlineUri, kmsKeyId: key.arn } },\n});',
    },
    check(r, report) {
        const judge = (field: string, what: string) => {
            const j = judgeKmsKey(r.get(field));
            if (j === "missing")
                report(`\`${field}\` is not set: AWS encrypts ${what} only with an AWS-owned key that you cannot control or audit.`);
            else if (j === "aws-managed")
                report(`\`${field}\` names an AWS-managed key (alias/aws/...); a customer-managed key is required for ${what}.`);
        };
        if (r.get("offlineStoreConfig").state === "known") judge("offlineStoreConfig.s3StorageConfig.kmsKeyId", "the offline store (S3)");
        // The online store exists only when enabled (default false); the InMemory tier takes no key.
        const online = isTrue(r.get("onlineStoreConfig.enableOnlineStore", false));
        const tier = r.get("onlineStoreConfig.storageType", "Standard");
        if (online && tier.state === "known" && tier.value !== "InMemory") {
            judge("onlineStoreConfig.securityConfig.kmsKeyId", "the online store");
        }
    },
});
