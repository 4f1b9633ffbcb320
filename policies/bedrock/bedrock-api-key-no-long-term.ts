import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";

export const bedrockApiKeyNoLongTerm = resourcePolicy({
    name: "bedrock-api-key-no-long-term",
    description:
        "Long-term Bedrock API keys (IAM service-specific credentials for Bedrock) should not be created; use short-term keys or IAM roles.",
    severity: "high",
    enforcementLevel: "advisory",
    practice: "access",
    resources: { "aws:iam/serviceSpecificCredential:ServiceSpecificCredential": {} },
    // Peer: Prowler bedrock_api_key_no_long_term_credentials (every active long-term key fails; one that
    // never expires is critical). Policies that allow iam:CreateServiceSpecificCredential are
    // iam-policy-no-credentials-exposure's finding (risky-actions CREDENTIAL_ACTIONS).
    controls: {
        hipaa: {
            ids: ["164.308(a)(5)(ii)(D)", "164.312(d)"],
            source: own(
                "Password management and authentication: a long-term bearer key for Bedrock is a static secret that can be leaked and replayed until it expires or is revoked.",
            ),
        },
        "nist-800-53": {
            ids: ["IA-5(1)", "IA-5(13)", "AC-2(3)"],
            source: own("Authenticator management: short-lived, session-bound credentials instead of long-term keys."),
        },
        iso27001: { ids: ["A.5.17"], source: own("Authentication information: no long-lived shared secrets for model access.") },
    },
    fix: "drop the credential and use short-term Bedrock API keys (valid up to 12 hours) or an IAM role's temporary credentials",
    remediationSteps: [
        "1. Give the workload an IAM role (`bedrock:InvokeModel` on approved models) and use its temporary credentials, or generate short-term Bedrock API keys at run time.",
        "2. If a long-term key is needed for exploration, set a short `credentialAgeDays` and delete it afterwards.",
        "```typescript",
        'new aws.iam.ServiceSpecificCredential("explore", { serviceName: "bedrock.amazonaws.com", userName: user.name, credentialAgeDays: 7 });',
        "```",
    ].join("\n"),
    check(r, report) {
        const service = r.get("serviceName");
        if (
            service.state !== "known" ||
            typeof service.value !== "string" ||
            service.value.trim().toLowerCase() !== "bedrock.amazonaws.com"
        )
            return;
        const status = r.get("status");
        if (status.state === "known" && status.value === "Inactive") return;
        const age = r.get("credentialAgeDays");
        if (age.state === "known" && typeof age.value === "number" && age.value > 0) {
            report(
                `This is a long-term Bedrock API key, valid for ${Math.floor(age.value)} days (\`credentialAgeDays\`): a static bearer secret for model access until then.`,
            );
        } else if (age.state === "absent") {
            report(
                "This is a long-term Bedrock API key that never expires (`credentialAgeDays` is not set): a static bearer secret for model access until someone revokes it.",
            );
        } else {
            report(
                "This is a long-term Bedrock API key: a static bearer secret for model access that works until it expires or is revoked.",
            );
        }
    },
});
