// Case tables for the SageMaker platform resources added by issue 27: human review work teams and
// private labeling workforces. Own mutations only; peers' inputs are in test/peers/.

import { T } from "../../policies/sagemaker/common";
import { sagemakerDomainDockerAccessDisabled } from "../../policies/sagemaker/sagemaker-domain-docker-access-disabled";
import { sagemakerDomainIdleShutdown } from "../../policies/sagemaker/sagemaker-domain-idle-shutdown";
import { sagemakerDomainSsoAuth } from "../../policies/sagemaker/sagemaker-domain-sso-auth";
import { sagemakerHyperpodClusterInVpc } from "../../policies/sagemaker/sagemaker-hyperpod-cluster-in-vpc";
import { sagemakerHyperpodClusterKmsEncryption } from "../../policies/sagemaker/sagemaker-hyperpod-cluster-kms-encryption";
import { datazoneDomainKmsEncryption } from "../../policies/sagemaker/datazone-domain-kms-encryption";
import { datazoneDomainSso } from "../../policies/sagemaker/datazone-domain-sso";
import { sagemakerModelPackageGroupPolicyRestricted } from "../../policies/sagemaker/sagemaker-model-package-group-policy-restricted";
import { sagemakerModelRegistryKmsEncryption } from "../../policies/sagemaker/sagemaker-model-registry-kms-encryption";
import { sagemakerLabelingNoPublicWorkforce } from "../../policies/sagemaker/sagemaker-labeling-no-public-workforce";
import { sagemakerWorkforceRestrictedAccess } from "../../policies/sagemaker/sagemaker-workforce-restricted-access";
import { UNKNOWN } from "../harness";
import { deletePath, PolicyCases, setPath } from "../policy-cases";

type Props = Record<string, unknown>;
const del = (path: string) => (p: Props) => deletePath(p, path);
const set = (path: string, v: unknown) => (p: Props) => setPath(p, path, v);

const PUBLIC_CROWD = "arn:aws:sagemaker:us-east-1:394669845002:workteam/public-crowd/default";

const flow = (): Props => ({
    flowDefinitionName: "review",
    roleArn: UNKNOWN,
    humanLoopConfig: {
        humanTaskUiArn: UNKNOWN,
        taskCount: 1,
        taskDescription: "review",
        taskTitle: "review",
        workteamArn: "arn:aws:sagemaker:us-east-1:111122223333:workteam/private-crowd/clinical-reviewers",
    },
    outputConfig: { s3OutputPath: "s3://review-bucket/out", kmsKeyId: UNKNOWN },
});

const labelingJob = (): Props => ({
    labelingJobName: "chest-xray-labels",
    labelAttributeName: "finding",
    roleArn: UNKNOWN,
    inputConfig: { dataSource: { s3DataSource: { manifestS3Uri: "s3://ml-bucket/manifest.json" } } },
    outputConfig: { s3OutputPath: "s3://ml-bucket/labels", kmsKeyId: UNKNOWN },
    humanTaskConfig: {
        numberOfHumanWorkersPerDataObject: 1,
        taskDescription: "label",
        taskTimeLimitInSeconds: 300,
        taskTitle: "label",
        uiConfig: { humanTaskUiArn: UNKNOWN },
        workteamArn: "arn:aws:sagemaker:us-east-1:111122223333:workteam/private-crowd/radiologists",
    },
});

const oidc = () => ({
    authorizationEndpoint: "https://idp.example.org/authorize",
    clientId: "labeling",
    clientSecret: UNKNOWN,
    issuer: "https://idp.example.org",
    jwksUri: "https://idp.example.org/jwks",
    logoutEndpoint: "https://idp.example.org/logout",
    tokenEndpoint: "https://idp.example.org/token",
    userInfoEndpoint: "https://idp.example.org/userinfo",
});

const workforce = (): Props => ({
    workforceName: "reviewers",
    oidcConfig: oidc(),
    sourceIpConfig: { cidrs: ["203.0.113.0/24"] },
});

