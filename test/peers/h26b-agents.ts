// Other people's test inputs for the stack policies of issue 26 (branch h26b), translated to Pulumi
// resources as a program states them after deploy (known ARNs, no dependency data). Only the facts are
// kept: the fields the peer's fixture sets and its verdict. Kept apart from our own mutations
// (test/cases/genai-agents.ts); used by test/unit/peer-h26b.spec.ts, which prints the agreement.
//
// Prowler: repository prowler-cloud/prowler, commit 3e000faa3109230b748e4418a13c11c9e59f5cfb,
//   check bedrock_agent_role_not_shared_across_agents, path
//   tests/providers/aws/services/bedrock/bedrock_agent_role_not_shared_across_agents/bedrock_agent_role_not_shared_across_agents_test.py
//   (agents A, B, C with roles AgentAlphaRole, AgentBravoRole and SharedAgentRole; its MANUAL results
//   for unreadable agents or regions have no deploy-time equivalent and are left out).

import type { StackResourceCase } from "../harness";

export interface PeerStackCase {
    source: "prowler" | "aws-sample";
    check: string;
    title: string;
    policy: string;
    stack: StackResourceCase[];
    /** The resources whose verdicts are compared, with the peer's verdict for each. */
    verdicts: Record<string, "pass" | "fail">;
}

const ACCOUNT = "123456789012";
const role = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const agent = (name: string, roleArn: string): StackResourceCase => ({
    type: "aws:bedrock/agentAgent:AgentAgent",
    name,
    props: {
        agentName: name,
        agentResourceRoleArn: roleArn,
        foundationModel: "anthropic.claude-3-haiku-20240307-v1:0",
        arn: `arn:aws:bedrock:us-east-1:${ACCOUNT}:agent/${name.toUpperCase()}`,
    },
});

export const PEER_STACK_CASES: PeerStackCase[] = [
    {
        source: "prowler",
        check: "bedrock_agent_role_not_shared_across_agents",
        title: "test_single_agent_passes",
        policy: "bedrock-agent-role-not-shared",
        stack: [agent("agent-a", role("AgentAlphaRole"))],
        verdicts: { "agent-a": "pass" },
    },
    {
        source: "prowler",
        check: "bedrock_agent_role_not_shared_across_agents",
        title: "test_distinct_roles_pass",
        policy: "bedrock-agent-role-not-shared",
        stack: [agent("agent-a", role("AgentAlphaRole")), agent("agent-b", role("AgentBravoRole"))],
        verdicts: { "agent-a": "pass", "agent-b": "pass" },
    },
    {
        source: "prowler",
        check: "bedrock_agent_role_not_shared_across_agents",
        title: "test_shared_role_fails_for_both_agents",
        policy: "bedrock-agent-role-not-shared",
        stack: [agent("agent-a", role("SharedAgentRole")), agent("agent-b", role("SharedAgentRole"))],
        verdicts: { "agent-a": "fail", "agent-b": "fail" },
    },
    {
        source: "prowler",
        check: "bedrock_agent_role_not_shared_across_agents",
        title: "test_shared_role_names_others_sorted (three agents)",
        policy: "bedrock-agent-role-not-shared",
        stack: [
            agent("agent-a", role("SharedAgentRole")),
            agent("agent-b", role("SharedAgentRole")),
            agent("agent-c", role("SharedAgentRole")),
        ],
        verdicts: { "agent-a": "fail", "agent-b": "fail", "agent-c": "fail" },
    },
];
