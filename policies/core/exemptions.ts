// Exemptions: a justified, optionally expiring exception for one resource (or a glob of them),
// taken in a policy's config instead of switching the policy off for everyone.

import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import { wildcardMatch } from "./patterns";

export interface Exemption {
    /** A resource name or URN; `*` matches any run of characters, `?` one character. */
    resource: string;
    reason: string;
    /** `YYYY-MM-DD`, the last day the exemption holds. */
    expires?: string;
    approvedBy?: string;
}

export const exemptionSchema: PolicyConfigJSONSchema = {
    type: "array",
    description:
        "Resources this policy does not apply to, each with a reason. Matched against the resource name or URN (glob: * and ?). " +
        "An exempted resource is reported as not applicable with its reason; after `expires` the exemption is itself a violation. " +
        "An exemption that matches every resource (e.g. `*`) needs `approvedBy`.",
    default: [],
    items: {
        type: "object",
        additionalProperties: false,
        required: ["resource", "reason"],
        properties: {
            resource: { type: "string", minLength: 1, description: "Resource name or URN; glob with * and ?." },
            reason: { type: "string", minLength: 1, pattern: "\\S", description: "Why the exception is justified." },
            expires: {
                type: "string",
                pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
                description: "Last day the exemption holds (YYYY-MM-DD, a real date).",
            },
            approvedBy: { type: "string", minLength: 1, pattern: "\\S", description: "Who approved the exception." },
        },
    },
};

/** An entry that names resources; whether it can be used is `exemptionProblem`'s question. */
function isCandidate(x: unknown): x is Exemption {
    if (x === null || typeof x !== "object") return false;
    const e = x as Record<string, unknown>;
    return typeof e.resource === "string" && e.resource.length > 0;
}

/** The first exemption in `exemptions` (config, any shape) whose glob matches the resource's name or URN. */
export function findExemption(exemptions: unknown, name: string, urn: string): Exemption | undefined {
    if (!Array.isArray(exemptions) || exemptions.length === 0) return undefined;
    for (const e of exemptions) {
        if (isCandidate(e) && (wildcardMatch(e.resource, name) || wildcardMatch(e.resource, urn))) return e;
    }
    return undefined;
}

const nonBlank = (x: unknown): x is string => typeof x === "string" && x.trim() !== "";

/** Whether `s` is a calendar date written YYYY-MM-DD (not 2026-02-30, not 9999-99-99). */
export function isRealDate(s: unknown): boolean {
    const m = typeof s === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
    if (!m) return false;
    const [y, month, day] = [+m[1], +m[2] - 1, +m[3]];
    const d = new Date(0);
    d.setUTCFullYear(y, month, day);
    return d.getUTCFullYear() === y && d.getUTCMonth() === month && d.getUTCDate() === day;
}

/** Resource names no one writes: a glob that matches both (or URNs made of them) matches every resource. */
const PROBES = ["\u0001", "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f"];

/** Whether the glob matches every resource of the stack `urn` belongs to (`*`, `**`, `*?*`, `urn:*`, ...). */
export function matchesEveryResource(glob: string, urn: string): boolean {
    const parts = urn.split("::");
    const stackAndProject = parts.length >= 3 ? `${parts[0]}::${parts[1]}` : "urn:pulumi:stack::project";
    return PROBES.every((p) => wildcardMatch(glob, p) || wildcardMatch(glob, `${stackAndProject}::${p}:${p}/${p}:${p}::${p}`));
}

/**
 * Why an exemption that matches the resource `urn` cannot be used, or undefined when it can. An
 * unusable exemption is not applied (the policy checks the resource) and is reported: config that
 * the engine's schema check would reject, or that it cannot check (impossible dates).
 */
export function exemptionProblem(e: Exemption, urn: string): string | undefined {
    if (!nonBlank(e.reason)) return "its `reason` is blank";
    if (e.expires !== undefined && !isRealDate(e.expires)) return "its `expires` is not a real date written YYYY-MM-DD";
    if (e.approvedBy !== undefined && !nonBlank(e.approvedBy)) return "its `approvedBy` is blank";
    if (e.approvedBy === undefined && matchesEveryResource(e.resource, urn)) {
        return "its `resource` matches every resource, which needs an `approvedBy` (to switch the policy off, set its enforcement level to `disabled` instead)";
    }
    return undefined;
}

/** True when `expires` is set and `today` (YYYY-MM-DD) is after it. */
export function isExpired(e: Exemption, today: string): boolean {
    return typeof e.expires === "string" && e.expires < today;
}
