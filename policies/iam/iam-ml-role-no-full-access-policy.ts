import { iamWorkloadRoleNoFullAccessPolicy, judgeFullAccess } from "./iam-workload-role-no-full-access-policy";
import { mlRoleHalf } from "./role-halves";

// The single-resource half of iam-workload-role-no-full-access-policy: what a role whose own trust policy names SageMaker
// or Bedrock holds itself, judged alone, so also in an account audit (role-halves.ts).
export const iamMlRoleNoFullAccessPolicy = mlRoleHalf(iamWorkloadRoleNoFullAccessPolicy, judgeFullAccess);
