// Runs one policy on one resource (or a stack) in-process, with props wrapped exactly as the SDK
// wraps them (`unknownCheckingProxy`) and config filled with schema defaults as the engine does.
// It mirrors the SDK server's handling of what a policy throws: an UnknownValueError would become
// an advisory "can't run" line (recorded in `cantRun`, which tests assert stays empty), a
// not-applicable throw is recorded, and any other exception escapes (the test fails).

import type {
    PolicyResource,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
} from "@pulumi/policy";
import { Secret, unknownCheckingProxy, UnknownValueError } from "@pulumi/policy";
import { secretsPreservingProxy } from "@pulumi/policy/secret";
import { isDeepStrictEqual } from "util";
import * as assert from "assert";
import { GuardPolicy, resourcePolicy, ResourcePolicyDef, toPulumiPolicy } from "../policies/core/policy";

export { UNKNOWN, UNKNOWN_SENTINELS } from "../cli/analyzer";

export interface RunResult {
    /** Violation messages (after the SDK's `description\n`). */
    violations: string[];
    /** URNs the violations were attributed to ("" for "this resource" / the stack). */
    urns: string[];
    notApplicable?: string;
    cantRun: string[];
    /** The level a violation carries when the pack sets it (the SDK's object form), else undefined: the policy's level. */
    levels: (string | undefined)[];
}

/** Records a violation as the SDK's makeReportViolationFun reads it: a message, or an object with its own level. */
function record(result: RunResult, p: GuardPolicy, message: unknown, urn?: string): void {
    if (typeof message === "object" && message !== null) {
        const v = message as { message?: string; urn?: string; enforcementLevel?: string };
        const text = v.message ?? "";
        assert.ok(text.startsWith(`${p.description}\n`), "an object-form violation carries the description first, as the SDK prints it");
        result.violations.push(text.slice(p.description.length + 1));
        result.urns.push(v.urn ?? "");
        result.levels.push(v.enforcementLevel);
        return;
    }
    result.violations.push(message as string);
    result.urns.push(urn ?? "");
    result.levels.push(undefined);
}

function defaults(p: GuardPolicy, config: Record<string, unknown> = {}): Record<string, unknown> {
    const schema = toPulumiPolicy(p).configSchema?.properties ?? {};
    const out: Record<string, unknown> = {};
    for (const [k, s] of Object.entries(schema)) if ("default" in s) out[k] = structuredClone(s.default);
    return { ...out, ...config };
}

class NotApplicable extends Error {
    constructor(readonly reason?: string) {
        super(reason);
    }
}

function settle(result: RunResult, err: unknown): void {
    if (err instanceof UnknownValueError) result.cantRun.push((err as Error).message);
    else if (err instanceof NotApplicable) result.notApplicable = err.reason ?? "not applicable";
    else throw err;
}

export interface ResourceCase {
    type: string;
    props: Record<string, unknown>;
    name?: string;
    urn?: string;
    config?: Record<string, unknown>;
    stackTags?: Record<string, string>;
}

/** `policy`: an already built policy, to share its state between a remediation and the Analyze after it. */
export function runResource(p: GuardPolicy, c: ResourceCase, policy = toPulumiPolicy(p) as ResourceValidationPolicy): RunResult {
    const result: RunResult = { violations: [], urns: [], cantRun: [], levels: [] };
    const name = c.name ?? "res";
    const props = structuredClone(c.props);
    const args = {
        type: c.type,
        props: unknownCheckingProxy(harness.wrapProps(props)),
        urn: c.urn ?? `urn:pulumi:dev::test::${c.type}::${name}`,
        name,
        opts: { protect: false, ignoreChanges: [], aliases: [], additionalSecretOutputs: [], customTimeouts: {} },
        stackTags: new Map(Object.entries(c.stackTags ?? {})),
        isType: () => false,
        asType: () => undefined,
        getConfig: () => defaults(p, c.config),
        notApplicable: (reason?: string): never => {
            throw new NotApplicable(reason);
        },
    } as unknown as ResourceValidationArgs;
    const fns = Array.isArray(policy.validateResource) ? policy.validateResource : [policy.validateResource!];
    for (const fn of fns) {
        const pulumiType = (fn as unknown as { __pulumiType?: string }).__pulumiType;
        if (pulumiType && pulumiType !== c.type) {
            result.notApplicable = `Policy only applies to resources of type '${pulumiType}'`;
            continue;
        }
        try {
            fn(args, (message, urn) => record(result, p, message, urn));
        } catch (err) {
            settle(result, err);
        }
    }
    assertUnchanged(p, props, c.props);
    return result;
}

