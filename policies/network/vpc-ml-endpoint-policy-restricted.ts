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
import { endpointService, groupByReference, hostsText, mlNetwork, NET } from "../core/network";
import type { StackResource } from "../core/policy";
import { stackPolicy } from "../core/policy";
import { nameOf } from "../core/stack";
import type { Value } from "../core/values";
import { ENDPOINT_POLICY } from "./controls";

const VPC_TYPES: ReadonlySet<string> = new Set([NET.vpc]);
const ENDPOINT_TYPES: ReadonlySet<string> = new Set([NET.vpcEndpoint]);
const PARTITIONS = ["aws", "aws-cn", "aws-us-gov"];

/** The IAM service prefix of an endpoint's service (`sagemaker.runtime` → sagemaker, `bedrock-agent-runtime` → bedrock). */
function iamService(ep: StackResource): string | undefined {
    const name = ep.get("serviceName");
    const svc = name.state === "known" && typeof name.value === "string" ? endpointService(name.value) : undefined;
    return svc?.split(".")[0].replace(/^bedrock-.*$/, "bedrock");
}

/**
 * "open": a statement allows every principal every action of the endpoint's service on every
 * resource, without a condition (judged through the IAM analyser: `*` and `s3:*`, NotAction and
 * NotResource as AWS evaluates them). "invalid": not a policy document.
 */
function judgePolicy(v: Value, service: string | undefined): "open" | "restricted" | "unknown" | "invalid" {
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

export const vpcMlEndpointPolicyRestricted = stackPolicy({
    name: "vpc-ml-endpoint-policy-restricted",
    description: "VPC endpoints in VPCs that host SageMaker or Bedrock resources should have an endpoint policy that is not wide open.",
    severity: "low",
    enforcementLevel: "advisory",
    practice: "network",
    controls: ENDPOINT_POLICY,
    fix: "set the endpoint's `policy` (or an `aws.ec2.VpcEndpointPolicy`) to allow only your principals, actions and resources (e.g. `aws:PrincipalOrgID`, your buckets)",
    remediationSteps: [
        "1. Write an endpoint policy that allows only the actions the workload needs, on your own resources, for principals of your organisation.",
        "2. Set it as the endpoint's `policy` (or with an `aws.ec2.VpcEndpointPolicy` resource).",
        "```typescript",
        'new aws.ec2.VpcEndpoint("s3", {',
        "    vpcId: vpc.id,",
        "    serviceName: pulumi.interpolate`com.amazonaws.${region}.s3`,",
        "    policy: JSON.stringify({",
        '        Version: "2012-10-17",',
        '        Statement: [{ Effect: "Allow", Principal: "*", Action: "s3:*", Resource: ["arn:aws:s3:::ml-data-*"],',
        '            Condition: { StringEquals: { "aws:PrincipalOrgID": "o-exampleorgid" } } }],',
        "    }),",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.ec2.VpcEndpoint("s3", { vpcId: vpc.id, serviceName: "com.amazonaws.us-east-1.s3" });',
        after: 'new aws.ec2.VpcEndpoint("s3", {\n    vpcId: vpc.id,\n    serviceName: "com.amazonaws.us-east-1.s3",\n    policy: restrictedS3EndpointPolicyJson,\n});',
    },
    stackCheck(stack, report) {
        const net = mlNetwork(stack.index);
        if (net.vpcs.size === 0) return stack.notApplicable("no VPC in this stack hosts SageMaker or Bedrock resources");
        const byVpc = groupByReference(stack.index, stack.index.ofType(NET.vpcEndpoint), "vpcId", VPC_TYPES).byTarget;
        const policies = groupByReference(stack.index, stack.index.ofType(NET.vpcEndpointPolicy), "vpcEndpointId", ENDPOINT_TYPES);
        const OPEN = "so the ML VPC can reach any account's resources through it";
        for (const [vpcUrn, hosted] of net.vpcs) {
            const inVpc = `in VPC ${nameOf(hosted.resource)} (which hosts ${hostsText(hosted.hosts)})`;
            for (const ep of byVpc.get(vpcUrn) ?? []) {
                const type = ep.get("vpcEndpointType", "Gateway");
                if (type.state === "known" && type.value === "GatewayLoadBalancer") continue;
                const service = iamService(ep);
                const separate: StackResource[] = policies.byTarget.get(ep.urn) ?? [];
                if (separate.length > 0) {
                    // The configuration resource exists: it carries the finding and names its endpoint.
                    for (const p of separate) {
                        const j = judgePolicy(p.get("policy"), service);
                        if (j === "open" || j === "invalid")
                            report(
                                j === "open"
                                    ? `This endpoint policy for endpoint ${nameOf(ep)} ${inVpc} allows every principal every action on every resource without a condition, ${OPEN}.`
                                    : `This endpoint policy for endpoint ${nameOf(ep)} ${inVpc} is not a valid policy document.`,
                                p.urn,
                            );
                    }
                    continue;
                }
                if (policies.floating.length > 0) continue; // a policy whose endpoint is unknown may be this one's
                const inline = ep.get("policy");
                const j = judgePolicy(inline, service);
                if (j === "unknown" || j === "restricted") continue;
                report(
                    inline.state === "absent"
                        ? `This endpoint ${inVpc} has no \`policy\` (AWS default: full access for every principal, action and resource), ${OPEN}.`
                        : j === "open"
                          ? `This endpoint's \`policy\` ${inVpc} allows every principal every action on every resource without a condition, ${OPEN}.`
                          : `This endpoint's \`policy\` ${inVpc} is not a valid policy document.`,
                    ep.urn,
                );
            }
        }
    },
});
