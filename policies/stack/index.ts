import type { GuardPolicy } from "../core/policy";

export const stackPolicies: GuardPolicy[] = [];
