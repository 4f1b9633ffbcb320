import { mlDocumentHalf } from "./document-halves";
import { iamPolicyNoBedrockApiKeyCreation, judgeBedrockApiKeyCreation } from "./iam-policy-no-bedrock-api-key-creation";

// The single-resource half of iam-policy-no-bedrock-api-key-creation: the documents whose own resource shows they are
// about SageMaker or Bedrock, judged alone, so also in an account audit (document-halves.ts).
export const iamMlPolicyNoBedrockApiKeyCreation = mlDocumentHalf(iamPolicyNoBedrockApiKeyCreation, judgeBedrockApiKeyCreation);
