import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { TRAIL_KMS } from "./controls";

export const cloudtrailTrailKmsEncryption = resourcePolicy({
    name: "cloudtrail-trail-kms-encryption",
    description: "CloudTrail trails must encrypt their log files with a customer-managed KMS key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "detection",
    resources: { "aws:cloudtrail/trail:Trail": {} },
    controls: TRAIL_KMS,
    fix: "set `kmsKeyId` to the ARN of a customer-managed KMS key whose policy lets CloudTrail encrypt",
    remediationSteps: [
        "1. Create a customer-managed key whose key policy allows `cloudtrail.amazonaws.com` to `kms:GenerateDataKey*` for this trail.",
        "2. Set the trail's `kmsKeyId` to the key's ARN.",
        "```typescript",
        'new aws.cloudtrail.Trail("org", {',
        "    s3BucketName: trailBucket.id,",
        "    kmsKeyId: trailKey.arn,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.cloudtrail.Trail("t", { s3BucketName: bucket.id });',
        after: 'new aws.cloudtrail.Trail("t", { s3BucketName: bucket.id, kmsKeyId: trailKey.arn });',
    },
    check(r, report) {
        requireCustomerManagedKey(r.get("kmsKeyId"), "kmsKeyId", "the trail's log files (which record who accessed which PHI)", report);
    },
});
