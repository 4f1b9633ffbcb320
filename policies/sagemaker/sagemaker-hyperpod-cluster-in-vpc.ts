import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { isUnknown, list, read } from "../core/values";
import { cappedReport, forEachListed, T, vpcConfigProblem } from "./common";

export const sagemakerHyperpodClusterInVpc = resourcePolicy({
    name: "sagemaker-hyperpod-cluster-in-vpc",
    description: "SageMaker HyperPod clusters must run their instance groups in your VPC (subnets and security groups).",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "network",
    resources: { [T.nativeCluster]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(e)(1)", "164.312(a)(1)"],
            source: own(
                "Transmission security: without `vpcConfig` the cluster's nodes sit in a SageMaker-managed network with internet access, so the training data they mount (PHI) can leave without passing your network controls (same rule as training jobs: Prowler sagemaker_training_jobs_vpc_settings_configured).",
            ),
        },
        "nist-800-53": { ids: ["SC-7", "AC-4"], source: own("Boundary protection, as for the training job VPC rule.") },
    },
    fix: "set `vpcConfig` with private `subnets` and `securityGroupIds` (or `overrideVpcConfig` on each instance group)",
    remediationSteps: [
        "1. Give the cluster your VPC's private subnets and a security group that allows traffic between the nodes and to your VPC endpoints (S3, ECR, CloudWatch Logs, SageMaker API).",
        "```typescript",
        'new awsnative.sagemaker.Cluster("hyperpod", {',
        "    instanceGroups,",
        "    vpcConfig: { subnets: privateSubnetIds, securityGroupIds: [nodesSg.id] },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new awsnative.sagemaker.Cluster("hyperpod", { instanceGroups });',
        after: 'new awsnative.sagemaker.Cluster("hyperpod", { instanceGroups, vpcConfig: { subnets: privateSubnetIds, securityGroupIds: [nodesSg.id] } });',
    },
    check(r, reportAll) {
        const capped = cappedReport(reportAll);
        forEachListed(r.list, "instanceGroups", capped, (g, at) => {
            if (read(g, "overrideVpcConfig").state !== "known") return;
            const p = vpcConfigProblem(
                (f, d) => read(g, f, d),
                (f) => list(g, f),
                "overrideVpcConfig",
                `${at}.overrideVpcConfig`,
            );
            if (p) capped.report(p);
        });
        capped.finish();
        // Every instance group that names its own VPC placement is judged there; the cluster's applies to the rest.
        const groups = r.list("instanceGroups");
        if (
            groups !== "unknown" &&
            groups.length > 0 &&
            groups.every((g) => isUnknown(g) || read(g, "overrideVpcConfig").state !== "absent")
        )
            return;
        const p = vpcConfigProblem(r.get, r.list, "vpcConfig");
        if (p) reportAll(p);
    },
});
