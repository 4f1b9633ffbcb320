import { own } from "../core/frameworks";
import { judgeKmsKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { isTrue, read } from "../core/values";
import { cappedReport, forEachListed, T } from "./common";

export const sagemakerEndpointConfigPayloadEncryption = resourcePolicy({
    name: "sagemaker-endpoint-config-payload-encryption",
    description:
        "Inference payloads that SageMaker endpoints write to S3 (data capture, async inference output, container core dumps) must be encrypted with a customer-managed KMS key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { [T.endpointConfig]: {}, [T.nativeEndpointConfig]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(a)(2)(iv)", "164.312(e)(2)(ii)"],
            source: own(
                "Encryption of ePHI at rest: data capture stores the requests and responses of the endpoint, and async inference stores its results, i.e. PHI, in S3; same controls as the endpoint storage rule of the Config HIPAA pack.",
            ),
        },
        "nist-800-53": {
            ids: ["SC-28(1)", "SC-13"],
            source: own("Protection of information at rest with keys you manage (no scanner checks these paths)."),
        },
        "pci-dss": { ids: ["3.5.1"], source: own("Stored data rendered unreadable, as for the endpoint configuration KMS rule.") },
    },
    fix: "set `dataCaptureConfig.kmsKeyId`, `asyncInferenceConfig.outputConfig.kmsKeyId` and each variant's `coreDumpConfig.kmsKeyId` to a customer-managed KMS key",
    remediationSteps: [
        "1. When data capture is enabled, set `dataCaptureConfig.kmsKeyId`; with async inference, set `asyncInferenceConfig.outputConfig.kmsKeyId`; on a variant with `coreDumpConfig`, set its `kmsKeyId`.",
        "2. Use a customer-managed key whose policy admits only the monitoring and consumer roles. AWS-managed aliases are not accepted.",
        "```typescript",
        'new aws.sagemaker.EndpointConfiguration("ec", {',
        "    // ...",
        "    dataCaptureConfig: {",
        "        enableCapture: true,",
        "        initialSamplingPercentage: 20,",
        "        destinationS3Uri: captureUri,",
        '        captureOptions: [{ captureMode: "Input" }, { captureMode: "Output" }],',
        "        kmsKeyId: key.arn,",
        "    },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.EndpointConfiguration("ec", {\n    // ...\n    asyncInferenceConfig: { outputConfig: { s3OutputPath: asyncUri } },\n});',
        after: 'new aws.sagemaker.EndpointConfiguration("ec", {\n    // ...\n    asyncInferenceConfig: { outputConfig: { s3OutputPath: asyncUri, kmsKeyId: key.arn } },\n});',
    },
    check(r, report) {
        const judge = (field: string, what: string) => {
            const j = judgeKmsKey(r.get(field));
            if (j === "missing") report(`\`${field}\` is not set: ${what} (PHI) are written to S3 without a key you control.`);
            else if (j === "aws-managed")
                report(
                    `\`${field}\` names an AWS-managed key (alias/aws/...), whose key policy you cannot restrict; ${what} (PHI) need a customer-managed key.`,
                );
        };
        // Capture is off by default; unknown `enableCapture` is judged at update.
        if (isTrue(r.get("dataCaptureConfig.enableCapture", false))) {
            judge("dataCaptureConfig.kmsKeyId", "the captured requests and responses");
        }
        const asyncCfg = r.get("asyncInferenceConfig");
        if (asyncCfg.state === "known") judge("asyncInferenceConfig.outputConfig.kmsKeyId", "the asynchronous inference results");
        // A core dump holds the container's memory: the requests it was serving.
        const dumps = cappedReport(report);
        forEachListed(r.list, ["productionVariants", "shadowProductionVariants"], dumps, (v, at) => {
            if (read(v, "coreDumpConfig").state !== "known") return;
            const field = `${at}.coreDumpConfig.kmsKeyId`;
            const j = judgeKmsKey(read(v, "coreDumpConfig.kmsKeyId"));
            if (j === "missing")
                dumps.report(
                    `\`${field}\` is not set: core dumps of the model container (its memory, with the requests it served) are written to S3 without a key you control.`,
                );
            else if (j === "aws-managed")
                dumps.report(
                    `\`${field}\` names an AWS-managed key (alias/aws/...), whose key policy you cannot restrict; core dumps (PHI in memory) need a customer-managed key.`,
                );
        });
        dumps.finish();
    },
});
