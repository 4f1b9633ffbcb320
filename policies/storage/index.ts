import type { GuardPolicy } from "../core/policy";

export const storagePolicies: GuardPolicy[] = [];
