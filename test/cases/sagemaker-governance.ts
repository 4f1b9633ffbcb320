// Case tables for the rest of issue 27 (branch h27): custom Studio images, the model registry in
// use, inference experiments and partner apps, Model Monitor coverage. Own mutations only; peers'
// inputs are in test/peers/issue27.ts.

import { T } from "../../policies/sagemaker/common";
import { datazoneConnectionTrustedIdentity } from "../../policies/sagemaker/datazone-connection-trusted-identity";
import { sagemakerInferenceExperimentKmsEncryption } from "../../policies/sagemaker/sagemaker-inference-experiment-kms-encryption";
import { sagemakerPartnerAppKmsEncryption } from "../../policies/sagemaker/sagemaker-partner-app-kms-encryption";
import { sagemakerPartnerAppUserIdentity } from "../../policies/sagemaker/sagemaker-partner-app-user-identity";
import { sagemakerEndpointModelMonitor } from "../../policies/sagemaker/sagemaker-endpoint-model-monitor";
import { sagemakerModelRegistryInUse } from "../../policies/sagemaker/sagemaker-model-registry-in-use";
import { sagemakerImagePrivateRegistry } from "../../policies/sagemaker/sagemaker-image-private-registry";
import { sagemakerEndpointApprovedModelPackage } from "../../policies/sagemaker/sagemaker-endpoint-approved-model-package";
import { StackResourceCase, UNKNOWN, urnFor } from "../harness";
import { deletePath, findResource, PolicyCases, setPath, StackCases } from "../policy-cases";

type Props = Record<string, unknown>;
const set = (path: string, v: unknown) => (p: Props) => setPath(p, path, v);

/** An image version as a first preview sees it: built from an ECR repository of the same stack. */
const imageVersion = (): Props => ({ imageName: UNKNOWN, baseImage: UNKNOWN });

const imageCases = (type: string): PolicyCases => ({
    policy: sagemakerImagePrivateRegistry,
    type,
    compliant: imageVersion(),
    unknownPaths: ["baseImage"],
    alsoCompliant: [
        { title: "this account's ECR", mutate: set("baseImage", "111122223333.dkr.ecr.eu-west-1.amazonaws.com/kernels/r:4.3") },
        {
            title: "a shared-images account's ECR, by digest",
            mutate: set("baseImage", "444455556666.dkr.ecr.us-east-1.amazonaws.com/base@sha256:" + "a".repeat(64)),
        },
        { title: "a FIPS ECR endpoint", mutate: set("baseImage", "111122223333.dkr.ecr-fips.us-gov-west-1.amazonaws.com/kernel:1") },
        { title: "ECR in China", mutate: set("baseImage", "111122223333.dkr.ecr.cn-north-1.amazonaws.com.cn/kernel:1") },
        { title: "ECR's dual-stack endpoint", mutate: set("baseImage", "111122223333.dkr-ecr.us-east-1.on.aws/kernel:1") },
    ],
    mutations: [
        {
            title: "a Docker Hub image by short name",
            mutate: set("baseImage", "jupyter/datascience-notebook:latest"),
            expect: /Docker Hub/,
        },
        { title: "a Docker Hub official image", mutate: set("baseImage", "python:3.12"), expect: /Docker Hub/ },
        { title: "docker.io spelled out", mutate: set("baseImage", "docker.io/library/ubuntu:24.04"), expect: /Docker Hub/ },
        {
            title: "the ECR Public Gallery",
            mutate: set("baseImage", "public.ecr.aws/docker/library/python:3.12"),
            expect: /ECR Public Gallery/,
        },
        { title: "a registry outside AWS", mutate: set("baseImage", "ghcr.io/example/kernel:1"), expect: /registry outside AWS/ },
        {
            title: "an ECR-looking host that is not ECR",
            mutate: set("baseImage", "111122223333.dkr.ecr.us-east-1.amazonaws.com.example.net/k:1"),
            expect: /registry outside AWS/,
        },
    ],
});

const del = (path: string) => (p: Props) => deletePath(p, path);

