import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { cmkControls } from "./controls";

export const bedrockDataAutomationKmsEncryption = resourcePolicy({
    name: "bedrock-data-automation-kms-encryption",
    description: "Bedrock Data Automation projects, blueprints and libraries should be encrypted with a customer-managed KMS key.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "data",
    resources: {
        "aws-native:bedrock:DataAutomationProject": {},
        "aws-native:bedrock:Blueprint": {},
        "aws-native:bedrock:DataAutomationLibrary": { fields: { kmsKeyId: "encryptionConfiguration.kmsKeyId" } },
    },
    // Peer: none ships this check yet (Prowler, Security Hub and AWS's AI/ML assessment sample checked).
    controls: cmkControls("the extraction configuration and the documents' extracted fields"),
    fix: "set `kmsKeyId` (a library: `encryptionConfiguration.kmsKeyId`) to a customer-managed KMS key (e.g. `key.arn`)",
    remediationSteps: [
        "1. Create a customer-managed KMS key with rotation enabled (or reuse one) whose key policy lets Bedrock Data Automation use it.",
        "2. Set it on the project, blueprint or library. AWS-managed aliases (`alias/aws/...`) are not accepted.",
        "```typescript",
        'new awsnative.bedrock.DataAutomationProject("intake-forms", { projectName: "intake-forms", kmsKeyId: key.arn });',
        "```",
    ].join("\n"),
    check(r, report) {
        const field = r.type === "aws-native:bedrock:DataAutomationLibrary" ? "encryptionConfiguration.kmsKeyId" : "kmsKeyId";
        requireCustomerManagedKey(r.get("kmsKeyId"), field, "the data automation configuration and its results", report);
    },
});
