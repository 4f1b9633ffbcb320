import type { GuardPolicy } from "../core/policy";
import { iamAccountPasswordPolicyStrong } from "./iam-account-password-policy-strong";
import { iamHumanPolicyMfa } from "./iam-human-policy-mfa";
import { iamHumanRoleMfa } from "./iam-human-role-mfa";
import { iamHumanRoleMfaOwnPolicy } from "./iam-human-role-mfa-own-policy";
import { iamMlPolicyNoWildcardActions } from "./iam-ml-policy-no-wildcard-actions";
import { iamMlPolicyNoPrivilegeEscalation } from "./iam-ml-policy-no-privilege-escalation";
import { iamMlPolicyNoCredentialsExposure } from "./iam-ml-policy-no-credentials-exposure";
import { iamMlPolicyNoDataExfiltration } from "./iam-ml-policy-no-data-exfiltration";
import { iamMlPolicyNoUnscopedPermissionsManagement } from "./iam-ml-policy-no-unscoped-permissions-management";
import { iamMlPolicyNoUnscopedWriteActions } from "./iam-ml-policy-no-unscoped-write-actions";
import { iamMlRoleLeastPrivilege } from "./iam-ml-role-least-privilege";
import { iamMlRoleNoFullAccessPolicy } from "./iam-ml-role-no-full-access-policy";
import { iamMlRolePassroleScoped } from "./iam-ml-role-passrole-scoped";
import { iamMlRoleS3Scoped } from "./iam-ml-role-s3-scoped";
import { iamPolicyDocumentNoAdmin } from "./iam-policy-document-no-admin";
import { iamPermissionSetNoAdministratorAccess } from "./iam-permission-set-no-administrator-access";
import { iamPermissionSetNoFullAccessPolicy } from "./iam-permission-set-no-full-access-policy";
import { iamPolicyNoCredentialsExposure } from "./iam-policy-no-credentials-exposure";
import { iamPolicyNoDataExfiltration } from "./iam-policy-no-data-exfiltration";
import { iamPolicyNoPrivilegeEscalation } from "./iam-policy-no-privilege-escalation";
import { iamPolicyNoUnscopedPermissionsManagement } from "./iam-policy-no-unscoped-permissions-management";
import { iamPolicyNoUnscopedWriteActions } from "./iam-policy-no-unscoped-write-actions";
import { iamPolicyNoWildcardActions } from "./iam-policy-no-wildcard-actions";
import { iamUserGroupPolicyMfa } from "./iam-user-group-policy-mfa";
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
    // Their single-resource halves (issue 25): what a role whose own trust policy names SageMaker or Bedrock holds itself.
    iamMlRoleLeastPrivilege,
    iamMlRolePassroleScoped,
    iamMlRoleNoFullAccessPolicy,
    iamMlRoleS3Scoped,
    iamHumanRoleMfa,
    // Its single-resource half (issue 25): a role people assume whose own policies reach SageMaker or Bedrock.
    iamHumanRoleMfaOwnPolicy,
    iamHumanPolicyMfa,
    iamUserGroupPolicyMfa,
    iamPolicyNoWildcardActions,
    iamPolicyNoUnscopedWriteActions,
    iamPolicyNoUnscopedPermissionsManagement,
    iamPolicyNoPrivilegeEscalation,
    iamPolicyNoCredentialsExposure,
    iamPolicyNoDataExfiltration,
    // Their single-resource halves (issue 25): documents whose own resource shows they are about SageMaker or Bedrock.
    iamMlPolicyNoWildcardActions,
    iamMlPolicyNoUnscopedWriteActions,
    iamMlPolicyNoUnscopedPermissionsManagement,
    iamMlPolicyNoPrivilegeEscalation,
    iamMlPolicyNoCredentialsExposure,
    iamMlPolicyNoDataExfiltration,
    iamPermissionSetNoAdministratorAccess,
    iamPermissionSetNoFullAccessPolicy,
];
