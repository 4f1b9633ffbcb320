// Issue 27: the roles and buckets of HyperPod clusters, MLflow tracking servers / apps and DataZone domains are ML roles
// and ML buckets, so the IAM and S3 stack policies judge them as they judge a training job's. The
// role is one that no SageMaker trust policy names (EC2 trust), so only the join makes it an ML role.

import * as assert from "assert";
import { sagemakerHyperpodClusterKmsEncryption } from "../../policies/sagemaker/sagemaker-hyperpod-cluster-kms-encryption";
import { iamWorkloadRoleNoFullAccessPolicy } from "../../policies/iam/iam-workload-role-no-full-access-policy";
import { s3BucketSseKms } from "../../policies/storage/s3-bucket-sse-kms";
import { runResource, runStack, StackResourceCase, UNKNOWN, urnFor } from "../harness";

const ROLE = "aws:iam/role:Role";
const BUCKET = "aws:s3/bucket:Bucket";
const roleUrn = urnFor(ROLE, "ml-role");
const ec2Trust = JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }],
});

const base = (): StackResourceCase[] => [
    {
        type: ROLE,
        name: "ml-role",
        props: { assumeRolePolicy: ec2Trust, managedPolicyArns: ["arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"] },
    },
    { type: BUCKET, name: "artifacts", props: { bucket: "acme-ml-artifacts" } },
];

const users: [string, StackResourceCase][] = [
    [
        "HyperPod cluster (instance group role, lifecycle scripts bucket)",
        {
            type: "aws-native:sagemaker:Cluster",
            name: "hyperpod",
            props: {
                instanceGroups: [
                    {
                        instanceGroupName: "workers",
                        instanceType: "ml.p5.48xlarge",
                        instanceCount: 2,
                        executionRole: UNKNOWN,
                        lifeCycleConfig: { sourceS3Uri: "s3://acme-ml-artifacts/lifecycle/", onCreate: "on_create.sh" },
                    },
                ],
            },
            propertyDependencies: { instanceGroups: [roleUrn] },
            dependencies: [roleUrn],
        },
    ],
    [
        "MLflow tracking server (roleArn, artifactStoreUri)",
        {
            type: "aws:sagemaker/mlflowTrackingServer:MlflowTrackingServer",
            name: "mlflow",
            props: { trackingServerName: "mlflow", roleArn: UNKNOWN, artifactStoreUri: "s3://acme-ml-artifacts/mlflow" },
            propertyDependencies: { roleArn: [roleUrn] },
            dependencies: [roleUrn],
        },
    ],
    [
        "MLflow app (roleArn, artifactStoreUri)",
        {
            type: "aws:sagemaker/mlflowApp:MlflowApp",
            name: "mlflow-app",
            props: { name: "mlflow", roleArn: UNKNOWN, artifactStoreUri: "s3://acme-ml-artifacts/app" },
            propertyDependencies: { roleArn: [roleUrn] },
            dependencies: [roleUrn],
        },
    ],
    [
        "aws-native MLflow tracking server",
        {
            type: "aws-native:sagemaker:MlflowTrackingServer",
            name: "mlflow-native",
            props: { trackingServerName: "mlflow", roleArn: UNKNOWN, artifactStoreUri: "s3://acme-ml-artifacts/native" },
            propertyDependencies: { roleArn: [roleUrn] },
            dependencies: [roleUrn],
        },
    ],
    [
        "DataZone (SageMaker Unified Studio) domain (domainExecutionRole)",
        {
            type: "aws:datazone/domain:Domain",
            name: "unified-studio",
            props: { name: "unified-studio", domainExecutionRole: UNKNOWN, kmsKeyIdentifier: UNKNOWN },
            propertyDependencies: { domainExecutionRole: [roleUrn] },
            dependencies: [roleUrn],
        },
    ],
];

describe("issue 27: platform resources make their roles and buckets ML ones", () => {
    it("without them, the EC2-trusted role is no workload role and the bucket no ML bucket", () => {
        assert.deepStrictEqual(runStack(iamWorkloadRoleNoFullAccessPolicy, base()).violations, []);
        const sse = runStack(s3BucketSseKms, base()).violations;
        assert.strictEqual(sse.length, 1);
        assert.doesNotMatch(sse[0], /SageMaker or Bedrock resources of this stack use this bucket/);
    });
    for (const [title, user] of users) {
        it(`${title}: the role is judged as an ML role and the bucket as an ML bucket`, () => {
            const stack = [...base(), user];
            const iam = runStack(iamWorkloadRoleNoFullAccessPolicy, structuredClone(stack));
            assert.strictEqual(iam.violations.length, 1, JSON.stringify(iam.violations));
            assert.match(iam.violations[0], /AmazonSageMakerFullAccess/);
            if (user.type.includes("datazone")) return; // a domain names no bucket
            const sse = runStack(s3BucketSseKms, structuredClone(stack)).violations;
            assert.strictEqual(sse.length, 1);
            assert.match(sse[0], /SageMaker or Bedrock resources of this stack use this bucket/);
        });
    }
});

describe("issue 27: findings per list element are capped", () => {
    it("a cluster with 25 instance groups without keys gets 10 findings and one line for the rest (counted, not timed)", () => {
        const group = (i: number) => ({
            instanceGroupName: `g${i}`,
            instanceType: "ml.p5.48xlarge",
            instanceCount: 1,
            executionRole: UNKNOWN,
        });
        const r = runResource(sagemakerHyperpodClusterKmsEncryption, {
            type: "aws-native:sagemaker:Cluster",
            props: {
                instanceGroups: Array.from({ length: 25 }, (_, i) => group(i)),
                vpcConfig: { subnets: [UNKNOWN], securityGroupIds: [UNKNOWN] },
            },
        });
        assert.strictEqual(r.violations.length, 11);
        assert.match(r.violations[9], /`instanceGroups\[9\]\.instanceStorageConfigs` has no `ebsVolumeConfig`/);
        assert.match(r.violations[10], /and more elements with the same problem \(the first 10 are shown\)/);
    });
});
