// Other people's test inputs for the customer-managed-key policies of issue 26, translated to the
// resource's Pulumi inputs. Only the facts are kept: the fields the peer's fixture sets and its verdict.
// Used by test/unit/peer-bedrock-cmk.spec.ts.
//
// Prowler: repository prowler-cloud/prowler, path
//   tests/providers/aws/services/bedrock/bedrock_model_invocation_job_output_encrypted_with_cmk/bedrock_model_invocation_job_output_encrypted_with_cmk_test.py,
//   commit beed5d446f39765148266b9e9c191d1afad48a19 (GetModelInvocationJob responses with and without
//   outputDataConfig.s3OutputDataConfig.s3EncryptionKeyId).

import type { GuardPolicy } from "../../policies/core/policy";
import { bedrockBatchInferenceKmsEncryption } from "../../policies/bedrock/bedrock-batch-inference-kms-encryption";

export interface PeerResourceCase {
    source: "prowler";
    check: string;
    title: string;
    policy: GuardPolicy;
    type: string;
    props: Record<string, unknown>;
    peer: "pass" | "fail";
    disagree?: string;
}

const job = (s3OutputDataConfig: Record<string, unknown>) => ({
    jobName: "test-invocation-job",
    modelId: "anthropic.claude-3-haiku-20240307-v1:0",
    roleArn: "arn:aws:iam::123456789012:role/batch",
    inputDataConfig: { s3InputDataConfig: { s3Uri: "s3://test-bucket/input/" } },
    outputDataConfig: { s3OutputDataConfig },
});

export const PEER_RESOURCE_CASES: PeerResourceCase[] = [
    {
        source: "prowler",
        check: "bedrock_model_invocation_job_output_encrypted_with_cmk",
        title: "test_cmk_present_passes",
        policy: bedrockBatchInferenceKmsEncryption,
        type: "aws:bedrockmodel/invocationJob:InvocationJob",
        props: job({
            s3Uri: "s3://test-bucket/output/",
            s3EncryptionKeyId: "arn:aws:kms:us-east-1:123456789012:key/test-key-id",
            s3BucketOwner: "123456789012",
        }),
        peer: "pass",
    },
    {
        source: "prowler",
        check: "bedrock_model_invocation_job_output_encrypted_with_cmk",
        title: "test_cmk_missing_fails",
        policy: bedrockBatchInferenceKmsEncryption,
        type: "aws:bedrockmodel/invocationJob:InvocationJob",
        props: job({ s3Uri: "s3://test-bucket/output/", s3BucketOwner: "123456789012" }),
        peer: "fail",
    },
];
