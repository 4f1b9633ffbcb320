import { mlDocumentHalf } from "./document-halves";
import { iamPolicyNoUnscopedWriteActions, judgeUnscopedWriteActions } from "./iam-policy-no-unscoped-write-actions";

// The single-resource half of iam-policy-no-unscoped-write-actions: the documents whose own resource shows they are
// about SageMaker or Bedrock, judged alone, so also in an account audit (document-halves.ts).
export const iamMlPolicyNoUnscopedWriteActions = mlDocumentHalf(iamPolicyNoUnscopedWriteActions, judgeUnscopedWriteActions);
