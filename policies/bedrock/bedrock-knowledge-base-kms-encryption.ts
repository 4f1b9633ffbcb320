import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { cmkControls } from "./controls";

export const bedrockKnowledgeBaseKmsEncryption = resourcePolicy({
    name: "bedrock-knowledge-base-kms-encryption",
    description: "Bedrock managed knowledge bases must encrypt their content with a customer-managed KMS key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    // Only aws-native has the managed knowledge base (`type: "MANAGED"`); a vector, Kendra or SQL knowledge
    // base keeps its data in the store it names, judged on that store.
    resources: { "aws-native:bedrock:KnowledgeBase": {} },
    // Peers: none for the managed knowledge base's own key. Prowler's bedrock_knowledge_base_encrypted_with_cmk
    // judges the knowledge base's data sources (our bedrock-data-source-kms-encryption).
    controls: cmkControls("the documents and embeddings the knowledge base holds"),
    fix: "set `knowledgeBaseConfiguration.managedKnowledgeBaseConfiguration.serverSideEncryptionConfiguration.kmsKeyArn` to a customer-managed KMS key (e.g. `key.arn`)",
    remediationSteps: [
        "1. Create a customer-managed KMS key with rotation enabled (or reuse one) whose key policy lets Bedrock use it.",
        "2. Set it on the managed knowledge base. AWS-managed aliases (`alias/aws/...`) are not accepted.",
        "```typescript",
        'new awsnative.bedrock.KnowledgeBase("docs", {',
        '    name: "clinical-docs",',
        "    roleArn: kbRole.arn,",
        "    knowledgeBaseConfiguration: {",
        '        type: "MANAGED",',
        "        managedKnowledgeBaseConfiguration: { serverSideEncryptionConfiguration: { kmsKeyArn: key.arn } },",
        "    },",
        "});",
        "```",
    ].join("\n"),
    check(r, report) {
        const type = r.get("knowledgeBaseConfiguration.type");
        if (type.state !== "known" || type.value !== "MANAGED") return;
        requireCustomerManagedKey(
            r.get("knowledgeBaseConfiguration.managedKnowledgeBaseConfiguration.serverSideEncryptionConfiguration.kmsKeyArn"),
            "knowledgeBaseConfiguration.managedKnowledgeBaseConfiguration.serverSideEncryptionConfiguration.kmsKeyArn",
            "the managed knowledge base's documents and embeddings",
            report,
        );
    },
});
