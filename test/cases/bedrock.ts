// Case tables for the Bedrock policies (policies/bedrock), on the classic provider (@pulumi/aws v7 and
// v6 share the type tokens) and on aws-native where a policy targets it. Fixtures are as a first
// preview sees them: keys, roles, subnets and guardrails come from the same stack (UNKNOWN).

import { bedrockAgentGuardrailAttached } from "../../policies/bedrock/bedrock-agent-guardrail-attached";
import { bedrockAgentKmsEncryption } from "../../policies/bedrock/bedrock-agent-kms-encryption";
import { bedrockAgentcoreBrowserPrivateNetwork } from "../../policies/bedrock/bedrock-agentcore-browser-private-network";
import { bedrockAgentcoreBrowserSessionRecording } from "../../policies/bedrock/bedrock-agentcore-browser-session-recording";
import { bedrockAgentcoreCodeInterpreterPrivateNetwork } from "../../policies/bedrock/bedrock-agentcore-code-interpreter-private-network";
import { bedrockAgentcoreGatewayAuthorizer } from "../../policies/bedrock/bedrock-agentcore-gateway-authorizer";
import { bedrockAgentcoreGatewayKmsEncryption } from "../../policies/bedrock/bedrock-agentcore-gateway-kms-encryption";
import { bedrockAgentcoreMemoryKmsEncryption } from "../../policies/bedrock/bedrock-agentcore-memory-kms-encryption";
import { bedrockAgentcoreRuntimePrivateNetwork } from "../../policies/bedrock/bedrock-agentcore-runtime-private-network";
import { bedrockCustomModelInVpc } from "../../policies/bedrock/bedrock-custom-model-in-vpc";
import { bedrockCustomModelKmsEncryption } from "../../policies/bedrock/bedrock-custom-model-kms-encryption";
import { bedrockDataSourceKmsEncryption } from "../../policies/bedrock/bedrock-data-source-kms-encryption";
import { bedrockEvaluationJobKmsEncryption } from "../../policies/bedrock/bedrock-evaluation-job-kms-encryption";
import { bedrockFlowKmsEncryption } from "../../policies/bedrock/bedrock-flow-kms-encryption";
import { bedrockGuardrailKmsEncryption } from "../../policies/bedrock/bedrock-guardrail-kms-encryption";
import { bedrockGuardrailPromptAttackFilter } from "../../policies/bedrock/bedrock-guardrail-prompt-attack-filter";
import { bedrockGuardrailSensitiveInformationFilter } from "../../policies/bedrock/bedrock-guardrail-sensitive-information-filter";
import { bedrockInvocationLoggingEnabled } from "../../policies/bedrock/bedrock-invocation-logging-enabled";
import { bedrockPromptKmsEncryption } from "../../policies/bedrock/bedrock-prompt-kms-encryption";
import type { GuardPolicy } from "../../policies/core/policy";
import { UNKNOWN } from "../harness";
import { deletePath, PolicyCases, setPath } from "../policy-cases";

type Props = Record<string, unknown>;

const T = {
    agent: "aws:bedrock/agentAgent:AgentAgent",
    nativeAgent: "aws-native:bedrock:Agent",
    guardrail: "aws:bedrock/guardrail:Guardrail",
    nativeGuardrail: "aws-native:bedrock:Guardrail",
    customModel: "aws:bedrock/customModel:CustomModel",
    dataSource: "aws:bedrock/agentDataSource:AgentDataSource",
    nativeDataSource: "aws-native:bedrock:DataSource",
    prompt: "aws:bedrock/agentPrompt:AgentPrompt",
    nativePrompt: "aws-native:bedrock:Prompt",
    flow: "aws:bedrock/agentFlow:AgentFlow",
    nativeFlow: "aws-native:bedrock:Flow",
    evaluationJob: "aws:bedrock/evaluationJob:EvaluationJob",
    invocationLogging: "aws:bedrockmodel/invocationLoggingConfiguration:InvocationLoggingConfiguration",
    runtime: "aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime",
    nativeRuntime: "aws-native:bedrockagentcore:Runtime",
    gateway: "aws:bedrock/agentcoreGateway:AgentcoreGateway",
    nativeGateway: "aws-native:bedrockagentcore:Gateway",
    memory: "aws:bedrock/agentcoreMemory:AgentcoreMemory",
    nativeMemory: "aws-native:bedrockagentcore:Memory",
    codeInterpreter: "aws:bedrock/agentcoreCodeInterpreter:AgentcoreCodeInterpreter",
    nativeCodeInterpreter: "aws-native:bedrockagentcore:CodeInterpreterCustom",
    browser: "aws:bedrock/agentcoreBrowser:AgentcoreBrowser",
    nativeBrowser: "aws-native:bedrockagentcore:BrowserCustom",
} as const;

const MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0";
const KEY_ARN = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

// ---- fixtures -----------------------------------------------------------------------------------

const agent = (): Props => ({
    agentName: "intake",
    agentResourceRoleArn: UNKNOWN,
    foundationModel: MODEL,
    customerEncryptionKeyArn: UNKNOWN,
    guardrailConfigurations: [{ guardrailIdentifier: UNKNOWN, guardrailVersion: UNKNOWN }],
    idleSessionTtlInSeconds: 600,
    tags: { team: "care-ai" },
});
const nativeAgent = (): Props => ({
    agentName: "intake",
    agentResourceRoleArn: UNKNOWN,
    foundationModel: MODEL,
    customerEncryptionKeyArn: UNKNOWN,
    guardrailConfiguration: { guardrailIdentifier: UNKNOWN, guardrailVersion: "1" },
    tags: { team: "care-ai" },
});
const guardrail = (): Props => ({
    name: "phi",
    blockedInputMessaging: "Request blocked.",
    blockedOutputsMessaging: "Response blocked.",
    kmsKeyArn: UNKNOWN,
    contentPolicyConfig: {
        filtersConfigs: [
            { type: "HATE", inputStrength: "HIGH", outputStrength: "HIGH" },
            { type: "PROMPT_ATTACK", inputStrength: "HIGH", outputStrength: "NONE" },
        ],
    },
    sensitiveInformationPolicyConfig: {
        piiEntitiesConfigs: [
            { type: "NAME", action: "ANONYMIZE" },
            { type: "US_SOCIAL_SECURITY_NUMBER", action: "BLOCK" },
        ],
        regexesConfigs: [{ name: "mrn", pattern: "MRN-\\d{8}", action: "ANONYMIZE" }],
    },
    tags: { team: "care-ai" },
});
const nativeGuardrail = (): Props => ({
    name: "phi",
    blockedInputMessaging: "Request blocked.",
    blockedOutputsMessaging: "Response blocked.",
    kmsKeyArn: UNKNOWN,
    contentPolicyConfig: {
        filtersConfig: [
            { type: "HATE", inputStrength: "HIGH", outputStrength: "HIGH" },
            { type: "PROMPT_ATTACK", inputStrength: "HIGH", outputStrength: "NONE" },
        ],
    },
    sensitiveInformationPolicyConfig: {
        piiEntitiesConfig: [{ type: "NAME", action: "ANONYMIZE" }],
        regexesConfig: [{ name: "mrn", pattern: "MRN-\\d{8}", action: "ANONYMIZE" }],
    },
    tags: [{ key: "team", value: "care-ai" }],
});
const customModel = (): Props => ({
    baseModelIdentifier: "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1",
    customModelName: "triage-notes",
    customModelKmsKeyId: UNKNOWN,
    customizationType: "FINE_TUNING",
    hyperparameters: { epochCount: "1", batchSize: "1", learningRate: "0.005" },
    jobName: "triage-notes-ft",
    outputDataConfig: { s3Uri: UNKNOWN },
    roleArn: UNKNOWN,
    trainingDataConfig: { s3Uri: UNKNOWN },
    vpcConfig: { subnetIds: [UNKNOWN, UNKNOWN], securityGroupIds: [UNKNOWN] },
});
const dataSource = (): Props => ({
    name: "clinical-docs",
    knowledgeBaseId: UNKNOWN,
    dataSourceConfiguration: { type: "S3", s3Configuration: { bucketArn: UNKNOWN } },
    serverSideEncryptionConfiguration: { kmsKeyArn: UNKNOWN },
    dataDeletionPolicy: "RETAIN",
});
const prompt = (): Props => ({ name: "discharge-summary", customerEncryptionKeyArn: UNKNOWN, defaultVariant: "v1" });
const flow = (): Props => ({ name: "referral-flow", executionRoleArn: UNKNOWN, customerEncryptionKeyArn: UNKNOWN });
const evaluationJob = (): Props => ({
    jobName: "summary-eval",
    roleArn: UNKNOWN,
    customerEncryptionKeyId: UNKNOWN,
    evaluationConfig: { automated: { datasetMetricConfigs: [{ taskType: "Summarization", metricNames: ["Builtin.Accuracy"] }] } },
    inferenceConfig: { models: [{ bedrockModel: { modelIdentifier: MODEL } }] },
    outputDataConfig: { s3Uri: UNKNOWN },
});
const invocationLogging = (): Props => ({
    loggingConfig: {
        cloudwatchConfig: { logGroupName: UNKNOWN, roleArn: UNKNOWN },
        s3Config: { bucketName: UNKNOWN, keyPrefix: "bedrock/" },
        textDataDeliveryEnabled: true,
        imageDataDeliveryEnabled: true,
        embeddingDataDeliveryEnabled: true,
    },
});
const runtime = (): Props => ({
    agentRuntimeName: "intake",
    roleArn: UNKNOWN,
    agentRuntimeArtifact: { containerConfiguration: { containerUri: UNKNOWN } },
    networkConfiguration: { networkMode: "VPC", networkModeConfig: { subnets: [UNKNOWN], securityGroups: [UNKNOWN] } },
});
const gateway = (): Props => ({ name: "tools", roleArn: UNKNOWN, authorizerType: "AWS_IAM", protocolType: "MCP", kmsKeyArn: UNKNOWN });
const memory = (): Props => ({ name: "patient_assistant", eventExpiryDuration: 30, encryptionKeyArn: UNKNOWN });
const codeInterpreter = (): Props => ({ name: "analysis", executionRoleArn: UNKNOWN, networkConfiguration: { networkMode: "SANDBOX" } });
const browser = (): Props => ({
    name: "portal",
    executionRoleArn: UNKNOWN,
    networkConfiguration: { networkMode: "VPC", vpcConfig: { subnets: [UNKNOWN], securityGroups: [UNKNOWN] } },
    recording: { enabled: true, s3Location: { bucket: UNKNOWN, prefix: "browser/" } },
});
const nativeBrowser = (): Props => {
    const p = browser();
    p.recordingConfig = p.recording;
    delete p.recording;
    return p;
};