export interface StackResourceCase {
    type: string;
    name: string;
    props: Record<string, unknown>;
    urn?: string;
    parent?: string;
    dependencies?: string[];
    propertyDependencies?: Record<string, string[]>;
    /**
     * What unknown inputs that no generic rule can fill (a document built from another resource's
     * ARN) become after apply, for the audit shape (test/audit-shape.ts); `ref` gives another
     * resource's computed id and ARN by name.
     */
    applied?: (ref: (name: string) => { id: string; arn: string }) => Record<string, unknown>;
}

export const urnFor = (type: string, name: string): string => `urn:pulumi:dev::test::${type}::${name}`;

export function runStack(
    p: GuardPolicy,
    resources: StackResourceCase[],
    config?: Record<string, unknown>,
    stackTags: Record<string, string> = {},
): RunResult {
    const policy = toPulumiPolicy(p) as StackValidationPolicy;
    const result: RunResult = { violations: [], urns: [], cantRun: [], levels: [] };
    // Build PolicyResources the way the SDK server does: URNs resolved to resource objects.
    const byUrn = new Map<string, PolicyResource>();
    const built: PolicyResource[] = resources.map((r) => {
        const pr = {
            type: r.type,
            name: r.name,
            urn: r.urn ?? urnFor(r.type, r.name),
            props: unknownCheckingProxy(harness.wrapProps(structuredClone(r.props))),
            opts: { protect: false, ignoreChanges: [], aliases: [], additionalSecretOutputs: [], customTimeouts: {} },
            dependencies: [],
            propertyDependencies: {},
            isType: () => false,
            asType: () => undefined,
        } as unknown as PolicyResource;
        byUrn.set(pr.urn, pr);
        return pr;
    });
    resources.forEach((r, i) => {
        const pr = built[i] as unknown as Record<string, unknown>;
        if (r.parent && byUrn.has(r.parent)) pr.parent = byUrn.get(r.parent);
        pr.dependencies = (r.dependencies ?? []).map((u) => byUrn.get(u)).filter((x) => x);
        const pd: Record<string, PolicyResource[]> = {};
        for (const [k, urns] of Object.entries(r.propertyDependencies ?? {})) {
            pd[k] = urns.map((u) => byUrn.get(u)).filter((x): x is PolicyResource => !!x);
        }
        pr.propertyDependencies = pd;
    });
    const args = {
        resources: built,
        stackTags: new Map(Object.entries(stackTags)),
        getConfig: () => defaults(p, config),
        notApplicable: (reason?: string): never => {
            throw new NotApplicable(reason);
        },
    } as unknown as StackValidationArgs;
    try {
        policy.validateStack(args, (message, urn) => record(result, p, message, urn));
    } catch (err) {
        settle(result, err);
    }
    resources.forEach((r, i) => assertUnchanged(p, built[i].props, r.props));
    return result;
}

export const harness = {
    /**
     * Off in the fuzz tier only: its inputs (200,000-character strings, 20,000-element lists) make the
     * deep comparison its main cost, and the unit and engine tiers check every policy on real cases.
     */
    checkInputsUnchanged: true,
    /** Wraps each resource's copied inputs before the SDK's proxy (the fuzz tier counts reads through it). */
    wrapProps: (props: Record<string, unknown>): Record<string, unknown> => props,
};

