import { own } from "../core/frameworks";
import { stackPolicy, StackResource } from "../core/policy";
import { isUnknown, read } from "../core/values";
import { guardedKind, nodesOf } from "./bedrock-flow-node-guardrail";

const GUARDRAILS = new Set(["aws:bedrock/guardrail:Guardrail", "aws-native:bedrock:Guardrail"]);
const FLOWS = ["aws:bedrock/agentFlow:AgentFlow", "aws-native:bedrock:Flow"];
const REQUIRED = ["GROUNDING", "RELEVANCE"] as const;

/** The known identities a flow node may name a guardrail by: id or ARN. */
function identities(g: StackResource): string[] {
    const out: string[] = [];
    for (const k of ["guardrailId", "guardrailArn", "id", "arn"]) {
        const v = g.get(k);
        if (v.state === "known" && typeof v.value === "string" && v.value !== "") out.push(v.value);
    }
    return out;
}

/** The grounding filter types that are missing or do not act (disabled, action NONE, threshold 0), or "unknown". */
function groundingGaps(g: StackResource): string[] | "unknown" {
    const field = g.type === "aws-native:bedrock:Guardrail" ? "filtersConfig" : "filtersConfigs";
    const cfg = g.get("contextualGroundingPolicyConfig");
    if (cfg.state === "unknown") return "unknown";
    const filters = g.list(`contextualGroundingPolicyConfig.${field}`);
    if (filters === "unknown" || filters.some((f) => read(f, "type").state === "unknown")) return "unknown";
    const gaps: string[] = [];
    for (const t of REQUIRED) {
        const mine = filters.filter((f) => {
            const type = read(f, "type");
            return type.state === "known" && type.value === t;
        });
        const acts = mine.some((f) => {
            const enabled = read(f, "enabled", true);
            const action = read(f, "action", "BLOCK");
            const threshold = read(f, "threshold");
            return (
                !(enabled.state === "known" && (enabled.value === false || enabled.value === "false")) &&
                !(action.state === "known" && action.value === "NONE") &&
                !(threshold.state === "known" && Number(threshold.value) <= 0)
            );
        });
        if (!acts) gaps.push(t);
    }
    return gaps;
}

export const bedrockGuardrailContextualGrounding = stackPolicy({
    name: "bedrock-guardrail-contextual-grounding",
    description:
        "A guardrail that guards retrieval-augmented generation (a flow's knowledge-base node) should check contextual grounding and relevance, so that answers not supported by the retrieved documents are blocked.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "data",
    // Peer: Prowler bedrock_guardrail_contextual_grounding_filter_enabled (prowler-cloud/prowler, GROUNDING and RELEVANCE
    // filters, enabled, action BLOCK, threshold above 0; on every guardrail). Here only where the guardrail guards RAG:
    // AWS documents that contextual grounding does not support conversational agents. Fixtures in test/peers/vector-stores.ts.
    controls: {
        hipaa: {
            ids: ["164.312(c)(1)", "164.308(a)(1)(ii)(B)"],
            source: own(
                "Integrity: an answer about a patient that the retrieved records do not support (a hallucination) is wrong health information presented as sourced; grounding checks block it.",
            ),
        },
        "nist-800-53": { ids: ["SI-10", "SI-15"], source: own("Output filtering: generated answers are checked against their sources.") },
        iso27001: { ids: ["A.8.26"], source: own("Application security requirements for model output.") },
    },
    fix: 'add `contextualGroundingPolicyConfig.filtersConfigs: [{ type: "GROUNDING", threshold: 0.75 }, { type: "RELEVANCE", threshold: 0.75 }]` to the guardrail',
    remediationSteps: [
        "1. Add GROUNDING and RELEVANCE contextual grounding filters (threshold above 0; 0.7 to 0.85 is common) to the guardrail the knowledge-base node applies.",
        "```typescript",
        'new aws.bedrock.Guardrail("rag", {',
        "    // ...",
        "    contextualGroundingPolicyConfig: {",
        "        filtersConfigs: [",
        '            { type: "GROUNDING", threshold: 0.75 },',
        '            { type: "RELEVANCE", threshold: 0.75 },',
        "        ],",
        "    },",
        "});",
        "```",
    ].join("\n"),
    stackCheck(stack, report) {
        const guardrails = stack.resources.filter((r) => GUARDRAILS.has(r.type));
        const needs = new Map<StackResource, string>(); // guardrail -> the flow it guards RAG in
        let ragNodes = 0;
        for (const flow of stack.index.ofType(...FLOWS)) {
            const nodes = nodesOf(flow.raw());
            if (!Array.isArray(nodes)) continue;
            const guarded = nodes.filter((n) => !isUnknown(n) && guardedKind(n) !== undefined && guardedKind(n) !== "unknown");
            const rag = guarded.filter((n) => guardedKind(n) === "knowledgeBase");
            if (rag.length === 0) continue;
            const idOf = (n: unknown) => read(n, `configuration.${guardedKind(n)}.guardrailConfiguration.guardrailIdentifier`);
            // Referenced by the flow's definition (at preview, through property dependencies).
            const referenced = new Set<StackResource>();
            for (const prop of ["definition", "definitionString"])
                for (const t of stack.index.referencedBy(flow, prop)) {
                    if (GUARDRAILS.has(t.type)) referenced.add(t);
                }
            const unknownIds = guarded.filter((n) => idOf(n).state === "unknown");
            for (const n of rag) {
                const id = idOf(n);
                if (id.state === "absent") continue; // no guardrail at all: bedrock-flow-node-guardrail says so
                ragNodes++;
                if (id.state === "known") {
                    for (const g of guardrails) if (identities(g).includes(String(id.value))) needs.set(g, flow.name);
                    continue;
                }
                // Unknown at preview: the guardrail is one the definition refers to; which one is certain only when
                // there is one, or when every node with an unknown guardrail is a knowledge-base node.
                if (referenced.size === 1 || unknownIds.every((u) => guardedKind(u) === "knowledgeBase"))
                    for (const g of referenced) needs.set(g, flow.name);
            }
        }
        if (ragNodes === 0)
            return stack.notApplicable("no flow in this stack applies a guardrail to a knowledge-base node that generates answers");
        for (const [g, flowName] of needs) {
            const gaps = groundingGaps(g);
            if (gaps === "unknown" || gaps.length === 0) continue;
            report(
                `Guardrail ${g.name} guards retrieval-augmented generation (a knowledge-base node of flow ${flowName}) but does not check contextual ${gaps.join(" and ")} (missing, disabled, action NONE or threshold 0): answers the retrieved documents do not support reach the user.`,
                g.urn,
            );
        }
    },
});
