import { mlDocumentHalf } from "./document-halves";
import { iamPolicyNoCredentialsExposure, judgeCredentialsExposure } from "./iam-policy-no-credentials-exposure";

// The single-resource half of iam-policy-no-credentials-exposure: the documents whose own resource shows they are
// about SageMaker or Bedrock, judged alone, so also in an account audit (document-halves.ts).
export const iamMlPolicyNoCredentialsExposure = mlDocumentHalf(iamPolicyNoCredentialsExposure, judgeCredentialsExposure);
