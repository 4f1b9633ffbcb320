import type { GuardPolicy } from "../core/policy";
import { kmsKeyDeletionWindow } from "./kms-key-deletion-window";
import { kmsKeyNoLockoutBypass } from "./kms-key-no-lockout-bypass";
import { kmsKeyPolicyNoPublicAccess } from "./kms-key-policy-no-public-access";
import { kmsKeyRotationEnabled } from "./kms-key-rotation-enabled";

export const kmsPolicies: GuardPolicy[] = [kmsKeyRotationEnabled, kmsKeyPolicyNoPublicAccess, kmsKeyNoLockoutBypass, kmsKeyDeletionWindow];
