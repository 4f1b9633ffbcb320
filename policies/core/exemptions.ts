// Exemptions: a justified, optionally expiring exception for one resource (or a glob of them),
// taken in a policy's config instead of switching the policy off for everyone.

import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";

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
        "An exempted resource is reported as not applicable with its reason; after `expires` the exemption is itself a violation.",
    default: [],
    items: {
        type: "object",
        additionalProperties: false,
        required: ["resource", "reason"],
        properties: {
            resource: { type: "string", minLength: 1, description: "Resource name or URN; glob with * and ?." },
            reason: { type: "string", minLength: 1, description: "Why the exception is justified." },
            expires: {
                type: "string",
                pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                description: "Last day the exemption holds (YYYY-MM-DD).",
            },
            approvedBy: { type: "string", description: "Who approved the exception." },
        },
    },
};

const globCache = new Map<string, RegExp>();

function globToRegExp(glob: string): RegExp {
    let re = globCache.get(glob);
    if (!re) {
        const body = glob
            .replace(/[.+^${}()|[\]\\]/g, "\\$&")
            .replace(/\*/g, ".*")
            .replace(/\?/g, ".");
        re = new RegExp(`^${body}$`, "s");
        globCache.set(glob, re);
    }
    return re;
}

function isExemption(x: unknown): x is Exemption {
    if (x === null || typeof x !== "object") return false;
    const e = x as Record<string, unknown>;
    return typeof e.resource === "string" && e.resource.length > 0 && typeof e.reason === "string" && e.reason.length > 0;
}

/** The first exemption in `exemptions` (config, any shape) that matches the resource, if any. */
export function findExemption(exemptions: unknown, name: string, urn: string): Exemption | undefined {
    if (!Array.isArray(exemptions) || exemptions.length === 0) return undefined;
    for (const e of exemptions) {
        if (!isExemption(e)) continue;
        const re = globToRegExp(e.resource);
        if (re.test(name) || re.test(urn)) return e;
    }
    return undefined;
}

/** True when `expires` is set and `today` (YYYY-MM-DD) is after it. */
export function isExpired(e: Exemption, today: string): boolean {
    return typeof e.expires === "string" && e.expires < today;
}
