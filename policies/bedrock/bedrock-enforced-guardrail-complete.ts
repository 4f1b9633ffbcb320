import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";

export const bedrockEnforcedGuardrailComplete = resourcePolicy({
    name: "bedrock-enforced-guardrail-complete",
    description:
        "An account-level enforced Bedrock guardrail should enforce a published guardrail version on every model and on all content, not a draft, an exclusion list or caller-selected content.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "data",
    resources: { "aws-native:bedrock:EnforcedGuardrailConfiguration": {} },
    // @pulumi/aws 7.48 has no enforced-guardrail type. No scanner checks these inputs.
    controls: {
        hipaa: {
            ids: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)"],
            source: own(
                "Access control and risk management: the account-wide guardrail is the control that filters PHI and prompt attacks on every invocation; a draft can change unreviewed, and excluded models or unguarded content bypass it.",
            ),
        },
        "nist-800-53": {
            ids: ["AC-4", "CM-3", "SI-10"],
            source: own("Information flow enforcement with a change-controlled configuration."),
        },
    },
    fix: "enforce a published guardrail version (`guardrailVersion: version.version`), drop `modelEnforcement.excludedModels`, and set `selectiveContentGuarding` to COMPREHENSIVE",
    remediationSteps: [
        "1. Publish a guardrail version and enforce that version account-wide, on every model and on all messages and system prompts.",
        "```typescript",
        'new awsnative.bedrock.EnforcedGuardrailConfiguration("account", {',
        "    guardrailIdentifier: guardrail.guardrailArn,",
        "    guardrailVersion: version.version,",
        '    selectiveContentGuarding: { messages: "COMPREHENSIVE", system: "COMPREHENSIVE" },',
        "});",
        "```",
    ].join("\n"),
    check(r, report) {
        const problems: string[] = [];
        const version = r.get("guardrailVersion");
        if (version.state === "known" && typeof version.value === "string" && version.value.trim().toUpperCase() === "DRAFT")
            problems.push(
                "`guardrailVersion` is DRAFT: anyone who edits the draft changes what every invocation in the account is filtered by",
            );
        const excluded = r.list("modelEnforcement.excludedModels");
        if (excluded !== "unknown" && excluded.length > 0)
            problems.push(
                `\`modelEnforcement.excludedModels\` lists ${excluded.length} model${excluded.length === 1 ? "" : "s"} that bypass the guardrail`,
            );
        for (const part of ["messages", "system"]) {
            const v = r.get(`selectiveContentGuarding.${part}`);
            if (v.state === "known" && typeof v.value === "string" && v.value.trim().toUpperCase() === "SELECTIVE")
                problems.push(`\`selectiveContentGuarding.${part}\` is SELECTIVE: only content the caller marks for guarding is filtered`);
        }
        if (problems.length > 0) report(`${problems.join("; ")}.`);
    },
});
