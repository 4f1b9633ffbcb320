import { awsConfig, cdkNag, prowler } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { describe, Value } from "../core/values";

/** A numeric setting for a message: the AWS default when absent, else what is wrong with it (never the value). */
function numberSetting(v: Value, wrong: string): string {
    if (v.state === "known" && v.defaulted) return `not set (AWS default ${String(v.value)})`;
    return v.state === "known" && typeof v.value === "number" ? wrong : describe(v);
}
import { T } from "./common";

// The thresholds of AWS Config's iam-password-policy defaults and CIS 1.7 / 1.8.
const MIN_LENGTH = 14;
const MIN_REUSE = 24;
const MAX_AGE = 90;

const REQUIRED: readonly [field: string, what: string][] = [
    ["requireUppercaseCharacters", "an uppercase letter"],
    ["requireLowercaseCharacters", "a lowercase letter"],
    ["requireNumbers", "a number"],
    ["requireSymbols", "a symbol"],
];

export const iamAccountPasswordPolicyStrong = resourcePolicy({
    name: "iam-account-password-policy-strong",
    description: "An account password policy declared in the stack must be strong (length 14, no reuse of 24, complexity, 90-day age).",
    severity: "medium",
    enforcementLevel: "mandatory",
    practice: "access",
    resources: { [T.accountPasswordPolicy]: {} },
    controls: {
        hipaa: {
            ids: ["164.308(a)(5)(ii)(D)", "164.308(a)(4)(ii)(B)", "164.312(d)"],
            source: cdkNag("RULES.md excluded HIPAA rules: iam-password-policy (AWS Config HIPAA pack)"),
        },
        "nist-800-53": {
            ids: ["IA-5(1)", "AC-2(1)"],
            source: awsConfig("Operational-Best-Practices-for-NIST-800-53-rev-5: iam-password-policy"),
        },
        "pci-dss": { ids: ["8.3.6", "8.3.9"], source: prowler("pci_4.0_aws.json 8.3.6: iam_password_policy_minimum_length_14") },
        cis: {
            ids: ["1.7", "1.8"],
            source: prowler("cis_5.0_aws.json 1.7/1.8: iam_password_policy_minimum_length_14, iam_password_policy_reuse_24"),
        },
        iso27001: { ids: ["A.5.17"], source: prowler("iso27001_2022_aws.json: iam_password_policy_minimum_length_14") },
    },
    fix: "set `minimumPasswordLength: 14`, `passwordReusePrevention: 24`, `maxPasswordAge: 90` and all four `require*` flags to `true`",
    remediationSteps: [
        "1. Declare the account password policy with the values below (or stricter).",
        "2. Prefer IAM Identity Center for people: IAM user passwords should be the exception.",
        "```typescript",
        'new aws.iam.AccountPasswordPolicy("strict", {',
        "    minimumPasswordLength: 14,",
        "    passwordReusePrevention: 24,",
        "    maxPasswordAge: 90,",
        "    requireUppercaseCharacters: true,",
        "    requireLowercaseCharacters: true,",
        "    requireNumbers: true,",
        "    requireSymbols: true,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.iam.AccountPasswordPolicy("default", { minimumPasswordLength: 8 });',
        after: 'new aws.iam.AccountPasswordPolicy("strict", {\n    minimumPasswordLength: 14, passwordReusePrevention: 24, maxPasswordAge: 90,\n    requireUppercaseCharacters: true, requireLowercaseCharacters: true, requireNumbers: true, requireSymbols: true,\n});',
    },
    check(r, report) {
        const length = r.get("minimumPasswordLength", 6);
        if (length.state === "known" && !(typeof length.value === "number" && length.value >= MIN_LENGTH)) {
            report(
                `\`minimumPasswordLength\` is ${numberSetting(length, "shorter than 14")}; at least ${MIN_LENGTH} characters are required.`,
            );
        }
        const reuse = r.get("passwordReusePrevention", 0);
        if (reuse.state === "known" && !(typeof reuse.value === "number" && reuse.value >= MIN_REUSE)) {
            report(
                `\`passwordReusePrevention\` is ${numberSetting(reuse, "below 24")}; users must not reuse any of their last ${MIN_REUSE} passwords.`,
            );
        }
        const age = r.get("maxPasswordAge", 0);
        if (age.state === "known" && !(typeof age.value === "number" && age.value >= 1 && age.value <= MAX_AGE)) {
            report(
                `\`maxPasswordAge\` is ${numberSetting(age, "0 or above 90")} (0 means passwords never expire); at most ${MAX_AGE} days is required.`,
            );
        }
        for (const [field, what] of REQUIRED) {
            const v = r.get(field, false);
            if (v.state === "known" && v.value !== true) {
                report(`\`${field}\` is ${describe(v, [true, false])}: passwords need not contain ${what}.`);
            }
        }
    },
});
