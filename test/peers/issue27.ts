// Other people's test inputs for the checks issue 27 added or fixed, translated to Pulumi resources.
// Only the facts are kept (field values and the peer's verdict); kept apart from our own mutations
// (test/cases/). Used by test/unit/peer-issue27.spec.ts, which prints the agreement.
//
// Prowler: repository prowler-cloud/prowler, commit 3e000faa3109230b748e4418a13c11c9e59f5cfb,
//   check sagemaker_domain_sso_configured,
//   path tests/providers/aws/services/sagemaker/sagemaker_domain_sso_configured/sagemaker_domain_sso_configured_test.py
//   (its domains are service-model objects: auth mode plus the Identity Center ids SageMaker returns).
// trivy-checks: repository aquasecurity/trivy-checks, commit 80e5382269707262f35cf893bdc0805cb72217e9,
//   AWS-0065 checks/cloud/aws/kms/auto_rotate_keys_test.rego (3 tests) and
//   AWS-0132 checks/cloud/aws/s3/encryption_customer_key_test.rego (5 tests).
// KICS: repository Checkmarx/kics, query 8173d5eb-96b5-4aa6-a71b-ecfa153c123d (CloudTrail Multi Region
//   Disabled), assets/queries/terraform/aws/cloudtrail_multi_region_disabled/test/: negative.tf
//   (commit b5fd33f4b44cd6b5a04eb22c850a1e01cec14509), positive3.tf (commit 671a1e4cd0f772e1884fbb1347361b6b41dad565),
//   positive1/positive2 as shown on docs.kics.io for the same query.

//
// AWS Config managed rules sagemaker-inf-experiment-instance-storage-kms-encrypted and
//   sagemaker-inf-experiment-data-storage-kms-encrypted (Security Hub SageMaker.23 / .24): managed rules
//   publish no test inputs; the cases are the rules' documented NON_COMPLIANT conditions ("KmsKey not
//   specified", "DataStorageConfig.KmsKey not set or empty") on the CloudFormation shape, as recorded in
//   /work/shared/reference/check-catalog.md (rule pages at docs.aws.amazon.com/config/latest/developerguide/).
//
// Prowler (same commit 3e000faa3109230b748e4418a13c11c9e59f5cfb), the region-level governance checks,
// each region's state translated to a stack (one region = one stack):
//   sagemaker_models_monitor_enabled: tests/providers/aws/services/sagemaker/sagemaker_models_monitor_enabled/
//     sagemaker_models_monitor_enabled_test.py (no schedules / schedules none Scheduled / one Scheduled);
//   sagemaker_models_registry_in_use: tests/providers/aws/services/sagemaker/sagemaker_models_registry_in_use/
//     sagemaker_models_registry_in_use_test.py (no groups / groups without an approved package / an approved package).

import type { StackResourceCase } from "../harness";
import { UNKNOWN, urnFor } from "../harness";

export interface PeerResourceCase {
    source: "prowler" | "trivy" | "kics" | "aws-config";
    check: string;
    title: string;
    policy: string;
    type: string;
    props: Record<string, unknown>;
    peer: "pass" | "fail";
    /** Where we disagree with the peer on purpose, why. */
    disagree?: string;
}

export interface PeerStackCase {
    source: "trivy" | "prowler";
    check: string;
    title: string;
    policy: string;
    stack: StackResourceCase[];
    /** The resource whose verdict is compared (a finding on it or on a resource joined to it). */
    subject: string;
    peer: "pass" | "fail";
    /** Where we disagree with the peer on purpose, why. */
    disagree?: string;
}

const DOMAIN = "aws:sagemaker/domain:Domain";
const domain = (authMode: string | undefined, outputs: Record<string, string> = {}) => ({
    domainName: "test-domain",
    ...(authMode === undefined ? {} : { authMode }),
    vpcId: "vpc-0abc",
    subnetIds: ["subnet-0abc"],
    defaultUserSettings: { executionRole: "arn:aws:iam::123456789012:role/studio" },
    ...outputs,
});

