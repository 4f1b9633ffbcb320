import type { GuardPolicy } from "../core/policy";
import { iamAccountPasswordPolicyStrong } from "./iam-account-password-policy-strong";
import { iamHumanPolicyMfa } from "./iam-human-policy-mfa";
import { iamHumanRoleMfa } from "./iam-human-role-mfa";
import { iamPolicyDocumentNoAdmin } from "./iam-policy-document-no-admin";
import { iamUserNoDirectPolicies } from "./iam-user-no-direct-policies";
import { iamWorkloadRoleLeastPrivilege } from "./iam-workload-role-least-privilege";
import { iamWorkloadRoleNoFullAccessPolicy } from "./iam-workload-role-no-full-access-policy";
import { iamWorkloadRolePassroleScoped } from "./iam-workload-role-passrole-scoped";
import { iamWorkloadRoleS3Scoped } from "./iam-workload-role-s3-scoped";

export const iamPolicies: GuardPolicy[] = [
    iamPolicyDocumentNoAdmin,
    iamUserNoDirectPolicies,
    iamAccountPasswordPolicyStrong,
    iamWorkloadRoleLeastPrivilege,
    iamWorkloadRolePassroleScoped,
    iamWorkloadRoleNoFullAccessPolicy,
    iamWorkloadRoleS3Scoped,
    iamHumanRoleMfa,
    iamHumanPolicyMfa,
];
