import { own } from "../core/frameworks";
import { judgeKmsKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { list, read } from "../core/values";
import { cappedReport, forEachListed, T } from "./common";

const GROUP_LISTS = ["instanceGroups", "restrictedInstanceGroups"] as const;

export const sagemakerHyperpodClusterKmsEncryption = resourcePolicy({
    name: "sagemaker-hyperpod-cluster-kms-encryption",
    description: "SageMaker HyperPod clusters must encrypt the EBS volumes of their instance groups with a customer-managed KMS key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { [T.nativeCluster]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(a)(2)(iv)"],
            source: own(
                "Encryption at rest with a key you control, as for training job volumes (Prowler sagemaker_training_jobs_volume_and_output_encryption_enabled): the nodes' volumes hold the training data and checkpoints (PHI).",
            ),
        },
        "nist-800-53": { ids: ["SC-28(1)", "SC-12"], source: own("Protection of information at rest, as for the job volume rule.") },
        "pci-dss": { ids: ["3.5.1"], source: own("Stored data rendered unreadable, as for the job volume rule.") },
    },
    fix: "give each instance group an `instanceStorageConfigs` entry with `ebsVolumeConfig.volumeKmsKeyId` set to a customer-managed key (and `rootVolume: true` for the root volume)",
    remediationSteps: [
        "1. Add an EBS volume configuration with your key to every instance group; one with `rootVolume: true` encrypts the root volume with it too.",
        "```typescript",
        "instanceGroups: [{",
        "    // ...",
        "    instanceStorageConfigs: [",
        "        { ebsVolumeConfig: { volumeSizeInGb: 500, volumeKmsKeyId: key.arn } },",
        "        { ebsVolumeConfig: { rootVolume: true, volumeKmsKeyId: key.arn } },",
        "    ],",
        "}],",
        "```",
    ].join("\n"),
    example: {
        before: 'instanceGroups: [{ instanceGroupName: "workers", instanceType: "ml.p5.48xlarge", instanceCount: 4, executionRole, lifeCycleConfig }]',
        after: 'instanceGroups: [{ instanceGroupName: "workers", instanceType: "ml.p5.48xlarge", instanceCount: 4, executionRole, lifeCycleConfig,\n    instanceStorageConfigs: [{ ebsVolumeConfig: { volumeSizeInGb: 500, volumeKmsKeyId: key.arn } }] }]',
    },
    check(r, reportAll) {
        const { report, full, finish } = cappedReport(reportAll);
        forEachListed(r.list, GROUP_LISTS, { full }, (g, group) => {
            const at = `${group}.instanceStorageConfigs`;
            const configs = list(g, "instanceStorageConfigs");
            if (configs === "unknown") return;
            const ebs = configs.map((c) => read(c, "ebsVolumeConfig")).filter((v) => v.state !== "absent");
            if (ebs.length === 0) {
                report(
                    `\`${at}\` has no \`ebsVolumeConfig\` with a \`volumeKmsKeyId\`: the nodes' volumes (training data and checkpoints, PHI) are encrypted only with an AWS-managed key you cannot control.`,
                );
                return;
            }
            configs.forEach((c, j) => {
                if (full() || read(c, "ebsVolumeConfig").state !== "known") return;
                const k = judgeKmsKey(read(c, "ebsVolumeConfig.volumeKmsKeyId"));
                if (k === "missing")
                    report(
                        `\`${at}[${j}].ebsVolumeConfig.volumeKmsKeyId\` is not set: the volume (training data and checkpoints, PHI) is encrypted only with an AWS-managed key you cannot control.`,
                    );
                else if (k === "aws-managed")
                    report(
                        `\`${at}[${j}].ebsVolumeConfig.volumeKmsKeyId\` names an AWS-managed key (alias/aws/...); a customer-managed key is required.`,
                    );
            });
        });
        finish();
    },
});
