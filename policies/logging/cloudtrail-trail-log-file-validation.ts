import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";
import { TRAIL_VALIDATION } from "./controls";

export const cloudtrailTrailLogFileValidation = resourcePolicy({
    name: "cloudtrail-trail-log-file-validation",
    description: "CloudTrail trails must have log file integrity validation enabled.",
    severity: "medium",
    enforcementLevel: "mandatory",
    practice: "detection",
    resources: { "aws:cloudtrail/trail:Trail": {} },
    controls: TRAIL_VALIDATION,
    fix: "set `enableLogFileValidation: true` on the trail",
    remediationSteps: [
        "1. Set `enableLogFileValidation: true` (the AWS default is false); CloudTrail then delivers signed digest files that prove the logs were not changed.",
        "```typescript",
        'new aws.cloudtrail.Trail("org", {',
        "    s3BucketName: trailBucket.id,",
        "    enableLogFileValidation: true,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.cloudtrail.Trail("t", { s3BucketName: bucket.id });',
        after: 'new aws.cloudtrail.Trail("t", { s3BucketName: bucket.id, enableLogFileValidation: true });',
    },
    // Remediable: CloudTrail then also writes a digest file per hour next to the logs, in the same
    // bucket and prefix its bucket policy already allows; log delivery is unchanged.
    remediation: {
        set: { enableLogFileValidation: true },
        safe: "Needs no other value: CloudTrail adds hourly digest files next to the logs, under the prefix its bucket policy already allows; log delivery is unchanged.",
    },
    check(r, report) {
        const v = r.get("enableLogFileValidation", false);
        if (v.state !== "known" || v.value === true) return;
        report(
            `\`enableLogFileValidation\` is ${describe(v, [true, false])}: nobody can prove that the audit record of access to PHI was not altered or deleted after delivery.`,
        );
    },
});
