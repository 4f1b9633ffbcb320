// Case tables for the job policies (training, tuning, model-monitoring job definitions and
// schedules), generated from one compliant fixture per resource type and the input paths that
// type gives the checked fields.

import { sagemakerJobInterContainerEncryption } from "../../policies/sagemaker/sagemaker-job-inter-container-encryption";
import { sagemakerJobInVpc } from "../../policies/sagemaker/sagemaker-job-in-vpc";
import { sagemakerJobKmsEncryption } from "../../policies/sagemaker/sagemaker-job-kms-encryption";
import { sagemakerJobNetworkIsolation } from "../../policies/sagemaker/sagemaker-job-network-isolation";
import { T } from "../../policies/sagemaker/common";
import { UNKNOWN } from "../harness";
import { deletePath, Mutation, PolicyCases, setPath } from "../policy-cases";

type Props = Record<string, unknown>;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The checked fields of a job, as input paths of one resource type. */
interface JobShape {
    type: string;
    compliant: () => Props;
    /** Prefix of every path below inside the resource (and in messages). */
    at: string;
    isolation: string;
    ict: string;
    vpc: string;
    output: string;
    volume: string;
    alsoCompliant?: { title: string; mutate: (p: Props) => void }[];
}

const network = () => ({
    enableNetworkIsolation: true,
    enableInterContainerTrafficEncryption: true,
    vpcConfig: { subnets: [UNKNOWN], securityGroupIds: [UNKNOWN] },
});
const cluster = () => ({ instanceCount: 2, instanceType: "ml.m5.xlarge", volumeSizeInGb: 20, volumeKmsKeyId: UNKNOWN });
const trainingDefinition = () => ({
    roleArn: UNKNOWN,
    algorithmSpecification: { trainingImage: "111122223333.dkr.ecr.us-east-1.amazonaws.com/train:1", trainingInputMode: "File" },
    ...network(),
    outputDataConfig: { s3OutputPath: "s3://ml-bucket/out", kmsKeyId: UNKNOWN },
    resourceConfig: { instanceType: "ml.m5.xlarge", instanceCount: 2, volumeSizeInGb: 50, volumeKmsKeyId: UNKNOWN },
    stoppingCondition: { maxRuntimeInSeconds: 3600 },
});
const monitoringDefinition = (output: string, resources: string, extra: Props) => ({
    roleArn: UNKNOWN,
    ...extra,
    networkConfig: network(),
    [output]: {
        kmsKeyId: UNKNOWN,
        monitoringOutputs: [{ s3Output: { localPath: "/opt/ml/processing/output", s3Uri: "s3://ml-bucket/monitor" } }],
    },
    [resources]: { clusterConfig: cluster() },
});
const monitoringShape = (type: string, output: string, appKey: string): JobShape => ({
    type,
    compliant: () =>
        monitoringDefinition(output, "jobResources", { [appKey]: { imageUri: "111122223333.dkr.ecr.us-east-1.amazonaws.com/monitor:1" } }),
    at: "",
    isolation: "networkConfig.enableNetworkIsolation",
    ict: "networkConfig.enableInterContainerTrafficEncryption",
    vpc: "networkConfig.vpcConfig",
    output: `${output}.kmsKeyId`,
    volume: "jobResources.clusterConfig.volumeKmsKeyId",
});
const scheduleShape = (type: string): JobShape => ({
    type,
    compliant: () => ({
        monitoringScheduleConfig: {
            monitoringType: "DataQuality",
            scheduleConfig: { scheduleExpression: "cron(0 * ? * * *)" },
            monitoringJobDefinition: monitoringDefinition("monitoringOutputConfig", "monitoringResources", {
                monitoringAppSpecification: { imageUri: "111122223333.dkr.ecr.us-east-1.amazonaws.com/monitor:1" },
                monitoringInputs: [{ endpointInput: { endpointName: UNKNOWN, localPath: "/opt/ml/processing/input" } }],
            }),
        },
    }),
    at: "monitoringScheduleConfig.monitoringJobDefinition.",
    isolation: "networkConfig.enableNetworkIsolation",
    ict: "networkConfig.enableInterContainerTrafficEncryption",
    vpc: "networkConfig.vpcConfig",
    output: "monitoringOutputConfig.kmsKeyId",
    volume: "monitoringResources.clusterConfig.volumeKmsKeyId",
    alsoCompliant: [
        {
            title: "the schedule references a separate job definition (checked on that resource)",
            mutate: (p) => {
                const cfg = p.monitoringScheduleConfig as Props;
                delete cfg.monitoringJobDefinition;
                cfg.monitoringJobDefinitionName = UNKNOWN;
            },
        },
    ],
});

