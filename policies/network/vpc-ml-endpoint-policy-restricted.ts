import { groupByReference, hostsText, mlEndpointService, mlNetwork, NET } from "../core/network";
import type { StackResource } from "../core/policy";
import { stackPolicy } from "../core/policy";
import { nameOf } from "../core/stack";
import { ENDPOINT_POLICY } from "./controls";
import { endpointIamService, judgeEndpointPolicy, knownServiceName } from "./endpoint-policy";

const VPC_TYPES: ReadonlySet<string> = new Set([NET.vpc]);
const ENDPOINT_TYPES: ReadonlySet<string> = new Set([NET.vpcEndpoint]);

// One finding per fact (docs/authoring-policies.md): the `policy` an endpoint for a SageMaker or
// Bedrock service sets itself is judged by vpc-ml-service-endpoint-policy-restricted (a resource
// policy, so also in account audits). This policy keeps what needs the stack: the other endpoints of
// a VPC that hosts SageMaker or Bedrock, every endpoint without a `policy` (a separate
// `VpcEndpointPolicy` may set it), and those `VpcEndpointPolicy` resources.

export const vpcMlEndpointPolicyRestricted = stackPolicy({
    name: "vpc-ml-endpoint-policy-restricted",
    description: "VPC endpoints in VPCs that host SageMaker or Bedrock resources should have an endpoint policy that is not wide open.",
    severity: "low",
    enforcementLevel: "advisory",
    practice: "network",
    controls: ENDPOINT_POLICY,
    // An endpoint for a SageMaker or Bedrock service that sets its own `policy`: that document's verdict.
    resourceHalf: "vpc-ml-service-endpoint-policy-restricted",
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
                const serviceName = knownServiceName(ep.get("serviceName"));
                const service = endpointIamService(serviceName);
                const separate: StackResource[] = policies.byTarget.get(ep.urn) ?? [];
                const inline = ep.get("policy");
                // The resource half's: an ML service endpoint's own document. In a stack's state (a stack
                // audit) that is the document AWS returned, the one a VpcEndpointPolicy set: judged once, there.
                const halfJudges = inline.state === "known" && serviceName !== undefined && mlEndpointService(serviceName) !== undefined;
                if (separate.length > 0 && !halfJudges) {
                    // The configuration resource exists: it carries the finding and names its endpoint.
                    for (const p of separate) {
                        const j = judgeEndpointPolicy(p.get("policy"), service);
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
                if (halfJudges || policies.floating.length > 0) continue; // a policy whose endpoint is unknown may be this one's
                const j = judgeEndpointPolicy(inline, service);
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
