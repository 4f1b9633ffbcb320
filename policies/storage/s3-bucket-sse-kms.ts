import { judgeKmsKey } from "../core/kms";
import { stackPolicy } from "../core/policy";
import { accessLogTargets, bucketsBothProviders, configsByBucket, inlineSse, mlBuckets, resourceSse, S3 } from "../core/s3";
import { nameOf } from "../core/stack";
import { describe, Value } from "../core/values";
import { ML_NOTE, S3_KMS } from "./controls";

const KMS_ALGORITHMS = ["aws:kms", "aws:kms:dsse"];

/** A problem with one default-encryption rule, or undefined when it is SSE-KMS with a customer key (or unknown). */
function problem(rule: { algorithm: Value; key: Value }): string | undefined {
    const a = rule.algorithm;
    if (a.state === "unknown") return undefined;
    if (a.state !== "known" || !KMS_ALGORITHMS.includes(a.value as string)) {
        return `sets \`sseAlgorithm\` ${describe(a, ["AES256", ...KMS_ALGORITHMS])}, not SSE-KMS: objects are encrypted with S3-managed keys that you cannot restrict, audit per use or revoke.`;
    }
    const k = judgeKmsKey(rule.key);
    if (k === "missing" || k === "aws-managed") {
        return "uses SSE-KMS with the AWS-managed `aws/s3` key (`kmsMasterKeyId` not set, or an alias/aws/ key), whose key policy you cannot control.";
    }
    return undefined;
}

/** aws-native buckets hold their encryption inline (no separate configuration resource). */
const fixFor = (type: string): string | undefined =>
    type === S3.nativeBucket
        ? 'set `bucketEncryption: { serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn } }] }` on the bucket'
        : undefined;

export const s3BucketSseKms = stackPolicy({
    name: "s3-bucket-sse-kms",
    description: "S3 buckets must encrypt objects by default with SSE-KMS and a customer-managed key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    controls: S3_KMS,
    fix: 'add an `aws.s3.BucketServerSideEncryptionConfiguration` with `sseAlgorithm: "aws:kms"` and `kmsMasterKeyId` set to a customer-managed key',
    remediationSteps: [
        "1. Add a server-side encryption configuration for the bucket with SSE-KMS and your key (on @pulumi/aws v6: `BucketServerSideEncryptionConfigurationV2`).",
        "```typescript",
        'new aws.s3.BucketServerSideEncryptionConfiguration("ml-data", {',
        "    bucket: bucket.id,",
        '    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: dataKey.arn }, bucketKeyEnabled: true }],',
        "});",
        "```",
        "Buckets that receive S3 server access logs are exempt (S3 supports only SSE-S3 there).",
    ].join("\n"),
    example: {
        before: 'const bucket = new aws.s3.Bucket("ml-data");',
        after: 'const bucket = new aws.s3.Bucket("ml-data");\nnew aws.s3.BucketServerSideEncryptionConfiguration("ml-data", {\n    bucket: bucket.id,\n    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: dataKey.arn } }],\n});',
    },
    stackCheck(stack, report) {
        const all = bucketsBothProviders(stack.index);
        if (all.length === 0) return stack.notApplicable("no S3 bucket in this stack");
        const cfgs = configsByBucket(stack.index, S3.sse, S3.sseV2);
        const logTargets = accessLogTargets(stack.index);
        const ml = mlBuckets(stack.index);
        for (const b of all) {
            if (logTargets.has(b.urn)) continue;
            const note = ml.has(b.urn) ? ML_NOTE : "";
            const joined = cfgs.byTarget.get(b.urn);
            if (joined) {
                // The configuration exists: a wrong one carries the finding and names its bucket.
                const rules = joined.map(resourceSse);
                if (rules.includes("unknown")) continue;
                const judged = joined.map((c, i) => {
                    const rs = rules[i] as { algorithm: Value; key: Value }[];
                    if (rs.length === 0) return "has no `rules`, so S3 applies its default SSE-S3 (AES256), not SSE-KMS.";
                    const ps = rs.map(problem);
                    return ps.includes(undefined) ? undefined : ps[0];
                });
                if (judged.includes(undefined)) continue;
                joined.forEach((c, i) =>
                    report(`This server-side encryption configuration for bucket ${nameOf(b)} ${judged[i]}` + note, c.urn),
                );
                continue;
            }
            if (cfgs.floating.length > 0) continue; // a configuration whose bucket is unknown may be this one's
            const inline = inlineSse(b);
            if (!inline) {
                report(
                    "No server-side encryption configuration for this bucket (AWS default: SSE-S3, AES256, with S3-managed keys you cannot restrict, audit per use or revoke)." +
                        note,
                    b.urn,
                    fixFor(b.type),
                );
                continue;
            }
            const p = problem(inline);
            if (p) report(`This bucket's inline default encryption ${p}` + note, b.urn, fixFor(b.type));
        }
    },
});
