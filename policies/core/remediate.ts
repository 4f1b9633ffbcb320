// Safe auto-fixes: how a policy's remediation (`set` these fields to these constants) is applied to
// the inputs the engine sends with `Remediate`. The rules, the same for every policy:
// - only the declared fields change; everything else (secrets included) is passed back untouched;
// - an unknown value stays unknown: an unknown anywhere on a field's path means no change;
// - a secret is never touched: a secret anywhere on a field's path means no change;
// - a value of the wrong shape (an object where a setting was expected) is never overwritten;
// - all or nothing: when one field cannot be set, nothing is.
// Missing objects on a field's path are created (a settings block the user left out), except those
// that an adapter's `remediateIn` names: those must already exist (a tuning job's definitions).

import type { Secret as SdkSecret } from "@pulumi/policy";
import { isUnknown, rawChild, splitPath } from "./values";
import { lostProtoKey } from "./shared-deserialization";

/**
 * Whether `node` is the SDK's secret wrapper. The SDK is loaded on first use, by a remediation, so
 * that what only reads the catalog (`sagemaker-guard report`, the docs generator) does not load it
 * and the Pulumi SDK behind it (about half a second).
 */
let secretClass: typeof SdkSecret | undefined;
function isSecret(node: unknown): node is SdkSecret {
    if (node === null || typeof node !== "object") return false;
    secretClass ??= (require("@pulumi/policy") as typeof import("@pulumi/policy")).Secret;
    return node instanceof secretClass;
}

export type Setting = string | number | boolean;

export interface Change {
    /** The input path that changed, e.g. `instanceMetadataServiceConfiguration.minimumInstanceMetadataServiceVersion`. */
    path: string;
    value: Setting;
}

export type Outcome = { props: Record<string, unknown>; changes: Change[] } | { skipped: string };

type Obj = Record<string, unknown>;

/** A shallow copy of an object or array, read through property descriptors (the SDK proxies trap reads). */
function shallowCopy(node: object): Obj | unknown[] {
    const copy: Obj | unknown[] = Array.isArray(node) ? [] : {};
    for (const k of Object.keys(node)) (copy as Obj)[k] = rawChild(node, k);
    return copy;
}

class Skip extends Error {}

/**
 * Returns `node` with `value` set at `segs[i..]`, copying only what changes (the rest is shared).
 * The first `within` segments must already be there; deeper missing objects are created. `*`
 * stands for each element of a list that is there.
 */
function setIn(node: unknown, segs: readonly string[], i: number, within: number, value: Setting, at: string, changes: Change[]): unknown {
    if (isUnknown(node)) throw new Skip(`\`${at || "the resource"}\` is unknown until apply`);
    if (isSecret(node)) throw new Skip(`\`${at}\` is a secret`);
    if (i === segs.length) {
        if (node === value) return node;
        if (node !== undefined && node !== null && typeof node === "object") throw new Skip(`\`${at}\` is not a single setting`);
        changes.push({ path: at, value });
        return value;
    }
    const seg = segs[i];
    if (node === undefined || node === null) {
        if (i <= within || seg === "*") return node; // only inside something that is there
        node = {};
    }
    if (typeof node !== "object" || node === null) throw new Skip(`\`${at}\` has an unexpected shape`);
    if (seg === "*") {
        if (!Array.isArray(node)) throw new Skip(`\`${at}\` is not a list`);
        let out: unknown[] | undefined;
        node.forEach((_, k) => {
            const child = rawChild(node, k);
            const next = setIn(child, segs, i + 1, within, value, `${at}[${k}]`, changes);
            if (next !== child) (out ??= shallowCopy(node) as unknown[])[k] = next;
        });
        return out ?? node;
    }
    if (Array.isArray(node)) throw new Skip(`\`${at}\` is a list`);
    const child = rawChild(node, seg);
    const next = setIn(child, segs, i + 1, within, value, at ? `${at}.${seg}` : seg, changes);
    if (next === child) return node;
    const copy = shallowCopy(node) as Obj;
    copy[seg] = next;
    return copy;
}

/**
 * Sets each `path → value` in `props` (paths as the provider names them; `within` are the objects
 * the paths are relative to, which must already exist; `""` is the resource itself).
 */
export function applySettings(
    props: unknown,
    settings: readonly { path: string; value: Setting }[],
    within: readonly string[] = [""],
): Outcome {
    const unsafe = unsafeInputs(props);
    if (unsafe) return { skipped: unsafe };
    const changes: Change[] = [];
    let root: unknown = props;
    try {
        for (const w of within) {
            const base = splitPath(w.replace(/\[\*\]/g, ".*"));
            for (const s of settings) root = setIn(root, [...base, ...splitPath(s.path)], 0, base.length, s.value, "", changes);
        }
    } catch (e) {
        if (e instanceof Skip) return { skipped: e.message };
        throw e;
    }
    return { props: root as Obj, changes };
}

/**
 * Keys the Pulumi SDK cannot pass back unchanged: its serializer takes an object with
 * `__isSpecialProxy` or `__getSpecialProxyTarget` for one of its own proxies (the whole map is
 * replaced, or becomes `""` or `null`), and a `__proto__` key is lost on the way in (an object
 * value becomes the node's prototype). A remediation must return the input with only the declared
 * field changed, or make no change.
 */
const SDK_KEYS = new Set(["__isSpecialProxy", "__getSpecialProxyTarget", "__proto__"]);
const MAX_NODES = 200_000;

/** Why the inputs cannot be round-tripped through the SDK, or undefined. Iterative and bounded. */
export function unsafeInputs(props: unknown): string | undefined {
    if (lostProtoKey(props))
        return "the inputs held a `__proto__` key, which was dropped when the request was decoded (before the pack runs): a fix built from what arrived would delete it from the program";
    const stack: [unknown, number][] = [[props, 0]];
    let nodes = 0;
    while (stack.length > 0) {
        const [node, depth] = stack.pop()!;
        if (node === null || typeof node !== "object" || isSecret(node) || isUnknown(node)) continue;
        if (++nodes > MAX_NODES || depth > 64) return "the inputs are too large or deep to check that the fix changes nothing else";
        const proto = Array.isArray(node) ? Array.prototype : Object.getPrototypeOf(node);
        if (proto !== Array.prototype && proto !== Object.prototype && proto !== null) {
            // A class instance (an asset, an archive) has a prototype with its own `constructor`; a
            // plain object became this node's prototype through a `__proto__` key.
            if (!Object.prototype.hasOwnProperty.call(proto, "constructor"))
                return "the inputs hold a `__proto__` key, which the Pulumi SDK drops: the fix would change more than the declared field";
            continue;
        }
        for (const k of Object.keys(node)) {
            if (SDK_KEYS.has(k))
                return `the inputs hold a key named \`${k}\`, which the Pulumi SDK cannot pass back unchanged: the fix would change more than the declared field`;
            stack.push([rawChild(node, k), depth + 1]);
        }
    }
    return undefined;
}

/** A copy of an input tree with every secret replaced by its value: what a check sees in `Analyze`. */
export function revealSecrets(node: unknown, depth = 0): unknown {
    if (isSecret(node)) return revealSecrets(node.value, depth);
    if (node === null || typeof node !== "object" || depth > 64 || isUnknown(node)) return node;
    if (Object.getPrototypeOf(node) !== Object.prototype && !Array.isArray(node)) return node; // assets, archives
    const copy = shallowCopy(node);
    for (const k of Object.keys(copy)) (copy as Obj)[k] = revealSecrets((copy as Obj)[k], depth + 1);
    return copy;
}
