import { checkov } from "../core/frameworks";
import { stackPolicy } from "../core/policy";
import { IdentityDocument, leastPrivilegeControls, unconstrainedFindings } from "./common";
import { judgeStackHalf } from "./document-halves";
import { CREDENTIAL_ACTIONS } from "./risky-actions";

const CREDENTIALS = new Set(CREDENTIAL_ACTIONS);

/** One document's finding (both halves: document-halves.ts). */
export const judgeCredentialsExposure = (doc: IdentityDocument): string[] =>
    unconstrainedFindings(doc, "creating or returning credentials", (a) => CREDENTIALS.has(a.name) && a.resourceLevel);

export const iamPolicyNoCredentialsExposure = stackPolicy({
    name: "iam-policy-no-credentials-exposure",
    description:
        "IAM policy documents in a stack with SageMaker or Bedrock resources must not allow creating or returning credentials (access keys, passwords, federation tokens) for every resource.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "access",
    controls: {
        ...leastPrivilegeControls(false),
        "nist-800-53": { ids: ["AC-6", "IA-5"], source: checkov("CKV_AWS_287 (credentials exposure, via cloudsplaining, severity high)") },
    },
    fix: "name the users, roles or databases the principal may get credentials for instead of `*`, or remove the action",
    remediationSteps: [
        "1. Actions such as `iam:CreateAccessKey`, `iam:UpdateLoginProfile` or `sts:GetFederationToken` on `*` let a principal take over any user or mint credentials at will.",
        "2. Scope them to the principal's own user (`${aws:username}`) or the ARNs it manages; actions that support no resource-level permissions (`ecr:GetAuthorizationToken`) are not reported.",
        "```typescript",
        "{",
        '    Effect: "Allow",',
        '    Action: ["iam:CreateAccessKey"],',
        '    Resource: ["arn:aws:iam::*:user/${aws:username}"],',
        "}",
        "```",
    ].join("\n"),
    example: {
        before: '{ Effect: "Allow", Action: ["iam:CreateAccessKey"], Resource: "*" }',
        after: '{ Effect: "Allow", Action: ["iam:CreateAccessKey"], Resource: ["arn:aws:iam::*:user/${aws:username}"] }',
    },
    tags: ["least-privilege"],
    resourceHalf: "iam-ml-policy-no-credentials-exposure",
    stackCheck: (ctx, report) => judgeStackHalf(ctx, report, judgeCredentialsExposure),
});
