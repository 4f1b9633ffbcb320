import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { read } from "../core/values";
import { AWS_IMAGE_ACCOUNTS } from "./aws-image-accounts";
import { imageSource, T } from "./common";

const ACCOUNT_IN_ARN = /^arn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:(\d{12}):/;
const ACCOUNT_ID = /^\d{12}$/;

/**
 * Where an image comes from, when that is outside the account's control; undefined for the
 * account's own (or a trusted) ECR, AWS's own SageMaker images, and anything that cannot be told.
 */
function outsideSource(image: string, trusted: ReadonlySet<string>, ownKnown: boolean): string | undefined {
    const source = imageSource(image);
    if (source.kind === "outside") return source.what;
    if (AWS_IMAGE_ACCOUNTS.has(source.account) || trusted.has(source.account) || !ownKnown) return undefined;
    return "another AWS account's ECR registry (neither this account, a trusted account in `trustedAccounts`, nor AWS's own SageMaker images)";
}

export const sagemakerModelPrivateRegistry = resourcePolicy({
    name: "sagemaker-model-private-registry",
    description:
        "SageMaker model containers should use images from registries you control: your own (or a trusted) account's ECR, AWS's SageMaker images, or a registry in your VPC.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "network",
    resources: { [T.model]: {}, [T.nativeModel]: {} },
    controls: {
        hipaa: {
            ids: ["164.308(a)(5)(ii)(B)"],
            source: own(
                "Protection from malicious software: an image from a registry you control is one your pipeline scanned and approved; a public or foreign registry can change it under the same tag.",
            ),
        },
        "nist-800-53": {
            ids: ["CM-7(5)", "SR-3"],
            source: own(
                "Authorized software and supply chain controls: model images only from registries the organisation controls (AWS Config sagemaker-model-private-registry-required checks the stricter `Vpc` access mode).",
            ),
        },
    },
    config: {
        trustedAccounts: {
            type: "array",
            items: { type: "string", pattern: "^\\d{12}$" },
            default: [],
            description:
                "AWS account ids whose ECR registries you control (a shared-images account). The model's own account is read from its `executionRoleArn`; while that is unknown (a role of the same stack, at preview), no ECR image is reported.",
        },
    },
    fix: "copy the image into your own account's ECR (or list the account that holds it in `trustedAccounts`), and reference it from there",
    remediationSteps: [
        "1. Pull the image through your pipeline (scan it), push it to an ECR repository of your account, and reference that repository.",
        "2. If a shared-images account of your organisation holds it, add that account id to this policy's `trustedAccounts`.",
        '3. A registry inside your VPC is fine too: set `imageConfig: { repositoryAccessMode: "Vpc" }` on the container.',
        "```typescript",
        'const repo = new aws.ecr.Repository("infer", { imageScanningConfiguration: { scanOnPush: true } });',
        'new aws.sagemaker.Model("model", {',
        "    // ...",
        "    primaryContainer: { image: pulumi.interpolate`${repo.repositoryUrl}:1.4.2`, modelDataUrl },",
        "});",
        "```",
        "AWS's own SageMaker images (Deep Learning Containers, built-in algorithms; their account ids come from the SageMaker Python SDK's image configuration) pass as they are.",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.Model("model", {\n    // ...\n    primaryContainer: { image: "huggingface/text-generation-inference:2.0", modelDataUrl },\n});',
        after: 'new aws.sagemaker.Model("model", {\n    // ...\n    primaryContainer: { image: pulumi.interpolate`${repo.repositoryUrl}:2.0`, modelDataUrl },\n});',
    },
    check(r, report) {
        const trusted = new Set<string>();
        const configured = r.config.trustedAccounts;
        if (Array.isArray(configured)) for (const a of configured) if (typeof a === "string" && ACCOUNT_ID.test(a)) trusted.add(a);
        const role = r.get("executionRoleArn");
        const roleAccount = role.state === "known" && typeof role.value === "string" ? ACCOUNT_IN_ARN.exec(role.value)?.[1] : undefined;
        if (roleAccount) trusted.add(roleAccount);
        // Without the account's own id (role ARN unknown at preview), another account's ECR cannot be told from this one's.
        const ownKnown = roleAccount !== undefined;
        const judge = (container: unknown, where: string) => {
            const mode = read(container, "imageConfig.repositoryAccessMode");
            if (mode.state === "unknown" || (mode.state === "known" && mode.value === "Vpc")) return; // a registry in your VPC
            const image = read(container, "image");
            if (image.state !== "known" || typeof image.value !== "string") return; // a model package, or set by another resource
            const source = outsideSource(image.value, trusted, ownKnown);
            if (source)
                report(`\`${where}.image\` is pulled from ${source}: its content can change outside your control and your image scanning.`);
        };
        const primary = r.get("primaryContainer");
        if (primary.state === "known") judge(primary.value, "primaryContainer");
        const containers = r.list("containers");
        if (containers !== "unknown") containers.forEach((c, i) => judge(c, `containers[${i}]`));
    },
});
