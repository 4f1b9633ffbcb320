import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { cmkControls } from "../bedrock/controls";

// @pulumi/aws 7.x has the same resources in its s3 module, with the configuration as a one-element list.
const VECTOR_BUCKETS: ReadonlySet<string> = new Set([
    "aws-native:s3vectors:VectorBucket",
    "aws:s3/vectorsVectorBucket:VectorsVectorBucket",
]);
const CLASSIC = { fields: { encryptionConfiguration: "encryptionConfigurations[0]" } };
const CLASSIC_TYPES: ReadonlySet<string> = new Set(["aws:s3/vectorsVectorBucket:VectorsVectorBucket", "aws:s3/vectorsIndex:VectorsIndex"]);

export const s3VectorBucketKmsEncryption = resourcePolicy({
    name: "s3-vector-bucket-kms-encryption",
    description: "S3 Vectors buckets (and indexes that override their encryption) must use SSE-KMS with a customer-managed key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: {
        "aws-native:s3vectors:VectorBucket": {},
        "aws-native:s3vectors:Index": {},
        "aws:s3/vectorsVectorBucket:VectorsVectorBucket": CLASSIC,
        "aws:s3/vectorsIndex:VectorsIndex": CLASSIC,
    },
    // Peer: none ships this check yet (Prowler, Security Hub and AWS's AI/ML assessment sample checked); the
    // vector-store counterpart of Prowler bedrock_knowledge_base_encrypted_with_cmk.
    controls: cmkControls("the embeddings of the documents a knowledge base indexes, from which their text can be recovered"),
    fix: 'set `encryptionConfiguration: { sseType: "aws:kms", kmsKeyArn: key.arn }`',
    remediationSteps: [
        "1. Create a customer-managed KMS key with rotation enabled (or reuse one) whose key policy lets S3 Vectors use it.",
        "2. Set SSE-KMS with it on the vector bucket (indexes inherit it unless they set their own).",
        "```typescript",
        'new awsnative.s3vectors.VectorBucket("vectors", {',
        '    encryptionConfiguration: { sseType: "aws:kms", kmsKeyArn: key.arn },',
        "});",
        '// @pulumi/aws: new aws.s3.VectorsVectorBucket("vectors", { encryptionConfigurations: [{ sseType: "aws:kms", kmsKeyArn: key.arn }] })',
        "```",
    ].join("\n"),
    check(r, report) {
        const cfg = r.get("encryptionConfiguration");
        // An index without its own setting inherits its bucket's, which is judged on the bucket.
        if (cfg.state === "unknown" || (cfg.state === "absent" && !VECTOR_BUCKETS.has(r.type))) return;
        const sse = r.get("encryptionConfiguration.sseType");
        if (sse.state === "unknown") return;
        const what = VECTOR_BUCKETS.has(r.type) ? "vector bucket" : "index";
        // The input's name as the resource's provider spells it, for the messages.
        const cfgName = CLASSIC_TYPES.has(r.type) ? "encryptionConfigurations[0]" : "encryptionConfiguration";
        if (sse.state === "absent" && r.get("encryptionConfiguration.kmsKeyArn").state === "absent") {
            report(
                `\`${cfgName}.sseType\` is not set, so the ${what} uses SSE-S3 (AES256) with S3-managed keys you cannot restrict, audit per use or revoke.`,
            );
            return;
        }
        if (sse.state === "known" && sse.value !== "aws:kms") {
            report(`\`${cfgName}.sseType\` is not "aws:kms": the ${what} is encrypted with S3-managed keys, not a customer-managed key.`);
            return;
        }
        requireCustomerManagedKey(r.get("encryptionConfiguration.kmsKeyArn"), `${cfgName}.kmsKeyArn`, `the ${what}'s vectors`, report);
    },
});
