import type { GuardPolicy } from "../core/policy";

export const loggingPolicies: GuardPolicy[] = [];
