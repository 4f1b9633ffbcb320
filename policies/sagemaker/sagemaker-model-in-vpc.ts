import { awsConfig, own, prowler } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { T, vpcConfigProblem } from "./common";

export const sagemakerModelInVpc = resourcePolicy({
    name: "sagemaker-model-in-vpc",
    description: "SageMaker models must run in your VPC (`vpcConfig` with subnets and security groups).",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "network",
    resources: { [T.model]: {}, [T.nativeModel]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(e)(1)"],
            source: own(
                "Transmission security: inference traffic (PHI) and model data loads stay inside your VPC, through its endpoints and security groups.",
            ),
        },
        "nist-800-53": { ids: ["SC-7", "AC-4"], source: awsConfig("sagemaker-model-in-vpc; boundary protection (own mapping)") },
        iso27001: {
            ids: ["A.8.20", "A.8.21", "A.8.22"],
            source: prowler("iso27001_2022_aws.json: sagemaker_models_vpc_settings_configured"),
        },
    },
    fix: "set `vpcConfig: { subnets: [...], securityGroupIds: [...] }` to private subnets and a restrictive security group",
    remediationSteps: [
        "1. Choose private subnets and a security group for the model's containers.",
        "2. Set `vpcConfig` on the model.",
        "```typescript",
        'new aws.sagemaker.Model("model", {',
        "    // ...",
        "    vpcConfig: { subnets: privateSubnets.map((s) => s.id), securityGroupIds: [modelSg.id] },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.Model("model", {\n    executionRoleArn: role.arn,\n    primaryContainer: { image, modelDataUrl },\n});',
        after: 'new aws.sagemaker.Model("model", {\n    executionRoleArn: role.arn,\n    primaryContainer: { image, modelDataUrl },\n    vpcConfig: { subnets: [subnet.id], securityGroupIds: [sg.id] },\n});',
    },
    check(r, report) {
        const problem = vpcConfigProblem(r.get, r.list, "vpcConfig");
        if (problem) report(problem);
    },
});
