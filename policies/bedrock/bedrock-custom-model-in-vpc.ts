import { resourcePolicy } from "../core/policy";
import { privateNetworkControls } from "./controls";

export const bedrockCustomModelInVpc = resourcePolicy({
    name: "bedrock-custom-model-in-vpc",
    description: "Bedrock model customization (fine-tuning) jobs must run with a VPC configuration.",
    severity: "medium",
    enforcementLevel: "mandatory",
    practice: "network",
    resources: { "aws:bedrock/customModel:CustomModel": {} },
    // No peer checks this input (check catalog section 5: `bedrock/customModel.vpcConfig` - no tool).
    controls: privateNetworkControls("a customization job that reads PHI training data"),
    fix: "set `vpcConfig: { subnetIds: [...], securityGroupIds: [...] }` with private subnets and an S3 gateway endpoint",
    remediationSteps: [
        "1. Give the customization job private subnets and a security group; add an S3 VPC endpoint so it reads the training data through your VPC.",
        "2. Restrict the training-data bucket policy to that endpoint (`aws:sourceVpce`).",
        "```typescript",
        'new aws.bedrock.CustomModel("model", {',
        "    // ...",
        "    vpcConfig: { subnetIds: privateSubnets.map((s) => s.id), securityGroupIds: [jobSg.id] },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.bedrock.CustomModel("model", {\n    customModelName: "triage-notes",\n    customModelKmsKeyId: key.arn,\n});',
        after: 'new aws.bedrock.CustomModel("model", {\n    customModelName: "triage-notes",\n    customModelKmsKeyId: key.arn,\n    vpcConfig: { subnetIds: privateSubnets.map((s) => s.id), securityGroupIds: [jobSg.id] },\n});',
    },
    check(r, report) {
        const vpc = r.get("vpcConfig");
        if (vpc.state === "unknown") return;
        if (vpc.state === "absent") {
            report(
                "`vpcConfig` is not set: the customization job reads the training data (PHI) and writes its output outside your VPC, where your endpoint policies and flow logs do not apply.",
            );
            return;
        }
        const subnets = r.list("vpcConfig.subnetIds");
        const groups = r.list("vpcConfig.securityGroupIds");
        if (subnets !== "unknown" && subnets.length === 0) {
            report("`vpcConfig.subnetIds` is empty: the customization job has no subnet of your VPC to run in.");
        } else if (groups !== "unknown" && groups.length === 0) {
            report("`vpcConfig.securityGroupIds` is empty: the job's network interfaces are not limited by a security group you chose.");
        }
    },
});
