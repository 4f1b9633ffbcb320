import { checkov } from "../core/frameworks";
import { stackPolicy } from "../core/policy";
import { IdentityDocument, leastPrivilegeControls, unconstrainedFindings } from "./common";
import { judgeStackHalf } from "./document-halves";

/** One document's finding (both halves: document-halves.ts). */
export const judgeUnscopedPermissionsManagement = (doc: IdentityDocument): string[] =>
    unconstrainedFindings(doc, "Permissions-management actions", (a) => a.level === "Permissions management" && a.resourceLevel);

export const iamPolicyNoUnscopedPermissionsManagement = stackPolicy({
    name: "iam-policy-no-unscoped-permissions-management",
    description:
        "IAM policy documents in a stack with SageMaker or Bedrock resources must not allow Permissions-management actions on every resource without a condition.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "access",
    controls: {
        ...leastPrivilegeControls(false),
        "nist-800-53": {
            ids: ["AC-3", "AC-6", "AC-6(10)"],
            source: checkov(
                "CKV_AWS_289 (permissions management / resource exposure without constraints, via cloudsplaining, severity high)",
            ),
        },
    },
    fix: "name the ARNs of the roles, keys, buckets or policies whose permissions the principal manages, or add a condition (e.g. `iam:PermissionsBoundary`)",
    remediationSteps: [
        "1. Permissions-management actions change who can do what (`iam:PutRolePolicy`, `s3:PutBucketPolicy`, `kms:CreateGrant`); on `*` they reach every resource of the account.",
        "2. Scope them to the resources the workload owns, or condition them (a permissions boundary, `kms:ViaService`, `aws:ResourceTag`).",
        "```typescript",
        "{",
        '    Effect: "Allow",',
        '    Action: ["kms:CreateGrant"],',
        "    Resource: [key.arn],",
        '    Condition: { Bool: { "kms:GrantIsForAWSResource": "true" } },',
        "}",
        "```",
    ].join("\n"),
    example: {
        before: '{ Effect: "Allow", Action: ["iam:PutRolePolicy", "s3:PutBucketPolicy"], Resource: "*" }',
        after: '{ Effect: "Allow", Action: ["s3:PutBucketPolicy"], Resource: [bucket.arn] }',
    },
    tags: ["least-privilege"],
    resourceHalf: "iam-ml-policy-no-unscoped-permissions-management",
    stackCheck: (ctx, report) => judgeStackHalf(ctx, report, judgeUnscopedPermissionsManagement),
});
