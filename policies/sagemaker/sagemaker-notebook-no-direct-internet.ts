import { cdkNag, securityHub, prowler } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";
import { NATIVE_NOTEBOOK, T } from "./common";

export const sagemakerNotebookNoDirectInternet = resourcePolicy({
    name: "sagemaker-notebook-no-direct-internet",
    description: "SageMaker notebook instances must have direct internet access disabled.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "network",
    resources: { [T.notebook]: {}, [T.nativeNotebook]: NATIVE_NOTEBOOK },
    controls: {
        hipaa: {
            ids: ["164.308(a)(3)(i)", "164.308(a)(4)(ii)(A)", "164.308(a)(4)(ii)(C)", "164.312(a)(1)", "164.312(e)(1)"],
            source: cdkNag("HIPAA.Security-SageMakerNotebookNoDirectInternetAccess (AWS Config HIPAA conformance pack)"),
        },
        "nist-800-53": {
            ids: ["AC-3", "AC-4", "AC-4(21)", "AC-6", "AC-21", "SC-7", "SC-7(3)", "SC-7(4)", "SC-7(9)", "SC-7(11)"],
            source: securityHub("SageMaker.2 related requirements"),
        },
        "pci-dss": { ids: ["1.4.4"], source: securityHub("SageMaker.2 related requirements (PCI DSS v4.0.1)") },
        iso27001: {
            ids: ["A.8.1"],
            source: prowler("iso27001_2022_aws.json: sagemaker_notebook_instance_without_direct_internet_access_configured"),
        },
    },
    fix: 'set `directInternetAccess: "Disabled"` and give the notebook a `subnetId` and `securityGroups` in a private subnet with VPC endpoints',
    remediationSteps: [
        '1. Set `directInternetAccess` to "Disabled" (the AWS default is "Enabled").',
        "2. Place the notebook in a private subnet (`subnetId`, `securityGroups`); reach AWS APIs through interface VPC endpoints and, if needed, the internet through a NAT gateway you control.",
        "```typescript",
        'new aws.sagemaker.NotebookInstance("nb", {',
        "    // ...",
        '    directInternetAccess: "Disabled",',
        "    subnetId: privateSubnet.id,",
        "    securityGroups: [notebookSg.id],",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.NotebookInstance("nb", {\n    instanceType: "ml.t3.medium",\n    roleArn: role.arn,\n});',
        after: 'new aws.sagemaker.NotebookInstance("nb", {\n    instanceType: "ml.t3.medium",\n    roleArn: role.arn,\n    directInternetAccess: "Disabled",\n    subnetId: privateSubnet.id,\n    securityGroups: [notebookSg.id],\n});',
    },
    check(r, report) {
        const v = r.get("directInternetAccess", "Enabled");
        // Unknown: set by another resource; the engine runs this policy again at update, with the value known.
        if (v.state !== "known" || v.value === "Disabled") return;
        report(
            `Direct internet access is ${describe(v, ["Enabled", "Disabled"])}: SageMaker gives the notebook a route to the internet that bypasses your VPC, so PHI on the instance can leave without passing your network controls.`,
        );
    },
});
