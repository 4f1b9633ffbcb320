import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { T } from "./common";

const HTTPS = /^https:\/\//i;

export const sagemakerCodeRepositoryHttps = resourcePolicy({
    name: "sagemaker-code-repository-https",
    description: "SageMaker code repositories must be cloned over HTTPS.",
    severity: "medium",
    enforcementLevel: "mandatory",
    practice: "network",
    resources: { [T.codeRepository]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(e)(1)", "164.312(c)(1)"],
            source: own(
                "Transmission security and integrity: notebooks that process PHI run the cloned code; an unencrypted clone (http://, git://) can be read or altered on the way.",
            ),
        },
        "nist-800-53": { ids: ["SC-8", "SC-8(1)", "SI-7"], source: own("Confidentiality and integrity of code in transit.") },
    },
    fix: "set `gitConfig.repositoryUrl` to an `https://` URL (credentials in `gitConfig.secretArn`, not in the URL)",
    remediationSteps: [
        "1. Use the repository's HTTPS clone URL; SageMaker supports only HTTPS for Git repositories with credentials in Secrets Manager.",
        "```typescript",
        'new aws.sagemaker.CodeRepository("repo", {',
        '    codeRepositoryName: "models",',
        '    gitConfig: { repositoryUrl: "https://git.example.org/ml/models.git", secretArn: gitSecret.arn },',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.CodeRepository("repo", {\n    codeRepositoryName: "models",\n    gitConfig: { repositoryUrl: "git@git.example.org:ml/models.git" },\n});',
        after: 'new aws.sagemaker.CodeRepository("repo", {\n    codeRepositoryName: "models",\n    gitConfig: { repositoryUrl: "https://git.example.org/ml/models.git", secretArn: gitSecret.arn },\n});',
    },
    check(r, report) {
        const url = r.get("gitConfig.repositoryUrl");
        // Unknown: built from another resource's output; judged at update.
        if (url.state === "unknown") return;
        if (url.state === "absent" || typeof url.value !== "string") {
            report("`gitConfig.repositoryUrl` is not set, so the repository's transport cannot be confirmed as HTTPS.");
            return;
        }
        if (!HTTPS.test(url.value.trim())) {
            report(
                "`gitConfig.repositoryUrl` does not start with https://: the code is cloned over a transport that is not encrypted or not authenticated.",
            );
        }
    },
});
