import { stackPolicy } from "../core/policy";
import { LOG_GROUP_RETENTION } from "./controls";
import { logGroupRole, mlLogGroups } from "./ml-logs";

const DEFAULT_MINIMUM_DAYS = 365;

export const logsMlGroupRetention = stackPolicy({
    name: "logs-ml-group-retention",
    description:
        "CloudWatch log groups that receive SageMaker or Bedrock logs should have an explicit retention period of at least the configured minimum.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "detection",
    controls: LOG_GROUP_RETENTION,
    config: {
        minimumDays: {
            type: "integer",
            minimum: 1,
            default: DEFAULT_MINIMUM_DAYS,
            description: "The shortest acceptable retention in days (365 covers PCI DSS 10.5.1; use 2192 for six years).",
        },
    },
    fix: "set `retentionInDays` to your documented retention period (at least the configured minimum, e.g. 365 or 2192)",
    remediationSteps: [
        "1. Set `retentionInDays` to the retention your records schedule requires (the AWS default 0 keeps logs, and any PHI in them, forever).",
        "```typescript",
        'new aws.cloudwatch.LogGroup("notebooks", {',
        '    name: "/aws/sagemaker/NotebookInstances",',
        "    kmsKeyId: logsKey.arn,",
        "    retentionInDays: 2192, // six years",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.cloudwatch.LogGroup("nb", { name: "/aws/sagemaker/NotebookInstances", kmsKeyId: logsKey.arn });',
        after: 'new aws.cloudwatch.LogGroup("nb", { name: "/aws/sagemaker/NotebookInstances", kmsKeyId: logsKey.arn, retentionInDays: 2192 });',
    },
    stackCheck(stack, report) {
        const min = typeof stack.config.minimumDays === "number" ? stack.config.minimumDays : DEFAULT_MINIMUM_DAYS;
        const groups = mlLogGroups(stack.index);
        if (groups.length === 0) return stack.notApplicable("no log group in this stack holds SageMaker or Bedrock logs");
        for (const h of groups) {
            const g = h.resource;
            const v = g.get("retentionInDays", 0);
            if (v.state !== "known") continue; // unknown: judged again at update
            const days = typeof v.value === "number" ? v.value : Number.NaN;
            if (days === 0) {
                report(
                    `\`retentionInDays\` is ${v.defaulted ? "not set (AWS default 0, never expire)" : "0 (never expire)"}: logs that can contain PHI are kept with no documented end, outside any retention schedule. This log group ${logGroupRole(h)}.`,
                    g.urn,
                );
            } else if (!(days >= min)) {
                report(
                    `\`retentionInDays\` is ${Number.isFinite(days) ? days : "not a number"}, shorter than the required ${min} days: the audit record is lost before it may be needed. This log group ${logGroupRole(h)}.`,
                    g.urn,
                );
            }
        }
    },
});
