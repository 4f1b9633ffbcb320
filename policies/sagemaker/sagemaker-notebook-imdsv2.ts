import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";
import { NATIVE_NOTEBOOK, T } from "./common";

export const sagemakerNotebookImdsv2 = resourcePolicy({
    name: "sagemaker-notebook-imdsv2",
    description: "SageMaker notebook instances should accept only IMDSv2 for the instance metadata service.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "access",
    resources: { [T.notebook]: {}, [T.nativeNotebook]: NATIVE_NOTEBOOK },
    controls: {
        hipaa: {
            ids: ["164.312(a)(1)"],
            source: {
                kind: "own",
                rationale:
                    "Access control: IMDSv1 lets a request-forgery bug in notebook code read the execution role's credentials, which reach the PHI the role can read.",
            },
        },
        "nist-800-53": {
            ids: ["AC-3", "SC-7"],
            source: {
                kind: "own",
                rationale: "IMDSv2 session tokens block SSRF access to role credentials (Checkov CKV_AWS_371 has no mapping).",
            },
        },
    },
    fix: 'set `instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "2" }`',
    remediationSteps: [
        '1. Set the minimum instance metadata service version to "2" (the AWS default is "1").',
        "```typescript",
        'new aws.sagemaker.NotebookInstance("nb", {',
        "    // ...",
        '    instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "2" },',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.NotebookInstance("nb", {\n    instanceType: "ml.t3.medium",\n    roleArn: role.arn,\n});',
        after: 'new aws.sagemaker.NotebookInstance("nb", {\n    instanceType: "ml.t3.medium",\n    roleArn: role.arn,\n    instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "2" },\n});',
    },
    // Remediable: "2" is the only compliant value. The AWS SDKs and CLI in SageMaker's images use
    // IMDSv2 tokens (botocore since 2019), so code that gets its credentials the usual way is unaffected.
    remediation: {
        set: { "instanceMetadataServiceConfiguration.minimumInstanceMetadataServiceVersion": "2" },
        safe: "Needs no other value; the AWS SDKs and CLI in SageMaker notebook images already use IMDSv2 session tokens, so credential lookups keep working. An existing notebook is restarted to apply it, as for any change.",
    },
    check(r, report) {
        const v = r.get("instanceMetadataServiceConfiguration.minimumInstanceMetadataServiceVersion", "1");
        if (v.state !== "known" || v.value === "2") return;
        report(
            `The minimum instance metadata service version is ${describe(v, ["1", "2"])}: IMDSv1 answers unauthenticated requests, so a request-forgery bug can read the execution role's credentials.`,
        );
    },
});
