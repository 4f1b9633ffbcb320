import { StackResource, stackPolicy } from "../core/policy";
import {
    bucketName,
    buckets,
    configsByBucket,
    judgeTlsOnly,
    judgeTlsOnlyAlone,
    mlBuckets,
    policyBucketName,
    S3,
    TLS_SHORTFALL,
} from "../core/s3";
import { nameOf } from "../core/stack";
import { ML_NOTE, S3_TLS } from "./controls";

export const s3BucketTlsOnly = stackPolicy({
    name: "s3-bucket-tls-only",
    description: "S3 buckets must have a bucket policy that denies requests made without TLS (aws:SecureTransport).",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    controls: S3_TLS,
    // A bucket policy's own TLS verdict (what the policy resource decides alone) is that policy's.
    resourceHalf: "s3-bucket-policy-tls-only",
    fix: 'add an `aws.s3.BucketPolicy` with a `Deny` statement for `"Principal": "*"`, `"Action": "s3:*"` when `"aws:SecureTransport": "false"`',
    remediationSteps: [
        "1. Add a bucket policy that denies every request without TLS (keep your other statements in the same policy).",
        "```typescript",
        'new aws.s3.BucketPolicy("ml-data-tls", {',
        "    bucket: bucket.id,",
        "    policy: pulumi.jsonStringify({",
        '        Version: "2012-10-17",',
        "        Statement: [{",
        '            Sid: "DenyInsecureTransport", Effect: "Deny", Principal: "*", Action: "s3:*",',
        "            Resource: [bucket.arn, pulumi.interpolate`${bucket.arn}/*`],",
        '            Condition: { Bool: { "aws:SecureTransport": "false" } },',
        "        }],",
        "    }),",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'const bucket = new aws.s3.Bucket("ml-data");',
        after: 'const bucket = new aws.s3.Bucket("ml-data");\nnew aws.s3.BucketPolicy("ml-data-tls", { bucket: bucket.id, policy: denyInsecureTransportPolicy(bucket) });',
    },
    stackCheck(stack, report) {
        const all = buckets(stack.index);
        // A bucket policy for a bucket outside the stack is judged too (a bucket has one policy).
        if (all.length === 0 && stack.index.ofType(S3.policy).length === 0)
            return stack.notApplicable("no S3 bucket or bucket policy in this stack");
        const policies = configsByBucket(stack.index, S3.policy);
        const ml = mlBuckets(stack.index);
        for (const b of all) {
            const note = ml.has(b.urn) ? ML_NOTE : "";
            const joined = policies.byTarget.get(b.urn);
            if (joined) {
                // The configuration exists: the policy resource carries the finding, and names its bucket.
                if (joined.length > 1) {
                    for (const p of joined)
                        report(
                            `This is one of ${joined.length} \`aws.s3.BucketPolicy\` resources for bucket ${nameOf(b)}: S3 keeps one policy per bucket, so each replaces the other and which one survives is not known before deploy.`,
                            p.urn,
                            "merge the statements into one `aws.s3.BucketPolicy` per bucket",
                        );
                }
                for (const p of joined) {
                    // One finding per fact: what the policy resource shows alone is s3-bucket-policy-tls-only's
                    // (which also runs in an account audit); this reports only what its bucket, joined, decides.
                    if (judgeTlsOnlyAlone(p.get("policy"), p.get("bucket")).verdict === "no") continue;
                    // Unknown at preview (a policy built from the bucket's ARN): judged again at update.
                    const j = judgeTlsOnly(p.get("policy"), bucketName(b, p));
                    if (j.verdict !== "no") continue;
                    report(
                        (j.shortfall
                            ? `This bucket policy's \`aws:SecureTransport\` Deny for bucket ${nameOf(b)} ${TLS_SHORTFALL[j.shortfall]}, so some requests can still use plain HTTP.`
                            : `This bucket policy for bucket ${nameOf(b)} has no statement that denies requests without TLS (\`Deny\` \`s3:*\` for \`*\` on the bucket and its objects when \`aws:SecureTransport\` is false), so clients can read or write objects over plain HTTP.`) +
                            note,
                        p.urn,
                    );
                }
                continue;
            }
            if (policies.floating.length > 0) continue; // a policy whose bucket is unknown may be this one's
            const inline = b.get("policy");
            if (inline.state === "absent") {
                report(
                    "No `aws.s3.BucketPolicy` for this bucket, so nothing denies requests without TLS (`aws:SecureTransport`): clients can read or write objects over plain HTTP." +
                        note,
                    b.urn,
                );
                continue;
            }
            const j = judgeTlsOnly(inline, bucketName(b));
            if (j.verdict === "no") {
                report(
                    (j.shortfall
                        ? `The \`aws:SecureTransport\` Deny in this bucket's inline \`policy\` ${TLS_SHORTFALL[j.shortfall]}, so some requests can still use plain HTTP.`
                        : "The bucket's inline `policy` has no statement that denies requests without TLS (`aws:SecureTransport` false), so clients can use plain HTTP.") +
                        note,
                    b.urn,
                );
            }
        }
        judgeUnjoined(stack.index.ofType(S3.policy), policies.byTarget, report);
    },
});

/**
 * Bucket policies whose bucket is not a bucket of this stack (created elsewhere, or, in audit mode,
 * discovered apart from its policy) or is not known at preview: two for the same bucket replace each
 * other. (Whether one denies requests without TLS is judged from the policy alone, by
 * s3-bucket-policy-tls-only.)
 */
function judgeUnjoined(
    all: readonly StackResource[],
    joined: ReadonlyMap<string, StackResource[]>,
    report: (message: string, urn?: string, fix?: string) => void,
): void {
    const seen = new Set<StackResource>();
    joined.forEach((ps) => ps.forEach((p) => seen.add(p)));
    const byName = new Map<string, StackResource[]>();
    const unjoined = all.filter((p) => !seen.has(p));
    for (const p of unjoined) {
        const name = externalName(p);
        if (name !== undefined) byName.set(name, [...(byName.get(name) ?? []), p]);
    }
    byName.forEach((ps) => {
        if (ps.length > 1)
            for (const p of ps)
                report(
                    `This is one of ${ps.length} \`aws.s3.BucketPolicy\` resources for the same bucket (not declared in this stack): S3 keeps one policy per bucket, so each replaces the other and which one survives is not known before deploy.`,
                    p.urn,
                    "merge the statements into one `aws.s3.BucketPolicy` per bucket",
                );
    });
    // A policy without its bucket in the stack is judged from itself alone: s3-bucket-policy-tls-only reports it.
}

function externalName(p: StackResource): string | undefined {
    return policyBucketName(p.get("bucket"));
}
