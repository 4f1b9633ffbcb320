import { prowler, securityHub } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";
import { NATIVE_NOTEBOOK, T } from "./common";

export const sagemakerNotebookNoRootAccess = resourcePolicy({
    name: "sagemaker-notebook-no-root-access",
    description: "SageMaker notebook instances must not give users root access.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "access",
    resources: { [T.notebook]: {}, [T.nativeNotebook]: NATIVE_NOTEBOOK },
    controls: {
        hipaa: {
            ids: ["164.308(a)(3)(i)", "164.308(a)(4)(ii)(B)", "164.312(a)(1)"],
            source: {
                kind: "own",
                rationale:
                    "Least privilege on a system holding ePHI: root lets any notebook user disable the instance's controls and read every user's data.",
            },
        },
        "nist-800-53": {
            ids: ["AC-6", "AC-6(2)", "AC-6(10)", "AC-2(1)", "AC-3(7)", "AC-3(15)"],
            source: securityHub("SageMaker.3 related requirements; Checkov CKV_AWS_307 docstring"),
        },
        "pci-dss": {
            ids: ["7.2.1", "7.2.2", "7.2.3"],
            source: prowler("pci_4.0_aws.json: sagemaker_notebook_instance_root_access_disabled"),
        },
    },
    fix: 'set `rootAccess: "Disabled"`',
    remediationSteps: [
        '1. Set `rootAccess` to "Disabled" (the AWS default is "Enabled").',
        "2. Install the packages users need through a lifecycle configuration, which still runs as root.",
        "```typescript",
        'new aws.sagemaker.NotebookInstance("nb", {',
        "    // ...",
        '    rootAccess: "Disabled",',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.NotebookInstance("nb", {\n    instanceType: "ml.t3.medium",\n    roleArn: role.arn,\n});',
        after: 'new aws.sagemaker.NotebookInstance("nb", {\n    instanceType: "ml.t3.medium",\n    roleArn: role.arn,\n    rootAccess: "Disabled",\n});',
    },
    // Remediable: "Disabled" is the only compliant value and needs nothing else. Users lose `sudo` in
    // the notebook; lifecycle configurations still run as root, so setup moves there (step 2 above).
    // On an existing notebook the provider stops and restarts it to apply any change.
    remediation: {
        set: { rootAccess: "Disabled" },
        safe: "Needs no other value, and the notebook keeps working: lifecycle configurations still run as root, only interactive `sudo` goes. An existing notebook is restarted to apply it, as for any change.",
    },
    check(r, report) {
        const v = r.get("rootAccess", "Enabled");
        if (v.state !== "known" || v.value === "Disabled") return;
        report(
            `Root access is ${describe(v, ["Enabled", "Disabled"])}: every notebook user can become root and change or bypass the instance's security settings.`,
        );
    },
});
