// vpc-ml-interface-endpoints with the Bedrock and AgentCore data-plane endpoints (issue 26, branch h26b):
// an ML VPC needs bedrock-agent-runtime where the stack has agents, knowledge bases or flows,
// bedrock-agentcore where it has AgentCore runtimes, tools, memory or identities, and
// bedrock-agentcore.gateway where it has a gateway. Built on the reference stack of stack-ml.ts.

import { vpcMlInterfaceEndpoints } from "../../policies/network/vpc-ml-interface-endpoints";
import { StackResourceCase, UNKNOWN } from "../harness";
import type { StackCases } from "../policy-cases";
import { referenceStack, res, T, U } from "./stack-ml";

const endpoint = (svc: string, extra: Record<string, unknown> = {}) =>
    res(
        T.endpoint,
        `ep-${svc}`,
        {
            vpcId: UNKNOWN,
            serviceName: `com.amazonaws.us-east-1.${svc}`,
            vpcEndpointType: "Interface",
            privateDnsEnabled: true,
            subnetIds: [UNKNOWN],
            securityGroupIds: [UNKNOWN],
            ...extra,
        },
        { vpcId: [U.vpc], subnetIds: [U.subnet], securityGroupIds: [U.sg] },
    );

const runtime = (): StackResourceCase =>
    res(
        "aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime",
        "triage",
        {
            agentRuntimeName: "triage",
            roleArn: UNKNOWN,
            networkConfiguration: { networkMode: "VPC", networkModeConfig: { subnets: [UNKNOWN], securityGroups: [UNKNOWN] } },
        },
        { networkConfiguration: [U.subnet, U.sg] },
    );
const agent = (): StackResourceCase =>
    res("aws-native:bedrock:Agent", "intake", { agentName: "intake", agentResourceRoleArn: UNKNOWN }, {});
const gateway = (): StackResourceCase =>
    res("aws-native:bedrockagentcore:Gateway", "tools", {
        name: "tools",
        roleArn: UNKNOWN,
        authorizerType: "AWS_IAM",
        protocolType: "MCP",
    });

/** The reference stack plus an AgentCore runtime in its VPC, a Bedrock agent and a gateway, with every endpoint they use. */
function agentStack(): StackResourceCase[] {
    return [
        ...referenceStack(),
        runtime(),
        agent(),
        gateway(),
        ...["bedrock-runtime", "bedrock-agent-runtime", "bedrock-agentcore", "bedrock-agentcore.gateway"].map((s) => endpoint(s)),
    ];
}
const drop = (s: StackResourceCase[], ...names: string[]) => {
    for (const n of names)
        s.splice(
            s.findIndex((x) => x.name === n),
            1,
        );
};

export const stackCases: StackCases[] = [
    {
        policy: vpcMlInterfaceEndpoints,
        compliant: agentStack,
        alsoCompliant: [
            {
                title: "no agent, knowledge base or flow: no bedrock-agent-runtime needed",
                mutate: (s) => drop(s, "intake", "ep-bedrock-agent-runtime"),
            },
            { title: "no gateway: no gateway endpoint needed", mutate: (s) => drop(s, "tools", "ep-bedrock-agentcore.gateway") },
            {
                title: "FIPS service names",
                mutate: (s) => {
                    drop(s, "ep-bedrock-runtime");
                    s.push(endpoint("bedrock-runtime-fips"));
                },
            },
        ],
        mutations: [
            {
                title: "a Bedrock agent in the stack, no bedrock-agent-runtime endpoint",
                mutate: (s) => drop(s, "ep-bedrock-agent-runtime"),
                expect: /has no VPC endpoint for bedrock-agent-runtime:/,
                resource: "ml-vpc",
            },
            {
                title: "an AgentCore runtime in the VPC, no bedrock-agentcore endpoint",
                mutate: (s) => drop(s, "ep-bedrock-agentcore"),
                expect: /has no VPC endpoint for bedrock-agentcore:/,
                resource: "ml-vpc",
            },
            {
                title: "an AgentCore gateway in the stack, no gateway endpoint",
                mutate: (s) => drop(s, "ep-bedrock-agentcore.gateway"),
                expect: /has no VPC endpoint for bedrock-agentcore\.gateway:/,
                resource: "ml-vpc",
            },
            {
                title: "all four missing, named together",
                mutate: (s) =>
                    drop(s, "ep-bedrock-runtime", "ep-bedrock-agent-runtime", "ep-bedrock-agentcore", "ep-bedrock-agentcore.gateway"),
                expect: /no VPC endpoint for bedrock-runtime, bedrock-agent-runtime, bedrock-agentcore, bedrock-agentcore\.gateway:/,
                resource: "ml-vpc",
            },
            {
                title: "the gateway endpoint without private DNS",
                mutate: (s) => (s.find((x) => x.name === "ep-bedrock-agentcore.gateway")!.props.privateDnsEnabled = false),
                expect: /This VPC endpoint for bedrock-agentcore\.gateway in VPC `ml-vpc`/,
                resource: "ep-bedrock-agentcore.gateway",
            },
        ],
    },
];
