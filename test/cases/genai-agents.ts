// Case tables for the agent policies of issue 26 (branch h26b): one execution role per agent, the roles
// of the Lambda functions that agent action groups invoke, and batch inference jobs in a VPC.

import { bedrockAgentRoleNotShared } from "../../policies/bedrock/bedrock-agent-role-not-shared";
import { bedrockBatchInferenceInVpc } from "../../policies/bedrock/bedrock-batch-inference-in-vpc";
import { iamWorkloadRoleNoFullAccessPolicy } from "../../policies/iam/iam-workload-role-no-full-access-policy";
import { StackResourceCase, UNKNOWN, urnFor } from "../harness";
import { deletePath, PolicyCases, setPath, StackCases } from "../policy-cases";

const T = {
    role: "aws:iam/role:Role",
    agent: "aws:bedrock/agentAgent:AgentAgent",
    nativeAgent: "aws-native:bedrock:Agent",
    runtime: "aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime",
    nativeRuntime: "aws-native:bedrockagentcore:Runtime",
    actionGroup: "aws:bedrock/agentAgentActionGroup:AgentAgentActionGroup",
    lambda: "aws:lambda/function:Function",
    nativeLambda: "aws-native:lambda:Function",
    job: "aws:bedrockmodel/invocationJob:InvocationJob",
} as const;

const trust = (service: string) =>
    JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" }] });
const managed = (name: string) => `arn:aws:iam::aws:policy/${name}`;
const props = (s: StackResourceCase[], name: string) => s.find((x) => x.name === name)!.props;
const find = (s: StackResourceCase[], name: string) => s.find((x) => x.name === name)!;

/** Point an agent's role input at another role of the stack (as `role.arn` does at preview). */
function useRole(s: StackResourceCase[], agent: string, role: string): void {
    const a = find(s, agent);
    const key = a.type === T.agent || a.type === T.nativeAgent ? "agentResourceRoleArn" : "roleArn";
    const urn = urnFor(T.role, role);
    a.props[key] = UNKNOWN;
    a.propertyDependencies = { ...a.propertyDependencies, [key]: [urn] };
    a.dependencies = [urn];
}

/** Two Bedrock agents (one per provider) and two AgentCore runtimes (one per provider), each with its own role. */
function agentsStack(): StackResourceCase[] {
    const stack: StackResourceCase[] = [];
    const agents: [string, string, Record<string, unknown>][] = [
        [T.agent, "intake", { agentName: "intake", foundationModel: "anthropic.claude-3-haiku" }],
        [T.nativeAgent, "billing", { agentName: "billing", foundationModel: "anthropic.claude-3-haiku" }],
        [T.runtime, "triage", { agentRuntimeName: "triage", networkConfiguration: { networkMode: "VPC" } }],
        [T.nativeRuntime, "notes", { agentRuntimeName: "notes", networkConfiguration: { networkMode: "VPC" } }],
    ];
    for (const [type, name, p] of agents) {
        const service = type === T.agent || type === T.nativeAgent ? "bedrock.amazonaws.com" : "bedrock-agentcore.amazonaws.com";
        stack.push({ type: T.role, name: `${name}-exec`, props: { assumeRolePolicy: trust(service) } });
        stack.push({ type, name, props: { ...p } });
        useRole(stack, name, `${name}-exec`);
    }
    return stack;
}

/** An agent whose action group invokes a Lambda function (one per provider), each with its own role. */
function actionGroupStack(): StackResourceCase[] {
    const role = (n: string) => urnFor(T.role, n);
    const fn = urnFor(T.lambda, "lookup");
    const nativeFn = urnFor(T.nativeLambda, "schedule");
    return [
        { type: T.role, name: "lookup-exec", props: { assumeRolePolicy: trust("lambda.amazonaws.com"), managedPolicyArns: [] } },
        { type: T.role, name: "schedule-exec", props: { assumeRolePolicy: trust("lambda.amazonaws.com"), managedPolicyArns: [] } },
        {
            type: T.lambda,
            name: "lookup",
            props: { role: UNKNOWN, runtime: "python3.12", handler: "index.handler" },
            propertyDependencies: { role: [role("lookup-exec")] },
        },
        {
            type: T.nativeLambda,
            name: "schedule",
            props: { role: UNKNOWN, runtime: "python3.12", handler: "index.handler" },
            propertyDependencies: { role: [role("schedule-exec")] },
        },
        {
            type: T.actionGroup,
            name: "patient-lookup",
            props: { actionGroupName: "lookup", agentId: "AGENT12345", agentVersion: "DRAFT", actionGroupExecutor: { lambda: UNKNOWN } },
            propertyDependencies: { actionGroupExecutor: [fn] },
        },
        {
            type: T.nativeAgent,
            name: "scheduler",
            props: {
                agentName: "scheduler",
                agentResourceRoleArn: "arn:aws:iam::123456789012:role/scheduler-agent",
                actionGroups: [{ actionGroupName: "book", actionGroupExecutor: { lambda: UNKNOWN } }],
            },
            propertyDependencies: { actionGroups: [nativeFn] },
        },
    ];
}

