import { iamWorkloadRoleLeastPrivilege, judgeLeastPrivilege } from "./iam-workload-role-least-privilege";
import { mlRoleHalf } from "./role-halves";

// The single-resource half of iam-workload-role-least-privilege: what a role whose own trust policy names SageMaker
// or Bedrock holds itself, judged alone, so also in an account audit (role-halves.ts).
export const iamMlRoleLeastPrivilege = mlRoleHalf(iamWorkloadRoleLeastPrivilege, judgeLeastPrivilege);
