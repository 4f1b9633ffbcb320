import { resourcePolicy } from "../core/policy";
import { privateNetworkControls } from "./controls";

export const bedrockBatchInferenceInVpc = resourcePolicy({
    name: "bedrock-batch-inference-in-vpc",
    description: "Bedrock batch inference jobs should run with a VPC configuration, so they read and write their S3 data through your VPC.",
    severity: "medium",
    // Advisory: Bedrock accepts a batch job without a VPC (its data then moves over AWS's network, not
    // the internet); running it in a VPC is the documented protection, not a requirement.
    enforcementLevel: "advisory",
    practice: "network",
    resources: { "aws:bedrockmodel/invocationJob:InvocationJob": {} },
    // @pulumi/aws-native 1.79 has no model invocation job type. Peer: AWS's batch-inference VPC guide
    // (no scanner checks this input; the check catalog's Prowler bedrock checks do not include it).
    controls: privateNetworkControls("a batch job that reads prompts (PHI) from S3 and writes model outputs"),
    fix: "set `vpcConfig: { subnetIds: [...], securityGroupIds: [...] }` with private subnets that have an S3 gateway endpoint",
    remediationSteps: [
        "1. Give the batch job private subnets and a security group, and an S3 gateway endpoint in that VPC so it reaches its input and output buckets privately.",
        "2. Restrict the buckets' policies to that endpoint (`aws:SourceVpce`).",
        "```typescript",
        'new aws.bedrockmodel.InvocationJob("notes", {',
        "    // ...",
        "    vpcConfig: { subnetIds: privateSubnets.map((s) => s.id), securityGroupIds: [jobSg.id] },",
        "});",
        "```",
    ].join("\n"),
    check(r, report) {
        const vpc = r.get("vpcConfig");
        if (vpc.state === "unknown") return;
        if (vpc.state === "absent") {
            report(
                "`vpcConfig` is not set: the batch job reads its prompts (PHI) and writes its outputs outside your VPC, where your endpoint policies, bucket `aws:SourceVpce` conditions and flow logs do not apply.",
            );
            return;
        }
        const subnets = r.list("vpcConfig.subnetIds");
        const groups = r.list("vpcConfig.securityGroupIds");
        if (subnets !== "unknown" && subnets.length === 0) {
            report("`vpcConfig.subnetIds` is empty: the batch job has no subnet of your VPC to run in.");
        } else if (groups !== "unknown" && groups.length === 0) {
            report("`vpcConfig.securityGroupIds` is empty: the job's network interfaces are not limited by a security group you chose.");
        }
    },
});
