import { cdkNag, prowler, pulumiCompliancePolicies } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { describe, isNonEmptyString } from "../core/values";
import { NATIVE_KEY, T } from "./common";

export const kmsKeyRotationEnabled = resourcePolicy({
    name: "kms-key-rotation-enabled",
    description: "Symmetric customer-managed KMS keys must have automatic key rotation enabled.",
    severity: "medium",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { [T.key]: {}, [T.nativeKey]: NATIVE_KEY },
    controls: {
        // cdk-nag's HIPAA pack (and the AWS Config HIPAA conformance pack) omit key rotation; Prowler maps it.
        hipaa: { ids: ["164.312(a)(2)(iv)"], source: prowler("hipaa_aws.json 164_312_a_2_iv: kms_cmk_rotation_enabled") },
        "nist-800-53": {
            ids: ["CM-6", "SA-9(6)", "SC-12", "SC-12(2)", "SC-12(6)"],
            source: cdkNag("NIST.800.53.R5-KMSBackingKeyRotationEnabled"),
        },
        "pci-dss": { ids: ["3.7.4", "3.7.5"], source: prowler("pci_4.0_aws.json 3.7.4/3.7.5: kms_cmk_rotation_enabled") },
        cis: { ids: ["3.6"], source: prowler("cis_5.0_aws.json 3.6: kms_cmk_rotation_enabled") },
        soc2: { ids: ["PI1.5"], source: prowler("soc2_aws.json pi_1_5: kms_cmk_rotation_enabled") },
        iso27001: { ids: ["A.8.24"], source: prowler("iso27001_2022_aws.json A.8.24: kms_cmk_rotation_enabled") },
        hitrust: {
            ids: ["10.g"],
            source: pulumiCompliancePolicies("vendor-aws/aws/kms/Key/enableKeyRotation.ts (frameworks: pcidss, hitrust, iso27001)"),
        },
    },
    fix: "set `enableKeyRotation: true` (optionally `rotationPeriodInDays`, 90-2560, default 365)",
    remediationSteps: [
        "1. Turn on automatic rotation: KMS keeps old key material for decryption and encrypts with the new one.",
        "```typescript",
        'new aws.kms.Key("phi", { enableKeyRotation: true, deletionWindowInDays: 30 });',
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.kms.Key("phi", { description: "PHI data key" });',
        after: 'new aws.kms.Key("phi", { description: "PHI data key", enableKeyRotation: true });',
    },
    // Remediable: rotation is on or off. KMS keeps every older key material, so data encrypted before
    // a rotation still decrypts; nothing that uses the key changes. The check only fires for keys
    // that can rotate (symmetric, KMS key material, default key store), so the fix never fails.
    remediation: {
        set: { enableKeyRotation: true },
        safe: "Needs no other value, and nothing that uses the key changes: KMS keeps every older key material, so existing ciphertext still decrypts. Only keys that support automatic rotation are changed.",
        // An aws-native key whose `origin` is unknown may hold imported (EXTERNAL) key material, which cannot rotate: the fix would fail at deploy.
        unless: (r) =>
            r.get("origin").state === "unknown" ? "`origin` is unknown until apply, and imported key material cannot rotate" : undefined,
    },
    check(r, report) {
        // Automatic rotation exists only for symmetric encryption keys (spec SYMMETRIC_DEFAULT, usage
        // ENCRYPT_DECRYPT) with KMS key material in the default key store: AWS cannot rotate
        // asymmetric (RSA, ECC, SM2), HMAC, signing or key-agreement keys. Both fields are judged
        // exactly: a key with a signing or MAC usage is not a symmetric encryption key whatever its spec says.
        const spec = r.get("customerMasterKeySpec", "SYMMETRIC_DEFAULT");
        if (spec.state !== "known" || spec.value !== "SYMMETRIC_DEFAULT") return;
        const usage = r.get("keyUsage", "ENCRYPT_DECRYPT");
        if (usage.state !== "known" || usage.value !== "ENCRYPT_DECRYPT") return;
        const store = r.get("customKeyStoreId");
        if (isNonEmptyString(store) || store.state === "unknown") return;
        const origin = r.get("origin"); // aws-native only: imported (EXTERNAL) key material cannot rotate automatically
        if (origin.state === "known" && origin.value !== "AWS_KMS") return;
        const v = r.get("enableKeyRotation", false);
        if (v.state === "known" && v.value !== true) {
            report(`\`enableKeyRotation\` is ${describe(v, [true, false])}: the key material protecting PHI never changes.`);
        }
    },
});
