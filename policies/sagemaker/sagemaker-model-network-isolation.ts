import { awsConfig, own, securityHub } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";
import { T } from "./common";

export const sagemakerModelNetworkIsolation = resourcePolicy({
    name: "sagemaker-model-network-isolation",
    description: "SageMaker models must run their containers with network isolation enabled.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "network",
    resources: { [T.model]: {}, [T.nativeModel]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(e)(1)", "164.312(a)(1)"],
            source: own(
                "Transmission security: an isolated inference container cannot make outbound calls, so a compromised or malicious model image cannot send the PHI in requests anywhere.",
            ),
        },
        "nist-800-53": {
            ids: ["SC-7", "AC-4"],
            source: securityHub("SageMaker.5 (no related requirements listed; ids are our boundary-protection reading)"),
        },
        iso27001: { ids: ["A.8.22"], source: awsConfig("sagemaker-model-isolation-enabled; segregation of networks (own mapping)") },
    },
    fix: "set `enableNetworkIsolation: true`",
    remediationSteps: [
        "1. Set `enableNetworkIsolation: true` on the model (the AWS default is false). The container then gets no network access; SageMaker still loads model data from S3 for it.",
        "```typescript",
        'new aws.sagemaker.Model("model", {',
        "    // ...",
        "    enableNetworkIsolation: true,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.Model("model", {\n    executionRoleArn: role.arn,\n    primaryContainer: { image, modelDataUrl },\n});',
        after: 'new aws.sagemaker.Model("model", {\n    executionRoleArn: role.arn,\n    primaryContainer: { image, modelDataUrl },\n    enableNetworkIsolation: true,\n});',
    },
    check(r, report) {
        const v = r.get("enableNetworkIsolation", false);
        if (v.state !== "known" || v.value === true) return;
        report(
            `Network isolation is ${describe(v, [true, false])}: the model's containers can make outbound network calls, so a compromised image can send inference payloads (PHI) out.`,
        );
    },
});