const job = (): Record<string, unknown> => ({
    jobName: "notes-batch",
    modelId: "anthropic.claude-3-haiku-20240307-v1:0",
    roleArn: UNKNOWN,
    inputDataConfig: { s3InputDataConfig: { s3Uri: UNKNOWN } },
    outputDataConfig: { s3OutputDataConfig: { s3Uri: UNKNOWN, s3EncryptionKeyId: UNKNOWN } },
    vpcConfig: { subnetIds: [UNKNOWN], securityGroupIds: [UNKNOWN] },
});

export const cases: PolicyCases[] = [
    {
        policy: bedrockBatchInferenceInVpc,
        type: T.job,
        compliant: job(),
        alsoCompliant: [
            {
                title: "known subnet and group ids",
                mutate: (p) => (p.vpcConfig = { subnetIds: ["subnet-0abc"], securityGroupIds: ["sg-0abc"] }),
            },
        ],
        mutations: [
            { title: "no vpcConfig", mutate: (p) => delete p.vpcConfig, expect: /`vpcConfig` is not set: the batch job reads its prompts/ },
            { title: "empty subnetIds", mutate: (p) => setPath(p, "vpcConfig.subnetIds", []), expect: /`vpcConfig.subnetIds` is empty/ },
            { title: "no subnetIds", mutate: (p) => deletePath(p, "vpcConfig.subnetIds"), expect: /`vpcConfig.subnetIds` is empty/ },
            {
                title: "empty securityGroupIds",
                mutate: (p) => setPath(p, "vpcConfig.securityGroupIds", []),
                expect: /`vpcConfig.securityGroupIds` is empty/,
            },
        ],
        unknownPaths: ["vpcConfig", "vpcConfig.subnetIds", "vpcConfig.securityGroupIds"],
    },
];

export const stackCases: StackCases[] = [
    {
        policy: bedrockAgentRoleNotShared,
        compliant: agentsStack,
        alsoCompliant: [
            {
                title: "a role input unknown at preview with no dependency (cannot be told: not counted)",
                mutate: (s) => {
                    const a = find(s, "intake");
                    a.props.agentResourceRoleArn = UNKNOWN;
                    a.propertyDependencies = {};
                    a.dependencies = [];
                },
            },
            {
                title: "an agent and a non-agent (the gateway) on one role: only agents count",
                mutate: (s) =>
                    s.push({
                        type: "aws-native:bedrockagentcore:Gateway",
                        name: "tools",
                        props: { name: "tools", roleArn: UNKNOWN, authorizerType: "AWS_IAM", protocolType: "MCP" },
                        propertyDependencies: { roleArn: [urnFor(T.role, "triage-exec")] },
                    }),
            },
            {
                title: "distinct known role ARNs outside the stack",
                mutate: (s) => {
                    props(s, "intake").agentResourceRoleArn = "arn:aws:iam::123456789012:role/intake";
                    props(s, "billing").agentResourceRoleArn = "arn:aws:iam::123456789012:role/billing";
                },
            },
        ],
        mutations: [
            {
                title: "two Bedrock agents (both providers) on one role: the agent that joined it",
                mutate: (s) => useRole(s, "billing", "intake-exec"),
                expect: /This agent runs as role `intake-exec`, which agent `intake` also uses/,
                resource: "billing",
            },
            {
                title: "three agents, a Bedrock agent and two AgentCore runtimes, on one role",
                mutate: (s) => (useRole(s, "triage", "intake-exec"), useRole(s, "notes", "intake-exec")),
                expect: /agents `intake`, `triage` also use/,
                resource: "notes",
                previewOnly: "in state the role inputs are ARNs; the same case is covered by the known-ARN mutation",
            },
            {
                title: "the same role ARN outside the stack, once under a path",
                mutate: (s) => {
                    props(s, "intake").agentResourceRoleArn = "arn:aws:iam::123456789012:role/agents";
                    props(s, "billing").agentResourceRoleArn = "arn:aws:iam::123456789012:role/service-role/agents";
                    for (const n of ["intake", "billing"]) {
                        find(s, n).propertyDependencies = {};
                        find(s, n).dependencies = [];
                    }
                },
                expect: /runs as the same execution role \(by ARN\), which agent `billing` also uses/,
                resource: "intake",
            },
        ],
    },
    {
        policy: iamWorkloadRoleNoFullAccessPolicy,
        compliant: actionGroupStack,
        alsoCompliant: [
            {
                title: "a Lambda function that no action group invokes keeps a FullAccess policy out of scope",
                mutate: (s) => {
                    props(s, "lookup-exec").managedPolicyArns = [managed("AmazonBedrockFullAccess")];
                    find(s, "patient-lookup").propertyDependencies = {};
                },
            },
        ],
        mutations: [
            {
                title: "AmazonBedrockFullAccess on the role of an action group's Lambda function",
                mutate: (s) => void (props(s, "lookup-exec").managedPolicyArns = [managed("AmazonBedrockFullAccess")]),
                expect: /Role `lookup-exec` \(used by a SageMaker or Bedrock resource\) gets the AWS-managed `AmazonBedrockFullAccess` policy/,
                resource: "lookup-exec",
            },
            {
                title: "AmazonSageMakerFullAccess on the role of an aws-native agent's action-group Lambda function",
                mutate: (s) => void (props(s, "schedule-exec").managedPolicyArns = [managed("AmazonSageMakerFullAccess")]),
                expect: /Role `schedule-exec` \(used by a SageMaker or Bedrock resource\) gets the AWS-managed `AmazonSageMakerFullAccess` policy/,
                resource: "schedule-exec",
            },
        ],
    },
];
