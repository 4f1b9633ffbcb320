import { mlDocumentHalf } from "./document-halves";
import { iamPolicyNoWildcardActions, judgeWildcardActions } from "./iam-policy-no-wildcard-actions";

// The single-resource half of iam-policy-no-wildcard-actions: the documents whose own resource shows they are
// about SageMaker or Bedrock, judged alone, so also in an account audit (document-halves.ts).
export const iamMlPolicyNoWildcardActions = mlDocumentHalf(iamPolicyNoWildcardActions, judgeWildcardActions);
