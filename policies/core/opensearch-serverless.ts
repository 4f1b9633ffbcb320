// OpenSearch Serverless policy documents: encryption and network security policies and data access
// policies are JSON documents (the `policy` input, a string) whose rules match collections by
// resource patterns (`collection/<name or glob>`). Read here once, never throwing, so that the
// policies judge what the document says. (Matching a collection of the stack against the patterns,
// a join, is not done yet: core/patterns wildcardMatch is the linear-time matcher to use for it.)

import { isUnknown, rawChild } from "./values";

/** The type tokens of both providers. */
export const AOSS = {
    collection: "aws:opensearch/serverlessCollection:ServerlessCollection",
    securityPolicy: "aws:opensearch/serverlessSecurityPolicy:ServerlessSecurityPolicy",
    accessPolicy: "aws:opensearch/serverlessAccessPolicy:ServerlessAccessPolicy",
    nativeCollection: "aws-native:opensearchserverless:Collection",
    nativeSecurityPolicy: "aws-native:opensearchserverless:SecurityPolicy",
    nativeAccessPolicy: "aws-native:opensearchserverless:AccessPolicy",
} as const;

/** AWS caps a policy document at 20,480 characters; anything far larger is not read. */
const MAX_CHARS = 131_072;
const MAX_ITEMS = 1_000;

export type AossDocument =
    | { kind: "ok"; doc: unknown }
    /** The document (or the text it is made from) is unknown at preview. */
    | { kind: "unknown" }
    | { kind: "absent" }
    | { kind: "invalid"; reason: string };

/** Parses the `policy` input (a JSON string, or an object in hand-written inputs). Never throws. */
export function parseAossDocument(input: unknown): AossDocument {
    if (input === undefined || input === null) return { kind: "absent" };
    if (isUnknown(input)) return { kind: "unknown" };
    if (typeof input === "string") {
        if (input.trim() === "") return { kind: "invalid", reason: "is an empty string" };
        if (input.length > MAX_CHARS) return { kind: "invalid", reason: `is larger than ${MAX_CHARS} characters` };
        try {
            return { kind: "ok", doc: JSON.parse(input) };
        } catch {
            return { kind: "invalid", reason: "is not valid JSON" };
        }
    }
    if (typeof input === "object") return { kind: "ok", doc: input };
    return { kind: "invalid", reason: "is not a JSON document" };
}

/** The elements of a list node (a single object counts as a list of one), capped. */
export function items(node: unknown): unknown[] {
    if (node === undefined || node === null) return [];
    if (Array.isArray(node)) return node.slice(0, MAX_ITEMS).map((_, i) => rawChild(node, i));
    return [node];
}

/** A key of a policy object, matched without regard to case (AWS documents write `Rules`, some examples `rules`). */
export function field(node: unknown, key: string): unknown {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
    const exact = rawChild(node, key);
    if (exact !== undefined) return exact;
    const lower = key.toLowerCase();
    for (const k of Object.keys(node)) if (k.toLowerCase() === lower) return rawChild(node, k);
    return undefined;
}

/** The strings of a node that is a string or a list of strings (non-strings are skipped). */
export function strings(node: unknown): string[] {
    return items(node).filter((s): s is string => typeof s === "string");
}

/** True when `v` is true or "true" (hand-written JSON sometimes quotes booleans). */
export function isTrueValue(v: unknown): boolean {
    return v === true || (typeof v === "string" && v.trim().toLowerCase() === "true");
}

/** A rule of a document: its resource type (lower case) and resource patterns. */
export interface AossRule {
    resourceType: string | "unknown";
    patterns: string[];
    /** Some pattern is unknown at preview. */
    unknownPattern: boolean;
}

export function rulesOf(block: unknown): AossRule[] {
    return items(field(block, "Rules")).map((rule) => {
        const t = field(rule, "ResourceType");
        const raw = items(field(rule, "Resource"));
        return {
            resourceType: isUnknown(t) ? "unknown" : typeof t === "string" ? t.trim().toLowerCase() : "",
            patterns: raw.filter((p): p is string => typeof p === "string" && !isUnknown(p)),
            unknownPattern: raw.some(isUnknown) || isUnknown(field(rule, "Resource")),
        };
    });
}

/** The rules of a block that apply to collections (an unknown resource type may be one). */
export function collectionRules(block: unknown): AossRule[] {
    return rulesOf(block).filter((r) => r.resourceType === "collection" || r.resourceType === "unknown");
}
