import { hostsText, mlNetwork } from "../core/network";
import { stackPolicy } from "../core/policy";
import { describe } from "../core/values";
import { NO_PUBLIC_IP } from "./controls";

export const ec2MlSubnetNoPublicIp = stackPolicy({
    name: "ec2-ml-subnet-no-public-ip",
    description: "Subnets that host SageMaker or Bedrock resources must not assign public IP addresses on launch.",
    severity: "medium",
    enforcementLevel: "mandatory",
    practice: "network",
    controls: NO_PUBLIC_IP,
    fix: "set `mapPublicIpOnLaunch: false` (the AWS default) on the subnet and reach the internet, if at all, through a NAT gateway",
    remediationSteps: [
        "1. Remove `mapPublicIpOnLaunch: true` from the subnet (the default is false); put ML resources in private subnets.",
        "```typescript",
        'new aws.ec2.Subnet("ml-private", {',
        "    vpcId: vpc.id,",
        '    cidrBlock: "10.0.1.0/24",',
        "    mapPublicIpOnLaunch: false,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.ec2.Subnet("ml", { vpcId: vpc.id, cidrBlock: "10.0.1.0/24", mapPublicIpOnLaunch: true });',
        after: 'new aws.ec2.Subnet("ml", { vpcId: vpc.id, cidrBlock: "10.0.1.0/24" });',
    },
    stackCheck(stack, report) {
        const subnets = mlNetwork(stack.index).subnets;
        if (subnets.size === 0) return stack.notApplicable("no subnet in this stack hosts SageMaker or Bedrock resources");
        for (const { resource: subnet, hosts } of subnets.values()) {
            const v = subnet.get("mapPublicIpOnLaunch", false);
            // Unknown: judged again at update, with the value known.
            if (v.state !== "known" || (v.value !== true && v.value !== "true")) continue;
            report(
                `\`mapPublicIpOnLaunch\` is ${describe(v, [true, false])}: network interfaces launched in this subnet, which hosts ${hostsText(hosts)}, get a public IP address.`,
                subnet.urn,
            );
        }
    },
});
