import { groupByReference, mlNetwork, NET } from "../core/network";
import type { StackResource } from "../core/policy";
import { stackPolicy } from "../core/policy";
import { parsePolicy } from "../core/s3";
import { isUnknown, rawChild, Value } from "../core/values";
import { ENDPOINT_POLICY } from "./controls";

const VPC_TYPES: ReadonlySet<string> = new Set([NET.vpc]);
const ENDPOINT_TYPES: ReadonlySet<string> = new Set([NET.vpcEndpoint]);

const asList = (n: unknown): unknown[] => (Array.isArray(n) ? n.map((_, i) => rawChild(n, i)) : n === undefined || n === null ? [] : [n]);
const isStar = (n: unknown): boolean => asList(n).some((x) => x === "*");

/** "open": a statement allows every principal every action on every resource, without condition. */
function judgePolicy(v: Value): "open" | "restricted" | "unknown" {
    const doc = parsePolicy(v);
    if (doc === "unknown") return "unknown";
    if (!doc) return "open";
    const statements = rawChild(doc, "Statement");
    if (isUnknown(statements)) return "unknown";
    for (const s of asList(statements)) {
        const [effect, principal, action, resource, condition] = ["Effect", "Principal", "Action", "Resource", "Condition"].map((k) =>
            rawChild(s, k),
        );
        if (effect !== "Allow" || condition !== undefined) continue;
        const everyone = principal === "*" || isStar(rawChild(principal, "AWS"));
        if (everyone && isStar(action) && isStar(resource)) return "open";
    }
    return "restricted";
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
        if (net.vpcs.size === 0) return;
        const byVpc = groupByReference(stack.index, stack.index.ofType(NET.vpcEndpoint), "vpcId", VPC_TYPES).byTarget;
        const policies = groupByReference(stack.index, stack.index.ofType(NET.vpcEndpointPolicy), "vpcEndpointId", ENDPOINT_TYPES);
        for (const vpcUrn of net.vpcs.keys()) {
            for (const ep of byVpc.get(vpcUrn) ?? []) {
                const type = ep.get("vpcEndpointType", "Gateway");
                if (type.state === "known" && type.value === "GatewayLoadBalancer") continue;
                const separate: StackResource[] = policies.byTarget.get(ep.urn) ?? [];
                if (policies.floating.length > 0 && separate.length === 0) continue; // may be this endpoint's
                const judged = separate.length > 0 ? separate.map((p) => judgePolicy(p.get("policy"))) : [judgePolicy(ep.get("policy"))];
                if (judged.includes("unknown") || judged.includes("restricted")) continue;
                const inline = ep.get("policy");
                report(
                    separate.length === 0 && inline.state === "absent"
                        ? "This endpoint has no `policy` (AWS default: full access for every principal, action and resource), so the ML VPC can reach any account's resources through it."
                        : "This endpoint's policy allows every principal every action on every resource without a condition, so the ML VPC can reach any account's resources through it.",
                    ep.urn,
                );
            }
        }
    },
});