/** A shadow test of a live endpoint, as at a first preview: endpoint, role, key and bucket from the same stack. */
const experiment = (): Props => ({
    name: "readmission-shadow",
    type: "ShadowMode",
    endpointName: UNKNOWN,
    roleArn: UNKNOWN,
    modelVariants: [
        {
            modelName: UNKNOWN,
            variantName: "champion",
            infrastructureConfig: {
                infrastructureType: "RealTimeInference",
                realTimeInferenceConfig: { instanceType: "ml.m5.large", instanceCount: 1 },
            },
        },
        {
            modelName: UNKNOWN,
            variantName: "challenger",
            infrastructureConfig: {
                infrastructureType: "RealTimeInference",
                realTimeInferenceConfig: { instanceType: "ml.m5.large", instanceCount: 1 },
            },
        },
    ],
    shadowModeConfig: {
        sourceModelVariantName: "champion",
        shadowModelVariants: [{ shadowModelVariantName: "challenger", samplingPercentage: 50 }],
    },
    kmsKey: UNKNOWN,
    dataStorageConfig: { destination: UNKNOWN, kmsKey: UNKNOWN },
});

/** A partner AI app as at a first preview. */
const partnerApp = (): Props => ({
    name: "comet",
    type: "comet",
    tier: "small",
    authType: "IAM",
    executionRoleArn: UNKNOWN,
    kmsKeyId: UNKNOWN,
    enableIamSessionBasedIdentity: true,
    applicationConfig: { adminUsers: ["alice"] },
});

/** A Unified Studio project's Athena connection, as at a first preview. */
const connection = (): Props => ({
    name: "clinical-athena",
    domainIdentifier: UNKNOWN,
    environmentIdentifier: UNKNOWN,
    props: { athenaProperties: { workgroupName: "clinical" } },
    enableTrustedIdentityPropagation: true,
});

