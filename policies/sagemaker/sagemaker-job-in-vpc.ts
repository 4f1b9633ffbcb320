import { own, prowler } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { JOB_RESOURCES, jobViews, vpcConfigProblem } from "./common";

export const sagemakerJobInVpc = resourcePolicy({
    name: "sagemaker-job-in-vpc",
    description: "SageMaker training, tuning, processing and model-monitoring jobs must run in your VPC (subnets and security groups).",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "network",
    resources: JOB_RESOURCES,
    controls: {
        hipaa: {
            ids: ["164.312(e)(1)"],
            source: own(
                "Transmission security: the job's data access (S3, the endpoint it monitors) goes through your VPC endpoints and security groups.",
            ),
        },
        "nist-800-53": {
            ids: ["SC-7", "AC-4"],
            source: own("Boundary protection for ML compute; Prowler sagemaker_training_jobs_vpc_settings_configured has no NIST mapping."),
        },
        iso27001: {
            ids: ["A.8.20", "A.8.21", "A.8.22"],
            source: prowler("iso27001_2022_aws.json: sagemaker_training_jobs_vpc_settings_configured"),
        },
    },
    fix: "set `vpcConfig: { subnets, securityGroupIds }` (monitoring jobs: `networkConfig.vpcConfig`)",
    remediationSteps: [
        "1. Choose private subnets and a security group for the job, with VPC endpoints for S3 and the other services it reads.",
        "```typescript",
        'new aws.sagemaker.TrainingJob("train", {',
        "    // ...",
        "    vpcConfig: { subnets: privateSubnets.map((s) => s.id), securityGroupIds: [jobSg.id] },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.TrainingJob("train", {\n    // ...\n});',
        after: 'new aws.sagemaker.TrainingJob("train", {\n    // ...\n    vpcConfig: { subnets: [subnet.id], securityGroupIds: [sg.id] },\n});',
    },
    check(r, report) {
        for (const j of jobViews(r)) {
            const problem = vpcConfigProblem(j.get, j.list, "vpcConfig", j.path("vpcConfig"));
            if (problem) report(`${j.where}${problem}`);
        }
    },
});
