import { judgeKmsKey } from "../core/kms";
import { stackPolicy } from "../core/policy";
import { LOG_GROUP_KMS } from "./controls";
import { logGroupRole, mlLogGroups } from "./ml-logs";

export const logsMlGroupKmsEncryption = stackPolicy({
    name: "logs-ml-group-kms-encryption",
    description: "CloudWatch log groups that receive SageMaker or Bedrock logs must be encrypted with a customer-managed KMS key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    controls: LOG_GROUP_KMS,
    fix: "set `kmsKeyId` on the log group to the ARN of a customer-managed key whose policy allows `logs.<region>.amazonaws.com`",
    remediationSteps: [
        "1. Create (or reuse) a customer-managed key whose key policy lets CloudWatch Logs use it for this log group.",
        "2. Set the log group's `kmsKeyId`.",
        "```typescript",
        'new aws.cloudwatch.LogGroup("notebooks", {',
        '    name: "/aws/sagemaker/NotebookInstances",',
        "    kmsKeyId: logsKey.arn,",
        "    retentionInDays: 2192,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.cloudwatch.LogGroup("nb", { name: "/aws/sagemaker/NotebookInstances" });',
        after: 'new aws.cloudwatch.LogGroup("nb", { name: "/aws/sagemaker/NotebookInstances", kmsKeyId: logsKey.arn });',
    },
    stackCheck(stack, report) {
        const groups = mlLogGroups(stack.index);
        if (groups.length === 0) return stack.notApplicable("no log group in this stack holds SageMaker or Bedrock logs");
        for (const h of groups) {
            const g = h.resource;
            const j = judgeKmsKey(g.get("kmsKeyId"));
            if (j === "missing") {
                report(
                    `\`kmsKeyId\` is not set on this log group, which ${logGroupRole(h)} (logs that can contain PHI from prompts, outputs or notebook sessions): CloudWatch encrypts it only with a key it owns, which you cannot control or audit.`,
                    g.urn,
                );
            } else if (j === "aws-managed") {
                report(
                    `\`kmsKeyId\` names an AWS-managed key (alias/aws/...); a customer-managed key is required for this log group, which ${logGroupRole(h)}.`,
                    g.urn,
                );
            }
        }
    },
});
