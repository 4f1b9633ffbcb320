import type { GuardPolicy } from "../core/policy";

export const iamPolicies: GuardPolicy[] = [];
