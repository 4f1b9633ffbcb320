// OpenSearch Serverless policy documents: encryption and network security policies and data access
// policies are JSON documents (the `policy` input, a string) whose rules match collections by
// resource patterns (`collection/<name or prefix*>`, and `index/<collection>/<index>` in data access
// policies). Read here once, never throwing: the three document policies judge what a document says,
// and opensearch-serverless-collection-policies-in-stack joins the stack's collections to the documents
// whose patterns match their names (`PolicyCoverage`, matched with core/patterns, linear time).

import { compileWildcard, foldCase } from "./patterns";
import type { StackResource } from "./policy";
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

// ---------------------------------------------------------------------------------------------
// The join: which of the stack's documents govern a collection, by its name.
//
// AWS's rules (Amazon OpenSearch Service Developer Guide, awsdocs/amazon-opensearch-service-developer-guide
// doc_source/serverless-encryption.md, serverless-network.md, serverless-data-access.md): a pattern is a
// collection name or a prefix followed by `*` (`*` alone: every collection). Encryption: a collection takes
// its key, once, at creation, from the one policy whose rule matches it (the more specific rule when several
// do), unless the collection sets its own encryptionConfig; AWS refuses to create a collection that no
// encryption policy matches. Network: every matching rule applies (public overrides VPC); without one the
// endpoint is unreachable. Data access: every matching rule adds grants, on `collection/...` and
// `index/<collection>/<index>` resources.

export type PolicyKind = "encryption" | "network" | "data";

/** A document that may govern collections of one kind: the patterns its rules give, or undecided. */
interface KindPatterns {
    exact: Set<string>;
    wild: ((name: string) => boolean)[];
    /** Some document of the stack that may be of this kind is unknown, or names an unknown pattern or resource type. */
    undecided: boolean;
}

/** Wildcard patterns kept per kind; past it, the rest may match anything (undecided), so that work stays bounded. */
const MAX_WILD = 500;

/** The collection-name part of a rule's resource pattern, lower case, or undefined when it names no collection. */
export function collectionPatternOf(resource: string, resourceType: string): string | undefined {
    const r = foldCase(resource.trim());
    if (resourceType === "index") {
        if (!r.startsWith("index/")) return undefined;
        const rest = r.slice(6);
        const slash = rest.indexOf("/");
        return slash < 0 ? rest : rest.slice(0, slash);
    }
    return r.startsWith("collection/") ? r.slice(11) : undefined;
}

/** The resource types of a kind's rules that give access to (or the key of) the collection itself. */
const GOVERNING: Record<PolicyKind, readonly string[]> = {
    encryption: ["collection"],
    network: ["collection"], // a `dashboard` rule opens only the Dashboards endpoint
    data: ["collection", "index"],
};

/** What the stack's encryption, network and data access documents say about collection names. */
export class PolicyCoverage {
    private readonly kinds: Record<PolicyKind, KindPatterns> = {
        encryption: { exact: new Set(), wild: [], undecided: false },
        network: { exact: new Set(), wild: [], undecided: false },
        data: { exact: new Set(), wild: [], undecided: false },
    };

    /** `securityPolicies`: both providers' security policies; `accessPolicies`: their data access policies. */
    constructor(securityPolicies: readonly StackResource[], accessPolicies: readonly StackResource[]) {
        for (const p of securityPolicies) {
            const t = p.get("type");
            if (t.state === "unknown") this.addDocument(["encryption", "network"], p);
            else if (t.state === "known" && typeof t.value === "string") {
                const kind = t.value.trim().toLowerCase();
                if (kind === "encryption" || kind === "network") this.addDocument([kind], p);
            }
        }
        for (const p of accessPolicies) {
            const t = p.get("type");
            if (t.state === "unknown" || (t.state === "known" && typeof t.value === "string" && t.value.trim().toLowerCase() === "data"))
                this.addDocument(["data"], p);
        }
    }

    private addDocument(kinds: PolicyKind[], p: StackResource): void {
        const v = p.get("policy");
        const d = v.state === "unknown" ? ({ kind: "unknown" } as const) : parseAossDocument(v.state === "known" ? v.value : undefined);
        if (d.kind === "unknown") return kinds.forEach((k) => (this.kinds[k].undecided = true));
        if (d.kind !== "ok") return; // absent or malformed: AWS rejects the policy, it governs nothing
        for (const block of items(d.doc)) {
            for (const rule of rulesOf(block)) {
                for (const kind of kinds) {
                    const into = this.kinds[kind];
                    const types = GOVERNING[kind];
                    if (rule.resourceType === "unknown") {
                        into.undecided = true;
                        continue;
                    }
                    if (!types.includes(rule.resourceType)) continue;
                    if (rule.unknownPattern) into.undecided = true;
                    for (const resource of rule.patterns) {
                        const pattern = collectionPatternOf(resource, rule.resourceType);
                        if (pattern === undefined || pattern.includes("?")) continue; // `?` is no wildcard there, and no name holds one
                        if (!pattern.includes("*")) into.exact.add(pattern);
                        else if (into.wild.length < MAX_WILD) into.wild.push(compileWildcard(pattern));
                        else into.undecided = true;
                    }
                }
            }
        }
    }

    /** Whether a document of the stack of this kind matches the collection name: yes, no, or undecided at preview. */
    covers(kind: PolicyKind, name: string): "yes" | "no" | "undecided" {
        const k = this.kinds[kind];
        const n = foldCase(name.trim());
        if (k.exact.has(n) || k.wild.some((m) => m(n))) return "yes";
        return k.undecided ? "undecided" : "no";
    }
}
