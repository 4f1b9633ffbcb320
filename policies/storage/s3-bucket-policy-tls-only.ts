import { resourcePolicy } from "../core/policy";
import { judgeTlsOnlyAlone, S3, TLS_SHORTFALL } from "../core/s3";
import { S3_TLS } from "./controls";
import { s3BucketTlsOnly } from "./s3-bucket-tls-only";

// The single-resource half of s3-bucket-tls-only: whether a bucket policy, read alone, denies requests
// without TLS. A resource policy, so it also runs in an account audit (which runs no stack policy). One
// finding per fact (docs/authoring-policies.md): what the policy resource decides alone is reported
// here; s3-bucket-tls-only keeps what needs the bucket (a bucket with no policy, two policies for one
// bucket, a statement whose bucket ARN only the joined bucket's name can check).

export const s3BucketPolicyTlsOnly = resourcePolicy({
    name: "s3-bucket-policy-tls-only",
    description: "S3 bucket policies must deny requests made without TLS (aws:SecureTransport) to the bucket and its objects.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { [S3.policy]: {} },
    controls: S3_TLS,
    fix: 'add a `Deny` statement for `"Principal": "*"`, `"Action": "s3:*"` on the bucket and its objects when `"aws:SecureTransport": "false"`',
    remediationSteps: s3BucketTlsOnly.remediationSteps,
    example: {
        before: 'new aws.s3.BucketPolicy("ml-data", { bucket: bucket.id, policy: readOnlyForAnalysts });',
        after: 'new aws.s3.BucketPolicy("ml-data", { bucket: bucket.id, policy: readOnlyForAnalystsAndDenyInsecureTransport });',
    },
    tags: ["account-audit"],
    check(r, report) {
        const j = judgeTlsOnlyAlone(r.get("policy"), r.get("bucket"));
        // "unknown": a value unknown at preview, or a statement only the bucket's name can check
        // (s3-bucket-tls-only judges it with the bucket joined).
        if (j.verdict !== "no") return;
        report(
            j.shortfall
                ? `This bucket policy's \`aws:SecureTransport\` Deny ${TLS_SHORTFALL[j.shortfall]}, so some requests can still use plain HTTP.`
                : "This bucket policy has no statement that denies requests without TLS (`Deny` `s3:*` for `*` on the bucket and its objects when `aws:SecureTransport` is false). A bucket has one policy, so clients can read or write the bucket's objects over plain HTTP.",
        );
    },
});
