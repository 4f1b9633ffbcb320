import { resourcePolicy } from "../core/policy";
import { S3 } from "../core/s3";
import { describe } from "../core/values";
import { S3_VERSIONING } from "./controls";
import { s3BucketVersioning } from "./s3-bucket-versioning";

// The single-resource half of s3-bucket-versioning: a versioning configuration that does not enable
// versioning. A resource policy, so it also runs in an account audit (which runs no stack policy). One
// finding per fact (docs/authoring-policies.md): a configuration's own status is reported here;
// s3-bucket-versioning keeps a bucket with no configuration (a join).

export const s3BucketVersioningConfigEnabled = resourcePolicy({
    name: "s3-bucket-versioning-config-enabled",
    description: 'S3 bucket versioning configurations should enable versioning (`status` "Enabled").',
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "data",
    resources: { [S3.versioning]: {}, [S3.versioningV2]: {} },
    controls: S3_VERSIONING,
    fix: 'set `versioningConfiguration: { status: "Enabled" }`',
    remediationSteps: s3BucketVersioning.remediationSteps,
    example: {
        before: 'new aws.s3.BucketVersioning("ml-data", { bucket: bucket.id, versioningConfiguration: { status: "Suspended" } });',
        after: 'new aws.s3.BucketVersioning("ml-data", { bucket: bucket.id, versioningConfiguration: { status: "Enabled" } });',
    },
    tags: ["account-audit"],
    check(r, report) {
        const status = r.get("versioningConfiguration.status");
        if (status.state === "unknown" || (status.state === "known" && status.value === "Enabled")) return;
        report(
            `This versioning configuration sets \`versioningConfiguration.status\` ${describe(status, ["Enabled", "Suspended", "Disabled"])}: overwritten or deleted training data and model artifacts cannot be recovered.`,
        );
    },
});
