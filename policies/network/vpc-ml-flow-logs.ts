import { groupByReference, hostsText, mlNetwork, NET } from "../core/network";
import { stackPolicy } from "../core/policy";
import { FLOW_LOGS } from "./controls";

const VPC_TYPES: ReadonlySet<string> = new Set([NET.vpc]);

export const vpcMlFlowLogs = stackPolicy({
    name: "vpc-ml-flow-logs",
    description: "VPCs that host SageMaker or Bedrock resources must have VPC flow logs.",
    severity: "medium",
    enforcementLevel: "mandatory",
    practice: "detection",
    controls: FLOW_LOGS,
    fix: 'add an `aws.ec2.FlowLog` with `vpcId` set to this VPC (`trafficType: "ALL"`) delivering to an encrypted log group or bucket',
    remediationSteps: [
        "1. Add a flow log for the VPC, to a KMS-encrypted CloudWatch log group (with an IAM role) or an S3 bucket.",
        "```typescript",
        'new aws.ec2.FlowLog("ml-vpc", {',
        "    vpcId: vpc.id,",
        '    trafficType: "ALL",',
        "    logDestination: flowLogGroup.arn,",
        "    iamRoleArn: flowLogRole.arn,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'const vpc = new aws.ec2.Vpc("ml", { cidrBlock: "10.0.0.0/16" });',
        after: 'const vpc = new aws.ec2.Vpc("ml", { cidrBlock: "10.0.0.0/16" });\nnew aws.ec2.FlowLog("ml", { vpcId: vpc.id, trafficType: "ALL", logDestination: flowLogGroup.arn, iamRoleArn: flowLogRole.arn });',
    },
    stackCheck(stack, report) {
        const net = mlNetwork(stack.index);
        if (net.vpcs.size === 0) return stack.notApplicable("no VPC in this stack hosts SageMaker or Bedrock resources");
        const g = groupByReference(stack.index, stack.index.ofType(NET.flowLog), "vpcId", VPC_TYPES);
        if (g.floating.length > 0) return; // a flow log whose VPC is unknown may be on any of them
        for (const [vpcUrn, hosted] of net.vpcs) {
            if ((g.byTarget.get(vpcUrn) ?? []).length > 0) continue;
            report(
                `This VPC hosts ${hostsText(hosted.hosts)} but no \`aws.ec2.FlowLog\` in the stack records its traffic, so connections to and from the ML workload leave no audit trail.`,
                vpcUrn,
            );
        }
    },
});