// ---- shared case builders -----------------------------------------------------------------------

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The four ways a customer-managed-key input fails, and the known / unknown ways it passes. */
function kmsCases(policy: GuardPolicy, type: string, compliant: Props, field: string): PolicyCases {
    const notSet = new RegExp(`\`${esc(field)}\` is not set`);
    const parent = field.includes(".") ? field.slice(0, field.lastIndexOf(".")) : undefined;
    return {
        policy,
        type,
        compliant,
        alsoCompliant: [{ title: "a known key ARN", mutate: (p) => setPath(p, field, KEY_ARN) }],
        mutations: [
            { title: `no ${field}`, mutate: (p) => deletePath(p, field), expect: notSet },
            ...(parent ? [{ title: `no ${parent}`, mutate: (p: Props) => deletePath(p, parent), expect: notSet }] : []),
            { title: `empty ${field}`, mutate: (p) => setPath(p, field, ""), expect: notSet },
            { title: "AWS-managed alias", mutate: (p) => setPath(p, field, "alias/aws/bedrock"), expect: /AWS-managed key/ },
            {
                title: "AWS-managed alias ARN",
                mutate: (p) => setPath(p, field, "arn:aws:kms:us-east-1:111122223333:alias/aws/bedrock"),
                expect: /AWS-managed key/,
            },
        ],
        unknownPaths: parent ? [field, parent] : [field],
    };
}

function guardrailAttachedCases(type: string, compliant: Props, field: string, entry: (p: Props) => Props): PolicyCases {
    return {
        policy: bedrockAgentGuardrailAttached,
        type,
        compliant,
        alsoCompliant: [{ title: "a known guardrail id", mutate: (p) => (entry(p).guardrailIdentifier = "gr-abc123") }],
        mutations: [
            { title: `no ${field}`, mutate: (p) => delete p[field], expect: /`guardrailConfigurations` is not set/ },
            { title: "empty guardrailIdentifier", mutate: (p) => (entry(p).guardrailIdentifier = ""), expect: /names no guardrail/ },
            { title: "no guardrailIdentifier", mutate: (p) => delete entry(p).guardrailIdentifier, expect: /names no guardrail/ },
        ],
        unknownPaths: [field],
    };
}

