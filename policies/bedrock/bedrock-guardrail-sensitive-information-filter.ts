import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { read } from "../core/values";

const ACTS = new Set(["BLOCK", "ANONYMIZE"]);

/** True unless the direction is known to be off or known to take no action. Unknown cannot be judged: true. */
function acts(node: unknown, direction: "input" | "output"): boolean {
    const enabled = read(node, `${direction}Enabled`, true);
    if (enabled.state === "known" && (enabled.value === false || enabled.value === "false")) return false;
    let action = read(node, `${direction}Action`);
    if (action.state === "absent") action = read(node, "action");
    if (action.state === "unknown") return true;
    return action.state === "known" && typeof action.value === "string" && ACTS.has(action.value);
}

const effective = (node: unknown): boolean => acts(node, "input") || acts(node, "output");

export const bedrockGuardrailSensitiveInformationFilter = resourcePolicy({
    name: "bedrock-guardrail-sensitive-information-filter",
    description: "Bedrock guardrails should block or mask sensitive information (PII entities or regex patterns).",
    severity: "high",
    enforcementLevel: "advisory",
    practice: "data",
    resources: {
        "aws:bedrock/guardrail:Guardrail": {},
        "aws-native:bedrock:Guardrail": {
            fields: {
                "sensitiveInformationPolicyConfig.piiEntitiesConfigs": "sensitiveInformationPolicyConfig.piiEntitiesConfig",
                "sensitiveInformationPolicyConfig.regexesConfigs": "sensitiveInformationPolicyConfig.regexesConfig",
            },
        },
    },
    // Peer: Prowler bedrock_guardrail_sensitive_information_filter_enabled (high), no framework mapping published.
    controls: {
        hipaa: {
            ids: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)"],
            source: own(
                "Sensitive-information filters are Bedrock's own PHI control: they mask or block names, identifiers and record numbers in prompts and answers, limiting disclosure to what the use case needs.",
            ),
        },
        "nist-800-53": {
            ids: ["SI-15", "AC-4", "SI-19"],
            source: own("Information output filtering, flow enforcement and de-identification of PII in model input and output."),
        },
        iso27001: {
            ids: ["A.8.11", "A.8.12"],
            source: own("Data masking (ANONYMIZE) and data leakage prevention (BLOCK) on model input and output."),
        },
        soc2: {
            ids: ["C1.1"],
            source: own(
                "Confidential information is protected from disclosure in the model's answers (Prowler's equivalent check is unmapped).",
            ),
        },
    },
    fix: 'add `sensitiveInformationPolicyConfig.piiEntitiesConfigs` entries (e.g. `{ type: "NAME", action: "ANONYMIZE" }`) with action BLOCK or ANONYMIZE',
    remediationSteps: [
        "1. Add PII entity filters for the identifiers your data holds (names, addresses, phone numbers, SSNs, ...) and regex filters for your own identifiers (medical record numbers), with action ANONYMIZE (mask) or BLOCK.",
        "2. Keep evaluation enabled on input and output.",
        "```typescript",
        'new aws.bedrock.Guardrail("phi", {',
        "    // ...",
        "    sensitiveInformationPolicyConfig: {",
        "        piiEntitiesConfigs: [",
        '            { type: "NAME", action: "ANONYMIZE" },',
        '            { type: "US_SOCIAL_SECURITY_NUMBER", action: "BLOCK" },',
        "        ],",
        '        regexesConfigs: [{ name: "mrn", pattern: "MRN-\\\\d{8}", action: "ANONYMIZE" }],',
        "    },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.bedrock.Guardrail("phi", {\n    blockedInputMessaging: "Request blocked.",\n    blockedOutputsMessaging: "Response blocked.",\n});',
        after: 'new aws.bedrock.Guardrail("phi", {\n    blockedInputMessaging: "Request blocked.",\n    blockedOutputsMessaging: "Response blocked.",\n    sensitiveInformationPolicyConfig: {\n        piiEntitiesConfigs: [{ type: "NAME", action: "ANONYMIZE" }],\n    },\n});',
    },
    check(r, report) {
        const cfg = r.get("sensitiveInformationPolicyConfig");
        if (cfg.state === "unknown") return;
        if (cfg.state === "absent") {
            report("`sensitiveInformationPolicyConfig` is not set: the guardrail neither masks nor blocks PHI/PII in prompts or answers.");
            return;
        }
        const pii = r.list("sensitiveInformationPolicyConfig.piiEntitiesConfigs");
        const regexes = r.list("sensitiveInformationPolicyConfig.regexesConfigs");
        if (pii === "unknown" || regexes === "unknown") return;
        const filters = [...pii, ...regexes];
        if (filters.length === 0) {
            report(
                "`sensitiveInformationPolicyConfig` has no PII entity or regex filters: the guardrail neither masks nor blocks PHI/PII.",
            );
        } else if (!filters.some(effective)) {
            report(
                'No sensitive-information filter takes effect: every PII entity and regex filter has action "NONE" (detect only) or evaluation disabled on both input and output.',
            );
        }
    },
});
