import { resourcePolicy } from "../core/policy";
import { repoUrlResources } from "./resources";
import { allowedHostsSchema, scanResource } from "./scan";
import { transportControls } from "./url-controls";

export const hygieneNoInsecureRepositoryUrls = resourcePolicy({
    name: "hygiene-no-insecure-repository-urls",
    description: "SageMaker code repositories and notebook repositories must use HTTPS (or SSH) URLs, not http, git or ftp.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "network",
    resources: repoUrlResources,
    controls: transportControls,
    fix: "use the repository's `https://` URL (with `gitConfig.secretArn` for the credentials)",
    remediationSteps: [
        "1. Change the repository URL to `https://`; every Git host offers it.",
        "2. Give the credentials through `gitConfig.secretArn` (a Secrets Manager secret with `username` and `password`).",
        "```typescript",
        'new aws.sagemaker.CodeRepository("repo", {',
        '    gitConfig: { repositoryUrl: "https://github.com/acme/models.git", secretArn: gitSecret.arn },',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.CodeRepository("repo", {\n    gitConfig: { repositoryUrl: "http://git.acme.internal/models.git" },\n});',
        after: 'new aws.sagemaker.CodeRepository("repo", {\n    gitConfig: { repositoryUrl: "https://git.acme.internal/models.git", secretArn: gitSecret.arn },\n});',
    },
    config: {
        allowedHosts: allowedHostsSchema,
    },
    check(r, report) {
        scanResource(r, report, {
            category: "insecure-url",
            fields: (f) => f.kind === "repo-url",
            why: "The notebook clones code (and sends the repository credentials) over an unencrypted connection.",
        });
    },
});
