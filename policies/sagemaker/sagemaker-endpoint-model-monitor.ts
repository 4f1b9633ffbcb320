import { own } from "../core/frameworks";
import { stackPolicy, StackResource } from "../core/policy";
import { nameOf, StackIndex } from "../core/stack";
import { stackScope } from "../core/stack-scope";
import { isUnknown, rawChild } from "../core/values";
import { T } from "./common";

const ENDPOINTS = ["aws:sagemaker/endpoint:Endpoint", "aws-native:sagemaker:Endpoint"];
const ENDPOINT_CONFIGS = [T.endpointConfig, T.nativeEndpointConfig];
const SCHEDULES = [T.monitoringSchedule, T.nativeMonitoringSchedule];
/** Monitoring job definitions and the inputs that name the endpoint they watch. */
const JOB_DEFINITIONS: Record<string, readonly string[]> = {
    [T.dataQuality]: ["dataQualityJobInput"],
    [T.nativeDataQuality]: ["dataQualityJobInput", "endpointName"],
    [T.nativeModelQuality]: ["modelQualityJobInput", "endpointName"],
    [T.nativeModelBias]: ["modelBiasJobInput", "endpointName"],
    [T.nativeModelExplainability]: ["modelExplainabilityJobInput", "endpointName"],
};

function refs(index: StackIndex, r: StackResource, props: readonly string[], types: readonly string[]): StackResource[] {
    const out: StackResource[] = [];
    for (const p of props) for (const t of index.referencedBy(r, p)) if (types.includes(t.type) && !out.includes(t)) out.push(t);
    return out;
}

/** The endpoints some monitoring schedule of the stack watches (directly, or through a job definition it names). */
function monitored(index: StackIndex): Set<StackResource> {
    const out = new Set<StackResource>();
    const definitions = Object.keys(JOB_DEFINITIONS);
    for (const s of index.ofType(...SCHEDULES)) {
        // A stopped or failed schedule (aws-native `monitoringScheduleStatus`) watches nothing.
        const status = s.get("monitoringScheduleStatus");
        if (status.state === "known" && status.value !== "Scheduled" && status.value !== "Pending") continue;
        for (const e of refs(index, s, ["monitoringScheduleConfig", "endpointName"], ENDPOINTS)) out.add(e);
        for (const d of refs(index, s, ["monitoringScheduleConfig"], definitions))
            for (const e of refs(index, d, JOB_DEFINITIONS[d.type], ENDPOINTS)) out.add(e);
    }
    return out;
}

/** Async and serverless endpoints are not real-time ones (judged only when their configuration is in the stack and known). */
function realTime(index: StackIndex, endpoint: StackResource): boolean {
    for (const c of refs(index, endpoint, ["endpointConfigName"], ENDPOINT_CONFIGS)) {
        if (c.get("asyncInferenceConfig").state === "known") return false;
        const variants = c.list("productionVariants");
        if (
            variants !== "unknown" &&
            variants.length > 0 &&
            variants.every((v) => !isUnknown(v) && isObject(rawChild(v, "serverlessConfig")))
        )
            return false;
    }
    return true;
}

const isObject = (v: unknown) => v !== null && typeof v === "object" && !isUnknown(v);

/** Whether a resource's own tags (a map on classic resources, a `{key, value}` list on aws-native ones) carry every wanted tag. */
function tagged(r: StackResource, wanted: Record<string, unknown>): boolean {
    const tags = r.get("tags");
    if (tags.state !== "known" || tags.value === null || typeof tags.value !== "object") return false;
    const have = new Map<string, unknown>();
    if (Array.isArray(tags.value)) {
        for (const t of tags.value) if (isObject(t)) have.set(String(rawChild(t, "key")), rawChild(t, "value"));
    } else for (const k of Object.keys(tags.value)) have.set(k, rawChild(tags.value, k));
    return Object.entries(wanted).every(([k, v]) => have.get(k) === v);
}

export const sagemakerEndpointModelMonitor = stackPolicy({
    name: "sagemaker-endpoint-model-monitor",
    description:
        "Real-time SageMaker endpoints that serve PHI should be watched by a Model Monitor schedule (data quality, model quality, bias or explainability).",
    severity: "low",
    enforcementLevel: "advisory",
    practice: "detection",
    judges: SCHEDULES,
    controls: {
        hipaa: {
            ids: ["164.308(a)(1)(ii)(D)", "164.312(c)(1)"],
            source: own(
                "Information system activity review and integrity: a model answering questions about patients drifts as their data does; Model Monitor compares its live traffic with the training baseline and raises the alarm (Prowler sagemaker_models_monitor_enabled asks for a scheduled monitor per region).",
            ),
        },
        "nist-800-53": { ids: ["SI-4", "CA-7"], source: own("System monitoring and continuous monitoring of the deployed model.") },
    },
    fix: "add a monitoring schedule (e.g. `aws.sagemaker.MonitoringSchedule` with a data quality job definition) for the endpoint, with data capture on in its endpoint configuration",
    remediationSteps: [
        "1. Turn on data capture in the endpoint configuration (`dataCaptureConfig`, with a customer-managed key), create a baseline from the training data, and schedule a monitor against the endpoint.",
        "```typescript",
        'const dq = new aws.sagemaker.DataQualityJobDefinition("readmission-dq", {',
        "    dataQualityAppSpecification: { imageUri: modelMonitorImage },",
        '    dataQualityJobInput: { endpointInput: { endpointName: endpoint.name, localPath: "/opt/ml/processing/input" } },',
        "    dataQualityJobOutputConfig: { monitoringOutputs: { s3Output: { s3Uri: `s3://${bucket.bucket}/monitor/` } }, kmsKeyId: key.arn },",
        '    jobResources: { clusterConfig: { instanceCount: 1, instanceType: "ml.m5.large", volumeSizeInGb: 20, volumeKmsKeyId: key.arn } },',
        "    roleArn: monitorRole.arn,",
        "});",
        'new aws.sagemaker.MonitoringSchedule("readmission-monitor", {',
        '    monitoringScheduleConfig: { monitoringJobDefinitionName: dq.name, monitoringType: "DataQuality", scheduleConfig: { scheduleExpression: "cron(0 * ? * * *)" } },',
        "});",
        "```",
    ].join("\n"),
    stackCheck(stack, report) {
        const { index } = stack;
        // The pack's PHI scope: without `phiStackTag` every stack holds PHI; with it, a stack carrying the
        // tags does, and so does an endpoint tagged with them in a stack that does not.
        const scope = stackScope(stack.config, stack.stackTags);
        const wanted = stack.config.phiStackTag as Record<string, unknown>;
        const endpoints = index
            .ofType(...ENDPOINTS)
            .filter((e) => !scope || scope.inScope || tagged(e, wanted))
            .filter((e) => realTime(index, e));
        if (endpoints.length === 0)
            return stack.notApplicable(
                scope && !scope.inScope
                    ? "no real-time endpoint in this stack is marked as serving PHI (phiStackTag on the stack or on the endpoint)"
                    : "no real-time SageMaker endpoint in this stack",
            );
        const watched = monitored(index);
        for (const e of endpoints) {
            if (watched.has(e)) continue;
            report(
                `Endpoint ${nameOf(e)} serves real-time inference and no monitoring schedule of this stack watches it: drift in its inputs or predictions (on patients' data) goes unnoticed.`,
                e.urn,
            );
        }
    },
});
