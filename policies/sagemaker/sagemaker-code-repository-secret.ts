import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { isBlank, T } from "./common";

export const sagemakerCodeRepositorySecret = resourcePolicy({
    name: "sagemaker-code-repository-secret",
    description: "SageMaker code repositories should take their Git credentials from a Secrets Manager secret.",
    severity: "low",
    enforcementLevel: "advisory",
    practice: "access",
    resources: { [T.codeRepository]: {} },
    controls: {
        hipaa: {
            ids: ["164.308(a)(5)(ii)(D)", "164.312(d)"],
            source: own(
                "Password management and authentication: a private repository's credentials belong in Secrets Manager (rotated, access-logged), not in the URL or the notebook.",
            ),
        },
        "nist-800-53": { ids: ["IA-5(7)", "IA-5"], source: own("No embedded unencrypted static authenticators.") },
    },
    fix: "set `gitConfig.secretArn` to a Secrets Manager secret holding the username and password (or token)",
    remediationSteps: [
        '1. Store the credentials as `{"username": ..., "password": ...}` in a Secrets Manager secret (label AWSCURRENT) and set `gitConfig.secretArn`.',
        "2. A public repository needs no credentials: exempt it in the policy config with that reason (this policy is advisory because public repositories are common).",
        "```typescript",
        'new aws.sagemaker.CodeRepository("repo", {',
        '    codeRepositoryName: "models",',
        '    gitConfig: { repositoryUrl: "https://git.example.org/ml/models.git", secretArn: gitSecret.arn },',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.CodeRepository("repo", {\n    codeRepositoryName: "models",\n    gitConfig: { repositoryUrl: "https://git.example.org/ml/models.git" },\n});',
        after: 'new aws.sagemaker.CodeRepository("repo", {\n    codeRepositoryName: "models",\n    gitConfig: { repositoryUrl: "https://git.example.org/ml/models.git", secretArn: gitSecret.arn },\n});',
    },
    check(r, report) {
        if (isBlank(r.get("gitConfig.secretArn"))) {
            report(
                "`gitConfig.secretArn` is not set: a private repository then needs its credentials somewhere else (often the URL). If the repository is public, exempt it.",
            );
        }
    },
});
