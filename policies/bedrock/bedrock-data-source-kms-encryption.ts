import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { cmkControls } from "./controls";

export const bedrockDataSourceKmsEncryption = resourcePolicy({
    name: "bedrock-data-source-kms-encryption",
    description: "Bedrock knowledge-base data sources must encrypt ingested data with a customer-managed KMS key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: {
        "aws:bedrock/agentDataSource:AgentDataSource": {},
        "aws-native:bedrock:DataSource": {},
    },
    // Peers: AWS Config bedrock-data-source-encryption-enabled, Security Hub Bedrock.1, Prowler bedrock_knowledge_base_encrypted_with_cmk (none publishes a HIPAA mapping).
    controls: cmkControls("the document chunks a knowledge base ingests from a PHI corpus"),
    fix: "set `serverSideEncryptionConfiguration.kmsKeyArn` to the ARN of a customer-managed KMS key (e.g. `serverSideEncryptionConfiguration: { kmsKeyArn: key.arn }`)",
    remediationSteps: [
        "1. Create a customer-managed KMS key with rotation enabled (or reuse one) whose key policy lets Bedrock use it.",
        "2. Set `serverSideEncryptionConfiguration.kmsKeyArn`. AWS-managed aliases (`alias/aws/...`) are not accepted.",
        "```typescript",
        'const key = new aws.kms.Key("docs", { enableKeyRotation: true });',
        'new aws.bedrock.AgentDataSource("docs", {',
        "    // ...",
        "    serverSideEncryptionConfiguration: { kmsKeyArn: key.arn },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.bedrock.AgentDataSource("docs", {\n    knowledgeBaseId: kb.id,\n    dataSourceConfiguration: { type: "S3", s3Configuration: { bucketArn: corpus.arn } },\n});',
        after: 'new aws.bedrock.AgentDataSource("docs", {\n    knowledgeBaseId: kb.id,\n    dataSourceConfiguration: { type: "S3", s3Configuration: { bucketArn: corpus.arn } },\n    serverSideEncryptionConfiguration: { kmsKeyArn: key.arn },\n});',
    },
    check(r, report) {
        requireCustomerManagedKey(
            r.get("serverSideEncryptionConfiguration.kmsKeyArn"),
            "serverSideEncryptionConfiguration.kmsKeyArn",
            "the data source's transient ingestion data (document chunks taken from your PHI corpus)",
            report,
        );
    },
});
