// A healthcare ML workload done right: clinical-notes summarisation on SageMaker and Bedrock, with
// protected health information (PHI) in S3. Everything runs in private subnets reached through VPC
// endpoints; every store is encrypted with a customer-managed KMS key; roles are scoped to what
// they use; API activity, network flows and threats are recorded.
//
// `npx sagemaker-guard scan --program examples/healthcare-ml-compliant` reports no mandatory finding.

import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const region = "us-east-1";
const accountId = "111122223333";
const prefix = `clinical-ml-${pulumi.getStack()}`;
const tags = { project: "clinical-notes-summarisation", environment: pulumi.getStack(), dataClassification: "phi", owner: "ml-platform" };

// ---------------------------------------------------------------- KMS: one key per data domain

function cmk(name: string, description: string, servicePrincipals: string[] = []): aws.kms.Key {
    return new aws.kms.Key(name, {
        description,
        enableKeyRotation: true,
        rotationPeriodInDays: 365,
        deletionWindowInDays: 30,
        policy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [
                {
                    Sid: "AccountAdministration",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${accountId}:root` },
                    Action: "kms:*",
                    Resource: "*",
                },
                ...(servicePrincipals.length
                    ? [
                          {
                              Sid: "ServiceUse",
                              Effect: "Allow",
                              Principal: { Service: servicePrincipals },
                              Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
                              Resource: "*",
                              Condition: { StringEquals: { "aws:SourceAccount": accountId } },
                          },
                      ]
                    : []),
            ],
        }),
        tags,
    });
}

const dataKey = cmk("phi-data-key", "PHI training data, model artefacts and notebook volumes");
const logsKey = cmk("audit-logs-key", "CloudTrail, flow logs and application logs", [
    `logs.${region}.amazonaws.com`,
    "cloudtrail.amazonaws.com",
]);
const bedrockKey = cmk("bedrock-key", "Bedrock agent sessions and guardrail", ["bedrock.amazonaws.com"]);

// ---------------------------------------------------------------- Network: private subnets, endpoints, flow logs

const vpc = new aws.ec2.Vpc("ml-vpc", { cidrBlock: "10.40.0.0/16", enableDnsHostnames: true, enableDnsSupport: true, tags });

const subnets = ["a", "b"].map(
    (az, i) =>
        new aws.ec2.Subnet(`private-${az}`, {
            vpcId: vpc.id,
            cidrBlock: `10.40.${i * 16}.0/20`,
            availabilityZone: `${region}${az}`,
            mapPublicIpOnLaunch: false,
            tags: { ...tags, tier: "private" },
        }),
);
const subnetIds = subnets.map((s) => s.id);

new aws.ec2.DefaultSecurityGroup("default-sg-closed", { vpcId: vpc.id, tags });

const workloadSg = new aws.ec2.SecurityGroup("ml-workloads", {
    vpcId: vpc.id,
    description: "SageMaker notebooks, Studio apps, models and endpoints",
    ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, self: true, description: "TLS between ML workloads" }],
    egress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["10.40.0.0/16"], description: "TLS to VPC endpoints" }],
    tags,
});

const endpointSg = new aws.ec2.SecurityGroup("vpc-endpoints", {
    vpcId: vpc.id,
    description: "Interface endpoints, reachable from ML workloads only",
    ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, securityGroups: [workloadSg.id], description: "TLS from ML workloads" }],
    egress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["10.40.0.0/16"], description: "TLS within the VPC" }],
    tags,
});

const routeTable = new aws.ec2.RouteTable("private-routes", { vpcId: vpc.id, tags });
subnets.forEach((s, i) => new aws.ec2.RouteTableAssociation(`private-routes-${i}`, { subnetId: s.id, routeTableId: routeTable.id }));

const endpointPolicy = JSON.stringify({
    Version: "2012-10-17",
    Statement: [
        {
            Effect: "Allow",
            Principal: "*",
            Action: "*",
            Resource: "*",
            Condition: { StringEquals: { "aws:PrincipalAccount": accountId } },
        },
    ],
});
for (const service of [
    "sagemaker.api",
    "sagemaker.runtime",
    "bedrock-runtime",
    "bedrock-agent-runtime",
    "sts",
    "logs",
    "kms",
    "ecr.api",
    "ecr.dkr",
]) {
    new aws.ec2.VpcEndpoint(`vpce-${service.replace(/\./g, "-")}`, {
        vpcId: vpc.id,
        serviceName: `com.amazonaws.${region}.${service}`,
        vpcEndpointType: "Interface",
        privateDnsEnabled: true,
        subnetIds,
        securityGroupIds: [endpointSg.id],
        // Only principals of this account may use the endpoint.
        policy: endpointPolicy,
        tags,
    });
}
new aws.ec2.VpcEndpoint("vpce-s3", {
    vpcId: vpc.id,
    serviceName: `com.amazonaws.${region}.s3`,
    vpcEndpointType: "Gateway",
    routeTableIds: [routeTable.id],
    policy: endpointPolicy,
    tags,
});

const flowLogGroup = new aws.cloudwatch.LogGroup("vpc-flow-logs", { retentionInDays: 365, kmsKeyId: logsKey.arn, tags });
const flowLogRole = new aws.iam.Role("vpc-flow-logs", {
    assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Effect: "Allow",
                Principal: { Service: "vpc-flow-logs.amazonaws.com" },
                Action: "sts:AssumeRole",
                Condition: { StringEquals: { "aws:SourceAccount": accountId } },
            },
        ],
    }),
    tags,
});
new aws.iam.RolePolicy("vpc-flow-logs", {
    role: flowLogRole.id,
    policy: flowLogGroup.arn.apply((arn) =>
        JSON.stringify({
            Version: "2012-10-17",
            Statement: [
                { Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"], Resource: `${arn}:*` },
            ],
        }),
    ),
});
new aws.ec2.FlowLog("vpc-flow-log", {
    vpcId: vpc.id,
    trafficType: "ALL",
    logDestination: flowLogGroup.arn,
    iamRoleArn: flowLogRole.arn,
    tags,
});

// ---------------------------------------------------------------- S3: the PHI bucket

const phiBucket = new aws.s3.Bucket("phi-training-data", { forceDestroy: false, tags });
new aws.s3.BucketPublicAccessBlock("phi-training-data", {
    bucket: phiBucket.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
});
new aws.s3.BucketServerSideEncryptionConfiguration("phi-training-data", {
    bucket: phiBucket.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: dataKey.arn }, bucketKeyEnabled: true }],
});
new aws.s3.BucketVersioning("phi-training-data", { bucket: phiBucket.id, versioningConfiguration: { status: "Enabled" } });
new aws.s3.BucketOwnershipControls("phi-training-data", { bucket: phiBucket.id, rule: { objectOwnership: "BucketOwnerEnforced" } });
new aws.s3.BucketPolicy("phi-training-data", {
    bucket: phiBucket.id,
    policy: phiBucket.arn.apply((arn) =>
        JSON.stringify({
            Version: "2012-10-17",
            Statement: [
                {
                    Sid: "DenyInsecureTransport",
                    Effect: "Deny",
                    Principal: "*",
                    Action: "s3:*",
                    Resource: [arn, `${arn}/*`],
                    Condition: { Bool: { "aws:SecureTransport": "false" } },
                },
            ],
        }),
    ),
});

const auditBucket = new aws.s3.Bucket("audit-logs", { tags });
new aws.s3.BucketPublicAccessBlock("audit-logs", {
    bucket: auditBucket.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
});
new aws.s3.BucketServerSideEncryptionConfiguration("audit-logs", {
    bucket: auditBucket.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: logsKey.arn }, bucketKeyEnabled: true }],
});
new aws.s3.BucketVersioning("audit-logs", { bucket: auditBucket.id, versioningConfiguration: { status: "Enabled" } });
new aws.s3.BucketPolicy("audit-logs", {
    bucket: auditBucket.id,
    policy: auditBucket.arn.apply((arn) =>
        JSON.stringify({
            Version: "2012-10-17",
            Statement: [
                {
                    Sid: "DenyInsecureTransport",
                    Effect: "Deny",
                    Principal: "*",
                    Action: "s3:*",
                    Resource: [arn, `${arn}/*`],
                    Condition: { Bool: { "aws:SecureTransport": "false" } },
                },
                {
                    Sid: "CloudTrailAclCheck",
                    Effect: "Allow",
                    Principal: { Service: "cloudtrail.amazonaws.com" },
                    Action: "s3:GetBucketAcl",
                    Resource: arn,
                },
                {
                    Sid: "CloudTrailWrite",
                    Effect: "Allow",
                    Principal: { Service: "cloudtrail.amazonaws.com" },
                    Action: "s3:PutObject",
                    Resource: `${arn}/AWSLogs/${accountId}/*`,
                    Condition: { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control" } },
                },
            ],
        }),
    ),
});

// ---------------------------------------------------------------- IAM: least-privilege roles

function serviceRole(name: string, service: string): aws.iam.Role {
    return new aws.iam.Role(name, {
        assumeRolePolicy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [
                {
                    Effect: "Allow",
                    Principal: { Service: service },
                    Action: "sts:AssumeRole",
                    Condition: { StringEquals: { "aws:SourceAccount": accountId } },
                },
            ],
        }),
        tags,
    });
}

const sagemakerRole = serviceRole("sagemaker-execution", "sagemaker.amazonaws.com");
new aws.iam.RolePolicy("sagemaker-execution", {
    role: sagemakerRole.id,
    policy: pulumi.all([phiBucket.arn, dataKey.arn, sagemakerRole.arn]).apply(([bucketArn, keyArn, roleArn]) =>
        JSON.stringify({
            Version: "2012-10-17",
            Statement: [
                {
                    Sid: "ReadWriteTrainingData",
                    Effect: "Allow",
                    Action: ["s3:GetObject", "s3:PutObject", "s3:ListBucket"],
                    Resource: [bucketArn, `${bucketArn}/*`],
                },
                { Sid: "UseDataKey", Effect: "Allow", Action: ["kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey"], Resource: keyArn },
                {
                    Sid: "PullImages",
                    Effect: "Allow",
                    Action: ["ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
                    Resource: "*",
                },
                {
                    Sid: "WriteLogs",
                    Effect: "Allow",
                    Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                    Resource: `arn:aws:logs:${region}:${accountId}:log-group:/aws/sagemaker/*`,
                },
                {
                    Sid: "PassOwnRoleToSageMaker",
                    Effect: "Allow",
                    Action: "iam:PassRole",
                    Resource: roleArn,
                    Condition: { StringEquals: { "iam:PassedToService": "sagemaker.amazonaws.com" } },
                },
            ],
        }),
    ),
});

const bedrockAgentRole = serviceRole("bedrock-agent", "bedrock.amazonaws.com");

// ---------------------------------------------------------------- SageMaker

const notebook = new aws.sagemaker.NotebookInstance("clinical-research-notebook", {
    instanceType: "ml.t3.medium",
    roleArn: sagemakerRole.arn,
    subnetId: subnets[0].id,
    securityGroups: [workloadSg.id],
    directInternetAccess: "Disabled",
    rootAccess: "Disabled",
    kmsKeyId: dataKey.arn,
    platformIdentifier: "notebook-al2023-v1",
    instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "2" },
    volumeSize: 50,
    tags,
});

const domain = new aws.sagemaker.Domain("clinical-studio", {
    domainName: `${prefix}-studio`,
    authMode: "SSO",
    vpcId: vpc.id,
    subnetIds,
    appNetworkAccessType: "VpcOnly",
    kmsKeyId: dataKey.arn,
    defaultUserSettings: {
        executionRole: sagemakerRole.arn,
        securityGroups: [workloadSg.id],
        sharingSettings: { notebookOutputOption: "Disabled" },
        // Idle JupyterLab and Code Editor apps stop after an hour.
        jupyterLabAppSettings: { appLifecycleManagement: { idleSettings: { lifecycleManagement: "ENABLED", idleTimeoutInMinutes: 60 } } },
        codeEditorAppSettings: { appLifecycleManagement: { idleSettings: { lifecycleManagement: "ENABLED", idleTimeoutInMinutes: 60 } } },
    },
    // Actions in Studio are attributed to the user profile in CloudTrail (sourceIdentity).
    domainSettings: { securityGroupIds: [workloadSg.id], executionRoleIdentityConfig: "USER_PROFILE_NAME" },
    retentionPolicy: { homeEfsFileSystem: "Retain" },
    tags,
});

const model = new aws.sagemaker.Model("notes-summariser", {
    executionRoleArn: sagemakerRole.arn,
    enableNetworkIsolation: true,
    primaryContainer: {
        image: `${accountId}.dkr.ecr.${region}.amazonaws.com/notes-summariser:1.4.2`,
        modelDataUrl: pulumi.interpolate`s3://${phiBucket.bucket}/models/notes-summariser/1.4.2/model.tar.gz`,
        imageConfig: { repositoryAccessMode: "Vpc" },
    },
    vpcConfig: { subnets: subnetIds, securityGroupIds: [workloadSg.id] },
    tags,
});

const endpointConfig = new aws.sagemaker.EndpointConfiguration("notes-summariser", {
    kmsKeyArn: dataKey.arn,
    productionVariants: [{ variantName: "primary", modelName: model.name, instanceType: "ml.m5.xlarge", initialInstanceCount: 2 }],
    dataCaptureConfig: {
        enableCapture: true,
        initialSamplingPercentage: 20,
        destinationS3Uri: pulumi.interpolate`s3://${phiBucket.bucket}/data-capture/notes-summariser`,
        kmsKeyId: dataKey.arn,
        captureOptions: [{ captureMode: "Input" }, { captureMode: "Output" }],
    },
    tags,
});

const endpoint = new aws.sagemaker.Endpoint("notes-summariser", { endpointConfigName: endpointConfig.name, tags });

// The model's versions are kept in the model registry (approval, lineage), and the endpoint is watched
// by Model Monitor against the training baseline.
new aws.sagemaker.ModelPackageGroup("notes-summariser", { modelPackageGroupName: `${prefix}-notes-summariser`, tags });
const dataQuality = new aws.sagemaker.DataQualityJobDefinition("notes-summariser", {
    roleArn: sagemakerRole.arn,
    dataQualityAppSpecification: { imageUri: `156813124566.dkr.ecr.${region}.amazonaws.com/sagemaker-model-monitor-analyzer` },
    dataQualityJobInput: { endpointInput: { endpointName: endpoint.name, localPath: "/opt/ml/processing/input" } },
    dataQualityJobOutputConfig: {
        kmsKeyId: dataKey.arn,
        monitoringOutputs: { s3Output: { s3Uri: pulumi.interpolate`s3://${phiBucket.bucket}/monitoring/notes-summariser` } },
    },
    jobResources: { clusterConfig: { instanceCount: 1, instanceType: "ml.m5.large", volumeSizeInGb: 20, volumeKmsKeyId: dataKey.arn } },
    networkConfig: {
        enableNetworkIsolation: true,
        enableInterContainerTrafficEncryption: true,
        vpcConfig: { subnets: subnetIds, securityGroupIds: [workloadSg.id] },
    },
    tags,
});
new aws.sagemaker.MonitoringSchedule("notes-summariser", {
    monitoringScheduleConfig: {
        monitoringJobDefinitionName: dataQuality.name,
        monitoringType: "DataQuality",
        scheduleConfig: { scheduleExpression: "cron(0 * ? * * *)" },
    },
    tags,
});

// ---------------------------------------------------------------- Bedrock

const guardrail = new aws.bedrock.Guardrail("clinical-guardrail", {
    name: `${prefix}-guardrail`,
    blockedInputMessaging: "This request cannot be processed.",
    blockedOutputsMessaging: "This response was blocked because it may contain protected health information.",
    kmsKeyArn: bedrockKey.arn,
    // The STANDARD tier runs through the US guardrail profile: evaluation stays in US Regions.
    crossRegionConfig: { guardrailProfileIdentifier: "us.guardrail.v1:0" },
    contentPolicyConfig: {
        tierConfigs: [{ tierName: "STANDARD" }],
        filtersConfigs: [
            { type: "PROMPT_ATTACK", inputStrength: "HIGH", outputStrength: "NONE" },
            { type: "MISCONDUCT", inputStrength: "HIGH", outputStrength: "HIGH" },
            { type: "SEXUAL", inputStrength: "HIGH", outputStrength: "HIGH" },
            { type: "VIOLENCE", inputStrength: "HIGH", outputStrength: "HIGH" },
            { type: "HATE", inputStrength: "HIGH", outputStrength: "HIGH" },
            { type: "INSULTS", inputStrength: "HIGH", outputStrength: "HIGH" },
        ],
    },
    sensitiveInformationPolicyConfig: {
        piiEntitiesConfigs: [
            { type: "NAME", action: "ANONYMIZE" },
            { type: "US_SOCIAL_SECURITY_NUMBER", action: "BLOCK" },
            { type: "EMAIL", action: "ANONYMIZE" },
            { type: "PHONE", action: "ANONYMIZE" },
            { type: "ADDRESS", action: "ANONYMIZE" },
        ],
        regexesConfigs: [
            { name: "medical-record-number", pattern: "MRN-[0-9]{8}", action: "ANONYMIZE", description: "Hospital medical record numbers" },
        ],
    },
    contextualGroundingPolicyConfig: {
        filtersConfigs: [
            { type: "GROUNDING", threshold: 0.8 },
            { type: "RELEVANCE", threshold: 0.8 },
        ],
    },
    tags,
});

// The agent may invoke its model only through the stack's guardrail (bedrock:GuardrailIdentifier).
new aws.iam.RolePolicy("bedrock-agent", {
    role: bedrockAgentRole.id,
    policy: pulumi.all([bedrockKey.arn, guardrail.guardrailArn]).apply(([keyArn, guardrailArn]) =>
        JSON.stringify({
            Version: "2012-10-17",
            Statement: [
                {
                    Sid: "InvokeApprovedModel",
                    Effect: "Allow",
                    Action: "bedrock:InvokeModel",
                    Resource: `arn:aws:bedrock:${region}::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0`,
                    Condition: { StringEquals: { "bedrock:GuardrailIdentifier": guardrailArn } },
                },
                { Sid: "UseAgentKey", Effect: "Allow", Action: ["kms:Decrypt", "kms:GenerateDataKey"], Resource: keyArn },
            ],
        }),
    ),
});

const agent = new aws.bedrock.AgentAgent("discharge-summary-agent", {
    agentName: `${prefix}-discharge-summary`,
    agentResourceRoleArn: bedrockAgentRole.arn,
    foundationModel: "anthropic.claude-3-5-sonnet-20240620-v1:0",
    customerEncryptionKeyArn: bedrockKey.arn,
    idleSessionTtlInSeconds: 600,
    instruction: "Summarise discharge notes for clinicians. Never reveal patient identifiers.",
    guardrailConfigurations: [{ guardrailIdentifier: guardrail.guardrailId, guardrailVersion: "DRAFT" }],
    tags,
});

const invocationLogGroup = new aws.cloudwatch.LogGroup("bedrock-invocations", { retentionInDays: 365, kmsKeyId: logsKey.arn, tags });
const invocationLogRole = serviceRole("bedrock-invocation-logging", "bedrock.amazonaws.com");
new aws.iam.RolePolicy("bedrock-invocation-logging", {
    role: invocationLogRole.id,
    policy: invocationLogGroup.arn.apply((arn) =>
        JSON.stringify({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: `${arn}:*` }],
        }),
    ),
});
new aws.bedrockmodel.InvocationLoggingConfiguration("bedrock-invocation-logging", {
    loggingConfig: {
        textDataDeliveryEnabled: true,
        imageDataDeliveryEnabled: true,
        embeddingDataDeliveryEnabled: true,
        cloudwatchConfig: { logGroupName: invocationLogGroup.name, roleArn: invocationLogRole.arn },
    },
});

// ---------------------------------------------------------------- Detection: CloudTrail, GuardDuty

const trailLogGroup = new aws.cloudwatch.LogGroup("cloudtrail", { retentionInDays: 365, kmsKeyId: logsKey.arn, tags });
const trailRole = serviceRole("cloudtrail-to-logs", "cloudtrail.amazonaws.com");
new aws.iam.RolePolicy("cloudtrail-to-logs", {
    role: trailRole.id,
    policy: trailLogGroup.arn.apply((arn) =>
        JSON.stringify({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: `${arn}:*` }],
        }),
    ),
});
new aws.cloudtrail.Trail("organization-audit", {
    s3BucketName: auditBucket.id,
    isMultiRegionTrail: true,
    includeGlobalServiceEvents: true,
    enableLogFileValidation: true,
    enableLogging: true,
    kmsKeyId: logsKey.arn,
    cloudWatchLogsGroupArn: pulumi.interpolate`${trailLogGroup.arn}:*`,
    cloudWatchLogsRoleArn: trailRole.arn,
    eventSelectors: [
        {
            readWriteType: "All",
            includeManagementEvents: true,
            dataResources: [{ type: "AWS::S3::Object", values: [pulumi.interpolate`${phiBucket.arn}/`] }],
        },
    ],
    tags,
});

const detector = new aws.guardduty.Detector("threat-detection", { enable: true, findingPublishingFrequency: "FIFTEEN_MINUTES", tags });
new aws.guardduty.DetectorFeature("s3-protection", { detectorId: detector.id, name: "S3_DATA_EVENTS", status: "ENABLED" });

export const notebookName = notebook.name;
export const studioDomainId = domain.id;
export const endpointName = endpoint.name;
export const agentId = agent.agentId;
