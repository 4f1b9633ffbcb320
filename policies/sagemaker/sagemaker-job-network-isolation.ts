import { awsConfig, own, prowler } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";
import { JOB_RESOURCES, jobViews } from "./common";

export const sagemakerJobNetworkIsolation = resourcePolicy({
    name: "sagemaker-job-network-isolation",
    description: "SageMaker training, tuning, processing and model-monitoring jobs must run their containers with network isolation.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "network",
    resources: JOB_RESOURCES,
    controls: {
        hipaa: {
            ids: ["164.312(e)(1)", "164.312(a)(1)"],
            source: own(
                "Transmission security: an isolated job container cannot make outbound calls, so training data or captured payloads (PHI) cannot be sent out by the algorithm code.",
            ),
        },
        "nist-800-53": {
            ids: ["SC-7", "AC-4"],
            source: awsConfig(
                "sagemaker-data-quality-job-isolation / -model-bias-job-isolation / -model-explainability-job-network-isolation / -model-quality-job-definition-isolation / -monitoring-schedule-isolation (Security Hub SageMaker.11/.12/.14/.20/.25, no related requirements); Prowler sagemaker_training_jobs_network_isolation_enabled; ids own",
            ),
        },
        iso27001: {
            ids: ["A.8.22"],
            source: prowler("sagemaker_training_jobs_network_isolation_enabled is mapped to AISF-ML-03 only; A.8.22 own"),
        },
    },
    fix: "set `enableNetworkIsolation: true` (monitoring jobs: `networkConfig.enableNetworkIsolation: true`)",
    remediationSteps: [
        "1. Enable network isolation (the AWS default is off). SageMaker still moves input and output data between S3 and the container.",
        "```typescript",
        'new aws.sagemaker.TrainingJob("train", {',
        "    // ...",
        "    enableNetworkIsolation: true,",
        "});",
        'new aws.sagemaker.DataQualityJobDefinition("dq", {',
        "    // ...",
        "    networkConfig: { enableNetworkIsolation: true, enableInterContainerTrafficEncryption: true, vpcConfig },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.TrainingJob("train", {\n    // ...\n});',
        after: 'new aws.sagemaker.TrainingJob("train", {\n    // ...\n    enableNetworkIsolation: true,\n});',
    },
    check(r, report) {
        for (const j of jobViews(r)) {
            const v = j.get("enableNetworkIsolation", false);
            if (v.state !== "known" || v.value === true) continue;
            report(
                `${j.where}\`${j.path("enableNetworkIsolation")}\` is ${describe(v, [true, false])}: the job's containers can make outbound network calls, so the data they process (PHI) can be sent out.`,
            );
        }
    },
});
