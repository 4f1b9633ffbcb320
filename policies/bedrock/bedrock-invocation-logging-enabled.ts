import { own, prowler } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { isNonEmptyString, Value } from "../core/values";

const DATA_TYPES = ["text", "image", "embedding", "video"] as const;

/** A destination name that is unknown at preview is set (a log group or bucket of the same stack). */
const isSet = (v: Value): boolean => v.state === "unknown" || isNonEmptyString(v);

export const bedrockInvocationLoggingEnabled = resourcePolicy({
    name: "bedrock-invocation-logging-enabled",
    description: "Bedrock model invocation logging must deliver invocation data to a CloudWatch Logs or S3 destination.",
    severity: "medium",
    enforcementLevel: "mandatory",
    practice: "detection",
    resources: { "aws:bedrockmodel/invocationLoggingConfiguration:InvocationLoggingConfiguration": {} },
    // Peer: Prowler bedrock_model_invocation_logging_enabled (medium; per region, account state).
    controls: {
        hipaa: {
            ids: ["164.312(b)", "164.308(a)(1)(ii)(D)"],
            source: own(
                "Audit controls and activity review: invocation logs are the only record of which principal sent which prompt to which model and what came back; CloudTrail records the call but not its content (Prowler maps its CloudTrail-Bedrock check to these ids).",
            ),
        },
        "nist-800-53": {
            ids: ["AU-2", "AU-3", "AU-12"],
            source: own("Event logging, content of audit records and audit record generation for model invocations."),
        },
        soc2: { ids: ["A1.1"], source: prowler("soc2_aws.json: cc_a_1_1 bedrock_model_invocation_logging_enabled") },
        iso27001: { ids: ["A.8.15"], source: prowler("iso27001_2022_aws.json: bedrock_model_invocation_logging_enabled") },
    },
    fix: "set `loggingConfig.cloudwatchConfig` (log group + role) or `loggingConfig.s3Config` (bucket) and keep text, image, embedding and video data delivery on",
    remediationSteps: [
        "1. Send invocation logs to a KMS-encrypted CloudWatch log group (with a role Bedrock can assume) and/or a KMS-encrypted S3 bucket: the logs contain prompts and answers, i.e. PHI.",
        "2. Leave the `*DataDeliveryEnabled` flags at their default (true). If you deliberately keep payloads out of logs, record that as an exemption with its reason.",
        "```typescript",
        'new aws.bedrockmodel.InvocationLoggingConfiguration("invocations", {',
        "    loggingConfig: {",
        "        cloudwatchConfig: { logGroupName: logGroup.name, roleArn: loggingRole.arn },",
        '        s3Config: { bucketName: logBucket.id, keyPrefix: "bedrock/" },',
        "    },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.bedrockmodel.InvocationLoggingConfiguration("invocations", {\n    loggingConfig: { s3Config: { bucketName: logBucket.id }, textDataDeliveryEnabled: false },\n});',
        after: 'new aws.bedrockmodel.InvocationLoggingConfiguration("invocations", {\n    loggingConfig: { s3Config: { bucketName: logBucket.id } },\n});',
    },
    check(r, report) {
        const cfg = r.get("loggingConfig");
        if (cfg.state === "unknown") return;
        if (cfg.state === "absent") {
            report("`loggingConfig` is not set: no model invocation is logged.");
            return;
        }
        const cw = r.get("loggingConfig.cloudwatchConfig.logGroupName");
        const s3 = r.get("loggingConfig.s3Config.bucketName");
        if (!isSet(cw) && !isSet(s3)) {
            report(
                "Neither `loggingConfig.cloudwatchConfig.logGroupName` nor `loggingConfig.s3Config.bucketName` is set: invocation logs have no destination.",
            );
            return;
        }
        const off = DATA_TYPES.filter((t) => {
            const v = r.get(`loggingConfig.${t}DataDeliveryEnabled`, true);
            return v.state === "known" && (v.value === false || v.value === "false");
        });
        if (off.length > 0) {
            report(
                `Delivery of ${off.join(", ")} data is disabled (\`${off.map((t) => `${t}DataDeliveryEnabled`).join("`, `")}\` false): those invocations are logged without their content, so what was sent to and returned by the model cannot be reviewed.`,
            );
        }
    },
});
