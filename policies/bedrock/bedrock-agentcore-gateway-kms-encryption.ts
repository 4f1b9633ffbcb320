import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { cmkControls } from "./controls";

export const bedrockAgentcoreGatewayKmsEncryption = resourcePolicy({
    name: "bedrock-agentcore-gateway-kms-encryption",
    description: "Bedrock AgentCore gateways should encrypt their data with a customer-managed KMS key.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "data",
    resources: {
        "aws:bedrock/agentcoreGateway:AgentcoreGateway": {},
        "aws-native:bedrockagentcore:Gateway": {},
    },
    // Peer: Security Hub BedrockAgentCore.4 (no control mapping published).
    controls: cmkControls("the gateway's target and tool configuration"),
    fix: "set `kmsKeyArn` to the ARN of a customer-managed KMS key (e.g. `kmsKeyArn: key.arn`)",
    remediationSteps: [
        "1. Create a customer-managed KMS key with rotation enabled (or reuse one) whose key policy lets Bedrock use it.",
        "2. Set `kmsKeyArn`. AWS-managed aliases (`alias/aws/...`) are not accepted.",
        "```typescript",
        'const key = new aws.kms.Key("gateway", { enableKeyRotation: true });',
        'new aws.bedrock.AgentcoreGateway("gateway", {',
        "    // ...",
        "    kmsKeyArn: key.arn,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.bedrock.AgentcoreGateway("gateway", {\n    name: "tools",\n    roleArn: gatewayRole.arn,\n    authorizerType: "AWS_IAM",\n});',
        after: 'new aws.bedrock.AgentcoreGateway("gateway", {\n    name: "tools",\n    roleArn: gatewayRole.arn,\n    authorizerType: "AWS_IAM",\n    kmsKeyArn: key.arn,\n});',
    },
    check(r, report) {
        requireCustomerManagedKey(r.get("kmsKeyArn"), "kmsKeyArn", "the gateway's data (target and tool configuration)", report);
    },
});
