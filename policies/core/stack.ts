// Joins between the resources of a stack, for stack policies.
//
// At preview, the IDs and ARNs of resources created in the same stack are unknown, so resources are
// joined through the engine's dependency data (URNs: `propertyDependencies`, `dependencies`,
// `parent`) and, where values are known, through known IDs, ARNs and names. Never by comparing
// unknown values (two unknowns are not equal). Every index is built once per stack policy run, in
// linear passes (the identity and dependents indexes on first use), so stack policies stay linear
// in the number of resources.

import type { StackResource } from "./policy";
import { isUnknown, rawChild } from "./values";

/** Outputs that identify a resource when known (its id, ARN and names). */
const IDENTITY_KEYS = ["id", "arn", "name", "bucket", "keyId", "roleName"];

export class StackIndex {
    private readonly urns = new Map<string, StackResource>();
    /** Resources by URN (the first of a duplicated URN). */
    readonly byUrn: ReadonlyMap<string, StackResource> = this.urns;
    private readonly byType = new Map<string, StackResource[]>();
    // Built on first use: many stack policies never need them.
    private dependentsOf?: Map<string, StackResource[]>;
    private byIdentity?: Map<string, StackResource[]>;

    constructor(readonly resources: readonly StackResource[]) {
        for (const r of resources) {
            if (!this.urns.has(r.urn)) this.urns.set(r.urn, r);
            push(this.byType, r.type, r);
        }
    }

    private identities(): Map<string, StackResource[]> {
        if (this.byIdentity) return this.byIdentity;
        const m = new Map<string, StackResource[]>();
        for (const r of this.resources) {
            const seen = new Set<string>(); // an IAM policy's id is its ARN: one entry per resource and value
            for (const k of IDENTITY_KEYS) {
                const v = r.get(k);
                if (v.state === "known" && typeof v.value === "string" && v.value.length > 0 && !seen.has(v.value)) {
                    seen.add(v.value);
                    push(m, v.value, r);
                }
            }
        }
        return (this.byIdentity = m);
    }

    private dependentsMap(): Map<string, StackResource[]> {
        if (this.dependentsOf) return this.dependentsOf;
        const m = new Map<string, StackResource[]>();
        for (const r of this.resources) {
            const seen = new Set<string>();
            const add = (urn: string | undefined) => {
                if (!urn || seen.has(urn) || urn === r.urn) return;
                seen.add(urn);
                push(m, urn, r);
            };
            r.dependencies.forEach(add);
            for (const urns of Object.values(r.propertyDependencies)) urns.forEach(add);
            add(r.parentUrn);
        }
        return (this.dependentsOf = m);
    }

    /** Resources of any of the given type tokens, in stack order. */
    ofType(...types: string[]): readonly StackResource[] {
        if (types.length === 1) return this.byType.get(types[0]) ?? [];
        return types.flatMap((t) => this.byType.get(t) ?? []);
    }

    /** Resources that depend on `urn` (through dependencies, property dependencies or as a child). */
    dependents(urn: string): readonly StackResource[] {
        return this.dependentsMap().get(urn) ?? [];
    }

    /** Resources whose known id, ARN or name equals `value`. */
    withIdentity(value: string): readonly StackResource[] {
        return this.identities().get(value) ?? [];
    }

    /**
     * The resources that input `prop` of `r` refers to: the URNs the engine recorded for that
     * property, plus resources whose known id/ARN/name appears as a known string value in it.
     * Unknown values never match anything.
     */
    referencedBy(r: StackResource, prop: string): StackResource[] {
        const out = new Set<StackResource>();
        for (const urn of r.propertyDependencies[prop] ?? []) {
            const target = this.byUrn.get(urn);
            if (target) out.add(target);
        }
        const v = r.get(prop);
        if (v.state === "known") {
            forEachString(v.value, (s) => {
                for (const target of this.withIdentity(s)) if (target !== r) out.add(target);
            });
        }
        return [...out];
    }

    /** All resources `r` refers to through any property or dependency. */
    references(r: StackResource): StackResource[] {
        const out = new Set<StackResource>();
        const add = (urn: string) => {
            const t = this.byUrn.get(urn);
            if (t && t !== r) out.add(t);
        };
        r.dependencies.forEach(add);
        for (const urns of Object.values(r.propertyDependencies)) urns.forEach(add);
        return [...out];
    }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
}

/** Calls `fn` on every known string in a raw value tree (bounded depth). */
export function forEachString(node: unknown, fn: (s: string) => void, depth = 0): void {
    if (depth > 32) return;
    if (typeof node === "string") {
        if (!isUnknown(node)) fn(node);
    } else if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) forEachString(rawChild(node, i), fn, depth + 1);
    } else if (node !== null && typeof node === "object") {
        for (const k of Object.keys(node)) forEachString(rawChild(node, k), fn, depth + 1);
    }
}

/**
 * A resource's logical name for a message that names the other side of a join (`ml-data`): the
 * name the program gave it, never an input value; backticks and control characters removed, cut
 * at 64 characters.
 */
export function nameOf(r: { name: string }): string {
    // eslint-disable-next-line no-control-regex
    const clean = r.name.replace(/[`\u0000-\u001f\u007f-\u009f]/g, "");
    return `\`${clean.length > 64 ? `${clean.slice(0, 63)}…` : clean}\``;
}
