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
// Prowler: same commit, check bedrock_vpc_endpoints_configured, path
//   tests/providers/aws/services/bedrock/bedrock_vpc_endpoints_configured/bedrock_vpc_endpoints_configured_test.py
//   (a VPC in an account with Bedrock activity, and the Bedrock endpoints it has). Translated onto our reference
//   ML VPC (test/cases/stack-ml.ts: the SageMaker, STS, Logs, KMS, ECR and S3 endpoints present) with a Bedrock
//   agent in the stack as the activity, so that only the Bedrock endpoints differ.
// AWS AI/ML security assessment sample: repository aws-samples/sample-aiml-security-assessment, commit
//   0a5ed702282469e4b381441b3b59b6a26bdedb88, checks AG-25 (gateway tool policy enforcement) and AG-26
//   (gateway DEBUG error detail), path tests/test_agentcore_checks.py (TestAgenticGatewaySecurity: the
//   GetGateway responses of test_gateway_policy_controls_fail_when_not_enforced, which asserts AG-25 and
//   AG-26 Failed, and of test_gateway_authorizer_unspecified_fails_closed, which asserts only AG-24: its
//   AG-25/AG-26 verdicts are those of check_agentcore_gateway_agentic_security in
//   aiml-security-assessment/functions/security/agentcore_assessments/app.py at the same commit).
//   Check BR-10 (bedrock:GuardrailIdentifier on model invocation): the policy documents of
//   tests/conftest.py's permission_cache_compliant (CustomBedrockReadOnly: InvokeModel, no condition) and
//   permission_cache_with_guardrail_condition (BedrockWithGuardrail), with one guardrail listed as in
//   tests/test_bedrock_checks.py TestBR10GuardrailIAMEnforcement; the verdicts are those of
//   check_bedrock_guardrail_iam_enforcement in functions/security/bedrock_assessments/app.py (the tests
//   assert only that a finding exists).

import { UNKNOWN } from "../harness";
import type { StackResourceCase } from "../harness";
import { referenceStack, res, T, U } from "../cases/stack-ml";

export interface PeerStackCase {
    source: "prowler" | "aws-sample";
    check: string;
    title: string;
    policy: string;
    stack: StackResourceCase[];
    /** The resources whose verdicts are compared, with the peer's verdict for each. */
    verdicts: Record<string, "pass" | "fail">;
    /** Where we disagree with the peer on purpose, why (our verdict is then the other one). */
    disagree?: string;
}

/** The reference ML VPC, a Bedrock agent, and interface endpoints (private DNS) for the given Bedrock services. */
function bedrockVpc(...services: string[]): StackResourceCase[] {
    return [
        ...referenceStack(),
        res("aws:bedrock/agentAgent:AgentAgent", "agent", {
            agentName: "agent",
            agentResourceRoleArn: UNKNOWN,
            foundationModel: "anthropic.claude-3-haiku",
        }),
        ...services.map((svc) =>
            res(
                T.endpoint,
                `ep-${svc}`,
                { vpcId: UNKNOWN, serviceName: `com.amazonaws.us-east-1.${svc}`, vpcEndpointType: "Interface", privateDnsEnabled: true },
                { vpcId: [U.vpc] },
            ),
        ),
    ];
}
const ENDPOINTS = "vpc-ml-interface-endpoints";
const ENDPOINTS_CHECK = "bedrock_vpc_endpoints_configured";

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

const guardrail: StackResourceCase = {
    type: "aws:bedrock/guardrail:Guardrail",
    name: "test-guardrail",
    props: { name: "test-guardrail", blockedInputMessaging: "blocked", blockedOutputsMessaging: "blocked" },
};
const policyDoc = (name: string, statement: Record<string, unknown>): StackResourceCase => ({
    type: "aws:iam/policy:Policy",
    name,
    props: { name, policy: JSON.stringify({ Version: "2012-10-17", Statement: [statement] }) },
});

