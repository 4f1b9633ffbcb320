import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";

const TIERS = ["CLASSIC", "STANDARD"];

export const bedrockGuardrailStandardTier = resourcePolicy({
    name: "bedrock-guardrail-standard-tier",
    description:
        "Bedrock guardrails' content filters should use the STANDARD tier (better prompt-attack and harmful-content detection, more languages), which runs through a cross-Region guardrail profile.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "network",
    resources: {
        "aws:bedrock/guardrail:Guardrail": {
            fields: { tier: "contentPolicyConfig.tierConfigs[0].tierName", profile: "crossRegionConfig.guardrailProfileIdentifier" },
        },
        "aws-native:bedrock:Guardrail": {
            fields: { tier: "contentPolicyConfig.contentFiltersTierConfig.tierName", profile: "crossRegionConfig.guardrailProfileArn" },
        },
    },
    // Peer: AWS's AI/ML security assessment sample BR-16 "Guardrail Tier Validation Check" (aws-samples/
    // sample-aiml-security-assessment, bedrock_assessments/app.py check_bedrock_guardrail_tier; Medium): a tier other than
    // STANDARD fails. Fixtures in test/peers/vector-stores.ts.
    controls: {
        hipaa: {
            ids: ["164.308(a)(1)(ii)(B)"],
            source: own(
                "Risk management: the CLASSIC tier misses prompt attacks and harmful content the STANDARD tier detects (typos, code, languages other than English, French and Spanish).",
            ),
        },
        "nist-800-53": {
            ids: ["SI-10", "SI-3"],
            source: own("Input validation and malicious-input protection at the stronger detection tier."),
        },
    },
    fix: 'set the content filters\' tier to STANDARD (`contentPolicyConfig.tierConfigs: [{ tierName: "STANDARD" }]`) with `crossRegionConfig.guardrailProfileIdentifier` set to the guardrail profile of your geography (e.g. us.guardrail.v1:0)',
    remediationSteps: [
        "1. Choose the guardrail profile of the geography your data may be processed in (e.g. `us.guardrail.v1:0`): with it, guardrail evaluation may run in any Region of that geography. Record that in your data-flow inventory.",
        "2. Set the content filters' tier to STANDARD.",
        "```typescript",
        'new aws.bedrock.Guardrail("phi", {',
        "    // ...",
        '    crossRegionConfig: { guardrailProfileIdentifier: "us.guardrail.v1:0" },',
        '    contentPolicyConfig: { tierConfigs: [{ tierName: "STANDARD" }], filtersConfigs: [/* ... */] },',
        "});",
        "```",
    ].join("\n"),
    check(r, report) {
        const cfg = r.get("contentPolicyConfig");
        if (cfg.state === "unknown") return;
        if (cfg.state === "absent")
            return r.notApplicable("the guardrail has no content filters (bedrock-guardrail-content-filters-complete reports that)");
        const tier = r.get("tier", "CLASSIC");
        if (tier.state === "unknown") return;
        if (tier.state !== "known" || tier.value !== "STANDARD") {
            report(
                `The content filters' tier is ${describe(tier, TIERS)}: prompt attacks and harmful content in typos, code or other languages are detected less well than at the STANDARD tier.`,
            );
            return;
        }
        if (r.get("profile").state === "absent")
            report(
                "The content filters' tier is STANDARD but `crossRegionConfig` names no guardrail profile: AWS requires one for the STANDARD tier (it decides which Regions evaluate your prompts).",
                "set `crossRegionConfig` to the guardrail profile of the geography your data may be processed in",
            );
    },
});
