import { resourcePolicy } from "../core/policy";
import { repoUrlResources, textScanResources } from "./resources";
import { allowedHostsSchema, allowlistSchema, scanResource } from "./scan";
import { transportControls } from "./url-controls";

export const hygieneNoInsecureUrls = resourcePolicy({
    name: "hygiene-no-insecure-urls",
    description:
        "Environment variables, lifecycle scripts, prompts and other text should not use http, ftp or git URLs where HTTPS is available.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "network",
    resources: textScanResources,
    controls: transportControls,
    fix: "use `https://` (or `s3://`, or a VPC endpoint) instead of `http://`, `ftp://` or `git://`",
    remediationSteps: [
        "1. Change the URL to `https://`; for services inside the VPC, terminate TLS on the service or its load balancer.",
        "2. Hosts that are only reachable on loopback or the instance metadata address are not reported; add other exceptions to `allowedHosts`.",
        "```typescript",
        'new aws.sagemaker.Model("model", {',
        "    // ...",
        '    primaryContainer: { image: imageUri, environment: { FEATURE_API: "https://features.acme.internal/v1" } },',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'environment: { FEATURE_API: "http://features.acme.internal/v1" }',
        after: 'environment: { FEATURE_API: "https://features.acme.internal/v1" }',
    },
    config: {
        allowlist: allowlistSchema.allowlist,
        allowedHosts: allowedHostsSchema,
    },
    check(r, report) {
        scanResource(r, report, {
            category: "insecure-url",
            // Repository URLs of the repository types are hygiene-no-insecure-repository-urls' (mandatory).
            fields: (f) => f.kind !== "repo-url" || !(r.type in repoUrlResources),
            why: "Data and credentials sent to it travel unencrypted.",
        });
    },
});
