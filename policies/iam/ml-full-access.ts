// The AWS-managed FullAccess policies of the ML services (generated from AWS's published managed
// policies: ml-full-access-policies.ts), for the policies that flag them on ML roles and permission sets.

import { ML_FULL_ACCESS_POLICIES } from "./ml-full-access-policies";

/**
 * For an AWS-managed policy name: "`bedrock:*` and `bedrock-mantle:*`, every action of the service on every resource" when it is an ML
 * service's FullAccess policy, else undefined. Names and actions are AWS constants, safe to print.
 */
export function fullAccessOf(name: string): string | undefined {
    const p = Object.prototype.hasOwnProperty.call(ML_FULL_ACCESS_POLICIES, name) ? ML_FULL_ACCESS_POLICIES[name] : undefined;
    if (!p) return undefined;
    return `${p.allows.map((a) => `\`${a}\``).join(" and ")}, every action of the service on every resource`;
}
