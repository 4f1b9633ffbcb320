// One deserialization per resource per request.
//
// The @pulumi/policy server (1.21) turns a resource's properties from protobuf into JavaScript once
// for every policy it calls: in Analyze, for each policy that lists several types (a single-type
// policy is skipped before that), and in AnalyzeStack, for every resource once per stack policy. Our
// policies only read those objects (they read through property descriptors, and the test harness
// fails a test whose policy changes its input), so one result can serve every policy of the request.
//
// The server calls `deserializeProperties(struct, false)` through the exports of
// `@pulumi/policy/deserialize`, and a request's message returns the same Struct object on every
// `getProperties()`. So the first call for a Struct deserializes and the others of the same request
// reuse the result, keyed weakly on the Struct: it is released with the request. Remediate asks for
// secret-preserving objects (`true`) that remediations may change and return: never shared. The
// unknown-checking proxy the server wraps each result in is shared the same way.
//
// Stack policies also share what they derive from those objects (policies/core/policy.ts): memos
// keyed weakly on the object behind the SDK's proxy (`deserializedTarget`).
//
// This relies on SDK internals. `shareDeserialization` checks what it relies on and otherwise leaves
// the SDK as it is (the normal path); `test/unit/shared-deserialization.spec.ts` drives the SDK's own
// Analyze and AnalyzeStack handlers and fails when the SDK stops calling through this seam.

const SHARED = Symbol.for("sagemaker-guard.sharedDeserialization");

type Fn = ((...args: unknown[]) => unknown) & { [SHARED]?: true };

/**
 * Replaces the export `name` of an SDK module, a function whose first argument is an object, by one
 * that returns its first result for that object when `shareable(args)`. Weak keys: results go with
 * the object. Returns whether it is in effect.
 */
function shareResults(modulePath: string, name: string, arity: number, shareable: (args: unknown[]) => boolean): boolean {
    const mod = require(modulePath) as Record<string, Fn>;
    const original = mod[name];
    if (typeof original !== "function") return false;
    if (original[SHARED]) return true;
    if (original.length !== arity) return false;
    const results = new WeakMap<object, unknown>();
    const shared: Fn = (...args) => {
        const key = args[0];
        if (key === null || typeof key !== "object" || !shareable(args)) return original(...args);
        let result = results.get(key);
        if (result === undefined) {
            result = original(...args);
            results.set(key, result);
        }
        return result;
    };
    shared[SHARED] = true;
    mod[name] = shared;
    return mod[name] === shared;
}

// ---------------------------------------------------------------------------------------------
// `__proto__` keys lost in decoding (issue 24, item 4).
//
// google-protobuf keeps a Struct's fields in a plain object keyed by field name, so a field named
// `__proto__` sent by the engine is not stored as a field: the assignment sets that object's
// prototype to the field's entry instead. No later step (Struct.toJavaScript, the SDK's
// deserializer, the pack) sees the key. What remains is the changed prototype: a Remediate request
// whose Struct shows one is marked, and no remediation is returned for it (core/remediate.ts), since
// a fix built from the decoded inputs would delete the key from the user's program.

const LOST_KEY = Symbol.for("sagemaker-guard.lostProtoKey");
/** Objects deserialized from a Struct that had a `__proto__` field (lost in decoding). */
const lostKeys = new WeakSet<object>();
const MAX_STRUCTS = 200_000;

interface PbValue {
    getKindCase?(): number;
    getStructValue?(): unknown;
    getListValue?(): { getValuesList?(): PbValue[] } | undefined;
}

/**
 * Whether a google-protobuf Struct (or one nested in it) lost a `__proto__` field in decoding: the
 * field map's store has a prototype other than Object.prototype. Iterative and bounded.
 */
export function structLostProtoKey(struct: unknown): boolean {
    const structs: unknown[] = [struct];
    const values: PbValue[] = [];
    let n = 0;
    while (structs.length > 0 || values.length > 0) {
        const v = values.pop();
        if (v) {
            const kind = v.getKindCase?.();
            if (kind === 5) structs.push(v.getStructValue?.());
            else if (kind === 6) for (const x of v.getListValue?.()?.getValuesList?.() ?? []) values.push(x);
            continue;
        }
        const s = structs.pop() as { getFieldsMap?(): unknown } | null | undefined;
        if (!s || typeof s.getFieldsMap !== "function") continue;
        if (++n > MAX_STRUCTS) return false;
        const map = s.getFieldsMap() as Record<string, unknown> & { forEach?(cb: (value: PbValue) => void): void };
        for (const k of Object.getOwnPropertyNames(map)) {
            const store = map[k];
            if (store === null || typeof store !== "object" || Array.isArray(store)) continue;
            const proto: unknown = Object.getPrototypeOf(store);
            if (proto !== Object.prototype && proto !== null) return true;
        }
        map.forEach?.((value) => values.push(value));
    }
    return false;
}

/** Whether these inputs (or the object behind the SDK's proxy of them) came from a Struct that lost a `__proto__` field. */
export function lostProtoKey(props: unknown): boolean {
    if (props === null || typeof props !== "object") return false;
    return lostKeys.has(props) || lostKeys.has(deserializedTarget(props) ?? props);
}

/** Marks the secret-preserving objects (Remediate's) deserialized from a Struct that lost a `__proto__` field. */
function markLostProtoKeys(): boolean {
    const mod = require("@pulumi/policy/deserialize") as Record<string, Fn & { [LOST_KEY]?: true }>;
    const inner = mod.deserializeProperties;
    if (typeof inner !== "function") return false;
    if (inner[LOST_KEY]) return true;
    const marking = function (struct: unknown, keepSecrets: unknown) {
        const result = inner(struct, keepSecrets);
        if (keepSecrets === true && result !== null && typeof result === "object" && structLostProtoKey(struct)) lostKeys.add(result);
        return result;
    } as Fn & { [LOST_KEY]?: true };
    marking[LOST_KEY] = true;
    marking[SHARED] = true; // the sharing is inside: installing it again must not wrap this
    mod.deserializeProperties = marking;
    return mod.deserializeProperties === marking;
}

/** Installs the sharing; returns whether it is in effect. Safe to call more than once. */
export function shareDeserialization(): boolean {
    try {
        // Remediate asks for secret-preserving objects (`true`) that remediations change: never shared.
        const deserialized =
            shareResults("@pulumi/policy/deserialize", "deserializeProperties", 2, (args) => args[1] === false) && markLostProtoKeys();
        // The unknown-checking proxy keeps no state but its target: one per object serves every policy.
        return deserialized && shareResults("@pulumi/policy/proxy", "unknownCheckingProxy", 1, () => true);
    } catch {
        return false;
    }
}

let targetKey: string | null | undefined;

/**
 * The deserialized object behind the SDK's unknown-checking proxy of a resource's props, to key
 * per-request memos on; undefined when the SDK does not expose it (then nothing is memoised).
 */
export function deserializedTarget(props: unknown): object | undefined {
    try {
        if (targetKey === undefined) {
            const key = (require("@pulumi/policy/proxy") as { getSpecialProxyTarget?: unknown }).getSpecialProxyTarget;
            targetKey = typeof key === "string" ? key : null;
        }
        if (targetKey === null || props === null || typeof props !== "object") return undefined;
        const target = (props as Record<string, unknown>)[targetKey];
        return target !== null && typeof target === "object" && target !== props ? target : undefined;
    } catch {
        return undefined;
    }
}