const EXPERIMENT = "aws-native:sagemaker:InferenceExperiment";
const experiment = (extra: Record<string, unknown>) => ({
    name: "exp",
    type: "ShadowMode",
    endpointName: "ep",
    roleArn: "arn:aws:iam::123456789012:role/sm",
    modelVariants: [],
    ...extra,
});
const KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

export const PEER_RESOURCE_CASES: PeerResourceCase[] = [
    {
        source: "aws-config",
        check: "sagemaker-inf-experiment-instance-storage-kms-encrypted",
        title: "KmsKey not specified",
        policy: "sagemaker-inference-experiment-kms-encryption",
        type: EXPERIMENT,
        props: experiment({}),
        peer: "fail",
    },
    {
        source: "aws-config",
        check: "sagemaker-inf-experiment-instance-storage-kms-encrypted",
        title: "KmsKey specified",
        policy: "sagemaker-inference-experiment-kms-encryption",
        type: EXPERIMENT,
        props: experiment({ kmsKey: KEY }),
        peer: "pass",
    },
    {
        source: "aws-config",
        check: "sagemaker-inf-experiment-data-storage-kms-encrypted",
        title: "DataStorageConfig.KmsKey empty",
        policy: "sagemaker-inference-experiment-kms-encryption",
        type: EXPERIMENT,
        props: experiment({ kmsKey: KEY, dataStorageConfig: { destination: "s3://b/p", kmsKey: "" } }),
        peer: "fail",
    },
    {
        source: "aws-config",
        check: "sagemaker-inf-experiment-data-storage-kms-encrypted",
        title: "DataStorageConfig.KmsKey set",
        policy: "sagemaker-inference-experiment-kms-encryption",
        type: EXPERIMENT,
        props: experiment({ kmsKey: KEY, dataStorageConfig: { destination: "s3://b/p", kmsKey: KEY } }),
        peer: "pass",
    },
    {
        source: "prowler",
        check: "sagemaker_domain_sso_configured",
        title: "SSO with an Identity Center instance id",
        policy: "sagemaker-domain-sso-auth",
        type: DOMAIN,
        props: domain("SSO", { singleSignOnManagedApplicationInstanceId: "ins-1234567890abcdef" }),
        peer: "pass",
    },
    {
        source: "prowler",
        check: "sagemaker_domain_sso_configured",
        title: "SSO with an Identity Center application ARN",
        policy: "sagemaker-domain-sso-auth",
        type: DOMAIN,
        props: domain("SSO", { singleSignOnApplicationArn: "arn:aws:sso::123456789012:application/ssoins-1/apl-1" }),
        peer: "pass",
    },
    {
        source: "prowler",
        check: "sagemaker_domain_sso_configured",
        title: "SSO without an Identity Center association",
        policy: "sagemaker-domain-sso-auth",
        type: DOMAIN,
        props: domain("SSO"),
        peer: "fail",
        disagree:
            "the Identity Center ids are outputs SageMaker sets when it creates an SSO domain (it refuses one without Identity Center); a program never sets them, so their absence says nothing before deploy",
    },
    {
        source: "prowler",
        check: "sagemaker_domain_sso_configured",
        title: "IAM mode",
        policy: "sagemaker-domain-sso-auth",
        type: DOMAIN,
        props: domain("IAM"),
        peer: "fail",
    },
    {
        source: "prowler",
        check: "sagemaker_domain_sso_configured",
        title: "auth mode not known (absent)",
        policy: "sagemaker-domain-sso-auth",
        type: DOMAIN,
        props: domain(undefined),
        peer: "fail",
    },
    {
        source: "trivy",
        check: "AWS-0065",
        title: "SIGN_VERIFY key without rotation",
        policy: "kms-key-rotation-enabled",
        type: "aws:kms/key:Key",
        props: { keyUsage: "SIGN_VERIFY", enableKeyRotation: false },
        peer: "pass",
    },
    {
        source: "trivy",
        check: "AWS-0065",
        title: "ENCRYPT_DECRYPT key with rotation",
        policy: "kms-key-rotation-enabled",
        type: "aws:kms/key:Key",
        props: { keyUsage: "ENCRYPT_DECRYPT", enableKeyRotation: true },
        peer: "pass",
    },
    {
        source: "trivy",
        check: "AWS-0065",
        title: "ENCRYPT_DECRYPT key without rotation",
        policy: "kms-key-rotation-enabled",
        type: "aws:kms/key:Key",
        props: { keyUsage: "ENCRYPT_DECRYPT", enableKeyRotation: false },
        peer: "fail",
    },
    {
        source: "kics",
        check: "8173d5eb-96b5-4aa6-a71b-ecfa153c123d",
        title: "negative1: multi-Region trail",
        policy: "cloudtrail-trail-multi-region",
        type: "aws:cloudtrail/trail:Trail",
        props: { name: "negative", s3BucketName: "bucketlog", isMultiRegionTrail: true },
        peer: "pass",
    },
    {
        source: "kics",
        check: "8173d5eb-96b5-4aa6-a71b-ecfa153c123d",
        title: "positive1: no region settings",
        policy: "cloudtrail-trail-multi-region",
        type: "aws:cloudtrail/trail:Trail",
        props: { name: "npositive_1", s3BucketName: "bucketlog_1" },
        peer: "fail",
    },
    {
        source: "kics",
        check: "8173d5eb-96b5-4aa6-a71b-ecfa153c123d",
        title: "positive2: single-Region trail",
        policy: "cloudtrail-trail-multi-region",
        type: "aws:cloudtrail/trail:Trail",
        props: { name: "npositive_2", s3BucketName: "bucketlog_2", isMultiRegionTrail: false },
        peer: "fail",
    },
    {
        source: "kics",
        check: "8173d5eb-96b5-4aa6-a71b-ecfa153c123d",
        title: "positive3: multi-Region trail without global service events",
        policy: "cloudtrail-trail-multi-region",
        type: "aws:cloudtrail/trail:Trail",
        props: { name: "npositive_3", s3BucketName: "bucketlog_3", isMultiRegionTrail: true, includeGlobalServiceEvents: false },
        peer: "fail",
        disagree:
            "CloudTrail refuses this combination (InvalidParameterCombinationException: a multi-Region trail must include global service events), so the deploy fails and no such trail exists; no security finding (issue 27, section 2)",
    },
];

