import type { GuardPolicy } from "../core/policy";
import { bedrockAgentGuardrailAttached } from "./bedrock-agent-guardrail-attached";
import { bedrockAgentIdleSessionTtl } from "./bedrock-agent-idle-session-ttl";
import { bedrockAgentKmsEncryption } from "./bedrock-agent-kms-encryption";
import { bedrockAgentcoreJwtAuthorizerRestricted } from "./bedrock-agentcore-jwt-authorizer-restricted";
import { bedrockApiKeyNoLongTerm } from "./bedrock-api-key-no-long-term";
import { bedrockAgentcorePolicyEngineKmsEncryption } from "./bedrock-agentcore-policy-engine-kms-encryption";
import { bedrockAgentcoreTokenVaultKmsEncryption } from "./bedrock-agentcore-token-vault-kms-encryption";
import { bedrockBatchInferenceKmsEncryption } from "./bedrock-batch-inference-kms-encryption";
import { bedrockDataAutomationKmsEncryption } from "./bedrock-data-automation-kms-encryption";
import { bedrockKnowledgeBaseKmsEncryption } from "./bedrock-knowledge-base-kms-encryption";
import { bedrockAgentcoreBrowserPrivateNetwork } from "./bedrock-agentcore-browser-private-network";
import { bedrockAgentcoreBrowserSessionRecording } from "./bedrock-agentcore-browser-session-recording";
import { bedrockAgentcoreCodeInterpreterPrivateNetwork } from "./bedrock-agentcore-code-interpreter-private-network";
import { bedrockAgentcoreGatewayAuthorizer } from "./bedrock-agentcore-gateway-authorizer";
import { bedrockAgentcoreGatewayKmsEncryption } from "./bedrock-agentcore-gateway-kms-encryption";
import { bedrockAgentcoreMemoryKmsEncryption } from "./bedrock-agentcore-memory-kms-encryption";
import { bedrockAgentcoreRuntimePrivateNetwork } from "./bedrock-agentcore-runtime-private-network";
import { bedrockCustomModelInVpc } from "./bedrock-custom-model-in-vpc";
import { bedrockCustomModelKmsEncryption } from "./bedrock-custom-model-kms-encryption";
import { bedrockDataSourceKmsEncryption } from "./bedrock-data-source-kms-encryption";
import { bedrockEvaluationJobKmsEncryption } from "./bedrock-evaluation-job-kms-encryption";
import { bedrockFlowKmsEncryption } from "./bedrock-flow-kms-encryption";
import { bedrockGuardrailContentFiltersComplete } from "./bedrock-guardrail-content-filters-complete";
import { bedrockKnowledgeBaseRdsManagedCredentials } from "./bedrock-knowledge-base-rds-managed-credentials";
import { bedrockFlowNodeGuardrail } from "./bedrock-flow-node-guardrail";
import { bedrockGuardrailContextualGrounding } from "./bedrock-guardrail-contextual-grounding";
import { bedrockGuardrailStandardTier } from "./bedrock-guardrail-standard-tier";
import { bedrockGuardrailKmsEncryption } from "./bedrock-guardrail-kms-encryption";
import { bedrockGuardrailPromptAttackFilter } from "./bedrock-guardrail-prompt-attack-filter";
import { bedrockGuardrailSensitiveInformationFilter } from "./bedrock-guardrail-sensitive-information-filter";
import { bedrockInvocationLoggingEnabled } from "./bedrock-invocation-logging-enabled";
import { bedrockPromptKmsEncryption } from "./bedrock-prompt-kms-encryption";

export const bedrockPolicies: GuardPolicy[] = [
    // agents and what they hold
    bedrockAgentKmsEncryption,
    bedrockAgentGuardrailAttached,
    bedrockDataSourceKmsEncryption,
    bedrockPromptKmsEncryption,
    bedrockFlowKmsEncryption,
    // guardrails
    bedrockGuardrailSensitiveInformationFilter,
    bedrockGuardrailPromptAttackFilter,
    bedrockGuardrailKmsEncryption,
    // models and jobs
    bedrockCustomModelKmsEncryption,
    bedrockCustomModelInVpc,
    bedrockEvaluationJobKmsEncryption,
    // detection
    bedrockInvocationLoggingEnabled,
    // AgentCore
    bedrockAgentcoreRuntimePrivateNetwork,
    bedrockAgentcoreGatewayAuthorizer,
    bedrockAgentcoreGatewayKmsEncryption,
    bedrockAgentcoreMemoryKmsEncryption,
    bedrockAgentcoreCodeInterpreterPrivateNetwork,
    bedrockAgentcoreBrowserPrivateNetwork,
    bedrockAgentcoreBrowserSessionRecording,
    // issue 26: knowledge bases, batch jobs, data automation, AgentCore policy engines and token vaults
    bedrockKnowledgeBaseKmsEncryption,
    bedrockBatchInferenceKmsEncryption,
    bedrockDataAutomationKmsEncryption,
    bedrockAgentcorePolicyEngineKmsEncryption,
    bedrockAgentcoreTokenVaultKmsEncryption,
    bedrockAgentcoreJwtAuthorizerRestricted,
    bedrockAgentIdleSessionTtl,
    bedrockApiKeyNoLongTerm,
    // issue 26 (h26a): guardrails that guard
    bedrockGuardrailContentFiltersComplete,
    bedrockKnowledgeBaseRdsManagedCredentials,
    bedrockFlowNodeGuardrail,
    bedrockGuardrailContextualGrounding,
    bedrockGuardrailStandardTier,
];