/**
 * Policies only read their inputs: the pack hands every policy of a request the same deserialized
 * objects (policies/core/shared-deserialization.ts), so a change made by one would reach the others.
 */
function assertUnchanged(p: GuardPolicy, after: unknown, before: unknown): void {
    if (!harness.checkInputsUnchanged) return;
    if (!isDeepStrictEqual(unwrapDeep(after), unwrapDeep(before))) throw new Error(`policy ${p.name} changed the resource's inputs`);
}

/** A plain copy of a props tree read through descriptors (past the SDK's proxy). */
function unwrapDeep(node: unknown): unknown {
    if (node === null || typeof node !== "object") return node;
    const out: Record<string, unknown> | unknown[] = Array.isArray(node) ? [] : {};
    for (const k of Object.keys(node)) (out as Record<string, unknown>)[k] = unwrapDeep(Object.getOwnPropertyDescriptor(node, k)?.value);
    return out;
}

/** A throwaway resource policy on `TEST_TYPE` for tests of the policy model itself. */
export const TEST_TYPE = "aws:test/x:X";
export function testPolicy(name: string, description: string, check: ResourcePolicyDef["check"]): GuardPolicy {
    return resourcePolicy({
        name,
        description,
        severity: "low",
        enforcementLevel: "mandatory",
        practice: "data",
        controls: {},
        fix: "nothing",
        remediationSteps: "nothing",
        resources: { [TEST_TYPE]: {} },
        check,
    });
}

/** A value that must never appear in any message (stands for a secret the SDK unwrapped). */
export const CANARY = "CANARY-s3cr3t-7f3a9c";

export interface RemediationResult {
    /** The inputs the remediation returned (secrets still wrapped in `Secret`), or undefined for no change. */
    props?: Record<string, unknown>;
    notApplicable?: string;
}

/** Copies an input tree, keeping `Secret` wrappers (structuredClone would turn them into plain objects). */
function cloneTree(node: unknown): unknown {
    if (node instanceof Secret) return new Secret(cloneTree(node.value));
    if (Array.isArray(node)) return node.map(cloneTree);
    if (node !== null && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, cloneTree(v)]));
    return node;
}

/**
 * Runs a policy's remediation on one resource as the SDK's Remediate does: secrets arrive wrapped in
 * `Secret` behind the secrets-preserving proxy, inside the unknown-checking proxy. Any exception
 * other than not-applicable escapes (the test fails): a remediation must never throw.
 */
export function runRemediation(p: GuardPolicy, c: ResourceCase, policy = toPulumiPolicy(p) as ResourceValidationPolicy): RemediationResult {
    if (!policy.remediateResource) throw new Error(`${p.name} has no remediation`);
    const name = c.name ?? "res";
    const args = {
        type: c.type,
        props: unknownCheckingProxy(secretsPreservingProxy(cloneTree(c.props))),
        urn: c.urn ?? `urn:pulumi:dev::test::${c.type}::${name}`,
        name,
        getConfig: () => defaults(p, c.config),
        notApplicable: (reason?: string): never => {
            throw new NotApplicable(reason);
        },
    } as unknown as ResourceValidationArgs;
    const pulumiType = (policy.remediateResource as unknown as { __pulumiType?: string }).__pulumiType;
    if (pulumiType && pulumiType !== c.type) return { notApplicable: `Policy only applies to resources of type '${pulumiType}'` };
    try {
        const out = policy.remediateResource(args);
        if (out instanceof Promise) throw new Error("remediations are synchronous");
        return { props: (out as Record<string, unknown> | undefined) ?? undefined };
    } catch (err) {
        if (err instanceof NotApplicable) return { notApplicable: err.reason ?? "not applicable" };
        throw err;
    }
}
