// Case tables for the customer-managed-key policies of issue 26: managed knowledge bases, S3 Vectors
// buckets and indexes, batch inference jobs, Bedrock Data Automation, AgentCore policy engines and
// token vaults. Fixtures are as a first preview sees them: keys come from the same stack (UNKNOWN).

import { bedrockAgentcorePolicyEngineKmsEncryption } from "../../policies/bedrock/bedrock-agentcore-policy-engine-kms-encryption";
import { bedrockAgentcoreTokenVaultKmsEncryption } from "../../policies/bedrock/bedrock-agentcore-token-vault-kms-encryption";
import { bedrockBatchInferenceKmsEncryption } from "../../policies/bedrock/bedrock-batch-inference-kms-encryption";
import { bedrockDataAutomationKmsEncryption } from "../../policies/bedrock/bedrock-data-automation-kms-encryption";
import { bedrockKnowledgeBaseKmsEncryption } from "../../policies/bedrock/bedrock-knowledge-base-kms-encryption";
import { s3VectorBucketKmsEncryption } from "../../policies/storage/s3-vector-bucket-kms-encryption";
import type { GuardPolicy } from "../../policies/core/policy";
import { UNKNOWN } from "../harness";
import { deletePath, Mutation, PolicyCases, setPath } from "../policy-cases";

type Props = Record<string, unknown>;

const KEY_ARN = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A key input: absent, empty and AWS-managed fail; unknown and a known key ARN pass. */
function keyCases(policy: GuardPolicy, type: string, compliant: Props, field: string, extra: Mutation[] = []): PolicyCases {
    const notSet = new RegExp(`\`${esc(field)}\` is not set`);
    return {
        policy,
        type,
        compliant,
        alsoCompliant: [{ title: "a known key ARN", mutate: (p) => setPath(p, field, KEY_ARN) }],
        mutations: [
            { title: `no ${field}`, mutate: (p) => deletePath(p, field), expect: notSet },
            { title: `empty ${field}`, mutate: (p) => setPath(p, field, ""), expect: notSet },
            { title: "AWS-managed alias", mutate: (p) => setPath(p, field, "alias/aws/bedrock"), expect: /AWS-managed key/ },
            ...extra,
        ],
        unknownPaths: [field],
    };
}

const managedKb = (): Props => ({
    name: "clinical-docs",
    roleArn: UNKNOWN,
    knowledgeBaseConfiguration: {
        type: "MANAGED",
        managedKnowledgeBaseConfiguration: { serverSideEncryptionConfiguration: { kmsKeyArn: UNKNOWN } },
    },
    tags: { team: "care-ai" },
});

const invocationJob = (): Props => ({
    jobName: "notes-summary",
    modelId: "anthropic.claude-3-haiku-20240307-v1:0",
    roleArn: UNKNOWN,
    inputDataConfig: { s3InputDataConfig: { s3Uri: "s3://notes-in/batch.jsonl" } },
    outputDataConfig: { s3OutputDataConfig: { s3Uri: "s3://notes-out/results/", s3EncryptionKeyId: UNKNOWN } },
    vpcConfig: { subnetIds: [UNKNOWN], securityGroupIds: [UNKNOWN] },
});

const vectorBucket = (): Props => ({
    vectorBucketName: "kb-vectors",
    encryptionConfiguration: { sseType: "aws:kms", kmsKeyArn: UNKNOWN },
});

/**
 * An S3 Vectors index, which may override its bucket's encryption. aws-native holds the configuration
 * as an object, @pulumi/aws 7.x as a one-element list (`wrap`).
 */
function vectorIndexCases(type: string, field: string, wrap: (cfg: Props) => unknown): PolicyCases {
    const set = (cfg: Props) => (p: Props) => void (p[field] = wrap(cfg));
    return {
        policy: s3VectorBucketKmsEncryption,
        type,
        compliant: { vectorBucketName: UNKNOWN, indexName: "notes", dataType: "float32", dimension: 1024, distanceMetric: "cosine" },
        alsoCompliant: [{ title: "its own SSE-KMS key", mutate: set({ sseType: "aws:kms", kmsKeyArn: KEY_ARN }) }],
        mutations: [
            { title: "an index that overrides with AES256", mutate: set({ sseType: "AES256" }), expect: /is not "aws:kms": the index/ },
            {
                title: "an index that overrides with an AWS-managed key",
                mutate: set({ sseType: "aws:kms", kmsKeyArn: "alias/aws/s3" }),
                expect: /AWS-managed key/,
            },
        ],
        unknownPaths: [field, "vectorBucketName"],
    };
}

const KB_FIELD = "knowledgeBaseConfiguration.managedKnowledgeBaseConfiguration.serverSideEncryptionConfiguration.kmsKeyArn";

