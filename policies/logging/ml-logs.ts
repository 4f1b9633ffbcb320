// The CloudWatch log groups of a stack that receive SageMaker or Bedrock logs (not a policy).

import { mlResources, referencedOfType } from "../core/network";
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
export function mlLogGroups(index: StackIndex): StackResource[] {
    const out = new Set<StackResource>();
    for (const g of index.ofType(LOG_GROUP)) {
        for (const f of ["name", "namePrefix"]) {
            const v = g.get(f);
            if (v.state === "known" && typeof v.value === "string" && ML_LOG_NAME.test(v.value)) out.add(g);
        }
    }
    for (const m of mlResources(index)) for (const g of referencedOfType(index, m, LOG_GROUP_TYPES)) out.add(g);
    return [...out];
}
