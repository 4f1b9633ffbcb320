// The CloudWatch log groups of a stack that receive SageMaker or Bedrock logs (not a policy).

import { Hosted, hostsText, mlResources, referencedOfType } from "../core/network";
import type { StackResource } from "../core/policy";
import type { StackIndex } from "../core/stack";

export const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
const LOG_GROUP_TYPES: ReadonlySet<string> = new Set([LOG_GROUP]);

/** Log group names under which SageMaker and Bedrock (incl. AgentCore, whose vended logs go under `/aws/vendedlogs/bedrock-agentcore/`) write their logs. */
const ML_LOG_NAME = /^\/aws\/(vendedlogs\/)?(sagemaker|bedrock)/i;

/**
 * CloudWatch Logs delivery: a source (an ML resource's log type) -> a delivery -> a destination (a log
 * group, bucket or stream). AgentCore runtimes, memories and gateways send their logs this way.
 */
const DELIVERY_SOURCES = ["aws:cloudwatch/logDeliverySource:LogDeliverySource", "aws-native:logs:DeliverySource"];
const DELIVERIES = ["aws:cloudwatch/logDelivery:LogDelivery", "aws-native:logs:Delivery"];
const DESTINATIONS: Readonly<Record<string, string>> = {
    "aws:cloudwatch/logDeliveryDestination:LogDeliveryDestination": "deliveryDestinationConfiguration",
    "aws-native:logs:DeliveryDestination": "destinationResourceArn",
};

/** Log groups that receive an ML resource's logs through a delivery chain, with the ML resources. */
function deliveredLogGroups(
    index: StackIndex,
    ml: ReadonlySet<StackResource>,
    add: (g: StackResource, hosts: StackResource[]) => void,
): void {
    const sourceHosts = new Map<StackResource, StackResource[]>();
    for (const s of index.ofType(...DELIVERY_SOURCES)) {
        const hosts = index.referencedBy(s, "resourceArn").filter((x) => ml.has(x));
        if (hosts.length > 0) sourceHosts.set(s, hosts);
    }
    if (sourceHosts.size === 0) return;
    for (const d of index.ofType(...DELIVERIES)) {
        const hosts = index.referencedBy(d, "deliverySourceName").flatMap((s) => sourceHosts.get(s) ?? []);
        if (hosts.length === 0) continue;
        for (const dest of index.referencedBy(d, "deliveryDestinationArn")) {
            const prop = DESTINATIONS[dest.type];
            if (prop === undefined) continue;
            for (const g of index.referencedBy(dest, prop)) if (LOG_GROUP_TYPES.has(g.type)) add(g, hosts);
        }
    }
}

/**
 * Log groups named like SageMaker/Bedrock log groups (`/aws/sagemaker/...`, `/aws/bedrock...`, by
 * known `name` or `namePrefix`), and log groups that SageMaker/Bedrock resources refer to (e.g. a
 * Bedrock invocation logging configuration's `loggingConfig.cloudwatchConfig.logGroupName`) or send
 * their logs to through a CloudWatch Logs delivery chain (source -> delivery -> destination).
 */
export function mlLogGroups(index: StackIndex): Hosted[] {
    const out = new Map<StackResource, Set<StackResource>>();
    for (const g of index.ofType(LOG_GROUP)) {
        for (const f of ["name", "namePrefix"]) {
            const v = g.get(f);
            if (v.state === "known" && typeof v.value === "string" && ML_LOG_NAME.test(v.value) && !out.has(g)) out.set(g, new Set());
        }
    }
    const add = (g: StackResource, hosts: StackResource[]) => {
        let users = out.get(g);
        if (!users) out.set(g, (users = new Set()));
        for (const m of hosts) users.add(m);
    };
    const ml = mlResources(index);
    for (const m of ml) for (const g of referencedOfType(index, m, LOG_GROUP_TYPES)) add(g, [m]);
    deliveredLogGroups(index, new Set(ml), add);
    return [...out].map(([resource, hosts]) => ({ resource, hosts: [...hosts] }));
}

/** Why a log group is an ML log group, for messages: the resources that write to it, or its name. */
export function logGroupRole(g: Hosted): string {
    return g.hosts.length > 0
        ? `receives logs from ${hostsText(g.hosts)}`
        : "is named for SageMaker or Bedrock logs (`/aws/sagemaker…`, `/aws/bedrock…`)";
}
