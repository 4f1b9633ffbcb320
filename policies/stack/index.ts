import type { GuardPolicy } from "../core/policy";
import { stackMlCloudtrailPresent } from "./stack-ml-cloudtrail-present";
import { stackMlGuarddutyPresent } from "./stack-ml-guardduty-present";
import { stackMlTypesNotReviewed } from "./stack-ml-types-not-reviewed";

export const stackPolicies: GuardPolicy[] = [stackMlCloudtrailPresent, stackMlGuarddutyPresent, stackMlTypesNotReviewed];
