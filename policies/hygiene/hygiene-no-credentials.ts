import { kindsReportedBy } from "./detectors";
import { checkov, own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { textScanResources } from "./resources";
import { allowlistSchema, scanResource } from "./scan";

export const hygieneNoCredentials = resourcePolicy({
    name: "hygiene-no-credentials",
    description: "Tags, free text, environment variables, lifecycle scripts and URLs must not hold credentials.",
    severity: "critical",
    enforcementLevel: "mandatory",
    practice: "access",
    resources: textScanResources,
    controls: {
        hipaa: {
            ids: ["164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"],
            source: own(
                "A credential in a tag, description, environment variable or script is readable by anyone who can describe the resource, read billing data or the Pulumi state, which defeats access control and authentication for the systems holding ePHI.",
            ),
        },
        "nist-800-53": {
            ids: ["IA-5(7)", "IA-5", "SC-28"],
            source: checkov(
                "CKV_SECRET_* (detect-secrets, incl. CKV_SECRET_4 Basic Auth Credentials); NIST IA-5(7) no embedded unencrypted static authenticators",
            ),
        },
        "pci-dss": {
            ids: ["8.6.2", "8.3.2"],
            source: own(
                "PCI DSS v4 8.6.2: passwords/passphrases for application and system accounts are not hard coded in scripts, configuration files or source code.",
            ),
        },
        iso27001: { ids: ["A.5.17", "A.8.24"], source: own("Authentication information kept secret and out of configuration metadata.") },
    },
    fix: "remove the credential from the resource, rotate it, and pass it through AWS Secrets Manager (e.g. `gitConfig.secretArn`, a secret ARN in an environment variable the code resolves)",
    remediationSteps: [
        "1. Treat the credential as leaked: rotate or revoke it now (it is in the Pulumi state, the plan and possibly billing and CloudTrail data).",
        "2. Store it in AWS Secrets Manager and pass only the secret's ARN or name; the workload reads it at run time with its execution role.",
        "3. For Git repositories use `gitConfig.secretArn`, never `https://user:token@host` URLs.",
        "```typescript",
        'const dbSecret = new aws.secretsmanager.Secret("db", { kmsKeyId: key.arn });',
        'new aws.sagemaker.Model("model", {',
        "    // ...",
        "    primaryContainer: {",
        "        image: imageUri,",
        "        environment: { DB_SECRET_ARN: dbSecret.arn }, // not DB_PASSWORD or postgres://user:pass@host",
        "    },",
        "});",
        "```",
        "",
        kindsReportedBy("credential"),
    ].join("\n"),
    example: {
        before: [
            'new aws.sagemaker.CodeRepository("repo", {',
            '    gitConfig: { repositoryUrl: "https://ml-bot:ghp_xxx@github.com/acme/models.git" },',
            "});",
        ].join("\n"),
        after: [
            'new aws.sagemaker.CodeRepository("repo", {',
            '    gitConfig: { repositoryUrl: "https://github.com/acme/models.git", secretArn: gitSecret.arn },',
            "});",
        ].join("\n"),
    },
    config: allowlistSchema,
    check(r, report) {
        scanResource(r, report, {
            category: "credential",
            why: "Anyone who can describe the resource or read the Pulumi state can use it.",
        });
    },
});