const BUCKET = "aws:s3/bucket:Bucket";
const bucket = (extra: Record<string, unknown> = {}): StackResourceCase => ({
    type: BUCKET,
    name: "bucket",
    props: { bucket: "example-bucket", ...extra },
});

export const PEER_STACK_CASES: PeerStackCase[] = [
    {
        source: "trivy",
        check: "AWS-0132",
        title: "bucket without a KMS key",
        policy: "s3-bucket-sse-kms",
        stack: [bucket()],
        subject: "bucket",
        peer: "fail",
    },
    {
        source: "trivy",
        check: "AWS-0132",
        title: "bucket with a KMS key",
        policy: "s3-bucket-sse-kms",
        stack: [
            bucket(),
            {
                type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
                name: "bucket-sse",
                props: {
                    bucket: "example-bucket",
                    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: "test" } }],
                },
            },
        ],
        subject: "bucket",
        peer: "pass",
    },
    {
        source: "trivy",
        check: "AWS-0132",
        title: "log bucket by the log-delivery-write ACL",
        policy: "s3-bucket-sse-kms",
        stack: [bucket({ acl: "log-delivery-write" })],
        subject: "bucket",
        peer: "pass",
    },
    {
        source: "trivy",
        check: "AWS-0132",
        title: "log bucket by a WRITE grant to LogDelivery",
        policy: "s3-bucket-sse-kms",
        stack: [bucket({ grants: [{ type: "Group", uri: "http://acs.amazonaws.com/groups/s3/LogDelivery", permissions: ["WRITE"] }] })],
        subject: "bucket",
        peer: "pass",
    },
    {
        source: "trivy",
        check: "AWS-0132",
        title: "log bucket by a policy for logging.s3.amazonaws.com",
        policy: "s3-bucket-sse-kms",
        stack: [
            bucket(),
            {
                type: "aws:s3/bucketPolicy:BucketPolicy",
                name: "bucket-policy",
                props: {
                    bucket: "example-bucket",
                    policy: JSON.stringify({
                        Version: "2012-10-17",
                        Statement: [
                            {
                                Effect: "Allow",
                                Principal: { Service: ["logging.s3.amazonaws.com"] },
                                Action: ["s3:PutObject"],
                                Resource: "arn:aws:s3:::example-bucket/logs/*",
                            },
                        ],
                    }),
                },
            },
        ],
        subject: "bucket",
        peer: "pass",
    },
    ...prowlerGovernance(),
];

