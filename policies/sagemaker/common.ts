// Helpers shared by the SageMaker policies (not a policy): provider type tokens, the field maps
// that adapt one check to several resource shapes, and small judgements on lists and key paths.

import type { ResourceAdapter, ResourceContext } from "../core/policy";
import { isUnknown, list, read, Value } from "../core/values";

export const T = {
    notebook: "aws:sagemaker/notebookInstance:NotebookInstance",
    nativeNotebook: "aws-native:sagemaker:NotebookInstance",
    domain: "aws:sagemaker/domain:Domain",
    nativeDomain: "aws-native:sagemaker:Domain",
    userProfile: "aws:sagemaker/userProfile:UserProfile",
    nativeUserProfile: "aws-native:sagemaker:UserProfile",
    space: "aws:sagemaker/space:Space",
    nativeSpace: "aws-native:sagemaker:Space",
    model: "aws:sagemaker/model:Model",
    nativeModel: "aws-native:sagemaker:Model",
    endpointConfig: "aws:sagemaker/endpointConfiguration:EndpointConfiguration",
    nativeEndpointConfig: "aws-native:sagemaker:EndpointConfig",
    featureGroup: "aws:sagemaker/featureGroup:FeatureGroup",
    nativeFeatureGroup: "aws-native:sagemaker:FeatureGroup",
    trainingJob: "aws:sagemaker/trainingJob:TrainingJob",
    tuningJob: "aws:sagemaker/hyperParameterTuningJob:HyperParameterTuningJob",
    dataQuality: "aws:sagemaker/dataQualityJobDefinition:DataQualityJobDefinition",
    nativeDataQuality: "aws-native:sagemaker:DataQualityJobDefinition",
    nativeModelBias: "aws-native:sagemaker:ModelBiasJobDefinition",
    nativeModelExplainability: "aws-native:sagemaker:ModelExplainabilityJobDefinition",
    nativeModelQuality: "aws-native:sagemaker:ModelQualityJobDefinition",
    monitoringSchedule: "aws:sagemaker/monitoringSchedule:MonitoringSchedule",
    nativeMonitoringSchedule: "aws-native:sagemaker:MonitoringSchedule",
    nativeProcessingJob: "aws-native:sagemaker:ProcessingJob",
    flowDefinition: "aws:sagemaker/flowDefinition:FlowDefinition",
    labelingJob: "aws:sagemaker/labelingJob:LabelingJob",
    modelPackageGroupPolicy: "aws:sagemaker/modelPackageGroupPolicy:ModelPackageGroupPolicy",
    nativeModelPackageGroup: "aws-native:sagemaker:ModelPackageGroup",
    nativeModelPackage: "aws-native:sagemaker:ModelPackage",
    modelCard: "aws:sagemaker/modelCard:ModelCard",
    nativeModelCard: "aws-native:sagemaker:ModelCard",
    /** SageMaker Unified Studio domains are Amazon DataZone domains. */
    datazoneDomain: "aws:datazone/domain:Domain",
    nativeDatazoneDomain: "aws-native:datazone:Domain",
    /** Connections of a Unified Studio project to data sources (aws-native only). */
    nativeDatazoneConnection: "aws-native:datazone:Connection",
    /** HyperPod (aws-native only). */
    nativeCluster: "aws-native:sagemaker:Cluster",
    workforce: "aws:sagemaker/workforce:Workforce",
    nativeWorkforce: "aws-native:sagemaker:Workforce",
    codeRepository: "aws:sagemaker/codeRepository:CodeRepository",
    imageVersion: "aws:sagemaker/imageVersion:ImageVersion",
    nativeImageVersion: "aws-native:sagemaker:ImageVersion",
    /** Inference experiments and partner AI apps (aws-native only). */
    nativeInferenceExperiment: "aws-native:sagemaker:InferenceExperiment",
    nativePartnerApp: "aws-native:sagemaker:PartnerApp",
} as const;

export const isNative = (type: string): boolean => type.startsWith("aws-native:");

/** The notebook policies' field names (classic) mapped to the aws-native (CloudFormation-shaped) inputs. */
export const NATIVE_NOTEBOOK: ResourceAdapter = { fields: { securityGroups: "securityGroupIds" } };

/** The user profile's `userSettings` has the shape of the domain's `defaultUserSettings`. */
export const PROFILE_AS_DOMAIN: ResourceAdapter = { fields: { defaultUserSettings: "userSettings" } };

// ---------------------------------------------------------------------------------------------
// Jobs: training jobs, tuning jobs, processing jobs, monitoring job definitions and schedules.
//
// The job policies use the training job's field names. The monitoring shapes (data quality, model
// bias / explainability / quality job definitions, and the job definition embedded in a monitoring
// schedule) rename them; the maps below translate. A tuning job holds one or more training job
// definitions (`trainingJobDefinition`, `trainingJobDefinitions[]`), read inside the check.

