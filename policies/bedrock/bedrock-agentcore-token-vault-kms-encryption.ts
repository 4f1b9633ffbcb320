import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { cmkControls } from "./controls";

export const bedrockAgentcoreTokenVaultKmsEncryption = resourcePolicy({
    name: "bedrock-agentcore-token-vault-kms-encryption",
    description: "A Bedrock AgentCore token vault key configuration must use a customer-managed KMS key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { "aws:bedrock/agentcoreTokenVaultCmk:AgentcoreTokenVaultCmk": {} },
    // Peer: none ships this check yet (Prowler, Security Hub and AWS's AI/ML assessment sample checked).
    controls: cmkControls("the OAuth tokens and API keys the vault keeps for agents"),
    fix: 'set `kmsConfiguration.keyType` to `"CustomerManagedKey"` and `kmsConfiguration.kmsKeyArn` to a customer-managed KMS key',
    remediationSteps: [
        "1. Create a customer-managed KMS key with rotation enabled (or reuse one) whose key policy lets AgentCore Identity use it.",
        "2. Configure the token vault with it.",
        "```typescript",
        'new aws.bedrock.AgentcoreTokenVaultCmk("vault", {',
        '    kmsConfiguration: { keyType: "CustomerManagedKey", kmsKeyArn: key.arn },',
        "});",
        "```",
    ].join("\n"),
    check(r, report) {
        const type = r.get("kmsConfiguration.keyType");
        if (type.state === "unknown") return;
        if (type.state === "known" && type.value !== "CustomerManagedKey") {
            report(
                typeof type.value === "string" && type.value === "ServiceManagedKey"
                    ? '`kmsConfiguration.keyType` is "ServiceManagedKey": the vault\'s OAuth tokens and API keys are encrypted with a key you cannot control, audit or revoke.'
                    : "`kmsConfiguration.keyType` is not `CustomerManagedKey`: the vault's OAuth tokens and API keys are not under a key you control.",
            );
            return;
        }
        requireCustomerManagedKey(
            r.get("kmsConfiguration.kmsKeyArn"),
            "kmsConfiguration.kmsKeyArn",
            "the vault's OAuth tokens and API keys",
            report,
        );
    },
});
