// Reads a `pulumi stack export` file (or a file-backend checkpoint) and turns every property value
// into what the engine sends a policy pack (Analyze/AnalyzeStack marshal with KeepUnknowns and
// KeepSecrets, without KeepResources or KeepOutputValues; top-level `__` keys skipped):
//
// - resource reference → its id; an unknown ("" or an unknown-shaped) id → the unknown sentinel;
//   no id (a component) → its URN;
// - output value → its value, or the unknown sentinel when it has none; a secret one stays secret;
// - secret → `{sig: secret, value}`: the plaintext of `--show-secrets` exports decoded, an
//   encrypted one (which only the engine can decrypt) as an unknown secret;
// - asset / archive → kept (the pack's SDK makes asset objects of them); a hash-only one, which the
//   SDK cannot represent, → the unknown asset/archive sentinel;
// - byte strings and NaN/Inf floats → the string and the number.
//
// Sources: pulumi/pulumi pkg/resource/stack/deployment.go (DeserializePropertyValue) and
// sdk/go/common/resource/plugin/rpc.go (MarshalPropertyValue), commit 1b5949891b3c;
// @pulumi/policy 1.21 deserialize.js for what the pack accepts.

import { ResourceInput, secret, UNKNOWN, UNKNOWN_SENTINELS } from "./analyzer";
import { parseUrn } from "./findings";
import { parseJson, readInputText, topLevelKeyLines } from "./input";
import { InputError, ScanTarget } from "./program";
import { signatures } from "./signatures";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** Deeper values become unknown: no real resource nests this far, and the pack's walkers recurse. */
export const MAX_VALUE_DEPTH = 200;

/** An own property even for `__proto__` (a plain assignment would set the prototype instead). */
function put(o: Record<string, unknown>, k: string, v: unknown): void {
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** Converts state-file values on their way to the pack, counting what it had to treat as unknown. */
class Converter {
    unrecognized = 0;
    tooDeep = 0;

    properties(map: unknown): Record<string, unknown> {
        if (!map || typeof map !== "object" || Array.isArray(map)) return {};
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(map)) if (!k.startsWith("__")) out[k] = this.value(v, 1);
        return out;
    }

    value(v: unknown, depth: number): unknown {
        if (v === null || typeof v !== "object") return v;
        if (depth > MAX_VALUE_DEPTH) {
            this.tooDeep++;
            return Array.isArray(v) ? UNKNOWN_SENTINELS.array : UNKNOWN_SENTINELS.object;
        }
        if (Array.isArray(v)) return v.map((e) => this.value(e, depth + 1));
        const o = v as Record<string, any>;
        if (signatures().key in o) return this.special(o, depth);
        const out: Record<string, unknown> = {};
        for (const [k, e] of Object.entries(o)) put(out, k, this.value(e, depth + 1));
        return out;
    }

    private special(o: Record<string, any>, depth: number): unknown {
        const SIG = signatures();
        switch (o[SIG.key]) {
            case SIG.secret:
                if (typeof o.plaintext === "string") {
                    let plain: unknown;
                    try {
                        plain = JSON.parse(o.plaintext);
                    } catch {
                        plain = o.plaintext;
                    }
                    return secret(this.value(plain, depth + 1));
                }
                if ("value" in o) return secret(this.value(o.value, depth + 1));
                return secret(UNKNOWN);
            case SIG.resource:
                return resourceReference(o);
            case SIG.outputValue: {
                const value = "value" in o ? this.value(o.value, depth + 1) : UNKNOWN;
                return o.secret === true ? secret(value) : value;
            }
            case SIG.asset:
                return ["text", "path", "uri"].some((k) => typeof o[k] === "string" && o[k] !== "") ? o : UNKNOWN_SENTINELS.asset;
            case SIG.archive:
                return this.archive(o, depth);
            case SIG.byteString:
                return typeof o.value === "string" ? Buffer.from(o.value, "base64").toString("utf8") : UNKNOWN;
            case SIG.float:
                return typeof o.value === "string" && /^[0-9a-f]{16}$/i.test(o.value)
                    ? Buffer.from(o.value, "hex").readDoubleBE(0)
                    : UNKNOWN_SENTINELS.number;
            default:
                this.unrecognized++;
                return UNKNOWN_SENTINELS.object;
        }
    }

    private archive(o: Record<string, any>, depth: number): unknown {
        if (o.assets && typeof o.assets === "object" && !Array.isArray(o.assets)) {
            const assets: Record<string, unknown> = {};
            for (const [k, a] of Object.entries(o.assets)) {
                const v = this.value(a, depth + 1);
                // The SDK rejects an archive holding anything but assets and archives.
                if (!v || typeof v !== "object") return UNKNOWN_SENTINELS.archive;
                put(assets, k, v);
            }
            return { ...o, assets };
        }
        return ["path", "uri"].some((k) => typeof o[k] === "string" && o[k] !== "") ? o : UNKNOWN_SENTINELS.archive;
    }
}

