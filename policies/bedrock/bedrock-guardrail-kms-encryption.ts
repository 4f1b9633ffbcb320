import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { cmkControls } from "./controls";

export const bedrockGuardrailKmsEncryption = resourcePolicy({
    name: "bedrock-guardrail-kms-encryption",
    description: "Bedrock guardrails should encrypt their configuration with a customer-managed KMS key.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "data",
    resources: {
        "aws:bedrock/guardrail:Guardrail": {},
        "aws-native:bedrock:Guardrail": {},
    },
    // No peer checks this input (check catalog section 5: `guardrail.kmsKeyArn` - no tool).
    controls: cmkControls(
        "the guardrail's filters, whose word lists and regex patterns can name patients, identifiers or internal systems",
    ),
    fix: "set `kmsKeyArn` to the ARN of a customer-managed KMS key (e.g. `kmsKeyArn: key.arn`)",
    remediationSteps: [
        "1. Create a customer-managed KMS key with rotation enabled (or reuse one) whose key policy lets Bedrock use it.",
        "2. Set `kmsKeyArn`. AWS-managed aliases (`alias/aws/...`) are not accepted.",
        "```typescript",
        'const key = new aws.kms.Key("guardrail", { enableKeyRotation: true });',
        'new aws.bedrock.Guardrail("guardrail", {',
        "    // ...",
        "    kmsKeyArn: key.arn,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.bedrock.Guardrail("guardrail", {\n    blockedInputMessaging: "Request blocked.",\n    blockedOutputsMessaging: "Response blocked.",\n});',
        after: 'new aws.bedrock.Guardrail("guardrail", {\n    blockedInputMessaging: "Request blocked.",\n    blockedOutputsMessaging: "Response blocked.",\n    kmsKeyArn: key.arn,\n});',
    },
    check(r, report) {
        requireCustomerManagedKey(
            r.get("kmsKeyArn"),
            "kmsKeyArn",
            "the guardrail's configuration (denied topics, word lists, regex patterns, blocked messages)",
            report,
        );
    },
});
