import type { StackResource } from "../core/policy";
import { stackPolicy } from "../core/policy";
import { mlBuckets } from "../core/s3";
import { nameOf } from "../core/stack";
import { isUnknown, list, rawChild, read } from "../core/values";
import { TRAIL_DATA_EVENTS } from "./controls";

const TRAIL = "aws:cloudtrail/trail:Trail";
const S3_OBJECT = "AWS::S3::Object";
/** `arn:aws:s3:::bucket/...` → bucket; `arn:aws:s3` or `arn:aws:s3:::` alone → every bucket. */
const S3_ARN = /^arn:aws[a-z-]*:s3(?::::([^/]*)(?:\/.*)?)?$/;

interface Coverage {
    all: boolean;
    names: Set<string>;
}

function addArn(c: Coverage, v: unknown): void {
    if (isUnknown(v)) {
        c.all = true; // e.g. `${bucket.arn}/`: may be any bucket
        return;
    }
    if (typeof v !== "string") return;
    const m = S3_ARN.exec(v.trim());
    if (!m) return;
    if (!m[1]) c.all = true;
    else c.names.add(m[1]);
}

function strings(node: unknown): unknown[] {
    const l = list({ v: node }, "v");
    return l === "unknown" ? [rawChild({ v: node }, "v")] : l;
}

/** Which buckets' object-level (data) events a trail records. */
function coverage(trail: StackResource, c: Coverage): void {
    const selectors = trail.list("eventSelectors");
    if (selectors === "unknown") c.all = true;
    else
        for (const s of selectors) {
            const resources = list(s, "dataResources");
            if (resources === "unknown") {
                c.all = true;
                continue;
            }
            for (const d of resources) {
                const type = read(d, "type");
                if (type.state === "known" && type.value !== S3_OBJECT) continue;
                for (const v of strings(rawChild(d, "values"))) addArn(c, v);
            }
        }
    const advanced = trail.list("advancedEventSelectors");
    if (advanced === "unknown") c.all = true;
    else
        for (const s of advanced) {
            const fields = list(s, "fieldSelectors");
            if (fields === "unknown") {
                c.all = true;
                continue;
            }
            let s3 = false;
            const arns: unknown[] = [];
            let hasArnField = false;
            for (const f of fields) {
                const field = read(f, "field");
                if (field.state !== "known") continue;
                if (field.value === "resources.type") {
                    s3 = strings(rawChild(f, "equals")).some((v) => v === S3_OBJECT || isUnknown(v));
                } else if (field.value === "resources.ARN") {
                    hasArnField = true;
                    arns.push(...strings(rawChild(f, "equals")), ...strings(rawChild(f, "startsWiths")));
                }
            }
            if (!s3) continue;
            if (!hasArnField) c.all = true;
            else for (const a of arns) addArn(c, a);
        }
}

export const cloudtrailTrailMlDataEvents = stackPolicy({
    name: "cloudtrail-trail-ml-data-events",
    description: "A CloudTrail trail of the stack should log S3 data events for the buckets that SageMaker and Bedrock resources use.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "detection",
    controls: TRAIL_DATA_EVENTS,
    fix: "add an event selector for `AWS::S3::Object` with this bucket's ARN (`${bucket.arn}/`) to a trail",
    remediationSteps: [
        "1. Add a data-event selector for the ML buckets to the trail (basic `eventSelectors` or `advancedEventSelectors`).",
        "```typescript",
        'new aws.cloudtrail.Trail("org", {',
        "    // ...",
        "    eventSelectors: [{",
        '        readWriteType: "All",',
        "        includeManagementEvents: true,",
        '        dataResources: [{ type: "AWS::S3::Object", values: [pulumi.interpolate`${mlBucket.arn}/`] }],',
        "    }],",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.cloudtrail.Trail("t", { s3BucketName: logs.id, isMultiRegionTrail: true });',
        after: 'new aws.cloudtrail.Trail("t", {\n    s3BucketName: logs.id,\n    isMultiRegionTrail: true,\n    eventSelectors: [{ readWriteType: "All", dataResources: [{ type: "AWS::S3::Object", values: [pulumi.interpolate`${mlBucket.arn}/`] }] }],\n});',
    },
    stackCheck(stack, report) {
        const trails = stack.index.ofType(TRAIL);
        if (trails.length === 0) return stack.notApplicable("no CloudTrail trail in this stack (stack-ml-cloudtrail-present judges that)");
        const ml = mlBuckets(stack.index);
        if (ml.size === 0) return stack.notApplicable("no S3 bucket in this stack holds SageMaker or Bedrock data");
        const c: Coverage = { all: false, names: new Set() };
        for (const t of trails) {
            // A trail whose selectors depend on the bucket (its ARN, unknown at preview) covers it.
            coverage(t, c);
            if (c.all) return;
        }
        for (const urn of ml) {
            const b = stack.index.byUrn.get(urn);
            if (!b) continue;
            const name = b.get("bucket");
            // A name that is not known cannot be matched against the trails' bucket ARNs.
            if (name.state !== "known" && c.names.size > 0) continue;
            if (name.state === "known" && typeof name.value === "string" && c.names.has(name.value)) continue;
            // The trail exists: its selectors must change, so it carries the finding (the first trail, when several).
            report(
                `No CloudTrail trail of this stack logs S3 data events (object reads and writes) for bucket ${nameOf(b)}, which SageMaker or Bedrock resources use: who read which training data or PHI is not recorded.`,
                trails[0].urn,
                `add an \`AWS::S3::Object\` data resource for bucket ${nameOf(b)} (\`\${bucket.arn}/\`) to this trail's \`eventSelectors\` (or \`advancedEventSelectors\`)`,
            );
        }
    },
});
