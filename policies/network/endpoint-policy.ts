// The judgement of one VPC endpoint policy document, shared by vpc-ml-endpoint-policy-restricted
// (the stack policy: every endpoint of a VPC that hosts SageMaker or Bedrock, and separate
// `VpcEndpointPolicy` resources) and its single-resource half vpc-ml-service-endpoint-policy-restricted
// (an endpoint whose own `serviceName` is a SageMaker or Bedrock service). One copy, so a finding
// reads the same from either.

import {
    coversAllActionsOf,
    coversEveryPrincipal,
    coversResourcePrefix,
    hasAnyCondition,
    hasWildcardAction,
    isWildcardResource,
    parsePolicyDocument,
    triAnd,
    triOr,
} from "../core/iam";
import { endpointService, mlEndpointService } from "../core/network";
import type { Value } from "../core/values";

const PARTITIONS = ["aws", "aws-cn", "aws-us-gov"];

/** An endpoint's known `serviceName`, or undefined (absent, unknown, not a string). */
export function knownServiceName(v: Value): string | undefined {
    return v.state === "known" && typeof v.value === "string" ? v.value : undefined;
}

/**
 * The IAM service prefix of an endpoint's service (`sagemaker.runtime` → sagemaker,
 * `bedrock-agent-runtime` → bedrock, `bedrock-agentcore` → bedrock-agentcore, `ecr.api` → ecr).
 */
export function endpointIamService(serviceName: string | undefined): string | undefined {
    if (serviceName === undefined) return undefined;
    return mlEndpointService(serviceName) ?? endpointService(serviceName)?.split(".")[0];
}

export type EndpointPolicyVerdict = "open" | "restricted" | "unknown" | "invalid";

/**
 * "open": a statement allows every principal every action of the endpoint's service on every
 * resource, without a condition (judged through the IAM analyser: `*` and `s3:*`, NotAction and
 * NotResource as AWS evaluates them); an absent policy is the AWS default, full access. "invalid":
 * not a policy document.
 */
export function judgeEndpointPolicy(v: Value, service: string | undefined): EndpointPolicyVerdict {
    if (v.state === "unknown") return "unknown";
    if (v.state === "absent") return "open";
    const doc = parsePolicyDocument(v.value);
    if (doc.kind === "unknown") return "unknown";
    if (doc.kind !== "ok") return "invalid";
    let unknown = false;
    for (const st of doc.statements) {
        if (st.effect === "Deny" || hasAnyCondition(st)) continue;
        const actions = service ? coversAllActionsOf(st, service) : hasWildcardAction(st);
        const resources =
            isWildcardResource(st) || (service ? triOr(...PARTITIONS.map((p) => coversResourcePrefix(st, `arn:${p}:${service}:`))) : false);
        const t = triAnd(st.effect === "unknown" ? "unknown" : true, coversEveryPrincipal(st), actions, resources);
        if (t === true) return "open";
        if (t === "unknown") unknown = true;
    }
    return unknown ? "unknown" : "restricted";
}
