import { stackPolicy } from "../core/policy";
import { bucketsBothProviders, configsByBucket, inlineVersioning, mlBuckets, S3 } from "../core/s3";
import { ML_NOTE, S3_VERSIONING } from "./controls";

export const s3BucketVersioning = stackPolicy({
    name: "s3-bucket-versioning",
    description: "S3 buckets should have versioning enabled, so that overwritten or deleted data can be recovered.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "data",
    controls: S3_VERSIONING,
    // A versioning configuration's own status is that policy's (one finding per fact).
    resourceHalf: "s3-bucket-versioning-config-enabled",
    fix: 'add an `aws.s3.BucketVersioning` for the bucket with `versioningConfiguration: { status: "Enabled" }`',
    remediationSteps: [
        "1. Enable versioning with a separate resource (on @pulumi/aws v6: `BucketVersioningV2`).",
        "```typescript",
        'new aws.s3.BucketVersioning("ml-data", {',
        "    bucket: bucket.id,",
        '    versioningConfiguration: { status: "Enabled" },',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'const bucket = new aws.s3.Bucket("ml-data");',
        after: 'const bucket = new aws.s3.Bucket("ml-data");\nnew aws.s3.BucketVersioning("ml-data", { bucket: bucket.id, versioningConfiguration: { status: "Enabled" } });',
    },
    stackCheck(stack, report) {
        const all = bucketsBothProviders(stack.index);
        if (all.length === 0) return stack.notApplicable("no S3 bucket in this stack");
        const cfgs = configsByBucket(stack.index, S3.versioning, S3.versioningV2);
        const ml = mlBuckets(stack.index);
        for (const b of all) {
            const note = ml.has(b.urn) ? ML_NOTE : "";
            const joined = cfgs.byTarget.get(b.urn);
            // A configuration exists: whether it enables versioning is judged from it alone, by
            // s3-bucket-versioning-config-enabled (which also runs in account audits).
            if (joined) continue;
            if (cfgs.floating.length > 0) continue;
            const inline = inlineVersioning(b);
            if (inline.state === "unknown" || (inline.state === "known" && (inline.value === true || inline.value === "Enabled"))) continue;
            report(
                "Versioning is not enabled on this bucket (AWS default: disabled): overwritten or deleted training data and model artifacts cannot be recovered." +
                    note,
                b.urn,
                b.type === S3.nativeBucket ? 'set `versioningConfiguration: { status: "Enabled" }` on the bucket' : undefined,
            );
        }
    },
});
