// The CloudWatch log groups of a stack that receive SageMaker or Bedrock logs (not a policy).

import { Hosted, hostsText, mlResources, referencedOfType } from "../core/network";
import type { StackResource } from "../core/policy";
import type { StackIndex } from "../core/stack";

export const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
const LOG_GROUP_TYPES: ReadonlySet<string> = new Set([LOG_GROUP]);

/** Log group names under which SageMaker and Bedrock (incl. AgentCore) write their logs. */
const ML_LOG_NAME = /^\/aws\/(sagemaker|bedrock)/i;

/**
 * Log groups named like SageMaker/Bedrock log groups (`/aws/sagemaker/...`, `/aws/bedrock...`, by
 * known `name` or `namePrefix`), and log groups that SageMaker/Bedrock resources refer to (e.g. a
 * Bedrock invocation logging configuration's `loggingConfig.cloudwatchConfig.logGroupName`).
 */
export function mlLogGroups(index: StackIndex): Hosted[] {
    const out = new Map<StackResource, StackResource[]>();
    for (const g of index.ofType(LOG_GROUP)) {
        for (const f of ["name", "namePrefix"]) {
            const v = g.get(f);
            if (v.state === "known" && typeof v.value === "string" && ML_LOG_NAME.test(v.value) && !out.has(g)) out.set(g, []);
        }
    }
    for (const m of mlResources(index)) {
        for (const g of referencedOfType(index, m, LOG_GROUP_TYPES)) {
            const users = out.get(g);
            if (users) users.push(m);
            else out.set(g, [m]);
        }
    }
    return [...out].map(([resource, hosts]) => ({ resource, hosts }));
}

/** Why a log group is an ML log group, for messages: the resources that write to it, or its name. */
export function logGroupRole(g: Hosted): string {
    return g.hosts.length > 0
        ? `receives logs from ${hostsText(g.hosts)}`
        : "is named for SageMaker or Bedrock logs (`/aws/sagemaker…`, `/aws/bedrock…`)";
}