export const cases: PolicyCases[] = [
    imageCases(T.imageVersion),
    imageCases(T.nativeImageVersion),
    {
        policy: sagemakerInferenceExperimentKmsEncryption,
        type: T.nativeInferenceExperiment,
        compliant: experiment(),
        unknownPaths: ["kmsKey", "dataStorageConfig", "dataStorageConfig.kmsKey"],
        alsoCompliant: [
            { title: "no data capture (only the volume key)", mutate: del("dataStorageConfig") },
            {
                title: "key ARNs given as text",
                mutate: set("kmsKey", "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
            },
        ],
        mutations: [
            { title: "no volume key", mutate: del("kmsKey"), expect: /`kmsKey` is not set/ },
            {
                title: "an AWS-managed volume key",
                mutate: set("kmsKey", "alias/aws/sagemaker"),
                expect: /`kmsKey` names an AWS-managed key/,
            },
            {
                title: "captured data without a key",
                mutate: del("dataStorageConfig.kmsKey"),
                expect: /`dataStorageConfig.kmsKey` is not set/,
            },
            {
                title: "captured data with an empty key",
                mutate: set("dataStorageConfig.kmsKey", ""),
                expect: /`dataStorageConfig.kmsKey` is not set/,
            },
            {
                title: "captured data with the S3 AWS-managed key",
                mutate: set("dataStorageConfig.kmsKey", "arn:aws:kms:us-east-1:111122223333:alias/aws/s3"),
                expect: /`dataStorageConfig.kmsKey` names an AWS-managed key/,
            },
        ],
    },
    {
        policy: sagemakerPartnerAppKmsEncryption,
        type: T.nativePartnerApp,
        compliant: partnerApp(),
        unknownPaths: ["kmsKeyId"],
        mutations: [
            { title: "no key", mutate: del("kmsKeyId"), expect: /`kmsKeyId` is not set/ },
            { title: "an AWS-managed key", mutate: set("kmsKeyId", "alias/aws/sagemaker"), expect: /`kmsKeyId` names an AWS-managed key/ },
        ],
    },
    {
        policy: sagemakerPartnerAppUserIdentity,
        type: T.nativePartnerApp,
        compliant: partnerApp(),
        unknownPaths: ["enableIamSessionBasedIdentity"],
        mutations: [
            {
                title: "session identity not set (AWS default false)",
                mutate: del("enableIamSessionBasedIdentity"),
                expect: /is not set \(AWS default false\)/,
            },
            { title: "session identity off", mutate: set("enableIamSessionBasedIdentity", false), expect: /is not true/ },
        ],
    },
    {
        policy: datazoneConnectionTrustedIdentity,
        type: T.nativeDatazoneConnection,
        compliant: connection(),
        unknownPaths: ["enableTrustedIdentityPropagation", "props"],
        mutations: [
            {
                title: "propagation not set (AWS default false)",
                mutate: del("enableTrustedIdentityPropagation"),
                expect: /is not set \(AWS default false\) on this `athenaProperties` connection/,
            },
            { title: "propagation off", mutate: set("enableTrustedIdentityPropagation", false), expect: /is not true/ },
            {
                title: "a Redshift connection without propagation",
                mutate: (p) => {
                    p.props = {
                        redshiftProperties: { host: "wh.example.us-east-1.redshift.amazonaws.com", port: 5439, databaseName: "dev" },
                    };
                    delete p.enableTrustedIdentityPropagation;
                },
                expect: /`redshiftProperties` connection/,
            },
            {
                title: "an S3 connection without propagation",
                mutate: (p) => {
                    p.props = { s3Properties: { s3Uri: "s3://ml-bucket/curated/" } };
                    p.enableTrustedIdentityPropagation = false;
                },
                expect: /`s3Properties` connection/,
            },
        ],
    },
];

// ---------------------------------------------------------------------------------------------
// A model package version deployed behind an endpoint configuration, as at a first preview: the
// model's container names the package (its ARN unknown), the endpoint config names the model.

const PKG = "aws-native:sagemaker:ModelPackage";
const GROUP = "aws-native:sagemaker:ModelPackageGroup";

const registryStack = (): StackResourceCase[] => [
    { type: GROUP, name: "readmission", props: { modelPackageGroupName: "readmission" } },
    {
        type: PKG,
        name: "readmission-v7",
        props: { modelPackageGroupName: UNKNOWN, modelApprovalStatus: "Approved", approvalDescription: "reviewed" },
        propertyDependencies: { modelPackageGroupName: [urnFor(GROUP, "readmission")] },
    },
    {
        type: T.model,
        name: "readmission-model",
        props: { executionRoleArn: UNKNOWN, primaryContainer: { modelPackageName: UNKNOWN } },
        propertyDependencies: { primaryContainer: [urnFor(PKG, "readmission-v7")] },
    },
    {
        type: T.endpointConfig,
        name: "readmission-ec",
        props: { productionVariants: [{ variantName: "main", modelName: UNKNOWN, instanceType: "ml.m5.large", initialInstanceCount: 2 }] },
        propertyDependencies: { productionVariants: [urnFor(T.model, "readmission-model")] },
    },
];
const pkgProps = (s: StackResourceCase[]) => findResource(s, "readmission-v7").props;

// ---------------------------------------------------------------------------------------------
// A real-time endpoint with a data quality monitor, as at a first preview.

const ENDPOINT = "aws:sagemaker/endpoint:Endpoint";
const DQ = "aws:sagemaker/dataQualityJobDefinition:DataQualityJobDefinition";
const SCHEDULE = "aws:sagemaker/monitoringSchedule:MonitoringSchedule";

export const monitoredStack = (): StackResourceCase[] => [
    {
        type: T.endpointConfig,
        name: "triage-ec",
        props: {
            productionVariants: [{ variantName: "main", modelName: "triage", instanceType: "ml.m5.large", initialInstanceCount: 2 }],
            dataCaptureConfig: {
                enableCapture: true,
                initialSamplingPercentage: 100,
                destinationS3Uri: "s3://ml-bucket/capture/",
                kmsKeyId: UNKNOWN,
            },
        },
    },
    {
        type: ENDPOINT,
        name: "triage",
        props: { name: "triage", endpointConfigName: UNKNOWN },
        propertyDependencies: { endpointConfigName: [urnFor(T.endpointConfig, "triage-ec")] },
    },
    {
        type: DQ,
        name: "triage-dq",
        props: {
            dataQualityAppSpecification: { imageUri: "156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer" },
            dataQualityJobInput: { endpointInput: { endpointName: UNKNOWN, localPath: "/opt/ml/processing/input" } },
            dataQualityJobOutputConfig: { monitoringOutputs: { s3Output: { s3Uri: "s3://ml-bucket/monitor/" } } },
            jobResources: { clusterConfig: { instanceCount: 1, instanceType: "ml.m5.large", volumeSizeInGb: 20 } },
            roleArn: UNKNOWN,
        },
        propertyDependencies: { dataQualityJobInput: [urnFor(ENDPOINT, "triage")] },
    },
    {
        type: SCHEDULE,
        name: "triage-monitor",
        props: {
            monitoringScheduleConfig: {
                monitoringJobDefinitionName: UNKNOWN,
                monitoringType: "DataQuality",
                scheduleConfig: { scheduleExpression: "cron(0 * ? * * *)" },
            },
        },
        propertyDependencies: { monitoringScheduleConfig: [urnFor(DQ, "triage-dq")] },
    },
];
const without = (s: StackResourceCase[], name: string) =>
    void s.splice(
        s.findIndex((r) => r.name === name),
        1,
    );

/** Models of a stack and the registry group they come from. */
const registryUseStack = (): StackResourceCase[] => [
    { type: "aws:sagemaker/modelPackageGroup:ModelPackageGroup", name: "triage-group", props: { modelPackageGroupName: "triage" } },
    {
        type: T.model,
        name: "triage-model",
        props: {
            executionRoleArn: UNKNOWN,
            primaryContainer: {
                image: "111122223333.dkr.ecr.us-east-1.amazonaws.com/triage:3",
                modelDataUrl: "s3://ml-bucket/model.tar.gz",
            },
        },
    },
];

export const stackCases: StackCases[] = [
    {
        policy: sagemakerEndpointModelMonitor,
        compliant: monitoredStack,
        alsoCompliant: [
            {
                title: "a schedule with its own job definition naming the endpoint",
                mutate: (s) => {
                    without(s, "triage-dq");
                    const sc = findResource(s, "triage-monitor");
                    sc.props = {
                        monitoringScheduleConfig: {
                            monitoringJobDefinition: {
                                monitoringInputs: [{ endpointInput: { endpointName: UNKNOWN, localPath: "/opt/ml/processing/input" } }],
                            },
                            scheduleConfig: { scheduleExpression: "cron(0 * ? * * *)" },
                        },
                    };
                    sc.propertyDependencies = { monitoringScheduleConfig: [urnFor(ENDPOINT, "triage")] };
                },
            },
            {
                title: "an asynchronous endpoint without a monitor",
                mutate: (s) => {
                    without(s, "triage-monitor");
                    without(s, "triage-dq");
                    findResource(s, "triage-ec").props.asyncInferenceConfig = { outputConfig: { s3OutputPath: "s3://ml-bucket/async/" } };
                },
            },
            {
                title: "a serverless endpoint without a monitor",
                mutate: (s) => {
                    without(s, "triage-monitor");
                    without(s, "triage-dq");
                    findResource(s, "triage-ec").props.productionVariants = [
                        { variantName: "main", modelName: "triage", serverlessConfig: { maxConcurrency: 5, memorySizeInMb: 2048 } },
                    ];
                },
            },
        ],
        mutations: [
            {
                title: "no monitoring (schedule and job definition removed)",
                mutate: (s) => {
                    without(s, "triage-monitor");
                    without(s, "triage-dq");
                },
                expect: /Endpoint `triage` serves real-time inference and no monitoring schedule/,
                resource: "triage",
            },
            {
                title: "an aws-native endpoint without a monitor",
                mutate: (s) => {
                    without(s, "triage-monitor");
                    const e = findResource(s, "triage");
                    e.type = "aws-native:sagemaker:Endpoint";
                    e.props = { endpointName: "triage", endpointConfigName: UNKNOWN };
                },
                expect: /Endpoint `triage`/,
                resource: "triage",
            },
        ],
    },
    {
        policy: sagemakerModelRegistryInUse,
        compliant: registryUseStack,
        alsoCompliant: [
            {
                title: "no group in the stack, but the model is built from a registry version",
                mutate: (s) => {
                    without(s, "triage-group");
                    findResource(s, "triage-model").props.primaryContainer = {
                        modelPackageName: "arn:aws:sagemaker:us-east-1:111122223333:model-package/triage/3",
                    };
                },
            },
        ],
        mutations: [
            {
                title: "models without a registry",
                mutate: (s) => without(s, "triage-group"),
                expect: /deploys a SageMaker model and none comes from the model registry/,
            },
        ],
    },
    {
        policy: sagemakerEndpointApprovedModelPackage,
        compliant: registryStack,
        alsoCompliant: [
            {
                title: "approval status unknown at preview (set from a pipeline parameter; approved once applied)",
                mutate: (s) => {
                    pkgProps(s).modelApprovalStatus = UNKNOWN;
                    findResource(s, "readmission-v7").applied = () => ({ modelApprovalStatus: "Approved" });
                },
            },
            {
                title: "an unversioned package (no group: approval does not apply)",
                mutate: (s) => {
                    delete pkgProps(s).modelPackageGroupName;
                    delete pkgProps(s).modelApprovalStatus;
                    delete findResource(s, "readmission-v7").propertyDependencies;
                },
            },
            {
                title: "a pending version that no endpoint configuration serves",
                mutate: (s) => {
                    pkgProps(s).modelApprovalStatus = "PendingManualApproval";
                    s.splice(
                        s.findIndex((r) => r.name === "readmission-ec"),
                        1,
                    );
                },
            },
        ],
        mutations: [
            {
                title: "the version is pending approval",
                mutate: (s) => void (pkgProps(s).modelApprovalStatus = "PendingManualApproval"),
                expect: /`modelApprovalStatus` is `PendingManualApproval`, and model `readmission-model`.*`readmission-ec`/,
                resource: "readmission-v7",
            },
            {
                title: "no approval status (AWS default: pending)",
                mutate: (s) => void delete pkgProps(s).modelApprovalStatus,
                expect: /`PendingManualApproval`/,
                resource: "readmission-v7",
            },
            {
                title: "the version was rejected",
                mutate: (s) => void (pkgProps(s).modelApprovalStatus = "Rejected"),
                expect: /`Rejected`/,
                resource: "readmission-v7",
            },
            {
                title: "a pending version in a multi-container model behind a shadow variant (aws-native)",
                mutate: (s) => {
                    pkgProps(s).modelApprovalStatus = "PendingManualApproval";
                    const m = findResource(s, "readmission-model");
                    m.type = T.nativeModel;
                    m.props = {
                        executionRoleArn: UNKNOWN,
                        containers: [{ image: "111122223333.dkr.ecr.us-east-1.amazonaws.com/pre:1" }, { modelPackageName: UNKNOWN }],
                    };
                    m.propertyDependencies = { containers: [urnFor(PKG, "readmission-v7")] };
                    const ec = findResource(s, "readmission-ec");
                    ec.type = T.nativeEndpointConfig;
                    ec.props = {
                        productionVariants: [
                            { variantName: "main", modelName: "champion", instanceType: "ml.m5.large", initialInstanceCount: 2 },
                        ],
                        shadowProductionVariants: [
                            { variantName: "shadow", modelName: UNKNOWN, instanceType: "ml.m5.large", initialInstanceCount: 1 },
                        ],
                    };
                    ec.propertyDependencies = { shadowProductionVariants: [urnFor(T.nativeModel, "readmission-model")] };
                },
                expect: /`PendingManualApproval`/,
                resource: "readmission-v7",
            },
        ],
    },
];
