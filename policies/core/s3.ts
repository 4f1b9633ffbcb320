// S3 buckets and the separate bucket-configuration resources that belong to them, for the storage
// stack policies. Both provider majors are understood: @pulumi/aws v7 (`Bucket` is the modern bucket,
// inline settings deprecated; `BucketServerSideEncryptionConfiguration`, `BucketVersioning`) and v6
// (`Bucket` legacy with inline settings, `BucketV2`, `...V2` configuration resources).
//
// A configuration resource joins its bucket through its `bucket` input: the engine's property
// dependency (the bucket's id is unknown at a first preview) or a known bucket name.

import {
    conditionsOn,
    coversAllActionsOf,
    coversEveryPrincipal,
    coversResourceArn,
    coversResourcePrefix,
    parsePolicyDocument,
    servicePrincipals,
    Statement,
} from "./iam";
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
    acl: "aws:s3/bucketAcl:BucketAcl",
    aclV2: "aws:s3/bucketAclV2:BucketAclV2",
    /** CloudFormation-shaped: every setting inline (`bucketEncryption`, `versioningConfiguration`, `loggingConfiguration`, ...). */
    nativeBucket: "aws-native:s3:Bucket",
} as const;

export const BUCKET_TYPES: ReadonlySet<string> = new Set([S3.bucket, S3.bucketV2]);
/** Classic and aws-native buckets: targets of log delivery, and what the policies that judge aws-native buckets iterate. */
const ANY_BUCKET_TYPES: ReadonlySet<string> = new Set([...BUCKET_TYPES, S3.nativeBucket]);

/** The buckets of the stack, v6 and v7 tokens. */
export function buckets(index: StackIndex): readonly StackResource[] {
    return index.ofType(S3.bucket, S3.bucketV2);
}

/**
 * The buckets of the stack on both providers (classic v6/v7 and aws-native), for the policies whose
 * fact an aws-native bucket states inline: default encryption and versioning.
 */
export function bucketsBothProviders(index: StackIndex): readonly StackResource[] {
    return index.ofType(S3.bucket, S3.bucketV2, S3.nativeBucket);
}

/** The four settings of an S3 public access block. */
export const PUBLIC_ACCESS_SETTINGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"] as const;

/**
 * An aws-native bucket's inline `publicAccessBlockConfiguration`: the settings it leaves off (absent
 * = false; unknown counts as on), "absent" without one, "unknown" when the whole block is unknown.
 */
export function inlinePublicAccessBlockOff(b: StackResource): string[] | "absent" | "unknown" {
    const cfg = b.get("publicAccessBlockConfiguration");
    if (cfg.state === "unknown") return "unknown";
    if (cfg.state === "absent") return "absent";
    return PUBLIC_ACCESS_SETTINGS.filter((s) => {
        const v = b.get(`publicAccessBlockConfiguration.${s}`, false);
        return v.state === "known" && v.value !== true;
    });
}

/** A bucket's inline versioning status as `Enabled`/`Suspended`/..., or `false`/`true` from the classic `enabled` flags. */
export function inlineVersioning(b: StackResource): Value {
    if (b.type === S3.nativeBucket) return b.get("versioningConfiguration.status", "Disabled");
    // Legacy inline settings: v6/v7 `Bucket.versioning.enabled`, `BucketV2.versionings[].enabled`.
    const versionings = b.list("versionings");
    if (versionings === "unknown") return { state: "unknown" };
    return versionings.length > 0 ? read(versionings[0], "enabled", false) : b.get("versioning.enabled", false);
}

/** Configuration resources of `types` grouped by the bucket their `bucket` input refers to. */
export function configsByBucket(index: StackIndex, ...types: string[]): Grouped {
    return groupByReference(index, index.ofType(...types), "bucket", BUCKET_TYPES);
}