function piiCases(type: string, compliant: Props, piiField: string, regexField: string): PolicyCases {
    const cfg = (p: Props) => p.sensitiveInformationPolicyConfig as Props;
    const all = (p: Props) => [...(cfg(p)[piiField] as Props[]), ...(cfg(p)[regexField] as Props[])];
    return {
        policy: bedrockGuardrailSensitiveInformationFilter,
        type,
        compliant,
        alsoCompliant: [
            { title: "only regex filters", mutate: (p) => delete cfg(p)[piiField] },
            { title: "only PII entity filters", mutate: (p) => delete cfg(p)[regexField] },
            {
                title: "action NONE but inputAction ANONYMIZE",
                mutate: (p) => all(p).forEach((e) => Object.assign(e, { action: "NONE", inputAction: "ANONYMIZE" })),
            },
            {
                title: "input disabled, output still masks",
                mutate: (p) => all(p).forEach((e) => (e.inputEnabled = false)),
            },
        ],
        mutations: [
            {
                title: "no sensitiveInformationPolicyConfig",
                mutate: (p) => delete p.sensitiveInformationPolicyConfig,
                expect: /`sensitiveInformationPolicyConfig` is not set/,
            },
            {
                title: "no PII entity or regex filters",
                mutate: (p) => (p.sensitiveInformationPolicyConfig = {}),
                expect: /has no PII entity or regex filters/,
            },
            {
                title: "empty filter lists",
                mutate: (p) => (p.sensitiveInformationPolicyConfig = { [piiField]: [], [regexField]: [] }),
                expect: /has no PII entity or regex filters/,
            },
            {
                title: 'every filter action "NONE"',
                mutate: (p) => all(p).forEach((e) => (e.action = "NONE")),
                expect: /No sensitive-information filter takes effect/,
            },
            {
                title: "every filter disabled on input and output",
                mutate: (p) => all(p).forEach((e) => Object.assign(e, { inputEnabled: false, outputEnabled: false })),
                expect: /No sensitive-information filter takes effect/,
            },
            {
                title: 'per-direction actions "NONE" override BLOCK/ANONYMIZE',
                mutate: (p) => all(p).forEach((e) => Object.assign(e, { inputAction: "NONE", outputAction: "NONE" })),
                expect: /No sensitive-information filter takes effect/,
            },
        ],
        unknownPaths: [
            "sensitiveInformationPolicyConfig",
            `sensitiveInformationPolicyConfig.${piiField}`,
            `sensitiveInformationPolicyConfig.${piiField}.0.action`,
        ],
    };
}

function promptAttackCases(type: string, compliant: Props, filtersField: string): PolicyCases {
    const filters = (p: Props) => (p.contentPolicyConfig as Props)[filtersField] as Props[];
    const attack = (p: Props) => filters(p).find((f) => f.type === "PROMPT_ATTACK")!;
    return {
        policy: bedrockGuardrailPromptAttackFilter,
        type,
        compliant,
        alsoCompliant: [
            {
                title: 'explicit inputEnabled true and inputAction "BLOCK"',
                mutate: (p) => Object.assign(attack(p), { inputEnabled: true, inputAction: "BLOCK" }),
            },
        ],
        mutations: [
            { title: "no contentPolicyConfig", mutate: (p) => delete p.contentPolicyConfig, expect: /no PROMPT_ATTACK filter/ },
            {
                title: "content filters without PROMPT_ATTACK",
                mutate: (p) => ((p.contentPolicyConfig as Props)[filtersField] = filters(p).filter((f) => f.type !== "PROMPT_ATTACK")),
                expect: /no PROMPT_ATTACK filter/,
            },
            {
                title: 'inputStrength "MEDIUM"',
                mutate: (p) => (attack(p).inputStrength = "MEDIUM"),
                expect: /`inputStrength` is "MEDIUM", not "HIGH"/,
            },
            { title: 'inputStrength "NONE"', mutate: (p) => (attack(p).inputStrength = "NONE"), expect: /`inputStrength` is "NONE"/ },
            { title: "inputEnabled false", mutate: (p) => (attack(p).inputEnabled = false), expect: /`inputEnabled: false`/ },
            {
                title: 'inputAction "NONE"',
                mutate: (p) => (attack(p).inputAction = "NONE"),
                expect: /`inputAction` is "NONE": attacks are detected but not blocked/,
            },
        ],
        unknownPaths: [
            "contentPolicyConfig",
            `contentPolicyConfig.${filtersField}`,
            `contentPolicyConfig.${filtersField}.1`,
            `contentPolicyConfig.${filtersField}.1.type`,
            `contentPolicyConfig.${filtersField}.1.inputStrength`,
        ],
    };
}

