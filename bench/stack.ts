// Deterministic synthetic stacks with a realistic mix: per workload unit a VPC with subnets, a
// security group, interface and gateway endpoints and a flow log; a KMS key; a SageMaker execution
// role with its policy and attachment; a bucket with its encryption, public-access-block and policy
// resources; a notebook, a domain, a model, an endpoint configuration, a training job; a Bedrock
// agent and guardrail; a trail, a detector and a log group for every few units. IDs and ARNs of
// resources created in the stack are unknown (as at a first preview) and joined through property
// dependencies; about one unit in three carries the usual mistakes.

import { ResourceInput, UNKNOWN, urnOf } from "../cli/analyzer";

/** A small seeded PRNG (mulberry32), so every run generates the same stack. */
function rng(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

const STACK = "bench";
const PROJECT = "bench";

export function generateStack(size: number, seed = 42): ResourceInput[] {
    const rand = rng(seed);
    const out: ResourceInput[] = [];
    const add = (type: string, name: string, properties: Record<string, unknown>, deps: Record<string, string[]> = {}): string => {
        const urn = urnOf(type, name, STACK, PROJECT);
        const dependencies = [...new Set(Object.values(deps).flat())];
        // A JSON round trip drops undefined inputs, as the engine never sends them.
        out.push({ type, name, urn, properties: JSON.parse(JSON.stringify(properties)), dependencies, propertyDependencies: deps });
        return urn;
    };
    for (let u = 0; out.length < size; u++) {
        const bad = rand() < 0.33;
        const known = rand() < 0.3; // some ids are known (imported or looked up), most are not
        const id = (p: string) => (known ? `${p}-${u.toString(16).padStart(8, "0")}` : UNKNOWN);
        const region = "us-east-1";
        const vpc = add("aws:ec2/vpc:Vpc", `vpc-${u}`, {
            cidrBlock: "10.0.0.0/16",
            enableDnsHostnames: true,
            enableDnsSupport: true,
            tags: { env: "prod", team: "ml" },
        });
        const subnets = [0, 1].map((i) =>
            add(
                "aws:ec2/subnet:Subnet",
                `subnet-${u}-${i}`,
                { vpcId: id("vpc"), cidrBlock: `10.0.${i}.0/24`, mapPublicIpOnLaunch: bad && i === 0 },
                { vpcId: [vpc] },
            ),
        );
        const sg = add(
            "aws:ec2/securityGroup:SecurityGroup",
            `sg-${u}`,
            {
                vpcId: id("vpc"),
                description: "ML workload",
                ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: bad ? ["0.0.0.0/0"] : ["10.0.0.0/16"] }],
                egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
            },
            { vpcId: [vpc] },
        );
        const services = bad
            ? ["sagemaker.api", "sts"]
            : ["sagemaker.api", "sagemaker.runtime", "bedrock-runtime", "sts", "logs", "kms", "ecr.api", "ecr.dkr"];
        for (const s of services) {
            add(
                "aws:ec2/vpcEndpoint:VpcEndpoint",
                `vpce-${u}-${s}`,
                {
                    vpcId: id("vpc"),
                    serviceName: `com.amazonaws.${region}.${s}`,
                    vpcEndpointType: "Interface",
                    privateDnsEnabled: true,
                    subnetIds: [UNKNOWN, UNKNOWN],
                    securityGroupIds: [UNKNOWN],
                },
                { vpcId: [vpc], subnetIds: subnets, securityGroupIds: [sg] },
            );
        }
        add(
            "aws:ec2/vpcEndpoint:VpcEndpoint",
            `vpce-${u}-s3`,
            { vpcId: id("vpc"), serviceName: `com.amazonaws.${region}.s3`, vpcEndpointType: "Gateway" },
            { vpcId: [vpc] },
        );
        if (!bad)
            add(
                "aws:ec2/flowLog:FlowLog",
                `flowlog-${u}`,
                { vpcId: id("vpc"), trafficType: "ALL", logDestination: UNKNOWN },
                { vpcId: [vpc] },
            );

        const key = add("aws:kms/key:Key", `key-${u}`, {
            description: "ML data key",
            enableKeyRotation: !bad,
            deletionWindowInDays: bad ? 7 : 30,
        });
        const trust = JSON.stringify({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Principal: { Service: "sagemaker.amazonaws.com" }, Action: "sts:AssumeRole" }],
        });
        const role = add("aws:iam/role:Role", `role-${u}`, { assumeRolePolicy: trust, name: `ml-exec-${u}` });
        const doc = JSON.stringify({
            Version: "2012-10-17",
            Statement: bad
                ? [{ Effect: "Allow", Action: "*", Resource: "*" }]
                : [
                      { Effect: "Allow", Action: ["s3:GetObject", "s3:PutObject"], Resource: [`arn:aws:s3:::ml-data-${u}/*`] },
                      {
                          Effect: "Allow",
                          Action: ["kms:Decrypt", "kms:GenerateDataKey"],
                          Resource: ["arn:aws:kms:us-east-1:111122223333:key/abc"],
                      },
                  ],
        });
        add("aws:iam/rolePolicy:RolePolicy", `role-policy-${u}`, { role: id("role"), policy: doc }, { role: [role] });
        add(
            "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
            `role-attach-${u}`,
            {
                role: id("role"),
                policyArn: bad
                    ? "arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"
                    : "arn:aws:iam::aws:policy/CloudWatchLogsReadOnlyAccess",
            },
            { role: [role] },
        );

        const bucket = add("aws:s3/bucket:Bucket", `bucket-${u}`, { bucket: `ml-data-${u}`, forceDestroy: false, tags: { data: "phi" } });
        if (!bad) {
            add(
                "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
                `bucket-sse-${u}`,
                {
                    bucket: id("bucket"),
                    rules: [
                        {
                            applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: UNKNOWN },
                            bucketKeyEnabled: true,
                        },
                    ],
                },
                { bucket: [bucket], rules: [key] },
            );
            add(
                "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
                `bucket-pab-${u}`,
                {
                    bucket: id("bucket"),
                    blockPublicAcls: true,
                    blockPublicPolicy: true,
                    ignorePublicAcls: true,
                    restrictPublicBuckets: true,
                },
                { bucket: [bucket] },
            );
            add(
                "aws:s3/bucketVersioning:BucketVersioning",
                `bucket-versioning-${u}`,
                { bucket: id("bucket"), versioningConfiguration: { status: "Enabled" } },
                { bucket: [bucket] },
            );
        }
        add(
            "aws:s3/bucketPolicy:BucketPolicy",
            `bucket-policy-${u}`,
            {
                bucket: id("bucket"),
                policy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [
                        {
                            Effect: "Deny",
                            Principal: "*",
                            Action: "s3:*",
                            Resource: ["arn:aws:s3:::x", "arn:aws:s3:::x/*"],
                            Condition: { Bool: { "aws:SecureTransport": "false" } },
                        },
                    ],
                }),
            },
            { bucket: [bucket] },
        );

        const kms = bad ? {} : { kmsKeyId: UNKNOWN };
        add(
            "aws:sagemaker/notebookInstance:NotebookInstance",
            `notebook-${u}`,
            bad
                ? { instanceType: "ml.t3.medium", roleArn: UNKNOWN }
                : {
                      instanceType: "ml.t3.medium",
                      roleArn: UNKNOWN,
                      directInternetAccess: "Disabled",
                      rootAccess: "Disabled",
                      subnetId: UNKNOWN,
                      securityGroups: [UNKNOWN],
                      instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "2" },
                      platformIdentifier: "notebook-al2023-v1",
                      ...kms,
                  },
            { roleArn: [role], subnetId: [subnets[0]], securityGroups: [sg], kmsKeyId: [key] },
        );
        add(
            "aws:sagemaker/domain:Domain",
            `domain-${u}`,
            {
                domainName: `studio-${u}`,
                authMode: "IAM",
                vpcId: UNKNOWN,
                subnetIds: [UNKNOWN, UNKNOWN],
                appNetworkAccessType: bad ? "PublicInternetOnly" : "VpcOnly",
                defaultUserSettings: { executionRole: UNKNOWN, securityGroups: [UNKNOWN] },
                ...kms,
            },
            { vpcId: [vpc], subnetIds: subnets, kmsKeyId: [key], defaultUserSettings: [role, sg] },
        );
        const container = {
            image: "111122223333.dkr.ecr.us-east-1.amazonaws.com/model:1",
            modelDataUrl: `s3://ml-data-${u}/model.tar.gz`,
            environment: { LOG_LEVEL: "info" },
        };
        add(
            "aws:sagemaker/model:Model",
            `model-${u}`,
            bad
                ? { executionRoleArn: UNKNOWN, primaryContainer: container }
                : {
                      executionRoleArn: UNKNOWN,
                      enableNetworkIsolation: true,
                      primaryContainer: { ...container, imageConfig: { repositoryAccessMode: "Vpc" } },
                      vpcConfig: { subnets: [UNKNOWN, UNKNOWN], securityGroupIds: [UNKNOWN] },
                  },
            { executionRoleArn: [role], vpcConfig: [...subnets, sg], primaryContainer: [bucket] },
        );
        add(
            "aws:sagemaker/endpointConfiguration:EndpointConfiguration",
            `endpoint-config-${u}`,
            {
                productionVariants: [
                    { variantName: "main", modelName: UNKNOWN, initialInstanceCount: bad ? 1 : 2, instanceType: "ml.m5.large" },
                ],
                ...(bad ? {} : { kmsKeyArn: UNKNOWN }),
                dataCaptureConfig: {
                    enableCapture: true,
                    initialSamplingPercentage: 10,
                    destinationS3Uri: `s3://ml-data-${u}/capture`,
                    ...kms,
                    captureOptions: [{ captureMode: "Input" }],
                },
            },
            { kmsKeyArn: [key] },
        );
        add(
            "aws:sagemaker/trainingJob:TrainingJob",
            `training-${u}`,
            {
                roleArn: UNKNOWN,
                algorithmSpecification: { trainingImage: container.image, trainingInputMode: "File" },
                outputDataConfig: { s3OutputPath: `s3://ml-data-${u}/out`, ...kms },
                resourceConfig: {
                    instanceCount: 2,
                    instanceType: "ml.m5.xlarge",
                    volumeSizeInGb: 50,
                    ...(bad ? {} : { volumeKmsKeyId: UNKNOWN }),
                },
                stoppingCondition: { maxRuntimeInSeconds: 3600 },
                enableNetworkIsolation: !bad,
                enableInterContainerTrafficEncryption: !bad,
                vpcConfig: bad ? undefined : { subnets: [UNKNOWN], securityGroupIds: [UNKNOWN] },
            },
            { roleArn: [role], vpcConfig: [subnets[0], sg] },
        );
        const guardrail = add(
            "aws:bedrock/guardrail:Guardrail",
            `guardrail-${u}`,
            {
                name: `phi-guardrail-${u}`,
                blockedInputMessaging: "Blocked.",
                blockedOutputsMessaging: "Blocked.",
                ...(bad ? {} : { kmsKeyArn: UNKNOWN }),
                sensitiveInformationPolicyConfig: bad
                    ? undefined
                    : { piiEntitiesConfigs: [{ type: "US_SOCIAL_SECURITY_NUMBER", action: "BLOCK" }] },
                contentPolicyConfig: { filtersConfigs: [{ type: "PROMPT_ATTACK", inputStrength: "HIGH", outputStrength: "NONE" }] },
            },
            { kmsKeyArn: [key] },
        );
        add(
            "aws:bedrock/agentAgent:AgentAgent",
            `agent-${u}`,
            {
                agentName: `triage-${u}`,
                agentResourceRoleArn: UNKNOWN,
                foundationModel: "anthropic.claude-3-5-sonnet-20240620-v1:0",
                instruction: "You help clinicians find scheduling information. Never reveal patient data.",
                ...(bad
                    ? {}
                    : {
                          customerEncryptionKeyArn: UNKNOWN,
                          guardrailConfiguration: [{ guardrailIdentifier: UNKNOWN, guardrailVersion: "1" }],
                      }),
            },
            { agentResourceRoleArn: [role], customerEncryptionKeyArn: [key], guardrailConfiguration: [guardrail] },
        );
        if (u % 5 === 0) {
            add("aws:cloudtrail/trail:Trail", `trail-${u}`, {
                s3BucketName: `ml-data-${u}`,
                isMultiRegionTrail: !bad,
                enableLogFileValidation: !bad,
                ...(bad ? {} : { kmsKeyId: UNKNOWN }),
            });
            add("aws:guardduty/detector:Detector", `detector-${u}`, { enable: true });
            add("aws:cloudwatch/logGroup:LogGroup", `/aws/sagemaker/Endpoints/ml-${u}`, {
                name: `/aws/sagemaker/Endpoints/ml-${u}`,
                retentionInDays: bad ? 0 : 2192,
                ...kms,
            });
        }
    }
    return out.slice(0, size);
}
