import { kindsReportedBy } from "./detectors";
import { checkov, own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { textScanResources } from "./resources";
import { allowlistSchema, scanResource } from "./scan";

// The credential kinds whose precision on the independent corpus is below 95% (Google API keys, which
// are often public by design, JSON Web Tokens, key material without a body), and a credential's setting filled
// with a word or a test value (a placeholder must not block a deploy, but the setting is a credential in the plan):
// advisory, so a look-alike never blocks a deploy. See docs/hygiene-detectors.md for the figures.
export const hygienePossibleCredentials = resourcePolicy({
    name: "hygiene-possible-credentials",
    description:
        "Tags, free text, environment variables and lifecycle scripts should not hold Google API keys, JSON Web Tokens, private key material, or a credential's setting filled with a word or a test value.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "access",
    resources: textScanResources,
    controls: {
        hipaa: {
            ids: ["164.312(a)(1)", "164.312(d)"],
            source: own(
                "A bearer token or API key in resource metadata is readable by anyone who can describe the resource or read the Pulumi state.",
            ),
        },
        "nist-800-53": {
            ids: ["IA-5(7)", "IA-5"],
            source: checkov(
                "CKV_SECRET_* (detect-secrets: JSON Web Token, Google API key); NIST IA-5(7) no embedded static authenticators",
            ),
        },
        "pci-dss": { ids: ["8.6.2"], source: own("PCI DSS v4 8.6.2: credentials are not hard coded in scripts or configuration.") },
        iso27001: { ids: ["A.5.17"], source: own("Authentication information kept secret and out of configuration metadata.") },
    },
    fix: "if the value is a secret (or a default such as `changeme` that will be used as one), move it to AWS Secrets Manager and pass its ARN; a browser or Firebase API key that is public by design can be allowlisted",
    remediationSteps: [
        "1. Check what the value is: a JSON Web Token that grants access, a Google API key restricted to a browser app (public by design), or a word or test value in a credential's setting (a default anybody can guess, or a stand-in that was never replaced)?",
        "2. A secret: rotate it and pass it through AWS Secrets Manager (the workload reads it with its execution role).",
        "3. Public by design: add the exact value to this policy's `allowlist`.",
        "```typescript",
        'const mapsKey = new aws.secretsmanager.Secret("maps-key", { kmsKeyId: key.arn });',
        'new aws.sagemaker.Model("model", {',
        "    // ...",
        "    primaryContainer: { image: imageUri, environment: { MAPS_KEY_SECRET_ARN: mapsKey.arn } },",
        "});",
        "```",
        "",
        kindsReportedBy("possible-credential"),
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.Model("model", {\n    // ...\n    primaryContainer: { image, environment: { MAPS_KEY: "AIza…" } },\n});',
        after: 'new aws.sagemaker.Model("model", {\n    // ...\n    primaryContainer: { image, environment: { MAPS_KEY_SECRET_ARN: mapsKey.arn } },\n});',
    },
    config: allowlistSchema,
    check(r, report) {
        scanResource(r, report, {
            category: "possible-credential",
            why: "If it grants access, anyone who can describe the resource or read the Pulumi state can use it; a word or a default can also be guessed.",
        });
    },
});
