// The one list of every policy in the pack. Docs, profiles and tests are generated from it.

import { bedrockPolicies } from "./bedrock";
import { bedrockAgentRoleNotShared } from "./bedrock/bedrock-agent-role-not-shared";
import { bedrockBatchInferenceInVpc } from "./bedrock/bedrock-batch-inference-in-vpc";
import { bedrockAgentcoreGatewayNoDebugErrors } from "./bedrock/bedrock-agentcore-gateway-no-debug-errors";
import { bedrockAgentcoreGatewayPolicyEngineEnforced } from "./bedrock/bedrock-agentcore-gateway-policy-engine-enforced";
import { bedrockAgentcoreIdentityHttpsUrls } from "./bedrock/bedrock-agentcore-identity-https-urls";
import { bedrockResourcePolicyNotPublic } from "./bedrock/bedrock-resource-policy-not-public";
import { bedrockEnforcedGuardrailComplete } from "./bedrock/bedrock-enforced-guardrail-complete";
import { bedrockAgentcoreGatewayTargetPrivateEndpoint } from "./bedrock/bedrock-agentcore-gateway-target-private-endpoint";
import type { GuardPolicy } from "./core/policy";
import { hygienePolicies } from "./hygiene";
import { iamMlPolicyNoBedrockApiKeyCreation } from "./iam/iam-ml-policy-no-bedrock-api-key-creation";
import { iamPolicyBedrockInvokeGuardrail } from "./iam/iam-policy-bedrock-invoke-guardrail";
import { iamPolicyNoBedrockApiKeyCreation } from "./iam/iam-policy-no-bedrock-api-key-creation";
import { iamPolicies } from "./iam";
import { kmsPolicies } from "./kms";
import { loggingPolicies } from "./logging";
import { networkPolicies } from "./network";
import { sagemakerPolicies } from "./sagemaker";
import { stackPolicies } from "./stack";
import { storagePolicies } from "./storage";

export const catalog: readonly GuardPolicy[] = [
    ...sagemakerPolicies,
    ...bedrockPolicies,
    // issue 26 (h26b): agents, batch jobs in a VPC, AgentCore gateways and identities, account-level controls
    bedrockAgentRoleNotShared,
    bedrockBatchInferenceInVpc,
    bedrockAgentcoreGatewayPolicyEngineEnforced,
    bedrockAgentcoreGatewayNoDebugErrors,
    bedrockAgentcoreIdentityHttpsUrls,
    bedrockResourcePolicyNotPublic,
    bedrockEnforcedGuardrailComplete,
    // issue 26 (h26-gw): gateway targets whose server the stack exposes to the internet
    bedrockAgentcoreGatewayTargetPrivateEndpoint,
    iamPolicyNoBedrockApiKeyCreation,
    iamMlPolicyNoBedrockApiKeyCreation,
    iamPolicyBedrockInvokeGuardrail,
    ...iamPolicies,
    ...kmsPolicies,
    ...networkPolicies,
    ...loggingPolicies,
    ...storagePolicies,
    ...hygienePolicies,
    ...stackPolicies,
];
