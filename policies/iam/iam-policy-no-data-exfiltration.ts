import { checkov } from "../core/frameworks";
import { stackPolicy } from "../core/policy";
import { IdentityDocument, leastPrivilegeControls, unconstrainedFindings } from "./common";
import { judgeStackHalf } from "./document-halves";
import { EXFILTRATION_ACTIONS } from "./risky-actions";

const EXFILTRATION = new Set(EXFILTRATION_ACTIONS);

/** One document's finding (both halves: document-halves.ts). */
export const judgeDataExfiltration = (doc: IdentityDocument): string[] =>
    unconstrainedFindings(doc, "reading data or secrets", (a) => EXFILTRATION.has(a.name));

export const iamPolicyNoDataExfiltration = stackPolicy({
    name: "iam-policy-no-data-exfiltration",
    description:
        "IAM policy documents in a stack with SageMaker or Bedrock resources should not allow reading every object, secret or parameter (`s3:GetObject`, `secretsmanager:GetSecretValue`, `ssm:GetParameter*` on `*`).",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "data",
    controls: {
        ...leastPrivilegeControls(false),
        "nist-800-53": {
            ids: ["AC-3", "AC-6", "AC-4"],
            source: checkov("CKV_AWS_288 (data exfiltration, via cloudsplaining, severity medium)"),
        },
    },
    fix: "name the buckets (and prefixes), secrets or parameter paths the workload reads instead of `*`",
    remediationSteps: [
        "1. List the objects, secrets and parameters the workload reads.",
        "2. Name their ARNs (a bucket prefix, a secret ARN, a parameter path).",
        "```typescript",
        "{",
        '    Effect: "Allow",',
        '    Action: ["secretsmanager:GetSecretValue"],',
        "    Resource: [dbSecret.arn],",
        "}",
        "```",
    ].join("\n"),
    example: {
        before: '{ Effect: "Allow", Action: ["s3:GetObject", "secretsmanager:GetSecretValue"], Resource: "*" }',
        after: '{ Effect: "Allow", Action: ["s3:GetObject"], Resource: [pulumi.interpolate`${bucket.arn}/training/*`] }',
    },
    tags: ["least-privilege"],
    resourceHalf: "iam-ml-policy-no-data-exfiltration",
    stackCheck: (ctx, report) => judgeStackHalf(ctx, report, judgeDataExfiltration),
});