export const cases: PolicyCases[] = [
    {
        ...keyCases(bedrockKnowledgeBaseKmsEncryption, "aws-native:bedrock:KnowledgeBase", managedKb(), KB_FIELD),
        alsoCompliant: [
            { title: "a known key ARN", mutate: (p) => setPath(p, KB_FIELD, KEY_ARN) },
            {
                title: "a vector knowledge base (its data lives in the vector store, judged there)",
                mutate: (p) =>
                    (p.knowledgeBaseConfiguration = {
                        type: "VECTOR",
                        vectorKnowledgeBaseConfiguration: {
                            embeddingModelArn: "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0",
                        },
                    }),
            },
        ],
        unknownPaths: [KB_FIELD, "knowledgeBaseConfiguration.type", "knowledgeBaseConfiguration"],
    },
    keyCases(
        bedrockBatchInferenceKmsEncryption,
        "aws:bedrockmodel/invocationJob:InvocationJob",
        invocationJob(),
        "outputDataConfig.s3OutputDataConfig.s3EncryptionKeyId",
    ),
    {
        ...keyCases(s3VectorBucketKmsEncryption, "aws-native:s3vectors:VectorBucket", vectorBucket(), "encryptionConfiguration.kmsKeyArn"),
        mutations: [
            {
                title: "no encryptionConfiguration (SSE-S3 default)",
                mutate: (p) => delete p.encryptionConfiguration,
                expect: /`encryptionConfiguration.sseType` is not set, so the vector bucket uses SSE-S3/,
            },
            {
                title: "sseType AES256",
                mutate: (p) => setPath(p, "encryptionConfiguration", { sseType: "AES256" }),
                expect: /is not "aws:kms": the vector bucket/,
            },
            {
                title: "aws:kms without a key",
                mutate: (p) => deletePath(p, "encryptionConfiguration.kmsKeyArn"),
                expect: /`encryptionConfiguration.kmsKeyArn` is not set/,
            },
            {
                title: "AWS-managed alias",
                mutate: (p) => setPath(p, "encryptionConfiguration.kmsKeyArn", "alias/aws/s3"),
                expect: /AWS-managed key/,
            },
        ],
        unknownPaths: ["encryptionConfiguration", "encryptionConfiguration.sseType", "encryptionConfiguration.kmsKeyArn"],
    },
    vectorIndexCases("aws-native:s3vectors:Index", "encryptionConfiguration", (cfg) => cfg),
    {
        // @pulumi/aws 7.x: the same bucket in the s3 module, the configuration a one-element list.
        policy: s3VectorBucketKmsEncryption,
        type: "aws:s3/vectorsVectorBucket:VectorsVectorBucket",
        compliant: { vectorBucketName: "kb-vectors", encryptionConfigurations: [{ sseType: "aws:kms", kmsKeyArn: UNKNOWN }] },
        alsoCompliant: [{ title: "a known key ARN", mutate: (p) => setPath(p, "encryptionConfigurations.0.kmsKeyArn", KEY_ARN) }],
        mutations: [
            {
                title: "no encryptionConfigurations (SSE-S3 default)",
                mutate: (p) => delete p.encryptionConfigurations,
                expect: /`encryptionConfigurations\[0\].sseType` is not set, so the vector bucket uses SSE-S3/,
            },
            {
                title: "sseType AES256",
                mutate: (p) => (p.encryptionConfigurations = [{ sseType: "AES256" }]),
                expect: /`encryptionConfigurations\[0\].sseType` is not "aws:kms": the vector bucket/,
            },
            {
                title: "aws:kms without a key",
                mutate: (p) => (p.encryptionConfigurations = [{ sseType: "aws:kms" }]),
                expect: /`encryptionConfigurations\[0\].kmsKeyArn` is not set/,
            },
            {
                title: "AWS-managed alias",
                mutate: (p) => setPath(p, "encryptionConfigurations.0.kmsKeyArn", "alias/aws/s3"),
                expect: /AWS-managed key/,
            },
        ],
        unknownPaths: ["encryptionConfigurations", "encryptionConfigurations.0.sseType", "encryptionConfigurations.0.kmsKeyArn"],
    },
    vectorIndexCases("aws:s3/vectorsIndex:VectorsIndex", "encryptionConfigurations", (cfg) => [cfg]),
    keyCases(
        bedrockDataAutomationKmsEncryption,
        "aws-native:bedrock:DataAutomationProject",
        { projectName: "intake-forms", kmsKeyId: UNKNOWN },
        "kmsKeyId",
    ),
    keyCases(
        bedrockDataAutomationKmsEncryption,
        "aws-native:bedrock:Blueprint",
        { blueprintName: "referral", type: "DOCUMENT", schema: "{}", kmsKeyId: UNKNOWN },
        "kmsKeyId",
    ),
    keyCases(
        bedrockDataAutomationKmsEncryption,
        "aws-native:bedrock:DataAutomationLibrary",
        { libraryName: "forms", encryptionConfiguration: { kmsKeyId: UNKNOWN } },
        "encryptionConfiguration.kmsKeyId",
    ),
    keyCases(
        bedrockAgentcorePolicyEngineKmsEncryption,
        "aws:bedrock/agentcorePolicyEngine:AgentcorePolicyEngine",
        { name: "tools_policy", encryptionKeyArn: UNKNOWN },
        "encryptionKeyArn",
    ),
    keyCases(
        bedrockAgentcorePolicyEngineKmsEncryption,
        "aws-native:bedrockagentcore:PolicyEngine",
        { name: "tools_policy", encryptionKeyArn: UNKNOWN },
        "encryptionKeyArn",
    ),
    keyCases(
        bedrockAgentcoreTokenVaultKmsEncryption,
        "aws:bedrock/agentcoreTokenVaultCmk:AgentcoreTokenVaultCmk",
        { kmsConfiguration: { keyType: "CustomerManagedKey", kmsKeyArn: UNKNOWN } },
        "kmsConfiguration.kmsKeyArn",
        [
            {
                title: "ServiceManagedKey",
                mutate: (p) => (p.kmsConfiguration = { keyType: "ServiceManagedKey" }),
                expect: /"ServiceManagedKey": the vault's OAuth tokens/,
            },
            {
                title: "another key type",
                mutate: (p) => setPath(p, "kmsConfiguration.keyType", "Other"),
                expect: /is not `CustomerManagedKey`/,
            },
        ],
    ),
];
