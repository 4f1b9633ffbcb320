import { iamWorkloadRolePassroleScoped, judgePassRole } from "./iam-workload-role-passrole-scoped";
import { mlRoleHalf } from "./role-halves";

// The single-resource half of iam-workload-role-passrole-scoped: what a role whose own trust policy names SageMaker
// or Bedrock holds itself, judged alone, so also in an account audit (role-halves.ts).
export const iamMlRolePassroleScoped = mlRoleHalf(iamWorkloadRolePassroleScoped, judgePassRole);
