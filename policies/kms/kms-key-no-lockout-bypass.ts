import { own, pulumiCompliancePolicies } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { isTrue } from "../core/values";
import { NATIVE_KEY, T } from "./common";

export const kmsKeyNoLockoutBypass = resourcePolicy({
    name: "kms-key-no-lockout-bypass",
    description: "KMS keys and key policies must not bypass the policy lockout safety check.",
    severity: "medium",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { [T.key]: {}, [T.keyPolicy]: {}, [T.nativeKey]: NATIVE_KEY },
    controls: {
        hipaa: {
            ids: ["164.308(a)(7)(i)", "164.312(a)(2)(ii)"],
            source: own(
                "Contingency and emergency access: a key policy that locks out administrators makes the key (and the ePHI under it) unmanageable; the safety check prevents exactly that.",
            ),
        },
        "nist-800-53": {
            ids: ["SC-12", "SC-12(1)"],
            source: own(
                "Key management with assured availability: KMS refuses a policy that would lock the account out unless the check is bypassed.",
            ),
        },
        hitrust: { ids: ["10.g"], source: pulumiCompliancePolicies("vendor-aws/aws/kms/Key/disallowBypassPolicyLockoutSafetyCheck.ts") },
    },
    fix: "remove `bypassPolicyLockoutSafetyCheck` (or set it to `false`)",
    remediationSteps: [
        "1. Remove the flag; if KMS then rejects the policy, the policy would have locked the account out of the key: fix the policy instead.",
        "```typescript",
        'new aws.kms.Key("phi", { enableKeyRotation: true, policy: keyPolicyJson });',
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.kms.Key("phi", { policy: keyPolicyJson, bypassPolicyLockoutSafetyCheck: true });',
        after: 'new aws.kms.Key("phi", { policy: keyPolicyJson });',
    },
    check(r, report) {
        if (isTrue(r.get("bypassPolicyLockoutSafetyCheck", false))) {
            report(
                "`bypassPolicyLockoutSafetyCheck` is true: KMS will accept a key policy that locks every administrator out of the key for good.",
            );
        }
    },
});
