// What a scan looked at: every resource the program registered (or the state holds), with its type,
// and every input that was unknown at preview, by path. With it a user can tell "not judged because
// unknown" from "judged and passed". Values are never listed, only paths.

import { ResourceInput, UNKNOWN } from "./analyzer";
import { signatures } from "./signatures";

export interface InventoryEntry {
    type: string;
    name: string;
    urn: string;
    /** Paths of inputs unknown at preview (`vpcConfig.subnetIds[0]`), in input order. */
    unknownInputs: string[];
}

function key(base: string, k: string): string {
    const part = /^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k);
    return !base ? part : part.startsWith('"') ? `${base}[${part}]` : `${base}.${part}`;
}

/** Paths of unknown values under `node`; bounded so that a huge input cannot make the list huge. */
export function unknownPaths(node: unknown, base = "", out: string[] = [], depth = 0): string[] {
    if (out.length >= 200 || depth > 64) return out;
    if (node === UNKNOWN) {
        out.push(base || "(the whole input)");
        return out;
    }
    if (Array.isArray(node)) {
        node.forEach((x, i) => unknownPaths(x, `${base}[${i}]`, out, depth + 1));
        return out;
    }
    if (node === null || typeof node !== "object") return out;
    const o = node as Record<string, unknown>;
    const sig = signatures();
    // A secret's value sits under the signature object; an output value says whether it is known.
    if (o[sig.key] === sig.secret) return unknownPaths(o.value, base, out, depth + 1);
    if (o[sig.key] === sig.outputValue) {
        if (!("value" in o)) out.push(base || "(the whole input)");
        else unknownPaths(o.value, base, out, depth + 1);
        return out;
    }
    for (const [k, v] of Object.entries(o)) {
        if (k === sig.key) continue;
        unknownPaths(v, key(base, k), out, depth + 1);
    }
    return out;
}

export function inventoryOf(resources: ResourceInput[]): InventoryEntry[] {
    return resources.map((r) => ({
        type: r.type,
        name: r.name,
        urn: r.urn ?? "",
        unknownInputs: unknownPaths(r.properties),
    }));
}

/** The inventory as lines for --verbose: one per resource, with its unknown inputs. */
export function inventoryLines(entries: InventoryEntry[]): string[] {
    const lines = [`registered ${entries.length} resource${entries.length === 1 ? "" : "s"}:`];
    for (const e of entries) {
        lines.push(`  ${e.type}  ${e.name}`);
        if (e.unknownInputs.length) lines.push(`      unknown at preview: ${e.unknownInputs.join(", ")}`);
    }
    return lines;
}
