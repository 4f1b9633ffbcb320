import { awsConfig, own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { describe, read, Value } from "../core/values";
import { T } from "./common";

export const sagemakerModelPrivateRegistry = resourcePolicy({
    name: "sagemaker-model-private-registry",
    description: "SageMaker model containers should pull their images from a private registry through your VPC.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "network",
    resources: { [T.model]: {}, [T.nativeModel]: {} },
    controls: {
        hipaa: {
            ids: ["164.308(a)(5)(ii)(B)"],
            source: own(
                "Protection from malicious software: images from a registry inside your VPC are the ones your pipeline scanned and approved; image pulls do not leave your network.",
            ),
        },
        "nist-800-53": {
            ids: ["CM-7(5)", "SC-7", "SR-3"],
            source: awsConfig(
                "sagemaker-model-private-registry-required / -multicontainer-private-registry (Security Hub SageMaker.16/.19); ids own",
            ),
        },
    },
    fix: 'set `imageConfig: { repositoryAccessMode: "Vpc" }` on the primary container and on every container',
    remediationSteps: [
        '1. Host the image in a registry reachable from the model\'s VPC and set `repositoryAccessMode: "Vpc"` on each container (the AWS default, without `imageConfig`, is "Platform": the image is pulled from ECR by the SageMaker platform).',
        "2. Where standard ECR images are the approved source, exempt the model in the policy config with the reason.",
        "```typescript",
        'new aws.sagemaker.Model("model", {',
        "    // ...",
        '    primaryContainer: { image, modelDataUrl, imageConfig: { repositoryAccessMode: "Vpc" } },',
        "    vpcConfig: { subnets: [subnet.id], securityGroupIds: [sg.id] },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.Model("model", {\n    // ...\n    primaryContainer: { image, modelDataUrl },\n});',
        after: 'new aws.sagemaker.Model("model", {\n    // ...\n    primaryContainer: { image, modelDataUrl, imageConfig: { repositoryAccessMode: "Vpc" } },\n});',
    },
    check(r, report) {
        const judge = (v: Value, where: string) => {
            if (v.state !== "known" || v.value === "Vpc") return;
            report(
                `\`${where}.imageConfig.repositoryAccessMode\` is ${describe(v, ["Platform", "Vpc"])}: the image is pulled outside your VPC, not from the private registry your pipeline approves.`,
            );
        };
        const primary = r.get("primaryContainer");
        if (primary.state === "known") judge(r.get("primaryContainer.imageConfig.repositoryAccessMode", "Platform"), "primaryContainer");
        const containers = r.list("containers");
        if (containers !== "unknown") {
            containers.forEach((c, i) => judge(read(c, "imageConfig.repositoryAccessMode", "Platform"), `containers[${i}]`));
        }
    },
});
