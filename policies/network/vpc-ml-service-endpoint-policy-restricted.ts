import { mlEndpointService, MlEndpointService, NET } from "../core/network";
import { resourcePolicy, sharedWithStackPolicy } from "../core/policy";
import { judgeEndpointPolicy, knownServiceName } from "./endpoint-policy";
import { vpcMlEndpointPolicyRestricted } from "./vpc-ml-endpoint-policy-restricted";

// The single-resource half of vpc-ml-endpoint-policy-restricted: the endpoint policy of a VPC endpoint
// whose own `serviceName` is a SageMaker or Bedrock service (core/network.ts `mlEndpointService`), read
// alone. A resource policy, so it also runs in an account audit (which runs no stack policy). One
// finding per fact (docs/authoring-policies.md): such an endpoint's own `policy`, when set, is judged
// here; the stack policy keeps what needs the stack: the other endpoints of an ML VPC, an endpoint
// without a `policy` (a separate `aws.ec2.VpcEndpointPolicy` may set it), and those resources.
//
// An absent `policy` in a program is not judged here (not applicable): only the stack shows whether a
// `VpcEndpointPolicy` sets it. In an account audit (and in a stack's state) the endpoint's `policy` is
// the document AWS returns, the default full-access one when none was set, so it is judged there.

const PRODUCT: Record<MlEndpointService, string> = { sagemaker: "SageMaker", bedrock: "Bedrock", "bedrock-agentcore": "Bedrock AgentCore" };
const STACK = vpcMlEndpointPolicyRestricted.name;

export const vpcMlServiceEndpointPolicyRestricted = resourcePolicy({
    name: "vpc-ml-service-endpoint-policy-restricted",
    description: `VPC endpoints for SageMaker or Bedrock services should have an endpoint policy that is not wide open: the single-resource half of ${STACK}, which also runs in account audits.`,
    ...sharedWithStackPolicy(vpcMlEndpointPolicyRestricted),
    example: {
        before: 'new aws.ec2.VpcEndpoint("sagemaker-runtime", {\n    vpcId: vpc.id,\n    serviceName: "com.amazonaws.us-east-1.sagemaker.runtime",\n    vpcEndpointType: "Interface",\n    policy: allowEverything,\n});',
        after: 'new aws.ec2.VpcEndpoint("sagemaker-runtime", {\n    vpcId: vpc.id,\n    serviceName: "com.amazonaws.us-east-1.sagemaker.runtime",\n    vpcEndpointType: "Interface",\n    policy: invokeOurEndpointsFromOurOrganisation,\n});',
    },
    resources: { [NET.vpcEndpoint]: {} },
    check(r, report) {
        const type = r.get("vpcEndpointType", "Gateway");
        if (type.state === "known" && type.value === "GatewayLoadBalancer")
            return r.notApplicable("a Gateway Load Balancer endpoint takes no endpoint policy");
        const name = r.get("serviceName");
        if (name.state === "unknown")
            return r.notApplicable(`its \`serviceName\` is unknown until apply (judged then; ${STACK} judges it at preview)`);
        const service = mlEndpointService(knownServiceName(name) ?? "");
        if (service === undefined)
            return r.notApplicable(
                `not an endpoint for a SageMaker or Bedrock service: ${STACK} judges it when its VPC hosts SageMaker or Bedrock resources`,
            );
        const policy = r.get("policy");
        if (policy.state === "absent")
            return r.notApplicable(`no inline \`policy\`: ${STACK} judges it with any VpcEndpointPolicy of the stack`);
        const j = judgeEndpointPolicy(policy, service);
        if (j === "unknown") return r.notApplicable("its `policy` is unknown until apply (judged then)");
        if (j === "restricted") return;
        const product = PRODUCT[service];
        report(
            j === "open"
                ? `This ${product} VPC endpoint's \`policy\` allows every principal every action on every resource without a condition, so workloads in its VPC can reach any account's resources through it.`
                : `This ${product} VPC endpoint's \`policy\` is not a valid policy document.`,
        );
    },
});
