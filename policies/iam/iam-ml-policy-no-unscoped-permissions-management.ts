import { mlDocumentHalf } from "./document-halves";
import {
    iamPolicyNoUnscopedPermissionsManagement,
    judgeUnscopedPermissionsManagement,
} from "./iam-policy-no-unscoped-permissions-management";

// The single-resource half of iam-policy-no-unscoped-permissions-management: the documents whose own resource shows they are
// about SageMaker or Bedrock, judged alone, so also in an account audit (document-halves.ts).
export const iamMlPolicyNoUnscopedPermissionsManagement = mlDocumentHalf(
    iamPolicyNoUnscopedPermissionsManagement,
    judgeUnscopedPermissionsManagement,
);
