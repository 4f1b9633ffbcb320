import { awsConfig, securityHub } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { NATIVE_KEY, T } from "./common";

const DEFAULT_MINIMUM = 14;

export const kmsKeyDeletionWindow = resourcePolicy({
    name: "kms-key-deletion-window",
    description: "KMS keys should keep a deletion waiting period long enough to notice and cancel a mistaken deletion.",
    severity: "low",
    enforcementLevel: "advisory",
    practice: "data",
    resources: { [T.key]: {}, [T.nativeKey]: NATIVE_KEY },
    controls: {
        "nist-800-53": {
            ids: ["SA-9(6)", "SC-12", "SC-12(2)", "SC-12(6)"],
            source: awsConfig("Operational-Best-Practices-for-NIST-800-53-rev-5: kms-cmk-not-scheduled-for-deletion"),
        },
        "pci-dss": {
            ids: ["3.7.5"],
            source: securityHub("KMS.3 (AWS KMS keys should not be deleted unintentionally), PCI DSS v4.0.1 3.7.5"),
        },
        iso27001: { ids: ["A.8.24"], source: awsConfig("kms-cmk-not-scheduled-for-deletion (use of cryptography)") },
    },
    noHipaaMapping:
        "The AWS Config HIPAA pack lists kms-cmk-not-scheduled-for-deletion without a control id (cdk-nag RULES.md); a short waiting period is availability risk, not a Security Rule control of its own.",
    config: {
        minimumDays: {
            type: "integer",
            minimum: 7,
            maximum: 30,
            default: DEFAULT_MINIMUM,
            description: "Shortest acceptable deletion window in days.",
        },
    },
    fix: `set \`deletionWindowInDays\` to at least ${DEFAULT_MINIMUM} (AWS default 30), or leave it unset`,
    remediationSteps: [
        "1. Leave `deletionWindowInDays` unset (30 days) or set a value of two weeks or more: data encrypted under a deleted key is lost for good.",
        "```typescript",
        'new aws.kms.Key("phi", { enableKeyRotation: true, deletionWindowInDays: 30 });',
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.kms.Key("phi", { enableKeyRotation: true, deletionWindowInDays: 7 });',
        after: 'new aws.kms.Key("phi", { enableKeyRotation: true, deletionWindowInDays: 30 });',
    },
    check(r, report) {
        const min = typeof r.config.minimumDays === "number" ? r.config.minimumDays : DEFAULT_MINIMUM;
        const v = r.get("deletionWindowInDays", 30);
        if (v.state !== "known" || typeof v.value !== "number") return;
        if (v.value < min) {
            report(
                `\`deletionWindowInDays\` is shorter than ${min} days: a mistaken or malicious deletion leaves little time to notice and cancel it before data encrypted under the key is lost.`,
            );
        }
    },
});
