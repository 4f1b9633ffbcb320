import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";
import { TRAIL_MULTI_REGION } from "./controls";

export const cloudtrailTrailMultiRegion = resourcePolicy({
    name: "cloudtrail-trail-multi-region",
    description: "CloudTrail trails must record API activity in every region.",
    severity: "medium",
    enforcementLevel: "mandatory",
    practice: "detection",
    resources: { "aws:cloudtrail/trail:Trail": {} },
    controls: TRAIL_MULTI_REGION,
    fix: "set `isMultiRegionTrail: true` on the trail",
    remediationSteps: [
        "1. Set `isMultiRegionTrail: true` (the AWS default is false), so that activity in regions you do not use is recorded too.",
        "```typescript",
        'new aws.cloudtrail.Trail("org", {',
        "    s3BucketName: trailBucket.id,",
        "    isMultiRegionTrail: true,",
        "    enableLogFileValidation: true,",
        "    kmsKeyId: trailKey.arn,",
        "});",
        "```",
        "",
        "Global service events (IAM, STS, CloudFront, recorded in us-east-1) are not a separate finding: a multi-Region trail always records them. CloudTrail refuses a multi-Region trail with `includeGlobalServiceEvents: false` at create and update (`InvalidParameterCombinationException`: a multi-Region trail must include global service events), so that combination fails the deploy and never exists in an account. A single-Region trail is reported here whatever its `includeGlobalServiceEvents`.",
    ].join("\n"),
    example: {
        before: 'new aws.cloudtrail.Trail("t", { s3BucketName: bucket.id });',
        after: 'new aws.cloudtrail.Trail("t", { s3BucketName: bucket.id, isMultiRegionTrail: true });',
    },
    // Remediable: the trail keeps its bucket, key and selectors and starts recording the other
    // regions too. Cost: data events from other regions are billed, and a second copy of management
    // events is billed when another trail already records them (an organization trail).
    remediation: {
        set: { isMultiRegionTrail: true },
        safe: "Needs no other value: the trail keeps its bucket, key and selectors and also records the other regions. It can add cost (data events there, and a second copy of management events when an organization trail exists).",
    },
    check(r, report) {
        // `includeGlobalServiceEvents` is not judged: AWS rejects false on a multi-Region trail (see the steps above).
        const v = r.get("isMultiRegionTrail", false);
        if (v.state !== "known" || v.value === true) return;
        report(
            `\`isMultiRegionTrail\` is ${describe(v, [true, false])}: API calls in other regions (where SageMaker or Bedrock can be used with the same credentials) are not recorded.`,
        );
    },
});