const idle = () => ({ idleSettings: { lifecycleManagement: "ENABLED", idleTimeoutInMinutes: 60 } });
/** A Studio domain as a first preview sees it, with the settings issue 27's policies judge. */
const domain = (): Props => ({
    domainName: "research",
    authMode: "SSO",
    appNetworkAccessType: "VpcOnly",
    vpcId: UNKNOWN,
    subnetIds: [UNKNOWN, UNKNOWN],
    kmsKeyId: UNKNOWN,
    defaultUserSettings: {
        executionRole: UNKNOWN,
        securityGroups: [UNKNOWN],
        jupyterLabAppSettings: { appLifecycleManagement: idle() },
        codeEditorAppSettings: { appLifecycleManagement: idle() },
    },
    domainSettings: {
        executionRoleIdentityConfig: "USER_PROFILE_NAME",
        securityGroupIds: [UNKNOWN],
        dockerSettings: { enableDockerAccess: "DISABLED" },
    },
});
const DOMAINS = [T.domain, T.nativeDomain];
const IDLE_PATH = "defaultUserSettings.jupyterLabAppSettings.appLifecycleManagement.idleSettings.lifecycleManagement";

/** A HyperPod cluster (aws-native) as a first preview sees it: role, key, subnets and groups from the same stack. */
const instanceGroup = (name: string): Props => ({
    instanceGroupName: name,
    instanceType: "ml.p5.48xlarge",
    instanceCount: 4,
    executionRole: UNKNOWN,
    lifeCycleConfig: { sourceS3Uri: "s3://ml-bucket/hyperpod/lifecycle/", onCreate: "on_create.sh" },
    instanceStorageConfigs: [{ ebsVolumeConfig: { volumeSizeInGb: 500, volumeKmsKeyId: UNKNOWN } }],
});
const cluster = (): Props => ({
    clusterName: "foundation-training",
    instanceGroups: [instanceGroup("controller"), instanceGroup("workers")],
    vpcConfig: { subnets: [UNKNOWN], securityGroupIds: [UNKNOWN] },
    orchestrator: { eks: { clusterArn: UNKNOWN } },
});

const GROUP_ARN = "arn:aws:sagemaker:us-east-1:111122223333:model-package-group/readmission";
const groupStatement = (extra: Props = {}): Props => ({
    Sid: "Deployers",
    Effect: "Allow",
    Principal: { AWS: "arn:aws:iam::444455556666:role/model-deployer" },
    Action: ["sagemaker:DescribeModelPackage", "sagemaker:ListModelPackages"],
    Resource: [GROUP_ARN, `${GROUP_ARN}/*`],
    Condition: { StringEquals: { "aws:PrincipalOrgID": "o-exampleorgid" } },
    ...extra,
});
const groupPolicy = (...st: Props[]) => ({ Version: "2012-10-17", Statement: st });
/** The statement with its Condition removed and `change` applied. */
const bare = (change: Props = {}): Props => {
    const st = groupStatement(change);
    delete st.Condition;
    return st;
};
const GROUP_SHAPES: [string, string, (doc: object) => unknown][] = [
    [T.modelPackageGroupPolicy, "resourcePolicy", (d) => JSON.stringify(d)],
    [T.nativeModelPackageGroup, "modelPackageGroupPolicy", (d) => d],
];

const dzDomain = (): Props => ({
    name: "unified-studio",
    domainExecutionRole: UNKNOWN,
    serviceRole: UNKNOWN,
    kmsKeyIdentifier: UNKNOWN,
    singleSignOn: { type: "IAM_IDC", userAssignment: "MANUAL" },
});

