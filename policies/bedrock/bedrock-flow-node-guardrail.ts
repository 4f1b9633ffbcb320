import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { isUnknown, list, read } from "../core/values";

const MAX_NODES = 1_000;

/** What a node needs: "prompt" and generating "knowledgeBase" nodes need a guardrail; undefined for other nodes. */
export function guardedKind(node: unknown): "prompt" | "knowledgeBase" | "unknown" | undefined {
    const type = read(node, "type");
    const cfg = read(node, "configuration");
    if (cfg.state === "unknown") return "unknown";
    if (read(node, "configuration.prompt").state !== "absent" || (type.state === "known" && type.value === "Prompt")) return "prompt";
    const kb = read(node, "configuration.knowledgeBase");
    if (kb.state === "unknown") return "unknown";
    // A knowledge-base node without a model only retrieves: there is no generated answer for a guardrail to judge.
    if (kb.state === "known") return read(kb.value, "modelId").state === "absent" ? undefined : "knowledgeBase";
    if (type.state === "known" && type.value === "KnowledgeBase") return "knowledgeBase";
    return type.state === "unknown" ? "unknown" : undefined;
}

/** "yes" when the node names a guardrail, "unknown" when that is unknown at preview, else "no". */
function hasGuardrail(node: unknown, kind: "prompt" | "knowledgeBase"): "yes" | "no" | "unknown" {
    const id = read(node, `configuration.${kind}.guardrailConfiguration.guardrailIdentifier`);
    if (id.state === "unknown") return "unknown";
    return id.state === "known" && typeof id.value === "string" && id.value.trim() !== "" ? "yes" : "no";
}

/** The nodes of the flow definition: `definition.nodes`, or the JSON text of `definitionString` (aws-native). */
export function nodesOf(props: unknown): unknown[] | "unknown" | "elsewhere" {
    const def = read(props, "definition");
    if (def.state === "unknown") return "unknown";
    if (def.state === "known") return list(def.value, "nodes");
    const text = read(props, "definitionString");
    if (text.state === "unknown") return "unknown";
    if (text.state === "known" && typeof text.value === "string") {
        if (text.value.length > 1_048_576) return "elsewhere";
        try {
            const parsed: unknown = JSON.parse(text.value);
            return list(parsed, "nodes");
        } catch {
            return "elsewhere"; // AWS rejects a definition that is not JSON
        }
    }
    return read(props, "definitionS3Location").state !== "absent" ? "elsewhere" : [];
}

export const bedrockFlowNodeGuardrail = resourcePolicy({
    name: "bedrock-flow-node-guardrail",
    description: "Every prompt node and every knowledge-base node that generates an answer in a Bedrock flow must apply a guardrail.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "network",
    resources: { "aws:bedrock/agentFlow:AgentFlow": {}, "aws-native:bedrock:Flow": {} },
    // Peer: AWS's AI/ML security assessment sample BR-13 "Bedrock Flows Guardrails Check" (aws-samples/
    // sample-aiml-security-assessment, bedrock_assessments/app.py check_bedrock_flows_guardrails; severity High):
    // Prompt and KnowledgeBase nodes need a guardrailIdentifier. Fixtures in test/peers/vector-stores.ts.
    controls: {
        hipaa: {
            ids: ["164.312(a)(1)", "164.308(a)(1)(ii)(B)"],
            source: own(
                "A flow node that calls a model without a guardrail returns whatever the model produces (PHI from retrieved documents, answers to injected prompts): the agent-level guardrail does not apply to flows.",
            ),
        },
        "nist-800-53": {
            ids: ["SI-10", "SI-15", "AC-4"],
            source: own("Input validation, output filtering and flow enforcement at each model call of the flow."),
        },
        iso27001: { ids: ["A.8.26", "A.8.12"], source: own("Application security requirements and data leakage prevention.") },
    },
    fix: "set `configuration.prompt.guardrailConfiguration` (or `configuration.knowledgeBase.guardrailConfiguration`) `{ guardrailIdentifier: guardrail.guardrailId, guardrailVersion: version.version }` on each such node",
    remediationSteps: [
        "1. Create a guardrail (content filters, PII masking, prompt-attack filter) and publish a version.",
        "2. Set it on every prompt node and every knowledge-base node that generates an answer (has a `modelId`).",
        "```typescript",
        "{",
        '    name: "answer",',
        '    type: "Prompt",',
        "    configuration: {",
        "        prompt: {",
        "            sourceConfiguration: { resource: { promptArn: prompt.arn } },",
        "            guardrailConfiguration: { guardrailIdentifier: guardrail.guardrailId, guardrailVersion: version.version },",
        "        },",
        "    },",
        "}",
        "```",
    ].join("\n"),
    check(r, report) {
        const nodes = nodesOf(r.raw());
        if (nodes === "unknown") return;
        if (nodes === "elsewhere")
            return r.notApplicable(
                "the flow definition is in S3 (definitionS3Location) or not readable JSON: its nodes cannot be judged here",
            );
        const missing: number[] = [];
        for (const [i, node] of nodes.slice(0, MAX_NODES).entries()) {
            if (isUnknown(node)) continue;
            const kind = guardedKind(node);
            if (kind === undefined || kind === "unknown") continue;
            if (hasGuardrail(node, kind) === "no") missing.push(i + 1);
        }
        if (missing.length === 0) return;
        const shown = missing.slice(0, 10).map((n) => `#${n}`);
        report(
            `Flow node${missing.length === 1 ? "" : "s"} ${shown.join(", ")}${missing.length > 10 ? ` and ${missing.length - 10} more` : ""} (prompt or answer-generating knowledge-base) appl${missing.length === 1 ? "ies" : "y"} no guardrail: the model's answers there are neither filtered nor masked.`,
        );
    },
});
