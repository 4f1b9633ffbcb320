// The same clinical-notes workload as ../healthcare-ml-compliant, written the way it often is under
// deadline pressure: console defaults, a public Studio, a wildcard role with the managed full-access
// policy, an unencrypted bucket without a public access block, a Git token in a repository URL, a
// patient identifier in a tag, and no CloudTrail or GuardDuty at all.
//
// `npm start` scans this program and exits 1: sagemaker-guard blocks it.

import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const tags = { project: "clinical-notes-summarisation", environment: pulumi.getStack() };

// "We'll lock it down later": the default VPC's public subnet, a security group open to the world.
const vpc = new aws.ec2.Vpc("ml-vpc", { cidrBlock: "10.50.0.0/16", tags });
const publicSubnet = new aws.ec2.Subnet("public-a", {
    vpcId: vpc.id,
    cidrBlock: "10.50.0.0/20",
    availabilityZone: "us-east-1a",
    mapPublicIpOnLaunch: true,
    tags,
});
const openSg = new aws.ec2.SecurityGroup("ml-open", {
    vpcId: vpc.id,
    description: "temporary",
    ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }],
    egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
    tags,
});

// A key without rotation, used for nothing that matters.
new aws.kms.Key("misc-key", { description: "misc", tags });

// One role for everything: trusted by SageMaker, full access, and a wildcard inline policy.
const role = new aws.iam.Role("sagemaker-role", {
    assumeRolePolicy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            { Effect: "Allow", Principal: { Service: ["sagemaker.amazonaws.com", "bedrock.amazonaws.com"] }, Action: "sts:AssumeRole" },
        ],
    }),
    tags,
});
new aws.iam.RolePolicyAttachment("sagemaker-full-access", {
    role: role.name,
    policyArn: "arn:aws:iam::aws:policy/AmazonSageMakerFullAccess",
});
new aws.iam.RolePolicy("sagemaker-role-everything", {
    role: role.id,
    policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] }),
});

// PHI bucket: no encryption configuration, no public access block, no TLS-only policy.
const bucket = new aws.s3.Bucket("phi-training-data", { tags: { ...tags, contents: "patient notes export" } });

// Notebook with the console defaults: internet access, root, no KMS key, no VPC, IMDSv1.
// The repository URL carries a personal access token, and a tag carries a patient identifier.
const repo = new aws.sagemaker.CodeRepository("notebooks-repo", {
    codeRepositoryName: "clinical-notebooks",
    gitConfig: {
        repositoryUrl: "https://ml-bot:ghp_8f3kQ2xVb7LmN9pR4sT6uW1yZ0aC5dE3gH2j@github.com/example-health/clinical-notebooks.git",
        branch: "main",
    },
});
const notebook = new aws.sagemaker.NotebookInstance("research-notebook", {
    instanceType: "ml.t3.medium",
    roleArn: role.arn,
    defaultCodeRepository: repo.codeRepositoryName,
    tags: { ...tags, samplePatient: "MRN-20480193 Jane Doe DOB 1984-03-12" },
});

// Studio open to the internet, with no KMS key.
const domain = new aws.sagemaker.Domain("studio", {
    domainName: "clinical-studio",
    authMode: "IAM",
    vpcId: vpc.id,
    subnetIds: [publicSubnet.id],
    defaultUserSettings: { executionRole: role.arn, securityGroups: [openSg.id] },
});

// Model without network isolation or VPC; endpoint config without KMS and one instance.
const model = new aws.sagemaker.Model("notes-summariser", {
    executionRoleArn: role.arn,
    primaryContainer: {
        image: "763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-inference:2.1.0-transformers4.37.0-gpu-py310-cu118-ubuntu20.04",
        modelDataUrl: pulumi.interpolate`s3://${bucket.bucket}/models/model.tar.gz`,
    },
});
const endpointConfig = new aws.sagemaker.EndpointConfiguration("notes-summariser", {
    productionVariants: [{ variantName: "primary", modelName: model.name, instanceType: "ml.g5.xlarge", initialInstanceCount: 1 }],
    dataCaptureConfig: {
        enableCapture: true,
        initialSamplingPercentage: 100,
        destinationS3Uri: pulumi.interpolate`s3://${bucket.bucket}/capture`,
        captureOptions: [{ captureMode: "Input" }, { captureMode: "Output" }],
    },
});
const endpoint = new aws.sagemaker.Endpoint("notes-summariser", { endpointConfigName: endpointConfig.name });

// A Bedrock agent with the AWS-owned key and no guardrail.
const agent = new aws.bedrock.AgentAgent("discharge-summary-agent", {
    agentName: "discharge-summary",
    agentResourceRoleArn: role.arn,
    foundationModel: "anthropic.claude-3-5-sonnet-20240620-v1:0",
    instruction: "Summarise discharge notes.",
});

// Logs kept forever, unencrypted; no CloudTrail, no GuardDuty, no flow logs.
new aws.cloudwatch.LogGroup("app-logs", { tags });

export const notebookName = notebook.name;
export const studioDomainId = domain.id;
export const endpointName = endpoint.name;
export const agentId = agent.agentId;
