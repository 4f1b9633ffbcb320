// The log groups that receive Bedrock AgentCore logs through a CloudWatch Logs delivery chain
// (LogDeliverySource -> LogDelivery -> LogDeliveryDestination -> LogGroup), as Pulumi's AgentCore
// workshop declares them: the log-group policies judge them like any other ML log group.

import { logsMlGroupKmsEncryption } from "../../policies/logging/logs-ml-group-kms-encryption";
import { logsMlGroupRetention } from "../../policies/logging/logs-ml-group-retention";
import { StackResourceCase, UNKNOWN, urnFor } from "../harness";
import type { StackCases } from "../policy-cases";

const T = {
    runtime: "aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime",
    group: "aws:cloudwatch/logGroup:LogGroup",
    key: "aws:kms/key:Key",
    source: "aws:cloudwatch/logDeliverySource:LogDeliverySource",
    destination: "aws:cloudwatch/logDeliveryDestination:LogDeliveryDestination",
    delivery: "aws:cloudwatch/logDelivery:LogDelivery",
} as const;

const r = (type: string, name: string, props: Record<string, unknown>, deps: Record<string, string[]> = {}): StackResourceCase => ({
    type,
    name,
    props,
    propertyDependencies: deps,
    dependencies: [...new Set(Object.values(deps).flat())],
});

/** A runtime whose application logs reach a log group (KMS, one year) only through the delivery chain. */
function chainStack(): StackResourceCase[] {
    const u = (type: string, name: string) => urnFor(type, name);
    return [
        r(T.runtime, "weather_agent", { agentRuntimeName: "weather", roleArn: UNKNOWN, networkConfiguration: { networkMode: "VPC" } }),
        r(T.key, "logs-key", { enableKeyRotation: true }),
        // The group's name is built from the runtime's id: unknown at preview, so only the chain says it is an ML log group.
        r(T.group, "agent_runtime_logs", { name: UNKNOWN, retentionInDays: 365, kmsKeyId: UNKNOWN }, { kmsKeyId: [u(T.key, "logs-key")] }),
        r(
            T.source,
            "logs",
            { name: UNKNOWN, logType: "APPLICATION_LOGS", resourceArn: UNKNOWN },
            { name: [u(T.runtime, "weather_agent")], resourceArn: [u(T.runtime, "weather_agent")] },
        ),
        r(
            T.destination,
            "logs",
            { name: UNKNOWN, deliveryDestinationConfiguration: { destinationResourceArn: UNKNOWN } },
            { deliveryDestinationConfiguration: [u(T.group, "agent_runtime_logs")] },
        ),
        r(
            T.delivery,
            "logs",
            { deliverySourceName: UNKNOWN, deliveryDestinationArn: UNKNOWN },
            { deliverySourceName: [u(T.source, "logs")], deliveryDestinationArn: [u(T.destination, "logs")] },
        ),
    ];
}

const group = (s: StackResourceCase[]) => s.find((x) => x.type === T.group)!.props;

export const stackCases: StackCases[] = [
    {
        policy: logsMlGroupKmsEncryption,
        compliant: chainStack,
        alsoCompliant: [
            {
                title: "a group the chain does not reach (traces go to X-Ray)",
                mutate: (s) => {
                    delete group(s).kmsKeyId;
                    const dest = s.find((x) => x.type === T.destination)!;
                    dest.props = { name: UNKNOWN, deliveryDestinationType: "XRAY" };
                    dest.propertyDependencies = {};
                    dest.dependencies = [];
                },
            },
        ],
        mutations: [
            {
                title: "no kmsKeyId on the group the runtime's logs reach through the delivery chain",
                mutate: (s) => void delete group(s).kmsKeyId,
                expect: /`kmsKeyId` is not set on this log group, which receives logs from Bedrock agentcore agent runtime `weather_agent`/,
                resource: "agent_runtime_logs",
            },
        ],
    },
    {
        policy: logsMlGroupRetention,
        compliant: chainStack,
        mutations: [
            {
                title: "14 days on the group the runtime's logs reach through the delivery chain (the workshop's setting)",
                mutate: (s) => void (group(s).retentionInDays = 14),
                expect: /`retentionInDays` is 14, shorter than the required 365 days.* receives logs from Bedrock agentcore agent runtime `weather_agent`/,
                resource: "agent_runtime_logs",
            },
        ],
    },
];
