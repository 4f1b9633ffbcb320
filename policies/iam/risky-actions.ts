// Risky IAM actions that AWS's authorization data cannot tell apart from ordinary ones (the data has
// access levels and resource types, not attack paths), with where each list comes from. Action names
// are AWS's spelling; test/unit/iam-data.spec.ts checks every one against the data.
//
// Source: salesforce/cloudsplaining `cloudsplaining/shared/constants.py` @126e05241dbc7ab07c1cf2c6f8fa6d65a5d86cd4
// (BSD-3-Clause), the lists Checkov's CKV_AWS_286 (privilege escalation), CKV_AWS_287 (credentials
// exposure) and CKV_AWS_288 (data exfiltration) evaluate: the Rhino Security Labs escalation methods
// and the pathfinding.cloud (Datadog) paths, the actions that return credentials, and the read-only
// actions that leak data. Severities there: privilege escalation high, credentials exposure high,
// data exfiltration medium.

/** Privilege-escalation methods: each is a set of actions that together let a principal raise its own privileges. */
export const PRIVILEGE_ESCALATION: readonly (readonly [method: string, actions: readonly string[]])[] = [
    ["CreateAccessKey", ["iam:CreateAccessKey"]],
    ["CreateLoginProfile", ["iam:CreateLoginProfile"]],
    ["UpdateLoginProfile", ["iam:UpdateLoginProfile"]],
    ["AddUserToGroup", ["iam:AddUserToGroup"]],
    ["CreateNewPolicyVersion", ["iam:CreatePolicyVersion"]],
    ["SetExistingDefaultPolicyVersion", ["iam:SetDefaultPolicyVersion"]],
    ["AttachUserPolicy", ["iam:AttachUserPolicy"]],
    ["AttachGroupPolicy", ["iam:AttachGroupPolicy"]],
    ["AttachRolePolicy", ["iam:AttachRolePolicy"]],
    ["PutUserPolicy", ["iam:PutUserPolicy"]],
    ["PutGroupPolicy", ["iam:PutGroupPolicy"]],
    ["PutRolePolicy", ["iam:PutRolePolicy"]],
    ["UpdateRolePolicyToAssumeIt", ["iam:UpdateAssumeRolePolicy"]],
    ["CreateEC2WithExistingIP", ["iam:PassRole", "ec2:RunInstances"]],
    ["PassExistingRoleToNewLambdaThenInvoke", ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"]],
    [
        "PassExistingRoleToNewLambdaThenTriggerWithNewDynamo",
        ["iam:PassRole", "lambda:CreateFunction", "lambda:CreateEventSourceMapping", "dynamodb:CreateTable", "dynamodb:PutItem"],
    ],
    [
        "PassExistingRoleToNewLambdaThenTriggerWithExistingDynamo",
        ["iam:PassRole", "lambda:CreateFunction", "lambda:CreateEventSourceMapping"],
    ],
    ["PassExistingRoleToNewGlueDevEndpoint", ["iam:PassRole", "glue:CreateDevEndpoint"]],
    ["PassExistingRoleToCloudFormation", ["iam:PassRole", "cloudformation:CreateStack"]],
    ["PassExistingRoleToNewDataPipeline", ["iam:PassRole", "datapipeline:CreatePipeline"]],
    ["UpdateExistingGlueDevEndpoint", ["glue:UpdateDevEndpoint"]],
    ["EditExistingLambdaFunctionWithRole", ["lambda:UpdateFunctionCode"]],
    [
        "AccessExistingBedrockCodeInterpreterSession",
        ["bedrock-agentcore:StartCodeInterpreterSession", "bedrock-agentcore:InvokeCodeInterpreter"],
    ],
    ["ExecuteCloudFormationChangeSet", ["cloudformation:CreateChangeSet", "cloudformation:ExecuteChangeSet"]],
    ["ModifyEC2InstanceUserDataThenRestart", ["ec2:ModifyInstanceAttribute", "ec2:StopInstances", "ec2:StartInstances"]],
    ["ModifyExistingEC2LaunchTemplate", ["ec2:CreateLaunchTemplateVersion", "ec2:ModifyLaunchTemplate"]],
    ["EC2InstanceConnectSendSSHPublicKey", ["ec2-instance-connect:SendSSHPublicKey", "ec2:DescribeInstances"]],
    ["ECSExecuteCommandOnRunningTask", ["ecs:ExecuteCommand", "ecs:DescribeTasks"]],
    ["UpdateAndInvokeLambdaFunction", ["lambda:UpdateFunctionCode", "lambda:InvokeFunction"]],
    ["UpdateLambdaFunctionAndAddPermission", ["lambda:UpdateFunctionCode", "lambda:AddPermission"]],
    ["CreatePresignedSageMakerNotebookUrl", ["sagemaker:CreatePresignedNotebookInstanceUrl"]],
    [
        "UpdateSageMakerNotebookLifecycleConfig",
        [
            "sagemaker:CreateNotebookInstanceLifecycleConfig",
            "sagemaker:StopNotebookInstance",
            "sagemaker:UpdateNotebookInstance",
            "sagemaker:StartNotebookInstance",
        ],
    ],
    ["PassExistingRoleToNewAppRunnerService", ["iam:PassRole", "apprunner:CreateService"]],
    [
        "PassExistingRoleToNewBedrockCodeInterpreter",
        [
            "iam:PassRole",
            "bedrock-agentcore:CreateCodeInterpreter",
            "bedrock-agentcore:StartCodeInterpreterSession",
            "bedrock-agentcore:InvokeCodeInterpreter",
        ],
    ],
    [
        "PassExistingRoleToNewCloudFormationStackSet",
        ["iam:PassRole", "cloudformation:CreateStackSet", "cloudformation:CreateStackInstances"],
    ],
    ["PassRoleToUpdateCloudFormationStackSet", ["iam:PassRole", "cloudformation:UpdateStackSet"]],
    ["PassExistingRoleToNewCodeBuildProjectThenBuild", ["iam:PassRole", "codebuild:CreateProject", "codebuild:StartBuild"]],
    ["PassExistingRoleToNewCodeBuildProjectThenBuildBatch", ["iam:PassRole", "codebuild:CreateProject", "codebuild:StartBuildBatch"]],
    ["PassExistingRoleToNewEC2SpotInstance", ["iam:PassRole", "ec2:RequestSpotInstances"]],
    [
        "PassExistingRoleToNewECSClusterServiceTask",
        ["iam:PassRole", "ecs:CreateCluster", "ecs:RegisterTaskDefinition", "ecs:CreateService"],
    ],
    ["PassExistingRoleToNewECSClusterRunTask", ["iam:PassRole", "ecs:CreateCluster", "ecs:RegisterTaskDefinition", "ecs:RunTask"]],
    ["PassExistingRoleToNewECSService", ["iam:PassRole", "ecs:RegisterTaskDefinition", "ecs:CreateService"]],
    ["PassExistingRoleToNewECSTaskViaRunTask", ["iam:PassRole", "ecs:RegisterTaskDefinition", "ecs:RunTask"]],
    ["PassExistingRoleToNewECSTaskViaStartTask", ["iam:PassRole", "ecs:RegisterTaskDefinition", "ecs:StartTask"]],
    ["PassExistingRoleToNewGlueJobThenRun", ["iam:PassRole", "glue:CreateJob", "glue:StartJobRun"]],
    ["PassExistingRoleToNewGlueJobViaTrigger", ["iam:PassRole", "glue:CreateJob", "glue:CreateTrigger"]],
    ["PassExistingRoleToUpdatedGlueJobThenRun", ["iam:PassRole", "glue:UpdateJob", "glue:StartJobRun"]],
    ["PassExistingRoleToUpdatedGlueJobViaTrigger", ["iam:PassRole", "glue:UpdateJob", "glue:CreateTrigger"]],
    ["PassExistingRoleToNewLambdaThenAddPermission", ["iam:PassRole", "lambda:CreateFunction", "lambda:AddPermission"]],
    ["PassExistingRoleToNewSageMakerNotebookInstance", ["iam:PassRole", "sagemaker:CreateNotebookInstance"]],
    ["PassExistingRoleToNewSageMakerTrainingJob", ["iam:PassRole", "sagemaker:CreateTrainingJob"]],
    ["PassExistingRoleToNewSageMakerProcessingJob", ["iam:PassRole", "sagemaker:CreateProcessingJob"]],
    ["CreateAndRotateAccessKey", ["iam:CreateAccessKey", "iam:DeleteAccessKey"]],
    ["AttachUserPolicyThenCreateAccessKey", ["iam:AttachUserPolicy", "iam:CreateAccessKey"]],
    ["CreatePolicyVersionThenAssumeRole", ["iam:CreatePolicyVersion", "sts:AssumeRole"]],
    ["PutUserPolicyThenCreateAccessKey", ["iam:PutUserPolicy", "iam:CreateAccessKey"]],
    ["AttachRolePolicyThenUpdateAssumeRolePolicy", ["iam:AttachRolePolicy", "iam:UpdateAssumeRolePolicy"]],
    ["CreatePolicyVersionThenUpdateAssumeRolePolicy", ["iam:CreatePolicyVersion", "iam:UpdateAssumeRolePolicy"]],
    ["PutRolePolicyThenUpdateAssumeRolePolicy", ["iam:PutRolePolicy", "iam:UpdateAssumeRolePolicy"]],
];

/**
 * Actions that return or set credentials (cloudsplaining ACTIONS_THAT_RETURN_CREDENTIALS, plus
 * `iam:UpdateLoginProfile`, which sets another user's console password: pathfinding.cloud iam-006).
 * Only the ones that can be scoped to resources are judged on `"Resource": "*"`: for the others
 * (`ecr:GetAuthorizationToken`, `sts:GetSessionToken`, ...) `*` is the only possible resource.
 * Left out: `sts:AssumeRoleWithSAML` and `sts:AssumeRoleWithWebIdentity` (unsigned calls that the
 * caller's identity policies do not authorize; the role's trust policy does), and
 * `connect:GetFederationTokens` / `sso:GetRoleCredentials` (not in AWS's authorization data:
 * not authorized through IAM policies).
 */
export const CREDENTIAL_ACTIONS: readonly string[] = [
    "chime:CreateApiKey",
    "codepipeline:PollForJobs",
    "cognito-identity:GetOpenIdToken",
    "cognito-identity:GetOpenIdTokenForDeveloperIdentity",
    "cognito-identity:GetCredentialsForIdentity",
    "cognito-idp:GetSigningCertificate",
    "connect:GetFederationToken",
    "ec2:GetPasswordData",
    "ecr:GetAuthorizationToken",
    "gamelift:RequestUploadCredentials",
    "gamelift:GetInstanceAccess",
    "iam:CreateAccessKey",
    "iam:CreateLoginProfile",
    "iam:UpdateLoginProfile",
    "iam:CreateServiceSpecificCredential",
    "iam:ResetServiceSpecificCredential",
    "iam:UpdateAccessKey",
    "lightsail:GetInstanceAccessDetails",
    "lightsail:DownloadDefaultKeyPair",
    "lightsail:GetRelationalDatabaseMasterUserPassword",
    "mediapackage:RotateChannelCredentials",
    "mediapackage:RotateIngestEndpointCredentials",
    "rds-db:connect",
    "redshift:GetClusterCredentials",
    "sts:AssumeRole",
    "sts:GetFederationToken",
    "sts:GetSessionToken",
];

/** Read-only actions that leak data or secrets when allowed on every resource (cloudsplaining READ_ONLY_DATA_EXFILTRATION_ACTIONS). */
export const EXFILTRATION_ACTIONS: readonly string[] = [
    "s3:GetObject",
    "ssm:GetParameter",
    "ssm:GetParameters",
    "ssm:GetParametersByPath",
    "secretsmanager:GetSecretValue",
];
