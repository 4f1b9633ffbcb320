// Value reads that know the preview.
//
// The SDK hands a policy its props behind `unknownCheckingProxy`, whose `get` trap throws on a value
// that is unknown at preview, and the SDK turns that throw into an advisory "can't run policy during
// preview" line. We never want that downgrade: each check decides what an unknown means. So we read
// through property *descriptors*, which the proxy does not trap: they return the raw value, and
// nested objects come back unproxied.

/** The sentinels the engine sends for values unknown at preview, one per expected type. */
export const UNKNOWN_SENTINELS: ReadonlySet<string> = new Set([
    "04da6b54-80e4-46f7-96ec-b56ff0331ba9", // string
    "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // boolean
    "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
    "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
    "030794c1-ac77-496b-92df-f27374a8bd58", // asset
    "e48ece36-62e2-4504-bad9-02848725956a", // archive
    "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
]);

export function isUnknown(v: unknown): boolean {
    return typeof v === "string" && UNKNOWN_SENTINELS.has(v);
}

/**
 * A property as a policy sees it: a known value, unknown at preview (set by another resource of
 * the stack), or absent (not set, or null). `defaulted` marks a known value that is the AWS default
 * applied because the property was absent.
 */
export type Value =
    | { readonly state: "known"; readonly value: unknown; readonly defaulted?: boolean }
    | { readonly state: "unknown" }
    | { readonly state: "absent" };

export const ABSENT: Value = Object.freeze({ state: "absent" });
export const UNKNOWN: Value = Object.freeze({ state: "unknown" });

/** Reads one own property without triggering the SDK proxy; raw value or undefined. */
export function rawChild(node: unknown, key: string | number): unknown {
    if (node === null || typeof node !== "object") return undefined;
    if (Array.isArray(node) && typeof key === "string" && !/^\d+$/.test(key)) return undefined;
    const d = Object.getOwnPropertyDescriptor(node, key);
    return d === undefined ? undefined : d.value;
}

/** The raw (unproxied) form of a props object, for walking whole trees (text scans, IAM documents). */
export function unwrap(node: unknown): unknown {
    if (node === null || typeof node !== "object") return node;
    const copy: Record<string, unknown> | unknown[] = Array.isArray(node) ? [] : {};
    for (const key of Object.keys(node)) {
        (copy as Record<string, unknown>)[key] = rawChild(node, key);
    }
    return copy;
}

const pathCache = new Map<string, readonly string[]>();

/** Splits `a.b[0].c` or `a.b.0.c` into segments (cached: paths are literals in policies). */
export function splitPath(path: string): readonly string[] {
    let parts = pathCache.get(path);
    if (parts === undefined) {
        parts = path
            .replace(/\[(\d+)\]/g, ".$1")
            .split(".")
            .filter((p) => p.length > 0);
        pathCache.set(path, parts);
    }
    return parts;
}

/**
 * Reads `path` from `node`. An unknown anywhere on the way makes the value unknown; a missing or
 * null step, or a step into something that is not an object (a wrong shape), makes it absent.
 * `awsDefault` is what AWS uses when the property is absent.
 */
export function read(node: unknown, path: string, awsDefault?: unknown): Value {
    let cur: unknown = node;
    for (const seg of splitPath(path)) {
        if (isUnknown(cur)) return UNKNOWN;
        cur = rawChild(cur, seg);
        if (cur === undefined || cur === null) break;
    }
    if (isUnknown(cur)) return UNKNOWN;
    if (cur === undefined || cur === null) {
        return awsDefault === undefined ? ABSENT : { state: "known", value: awsDefault, defaulted: true };
    }
    return { state: "known", value: cur };
}

/**
 * The elements of a list property, each as a raw node. `"unknown"` when the list itself is unknown;
 * an empty array when it is absent or not a list. A single object where a list was expected (a
 * common shape mistake in hand-written inputs) is treated as a list of one.
 */
export function list(node: unknown, path: string): unknown[] | "unknown" {
    const v = read(node, path);
    if (v.state === "unknown") return "unknown";
    if (v.state === "absent") return [];
    if (Array.isArray(v.value)) return v.value.map((_, i) => rawChild(v.value, i));
    if (typeof v.value === "object") return [v.value];
    return [];
}

/** True for a known `true` (or the string "true", as some hand-written inputs have it). */
export function isTrue(v: Value): boolean {
    return v.state === "known" && (v.value === true || v.value === "true");
}

/** A known, non-empty string. */
export function isNonEmptyString(v: Value): v is { state: "known"; value: string } {
    return v.state === "known" && typeof v.value === "string" && v.value.trim().length > 0;
}

/**
 * Describes a current setting for a message without echoing free text: only values from
 * `printable` (enum constants of the provider) are printed; anything else is described by kind.
 */
export function describe(v: Value, printable: readonly unknown[] = []): string {
    if (v.state === "absent") return "not set";
    if (v.state === "unknown") return "unknown until apply";
    if (printable.includes(v.value)) {
        const shown = typeof v.value === "string" ? `"${v.value}"` : String(v.value);
        return v.defaulted ? `not set (AWS default ${shown})` : shown;
    }
    if (Array.isArray(v.value)) return v.value.length === 0 ? "an empty list" : "a list";
    if (typeof v.value === "string") return v.value.trim() === "" ? "an empty string" : "another value";
    return `a value of type ${typeof v.value}`;
}
