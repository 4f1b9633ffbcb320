import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { read } from "../core/values";
import { GUARDRAIL_CONTENT_FILTERS } from "./guardrail-types";

/** The harm categories of Bedrock content filters; PROMPT_ATTACK is judged by bedrock-guardrail-prompt-attack-filter. */
export const HARM_CATEGORIES = ["SEXUAL", "VIOLENCE", "HATE", "INSULTS", "MISCONDUCT"] as const;

/** Whether a filter acts in one direction: enabled (default), a strength other than NONE, an action other than NONE (default BLOCK). Unknown counts as acting. */
function acts(f: unknown, direction: "input" | "output"): boolean {
    const enabled = read(f, `${direction}Enabled`, true);
    if (enabled.state === "known" && (enabled.value === false || enabled.value === "false")) return false;
    const strength = read(f, `${direction}Strength`);
    if (strength.state === "known" && strength.value === "NONE") return false;
    if (strength.state === "absent") return false;
    const action = read(f, `${direction}Action`, "BLOCK");
    return !(action.state === "known" && action.value === "NONE");
}

export const bedrockGuardrailContentFiltersComplete = resourcePolicy({
    name: "bedrock-guardrail-content-filters-complete",
    description:
        "Bedrock guardrails should filter every harmful-content category (SEXUAL, VIOLENCE, HATE, INSULTS, MISCONDUCT) with a strength above NONE, not only some.",
    severity: "high",
    enforcementLevel: "advisory",
    practice: "network",
    resources: GUARDRAIL_CONTENT_FILTERS,
    // Peer: AWS's AI/ML security assessment sample (aws-samples/sample-aiml-security-assessment) BR-23 "Guardrail Content
    // Filter Coverage Check" (severity High; requires HATE, INSULTS, SEXUAL, VIOLENCE, a strength other than NONE in
    // either direction) and FS-36; MISCONDUCT, a category since 2024, is required here too. Fixtures in test/peers/vector-stores.ts.
    controls: {
        hipaa: {
            ids: ["164.308(a)(1)(ii)(B)"],
            source: own(
                "Risk management: a guardrail that filters some harm categories and not others passes the rest to patients and staff unfiltered, which the risk analysis of a clinical assistant must not assume away.",
            ),
        },
        "nist-800-53": {
            ids: ["SI-10", "SI-15"],
            source: own("Information input validation and output filtering on every category the service can detect."),
        },
        iso27001: { ids: ["A.8.26"], source: own("Application security requirements: the model's input and output are filtered.") },
    },
    fix: 'add a `contentPolicyConfig.filtersConfigs` entry for each missing category (`{ type: "MISCONDUCT", inputStrength: "HIGH", outputStrength: "HIGH" }`)',
    remediationSteps: [
        "1. Add a content filter for each of SEXUAL, VIOLENCE, HATE, INSULTS and MISCONDUCT, with input and output strengths suited to the use case (HIGH for a clinical assistant).",
        "2. Keep the directions enabled and the actions BLOCK.",
        "```typescript",
        'new aws.bedrock.Guardrail("phi", {',
        "    // ...",
        "    contentPolicyConfig: {",
        '        filtersConfigs: ["SEXUAL", "VIOLENCE", "HATE", "INSULTS", "MISCONDUCT"].map((type) => ({ type, inputStrength: "HIGH", outputStrength: "HIGH" })),',
        "    },",
        "});",
        "```",
    ].join("\n"),
    check(r, report) {
        const cfg = r.get("contentPolicyConfig");
        if (cfg.state === "unknown") return;
        const filters = r.list("contentPolicyConfig.filtersConfigs");
        if (filters === "unknown") return;
        // A filter whose type is unknown at preview may be any missing category: judged at update.
        if (filters.some((f) => read(f, "type").state === "unknown")) return;
        const missing: string[] = [];
        const weak: string[] = [];
        for (const c of HARM_CATEGORIES) {
            const mine = filters.filter((f) => {
                const t = read(f, "type");
                return t.state === "known" && t.value === c;
            });
            if (mine.length === 0) missing.push(c);
            else if (!mine.some((f) => acts(f, "input") || acts(f, "output"))) weak.push(c);
        }
        if (missing.length === 0 && weak.length === 0) return;
        const parts: string[] = [];
        if (missing.length > 0) parts.push(`no filter for ${missing.join(", ")}`);
        if (weak.length > 0) parts.push(`${weak.join(", ")} set to NONE, disabled or without action in both directions`);
        report(
            `\`contentPolicyConfig\` has ${parts.join(", and ")}: content of ${missing.length + weak.length === 1 ? "that category" : "those categories"} reaches the model and the user unfiltered.`,
        );
    },
});