/** A resource reference as the engine marshals it without KeepResources (rpc.go). */
function resourceReference(o: Record<string, any>): unknown {
    let id = o.id;
    // An older CLI wrote the id as its property value: {V: "id"}, {V: null} (component), {V: {...}} (unknown).
    if (id && typeof id === "object") id = typeof id.V === "string" ? id.V : id.V === null || id.V === undefined ? undefined : "";
    if (typeof id === "string") return id === "" ? UNKNOWN : id;
    return typeof o.urn === "string" ? o.urn : UNKNOWN;
}

export interface StateScan {
    target: ScanTarget;
    stackResources: ResourceInput[];
    warnings: string[];
}

/** Reads a `pulumi stack export` file. `inputs` go to Analyze; `outputs` to AnalyzeStack. */
export function readState(file: string, maxBytes: number): StateScan {
    const text = readInputText(file, "state file", maxBytes);
    const doc: any = parseJson(text, "state file", file);
    if (!doc || typeof doc !== "object" || Array.isArray(doc))
        throw new InputError(`state file ${file} is not a pulumi stack export (expected an object with "version" and "deployment")`);
    if (doc.version !== 3)
        throw new InputError(
            // The line, never the value (a file passed by mistake may hold anything there).
            `state file ${file}: ${doc.version === undefined ? "no `version`" : `\`version\` (line ${topLevelKeyLines(text).get("version") ?? "?"}) is not 3`}; expected 3 (the format of pulumi stack export)`,
        );
    // A file backend's checkpoint (~/.pulumi/stacks/<project>/<stack>.json) holds the same deployment.
    const deployment = doc.deployment ?? doc.checkpoint?.latest;
    const list = deployment?.resources;
    if (list === undefined || list === null) throw new InputError(`state file ${file} has no resources: an empty stack, nothing to scan`);
    if (!Array.isArray(list)) throw new InputError(`state file ${file}: deployment.resources is not a list`);
    const byUrn = new Map<string, any>();
    list.forEach((r: any, i: number) => {
        if (!r || typeof r !== "object" || typeof r.urn !== "string" || typeof r.type !== "string") {
            throw new InputError(`state file ${file}: resource #${i + 1} has no urn or type`);
        }
        if (!parseUrn(r.urn)) throw new InputError(`state file ${file}: resource #${i + 1} has a malformed URN`);
        byUrn.set(r.urn, r);
    });
    const convert = new Converter();
    const resources: ResourceInput[] = [];
    const stackResources: ResourceInput[] = [];
    let project = "";
    let stack = "";
    const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === "string") : []);
    for (const r of list) {
        if (r.delete === true) continue;
        const u = parseUrn(r.urn)!;
        stack = u.stack;
        project = u.project;
        const propertyDependencies: Record<string, string[]> = {};
        if (r.propertyDependencies && typeof r.propertyDependencies === "object") {
            for (const [k, v] of Object.entries(r.propertyDependencies)) propertyDependencies[k] = strings(v);
        }
        const base = {
            type: r.type,
            name: u.name,
            urn: r.urn,
            parent: typeof r.parent === "string" ? r.parent : undefined,
            dependencies: strings(r.dependencies),
            propertyDependencies,
        };
        let provider: ResourceInput["provider"];
        if (typeof r.provider === "string" && r.provider.includes("::")) {
            const purn = r.provider.slice(0, r.provider.lastIndexOf("::"));
            const p = byUrn.get(purn);
            const pm = parseUrn(purn);
            if (p && pm) provider = { type: p.type, name: pm.name, urn: purn, properties: convert.properties(p.inputs) };
        }
        resources.push({ ...base, provider, properties: convert.properties(r.inputs) });
        stackResources.push({ ...base, provider, properties: convert.properties(r.outputs ?? r.inputs) });
    }
    if (resources.filter((r) => r.type !== "pulumi:pulumi:Stack" && !r.type.startsWith("pulumi:providers:")).length === 0) {
        throw new InputError(`state file ${file} has no resources: an empty stack, nothing to scan`);
    }
    const warnings: string[] = [];
    if (convert.unrecognized)
        warnings.push(`state file ${file}: ${convert.unrecognized} values with an unrecognised signature were treated as unknown`);
    if (convert.tooDeep)
        warnings.push(`state file ${file}: ${convert.tooDeep} values nested deeper than ${MAX_VALUE_DEPTH} levels were treated as unknown`);
    return { target: { project, stack, resources, sources: {} }, stackResources, warnings };
}
