// S3 buckets and the separate bucket-configuration resources that belong to them, for the storage
// stack policies. Both provider majors are understood: @pulumi/aws v7 (`Bucket` is the modern bucket,
// inline settings deprecated; `BucketServerSideEncryptionConfiguration`, `BucketVersioning`) and v6
// (`Bucket` legacy with inline settings, `BucketV2`, `...V2` configuration resources).
//
// A configuration resource joins its bucket through its `bucket` input: the engine's property
// dependency (the bucket's id is unknown at a first preview) or a known bucket name.

import type { StackResource } from "./policy";
import { forEachString, StackIndex } from "./stack";
import { isUnknown, list, rawChild, read, Value } from "./values";
import { groupByReference, Grouped, mlResources } from "./network";

export const S3 = {
    bucket: "aws:s3/bucket:Bucket",
    bucketV2: "aws:s3/bucketV2:BucketV2",
    sse: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    sseV2: "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
    versioning: "aws:s3/bucketVersioning:BucketVersioning",
    versioningV2: "aws:s3/bucketVersioningV2:BucketVersioningV2",
    publicAccessBlock: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
    accountPublicAccessBlock: "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
    policy: "aws:s3/bucketPolicy:BucketPolicy",
    logging: "aws:s3/bucketLogging:BucketLogging",
    loggingV2: "aws:s3/bucketLoggingV2:BucketLoggingV2",
} as const;

export const BUCKET_TYPES: ReadonlySet<string> = new Set([S3.bucket, S3.bucketV2]);

/** The buckets of the stack, v6 and v7 tokens. */
export function buckets(index: StackIndex): StackResource[] {
    return index.ofType(S3.bucket, S3.bucketV2);
}

/** Configuration resources of `types` grouped by the bucket their `bucket` input refers to. */
export function configsByBucket(index: StackIndex, ...types: string[]): Grouped {
    return groupByReference(index, index.ofType(...types), "bucket", BUCKET_TYPES);
}

