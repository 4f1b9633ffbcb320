// The resource types of the ML services (Bedrock, Bedrock AgentCore, SageMaker, DataZone, S3 Vectors,
// OpenSearch Serverless) and which of them hold no security setting of their own. Together with the
// catalog (the types resource policies target, the types stack policies declare in `judges`) this is
// what stack-ml-types-not-reviewed and scripts/type-coverage.ts say about what the pack judges.

/** The ML service a type token belongs to, or undefined. Both providers; @pulumi/aws v6 shares the classic tokens. */
export function mlServiceOf(type: string): string | undefined {
    if (type.startsWith("aws:")) {
        const slash = type.indexOf("/");
        if (slash < 0) return undefined;
        const mod = type.slice(4, slash);
        if (mod === "bedrock") return type.startsWith("aws:bedrock/agentcore") ? "Bedrock AgentCore" : "Bedrock";
        if (mod === "bedrockmodel") return "Bedrock";
        if (mod === "sagemaker") return "SageMaker";
        if (mod === "datazone") return "DataZone";
        if (mod === "s3vectors" || (mod === "s3" && type.startsWith("aws:s3/vectors"))) return "S3 Vectors";
        if (mod === "opensearch" && type.startsWith("aws:opensearch/serverless")) return "OpenSearch Serverless";
        return undefined;
    }
    if (type.startsWith("aws-native:")) {
        const mod = type.split(":")[1];
        return NATIVE_MODULES[mod];
    }
    return undefined;
}

const NATIVE_MODULES: Readonly<Record<string, string>> = {
    bedrock: "Bedrock",
    bedrockagentcore: "Bedrock AgentCore",
    sagemaker: "SageMaker",
    datazone: "DataZone",
    s3vectors: "S3 Vectors",
    opensearchserverless: "OpenSearch Serverless",
};

/**
 * Text-scanned ML types (hygiene/text-fields TEXT_SCAN_TYPES) whose inputs hold no security setting:
 * no encryption key, network or VPC setting, authorizer, policy document, public-access switch,
 * credential or logging destination (decided from the input lists of @pulumi/aws 7.48 and
 * @pulumi/aws-native 1.79). What they hold is names, descriptions, references to other resources
 * (a role reference is judged on the role, by the IAM policies), schemas, images and scripts: all
 * of it is text the hygiene policies scan for secrets and PHI. stack-ml-types-not-reviewed stays
 * quiet on them. A type that gains a security input in a provider update must leave this list.
 */
export const NO_SECURITY_SETTING: ReadonlySet<string> = new Set([
    // Bedrock: aliases, versions and routing over resources that are judged themselves.
    "aws:bedrock/agentAgentActionGroup:AgentAgentActionGroup",
    "aws:bedrock/agentAgentAlias:AgentAgentAlias",
    "aws:bedrock/agentAgentCollaborator:AgentAgentCollaborator",
    "aws:bedrock/agentAgentKnowledgeBaseAssociation:AgentAgentKnowledgeBaseAssociation",
    "aws:bedrock/guardrailVersion:GuardrailVersion",
    "aws:bedrock/inferenceProfile:InferenceProfile",
    "aws:bedrock/provisionedModelThroughput:ProvisionedModelThroughput",
    "aws-native:bedrock:AgentAlias",
    "aws-native:bedrock:ApplicationInferenceProfile",
    "aws-native:bedrock:AutomatedReasoningPolicyVersion",
    "aws-native:bedrock:FlowAlias",
    "aws-native:bedrock:FlowVersion",
    "aws-native:bedrock:GuardrailVersion",
    "aws-native:bedrock:IntelligentPromptRouter",
    "aws-native:bedrock:PromptVersion",
    // Bedrock AgentCore: endpoints of judged runtimes/harnesses, profiles, rate limits, memory strategies.
    "aws:bedrock/agentcoreAgentRuntimeEndpoint:AgentcoreAgentRuntimeEndpoint",
    "aws:bedrock/agentcoreMemoryStrategy:AgentcoreMemoryStrategy",
    "aws-native:bedrockagentcore:BrowserProfile",
    "aws-native:bedrockagentcore:GatewayRateLimit",
    "aws-native:bedrockagentcore:HarnessEndpoint",
    "aws-native:bedrockagentcore:OnlineEvaluationConfig",
    "aws-native:bedrockagentcore:RuntimeEndpoint",
    // SageMaker: lineage and experiment records, images, apps, devices, pipelines, UI templates, scripts.
    "aws:sagemaker/algorithm:Algorithm",
    "aws:sagemaker/app:App",
    "aws:sagemaker/appImageConfig:AppImageConfig",
    "aws:sagemaker/device:Device",
    "aws:sagemaker/endpoint:Endpoint",
    "aws:sagemaker/hub:Hub",
    "aws:sagemaker/hubContentReference:HubContentReference",
    "aws:sagemaker/humanTaskUI:HumanTaskUI",
    "aws:sagemaker/image:Image",
    "aws:sagemaker/mlflowApp:MlflowApp",
    "aws:sagemaker/mlflowTrackingServer:MlflowTrackingServer",
    "aws:sagemaker/modelPackageGroup:ModelPackageGroup",
    "aws:sagemaker/notebookInstanceLifecycleConfiguration:NotebookInstanceLifecycleConfiguration",
    "aws:sagemaker/pipeline:Pipeline",
    "aws:sagemaker/project:Project",
    "aws:sagemaker/studioLifecycleConfig:StudioLifecycleConfig",
    "aws-native:sagemaker:Action",
    "aws-native:sagemaker:Algorithm",
    "aws-native:sagemaker:App",
    "aws-native:sagemaker:AppImageConfig",
    "aws-native:sagemaker:Artifact",
    "aws-native:sagemaker:Context",
    "aws-native:sagemaker:Device",
    "aws-native:sagemaker:Endpoint",
    "aws-native:sagemaker:Experiment",
    "aws-native:sagemaker:ExperimentTrialComponent",
    "aws-native:sagemaker:Hub",
    "aws-native:sagemaker:HumanTaskUi",
    "aws-native:sagemaker:Image",
    "aws-native:sagemaker:InferenceComponent",
    "aws-native:sagemaker:MlflowApp",
    "aws-native:sagemaker:MlflowTrackingServer",
    "aws-native:sagemaker:Pipeline",
    "aws-native:sagemaker:Project",
    "aws-native:sagemaker:StudioLifecycleConfig",
    "aws-native:sagemaker:TrialComponent",
]);
