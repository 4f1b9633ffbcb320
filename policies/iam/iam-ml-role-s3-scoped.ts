import { iamWorkloadRoleS3Scoped, judgeS3Scoped } from "./iam-workload-role-s3-scoped";
import { mlRoleHalf } from "./role-halves";

// The single-resource half of iam-workload-role-s3-scoped: what a role whose own trust policy names SageMaker
// or Bedrock holds itself, judged alone, so also in an account audit (role-halves.ts).
export const iamMlRoleS3Scoped = mlRoleHalf(iamWorkloadRoleS3Scoped, judgeS3Scoped);
