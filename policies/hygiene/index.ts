import type { GuardPolicy } from "../core/policy";

export const hygienePolicies: GuardPolicy[] = [];
