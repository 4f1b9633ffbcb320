import { endpointService, groupByReference, hostsText, mlNetwork, NET } from "../core/network";
import type { StackResource } from "../core/policy";
import { stackPolicy } from "../core/policy";
import { nameOf } from "../core/stack";
import { ENDPOINTS } from "./controls";

/** The services an ML VPC reaches privately: [service suffix of `serviceName`, interface endpoint?]. */
const REQUIRED: readonly [string, "Interface" | "Gateway"][] = [
    ["sagemaker.api", "Interface"],
    ["sagemaker.runtime", "Interface"],
    ["sts", "Interface"],
    ["logs", "Interface"],
    ["kms", "Interface"],
    ["ecr.api", "Interface"],
    ["ecr.dkr", "Interface"],
    ["s3", "Gateway"],
];
const BEDROCK: readonly [string, "Interface"][] = [["bedrock-runtime", "Interface"]];

/**
 * The other Bedrock and AgentCore data-plane services a stack's resources are called through, by type
 * prefix: agents, knowledge bases and flows through bedrock-agent-runtime (InvokeAgent, Retrieve,
 * InvokeFlow); AgentCore runtimes, tools, memory and identity through bedrock-agentcore; gateways through
 * bedrock-agentcore.gateway (AWS PrivateLink service names). Control-plane endpoints (bedrock,
 * bedrock-agent, bedrock-agentcore-control) serve the deployment, not the workloads: not required.
 */
const USED_THROUGH: readonly [service: string, types: RegExp][] = [
    ["bedrock-agent-runtime", /^(aws:bedrock\/(agentAgent|agentKnowledgeBase):|aws-native:bedrock:(Agent|KnowledgeBase|Flow)$)/],
    [
        "bedrock-agentcore",
        /^(aws:bedrock\/agentcore(AgentRuntime|Memory|CodeInterpreter|Browser|WorkloadIdentity|ApiKeyCredentialProvider|Oauth2CredentialProvider):|aws-native:bedrockagentcore:(Runtime|Memory|CodeInterpreterCustom|BrowserCustom|WorkloadIdentity|ApiKeyCredentialProvider|OAuth2CredentialProvider)$)/,
    ],
    ["bedrock-agentcore.gateway", /^(aws:bedrock\/agentcoreGateway:|aws-native:bedrockagentcore:Gateway$)/],
];

/** The Bedrock and AgentCore data-plane endpoints the stack's resources are used through. */
function bedrockServices(resources: readonly StackResource[]): [string, "Interface"][] {
    const out: [string, "Interface"][] = [...BEDROCK];
    for (const [svc, re] of USED_THROUGH) if (resources.some((r) => re.test(r.type))) out.push([svc, "Interface"]);
    return out;
}
const VPC_TYPES: ReadonlySet<string> = new Set([NET.vpc]);

/** What an endpoint offers: its service (undefined = unknown, may be any) and whether it is usable. */
function judge(ep: StackResource): { ep: StackResource; service?: string; interfaceOk: boolean | "unknown"; gateway: boolean | "unknown" } {
    const name = ep.get("serviceName");
    const service = name.state === "known" && typeof name.value === "string" ? (endpointService(name.value) ?? "?") : undefined;
    const type = ep.get("vpcEndpointType", "Gateway");
    const dns = ep.get("privateDnsEnabled", false);
    // Absent cannot happen with a default; a known non-string type is not a usable endpoint.
    const typeValue = type.state === "known" ? type.value : undefined;
    const isInterface = type.state === "unknown" ? "unknown" : typeValue === "Interface";
    const interfaceOk =
        isInterface === false
            ? false
            : dns.state === "unknown" || isInterface === "unknown"
              ? "unknown"
              : dns.state === "known" && dns.value === true;
    const gateway = type.state === "unknown" ? "unknown" : typeValue === "Gateway";
    return { ep, service, interfaceOk, gateway };
}