const SHAPES: JobShape[] = [
    {
        type: T.trainingJob,
        compliant: () => ({ trainingJobName: "train", ...trainingDefinition() }),
        at: "",
        isolation: "enableNetworkIsolation",
        ict: "enableInterContainerTrafficEncryption",
        vpc: "vpcConfig",
        output: "outputDataConfig.kmsKeyId",
        volume: "resourceConfig.volumeKmsKeyId",
    },
    {
        type: T.tuningJob,
        compliant: () => ({
            name: "tune",
            config: { strategy: "Bayesian", resourceLimits: { maxNumberOfTrainingJobs: 4, maxParallelTrainingJobs: 2 } },
            trainingJobDefinition: trainingDefinition(),
        }),
        at: "trainingJobDefinition.",
        isolation: "enableNetworkIsolation",
        ict: "enableInterContainerTrafficEncryption",
        vpc: "vpcConfig",
        output: "outputDataConfig.kmsKeyId",
        volume: "resourceConfig.volumeKmsKeyId",
        alsoCompliant: [
            {
                title: "definitions given as a list",
                mutate: (p) => {
                    p.trainingJobDefinitions = [p.trainingJobDefinition, trainingDefinition()];
                    delete p.trainingJobDefinition;
                },
            },
            {
                title: "volume key in hyperParameterTuningResourceConfig",
                mutate: (p) => {
                    const d = p.trainingJobDefinition as Props;
                    delete d.resourceConfig;
                    d.hyperParameterTuningResourceConfig = { instanceType: "ml.m5.xlarge", instanceCount: 2, volumeKmsKeyId: UNKNOWN };
                },
            },
        ],
    },
    monitoringShape(T.dataQuality, "dataQualityJobOutputConfig", "dataQualityAppSpecification"),
    monitoringShape(T.nativeDataQuality, "dataQualityJobOutputConfig", "dataQualityAppSpecification"),
    monitoringShape(T.nativeModelBias, "modelBiasJobOutputConfig", "modelBiasAppSpecification"),
    monitoringShape(T.nativeModelExplainability, "modelExplainabilityJobOutputConfig", "modelExplainabilityAppSpecification"),
    monitoringShape(T.nativeModelQuality, "modelQualityJobOutputConfig", "modelQualityAppSpecification"),
    scheduleShape(T.monitoringSchedule),
    scheduleShape(T.nativeMonitoringSchedule),
    // Processing jobs (issue 27): the same rules through the same helpers, at the aws-native paths.
    {
        type: T.nativeProcessingJob,
        compliant: () => ({
            roleArn: UNKNOWN,
            appSpecification: { imageUri: "111122223333.dkr.ecr.us-east-1.amazonaws.com/process:1" },
            networkConfig: network(),
            processingInputs: [{ inputName: "raw", s3Input: { s3Uri: "s3://ml-bucket/raw", localPath: "/opt/ml/processing/input" } }],
            processingOutputConfig: {
                kmsKeyId: UNKNOWN,
                outputs: [
                    { outputName: "features", s3Output: { s3Uri: "s3://ml-bucket/features", localPath: "/opt/ml/processing/output" } },
                ],
            },
            processingResources: { clusterConfig: cluster() },
            stoppingCondition: { maxRuntimeInSeconds: 3600 },
        }),
        at: "",
        isolation: "networkConfig.enableNetworkIsolation",
        ict: "networkConfig.enableInterContainerTrafficEncryption",
        vpc: "networkConfig.vpcConfig",
        output: "processingOutputConfig.kmsKeyId",
        volume: "processingResources.clusterConfig.volumeKmsKeyId",
    },
];

const del = (path: string) => (p: Props) => deletePath(p, path);
const set = (path: string, v: unknown) => (p: Props) => setPath(p, path, v);

