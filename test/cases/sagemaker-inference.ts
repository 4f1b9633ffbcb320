// Case tables for models, endpoint configurations and feature groups, on both AWS providers.

import { T } from "../../policies/sagemaker/common";
import { sagemakerEndpointConfigKmsEncryption } from "../../policies/sagemaker/sagemaker-endpoint-config-kms-encryption";
import { sagemakerEndpointConfigMultiInstance } from "../../policies/sagemaker/sagemaker-endpoint-config-multi-instance";
import { sagemakerEndpointConfigNoSsmAccess } from "../../policies/sagemaker/sagemaker-endpoint-config-no-ssm-access";
import { sagemakerEndpointConfigPayloadEncryption } from "../../policies/sagemaker/sagemaker-endpoint-config-payload-encryption";
import { sagemakerFeatureGroupKmsEncryption } from "../../policies/sagemaker/sagemaker-feature-group-kms-encryption";
import { sagemakerModelInVpc } from "../../policies/sagemaker/sagemaker-model-in-vpc";
import { sagemakerModelNetworkIsolation } from "../../policies/sagemaker/sagemaker-model-network-isolation";
import { sagemakerModelPrivateRegistry } from "../../policies/sagemaker/sagemaker-model-private-registry";
import { UNKNOWN } from "../harness";
import { deletePath, PolicyCases, setPath } from "../policy-cases";

type Props = Record<string, unknown>;
const del = (path: string) => (p: Props) => deletePath(p, path);
const set = (path: string, v: unknown) => (p: Props) => setPath(p, path, v);
const ALIAS = "alias/aws/sagemaker";
const IMAGE = "111122223333.dkr.ecr.us-east-1.amazonaws.com/infer:1";
const OWN_ROLE = "arn:aws:iam::111122223333:role/model-execution";

const container = (mode = "Vpc"): Props => ({
    image: IMAGE,
    modelDataUrl: "s3://ml-bucket/model.tar.gz",
    imageConfig: { repositoryAccessMode: mode },
});

const model = (): Props => ({
    executionRoleArn: UNKNOWN,
    enableNetworkIsolation: true,
    primaryContainer: container(),
    vpcConfig: { subnets: [UNKNOWN], securityGroupIds: [UNKNOWN] },
});

const variant = (): Props => ({ variantName: "main", modelName: UNKNOWN, instanceType: "ml.m5.large", initialInstanceCount: 2 });
const endpointConfig = (native: boolean): Props => ({
    productionVariants: [{ ...variant(), coreDumpConfig: { destinationS3Uri: "s3://ml-bucket/dumps", kmsKeyId: UNKNOWN } }],
    [native ? "kmsKeyId" : "kmsKeyArn"]: UNKNOWN,
    dataCaptureConfig: {
        enableCapture: true,
        initialSamplingPercentage: 20,
        destinationS3Uri: "s3://ml-bucket/capture",
        captureOptions: [{ captureMode: "Input" }, { captureMode: "Output" }],
        kmsKeyId: UNKNOWN,
    },
    asyncInferenceConfig: { outputConfig: { s3OutputPath: "s3://ml-bucket/async", kmsKeyId: UNKNOWN } },
});

const featureGroup = (): Props => ({
    featureGroupName: "patients",
    recordIdentifierFeatureName: "id",
    eventTimeFeatureName: "ts",
    roleArn: UNKNOWN,
    featureDefinitions: [
        { featureName: "id", featureType: "String" },
        { featureName: "ts", featureType: "String" },
    ],
    offlineStoreConfig: { s3StorageConfig: { s3Uri: "s3://ml-bucket/features", kmsKeyId: UNKNOWN } },
    onlineStoreConfig: { enableOnlineStore: true, securityConfig: { kmsKeyId: UNKNOWN } },
});