function prowlerGovernance(): PeerStackCase[] {
    const ENDPOINT = "aws-native:sagemaker:Endpoint";
    const SCHEDULE = "aws-native:sagemaker:MonitoringSchedule";
    const endpoint: StackResourceCase = {
        type: ENDPOINT,
        name: "endpoint",
        props: { endpointName: "test-endpoint", endpointConfigName: "test-config" },
    };
    const schedule = (status: string): StackResourceCase => ({
        type: SCHEDULE,
        name: "test-monitoring-schedule",
        props: {
            monitoringScheduleName: "test-monitoring-schedule",
            monitoringScheduleStatus: status,
            monitoringScheduleConfig: {
                monitoringJobDefinition: {
                    monitoringInputs: [{ endpointInput: { endpointName: UNKNOWN, localPath: "/opt/ml/processing/input" } }],
                },
            },
        },
        propertyDependencies: { monitoringScheduleConfig: [urnFor(ENDPOINT, "endpoint")] },
    });
    const model: StackResourceCase = {
        type: "aws:sagemaker/model:Model",
        name: "model",
        props: {
            executionRoleArn: "arn:aws:iam::123456789012:role/sm",
            primaryContainer: { image: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/m:1" },
        },
    };
    const group: StackResourceCase = {
        type: "aws-native:sagemaker:ModelPackageGroup",
        name: "group",
        props: { modelPackageGroupName: "test-group" },
    };
    const pkg = (status: string): StackResourceCase => ({
        type: "aws-native:sagemaker:ModelPackage",
        name: "package",
        props: { modelPackageGroupName: "test-group", modelApprovalStatus: status },
    });
    const monitor = {
        source: "prowler" as const,
        check: "sagemaker_models_monitor_enabled",
        policy: "sagemaker-endpoint-model-monitor",
        subject: "endpoint",
    };
    const registry = {
        source: "prowler" as const,
        check: "sagemaker_models_registry_in_use",
        policy: "sagemaker-model-registry-in-use",
        subject: "model",
    };
    return [
        { ...monitor, title: "no monitoring schedules", stack: [endpoint], peer: "fail" },
        { ...monitor, title: "schedules, none in Scheduled status", stack: [endpoint, schedule("Stopped")], peer: "fail" },
        { ...monitor, title: "one schedule in Scheduled status", stack: [endpoint, schedule("Scheduled")], peer: "pass" },
        { ...registry, title: "no model package groups", stack: [model], peer: "fail" },
        {
            ...registry,
            title: "groups, but no approved model package",
            stack: [model, group, pkg("PendingManualApproval")],
            peer: "fail",
            disagree:
                "a group in the stack is a registry in use; whether a deployed model's version is approved is judged per model by sagemaker-endpoint-approved-model-package, which a pending version deployed behind an endpoint fails",
        },
        { ...registry, title: "an approved model package", stack: [model, group, pkg("Approved")], peer: "pass" },
    ];
}