/** For a tuning job: the same failure in the second element of `trainingJobDefinitions`. */
function inList(s: JobShape, m: Mutation, field: string): Mutation | undefined {
    if (s.type !== T.tuningJob) return undefined;
    return {
        title: `${m.title}, in trainingJobDefinitions[1]`,
        mutate: (p) => {
            const bad = { trainingJobDefinition: trainingDefinition() } as Props;
            m.mutate(bad);
            p.trainingJobDefinitions = [trainingDefinition(), bad.trainingJobDefinition];
            delete p.trainingJobDefinition;
        },
        expect: new RegExp(`trainingJobDefinitions\\[1\\]\`: \`trainingJobDefinitions\\[1\\]\\.${esc(field)}`),
    };
}

function table(policy: PolicyCases["policy"], build: (s: JobShape) => { mutations: Mutation[]; unknownPaths: string[] }): PolicyCases[] {
    return SHAPES.map((s) => {
        const { mutations, unknownPaths } = build(s);
        return { policy, type: s.type, compliant: s.compliant(), mutations, unknownPaths, alsoCompliant: s.alsoCompliant };
    });
}

const flag = (policy: PolicyCases["policy"], key: "isolation" | "ict") =>
    table(policy, (s) => {
        const path = s.at + s[key];
        const absent: Mutation = {
            title: `${path} absent (AWS default false)`,
            mutate: del(path),
            expect: new RegExp(`${esc(path)}\` is not set \\(AWS default false\\)`),
        };
        const off: Mutation = { title: `${path} false`, mutate: set(path, false), expect: new RegExp(`${esc(path)}\` is false`) };
        const listed = inList(s, off, s[key]);
        return { mutations: [absent, off, ...(listed ? [listed] : [])], unknownPaths: [path, s.at + s[key].split(".")[0]] };
    });

export const cases: PolicyCases[] = [
    ...flag(sagemakerJobNetworkIsolation, "isolation"),
    ...flag(sagemakerJobInterContainerEncryption, "ict"),
    ...table(sagemakerJobInVpc, (s) => {
        const vpc = s.at + s.vpc;
        const noVpc: Mutation = { title: `no ${vpc}`, mutate: del(vpc), expect: new RegExp(`${esc(vpc)}\` is not set`) };
        const listed = inList(s, noVpc, s.vpc);
        return {
            mutations: [
                noVpc,
                { title: "no subnets", mutate: set(`${vpc}.subnets`, []), expect: new RegExp(`${esc(vpc)}\\.subnets\` is empty`) },
                { title: "blank subnet id", mutate: set(`${vpc}.subnets`, [" "]), expect: /subnets` is empty/ },
                {
                    title: "no security groups",
                    mutate: set(`${vpc}.securityGroupIds`, []),
                    expect: new RegExp(`${esc(vpc)}\\.securityGroupIds\` is empty`),
                },
                {
                    title: "neither subnets nor security groups",
                    mutate: (p) => (setPath(p, `${vpc}.subnets`, []), setPath(p, `${vpc}.securityGroupIds`, [])),
                    expect: /names no subnets and no security groups/,
                },
                ...(listed ? [listed] : []),
            ],
            unknownPaths: [vpc, `${vpc}.subnets`, `${vpc}.securityGroupIds`, `${vpc}.subnets.0`],
        };
    }),
    ...table(sagemakerJobKmsEncryption, (s) => {
        const out = s.at + s.output;
        const vol = s.at + s.volume;
        const noOut: Mutation = { title: `no ${out}`, mutate: del(out), expect: new RegExp(`${esc(out)}\` is not set`) };
        const listed = inList(s, noOut, s.output);
        return {
            mutations: [
                noOut,
                {
                    title: `${out} AWS-managed alias`,
                    mutate: set(out, "alias/aws/sagemaker"),
                    expect: new RegExp(`${esc(out)}\` names an AWS-managed key`),
                },
                { title: `no ${vol}`, mutate: del(vol), expect: new RegExp(`${esc(vol)}\` is not set`) },
                { title: `empty ${vol}`, mutate: set(vol, ""), expect: new RegExp(`${esc(vol)}\` is not set`) },
                {
                    title: `${vol} AWS-managed alias ARN`,
                    mutate: set(vol, "arn:aws:kms:us-east-1:111122223333:alias/aws/sagemaker"),
                    expect: new RegExp(`${esc(vol)}\` names an AWS-managed key`),
                },
                ...(listed ? [listed] : []),
            ],
            unknownPaths: [out, vol, out.replace(/\.kmsKeyId$/, "")],
        };
    }),
];