export const cases: PolicyCases[] = [
    ...[T.model, T.nativeModel].flatMap((type): PolicyCases[] => [
        {
            policy: sagemakerModelNetworkIsolation,
            type,
            compliant: model(),
            mutations: [
                { title: "absent (AWS default false)", mutate: del("enableNetworkIsolation"), expect: /not set \(AWS default false\)/ },
                { title: "false", mutate: set("enableNetworkIsolation", false), expect: /Network isolation is false/ },
            ],
            unknownPaths: ["enableNetworkIsolation"],
        },
        {
            policy: sagemakerModelInVpc,
            type,
            compliant: model(),
            alsoCompliant: [{ title: "known ids", mutate: set("vpcConfig", { subnets: ["subnet-0abc"], securityGroupIds: ["sg-0abc"] }) }],
            mutations: [
                { title: "no vpcConfig", mutate: del("vpcConfig"), expect: /`vpcConfig` is not set/ },
                { title: "no subnets", mutate: set("vpcConfig.subnets", []), expect: /`vpcConfig.subnets` is empty/ },
                {
                    title: "no security groups",
                    mutate: set("vpcConfig.securityGroupIds", []),
                    expect: /`vpcConfig.securityGroupIds` is empty/,
                },
                { title: "empty vpcConfig", mutate: set("vpcConfig", {}), expect: /names no subnets and no security groups/ },
            ],
            unknownPaths: ["vpcConfig", "vpcConfig.subnets", "vpcConfig.securityGroupIds"],
        },
        {
            policy: sagemakerModelPrivateRegistry,
            type,
            compliant: model(),
            alsoCompliant: [
                // Before: every one of these was reported ("repositoryAccessMode is Platform"); after: they pass.
                {
                    title: "the account's own ECR through the platform (no imageConfig, AWS default Platform)",
                    mutate: (p) => (del("primaryContainer.imageConfig")(p), (p.executionRoleArn = OWN_ROLE)),
                },
                {
                    title: "an ECR image whose account cannot be told from this one (role ARN unknown, no trustedAccounts)",
                    mutate: del("primaryContainer.imageConfig"),
                },
                {
                    title: "AWS's own Deep Learning Container image (account from the SageMaker Python SDK's registries)",
                    mutate: (p) => (
                        del("primaryContainer.imageConfig")(p),
                        (p.executionRoleArn = OWN_ROLE),
                        setPath(
                            p,
                            "primaryContainer.image",
                            "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.3.0-cpu-py311",
                        )
                    ),
                },
                {
                    title: "a built-in algorithm image in China (amazonaws.com.cn)",
                    mutate: (p) => (
                        del("primaryContainer.imageConfig")(p),
                        (p.executionRoleArn = OWN_ROLE),
                        setPath(p, "primaryContainer.image", "390948362332.dkr.ecr.cn-north-1.amazonaws.com.cn/xgboost:1")
                    ),
                },
                {
                    title: "a shared-images account listed in trustedAccounts",
                    mutate: (p) => (
                        del("primaryContainer.imageConfig")(p),
                        (p.executionRoleArn = OWN_ROLE),
                        setPath(p, "primaryContainer.image", "444455556666.dkr.ecr.us-east-1.amazonaws.com/infer:1")
                    ),
                },
                {
                    title: "a private registry in the VPC (repositoryAccessMode Vpc)",
                    mutate: set("primaryContainer.image", "registry.internal.example:5000/infer:1"),
                },
                {
                    title: "inference pipeline, every container from the account's ECR",
                    mutate: (p) => (delete p.primaryContainer, (p.containers = [container("Platform"), { image: IMAGE }])),
                },
                { title: "image set by another resource (repositoryUrl)", mutate: set("primaryContainer.image", UNKNOWN) },
            ],
            mutations: [
                {
                    title: "Docker Hub image (no registry host)",
                    mutate: (p) => (del("primaryContainer.imageConfig")(p), setPath(p, "primaryContainer.image", "huggingface/tgi:2.0")),
                    expect: /`primaryContainer.image` is pulled from Docker Hub, a public registry/,
                },
                {
                    title: "docker.io image",
                    mutate: (p) => (
                        del("primaryContainer.imageConfig")(p),
                        setPath(p, "primaryContainer.image", "docker.io/library/python:3.12")
                    ),
                    expect: /pulled from Docker Hub/,
                },
                {
                    title: "ECR Public Gallery image",
                    mutate: (p) => (
                        del("primaryContainer.imageConfig")(p),
                        setPath(p, "primaryContainer.image", "public.ecr.aws/acme/infer:1")
                    ),
                    expect: /Amazon ECR Public Gallery/,
                },
                {
                    title: "GitHub container registry",
                    mutate: (p) => (del("primaryContainer.imageConfig")(p), setPath(p, "primaryContainer.image", "ghcr.io/acme/infer:1")),
                    expect: /a registry outside AWS/,
                },
                {
                    title: "another account's ECR (this account known from the execution role)",
                    mutate: (p) => (
                        del("primaryContainer.imageConfig")(p),
                        (p.executionRoleArn = OWN_ROLE),
                        setPath(p, "primaryContainer.image", "999988887777.dkr.ecr.us-east-1.amazonaws.com/infer:1")
                    ),
                    expect: /another AWS account's ECR registry/,
                },
                {
                    title: "one pipeline container from Docker Hub",
                    mutate: (p) => (delete p.primaryContainer, (p.containers = [container(), { image: "nginx:latest" }])),
                    expect: /`containers\[1\]\.image` is pulled from Docker Hub/,
                },
            ],
            unknownPaths: ["primaryContainer", "primaryContainer.image", "primaryContainer.imageConfig.repositoryAccessMode", "containers"],
            config: { trustedAccounts: ["444455556666"] },
        },
    ]),

    ...(
        [
            [T.endpointConfig, false],
            [T.nativeEndpointConfig, true],
        ] as [string, boolean][]
    ).flatMap(([type, native]): PolicyCases[] => {
        const key = native ? "kmsKeyId" : "kmsKeyArn";
        return [
            {
                policy: sagemakerEndpointConfigKmsEncryption,
                type,
                compliant: endpointConfig(native),
                mutations: [
                    // Before: "so the storage volumes ... is encrypted only with"; after: number-neutral wording.
                    {
                        title: `no ${key}`,
                        mutate: del(key),
                        expect: new RegExp(
                            `\`${key}\` is not set, so AWS encrypts the storage volumes of the instances that host the model \\(they see every request\\) only with an AWS-owned key`,
                        ),
                    },
                    { title: "AWS-managed alias", mutate: set(key, ALIAS), expect: /AWS-managed key/ },
                ],
                unknownPaths: [key],
            },
            {
                policy: sagemakerEndpointConfigPayloadEncryption,
                type,
                compliant: endpointConfig(native),
                alsoCompliant: [
                    {
                        title: "capture disabled, no key",
                        mutate: (p) => setPath(p, "dataCaptureConfig", { enableCapture: false, initialSamplingPercentage: 0 }),
                    },
                    {
                        title: "enableCapture absent (AWS default false), no key",
                        mutate: (p) => setPath(p, "dataCaptureConfig", { initialSamplingPercentage: 0 }),
                    },
                    {
                        title: "no data capture, no async inference",
                        mutate: (p) => (delete p.dataCaptureConfig, delete p.asyncInferenceConfig),
                    },
                    { title: "no core dump configuration", mutate: del("productionVariants.0.coreDumpConfig") },
                ],
                mutations: [
                    {
                        title: "capture on, no key",
                        mutate: del("dataCaptureConfig.kmsKeyId"),
                        expect: /`dataCaptureConfig.kmsKeyId` is not set: the captured/,
                    },
                    {
                        title: "capture on, AWS-managed key",
                        mutate: set("dataCaptureConfig.kmsKeyId", ALIAS),
                        expect: /`dataCaptureConfig.kmsKeyId` names an AWS-managed/,
                    },
                    {
                        title: "async output, no key",
                        mutate: del("asyncInferenceConfig.outputConfig.kmsKeyId"),
                        expect: /`asyncInferenceConfig.outputConfig.kmsKeyId` is not set/,
                    },
                    {
                        title: "async output, AWS-managed key",
                        mutate: set("asyncInferenceConfig.outputConfig.kmsKeyId", ALIAS),
                        expect: /`asyncInferenceConfig.outputConfig.kmsKeyId` names an AWS-managed/,
                    },
                    // Issue 27: the core dump key.
                    {
                        title: "core dumps to S3, no key",
                        mutate: del("productionVariants.0.coreDumpConfig.kmsKeyId"),
                        expect: /`productionVariants\[0\]\.coreDumpConfig\.kmsKeyId` is not set: core dumps/,
                    },
                    {
                        title: "shadow variant core dumps with the AWS-managed key",
                        mutate: set("shadowProductionVariants", [
                            {
                                ...variant(),
                                variantName: "shadow",
                                coreDumpConfig: { destinationS3Uri: "s3://ml-bucket/dumps", kmsKeyId: ALIAS },
                            },
                        ]),
                        expect: /`shadowProductionVariants\[0\]\.coreDumpConfig\.kmsKeyId` names an AWS-managed key/,
                    },
                ],
                unknownPaths: [
                    "productionVariants",
                    "productionVariants.0",
                    "productionVariants.0.coreDumpConfig",
                    "productionVariants.0.coreDumpConfig.kmsKeyId",
                    "dataCaptureConfig",
                    "dataCaptureConfig.enableCapture",
                    "dataCaptureConfig.kmsKeyId",
                    "asyncInferenceConfig",
                    "asyncInferenceConfig.outputConfig",
                    "asyncInferenceConfig.outputConfig.kmsKeyId",
                ],
            },
            {
                policy: sagemakerEndpointConfigNoSsmAccess,
                type,
                compliant: endpointConfig(native),
                alsoCompliant: [
                    { title: "enableSsmAccess false", mutate: set("productionVariants.0.enableSsmAccess", false) },
                    {
                        title: "a shadow variant without SSM access",
                        mutate: set("shadowProductionVariants", [{ ...variant(), variantName: "shadow" }]),
                    },
                ],
                mutations: [
                    {
                        title: "enableSsmAccess true on the production variant",
                        mutate: set("productionVariants.0.enableSsmAccess", true),
                        expect: /`productionVariants\[0\]\.enableSsmAccess` is true: anyone allowed/,
                    },
                    {
                        title: "enableSsmAccess true on a shadow variant",
                        mutate: set("shadowProductionVariants", [{ ...variant(), variantName: "shadow", enableSsmAccess: true }]),
                        expect: /`shadowProductionVariants\[0\]\.enableSsmAccess` is true/,
                    },
                ],
                unknownPaths: [
                    "productionVariants",
                    "productionVariants.0",
                    "productionVariants.0.enableSsmAccess",
                    "shadowProductionVariants",
                ],
            },
            {
                policy: sagemakerEndpointConfigMultiInstance,
                type,
                compliant: endpointConfig(native),
                alsoCompliant: [
                    {
                        title: "a serverless variant",
                        mutate: set("productionVariants", [
                            { variantName: "sl", modelName: UNKNOWN, serverlessConfig: { maxConcurrency: 5, memorySizeInMb: 2048 } },
                        ]),
                    },
                ],
                mutations: [
                    {
                        title: "one instance",
                        mutate: set("productionVariants.0.initialInstanceCount", 1),
                        expect: /`productionVariants\[0\]\.initialInstanceCount` is 1/,
                    },
                    {
                        title: "second variant with one instance",
                        mutate: (p) =>
                            (p.productionVariants as Props[]).push({
                                variantName: "b",
                                modelName: UNKNOWN,
                                instanceType: "ml.m5.large",
                                initialInstanceCount: 1,
                            }),
                        expect: /`productionVariants\[1\]\.initialInstanceCount` is 1/,
                    },
                ],
                unknownPaths: ["productionVariants", "productionVariants.0", "productionVariants.0.initialInstanceCount"],
            },
        ];
    }),

    ...[T.featureGroup, T.nativeFeatureGroup].map((type): PolicyCases => ({
        policy: sagemakerFeatureGroupKmsEncryption,
        type,
        compliant: featureGroup(),
        alsoCompliant: [
            { title: "online store disabled, no key", mutate: set("onlineStoreConfig", { enableOnlineStore: false }) },
            { title: "online store enableOnlineStore absent (default false)", mutate: set("onlineStoreConfig", {}) },
            {
                title: "InMemory online tier (takes no key)",
                mutate: set("onlineStoreConfig", { enableOnlineStore: true, storageType: "InMemory" }),
            },
            { title: "no offline store", mutate: del("offlineStoreConfig") },
        ],
        mutations: [
            {
                title: "offline store without key",
                mutate: del("offlineStoreConfig.s3StorageConfig.kmsKeyId"),
                expect: /`offlineStoreConfig.s3StorageConfig.kmsKeyId` is not set/,
            },
            {
                title: "offline store AWS-managed key",
                mutate: set("offlineStoreConfig.s3StorageConfig.kmsKeyId", ALIAS),
                expect: /AWS-managed key/,
            },
            {
                title: "online store without key",
                mutate: del("onlineStoreConfig.securityConfig"),
                expect: /`onlineStoreConfig.securityConfig.kmsKeyId` is not set/,
            },
            {
                title: "Standard online store without key",
                mutate: set("onlineStoreConfig", { enableOnlineStore: true, storageType: "Standard" }),
                expect: /`onlineStoreConfig.securityConfig.kmsKeyId` is not set/,
            },
            {
                title: "online store AWS-managed key",
                mutate: set("onlineStoreConfig.securityConfig.kmsKeyId", ALIAS),
                expect: /AWS-managed key/,
            },
        ],
        unknownPaths: [
            "offlineStoreConfig",
            "offlineStoreConfig.s3StorageConfig.kmsKeyId",
            "onlineStoreConfig",
            "onlineStoreConfig.enableOnlineStore",
            "onlineStoreConfig.storageType",
            "onlineStoreConfig.securityConfig.kmsKeyId",
        ],
    })),
];
