// Case tables for the single-resource halves of S3 stack policies (issue 25), judged from one
// resource alone so that an account audit judges them too: s3-bucket-policy-tls-only (a bucket
// policy's TLS Deny, from its document and its `bucket` value) and s3-bucket-versioning-config-enabled
// (a versioning configuration's status). What needs the bucket joined stays in the stack tables
// (test/cases/stack-ml.ts).

import { s3BucketPolicyTlsOnly } from "../../policies/storage/s3-bucket-policy-tls-only";
import { s3BucketVersioningConfigEnabled } from "../../policies/storage/s3-bucket-versioning-config-enabled";
import { UNKNOWN } from "../harness";
import { PolicyCases, setPath } from "../policy-cases";

type Props = Record<string, unknown>;

const NAME = "acme-ml-data-20260101";
const ARN = `arn:aws:s3:::${NAME}`;
const TYPE = "aws:s3/bucketPolicy:BucketPolicy";

/** The documented TLS-only Deny, with `change` applied to its statement (`undefined` removes a field). */
function policy(change: Record<string, unknown> = {}): string {
    const st: Record<string, unknown> = {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [ARN, `${ARN}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
    };
    for (const [k, v] of Object.entries(change)) {
        if (v === undefined) delete st[k];
        else st[k] = v;
    }
    return JSON.stringify({ Version: "2012-10-17", Statement: [st] });
}

const tls = (title: string, change: Record<string, unknown>, expect: RegExp) => ({
    title: `TLS statement ${title}`,
    mutate: (p: Props) => (p.policy = policy(change)),
    expect,
});

export const cases: PolicyCases[] = [
    {
        policy: s3BucketPolicyTlsOnly,
        type: TYPE,
        // The bucket by name (a bucket of this stack given by `bucket.id` is unknown at a first
        // preview: then only what needs no name is judged here, the rest by s3-bucket-tls-only).
        compliant: { bucket: NAME, policy: policy() },
        alsoCompliant: [
            { title: "the bucket given by ARN", mutate: (p) => (p.bucket = ARN) },
            { title: "a Deny on every bucket", mutate: (p) => (p.policy = policy({ Resource: "arn:aws:s3:::*" })) },
            {
                title: "BoolIfExists",
                mutate: (p) => (p.policy = policy({ Condition: { BoolIfExists: { "aws:SecureTransport": "false" } } })),
            },
        ],
        mutations: [
            {
                title: "no TLS statement",
                mutate: (p) =>
                    (p.policy = JSON.stringify({
                        Statement: [
                            {
                                Effect: "Allow",
                                Principal: { AWS: "arn:aws:iam::444455556666:root" },
                                Action: "s3:GetObject",
                                Resource: `${ARN}/*`,
                            },
                        ],
                    })),
                expect: /This bucket policy has no statement that denies requests without TLS/,
            },
            {
                title: "not a policy document",
                mutate: (p) => (p.policy = "{ not json"),
                expect: /This bucket policy has no statement that denies requests without TLS/,
            },
            tls("names another bucket", { Resource: [`${ARN}x`, `${ARN}x/*`] }, /does not cover the bucket's own ARN/),
            tls("covers a prefix only", { Resource: [ARN, `${ARN}/path/*`] }, /does not cover every object/),
            tls("covers the objects but not the bucket", { Resource: `${ARN}/*` }, /does not cover the bucket's own ARN/),
            tls("uses NotAction", { Action: undefined, NotAction: "s3:GetObject" }, /does not cover every S3 action/),
            tls("one S3 action only", { Action: ["s3:GetObject", "s3:PutObject"] }, /does not cover every S3 action/),
            tls("one IAM user as Principal", { Principal: { AWS: "arn:aws:iam::111122223333:user/alice" } }, /some principals only/),
            tls("NotPrincipal", { Principal: undefined, NotPrincipal: { AWS: "arn:aws:iam::111122223333:root" } }, /some principals only/),
            tls("aws:SecureTransport true", { Condition: { Bool: { "aws:SecureTransport": "true" } } }, /has a condition other than/),
            tls(
                "another condition narrows it",
                { Condition: { Bool: { "aws:SecureTransport": "false" }, StringEquals: { "aws:PrincipalAccount": "111122223333" } } },
                /has a condition other than/,
            ),
            {
                title: "for a bucket given by ARN, no TLS statement",
                mutate: (p) => {
                    p.bucket = ARN;
                    p.policy = JSON.stringify({
                        Statement: [
                            {
                                Effect: "Allow",
                                Principal: { AWS: "arn:aws:iam::444455556666:root" },
                                Action: "s3:GetObject",
                                Resource: `${ARN}/*`,
                            },
                        ],
                    });
                },
                expect: /This bucket policy has no statement that denies requests without TLS/,
            },
            {
                title: "the bucket unknown, a Deny for some principals only (decided without the name)",
                mutate: (p) => {
                    p.bucket = UNKNOWN;
                    p.policy = policy({ Principal: { AWS: "arn:aws:iam::111122223333:user/alice" } });
                },
                expect: /some principals only/,
            },
        ],
        // `bucket` unknown (a first preview): the Deny names the bucket, which only the join can check, so
        // this policy says nothing and s3-bucket-tls-only judges it (test/cases/stack-ml.ts).
        unknownPaths: ["bucket", "policy"],
    },
    ...["aws:s3/bucketVersioning:BucketVersioning", "aws:s3/bucketVersioningV2:BucketVersioningV2"].map((type): PolicyCases => ({
        policy: s3BucketVersioningConfigEnabled,
        type,
        compliant: { bucket: UNKNOWN, versioningConfiguration: { status: "Enabled" } },
        alsoCompliant: [{ title: "the bucket by name", mutate: (p) => (p.bucket = NAME) }],
        mutations: [
            {
                title: "Suspended",
                mutate: (p) => setPath(p, "versioningConfiguration.status", "Suspended"),
                expect: /This versioning configuration sets `versioningConfiguration.status` "Suspended"/,
            },
            {
                title: "Disabled",
                mutate: (p) => setPath(p, "versioningConfiguration.status", "Disabled"),
                expect: /sets `versioningConfiguration.status` "Disabled"/,
            },
        ],
        unknownPaths: ["versioningConfiguration.status", "bucket"],
    })),
];
