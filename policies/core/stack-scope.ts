// Stack tags as scope. An organisation that marks its regulated stacks with a stack tag (e.g.
// `pulumi stack tag set data-classification phi`) sets `phiStackTag: {"data-classification": "phi"}`
// in the policies' config: the strict policies (those the framework's profile raises from advisory
// to mandatory, `raisedBy`) then keep the configured level only on stacks carrying the tag; on other
// stacks they report at their baseline level (advisory). Every finding of a policy with
// `phiStackTag` set says which applied. Without `phiStackTag` every stack is in scope, as before.

import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import type { ReportViolation } from "@pulumi/policy";

export const stackScopeSchema: Record<string, PolicyConfigJSONSchema> = {
    phiStackTag: {
        type: "object",
        description:
            'Stack tags that mark a stack holding regulated data, e.g. {"data-classification": "phi"} (every one must match). ' +
            "When set, the strict policies (those the chosen framework's profile makes mandatory) keep their configured level only on such stacks " +
            "and report at their baseline level elsewhere; each finding says which applied. Not set: every stack gets the configured level.",
        minProperties: 1,
        maxProperties: 10,
        additionalProperties: { type: "string", maxLength: 256 },
    },
};

/** `{"k": "v"}` as `k=v`, each part cut to 64 characters (config is the organisation's, but bounded all the same). */
function describeTags(wanted: Record<string, unknown>): string {
    const cut = (s: string) => (s.length > 64 ? `${s.slice(0, 64)}…` : s);
    return Object.entries(wanted)
        .map(([k, v]) => `${cut(k)}=${cut(String(v))}`)
        .join(", ");
}

/** Undefined: no scope configured. Otherwise whether the stack carries every wanted tag, and the words for the finding. */
export function stackScope(
    config: Record<string, unknown>,
    stackTags: ReadonlyMap<string, string> | undefined,
): { inScope: boolean; note: string } | undefined {
    const wanted = config.phiStackTag;
    if (wanted === null || typeof wanted !== "object" || Array.isArray(wanted)) return undefined;
    const entries = Object.entries(wanted as Record<string, unknown>);
    if (entries.length === 0) return undefined;
    const inScope = entries.every(([k, v]) => stackTags?.get(k) === v);
    const tags = describeTags(wanted as Record<string, unknown>);
    return {
        inScope,
        note: inScope
            ? `Scope: strict level (this stack has the stack tag ${tags}, phiStackTag).`
            : `Scope: baseline level (this stack lacks the stack tag ${tags}, phiStackTag).`,
    };
}

/**
 * The report function of one run under the stack scope: unchanged without `phiStackTag`; otherwise
 * each message gets the scope line, and a strict policy on a stack out of scope reports at its
 * baseline level (the SDK's object form of a violation, which carries its own enforcement level).
 */
export function scopedReport(
    meta: { description: string; enforcementLevel: "advisory" | "mandatory" },
    strict: boolean,
    config: Record<string, unknown>,
    stackTags: ReadonlyMap<string, string> | undefined,
    report: ReportViolation,
): ReportViolation {
    const scope = stackScope(config, stackTags);
    if (!scope) return report;
    return (message: string, urn?: string) => {
        const text = `${message}\n${scope.note}`;
        if (scope.inScope || !strict) return report(text, urn);
        const violation = { message: `${meta.description}\n${text}`, enforcementLevel: meta.enforcementLevel, ...(urn ? { urn } : {}) };
        (report as unknown as (v: object) => void)(violation);
    };
}
