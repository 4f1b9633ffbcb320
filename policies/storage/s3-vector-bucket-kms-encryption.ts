import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { cmkControls } from "../bedrock/controls";

const VECTOR_BUCKET = "aws-native:s3vectors:VectorBucket";

export const s3VectorBucketKmsEncryption = resourcePolicy({
    name: "s3-vector-bucket-kms-encryption",
    description: "S3 Vectors buckets (and indexes that override their encryption) must use SSE-KMS with a customer-managed key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { [VECTOR_BUCKET]: {}, "aws-native:s3vectors:Index": {} },
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
        "```",
    ].join("\n"),
    check(r, report) {
        const cfg = r.get("encryptionConfiguration");
        // An index without its own setting inherits its bucket's, which is judged on the bucket.
        if (cfg.state === "unknown" || (cfg.state === "absent" && r.type !== VECTOR_BUCKET)) return;
        const sse = r.get("encryptionConfiguration.sseType");
        if (sse.state === "unknown") return;
        const what = r.type === VECTOR_BUCKET ? "vector bucket" : "index";
        if (sse.state === "absent" && r.get("encryptionConfiguration.kmsKeyArn").state === "absent") {
            report(
                `\`encryptionConfiguration.sseType\` is not set, so the ${what} uses SSE-S3 (AES256) with S3-managed keys you cannot restrict, audit per use or revoke.`,
            );
            return;
        }
        if (sse.state === "known" && sse.value !== "aws:kms") {
            report(
                `\`encryptionConfiguration.sseType\` is not "aws:kms": the ${what} is encrypted with S3-managed keys, not a customer-managed key.`,
            );
            return;
        }
        requireCustomerManagedKey(
            r.get("encryptionConfiguration.kmsKeyArn"),
            "encryptionConfiguration.kmsKeyArn",
            `the ${what}'s vectors`,
            report,
        );
    },
});