export const vpcMlInterfaceEndpoints = stackPolicy({
    name: "vpc-ml-interface-endpoints",
    description:
        "VPCs that host SageMaker or Bedrock resources must have interface endpoints with private DNS for the SageMaker API and runtime, STS, CloudWatch Logs, KMS and ECR (and the Bedrock runtime, agent runtime, AgentCore and AgentCore gateway endpoints that the stack's Bedrock resources are used through), and an S3 gateway endpoint.",
    severity: "medium",
    enforcementLevel: "mandatory",
    practice: "network",
    controls: ENDPOINTS,
    fix: 'add `aws.ec2.VpcEndpoint` resources for the missing services in this VPC (`vpcEndpointType: "Interface"`, `privateDnsEnabled: true`; S3 as a Gateway endpoint)',
    remediationSteps: [
        "1. For each missing service, add an interface endpoint in the VPC's private subnets with private DNS, so the SDK's default hostnames resolve to it.",
        "2. Add an S3 gateway endpoint on the private route tables.",
        "```typescript",
        'for (const svc of ["sagemaker.api", "sagemaker.runtime", "sts", "logs", "kms", "ecr.api", "ecr.dkr"]) {',
        "    new aws.ec2.VpcEndpoint(`ep-${svc}`, {",
        "        vpcId: vpc.id,",
        "        serviceName: pulumi.interpolate`com.amazonaws.${region}.${svc}`,",
        '        vpcEndpointType: "Interface",',
        "        privateDnsEnabled: true,",
        "        subnetIds: privateSubnets.map((s) => s.id),",
        "        securityGroupIds: [endpointSg.id],",
        "    });",
        "}",
        'new aws.ec2.VpcEndpoint("s3", { vpcId: vpc.id, serviceName: pulumi.interpolate`com.amazonaws.${region}.s3`, routeTableIds: [privateRt.id] });',
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.ec2.VpcEndpoint("sm-api", { vpcId: vpc.id, serviceName: "com.amazonaws.us-east-1.sagemaker.api" });',
        after: 'new aws.ec2.VpcEndpoint("sm-api", {\n    vpcId: vpc.id,\n    serviceName: "com.amazonaws.us-east-1.sagemaker.api",\n    vpcEndpointType: "Interface",\n    privateDnsEnabled: true,\n});',
    },
    stackCheck(stack, report) {
        const net = mlNetwork(stack.index);
        if (net.vpcs.size === 0) return stack.notApplicable("no VPC in this stack hosts SageMaker or Bedrock resources");
        const required = net.bedrockUsed ? [...REQUIRED, ...bedrockServices(stack.resources)] : REQUIRED;
        const g = groupByReference(stack.index, stack.index.ofType(NET.vpcEndpoint), "vpcId", VPC_TYPES);
        const floating = g.floating.map(judge);
        for (const { resource: vpc, hosts } of net.vpcs.values()) {
            const eps = [...(g.byTarget.get(vpc.urn) ?? []).map(judge), ...floating];
            const missing: string[] = [];
            const noDns = new Map<StackResource, string>();
            for (const [svc, kind] of required) {
                // An endpoint whose service name is unknown (e.g. an interpolated region) may be this one.
                const candidates = eps.filter((e) => e.service === undefined || e.service === svc);
                const ok = candidates.some((e) =>
                    kind === "Gateway" ? e.gateway !== false || e.interfaceOk !== false : e.interfaceOk !== false,
                );
                if (ok) continue;
                const named = candidates.filter((e) => e.service === svc);
                if (named.length === 0) missing.push(svc);
                else for (const e of named) noDns.set(e.ep, svc); // the endpoint exists: its inputs must change
            }
            if (missing.length > 0) {
                report(
                    `This VPC hosts ${hostsText(hosts)} but has no VPC endpoint for ${missing.join(", ")}: their API calls (which may carry PHI) leave the VPC through a NAT or internet gateway, or fail.`,
                    vpc.urn,
                );
            }
            for (const [ep, svc] of noDns) {
                report(
                    `This VPC endpoint for ${svc} in VPC ${nameOf(vpc)} (which hosts ${hostsText(hosts)}) is not an Interface endpoint with \`privateDnsEnabled: true\` (AWS defaults: Gateway type, private DNS off), so the SDK's default hostnames do not resolve to it and calls bypass it.`,
                    ep.urn,
                    'set `vpcEndpointType: "Interface"` and `privateDnsEnabled: true` on this endpoint',
                );
            }
        }
    },
});
