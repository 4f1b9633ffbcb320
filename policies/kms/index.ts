import type { GuardPolicy } from "../core/policy";

export const kmsPolicies: GuardPolicy[] = [];
