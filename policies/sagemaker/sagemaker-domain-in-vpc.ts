import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { isBlank, namesNothing, T } from "./common";

export const sagemakerDomainInVpc = resourcePolicy({
    name: "sagemaker-domain-in-vpc",
    description: "SageMaker Studio domains must name the VPC and the subnets their apps and storage use.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "network",
    resources: { [T.domain]: {}, [T.nativeDomain]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(e)(1)"],
            source: own(
                "Transmission security: the domain's VPC and subnets are where its EFS home directories (PHI) are mounted and, in VpcOnly mode, where all app traffic flows; without them the traffic is outside your network controls.",
            ),
        },
        "nist-800-53": { ids: ["AC-4", "SC-7"], source: own("Boundary protection: the workspace is placed inside a network you control.") },
        iso27001: {
            ids: ["A.8.20", "A.8.22"],
            source: own("Network security and segregation, as Prowler maps the notebook/model VPC checks."),
        },
    },
    fix: "set `vpcId` and `subnetIds` to your VPC and its private subnets",
    remediationSteps: [
        "1. Choose the VPC and private subnets (one per AZ) for the domain.",
        "2. Set `vpcId` and `subnetIds` on the domain.",
        "```typescript",
        'new aws.sagemaker.Domain("studio", {',
        "    // ...",
        "    vpcId: vpc.id,",
        "    subnetIds: privateSubnets.map((s) => s.id),",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.Domain("studio", {\n    // ...\n    vpcId: vpc.id,\n    subnetIds: [],\n});',
        after: 'new aws.sagemaker.Domain("studio", {\n    // ...\n    vpcId: vpc.id,\n    subnetIds: privateSubnets.map((s) => s.id),\n});',
    },
    check(r, report) {
        const noVpc = isBlank(r.get("vpcId"));
        const noSubnets = namesNothing(r.list("subnetIds"));
        if (noVpc && noSubnets) report("Neither `vpcId` nor `subnetIds` is set: the domain is not placed in a VPC you control.");
        else if (noVpc) report("`vpcId` is not set: the domain is not placed in a VPC you control.");
        else if (noSubnets) report("`subnetIds` is empty: the domain's apps and EFS mount targets are not placed in subnets you chose.");
    },
});
