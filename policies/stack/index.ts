import type { GuardPolicy } from "../core/policy";
import { stackMlCloudtrailPresent } from "./stack-ml-cloudtrail-present";
import { stackMlGuarddutyPresent } from "./stack-ml-guardduty-present";

export const stackPolicies: GuardPolicy[] = [stackMlCloudtrailPresent, stackMlGuarddutyPresent];
