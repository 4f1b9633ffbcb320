import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { read } from "../core/values";

/** A guardrail reference that is unknown at preview is set (a guardrail of the same stack). */
function referencesGuardrail(node: unknown): boolean {
    const id = read(node, "guardrailIdentifier");
    return id.state === "unknown" || (id.state === "known" && typeof id.value === "string" && id.value.trim() !== "");
}

export const bedrockAgentGuardrailAttached = resourcePolicy({
    name: "bedrock-agent-guardrail-attached",
    description: "Bedrock agents must have a guardrail attached.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: {
        "aws:bedrock/agentAgent:AgentAgent": {},
        "aws-native:bedrock:Agent": { fields: { guardrailConfigurations: "guardrailConfiguration" } },
    },
    // Peers: Checkov CKV_AWS_383 (TF only), Prowler bedrock_agent_guardrail_enabled (high); neither publishes a mapping.
    controls: {
        hipaa: {
            ids: ["164.308(a)(1)(ii)(B)", "164.312(a)(1)"],
            source: own(
                "A guardrail is the Bedrock-native control that masks or blocks PHI in an agent's answers and stops prompt injection; without one, anyone who can talk to the agent can make it disclose what its knowledge bases and tools can read.",
            ),
        },
        "nist-800-53": {
            ids: ["SI-10", "SI-15", "AC-4"],
            source: own(
                "Input validation (prompt attacks), information output filtering and flow enforcement (PII masking) on the agent's input and output.",
            ),
        },
        iso27001: {
            ids: ["A.8.11", "A.8.12"],
            source: own(
                "Data masking and data leakage prevention applied to the agent's responses by the guardrail's sensitive-information filters.",
            ),
        },
    },
    fix: "set `guardrailConfigurations: [{ guardrailIdentifier: guardrail.guardrailId, guardrailVersion: version.version }]`",
    remediationSteps: [
        "1. Create a guardrail with sensitive-information (PII) filters and a PROMPT_ATTACK content filter, and publish a version of it.",
        "2. Attach the guardrail version to the agent.",
        "```typescript",
        'const guardrail = new aws.bedrock.Guardrail("phi", { /* ... filters ... */ });',
        'const version = new aws.bedrock.GuardrailVersion("phi", { guardrailArn: guardrail.guardrailArn });',
        'new aws.bedrock.AgentAgent("agent", {',
        "    // ...",
        "    guardrailConfigurations: [{ guardrailIdentifier: guardrail.guardrailId, guardrailVersion: version.version }],",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.bedrock.AgentAgent("agent", {\n    agentName: "intake",\n    agentResourceRoleArn: role.arn,\n    foundationModel: model,\n});',
        after: 'new aws.bedrock.AgentAgent("agent", {\n    agentName: "intake",\n    agentResourceRoleArn: role.arn,\n    foundationModel: model,\n    guardrailConfigurations: [{ guardrailIdentifier: guardrail.guardrailId, guardrailVersion: version.version }],\n});',
    },
    check(r, report) {
        const configs = r.list("guardrailConfigurations");
        if (configs === "unknown" || configs.some(referencesGuardrail)) return;
        report(
            configs.length === 0
                ? "`guardrailConfigurations` is not set: no guardrail filters the agent's input or output, so nothing masks PHI in its answers or blocks prompt attacks."
                : "`guardrailConfigurations` names no guardrail (`guardrailIdentifier` is empty): no guardrail filters the agent's input or output.",
        );
    },
});
