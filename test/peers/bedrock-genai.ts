// Other people's test inputs for the resource policies of issue 26, translated to the resource's Pulumi
// inputs. Only the facts are kept: the fields the peer's fixture sets, its threshold and its verdict.
// Fixtures that have no deploy-time equivalent (an API error, a key that has already expired, an agent
// whose details could not be read: Prowler's MANUAL results) are left out. Used by
// test/unit/peer-bedrock-genai.spec.ts.
//
// Prowler: repository prowler-cloud/prowler, path
//   tests/providers/aws/services/bedrock/bedrock_model_invocation_job_output_encrypted_with_cmk/bedrock_model_invocation_job_output_encrypted_with_cmk_test.py,
//   commit beed5d446f39765148266b9e9c191d1afad48a19 (GetModelInvocationJob responses with and without
//   outputDataConfig.s3OutputDataConfig.s3EncryptionKeyId).
// Prowler: path tests/providers/aws/services/bedrock/bedrock_agent_idle_session_ttl_not_excessive/
//   bedrock_agent_idle_session_ttl_not_excessive_test.py, commit 0215f9ca51373014ecc070d48f626d40a80ebe94 (agents'
//   idle_session_ttl_seconds against the configured maximum: 3600 by default, 600 in one test; translated
//   with the same threshold in our config, so the logic is compared, not the defaults).
// Prowler: path tests/providers/aws/services/bedrock/bedrock_api_key_no_long_term_credentials/
//   bedrock_api_key_no_long_term_credentials_test.py, commit 989c3b174e9c58a58e6cdb60a7ac93b87aa4c59c (Bedrock
//   service-specific credentials expiring in 30, 365 and 15000 days, i.e. never; a CodeCommit one).

import type { GuardPolicy } from "../../policies/core/policy";
import { bedrockAgentIdleSessionTtl } from "../../policies/bedrock/bedrock-agent-idle-session-ttl";
import { bedrockApiKeyNoLongTerm } from "../../policies/bedrock/bedrock-api-key-no-long-term";
import { bedrockBatchInferenceKmsEncryption } from "../../policies/bedrock/bedrock-batch-inference-kms-encryption";

export interface PeerResourceCase {
    source: "prowler";
    check: string;
    title: string;
    policy: GuardPolicy;
    type: string;
    props: Record<string, unknown>;
    config?: Record<string, unknown>;
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
    ...(
        [
            ["test_agent_ttl_pass_below_default", 1800, 3600, "pass"],
            ["test_agent_ttl_pass_exactly_default", 3600, 3600, "pass"],
            ["test_agent_ttl_fail_above_default", 3601, 3600, "fail"],
            ["test_custom_audit_config_override (agent-4)", 500, 600, "pass"],
            ["test_custom_audit_config_override (agent-5)", 601, 600, "fail"],
        ] as const
    ).map(([title, ttl, max, peer]): PeerResourceCase => ({
        source: "prowler",
        check: "bedrock_agent_idle_session_ttl_not_excessive",
        title,
        policy: bedrockAgentIdleSessionTtl,
        type: "aws:bedrock/agentAgent:AgentAgent",
        props: { agentName: "test-agent", idleSessionTtlInSeconds: ttl },
        config: { maxIdleSessionTtlSeconds: max },
        peer,
    })),
    ...(
        [
            ["test_active_short_expiration_key_fails_high", "bedrock.amazonaws.com", 30, "fail"],
            ["test_active_long_expiration_key_fails_high", "bedrock.amazonaws.com", 365, "fail"],
            ["test_never_expires_key_fails_critical", "bedrock.amazonaws.com", undefined, "fail"],
            ["test_non_bedrock_service_ignored", "codecommit.amazonaws.com", 30, "pass"],
        ] as const
    ).map(([title, serviceName, credentialAgeDays, peer]): PeerResourceCase => ({
        source: "prowler",
        check: "bedrock_api_key_no_long_term_credentials",
        title,
        policy: bedrockApiKeyNoLongTerm,
        type: "aws:iam/serviceSpecificCredential:ServiceSpecificCredential",
        props: { serviceName, userName: "test-user", status: "Active", ...(credentialAgeDays === undefined ? {} : { credentialAgeDays }) },
        peer,
    })),
];