const S3_URI = /^s3a?:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/|$)/;
const S3_ARN = /^arn:aws[a-z-]*:s3:::([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/|$)/;

const mlBucketCache = new WeakMap<StackIndex, ReadonlySet<string>>();

/**
 * The buckets that SageMaker and Bedrock resources of the stack reference: through dependency
 * URNs, a known bucket name, or a known `s3://bucket/...` URI or bucket ARN in their inputs.
 * Built once per index (the stack policies of a request share it).
 */
export function mlBuckets(index: StackIndex): ReadonlySet<string> {
    let cached = mlBucketCache.get(index);
    if (!cached) mlBucketCache.set(index, (cached = findMlBuckets(index)));
    return cached;
}

function findMlBuckets(index: StackIndex): Set<string> {
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

const LOG_DELIVERY_GROUP = "http://acs.amazonaws.com/groups/s3/LogDelivery";
const LOG_DELIVERY_SERVICE = "logging.s3.amazonaws.com";
const LOG_DELIVERY_PERMISSIONS = new Set(["WRITE", "FULL_CONTROL"]);

/** A canned ACL or grant list that lets S3 log delivery write to the bucket. */
function aclDeliversLogs(acl: unknown, grants: unknown): boolean {
    if (acl === "log-delivery-write") return true;
    let found = false;
    forEachGrant(grants, (uri, permissions) => {
        if (uri === LOG_DELIVERY_GROUP && permissions.some((x) => typeof x === "string" && LOG_DELIVERY_PERMISSIONS.has(x))) found = true;
    });
    return found;
}

/** Grants in either shape: the bucket's inline `grants` ({uri, permissions[]}) or an ACL resource's ({grantee: {uri}, permission}). */
function forEachGrant(grants: unknown, fn: (uri: unknown, permissions: unknown[]) => void): void {
    if (!Array.isArray(grants)) return;
    for (let i = 0; i < grants.length; i++) {
        const g = rawChild(grants, i);
        const perms = list(g, "permissions");
        const one = read(g, "permission");
        const permissions = [...(perms === "unknown" ? [] : perms), ...(one.state === "known" ? [one.value] : [])];
        const uri = read(g, "uri");
        const granteeUri = read(g, "grantee.uri");
        fn(uri.state === "known" ? uri.value : granteeUri.state === "known" ? granteeUri.value : undefined, permissions);
    }
}

/** A bucket policy that allows the S3 log delivery service (`logging.s3.amazonaws.com`) to write. */
function policyDeliversLogs(doc: Value): boolean {
    if (doc.state !== "known") return false;
    const d = parsePolicyDocument(doc.value);
    return d.kind === "ok" && d.statements.some((st) => servicePrincipals(st).includes(LOG_DELIVERY_SERVICE));
}

/**
 * Buckets that receive S3 server access logs (S3 supports only SSE-S3 on them, so SSE-KMS does not
 * apply). Every way a bucket becomes a log target: the target of a `BucketLogging`/`BucketLoggingV2`
 * resource, of a bucket's inline `logging`/`loggings`, or of an aws-native bucket's
 * `loggingConfiguration`; the `log-delivery-write` canned ACL or a grant to the LogDelivery group
 * (on the bucket or on a `BucketAcl`/`BucketAclV2`); a bucket policy that allows
 * `logging.s3.amazonaws.com` (inline or a `BucketPolicy`).
 */
export function accessLogTargets(index: StackIndex): Set<string> {
    const out = new Set<string>();
    const addAll = (g: Grouped) => g.byTarget.forEach((_, urn) => out.add(urn));
    addAll(groupByReference(index, index.ofType(S3.logging, S3.loggingV2), "targetBucket", ANY_BUCKET_TYPES));
    const sources = index.ofType(S3.bucket, S3.bucketV2, S3.nativeBucket);
    addAll(groupByReference(index, sources, "logging", ANY_BUCKET_TYPES));
    addAll(groupByReference(index, sources, "loggings", ANY_BUCKET_TYPES));
    addAll(groupByReference(index, sources, "loggingConfiguration", ANY_BUCKET_TYPES));
    // aws-native: the `LogDeliveryWrite` canned ACL (`accessControl`).
    for (const b of index.ofType(S3.nativeBucket)) {
        const acl = b.get("accessControl");
        if (acl.state === "known" && acl.value === "LogDeliveryWrite") out.add(b.urn);
    }
    for (const b of index.ofType(S3.bucket, S3.bucketV2)) {
        const acl = b.get("acl");
        const grants = b.get("grants");
        const viaAcl = aclDeliversLogs(acl.state === "known" ? acl.value : undefined, grants.state === "known" ? grants.value : undefined);
        if (viaAcl || policyDeliversLogs(b.get("policy"))) out.add(b.urn);
    }
    const acls = index.ofType(S3.acl, S3.aclV2).filter((a) => {
        const acl = a.get("acl");
        const grants = a.get("accessControlPolicy.grants");
        return aclDeliversLogs(acl.state === "known" ? acl.value : undefined, grants.state === "known" ? grants.value : undefined);
    });
    addAll(groupByReference(index, acls, "bucket", ANY_BUCKET_TYPES));
    const policies = index.ofType(S3.policy).filter((p) => policyDeliversLogs(p.get("policy")));
    addAll(groupByReference(index, policies, "bucket", ANY_BUCKET_TYPES));
    return out;
}

/** The first element of a list-or-object node. */
export function first(node: unknown): unknown {
    return Array.isArray(node) ? rawChild(node, 0) : node;
}

export type Tri = "yes" | "no" | "unknown";

/** A bucket's default-encryption algorithm from its inline settings (v6 Bucket / v7 Bucket / BucketV2). */
export function inlineSse(bucket: StackResource): { algorithm: Value; key: Value } | undefined {
    if (bucket.type === S3.nativeBucket) {
        // aws-native: `bucketEncryption.serverSideEncryptionConfiguration[].serverSideEncryptionByDefault`.
        const rules = bucket.list("bucketEncryption.serverSideEncryptionConfiguration");
        if (rules === "unknown") return { algorithm: { state: "unknown" }, key: { state: "unknown" } };
        if (rules.length === 0) return undefined;
        const d = rawChild(rules[0], "serverSideEncryptionByDefault");
        if (isUnknown(d) || isUnknown(rules[0])) return { algorithm: { state: "unknown" }, key: { state: "unknown" } };
        return { algorithm: read(d, "sseAlgorithm"), key: read(d, "kmsMasterKeyId") };
    }
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
// TLS-only bucket policy (`aws:SecureTransport`), judged as S3 evaluates the statement, through the
// one IAM document analyser (core/iam.ts).

const PARTITION = /^arn:(aws[a-z-]*):s3:::/;

/** The partition the statement's S3 ARNs are written in (a bucket lives in one; `aws` when none says). */
function partitionOf(st: Statement): string {
    for (const r of (st.resource ?? st.notResource)?.values ?? []) {
        const m = PARTITION.exec(r);
        if (m) return m[1];
    }
    return "aws";
}
const SECURE_TRANSPORT = "aws:SecureTransport";

/** The bucket's name when known: its `bucket` name, its ARN, or the known name a configuration resource joined it by. */
export function bucketName(bucket: StackResource, joinedBy?: StackResource): string | undefined {
    const name = bucket.get("bucket");
    if (name.state === "known" && typeof name.value === "string" && name.value !== "") return name.value;
    const arn = bucket.get("arn");
    const m = arn.state === "known" && typeof arn.value === "string" ? S3_ARN.exec(arn.value) : null;
    if (m) return m[1];
    const via = joinedBy?.get("bucket");
    if (via?.state === "known" && typeof via.value === "string" && !via.value.startsWith("arn:")) return via.value;
    return undefined;
}

const ARN_NAME = /^arn:aws[a-z-]*:s3:::([^/]+)$/;

/** The known bucket name a bucket policy's `bucket` value gives (a name or a bucket ARN). */
export function policyBucketName(v: Value): string | undefined {
    if (v.state !== "known" || typeof v.value !== "string" || v.value === "") return undefined;
    return ARN_NAME.exec(v.value)?.[1] ?? (v.value.startsWith("arn:") ? undefined : v.value);
}

/**
 * A bucket policy's TLS-only judgement from the policy resource alone (its document and its `bucket`
 * value): what `s3-bucket-policy-tls-only` reports, in every place the pack runs. `s3-bucket-tls-only`
 * (a stack policy) reports a policy only when this is not "no" and its bucket, joined, decides.
 */
export function judgeTlsOnlyAlone(policy: Value, bucket: Value): { verdict: Tri; shortfall?: TlsShortfall } {
    return judgeTlsOnly(policy, policyBucketName(bucket));
}

/** "yes" / "no" / "unknown" from a tri-state of the IAM analyser. */
const tri = (t: boolean | "unknown"): Tri => (t === "unknown" ? "unknown" : t ? "yes" : "no");

/** What keeps one statement from denying every request without TLS to the bucket and its objects, or undefined when it does. */
export type TlsShortfall = "principal" | "action" | "bucket" | "objects" | "condition";

function tlsCondition(st: Statement): Tri {
    if (st.condition === "unknown") return "unknown";
    const entries = st.condition ?? [];
    let result: Tri = "no";
    for (const c of entries) {
        if (c.key === "" && c.values.unknown) return "unknown";
        const op = c.operator.toLowerCase();
        if (c.key.toLowerCase() !== SECURE_TRANSPORT.toLowerCase()) return "no"; // another condition narrows the Deny
        if (op !== "bool" && op !== "boolifexists") return "no";
        if (c.values.values.some((v) => v.toLowerCase() === "false")) result = "yes";
        else if (c.values.unknown && result === "no") result = "unknown";
    }
    return result;
}

/**
 * Judges one statement as a TLS-only Deny for the bucket `name` (undefined: not known at preview):
 * Effect Deny, every principal, every S3 action, the bucket ARN and every object ARN, only the
 * condition `aws:SecureTransport` false (`Bool` or `BoolIfExists`). Returns the verdict and, for a
 * statement that is meant as one (a Deny on `aws:SecureTransport`), what it falls short of.
 */
export function judgeTlsStatement(st: Statement, name: string | undefined): { verdict: Tri; shortfall?: TlsShortfall } {
    if (st.effect === "Allow") return { verdict: "no" };
    const meant = conditionsOn(st, SECURE_TRANSPORT);
    if (meant !== "unknown" && meant.length === 0) return { verdict: "no" }; // not a TLS statement at all
    const checks: [TlsShortfall, Tri][] = [
        ["principal", tri(coversEveryPrincipal(st))],
        ["action", tri(coversAllActionsOf(st, "s3"))],
    ];
    if (name === undefined) {
        // The bucket's name is unknown at preview: only a Resource that covers every bucket decides.
        const everyBucket = tri(coversResourcePrefix(st, `arn:${partitionOf(st)}:s3:::`));
        checks.push(["bucket", everyBucket === "yes" ? "yes" : st.resource || st.notResource ? "unknown" : "no"]);
    } else {
        const arn = `arn:${partitionOf(st)}:s3:::${name}`;
        checks.push(["bucket", tri(coversResourceArn(st, arn))]);
        checks.push(["objects", tri(coversResourcePrefix(st, `${arn}/`))]);
    }
    checks.push(["condition", tlsCondition(st)]);
    const failed = checks.find(([, t]) => t === "no");
    if (failed) return { verdict: "no", shortfall: failed[0] };
    if (st.effect === "unknown" || checks.some(([, t]) => t === "unknown")) return { verdict: "unknown" };
    return { verdict: "yes" };
}

/**
 * Whether a bucket policy denies every request without TLS to the bucket `name` and its objects.
 * "unknown" when a value unknown at preview decides (judged again at update). `shortfall` says why
 * the closest statement (a Deny on `aws:SecureTransport`) does not count.
 */
export function judgeTlsOnly(v: Value, name?: string): { verdict: Tri; shortfall?: TlsShortfall } {
    if (v.state === "unknown") return { verdict: "unknown" };
    if (v.state === "absent") return { verdict: "no" };
    const doc = parsePolicyDocument(v.value);
    if (doc.kind === "unknown") return { verdict: "unknown" };
    if (doc.kind !== "ok") return { verdict: "no" };
    let unknown = false;
    let shortfall: TlsShortfall | undefined;
    for (const st of doc.statements) {
        const j = judgeTlsStatement(st, name);
        if (j.verdict === "yes") return { verdict: "yes" };
        if (j.verdict === "unknown") unknown = true;
        shortfall ??= j.shortfall;
    }
    return unknown ? { verdict: "unknown" } : { verdict: "no", shortfall };
}

/** The shortfall in words, for messages. */
export const TLS_SHORTFALL: Record<TlsShortfall, string> = {
    principal: 'applies to some principals only (it needs `Principal: "*"` with no `NotPrincipal`)',
    action: 'does not cover every S3 action (it needs `Action: "s3:*"`; a `NotAction` or a narrower list leaves requests allowed over HTTP)',
    bucket: "does not cover the bucket's own ARN (bucket-level requests such as listing stay allowed over HTTP)",
    objects: "does not cover every object of the bucket (`arn:aws:s3:::<bucket>/*`): it names another bucket or only a prefix",
    condition: "has a condition other than `aws:SecureTransport` false (`Bool` or `BoolIfExists`), which narrows the Deny",
};
