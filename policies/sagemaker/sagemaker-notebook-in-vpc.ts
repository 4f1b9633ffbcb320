import { prowler, securityHub } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { NATIVE_NOTEBOOK, T } from "./common";

export const sagemakerNotebookInVpc = resourcePolicy({
    name: "sagemaker-notebook-in-vpc",
    description: "SageMaker notebook instances must be launched in a subnet of your VPC.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "network",
    resources: { [T.notebook]: {}, [T.nativeNotebook]: NATIVE_NOTEBOOK },
    controls: {
        hipaa: {
            ids: ["164.312(e)(1)"],
            source: {
                kind: "own",
                rationale:
                    "Transmission security: a notebook outside your VPC cannot be reached through VPC endpoints or security groups, so traffic carrying PHI is outside your network controls.",
            },
        },
        "nist-800-53": {
            ids: ["AC-3", "AC-4", "AC-4(21)", "AC-6", "AC-21", "SC-7", "SC-7(3)", "SC-7(4)", "SC-7(9)", "SC-7(11)"],
            source: securityHub("SageMaker.1 related requirements; Checkov CKV_AWS_306 docstring"),
        },
        "pci-dss": {
            ids: ["1.2.8", "1.3.1", "1.3.2", "1.4.1", "1.4.2", "1.4.4", "1.5.1"],
            source: prowler("pci_4.0_aws.json: sagemaker_notebook_instance_vpc_settings_configured"),
        },
        iso27001: {
            ids: ["A.8.20", "A.8.21", "A.8.22"],
            source: prowler("iso27001_2022_aws.json: sagemaker_notebook_instance_vpc_settings_configured"),
        },
    },
    fix: "set `subnetId` to a private subnet of your VPC (and `securityGroups` to groups you chose; without them AWS attaches the VPC's default security group)",
    remediationSteps: [
        "1. Create (or reuse) a private subnet and a security group that allows only the traffic the notebook needs.",
        "2. Set `subnetId` and `securityGroups` on the notebook instance.",
        "```typescript",
        'new aws.sagemaker.NotebookInstance("nb", {',
        "    // ...",
        "    subnetId: privateSubnet.id,",
        "    securityGroups: [notebookSg.id],",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.NotebookInstance("nb", {\n    instanceType: "ml.t3.medium",\n    roleArn: role.arn,\n});',
        after: 'new aws.sagemaker.NotebookInstance("nb", {\n    instanceType: "ml.t3.medium",\n    roleArn: role.arn,\n    subnetId: privateSubnet.id,\n    securityGroups: [notebookSg.id],\n});',
    },
    check(r, report) {
        // A subnet puts the notebook in the VPC; without `securityGroups` AWS attaches the VPC's default
        // group, which is still inside the VPC (Checkov CKV_AWS_306 and cdk-nag SM1 pass it too).
        const subnet = r.get("subnetId");
        if (subnet.state === "absent" || (subnet.state === "known" && (typeof subnet.value !== "string" || subnet.value.trim() === ""))) {
            report("`subnetId` is not set: the notebook runs in a SageMaker-managed network outside your VPC.");
        }
    },
});