function runtimeCases(type: string): PolicyCases {
    return {
        policy: bedrockAgentcoreRuntimePrivateNetwork,
        type,
        compliant: runtime(),
        mutations: [
            {
                title: "no networkConfiguration (PUBLIC)",
                mutate: (p) => delete p.networkConfiguration,
                expect: /network mode is not set \(AWS default "PUBLIC"\)/,
            },
            {
                title: 'networkMode "PUBLIC"',
                mutate: (p) => setPath(p, "networkConfiguration.networkMode", "PUBLIC"),
                expect: /network mode is "PUBLIC"/,
            },
            {
                title: "networkMode lower-case",
                mutate: (p) => setPath(p, "networkConfiguration.networkMode", "vpc"),
                expect: /network mode is another value/,
            },
        ],
        unknownPaths: ["networkConfiguration", "networkConfiguration.networkMode"],
    };
}

function gatewayAuthorizerCases(type: string): PolicyCases {
    return {
        policy: bedrockAgentcoreGatewayAuthorizer,
        type,
        compliant: gateway(),
        alsoCompliant: [
            {
                title: 'authorizerType "CUSTOM_JWT"',
                mutate: (p) =>
                    Object.assign(p, {
                        authorizerType: "CUSTOM_JWT",
                        authorizerConfiguration: {
                            customJwtAuthorizer: { discoveryUrl: "https://idp.example.org/.well-known/openid-configuration" },
                        },
                    }),
            },
        ],
        mutations: [
            { title: 'authorizerType "NONE"', mutate: (p) => (p.authorizerType = "NONE"), expect: /`authorizerType` is "NONE"/ },
            { title: "authorizerType absent", mutate: (p) => delete p.authorizerType, expect: /`authorizerType` is not set/ },
            { title: "authorizerType empty", mutate: (p) => (p.authorizerType = ""), expect: /`authorizerType` is an empty string/ },
        ],
        unknownPaths: ["authorizerType"],
    };
}

function codeInterpreterCases(type: string): PolicyCases {
    return {
        policy: bedrockAgentcoreCodeInterpreterPrivateNetwork,
        type,
        compliant: codeInterpreter(),
        alsoCompliant: [
            {
                title: 'networkMode "VPC"',
                mutate: (p) =>
                    (p.networkConfiguration = { networkMode: "VPC", vpcConfig: { subnets: [UNKNOWN], securityGroups: [UNKNOWN] } }),
            },
        ],
        mutations: [
            {
                title: 'networkMode "PUBLIC"',
                mutate: (p) => setPath(p, "networkConfiguration.networkMode", "PUBLIC"),
                expect: /network mode is "PUBLIC"/,
            },
            { title: "no networkConfiguration", mutate: (p) => delete p.networkConfiguration, expect: /network mode is not set/ },
        ],
        unknownPaths: ["networkConfiguration", "networkConfiguration.networkMode"],
    };
}

function browserNetworkCases(type: string, compliant: Props): PolicyCases {
    return {
        policy: bedrockAgentcoreBrowserPrivateNetwork,
        type,
        compliant,
        mutations: [
            {
                title: 'networkMode "PUBLIC"',
                mutate: (p) => setPath(p, "networkConfiguration.networkMode", "PUBLIC"),
                expect: /network mode is "PUBLIC"/,
            },
            { title: "no networkConfiguration", mutate: (p) => delete p.networkConfiguration, expect: /network mode is not set/ },
        ],
        unknownPaths: ["networkConfiguration", "networkConfiguration.networkMode"],
    };
}

