import type { GuardPolicy } from "../core/policy";

export const bedrockPolicies: GuardPolicy[] = [];
