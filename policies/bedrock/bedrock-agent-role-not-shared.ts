import { own, prowler } from "../core/frameworks";
import type { StackResource } from "../core/policy";
import { stackPolicy } from "../core/policy";
import { nameOf } from "../core/stack";

/** Agents and the input that names their execution role (both providers; AgentCore runtimes host agents too). */
const AGENTS: Readonly<Record<string, string>> = {
    "aws:bedrock/agentAgent:AgentAgent": "agentResourceRoleArn",
    "aws-native:bedrock:Agent": "agentResourceRoleArn",
    "aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime": "roleArn",
    "aws-native:bedrockagentcore:Runtime": "roleArn",
};
const ROLE = "aws:iam/role:Role";
const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/;

/**
 * The role an agent runs as, as a comparable key: the stack's role resource it refers to (property
 * dependency, or known ARN/name), else a known ARN of a role outside the stack (account and name: a
 * role name is unique in its account whatever its path). Undefined when it cannot be told: unknown
 * at preview without a single role dependency, absent, or not an ARN.
 */
function roleKey(index: { referencedBy(r: StackResource, p: string): StackResource[] }, agent: StackResource, prop: string) {
    const roles = index.referencedBy(agent, prop).filter((t) => t.type === ROLE);
    if (roles.length === 1) return { key: `urn:${roles[0].urn}`, role: roles[0] };
    if (roles.length > 1) return undefined; // an input built from several roles: not one we can name
    const v = agent.get(prop);
    if (v.state !== "known" || typeof v.value !== "string") return undefined;
    const m = ROLE_ARN.exec(v.value.trim());
    return m ? { key: `arn:${m[1]}:${m[2]}`, role: undefined } : undefined;
}

export const bedrockAgentRoleNotShared = stackPolicy({
    name: "bedrock-agent-role-not-shared",
    description: "Each Bedrock agent and AgentCore agent runtime should run with its own execution role, not one shared with other agents.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "access",
    judges: Object.keys(AGENTS),
    // Peer: Prowler bedrock_agent_role_not_shared_across_agents (Bedrock agents only; severity high there).
    controls: {
        hipaa: {
            ids: ["164.308(a)(4)(ii)(B)", "164.312(b)"],
            source: own(
                "Access authorization per agent, and audit controls: a shared role gives every agent the union of the others' permissions, and CloudTrail records the role session, not the agent.",
            ),
        },
        "nist-800-53": {
            ids: ["AC-6", "AU-10"],
            source: prowler("bedrock_agent_role_not_shared_across_agents (least privilege and attribution)"),
        },
        iso27001: { ids: ["A.5.15", "A.8.2"], source: own("Access control: privileged access rights allocated per agent.") },
    },
    fix: "give each agent its own `aws.iam.Role` with only the permissions that agent needs",
    remediationSteps: [
        "1. Create one execution role per agent (or per AgentCore runtime), each trusting the service and scoped to that agent's models, knowledge bases and tools.",
        "2. Point each agent's `agentResourceRoleArn` (runtime: `roleArn`) at its own role.",
        "```typescript",
        'const intakeRole = new aws.iam.Role("intake-agent", { assumeRolePolicy: bedrockTrust });',
        'new aws.bedrock.AgentAgent("intake", { /* ... */ agentResourceRoleArn: intakeRole.arn });',
        "```",
    ].join("\n"),
    stackCheck(stack, report) {
        const agents = stack.index.ofType(...Object.keys(AGENTS));
        if (agents.length < 2) return stack.notApplicable("fewer than two agents in this stack: no execution role can be shared");
        const groups = new Map<string, { role?: StackResource; agents: StackResource[] }>();
        for (const a of agents) {
            const k = roleKey(stack.index, a, AGENTS[a.type]);
            if (!k) continue;
            const g = groups.get(k.key);
            if (g) {
                if (!g.agents.includes(a)) g.agents.push(a);
            } else groups.set(k.key, { role: k.role, agents: [a] });
        }
        for (const { role, agents: sharing } of groups.values()) {
            if (sharing.length < 2) continue;
            const roleText = role ? `role ${nameOf(role)}` : "the same execution role (by ARN)";
            for (const a of sharing) {
                const others = sharing.filter((o) => o !== a);
                const shown = others.slice(0, 3).map(nameOf).join(", ");
                const more = others.length > 3 ? ` and ${others.length - 3} more` : "";
                report(
                    `This agent runs as ${roleText}, which ${others.length === 1 ? "agent" : "agents"} ${shown}${more} also ${others.length === 1 ? "uses" : "use"}: each holds the union of their permissions, and CloudTrail cannot tell which agent acted.`,
                    a.urn,
                );
            }
        }
    },
});
