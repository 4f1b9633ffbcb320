import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { imageSource, T } from "./common";

export const sagemakerImagePrivateRegistry = resourcePolicy({
    name: "sagemaker-image-private-registry",
    description: "Custom SageMaker Studio images must be built from a container image in a private Amazon ECR registry.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "network",
    // Domains, spaces and user profiles (`customImages`) and app image configs name a custom image; the
    // registry path it is pulled from is only on the image version (`baseImage`), so that is judged.
    resources: { [T.imageVersion]: {}, [T.nativeImageVersion]: {} },
    controls: {
        hipaa: {
            ids: ["164.308(a)(5)(ii)(B)", "164.312(c)(1)"],
            source: own(
                "Protection from malicious software and integrity: a Studio kernel runs with the user's execution role next to the PHI in the space; an image taken from a public registry is one nobody scanned or approved, and its tag can change under you.",
            ),
        },
        "nist-800-53": {
            ids: ["CM-7(5)", "SR-3", "SI-7"],
            source: own(
                "Authorized software and supply chain controls, as for model images (AWS Config sagemaker-model-private-registry-required and Security Hub SageMaker.16 judge model containers; no scanner judges image versions).",
            ),
        },
    },
    fix: "push the image to an ECR repository of your account and set `baseImage` to its URI (`<account>.dkr.ecr.<region>.amazonaws.com/<repo>:<tag>`)",
    remediationSteps: [
        "1. Pull the image through your pipeline (scan it), push it to a private ECR repository, and build the image version from there.",
        "```typescript",
        'const repo = new aws.ecr.Repository("studio-kernel", { imageScanningConfiguration: { scanOnPush: true }, imageTagMutability: "IMMUTABLE" });',
        'new aws.sagemaker.ImageVersion("kernel-v1", {',
        "    imageName: image.id,",
        "    baseImage: pulumi.interpolate`${repo.repositoryUrl}:1.0.0`,",
        "});",
        "```",
        "2. Domains, spaces and user profiles then list the image in `customImages` by name, as before.",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.ImageVersion("kernel-v1", { imageName: image.id, baseImage: "jupyter/datascience-notebook:latest" });',
        after: 'new aws.sagemaker.ImageVersion("kernel-v1", { imageName: image.id, baseImage: pulumi.interpolate`${repo.repositoryUrl}:1.0.0` });',
    },
    check(r, report) {
        const base = r.get("baseImage");
        // Unknown at preview: built from another resource's output (an ECR repository's `repositoryUrl` of
        // this stack); the URI is known at update and in audit, and judged then.
        if (base.state === "unknown") return;
        // Absent or blank: the provider and the API refuse it (required), so the deploy fails on its own.
        if (base.state === "absent" || typeof base.value !== "string" || base.value.trim() === "") return;
        const source = imageSource(base.value);
        if (source.kind === "outside") {
            report(
                `\`baseImage\` is pulled from ${source.what}: the Studio image's content can change outside your control and your image scanning, and it runs next to the space's data.`,
            );
        }
    },
});
