import { checkov } from "../core/frameworks";
import { stackPolicy } from "../core/policy";
import { IdentityDocument, leastPrivilegeControls, unconstrainedFindings } from "./common";
import { judgeStackHalf } from "./document-halves";

/** One document's finding (both halves: document-halves.ts). */
export const judgeUnscopedWriteActions = (doc: IdentityDocument): string[] =>
    unconstrainedFindings(doc, "Write actions that can be scoped to resources", (a) => a.level === "Write" && a.resourceLevel);

export const iamPolicyNoUnscopedWriteActions = stackPolicy({
    name: "iam-policy-no-unscoped-write-actions",
    description:
        "IAM policy documents in a stack with SageMaker or Bedrock resources should not allow Write actions that can be scoped to resources on every resource without a condition.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "access",
    controls: {
        ...leastPrivilegeControls(false),
        "nist-800-53": {
            ids: ["AC-3", "AC-6"],
            source: checkov("CKV_AWS_290 (write access without constraints, via cloudsplaining); cdk-nag AwsSolutions-IAM5"),
        },
    },
    fix: 'replace `"Resource": "*"` with the ARNs of the tables, functions, queues or buckets the workload writes to, or add a condition',
    remediationSteps: [
        "1. For each Write action named in the finding, find the resources the workload writes (AWS's Service Authorization Reference lists the resource types each action can be scoped to).",
        '2. Name their ARNs instead of `"*"`; keep `"*"` only for actions that support no resource-level permissions.',
        "```typescript",
        "{",
        '    Effect: "Allow",',
        '    Action: ["dynamodb:PutItem", "dynamodb:UpdateItem"],',
        "    Resource: [table.arn],",
        "}",
        "```",
    ].join("\n"),
    example: {
        before: '{ Effect: "Allow", Action: ["dynamodb:PutItem", "lambda:InvokeFunction"], Resource: "*" }',
        after: '{ Effect: "Allow", Action: ["dynamodb:PutItem", "lambda:InvokeFunction"], Resource: [table.arn, fn.arn] }',
    },
    tags: ["least-privilege"],
    resourceHalf: "iam-ml-policy-no-unscoped-write-actions",
    stackCheck: (ctx, report) => judgeStackHalf(ctx, report, judgeUnscopedWriteActions),
});