const monitoringFields = (prefix: string, output: string, resources: string): Record<string, string> => ({
    enableNetworkIsolation: `${prefix}networkConfig.enableNetworkIsolation`,
    enableInterContainerTrafficEncryption: `${prefix}networkConfig.enableInterContainerTrafficEncryption`,
    vpcConfig: `${prefix}networkConfig.vpcConfig`,
    outputDataConfig: `${prefix}${output}`,
    resourceConfig: `${prefix}${resources}.clusterConfig`,
});

const SCHEDULE_PREFIX = "monitoringScheduleConfig.monitoringJobDefinition.";

export const JOB_RESOURCES: Record<string, ResourceAdapter> = {
    [T.trainingJob]: {},
    // Remediations set the fields in each training job definition of a tuning job (never create one).
    [T.tuningJob]: { remediateIn: ["trainingJobDefinition", "trainingJobDefinitions[*]"] },
    [T.dataQuality]: { fields: monitoringFields("", "dataQualityJobOutputConfig", "jobResources") },
    [T.nativeDataQuality]: { fields: monitoringFields("", "dataQualityJobOutputConfig", "jobResources") },
    [T.nativeModelBias]: { fields: monitoringFields("", "modelBiasJobOutputConfig", "jobResources") },
    [T.nativeModelExplainability]: { fields: monitoringFields("", "modelExplainabilityJobOutputConfig", "jobResources") },
    [T.nativeModelQuality]: { fields: monitoringFields("", "modelQualityJobOutputConfig", "jobResources") },
    // A processing job has the monitoring jobs' shape: `networkConfig`, an output config, a cluster config.
    [T.nativeProcessingJob]: { fields: monitoringFields("", "processingOutputConfig", "processingResources") },
    [T.monitoringSchedule]: { fields: monitoringFields(SCHEDULE_PREFIX, "monitoringOutputConfig", "monitoringResources") },
    [T.nativeMonitoringSchedule]: { fields: monitoringFields(SCHEDULE_PREFIX, "monitoringOutputConfig", "monitoringResources") },
};

/** The input path a policy field has on a resource type, for messages (mirrors the adapter's mapping). */
export function pathOf(adapters: Record<string, ResourceAdapter>, type: string, field: string): string {
    const fields = adapters[type]?.fields;
    if (!fields) return field;
    if (field in fields) return fields[field];
    const dot = field.indexOf(".");
    if (dot > 0 && field.slice(0, dot) in fields) return fields[field.slice(0, dot)] + field.slice(dot);
    return field;
}

export type Reader = (field: string, awsDefault?: unknown) => Value;
export type ListReader = (field: string) => unknown[] | "unknown";

/** One job definition of a resource: where it is (for messages) and how to read its fields. */
export interface JobView {
    /** `""` for the resource itself, else e.g. "`trainingJobDefinitions[1]`: ". */
    where: string;
    get: Reader;
    list: ListReader;
    /** The input path of a field, for messages. */
    path: (field: string) => string;
}

/**
 * The job definitions a job policy checks on a resource. A monitoring schedule that references a
 * separate job definition (`monitoringJobDefinitionName`) has none: the job definition resource is
 * checked itself. A tuning job's definitions that are unknown at preview are judged at update.
 */
export function jobViews(r: ResourceContext): JobView[] {
    if (r.type === T.tuningJob) {
        const views: JobView[] = [];
        const add = (node: unknown, base: string) =>
            views.push({
                where: `\`${base}\`: `,
                get: (f, d) => read(node, f, d),
                list: (f) => list(node, f),
                path: (f) => `${base}.${f}`,
            });
        const single = r.get("trainingJobDefinition");
        if (single.state === "known" && typeof single.value === "object") add(single.value, "trainingJobDefinition");
        const many = r.list("trainingJobDefinitions");
        // A null (or otherwise not an object) element is no definition: nothing to judge or to fix.
        if (many !== "unknown")
            many.forEach((node, i) => {
                if (isUnknown(node) || (node !== null && typeof node === "object")) add(node, `trainingJobDefinitions[${i}]`);
            });
        return views;
    }
    if (r.type === T.monitoringSchedule || r.type === T.nativeMonitoringSchedule) {
        if (r.get("monitoringScheduleConfig.monitoringJobDefinition").state !== "known") return [];
    }
    return [{ where: "", get: r.get, list: r.list, path: (f) => pathOf(JOB_RESOURCES, r.type, f) }];
}

// ---------------------------------------------------------------------------------------------
// Lists of IDs.

/**
 * Whether a list of IDs (subnets, security groups) is known to name nothing: absent, empty, or only
 * blank strings. An unknown list, or an unknown element, names something another resource creates.
 */
