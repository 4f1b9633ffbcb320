// Other people's test inputs for the TLS-only bucket policy check, translated to Pulumi stacks
// (a CloudFormation `AWS::S3::Bucket` / `AWS::S3::BucketPolicy` pair becomes an `aws.s3.Bucket` and an
// `aws.s3.BucketPolicy` joined by the bucket's name). Only the facts are kept: bucket names, the
// statements' fields, and the peer's verdict. Used by test/unit/peer-s3-tls-only.spec.ts.
//
// cdk-nag: repository cdklabs/cdk-nag, path test/rules/S3.test.ts, commit
//   03bd1274a2d4ead93484d8b0c7e78dc18c4dc011, test "S3BucketSSLRequestsOnly" (6 non-compliant stacks,
//   1 compliant stack of 3 buckets).
// Prowler: repository prowler-cloud/prowler, path
//   tests/providers/aws/services/s3/s3_bucket_secure_transport_policy/s3_bucket_secure_transport_policy_test.py,
//   commit 2810c95028ec27826b4e4a21bdf5e803088cbc33 (3 buckets).

import { UNKNOWN } from "../harness";
import type { StackResourceCase } from "../harness";

const BUCKET = "aws:s3/bucket:Bucket";
const POLICY = "aws:s3/bucketPolicy:BucketPolicy";

export interface PeerCase {
    source: "cdk-nag" | "prowler";
    title: string;
    stack: StackResourceCase[];
    /** The peer's verdict for the bucket named `bucket`. */
    peer: "pass" | "fail";
    bucket: string;
    /** Where we disagree with the peer on purpose, why. */
    disagree?: string;
}

const tlsDeny = (actions: string[], resources: unknown[], principal: unknown = "*") =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Effect: "Deny",
                Principal: principal,
                Action: actions,
                Resource: resources,
                Condition: { Bool: { "aws:SecureTransport": "false" } },
            },
        ],
    });
const bucket = (logical: string, name?: string): StackResourceCase => ({
    type: BUCKET,
    name: logical,
    props: name ? { bucket: name } : {},
});
const policy = (logical: string, forBucket: string, doc: string): StackResourceCase => ({
    type: POLICY,
    name: logical,
    props: { bucket: forBucket, policy: doc },
});

export const PEER_CASES: PeerCase[] = [
    { source: "cdk-nag", title: "bucket without a policy", stack: [bucket("rBucket", "nopolicy")], peer: "fail", bucket: "rBucket" },
    {
        source: "cdk-nag",
        title: "Deny on a non-S3 action pattern",
        stack: [bucket("rBucket", "foo"), policy("rPolicy", "foo", tlsDeny(["nots3:*"], ["arn:aws:s3:::foo", "arn:aws:s3:::foo/*"]))],
        peer: "fail",
        bucket: "rBucket",
    },
    {
        source: "cdk-nag",
        title: "objects of another bucket (food/*)",
        stack: [bucket("rBucket", "foo"), policy("rPolicy", "foo", tlsDeny(["s3:*"], ["arn:aws:s3:::foo", "arn:aws:s3:::food/*"]))],
        peer: "fail",
        bucket: "rBucket",
    },
    {
        source: "cdk-nag",
        title: "a prefix of the objects only (foo/s/*)",
        stack: [bucket("rBucket", "foo"), policy("rPolicy", "foo", tlsDeny(["s3:*"], ["arn:aws:s3:::foo", "arn:aws:s3:::foo/s/*"]))],
        peer: "fail",
        bucket: "rBucket",
    },
    {
        source: "cdk-nag",
        title: "a prefix of the objects only, from the bucket's ARN (foo/path/*)",
        stack: [bucket("rBucket", "foo"), policy("rPolicy", "foo", tlsDeny(["s3:*"], ["arn:aws:s3:::foo", "arn:aws:s3:::foo/path/*"]))],
        peer: "fail",
        bucket: "rBucket",
    },
    {
        source: "cdk-nag",
        title: "the policy is for another bucket (foo), not this one (food)",
        stack: [bucket("rBucket", "food"), policy("rPolicy", "foo", tlsDeny(["s3:*"], ["arn:aws:s3:::foo", "arn:aws:s3:::foo/*"]))],
        peer: "fail",
        bucket: "rBucket",
    },
    {
        source: "cdk-nag",
        title: "auto-named bucket, policy from its ARN (unknown at preview)",
        stack: [
            { type: BUCKET, name: "rBucket", props: {} },
            {
                type: POLICY,
                name: "rPolicy",
                props: { bucket: UNKNOWN, policy: UNKNOWN },
                propertyDependencies: {
                    bucket: ["urn:pulumi:dev::test::aws:s3/bucket:Bucket::rBucket"],
                    policy: ["urn:pulumi:dev::test::aws:s3/bucket:Bucket::rBucket"],
                },
                dependencies: ["urn:pulumi:dev::test::aws:s3/bucket:Bucket::rBucket"],
            },
        ],
        peer: "pass",
        bucket: "rBucket",
    },
    {
        source: "cdk-nag",
        title: "auto-named bucket, policy from its ARN (as state holds it)",
        stack: [
            bucket("rBucket", "rbucket-a1b2c3d"),
            policy(
                "rPolicy",
                "rbucket-a1b2c3d",
                tlsDeny(["s3:getObject", "s3:*"], ["arn:aws:s3:::rbucket-a1b2c3d", "arn:aws:s3:::rbucket-a1b2c3d/*"]),
            ),
        ],
        peer: "pass",
        bucket: "rBucket",
    },
    {
        source: "cdk-nag",
        title: "Action * with an extra prefix statement",
        stack: [
            bucket("rBucket2", "foo"),
            policy(
                "rPolicy2",
                "foo",
                tlsDeny(["*", "s3:getObject"], ["arn:aws:s3:::foo", "arn:aws:s3:::foo/*", "arn:aws:s3:::foo/path/*"]),
            ),
        ],
        peer: "pass",
        bucket: "rBucket2",
    },
    {
        source: "cdk-nag",
        title: "objects listed before the bucket",
        stack: [
            bucket("rBucket3", "bar"),
            policy("rPolicy3", "bar", tlsDeny(["*", "s3:getObject"], ["arn:aws:s3:::bar/*", "arn:aws:s3:::bar"])),
        ],
        peer: "pass",
        bucket: "rBucket3",
    },
    { source: "prowler", title: "bucket without a policy", stack: [bucket("b", "bucket_test_us")], peer: "fail", bucket: "b" },
    {
        source: "prowler",
        title: "Deny s3:PutObject without TLS on the objects",
        stack: [bucket("b", "bucket_test_us"), policy("p", "bucket_test_us", tlsDeny(["s3:PutObject"], ["arn:aws:s3:::bucket_test_us/*"]))],
        peer: "pass",
        bucket: "b",
        disagree:
            "only uploads are denied over HTTP: reads of every object and every bucket-level request stay allowed (cdk-nag fails the same shape)",
    },
    {
        source: "prowler",
        title: "Deny s3:GetObject without TLS on the objects",
        stack: [bucket("b", "bucket_test_us"), policy("p", "bucket_test_us", tlsDeny(["s3:GetObject"], ["arn:aws:s3:::bucket_test_us/*"]))],
        peer: "fail",
        bucket: "b",
    },
];