function browserRecordingCases(type: string, compliant: Props, field: string): PolicyCases {
    return {
        policy: bedrockAgentcoreBrowserSessionRecording,
        type,
        compliant,
        mutations: [
            {
                title: `no ${field} (AWS default false)`,
                mutate: (p) => delete p[field],
                expect: /recording is not set \(AWS default false\)/,
            },
            { title: "enabled false", mutate: (p) => setPath(p, `${field}.enabled`, false), expect: /recording is false/ },
            {
                title: "enabled absent",
                mutate: (p) => deletePath(p, `${field}.enabled`),
                expect: /recording is not set \(AWS default false\)/,
            },
        ],
        unknownPaths: [field, `${field}.enabled`],
    };
}

// ---- the tables ---------------------------------------------------------------------------------

export const cases: PolicyCases[] = [
    kmsCases(bedrockAgentKmsEncryption, T.agent, agent(), "customerEncryptionKeyArn"),
    kmsCases(bedrockAgentKmsEncryption, T.nativeAgent, nativeAgent(), "customerEncryptionKeyArn"),

    guardrailAttachedCases(T.agent, agent(), "guardrailConfigurations", (p) => (p.guardrailConfigurations as Props[])[0]),
    guardrailAttachedCases(T.nativeAgent, nativeAgent(), "guardrailConfiguration", (p) => p.guardrailConfiguration as Props),
    {
        policy: bedrockAgentGuardrailAttached,
        type: T.agent,
        compliant: agent(),
        mutations: [{ title: "empty guardrailConfigurations list", mutate: (p) => (p.guardrailConfigurations = []), expect: /is not set/ }],
        unknownPaths: ["guardrailConfigurations.0", "guardrailConfigurations.0.guardrailIdentifier"],
    },

    kmsCases(bedrockDataSourceKmsEncryption, T.dataSource, dataSource(), "serverSideEncryptionConfiguration.kmsKeyArn"),
    kmsCases(bedrockDataSourceKmsEncryption, T.nativeDataSource, dataSource(), "serverSideEncryptionConfiguration.kmsKeyArn"),
    kmsCases(bedrockPromptKmsEncryption, T.prompt, prompt(), "customerEncryptionKeyArn"),
    kmsCases(bedrockPromptKmsEncryption, T.nativePrompt, prompt(), "customerEncryptionKeyArn"),
    kmsCases(bedrockFlowKmsEncryption, T.flow, flow(), "customerEncryptionKeyArn"),
    kmsCases(bedrockFlowKmsEncryption, T.nativeFlow, flow(), "customerEncryptionKeyArn"),

    piiCases(T.guardrail, guardrail(), "piiEntitiesConfigs", "regexesConfigs"),
    piiCases(T.nativeGuardrail, nativeGuardrail(), "piiEntitiesConfig", "regexesConfig"),
    promptAttackCases(T.guardrail, guardrail(), "filtersConfigs"),
    promptAttackCases(T.nativeGuardrail, nativeGuardrail(), "filtersConfig"),
    kmsCases(bedrockGuardrailKmsEncryption, T.guardrail, guardrail(), "kmsKeyArn"),
    kmsCases(bedrockGuardrailKmsEncryption, T.nativeGuardrail, nativeGuardrail(), "kmsKeyArn"),

    kmsCases(bedrockCustomModelKmsEncryption, T.customModel, customModel(), "customModelKmsKeyId"),
    {
        policy: bedrockCustomModelInVpc,
        type: T.customModel,
        compliant: customModel(),
        alsoCompliant: [
            {
                title: "known subnet and group ids",
                mutate: (p) => (p.vpcConfig = { subnetIds: ["subnet-0abc"], securityGroupIds: ["sg-0abc"] }),
            },
        ],
        mutations: [
            { title: "no vpcConfig", mutate: (p) => delete p.vpcConfig, expect: /`vpcConfig` is not set/ },
            { title: "empty subnetIds", mutate: (p) => setPath(p, "vpcConfig.subnetIds", []), expect: /`vpcConfig.subnetIds` is empty/ },
            { title: "no subnetIds", mutate: (p) => deletePath(p, "vpcConfig.subnetIds"), expect: /`vpcConfig.subnetIds` is empty/ },
            {
                title: "empty securityGroupIds",
                mutate: (p) => setPath(p, "vpcConfig.securityGroupIds", []),
                expect: /`vpcConfig.securityGroupIds` is empty/,
            },
        ],
        unknownPaths: ["vpcConfig", "vpcConfig.subnetIds", "vpcConfig.securityGroupIds"],
    },
    kmsCases(bedrockEvaluationJobKmsEncryption, T.evaluationJob, evaluationJob(), "customerEncryptionKeyId"),

    {
        policy: bedrockInvocationLoggingEnabled,
        type: T.invocationLogging,
        compliant: invocationLogging(),
        alsoCompliant: [
            { title: "CloudWatch only", mutate: (p) => deletePath(p, "loggingConfig.s3Config") },
            {
                title: "S3 only, known bucket name",
                mutate: (p) => (
                    deletePath(p, "loggingConfig.cloudwatchConfig"),
                    setPath(p, "loggingConfig.s3Config.bucketName", "phi-invocation-logs")
                ),
            },
            {
                title: "delivery flags absent (AWS default true)",
                mutate: (p) => ["text", "image", "embedding"].forEach((t) => deletePath(p, `loggingConfig.${t}DataDeliveryEnabled`)),
            },
        ],
        mutations: [
            { title: "no loggingConfig (v6 allows it)", mutate: (p) => delete p.loggingConfig, expect: /`loggingConfig` is not set/ },
            {
                title: "no destination",
                mutate: (p) => (deletePath(p, "loggingConfig.cloudwatchConfig"), deletePath(p, "loggingConfig.s3Config")),
                expect: /invocation logs have no destination/,
            },
            {
                title: "empty destination names",
                mutate: (p) => (
                    setPath(p, "loggingConfig.cloudwatchConfig.logGroupName", ""),
                    setPath(p, "loggingConfig.s3Config.bucketName", "")
                ),
                expect: /invocation logs have no destination/,
            },
            {
                title: "text delivery off",
                mutate: (p) => setPath(p, "loggingConfig.textDataDeliveryEnabled", false),
                expect: /Delivery of text data is disabled/,
            },
            {
                title: "image delivery off",
                mutate: (p) => setPath(p, "loggingConfig.imageDataDeliveryEnabled", false),
                expect: /Delivery of image data is disabled/,
            },
            {
                title: "embedding delivery off",
                mutate: (p) => setPath(p, "loggingConfig.embeddingDataDeliveryEnabled", false),
                expect: /Delivery of embedding data is disabled/,
            },
            {
                title: "video delivery off",
                mutate: (p) => setPath(p, "loggingConfig.videoDataDeliveryEnabled", false),
                expect: /Delivery of video data is disabled/,
            },
            {
                title: "all delivery off: one finding naming each",
                mutate: (p) => ["text", "image", "embedding"].forEach((t) => setPath(p, `loggingConfig.${t}DataDeliveryEnabled`, false)),
                expect: /Delivery of text, image, embedding data is disabled/,
            },
        ],
        unknownPaths: [
            "loggingConfig",
            "loggingConfig.cloudwatchConfig",
            "loggingConfig.textDataDeliveryEnabled",
            "loggingConfig.s3Config.bucketName",
        ],
    },

    runtimeCases(T.runtime),
    runtimeCases(T.nativeRuntime),
    gatewayAuthorizerCases(T.gateway),
    gatewayAuthorizerCases(T.nativeGateway),
    kmsCases(bedrockAgentcoreGatewayKmsEncryption, T.gateway, gateway(), "kmsKeyArn"),
    kmsCases(bedrockAgentcoreGatewayKmsEncryption, T.nativeGateway, gateway(), "kmsKeyArn"),
    kmsCases(bedrockAgentcoreMemoryKmsEncryption, T.memory, memory(), "encryptionKeyArn"),
    kmsCases(bedrockAgentcoreMemoryKmsEncryption, T.nativeMemory, memory(), "encryptionKeyArn"),
    codeInterpreterCases(T.codeInterpreter),
    codeInterpreterCases(T.nativeCodeInterpreter),
    browserNetworkCases(T.browser, browser()),
    browserNetworkCases(T.nativeBrowser, nativeBrowser()),
    browserRecordingCases(T.browser, browser(), "recording"),
    browserRecordingCases(T.nativeBrowser, nativeBrowser(), "recordingConfig"),
];
