// Case tables for models, endpoint configurations and feature groups, on both AWS providers.

import { T } from "../../policies/sagemaker/common";
import { sagemakerEndpointConfigKmsEncryption } from "../../policies/sagemaker/sagemaker-endpoint-config-kms-encryption";
import { sagemakerEndpointConfigMultiInstance } from "../../policies/sagemaker/sagemaker-endpoint-config-multi-instance";
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

const endpointConfig = (native: boolean): Props => ({
    productionVariants: [{ variantName: "main", modelName: UNKNOWN, instanceType: "ml.m5.large", initialInstanceCount: 2 }],
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
                {
                    title: "inference pipeline, every container through the VPC",
                    mutate: (p) => (delete p.primaryContainer, (p.containers = [container(), container()])),
                },
            ],
            mutations: [
                {
                    title: "no imageConfig (AWS default Platform)",
                    mutate: del("primaryContainer.imageConfig"),
                    expect: /`primaryContainer.imageConfig.repositoryAccessMode` is not set \(AWS default "Platform"\)/,
                },
                {
                    title: "Platform",
                    mutate: set("primaryContainer.imageConfig.repositoryAccessMode", "Platform"),
                    expect: /is "Platform"/,
                },
                {
                    title: "one pipeline container through the platform",
                    mutate: (p) => (delete p.primaryContainer, (p.containers = [container(), { image: IMAGE }])),
                    expect: /`containers\[1\]\.imageConfig\.repositoryAccessMode` is not set/,
                },
            ],
            unknownPaths: [
                "primaryContainer",
                "primaryContainer.imageConfig",
                "primaryContainer.imageConfig.repositoryAccessMode",
                "containers",
            ],
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
                    { title: `no ${key}`, mutate: del(key), expect: new RegExp(`\`${key}\` is not set`) },
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
                ],
                unknownPaths: [
                    "dataCaptureConfig",
                    "dataCaptureConfig.enableCapture",
                    "dataCaptureConfig.kmsKeyId",
                    "asyncInferenceConfig",
                    "asyncInferenceConfig.outputConfig",
                    "asyncInferenceConfig.outputConfig.kmsKeyId",
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
