import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { T } from "./common";

export const sagemakerPartnerAppUserIdentity = resourcePolicy({
    name: "sagemaker-partner-app-user-identity",
    description:
        "SageMaker partner AI apps should identify each user by their IAM session (`enableIamSessionBasedIdentity`), so that the app's records name who did what.",
    severity: "low",
    enforcementLevel: "advisory",
    practice: "access",
    resources: { [T.nativePartnerApp]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(b)", "164.312(a)(2)(i)"],
            source: own(
                'Audit controls and unique user identification: partner apps authenticate only through IAM (`authType: "IAM"`, the one value); without session-based identity the app sees the users who open it through a shared identity, so its own records cannot say which person read or changed data.',
            ),
        },
        "nist-800-53": {
            ids: ["AU-3", "IA-2"],
            source: own("Content of audit records (identity); identification of organisational users."),
        },
    },
    fix: "set `enableIamSessionBasedIdentity: true`",
    remediationSteps: [
        "1. Turn on IAM session based identity: the app then takes the caller's IAM session name (for federated users, their Identity Center user name) as the user's identity.",
        "```typescript",
        'new awsnative.sagemaker.PartnerApp("comet", { type: "comet", tier: "small", authType: "IAM", executionRoleArn: role.arn, kmsKeyId: key.arn, enableIamSessionBasedIdentity: true });',
        "```",
    ].join("\n"),
    example: {
        before: 'new awsnative.sagemaker.PartnerApp("comet", { type: "comet", tier: "small", authType: "IAM", executionRoleArn: role.arn, kmsKeyId: key.arn });',
        after: 'new awsnative.sagemaker.PartnerApp("comet", { type: "comet", tier: "small", authType: "IAM", executionRoleArn: role.arn, kmsKeyId: key.arn, enableIamSessionBasedIdentity: true });',
    },
    check(r, report) {
        const v = r.get("enableIamSessionBasedIdentity");
        if (v.state === "unknown" || (v.state === "known" && v.value === true)) return;
        const setting = v.state === "absent" ? "is not set (AWS default false)" : "is not true";
        report(
            `\`enableIamSessionBasedIdentity\` ${setting}: the app does not see which IAM session (which person) is using it, so its own activity records cannot be attributed to a user.`,
        );
    },
});
