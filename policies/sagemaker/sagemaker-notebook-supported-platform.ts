import { awsConfig, own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";
import { isNative, NATIVE_NOTEBOOK, T } from "./common";

/** Platforms Security Hub SageMaker.8 treats as supported (AL1 and AL2 v1 are past end of support). */
export const DEFAULT_SUPPORTED_PLATFORMS = ["notebook-al2-v2", "notebook-al2-v3", "notebook-al2023-v1"];

/** What each provider documents as the default when `platformIdentifier` is absent. */
const PROVIDER_DEFAULT: Record<string, string> = { [T.notebook]: "notebook-al2-v3", [T.nativeNotebook]: "notebook-al2023-v1" };

const KNOWN = ["notebook-al1-v1", "notebook-al2-v1", "notebook-al2-v2", "notebook-al2-v3", "notebook-al2023-v1"];

export const sagemakerNotebookSupportedPlatform = resourcePolicy({
    name: "sagemaker-notebook-supported-platform",
    description: "SageMaker notebook instances should run on a supported platform (Amazon Linux version).",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "compliance",
    resources: { [T.notebook]: {}, [T.nativeNotebook]: NATIVE_NOTEBOOK },
    controls: {
        hipaa: {
            ids: ["164.308(a)(5)(ii)(B)", "164.308(a)(1)(ii)(B)"],
            source: own("Protection from malicious software and risk management: a platform past end of support gets no security patches."),
        },
        "nist-800-53": {
            ids: ["SI-2", "SA-22"],
            source: awsConfig("sagemaker-notebook-instance-platform-version (Security Hub SageMaker.8, no related requirements); ids own"),
        },
    },
    config: {
        supportedPlatforms: {
            type: "array",
            items: { type: "string" },
            default: DEFAULT_SUPPORTED_PLATFORMS,
            description: "Platform identifiers accepted as supported (tighten to notebook-al2023-v1 once AL2 is out of support for you).",
        },
    },
    fix: 'set `platformIdentifier: "notebook-al2023-v1"`',
    remediationSteps: [
        "1. Move the notebook to a supported platform (the newest is notebook-al2023-v1); replacing the platform recreates the instance, so keep data in S3 or a code repository.",
        "```typescript",
        'new aws.sagemaker.NotebookInstance("nb", {',
        "    // ...",
        '    platformIdentifier: "notebook-al2023-v1",',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.NotebookInstance("nb", {\n    // ...\n    platformIdentifier: "notebook-al2-v1",\n});',
        after: 'new aws.sagemaker.NotebookInstance("nb", {\n    // ...\n    platformIdentifier: "notebook-al2023-v1",\n});',
    },
    check(r, report) {
        const allowed = Array.isArray(r.config.supportedPlatforms)
            ? (r.config.supportedPlatforms as unknown[])
            : DEFAULT_SUPPORTED_PLATFORMS;
        const v = r.get("platformIdentifier", PROVIDER_DEFAULT[r.type] ?? PROVIDER_DEFAULT[T.notebook]);
        if (v.state !== "known" || allowed.includes(v.value)) return;
        report(
            `The platform identifier is ${describe(v, KNOWN)}, which is not in the supported list: the notebook runs on an Amazon Linux version that no longer gets security updates.`,
            isNative(r.type) ? 'set `platformIdentifier: "notebook-al2023-v1"` (aws-native default)' : undefined,
        );
    },
});
