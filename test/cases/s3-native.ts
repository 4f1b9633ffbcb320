// aws-native S3 buckets (`aws-native:s3:Bucket`, every setting inline) in the S3 stack policies that
// judge a fact such a bucket states: default encryption and versioning (issue 27, h27). Own mutations.

import { s3BucketPublicAccessBlock } from "../../policies/storage/s3-bucket-public-access-block";
import { s3BucketSseKms } from "../../policies/storage/s3-bucket-sse-kms";
import { s3BucketVersioning } from "../../policies/storage/s3-bucket-versioning";
import { StackResourceCase, UNKNOWN, urnFor } from "../harness";
import { findResource, setPath, StackCases } from "../policy-cases";

const BUCKET = "aws-native:s3:Bucket";

/** An aws-native bucket as at a first preview: its key from the same stack. */
const nativeStack = (): StackResourceCase[] => [
    {
        type: BUCKET,
        name: "ml-data",
        props: {
            bucketName: "acme-ml-data-native",
            bucketEncryption: {
                serverSideEncryptionConfiguration: [
                    { serverSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: UNKNOWN }, bucketKeyEnabled: true },
                ],
            },
            versioningConfiguration: { status: "Enabled" },
            publicAccessBlockConfiguration: {
                blockPublicAcls: true,
                blockPublicPolicy: true,
                ignorePublicAcls: true,
                restrictPublicBuckets: true,
            },
        },
    },
];
const props = (s: StackResourceCase[]) => findResource(s, "ml-data").props;
const setDefault = (field: string, value: unknown) => (s: StackResourceCase[]) =>
    setPath(props(s), `bucketEncryption.serverSideEncryptionConfiguration.0.serverSideEncryptionByDefault.${field}`, value);

/** A second aws-native bucket that receives the first one's server access logs. */
const withLogTarget = (s: StackResourceCase[], how: "logging" | "acl") => {
    s.push({
        type: BUCKET,
        name: "access-logs",
        props: { bucketName: "acme-access-logs", versioningConfiguration: { status: "Enabled" } },
    });
    if (how === "acl") findResource(s, "access-logs").props.accessControl = "LogDeliveryWrite";
    else {
        const b = findResource(s, "ml-data");
        b.props.loggingConfiguration = { destinationBucketName: UNKNOWN, logFilePrefix: "ml-data/" };
        b.propertyDependencies = { loggingConfiguration: [urnFor(BUCKET, "access-logs")] };
    }
};

export const stackCases: StackCases[] = [
    {
        policy: s3BucketSseKms,
        compliant: nativeStack,
        alsoCompliant: [
            {
                title: "key given as an ARN",
                mutate: setDefault("kmsMasterKeyId", "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
            },
            {
                title: "DSSE-KMS",
                mutate: setDefault("sseAlgorithm", "aws:kms:dsse"),
            },
            {
                title: "a log target (another aws-native bucket's loggingConfiguration) with SSE-S3",
                mutate: (s) => withLogTarget(s, "logging"),
            },
            { title: "a log target (LogDeliveryWrite canned ACL) with SSE-S3", mutate: (s) => withLogTarget(s, "acl") },
        ],
        mutations: [
            {
                title: "no bucketEncryption (AWS default SSE-S3)",
                mutate: (s) => void delete props(s).bucketEncryption,
                expect: /No server-side encryption configuration for this bucket[\s\S]*Fix: set `bucketEncryption/,
                resource: "ml-data",
            },
            {
                title: "SSE-S3 (AES256)",
                mutate: (s) =>
                    void (props(s).bucketEncryption = {
                        serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
                    }),
                expect: /inline default encryption sets `sseAlgorithm` "AES256"/,
                resource: "ml-data",
            },
            {
                title: "SSE-KMS with the aws/s3 key",
                mutate: (s) =>
                    void (props(s).bucketEncryption = {
                        serverSideEncryptionConfiguration: [
                            { serverSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: "alias/aws/s3" } },
                        ],
                    }),
                expect: /AWS-managed `aws\/s3` key/,
                resource: "ml-data",
            },
        ],
    },
    {
        policy: s3BucketVersioning,
        compliant: nativeStack,
        mutations: [
            {
                title: "no versioningConfiguration (AWS default off)",
                mutate: (s) => void delete props(s).versioningConfiguration,
                expect: /Versioning is not enabled on this bucket[\s\S]*Fix: set `versioningConfiguration/,
                resource: "ml-data",
            },
            {
                title: "versioning suspended",
                mutate: (s) => void (props(s).versioningConfiguration = { status: "Suspended" }),
                expect: /Versioning is not enabled/,
                resource: "ml-data",
            },
        ],
    },
    {
        policy: s3BucketPublicAccessBlock,
        compliant: nativeStack,
        alsoCompliant: [
            {
                title: "the whole block unknown at preview (all on once applied)",
                mutate: (s) => {
                    const all = { ...(props(s).publicAccessBlockConfiguration as object) };
                    props(s).publicAccessBlockConfiguration = UNKNOWN;
                    findResource(s, "ml-data").applied = () => ({ publicAccessBlockConfiguration: all });
                },
            },
        ],
        mutations: [
            {
                title: "no publicAccessBlockConfiguration",
                mutate: (s) => void delete props(s).publicAccessBlockConfiguration,
                expect: /No `publicAccessBlockConfiguration` on this bucket[\s\S]*Fix: set `publicAccessBlockConfiguration`/,
                resource: "ml-data",
            },
            {
                title: "two settings off (one false, one absent)",
                mutate: (s) =>
                    void (props(s).publicAccessBlockConfiguration = {
                        blockPublicAcls: true,
                        blockPublicPolicy: false,
                        ignorePublicAcls: true,
                    }),
                expect: /leaves `blockPublicPolicy`, `restrictPublicBuckets` off/,
                resource: "ml-data",
            },
        ],
    },
];