export const cases: PolicyCases[] = [
    ...[T.datazoneDomain, T.nativeDatazoneDomain].flatMap((type): PolicyCases[] => [
        {
            policy: datazoneDomainKmsEncryption,
            type,
            compliant: dzDomain(),
            mutations: [
                { title: "no kmsKeyIdentifier", mutate: del("kmsKeyIdentifier"), expect: /`kmsKeyIdentifier` is not set/ },
                { title: "AWS-managed alias", mutate: set("kmsKeyIdentifier", "alias/aws/datazone"), expect: /names an AWS-managed key/ },
            ],
            unknownPaths: ["kmsKeyIdentifier"],
        },
        {
            policy: datazoneDomainSso,
            type,
            compliant: dzDomain(),
            alsoCompliant: [{ title: "automatic user assignment", mutate: set("singleSignOn.userAssignment", "AUTOMATIC") }],
            mutations: [
                {
                    title: "no singleSignOn (AWS default DISABLED)",
                    mutate: del("singleSignOn"),
                    expect: /`singleSignOn.type` is not set \(AWS default "DISABLED"\)/,
                },
                { title: "DISABLED", mutate: set("singleSignOn.type", "DISABLED"), expect: /`singleSignOn.type` is "DISABLED"/ },
            ],
            unknownPaths: ["singleSignOn", "singleSignOn.type"],
        },
    ]),
    ...GROUP_SHAPES.map(([type, field, enc]): PolicyCases => ({
        policy: sagemakerModelPackageGroupPolicyRestricted,
        type,
        compliant:
            type === T.modelPackageGroupPolicy
                ? { modelPackageGroupName: "readmission", resourcePolicy: enc(groupPolicy(groupStatement())) }
                : { modelPackageGroupName: "readmission", modelPackageGroupPolicy: enc(groupPolicy(groupStatement())) },
        alsoCompliant: [
            {
                title: "a role of the same account, no condition",
                mutate: set(field, enc(groupPolicy(bare({ Principal: { AWS: "arn:aws:iam::111122223333:role/ci" } })))),
            },
            { title: "another account in a Deny", mutate: set(field, enc(groupPolicy(bare({ Effect: "Deny" })))) },
            { title: "no policy", mutate: del(field) },
        ],
        mutations: [
            {
                title: 'Principal "*" without a condition',
                mutate: set(field, enc(groupPolicy(bare({ Principal: "*" })))),
                expect: new RegExp(`Statement #1 of \`${field}\` allows every principal`),
            },
            {
                title: "another account without a condition",
                mutate: set(field, enc(groupPolicy(groupStatement(), bare()))),
                expect: new RegExp(`Statement #2 of \`${field}\` allows another AWS account with no condition`),
            },
            {
                title: "another account by id without a condition",
                mutate: set(field, enc(groupPolicy(bare({ Principal: { AWS: "444455556666" } })))),
                expect: /allows another AWS account/,
            },
        ],
        unknownPaths: [field],
    })),
    ...[T.modelCard, T.nativeModelCard, T.nativeModelPackage].map((type): PolicyCases => ({
        policy: sagemakerModelRegistryKmsEncryption,
        type,
        compliant:
            type === T.nativeModelPackage
                ? {
                      modelPackageGroupName: "readmission",
                      modelApprovalStatus: "PendingManualApproval",
                      securityConfig: { kmsKeyId: UNKNOWN },
                  }
                : { modelCardName: "readmission-risk", modelCardStatus: "Draft", content: "{}", securityConfig: { kmsKeyId: UNKNOWN } },
        mutations: [
            { title: "no securityConfig", mutate: del("securityConfig"), expect: /`securityConfig.kmsKeyId` is not set/ },
            {
                title: "AWS-managed alias",
                mutate: set("securityConfig.kmsKeyId", "alias/aws/sagemaker"),
                expect: /names an AWS-managed key/,
            },
        ],
        unknownPaths: ["securityConfig", "securityConfig.kmsKeyId"],
    })),
    {
        policy: sagemakerHyperpodClusterInVpc,
        type: T.nativeCluster,
        compliant: cluster(),
        alsoCompliant: [
            {
                title: "every instance group names its own VPC placement",
                mutate: (p) => {
                    delete p.vpcConfig;
                    for (const g of p.instanceGroups as Props[]) g.overrideVpcConfig = { subnets: [UNKNOWN], securityGroupIds: [UNKNOWN] };
                },
            },
        ],
        mutations: [
            {
                title: "no vpcConfig",
                mutate: del("vpcConfig"),
                expect: /`vpcConfig` is not set, so the workload runs in a SageMaker-managed network/,
            },
            { title: "no subnets", mutate: set("vpcConfig.subnets", []), expect: /`vpcConfig.subnets` is empty/ },
            {
                title: "an instance group's override without security groups",
                mutate: set("instanceGroups.1.overrideVpcConfig", { subnets: [UNKNOWN], securityGroupIds: [] }),
                expect: /`instanceGroups\[1\]\.overrideVpcConfig\.securityGroupIds` is empty/,
            },
        ],
        unknownPaths: ["vpcConfig", "vpcConfig.subnets", "instanceGroups", "instanceGroups.0"],
    },
    {
        policy: sagemakerHyperpodClusterKmsEncryption,
        type: T.nativeCluster,
        compliant: cluster(),
        alsoCompliant: [
            {
                title: "root volume with the key too",
                mutate: (p) =>
                    ((p.instanceGroups as Props[])[0].instanceStorageConfigs as Props[]).push({
                        ebsVolumeConfig: { rootVolume: true, volumeKmsKeyId: UNKNOWN },
                    }),
            },
        ],
        mutations: [
            {
                title: "an instance group without storage configuration",
                mutate: del("instanceGroups.1.instanceStorageConfigs"),
                expect: /`instanceGroups\[1\]\.instanceStorageConfigs` has no `ebsVolumeConfig` with a `volumeKmsKeyId`/,
            },
            {
                title: "an EBS volume without a key",
                mutate: del("instanceGroups.0.instanceStorageConfigs.0.ebsVolumeConfig.volumeKmsKeyId"),
                expect: /`instanceGroups\[0\]\.instanceStorageConfigs\[0\]\.ebsVolumeConfig\.volumeKmsKeyId` is not set/,
            },
            {
                title: "an EBS volume with the AWS-managed key",
                mutate: set("instanceGroups.0.instanceStorageConfigs.0.ebsVolumeConfig.volumeKmsKeyId", "alias/aws/ebs"),
                expect: /names an AWS-managed key/,
            },
            {
                title: "a restricted instance group without storage configuration",
                mutate: set("restrictedInstanceGroups", [
                    { instanceGroupName: "r", instanceType: "ml.p5.48xlarge", instanceCount: 2, executionRole: UNKNOWN },
                ]),
                expect: /`restrictedInstanceGroups\[0\]\.instanceStorageConfigs` has no `ebsVolumeConfig`/,
            },
        ],
        unknownPaths: [
            "instanceGroups",
            "instanceGroups.0",
            "instanceGroups.0.instanceStorageConfigs",
            "instanceGroups.0.instanceStorageConfigs.0.ebsVolumeConfig.volumeKmsKeyId",
        ],
    },
    ...DOMAINS.map((type): PolicyCases => ({
        policy: sagemakerDomainSsoAuth,
        type,
        compliant: domain(),
        mutations: [
            { title: "IAM authentication", mutate: set("authMode", "IAM"), expect: /`authMode` is "IAM": users open Studio through IAM/ },
            { title: "authMode absent (required)", mutate: del("authMode"), expect: /`authMode` is not set/ },
        ],
        unknownPaths: ["authMode"],
    })),
    ...DOMAINS.map((type): PolicyCases => ({
        policy: sagemakerDomainDockerAccessDisabled,
        type,
        compliant: domain(),
        alsoCompliant: [
            { title: "dockerSettings absent (AWS default DISABLED)", mutate: del("domainSettings.dockerSettings") },
            { title: "domainSettings absent", mutate: del("domainSettings") },
        ],
        mutations: [
            {
                title: "Docker access ENABLED",
                mutate: set("domainSettings.dockerSettings.enableDockerAccess", "ENABLED"),
                expect: /`domainSettings.dockerSettings.enableDockerAccess` is "ENABLED"/,
            },
        ],
        unknownPaths: ["domainSettings", "domainSettings.dockerSettings", "domainSettings.dockerSettings.enableDockerAccess"],
    })),
    ...DOMAINS.map((type): PolicyCases => ({
        policy: sagemakerDomainIdleShutdown,
        type,
        compliant: domain(),
        mutations: [
            {
                title: "no idle settings at all (AWS default off)",
                mutate: (p) => {
                    const d = p.defaultUserSettings as Props;
                    delete d.jupyterLabAppSettings;
                    delete d.codeEditorAppSettings;
                },
                expect: /Idle shutdown is off \(`defaultUserSettings.jupyterLabAppSettings\..*`, `defaultUserSettings.codeEditorAppSettings\./,
            },
            {
                title: "JupyterLab idle shutdown DISABLED",
                mutate: set(IDLE_PATH, "DISABLED"),
                expect: /jupyterLabAppSettings.appLifecycleManagement.idleSettings.lifecycleManagement` not "ENABLED"/,
            },
            {
                title: "Code Editor without idle settings",
                mutate: del("defaultUserSettings.codeEditorAppSettings"),
                expect: /\(`defaultUserSettings.codeEditorAppSettings.appLifecycleManagement.idleSettings.lifecycleManagement` not "ENABLED"/,
            },
        ],
        unknownPaths: [
            "defaultUserSettings",
            "defaultUserSettings.jupyterLabAppSettings",
            IDLE_PATH,
            "defaultUserSettings.codeEditorAppSettings.appLifecycleManagement",
        ],
    })),
    {
        policy: sagemakerLabelingNoPublicWorkforce,
        type: T.flowDefinition,
        compliant: flow(),
        alsoCompliant: [
            { title: "work team created in the stack (unknown ARN)", mutate: set("humanLoopConfig.workteamArn", UNKNOWN) },
            {
                title: "a vendor work team (AWS Marketplace, not judged here)",
                mutate: set("humanLoopConfig.workteamArn", "arn:aws:sagemaker:us-east-1:123456789012:workteam/vendor-crowd/acme"),
            },
        ],
        mutations: [
            {
                title: "the public workforce (us-east-1)",
                mutate: set("humanLoopConfig.workteamArn", PUBLIC_CROWD),
                expect: /`humanLoopConfig.workteamArn` is the public workforce/,
            },
            {
                title: "the public workforce in another region and partition-style ARN",
                mutate: set("humanLoopConfig.workteamArn", "arn:aws:sagemaker:eu-west-1:123456789012:workteam/public-crowd/default"),
                expect: /is the public workforce/,
            },
            {
                title: "a public task price with a team unknown at preview",
                mutate: (p) => (
                    setPath(p, "humanLoopConfig.workteamArn", UNKNOWN),
                    setPath(p, "humanLoopConfig.publicWorkforceTaskPrice", { amountInUsd: { cents: 36 } })
                ),
                expect: /`humanLoopConfig.publicWorkforceTaskPrice` is set/,
            },
        ],
        unknownPaths: ["humanLoopConfig", "humanLoopConfig.workteamArn"],
    },
    {
        policy: sagemakerLabelingNoPublicWorkforce,
        type: T.labelingJob,
        compliant: labelingJob(),
        alsoCompliant: [{ title: "work team created in the stack (unknown ARN)", mutate: set("humanTaskConfig.workteamArn", UNKNOWN) }],
        mutations: [
            {
                title: "the public workforce",
                mutate: (p) => (
                    setPath(p, "humanTaskConfig.workteamArn", PUBLIC_CROWD),
                    setPath(p, "humanTaskConfig.publicWorkforceTaskPrice", { amountInUsd: { cents: 3, tenthFractionsOfACent: 6 } })
                ),
                expect: /`humanTaskConfig.workteamArn` is the public workforce/,
            },
        ],
        unknownPaths: ["humanTaskConfig", "humanTaskConfig.workteamArn"],
    },
    ...[T.workforce, T.nativeWorkforce].map((type): PolicyCases => ({
        policy: sagemakerWorkforceRestrictedAccess,
        type,
        compliant: workforce(),
        alsoCompliant: [
            {
                title: "a VPC instead of source ranges",
                mutate: (p) => (
                    delete p.sourceIpConfig,
                    (p.workforceVpcConfig = { vpcId: UNKNOWN, subnets: [UNKNOWN], securityGroupIds: [UNKNOWN] })
                ),
            },
            { title: "several narrow ranges", mutate: set("sourceIpConfig.cidrs", ["203.0.113.0/24", "2001:db8::/32"]) },
        ],
        mutations: [
            {
                title: "no sourceIpConfig and no VPC (AWS default: every address)",
                mutate: del("sourceIpConfig"),
                expect: /No `sourceIpConfig.cidrs` and no `workforceVpcConfig` subnets/,
            },
            { title: "0.0.0.0/0", mutate: set("sourceIpConfig.cidrs", ["0.0.0.0/0"]), expect: /admits every address/ },
            {
                title: "::/0 beside a narrow range",
                mutate: set("sourceIpConfig.cidrs", ["203.0.113.0/24", "::/0"]),
                expect: /admits every address/,
            },
            {
                title: "a VPC config without subnets and no ranges",
                mutate: (p) => (delete p.sourceIpConfig, (p.workforceVpcConfig = { vpcId: "vpc-0abc", subnets: [], securityGroupIds: [] })),
                expect: /No `sourceIpConfig.cidrs` and no `workforceVpcConfig` subnets/,
            },
        ],
        unknownPaths: ["sourceIpConfig", "sourceIpConfig.cidrs", "sourceIpConfig.cidrs.0", "workforceVpcConfig"],
    })),
];