export const PEER_STACK_CASES: PeerStackCase[] = [
    {
        source: "prowler",
        check: ENDPOINTS_CHECK,
        title: "test_vpc_no_endpoints",
        policy: ENDPOINTS,
        stack: bedrockVpc(),
        verdicts: { "ml-vpc": "fail" },
    },
    {
        source: "prowler",
        check: ENDPOINTS_CHECK,
        title: "test_vpc_only_bedrock_runtime_endpoint",
        policy: ENDPOINTS,
        stack: bedrockVpc("bedrock-runtime"),
        verdicts: { "ml-vpc": "fail" },
    },
    {
        source: "prowler",
        check: ENDPOINTS_CHECK,
        title: "test_vpc_only_bedrock_agent_runtime_endpoint",
        policy: ENDPOINTS,
        stack: bedrockVpc("bedrock-agent-runtime"),
        verdicts: { "ml-vpc": "fail" },
    },
    {
        source: "prowler",
        check: ENDPOINTS_CHECK,
        title: "test_vpc_only_runtime_endpoints (bedrock-runtime and bedrock-agent-runtime)",
        policy: ENDPOINTS,
        stack: bedrockVpc("bedrock-runtime", "bedrock-agent-runtime"),
        verdicts: { "ml-vpc": "fail" },
        disagree:
            "Prowler also requires the control-plane endpoints (bedrock, bedrock-agent) and bedrock-mantle; the stack's workloads call the data plane, and the deployment (Pulumi) calls the control plane from outside the VPC",
    },
    {
        source: "prowler",
        check: ENDPOINTS_CHECK,
        title: "test_vpc_all_bedrock_endpoints",
        policy: ENDPOINTS,
        stack: bedrockVpc("bedrock", "bedrock-runtime", "bedrock-agent", "bedrock-agent-runtime", "bedrock-mantle"),
        verdicts: { "ml-vpc": "pass" },
    },
    {
        source: "prowler",
        check: ENDPOINTS_CHECK,
        title: "test_vpc_unrelated_endpoint_only (s3)",
        policy: ENDPOINTS,
        stack: bedrockVpc(),
        verdicts: { "ml-vpc": "fail" },
    },
    {
        source: "aws-sample",
        check: "BR-10",
        title: "permission_cache_compliant: InvokeModel without the condition, a guardrail in the account",
        policy: "iam-policy-bedrock-invoke-guardrail",
        stack: [
            guardrail,
            policyDoc("CustomBedrockReadOnly", {
                Effect: "Allow",
                Action: ["bedrock:InvokeModel", "bedrock:ListFoundationModels"],
                Resource: "arn:aws:bedrock:us-east-1::foundation-model/*",
            }),
        ],
        verdicts: { CustomBedrockReadOnly: "fail" },
    },
    {
        source: "aws-sample",
        check: "BR-10",
        title: "permission_cache_with_guardrail_condition",
        policy: "iam-policy-bedrock-invoke-guardrail",
        stack: [
            guardrail,
            policyDoc("BedrockWithGuardrail", {
                Effect: "Allow",
                Action: ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
                Resource: "*",
                Condition: { StringEquals: { "bedrock:GuardrailIdentifier": "arn:aws:bedrock:us-east-1:123456789012:guardrail/abc123" } },
            }),
        ],
        verdicts: { BedrockWithGuardrail: "pass" },
    },
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

export interface PeerResourceCase {
    source: "prowler" | "aws-sample";
    check: string;
    title: string;
    policy: string;
    type: string;
    props: Record<string, unknown>;
    peer: "pass" | "fail";
}

const ENGINE = "arn:aws:bedrock-agentcore:us-east-1:123456789012:policy-engine/TestEngine-abcdefghij";
const notEnforced = {
    name: "TestGateway",
    authorizerType: "NONE",
    policyEngineConfiguration: { arn: ENGINE, mode: "LOG_ONLY" },
    exceptionLevel: "DEBUG",
};
const enforced = { name: "TestGateway", policyEngineConfiguration: { arn: ENGINE, mode: "ENFORCE" } };

export const PEER_RESOURCE_CASES: PeerResourceCase[] = [
    ["aws:bedrock/agentcoreGateway:AgentcoreGateway", "aws-native:bedrockagentcore:Gateway"].flatMap((type): PeerResourceCase[] => [
        {
            source: "aws-sample",
            check: "AG-25",
            title: `LOG_ONLY policy engine (${type})`,
            policy: "bedrock-agentcore-gateway-policy-engine-enforced",
            type,
            props: notEnforced,
            peer: "fail",
        },
        {
            source: "aws-sample",
            check: "AG-25",
            title: `ENFORCE policy engine (${type})`,
            policy: "bedrock-agentcore-gateway-policy-engine-enforced",
            type,
            props: enforced,
            peer: "pass",
        },
        {
            source: "aws-sample",
            check: "AG-26",
            title: `exceptionLevel DEBUG (${type})`,
            policy: "bedrock-agentcore-gateway-no-debug-errors",
            type,
            props: notEnforced,
            peer: "fail",
        },
        {
            source: "aws-sample",
            check: "AG-26",
            title: `no exceptionLevel (${type})`,
            policy: "bedrock-agentcore-gateway-no-debug-errors",
            type,
            props: enforced,
            peer: "pass",
        },
    ]),
].flat();
