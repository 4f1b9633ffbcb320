import { mlDocumentHalf } from "./document-halves";
import { iamPolicyNoDataExfiltration, judgeDataExfiltration } from "./iam-policy-no-data-exfiltration";

// The single-resource half of iam-policy-no-data-exfiltration: the documents whose own resource shows they are
// about SageMaker or Bedrock, judged alone, so also in an account audit (document-halves.ts).
export const iamMlPolicyNoDataExfiltration = mlDocumentHalf(iamPolicyNoDataExfiltration, judgeDataExfiltration);
