import { checkov, own, prowler } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";
import { JOB_RESOURCES, jobViews } from "./common";

export const sagemakerJobInterContainerEncryption = resourcePolicy({
    name: "sagemaker-job-inter-container-encryption",
    description: "SageMaker training, tuning, processing and model-monitoring jobs must encrypt the traffic between their instances.",
    severity: "medium",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: JOB_RESOURCES,
    controls: {
        hipaa: {
            ids: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
            source: own(
                "Transmission security and encryption: distributed jobs exchange training data and gradients (derived from PHI) between instances.",
            ),
        },
        "nist-800-53": {
            ids: ["SC-8", "SC-8(1)"],
            source: checkov(
                "CKV_AWS_369; AWS Config *-encrypt-in-transit / -traffic-encryption rules (Security Hub SageMaker.9/.10/.13/.15/.22, no related requirements); ids own",
            ),
        },
        iso27001: {
            ids: ["A.8.11", "A.8.24"],
            source: prowler("iso27001_2022_aws.json: sagemaker_training_jobs_intercontainer_encryption_enabled"),
        },
    },
    fix: "set `enableInterContainerTrafficEncryption: true` (monitoring jobs: `networkConfig.enableInterContainerTrafficEncryption: true`)",
    remediationSteps: [
        "1. Enable inter-container traffic encryption (the AWS default is off). It slows distributed jobs somewhat; single-instance jobs are unaffected.",
        "```typescript",
        'new aws.sagemaker.TrainingJob("train", {',
        "    // ...",
        "    enableInterContainerTrafficEncryption: true,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.TrainingJob("train", {\n    // ...\n});',
        after: 'new aws.sagemaker.TrainingJob("train", {\n    // ...\n    enableInterContainerTrafficEncryption: true,\n});',
    },
    // Remediable: `true` is the only compliant value and SageMaker needs nothing else to do it (it
    // manages the certificates). Distributed jobs run somewhat slower; single-instance jobs are
    // unaffected. Jobs cannot be updated in place: on an existing job the change is a new job run.
    remediation: {
        set: { enableInterContainerTrafficEncryption: true },
        safe: "Needs no other value: SageMaker encrypts the traffic between the job's instances itself. Distributed jobs run somewhat slower; an existing job is replaced (a new run), as for any change to a job.",
    },
    check(r, report) {
        for (const j of jobViews(r)) {
            const v = j.get("enableInterContainerTrafficEncryption", false);
            if (v.state !== "known" || v.value === true) continue;
            report(
                `${j.where}\`${j.path("enableInterContainerTrafficEncryption")}\` is ${describe(v, [true, false])}: data exchanged between the job's instances (derived from PHI) crosses the network unencrypted.`,
            );
        }
    },
});
