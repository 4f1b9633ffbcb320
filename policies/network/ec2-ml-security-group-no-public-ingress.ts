import { groupByReference, hostsText, isOpenCidr, mlNetwork, NET } from "../core/network";
import type { StackResource } from "../core/policy";
import { nameOf } from "../core/stack";
import { stackPolicy } from "../core/policy";
import { list, read } from "../core/values";
import { OPEN_INGRESS } from "./controls";

const SG_TYPES: ReadonlySet<string> = new Set([NET.securityGroup]);

const openProblem = (hosts: readonly StackResource[]) =>
    `from 0.0.0.0/0 or ::/0: anyone on the internet can reach ${hostsText(hosts)} behind this security group.`;

export const ec2MlSecurityGroupNoPublicIngress = stackPolicy({
    name: "ec2-ml-security-group-no-public-ingress",
    description:
        "Security groups of SageMaker and Bedrock resources must not allow ingress from 0.0.0.0/0 or ::/0, in inline rules or separate rule resources.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "network",
    controls: OPEN_INGRESS,
    fix: "allow ingress only from your VPC's CIDR or from other security groups (`referencedSecurityGroupId` / `sourceSecurityGroupId`), never 0.0.0.0/0 or ::/0",
    remediationSteps: [
        "1. Replace the open CIDR with the VPC CIDR or a source security group.",
        "```typescript",
        'new aws.vpc.SecurityGroupIngressRule("nb-https", {',
        "    securityGroupId: notebookSg.id,",
        '    ipProtocol: "tcp", fromPort: 443, toPort: 443,',
        "    referencedSecurityGroupId: clientSg.id,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.vpc.SecurityGroupIngressRule("in", { securityGroupId: sg.id, ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0" });',
        after: 'new aws.vpc.SecurityGroupIngressRule("in", { securityGroupId: sg.id, ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: vpc.cidrBlock });',
    },
    stackCheck(stack, report) {
        const groups = mlNetwork(stack.index).securityGroups;
        if (groups.size === 0) return stack.notApplicable("no security group in this stack guards SageMaker or Bedrock resources");
        for (const { resource: sg, hosts } of groups.values()) {
            const ingress = sg.list("ingress");
            if (ingress === "unknown") continue;
            for (const rule of ingress) {
                const open = [...asArray(read(rule, "cidrBlocks")), ...asArray(read(rule, "ipv6CidrBlocks"))].some(isOpenCidr);
                if (open) {
                    report(`An inline \`ingress\` rule of this security group allows traffic ${openProblem(hosts)}`, sg.urn);
                    break;
                }
            }
        }
        const rules = groupByReference(
            stack.index,
            stack.index.ofType(NET.securityGroupRule, NET.ingressRule),
            "securityGroupId",
            SG_TYPES,
        );
        for (const [sgUrn, rs] of rules.byTarget) {
            const sg = groups.get(sgUrn);
            if (!sg) continue;
            const on = `for security group ${nameOf(sg.resource)} `;
            for (const r of rs) {
                if (r.type === NET.securityGroupRule) {
                    const type = r.get("type");
                    if (type.state !== "known" || type.value !== "ingress") continue;
                    const cidrs = [...asArray(r.get("cidrBlocks")), ...asArray(r.get("ipv6CidrBlocks"))];
                    if (cidrs.some(isOpenCidr))
                        report(`This security group rule (\`type: "ingress"\`) ${on}allows traffic ${openProblem(sg.hosts)}`, r.urn);
                } else if (isOpenCidr(known(r.get("cidrIpv4"))) || isOpenCidr(known(r.get("cidrIpv6")))) {
                    report(`This ingress rule (\`cidrIpv4\`/\`cidrIpv6\`) ${on}allows traffic ${openProblem(sg.hosts)}`, r.urn);
                }
            }
        }
    },
});

function known(v: ReturnType<typeof read>): unknown {
    return v.state === "known" ? v.value : undefined;
}

/** The known elements of a list value (unknown elements cannot be judged and are skipped). */
function asArray(v: ReturnType<typeof read>): unknown[] {
    if (v.state !== "known") return [];
    const l = list({ v: v.value }, "v");
    return l === "unknown" ? [] : l;
}
