// Cases for the ML FullAccess managed policies (issue 26): every AWS-managed FullAccess policy of an
// ML service in the generated list (policies/iam/ml-full-access-policies.ts), on a permission set and
// on the roles ML services assume, including Bedrock AgentCore runtimes on both providers. These
// extend the tables in iam-least-privilege.ts and iam-stack.ts without editing them.

import { iamPermissionSetNoFullAccessPolicy } from "../../policies/iam/iam-permission-set-no-full-access-policy";
import { iamWorkloadRoleNoFullAccessPolicy } from "../../policies/iam/iam-workload-role-no-full-access-policy";
import { ML_FULL_ACCESS_POLICIES } from "../../policies/iam/ml-full-access-policies";
import { StackResourceCase, UNKNOWN, urnFor } from "../harness";
import type { PolicyCases, StackCases } from "../policy-cases";

const T = {
    psManaged: "aws:ssoadmin/managedPolicyAttachment:ManagedPolicyAttachment",
    role: "aws:iam/role:Role",
    rpa: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
    runtime: "aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime",
    nativeRuntime: "aws-native:bedrockagentcore:Runtime",
} as const;

const managed = (name: string) => `arn:aws:iam::aws:policy/${name}`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const trust = (service: string) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" }],
    });

export const cases: PolicyCases[] = [
    {
        policy: iamPermissionSetNoFullAccessPolicy,
        type: T.psManaged,
        compliant: {
            instanceArn: "arn:aws:sso:::instance/ssoins-1",
            permissionSetArn: UNKNOWN,
            managedPolicyArn: managed("AmazonBedrockReadOnly"),
        },
        mutations: Object.entries(ML_FULL_ACCESS_POLICIES).map(([name, p]) => ({
            title: `${name} (from AWS's managed-policy data)`,
            mutate: (props: Record<string, unknown>) => (props.managedPolicyArn = p.arn),
            expect: new RegExp(`the AWS-managed \`${escape(name)}\` policy: it allows \`${escape(p.allows[0])}\``),
        })),
        alsoCompliant: [
            { title: "a FullAccess policy of another service", mutate: (p) => (p.managedPolicyArn = managed("AmazonS3FullAccess")) },
            {
                title: "a customer policy named like one",
                mutate: (p) => (p.managedPolicyArn = "arn:aws:iam::111122223333:policy/BedrockAgentCoreFullAccess"),
            },
        ],
        unknownPaths: ["managedPolicyArn"],
    },
];

/** An AgentCore runtime (classic) with its role trusted by bedrock-agentcore, and a native runtime whose role only it refers to. */
function agentcoreStack(): StackResourceCase[] {
    const role = urnFor(T.role, "runtime-exec");
    const nativeRole = urnFor(T.role, "native-runtime-exec");
    return [
        { type: T.role, name: "runtime-exec", props: { assumeRolePolicy: trust("bedrock-agentcore.amazonaws.com") } },
        {
            type: T.rpa,
            name: "runtime-ecr",
            props: { role: UNKNOWN, policyArn: managed("AmazonEC2ContainerRegistryReadOnly") },
            propertyDependencies: { role: [role] },
            dependencies: [role],
        },
        {
            type: T.runtime,
            name: "runtime",
            props: {
                agentRuntimeName: "triage",
                roleArn: UNKNOWN,
                agentRuntimeArtifact: { containerConfiguration: { containerUri: UNKNOWN } },
            },
            propertyDependencies: { roleArn: [role] },
            dependencies: [role],
        },
        // Trusted by a service outside the ML list: reached only because the native runtime uses it.
        { type: T.role, name: "native-runtime-exec", props: { assumeRolePolicy: trust("lambda.amazonaws.com"), managedPolicyArns: [] } },
        {
            type: T.nativeRuntime,
            name: "native-runtime",
            props: { agentRuntimeName: "triage2", roleArn: UNKNOWN, networkConfiguration: { networkMode: "PUBLIC" } },
            propertyDependencies: { roleArn: [nativeRole] },
            dependencies: [nativeRole],
        },
    ];
}

const props = (s: StackResourceCase[], name: string) => s.find((x) => x.name === name)!.props;

export const stackCases: StackCases[] = [
    {
        policy: iamWorkloadRoleNoFullAccessPolicy,
        compliant: agentcoreStack,
        mutations: [
            {
                title: "BedrockAgentCoreFullAccess on the runtime's role (the workshop's setup)",
                mutate: (s) => void (props(s, "runtime-ecr").policyArn = managed("BedrockAgentCoreFullAccess")),
                expect: /Role `runtime-exec` \(assumable by bedrock-agentcore\.amazonaws\.com\) gets the AWS-managed `BedrockAgentCoreFullAccess` policy through the policy attached by `runtime-ecr`: it allows `bedrock-agentcore:\*`, every action of the service on every resource/,
                resource: "runtime-ecr",
            },
            {
                title: "AmazonBedrockFullAccess on a role only an aws-native AgentCore runtime uses",
                mutate: (s) => void (props(s, "native-runtime-exec").managedPolicyArns = [managed("AmazonBedrockFullAccess")]),
                expect: /Role `native-runtime-exec` \(used by a SageMaker or Bedrock resource\) gets the AWS-managed `AmazonBedrockFullAccess` policy/,
                resource: "native-runtime-exec",
            },
            {
                // On runtime-exec (its trust policy names AgentCore) it is iam-ml-role-no-full-access-policy's.
                title: "AmazonDataZoneFullAccess (service-role path form too: SageMaker geospatial)",
                mutate: (s) =>
                    void (props(s, "native-runtime-exec").managedPolicyArns = [
                        ML_FULL_ACCESS_POLICIES.AmazonSageMakerGeospatialFullAccess.arn,
                    ]),
                expect: /`AmazonSageMakerGeospatialFullAccess` policy through `managedPolicyArns\[0\]`/,
                resource: "native-runtime-exec",
            },
        ],
    },
];
