import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { describe, read } from "../core/values";
import { GUARDRAIL_CONTENT_FILTERS } from "./guardrail-types";

const STRENGTHS = ["NONE", "LOW", "MEDIUM", "HIGH"] as const;

export const bedrockGuardrailPromptAttackFilter = resourcePolicy({
    name: "bedrock-guardrail-prompt-attack-filter",
    description: "Bedrock guardrails should filter prompt attacks (jailbreaks and prompt injection) at HIGH input strength.",
    severity: "high",
    enforcementLevel: "advisory",
    practice: "network",
    resources: GUARDRAIL_CONTENT_FILTERS,
    // Peer: Prowler bedrock_guardrail_prompt_attack_filter_enabled (high; requires HIGH strength), no framework mapping published.
    controls: {
        hipaa: {
            ids: ["164.308(a)(1)(ii)(B)", "164.312(a)(1)"],
            source: own(
                "A prompt injection makes the model ignore its instructions and disclose or act on PHI the agent can reach; filtering it is a risk-management measure that keeps the access limits the application intends.",
            ),
        },
        "nist-800-53": {
            ids: ["SI-10", "SI-3"],
            source: own(
                "Information input validation: malicious input (jailbreak / injection prompts) is detected and blocked before the model acts on it.",
            ),
        },
        iso27001: {
            ids: ["A.8.26", "A.8.28"],
            source: own("Application security requirements and secure coding: untrusted input to the model is validated."),
        },
    },
    fix: 'add `{ type: "PROMPT_ATTACK", inputStrength: "HIGH", outputStrength: "NONE" }` to `contentPolicyConfig.filtersConfigs`',
    remediationSteps: [
        '1. Add a content filter of type PROMPT_ATTACK with `inputStrength: "HIGH"` (prompt attacks are judged on input only, so `outputStrength` is "NONE").',
        "2. Keep input evaluation enabled and the input action BLOCK.",
        "```typescript",
        'new aws.bedrock.Guardrail("phi", {',
        "    // ...",
        "    contentPolicyConfig: {",
        '        filtersConfigs: [{ type: "PROMPT_ATTACK", inputStrength: "HIGH", outputStrength: "NONE" }],',
        "    },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.bedrock.Guardrail("phi", {\n    blockedInputMessaging: "Request blocked.",\n    blockedOutputsMessaging: "Response blocked.",\n    contentPolicyConfig: { filtersConfigs: [{ type: "HATE", inputStrength: "HIGH", outputStrength: "HIGH" }] },\n});',
        after: 'new aws.bedrock.Guardrail("phi", {\n    blockedInputMessaging: "Request blocked.",\n    blockedOutputsMessaging: "Response blocked.",\n    contentPolicyConfig: {\n        filtersConfigs: [\n            { type: "HATE", inputStrength: "HIGH", outputStrength: "HIGH" },\n            { type: "PROMPT_ATTACK", inputStrength: "HIGH", outputStrength: "NONE" },\n        ],\n    },\n});',
    },
    check(r, report) {
        const filters = r.list("contentPolicyConfig.filtersConfigs");
        if (filters === "unknown") return;
        // A filter whose type is unknown at preview may be the PROMPT_ATTACK one: judged at update.
        if (filters.some((f) => read(f, "type").state === "unknown")) return;
        const attack = filters.filter((f) => {
            const t = read(f, "type");
            return t.state === "known" && t.value === "PROMPT_ATTACK";
        });
        if (attack.length === 0) {
            report(
                "`contentPolicyConfig` has no PROMPT_ATTACK filter: jailbreak and prompt-injection attempts reach the model unfiltered.",
            );
            return;
        }
        const f = attack[0];
        const strength = read(f, "inputStrength");
        const enabled = read(f, "inputEnabled", true);
        const action = read(f, "inputAction", "BLOCK");
        if (strength.state === "known" && strength.value !== "HIGH") {
            report(
                `The PROMPT_ATTACK filter's \`inputStrength\` is ${describe(strength, STRENGTHS)}, not "HIGH": weaker settings let many injection prompts through.`,
            );
        } else if (enabled.state === "known" && (enabled.value === false || enabled.value === "false")) {
            report("The PROMPT_ATTACK filter has `inputEnabled: false`: prompts are not evaluated for attacks.");
        } else if (action.state === "known" && action.value !== "BLOCK") {
            report(
                `The PROMPT_ATTACK filter's \`inputAction\` is ${describe(action, ["BLOCK", "NONE"])}: attacks are detected but not blocked.`,
            );
        }
    },
});