const S3_URI = /^s3a?:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/|$)/;
const S3_ARN = /^arn:aws[a-z-]*:s3:::([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/|$)/;

/**
 * The buckets that SageMaker and Bedrock resources of the stack reference: through dependency
 * URNs, a known bucket name, or a known `s3://bucket/...` URI or bucket ARN in their inputs.
 */
export function mlBuckets(index: StackIndex): Set<string> {
    const out = new Set<string>();
    const addName = (name: string) => {
        for (const b of index.withIdentity(name)) if (BUCKET_TYPES.has(b.type)) out.add(b.urn);
    };
    for (const m of mlResources(index)) {
        for (const t of index.references(m)) if (BUCKET_TYPES.has(t.type)) out.add(t.urn);
        forEachString(m.raw(), (s) => {
            const u = S3_URI.exec(s) ?? S3_ARN.exec(s);
            if (u) addName(u[1]);
            else if (s.length >= 3 && s.length <= 63) addName(s);
        });
    }
    return out;
}

/** Buckets that receive S3 server access logs (they can only use SSE-S3, so SSE-KMS does not apply). */
export function accessLogTargets(index: StackIndex): Set<string> {
    const g = groupByReference(index, index.ofType(S3.logging, S3.loggingV2), "targetBucket", BUCKET_TYPES);
    return new Set(g.byTarget.keys());
}

/** The first element of a list-or-object node. */
export function first(node: unknown): unknown {
    return Array.isArray(node) ? rawChild(node, 0) : node;
}

export type Tri = "yes" | "no" | "unknown";

/** A bucket's default-encryption algorithm from its inline settings (v6 Bucket / v7 Bucket / BucketV2). */
export function inlineSse(bucket: StackResource): { algorithm: Value; key: Value } | undefined {
    if (bucket.type === S3.bucketV2 || bucket.get("serverSideEncryptionConfigurations").state !== "absent") {
        const cfgs = bucket.list("serverSideEncryptionConfigurations");
        if (cfgs === "unknown") return { algorithm: { state: "unknown" }, key: { state: "unknown" } };
        for (const c of cfgs) {
            const rules = list(c, "rules");
            if (rules === "unknown") return { algorithm: { state: "unknown" }, key: { state: "unknown" } };
            for (const r of rules) {
                const d = first(rawChild(r, "applyServerSideEncryptionByDefaults"));
                if (isUnknown(d)) return { algorithm: { state: "unknown" }, key: { state: "unknown" } };
                return { algorithm: read(d, "sseAlgorithm"), key: read(d, "kmsMasterKeyId") };
            }
        }
        return undefined;
    }
    const d = bucket.get("serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault");
    if (d.state === "unknown") return { algorithm: d, key: d };
    if (d.state === "absent") {
        // The configuration or rule itself may be unknown.
        const c = bucket.get("serverSideEncryptionConfiguration.rule");
        return c.state === "unknown" ? { algorithm: c, key: c } : undefined;
    }
    return { algorithm: read(d.value, "sseAlgorithm"), key: read(d.value, "kmsMasterKeyId") };
}

/** The default-encryption rules of a separate SSE configuration resource. */
export function resourceSse(cfg: StackResource): { algorithm: Value; key: Value }[] | "unknown" {
    const rules = cfg.list("rules");
    if (rules === "unknown") return "unknown";
    return rules.map((r) => {
        const d = rawChild(r, "applyServerSideEncryptionByDefault");
        if (isUnknown(d)) return { algorithm: { state: "unknown" }, key: { state: "unknown" } };
        return { algorithm: read(d, "sseAlgorithm"), key: read(d, "kmsMasterKeyId") };
    });
}

// ---------------------------------------------------------------------------------------------
// TLS-only bucket policy (`aws:SecureTransport`). A minimal policy-document reading, local to the
// storage checks (the IAM document analyser lives in core/iam.ts when present).

const lower = (v: unknown): string | undefined => (typeof v === "string" ? v.toLowerCase() : undefined);

function asList(node: unknown): unknown[] {
    if (Array.isArray(node)) return node.map((_, i) => rawChild(node, i));
    return node === undefined || node === null ? [] : [node];
}

/** Parses a policy input (JSON text or object). "unknown" when it (or its text) is unknown. */
export function parsePolicy(v: Value): Record<string, unknown> | "unknown" | undefined {
    if (v.state === "unknown") return "unknown";
    if (v.state === "absent") return undefined;
    let doc: unknown = v.value;
    if (typeof doc === "string") {
        if (doc.length > 200_000) return undefined;
        try {
            doc = JSON.parse(doc);
        } catch {
            return undefined;
        }
    }
    return doc !== null && typeof doc === "object" && !Array.isArray(doc) ? (doc as Record<string, unknown>) : undefined;
}

/**
 * Whether a bucket policy denies requests without TLS: a `Deny` statement for every principal, on
 * `s3:*` (or `*`), with `Bool`/`BoolIfExists` `aws:SecureTransport` = false. An unknown in the
 * fields that decide it gives "unknown" (judged again at update).
 */
export function judgeTlsOnly(v: Value): Tri {
    const doc = parsePolicy(v);
    if (doc === "unknown") return "unknown";
    if (!doc) return "no";
    const statements = rawChild(doc, "Statement");
    if (isUnknown(statements)) return "unknown";
    let unknown = false;
    for (const s of asList(statements)) {
        if (isUnknown(s)) {
            unknown = true;
            continue;
        }
        const r = denyWithoutTls(s);
        if (r === "yes") return "yes";
        if (r === "unknown") unknown = true;
    }
    return unknown ? "unknown" : "no";
}

function denyWithoutTls(s: unknown): Tri {
    const fields = ["Effect", "Principal", "Action", "Condition"].map((k) => rawChild(s, k));
    if (fields.some(isUnknown)) return "unknown";
    const [effect, principal, action, condition] = fields;
    if (lower(effect) !== "deny") return "no";
    const allPrincipals =
        principal === "*" ||
        asList(rawChild(principal, "AWS")).some((p) => p === "*") ||
        asList(rawChild(principal, "aws")).some((p) => p === "*");
    if (!allPrincipals) return "no";
    const actions = asList(action).map(lower);
    if (!actions.some((a) => a === "s3:*" || a === "*")) return "no";
    let unknown = false;
    for (const op of ["Bool", "BoolIfExists"]) {
        const block = rawChild(condition, op);
        if (isUnknown(block)) return "unknown";
        if (block === null || typeof block !== "object") continue;
        for (const k of Object.keys(block)) {
            if (k.toLowerCase() !== "aws:securetransport") continue;
            for (const val of asList(rawChild(block, k))) {
                if (isUnknown(val)) unknown = true;
                else if (val === false || lower(val) === "false") return "yes";
            }
        }
    }
    return unknown ? "unknown" : "no";
}
