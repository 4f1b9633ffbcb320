import type { GuardPolicy } from "../core/policy";

export const networkPolicies: GuardPolicy[] = [];