export function namesNothing(items: unknown[] | "unknown"): boolean {
    if (items === "unknown") return false;
    return !items.some((x) => isUnknown(x) || (typeof x === "string" && x.trim() !== ""));
}

/** A known value that is not a non-empty string (absent, empty, or a wrong shape); unknown is set. */
export function isBlank(v: Value): boolean {
    if (v.state === "unknown") return false;
    if (v.state === "absent") return true;
    return typeof v.value !== "string" || v.value.trim() === "";
}

/**
 * The VPC placement problem of a `vpcConfig`-like object (`subnets` + `securityGroupIds`), or
 * undefined when both are set. `field` is read through `get`; `at` is its input path, for the message.
 */
export function vpcConfigProblem(get: Reader, lst: ListReader, field: string, at: string = field): string | undefined {
    const cfg = get(field);
    if (cfg.state === "unknown") return undefined;
    if (cfg.state === "absent") return `\`${at}\` is not set, so the workload runs in a SageMaker-managed network outside your VPC.`;
    const noSubnets = namesNothing(lst(`${field}.subnets`));
    const noGroups = namesNothing(lst(`${field}.securityGroupIds`));
    if (noSubnets && noGroups) return `\`${at}\` names no subnets and no security groups, so the workload is not placed in your VPC.`;
    if (noSubnets) return `\`${at}.subnets\` is empty, so the workload is not placed in subnets of your VPC.`;
    if (noGroups)
        return `\`${at}.securityGroupIds\` is empty, so the workload's network interfaces are not limited by security groups you chose.`;
    return undefined;
}

// ---------------------------------------------------------------------------------------------
// Container image URIs.

/** A private ECR registry path: `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]/` or the dual-stack `<account>.dkr-ecr.<region>.on.aws/`. */
const ECR_IMAGE = /^(\d{12})\.(?:dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?|dkr-ecr(?:-fips)?\.[a-z0-9-]+\.on\.aws)\//;

/** Where a container image is pulled from: a private ECR registry (with its account), or a named public/outside source. */
export type ImageSource = { kind: "ecr"; account: string } | { kind: "outside"; what: string };

export function imageSource(image: string): ImageSource {
    const uri = image.trim();
    const ecr = ECR_IMAGE.exec(uri);
    if (ecr) return { kind: "ecr", account: ecr[1] };
    const slash = uri.indexOf("/");
    const host = slash > 0 ? uri.slice(0, slash).toLowerCase() : "";
    // Docker's rule: the first path segment is a registry host when it has a dot or a port, or is localhost.
    const hasHost = host !== "" && (host.includes(".") || host.includes(":") || host === "localhost");
    if (!hasHost || host === "docker.io" || host === "index.docker.io" || host === "registry-1.docker.io") {
        return { kind: "outside", what: "Docker Hub, a public registry" };
    }
    if (host === "public.ecr.aws") return { kind: "outside", what: "the Amazon ECR Public Gallery, a public registry" };
    return { kind: "outside", what: "a registry outside AWS that SageMaker reaches over the internet" };
}

/** At most this many findings per resource from one list (a program with thousands of elements gets the first ones and a count). */
export const MAX_LIST_FINDINGS = 10;

/**
 * Wraps `report` for findings per list element: after `MAX_LIST_FINDINGS` it stops reporting (`full`
 * turns true, so the caller can stop iterating) and `finish()` adds one line saying how many more there were.
 */
export interface CappedReport {
    report: (message: string) => void;
    full: () => boolean;
    finish: () => void;
}

export function cappedReport(report: (message: string) => void): CappedReport {
    let n = 0;
    return {
        report: (m) => {
            if (n++ < MAX_LIST_FINDINGS) report(m);
        },
        full: () => n > MAX_LIST_FINDINGS,
        finish: () => {
            if (n > MAX_LIST_FINDINGS) report(`… and more elements with the same problem (the first ${MAX_LIST_FINDINGS} are shown).`);
        },
    };
}

/**
 * The shape every per-element list check shares: calls `fn(element, at)` on each element of each list
 * field (read through `lst`; `at` is the element's input path, e.g. `productionVariants[2]`), skipping
 * an unknown list or an unknown element (judged at update), and stopping once `capped` is full.
 */
export function forEachListed(
    lst: ListReader,
    fields: string | readonly string[],
    capped: Pick<CappedReport, "full">,
    fn: (element: unknown, at: string, index: number) => void,
): void {
    for (const field of typeof fields === "string" ? [fields] : fields) {
        const items = lst(field);
        if (items === "unknown") continue;
        for (let i = 0; i < items.length && !capped.full(); i++) {
            if (!isUnknown(items[i])) fn(items[i], `${field}[${i}]`, i);
        }
    }
}
