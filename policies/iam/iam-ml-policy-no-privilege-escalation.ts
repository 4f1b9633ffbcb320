import { mlDocumentHalf } from "./document-halves";
import { iamPolicyNoPrivilegeEscalation, judgePrivilegeEscalation } from "./iam-policy-no-privilege-escalation";

// The single-resource half of iam-policy-no-privilege-escalation: the documents whose own resource shows they are
// about SageMaker or Bedrock, judged alone, so also in an account audit (document-halves.ts).
export const iamMlPolicyNoPrivilegeEscalation = mlDocumentHalf(iamPolicyNoPrivilegeEscalation, judgePrivilegeEscalation);
