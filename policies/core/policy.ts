// The policy model: every policy of the pack is defined with `resourcePolicy` or `stackPolicy` and
// turned into an @pulumi/policy policy by `toPulumiPolicy`, which adds what every policy needs and
// none should repeat: the violation format (problem, fix, controls, docs), exemptions, and the
// guarantee that a policy never throws (an unexpected error becomes a violation, fail closed). A
// resource policy may also declare a safe auto-fix (`remediation`), applied at the `remediate` level.

import type {
    PolicyResource,
    ReportViolation,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
} from "@pulumi/policy";
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import { deriveDisplayName } from "./display-name";
import { exemptionProblem, exemptionSchema, findExemption, isExpired } from "./exemptions";
import { FrameworkChoice, levelFor, metadataFramework, raisedBy } from "./framework-choice";
import { ControlMappings, FRAMEWORKS, FrameworkId, formatControls } from "./frameworks";
import { collectGarbage } from "./memory";
import { declareTargets } from "./not-applicable-seam";
import { applySettings, revealSecrets, Setting } from "./remediate";
import { deserializedTarget } from "./shared-deserialization";
import { StackIndex } from "./stack";
import { scopedReport, stackScope, stackScopeSchema } from "./stack-scope";
import { EXEMPT_TAG, exemptTagValue, shownReason, tagExemptionSchema, tagOutcome } from "./tag-exemptions";
import { list, rawChild, read, unwrap, Value } from "./values";

export type Severity = "low" | "medium" | "high" | "critical";
export type Level = "advisory" | "mandatory";

/** The sections of the seed text (`reference/seed-sagemaker-security-practices.txt`). */
export const PRACTICES = {
    network: "Network & application protection",
    access: "Authentication and authorization",
    data: "Data protection",
    detection: "Threat detection & incident response",
    compliance: "Compliance certifications",
} as const;
export type Practice = keyof typeof PRACTICES;

export const DOCS_BASE_URL = "https://github.com/sagemaker-guard/sagemaker-guard/blob/main/docs/policies/";

export interface PolicyMeta {
    /** `<service>-<resource>-<what>`, kebab-case, stable forever. */
    name: string;
    /** One sentence. */
    description: string;
    /** The name Pulumi Cloud shows; derived from `name` when not set (`deriveDisplayName`). */
    displayName?: string;
    severity: Severity;
    enforcementLevel: Level;
    practice: Practice;
    /** Control ids per framework, each with its source. */
    controls: ControlMappings;
    /** Why the policy has no HIPAA mapping, when it has none. */
    noHipaaMapping?: string;
    /** One line: the property and the value to set. Printed after `Fix:` in every violation. */
    fix: string;
    /** Steps with code, shown in Pulumi Cloud and the docs. */
    remediationSteps: string;
    /** A before/after TypeScript snippet for the docs page (the resource declaration only). */
    example?: { before: string; after: string };
    /** Extra topic tags (the service and the practice are added). */
    tags?: string[];
    /** Config properties beyond `exemptions` (JSON Schema, with defaults). */
    config?: Record<string, PolicyConfigJSONSchema>;
}

/** Per provider type token: how the policy's field names map to that provider's input paths. */
export interface ResourceAdapter {
    fields?: Record<string, string>;
    /**
     * The objects a remediation sets its fields in, when not the resource itself: paths that must
     * already be set (`[*]`: each element of a list), e.g. a tuning job's training job definitions.
     */
    remediateIn?: string[];
}

/**
 * A safe auto-fix, applied when the policy's level is `remediate`: the fields (the policy's names,
 * mapped per provider like reads) and the constant each is set to. Only for a setting with one right
 * answer that needs no value only the user knows and cannot break a working deployment.
 */
export interface Remediation {
    set: Record<string, Setting>;
    /** Why setting it is safe: shown in the docs. */
    safe: string;
    /** Why this resource must not be changed automatically (e.g. a value unknown until apply decides whether the fix can work), else undefined. */
    unless?: (r: ResourceContext) => string | undefined;
}

export interface ResourceContext {
    type: string;
    name: string;
    urn: string;
    /** Reads a field (through the provider adapter) as known / unknown / absent. */
    get(field: string, awsDefault?: unknown): Value;
    /** The elements of a list field as raw nodes, or "unknown". */
    list(field: string): unknown[] | "unknown";
    /** The whole input tree, unproxied, for checks that walk it (text scans, IAM documents). */
    raw(): unknown;
    /** The policy's config (without enforcementLevel), schema defaults filled in by the engine. */
    config: Record<string, unknown>;
    /**
     * Ends the check with "not applicable: <reason>" for this resource: the policy does not judge it
     * (outside its scope), so Pulumi Cloud must not count it as passed. Ignored (the check just ends)
     * when a violation was already reported on the resource. Use `return r.notApplicable("...")`.
     */
    notApplicable(reason: string): never;
}

/** `problem` says what is wrong with the current setting; `fix` overrides the policy's one-line fix. */
export type Report = (problem: string, fix?: string) => void;

export interface ResourcePolicyDef extends PolicyMeta {
    /** Type tokens the policy applies to, exactly as in the provider SDKs. */
    resources: Record<string, ResourceAdapter>;
    check(r: ResourceContext, report: Report): void;
    remediation?: Remediation;
}

export interface StackResource {
    readonly type: string;
    readonly name: string;
    readonly urn: string;
    get(path: string, awsDefault?: unknown): Value;
    list(path: string): unknown[] | "unknown";
    raw(): unknown;
    readonly parentUrn?: string;
    dependencies: readonly string[];
    propertyDependencies: Readonly<Record<string, readonly string[]>>;
}

export interface StackContext {
    resources: readonly StackResource[];
    /** Joins between the resources (built on first use, once per run). */
    readonly index: StackIndex;
    config: Record<string, unknown>;
    /** The stack's tags, when the engine sends them (for policies that scope by `phiStackTag`, core/stack-scope). */
    stackTags?: ReadonlyMap<string, string>;
    /**
     * Ends the check with "not applicable: <reason>" for the whole stack: nothing in it is in the
     * policy's scope (no ML VPC, no bucket, ...). The engine records stack policies per stack, not per
     * resource (see docs/organisations.md), so this is the only not-applicable a stack policy can give.
     * Ignored (the check just ends) when a violation was already reported. Use `return stack.notApplicable("...")`.
     */
    notApplicable(reason: string): never;
}

/** `urn` attributes a stack-level finding to one resource; without it, to the stack. */
export type StackReport = (problem: string, urn?: string, fix?: string) => void;

export interface StackPolicyDef extends PolicyMeta {
    /**
     * The ML-service types (core/ml-types) whose configuration this stack policy judges: with the
     * resource policies' types, what stack-ml-types-not-reviewed counts as reviewed.
     */
    judges?: readonly string[];
    /**
     * The resource policy that reports this policy's single-resource facts (one finding per fact,
     * docs/authoring-policies.md): it also runs in an account audit, which runs no stack policy.
     */
    resourceHalf?: string;
    stackCheck(stack: StackContext, report: StackReport): void;
}

export type GuardPolicy = ({ kind: "resource" } & ResourcePolicyDef) | ({ kind: "stack" } & StackPolicyDef);

export function resourcePolicy(def: ResourcePolicyDef): GuardPolicy {
    return { kind: "resource", ...def };
}

/**
 * What a single-resource half (a resource policy that judges the facts one resource decides for a
 * stack policy, so that account audits judge them too) takes from its stack policy: level, severity,
 * practice, controls, fix, remediation, example and config, and its tags plus `account-audit`.
 */
export function sharedWithStackPolicy(stack: GuardPolicy): Omit<PolicyMeta, "name" | "description" | "displayName"> & { tags: string[] } {
    return {
        severity: stack.severity,
        enforcementLevel: stack.enforcementLevel,
        practice: stack.practice,
        controls: stack.controls,
        noHipaaMapping: stack.noHipaaMapping,
        fix: stack.fix,
        remediationSteps: stack.remediationSteps,
        example: stack.example,
        config: stack.config,
        tags: [...(stack.tags ?? []), "account-audit"],
    };
}

export function stackPolicy(def: StackPolicyDef): GuardPolicy {
    return { kind: "stack", ...def };
}

export function docsUrl(p: PolicyMeta): string {
    return `${DOCS_BASE_URL}${p.name}.md`;
}

/** The service a policy belongs to: the first segment of its name. */
export function serviceOf(p: PolicyMeta): string {
    return p.name.split("-")[0];
}

export function tagsOf(p: PolicyMeta): string[] {
    const frameworks = (Object.keys(p.controls) as FrameworkId[]).filter((f) => p.controls[f]?.ids.length);
    return [...new Set([serviceOf(p), p.practice, ...(p.tags ?? []), ...frameworks])];
}

/** The full violation text after the SDK's `description\n`: problem, fix, controls, docs. */
export function formatViolation(p: PolicyMeta, problem: string, fix?: string): string {
    const controls = formatControls(p.controls);
    return [problem, `Fix: ${fix ?? p.fix}`, ...(controls ? [`Controls: ${controls}`] : []), `Docs: ${docsUrl(p)}`].join("\n");
}

export function mapField(adapter: ResourceAdapter | undefined, field: string): string {
    const fields = adapter?.fields;
    if (!fields) return field;
    if (field in fields) return fields[field];
    const dot = field.indexOf(".");
    if (dot > 0) {
        const head = field.slice(0, dot);
        if (head in fields) return fields[head] + field.slice(dot);
    }
    return field;
}

/** The input paths a policy's remediation sets on a resource type (`[*]`: each element of a list). */
export function remediationPaths(def: ResourcePolicyDef, type: string): string[] {
    const adapter = def.resources[type];
    if (!def.remediation || !adapter) return [];
    const fields = Object.keys(def.remediation.set).map((f) => mapField(adapter, f));
    return (adapter.remediateIn ?? [""]).flatMap((w) => fields.map((f) => (w ? `${w}.${f}` : f)));
}

/**
 * Text for a policy that could not evaluate a resource. The error's message is included with every
 * string of the resource's inputs cut out, so that no input value (which may be a secret the SDK
 * unwrapped) can reach the output through an error message.
 */
export function couldNotEvaluate(err: unknown, inputs: unknown): string {
    const e = err instanceof Error ? err : new Error(String(err));
    let msg = (e.message || "").split("\n")[0].slice(0, 300);
    for (const s of stringsIn(inputs)) {
        if (s.length >= 3 && msg.includes(s)) msg = msg.split(s).join("[redacted]");
    }
    msg = msg.replace(/"[^"]*"|'[^']*'/g, '"[redacted]"');
    return `This policy could not evaluate the resource, so it is reported as failing (fail closed): ${e.name}: ${msg}. Please report this to the sagemaker-guard maintainers.`;
}

function stringsIn(node: unknown, out: string[] = [], depth = 0): string[] {
    if (depth > 64 || out.length > 10_000) return out;
    if (typeof node === "string") out.push(node);
    else if (node !== null && typeof node === "object") {
        for (const k of Object.keys(node)) {
            out.push(k);
            stringsIn(Object.getOwnPropertyDescriptor(node, k)?.value, out, depth + 1);
        }
    }
    return out.sort((a, b) => b.length - a.length);
}

const today = (): string => new Date().toISOString().slice(0, 10);
const expiredProblem = (date?: string) => `The exemption for this resource expired on ${date}; the policy applies again.`;
const RENEW_FIX = 'renew the exemption (a new "expires" date) in the policy config, or fix the resource';
const unusableProblem = (problem: string) =>
    `The exemption for this resource in the policy config is not used: ${problem}. The policy applies.`;
const CORRECT_FIX =
    "correct the exemption in the policy config (a non-blank reason, a real expiry date, an approver for one that covers every resource)";

const tagRefusedProblem = (problem: string) =>
    `The resource's \`${EXEMPT_TAG}\` tag is not used for this policy: ${problem}. The policy applies.`;
const TAG_FIX = `correct or remove the \`${EXEMPT_TAG}\` tag (policies=<names> expires=YYYY-MM-DD approver=<who> reason=<why>; docs/organisations.md), or fix the resource`;
const tagExpiredProblem = (date: string) =>
    `The exemption in this resource's \`${EXEMPT_TAG}\` tag expired on ${date}; the policy applies again.`;
const RENEW_TAG_FIX = `renew the \`${EXEMPT_TAG}\` tag's expires= date (with its approver), or fix the resource`;

/**
 * The exemption that takes this resource out of the policy, if any: one in the policy's config, else
 * one declared in the resource's `sagemaker-guard:exempt` tag (`tags`: the resource's raw `tags`
 * input). An expired, unusable or refused one (see `exemptionProblem`, `tagOutcome`) is reported as a
 * violation on the resource, which the policy then checks. Returns the not-applicable reason.
 */
function activeExemption(
    p: PolicyMeta,
    config: Record<string, unknown>,
    name: string,
    urn: string,
    tags: unknown,
    report: (message: string) => void,
): string | undefined {
    const ex = findExemption(config.exemptions, name, urn);
    if (ex) {
        const problem = exemptionProblem(ex, urn);
        if (problem !== undefined) report(formatViolation(p, unusableProblem(problem), CORRECT_FIX));
        else if (isExpired(ex, today())) report(formatViolation(p, expiredProblem(ex.expires), RENEW_FIX));
        else return exemptReason(ex);
        return undefined;
    }
    const t = tagOutcome(p.name, tags, config, today);
    if (t.kind === "exempt") {
        const e = t.exemption; // hostile input: cut for display (the charset was checked by the parser)
        return `${exemptReason({ expires: e.expires, approvedBy: shownReason(e.approvedBy), reason: shownReason(e.reason) })} (${EXEMPT_TAG} tag)`;
    }
    if (t.kind === "refused") report(formatViolation(p, tagRefusedProblem(t.problem), TAG_FIX));
    else if (t.kind === "expired") report(formatViolation(p, tagExpiredProblem(t.expires), RENEW_TAG_FIX));
    return undefined;
}

function exemptReason(ex: { expires?: string; approvedBy?: string; reason: string }): string {
    const until = ex.expires ? ` until ${ex.expires}` : "";
    const by = ex.approvedBy ? `, approved by ${ex.approvedBy}` : "";
    return `exempted${until}${by}: ${ex.reason}`;
}

/**
 * Applies the policy's exemptions to one resource. Returns true when the resource is exempt (and
 * reported as not applicable with the reason).
 */
function applyExemption(
    p: PolicyMeta,
    config: Record<string, unknown>,
    args: ResourceValidationArgs,
    report: (message: string) => void,
): boolean {
    const reason = activeExemption(p, config, args.name, args.urn, rawChild(args.props, "tags"), report);
    return reason !== undefined && args.notApplicable(reason);
}

// Not applicable, cheaply. The SDK (1.21, server.js) records "not applicable" only when a policy
// throws its own NotApplicableError (a class it does not export; `args.notApplicable(reason)` makes
// one) and reads nothing but `e.reason`. A fresh error per (policy, resource) pair captures a stack
// trace each time (the SDK's Analyze handler: about 4x the CPU of returning nothing). So each policy
// gets one instance per reason from `args.notApplicable` the first time and throws that same instance
// again: no new error, no stack trace (+58% instead; bench/NOTES.md has the figures).

/** What a check throws to say "not applicable" (one shared object; the wrapper turns it into the SDK's error). */
const OUT_OF_SCOPE = { reason: "" };
function outOfScope(reason: string): never {
    OUT_OF_SCOPE.reason = reason;
    throw OUT_OF_SCOPE;
}

/** Per policy: the SDK's not-applicable errors made so far, one per reason. */
interface NotApplicableCache {
    /** The `args.notApplicable` they came from (the SDK's is one function; a test harness may make its own). */
    from?: unknown;
    errors: Map<string, unknown>;
}

/** Throws the SDK's not-applicable error for `reason`, made once per policy and reason. */
function throwNotApplicable(cache: NotApplicableCache, notApplicable: (reason?: string) => never, reason: string): never {
    if (cache.from !== notApplicable) {
        cache.from = notApplicable;
        cache.errors.clear();
    }
    let error = cache.errors.get(reason);
    if (error === undefined) {
        try {
            notApplicable(reason);
        } catch (e) {
            error = e;
        }
        if (cache.errors.size >= 256) cache.errors.clear(); // reasons are a few per policy; never grow without bound
        cache.errors.set(reason, error);
    }
    throw error;
}

/** The reason given for a resource of a type the policy does not target (one text per policy). */
function otherTypeReason(types: readonly string[]): string {
    return types.length <= 3
        ? `Policy only applies to resources of type ${types.map((t) => `'${t}'`).join(", ")}`
        : `Policy only applies to the ${types.length} resource types listed on its docs page`;
}

function resourceContext(
    args: ResourceValidationArgs,
    adapter: ResourceAdapter,
    props: unknown,
    config: Record<string, unknown>,
): ResourceContext {
    return {
        type: args.type,
        name: args.name,
        urn: args.urn,
        get: (field, awsDefault) => read(props, mapField(adapter, field), awsDefault),
        list: (field) => list(props, mapField(adapter, field)),
        raw: () => unwrap(props),
        config,
        notApplicable: outOfScope,
    };
}

/** Why the last remediation of a resource left it unchanged, per URN, for the `Analyze` that follows it. */
type NotFixed = Map<string, string>;

function resourceValidation(def: ResourcePolicyDef, notFixed: NotFixed, cache: NotApplicableCache, strict: boolean) {
    const types = Object.keys(def.resources);
    const otherType = otherTypeReason(types);
    const validate = (args: ResourceValidationArgs, reportViolation: ReportViolation): void => {
        const adapter = def.resources[args.type];
        // Another type: not applicable. (Single-type policies never get here: the SDK skips them and
        // reports "not applicable" itself.)
        if (adapter === undefined) return throwNotApplicable(cache, args.notApplicable, otherType);
        const why = notFixed.get(args.urn);
        if (why !== undefined) notFixed.delete(args.urn);
        const config = (args.getConfig() ?? {}) as Record<string, unknown>;
        reportViolation = scopedReport(def, strict, config, args.stackTags, reportViolation);
        let reported = 0;
        const report = (message: string) => {
            reported++;
            reportViolation(message);
        };
        if (applyExemption(def, config, args, report)) return;
        const props = args.props;
        const note = why === undefined ? "" : ` Not fixed automatically: ${why}.`;
        try {
            def.check(resourceContext(args, adapter, props, config), (problem, fix) => report(formatViolation(def, problem + note, fix)));
        } catch (err) {
            if (err === OUT_OF_SCOPE) {
                if (reported === 0) throwNotApplicable(cache, args.notApplicable, OUT_OF_SCOPE.reason);
                return;
            }
            report(formatViolation(def, couldNotEvaluate(err, unwrap(props))));
        }
    };
    // A single type lets the SDK skip other resource types without calling (or deserializing for) us;
    // for several, the not-applicable seam does the same (not-applicable-seam.ts).
    if (types.length === 1) (validate as unknown as { __pulumiType: string }).__pulumiType = types[0];
    else declareTargets(validate, types, otherType);
    return validate;
}

/**
 * The `remediateResource` of a policy with a remediation. It changes the inputs only when the check
 * reports a violation on them and reports fewer after the change; an exempt resource is left alone.
 * It never throws: anything that stops it means no change, and the reason is added to the violation
 * that the `Analyze` after it reports.
 */
function resourceRemediation(
    def: ResourcePolicyDef,
    remediation: Remediation,
    notFixed: NotFixed,
    cache: NotApplicableCache,
    strict: boolean,
) {
    const types = Object.keys(def.resources);
    const otherType = otherTypeReason(types);
    const remediate = (args: ResourceValidationArgs): Record<string, unknown> | undefined => {
        const adapter = def.resources[args.type];
        if (adapter === undefined) return throwNotApplicable(cache, args.notApplicable, otherType);
        let exempt: string | undefined;
        try {
            const config = (args.getConfig() ?? {}) as Record<string, unknown>;
            const ex = findExemption(config.exemptions, args.name, args.urn);
            const tag = ex ? undefined : tagOutcome(def.name, rawChild(args.props, "tags"), config, today);
            if (strict && stackScope(config, args.stackTags)?.inScope === false) return undefined; // baseline level: no auto-fix
            // An exemption that Analyze reports as not used (expired, no approver on a blanket pattern, an impossible date) does not block the fix either.
            if (ex && !isExpired(ex, today()) && exemptionProblem(ex, args.urn) === undefined) exempt = `exempted: ${ex.reason}`;
            else if (tag?.kind === "exempt") exempt = `exempted (${EXEMPT_TAG} tag): ${shownReason(tag.exemption.reason)}`;
            else {
                const violations = (props: unknown): number => {
                    let n = 0;
                    def.check(resourceContext(args, adapter, revealSecrets(props), config), () => n++);
                    return n;
                };
                const before = violations(args.props);
                if (before === 0) return undefined;
                const unless = remediation.unless?.(resourceContext(args, adapter, revealSecrets(args.props), config));
                if (unless) return noteNotFixed(notFixed, args.urn, unless);
                const settings = Object.entries(remediation.set).map(([field, value]) => ({ path: mapField(adapter, field), value }));
                const outcome = applySettings(args.props, settings, adapter.remediateIn);
                if ("skipped" in outcome) return noteNotFixed(notFixed, args.urn, outcome.skipped);
                if (outcome.changes.length === 0) return undefined;
                if (violations(outcome.props) >= before)
                    return noteNotFixed(notFixed, args.urn, "the change would not clear the violation");
                return outcome.props;
            }
        } catch (err) {
            if (err === OUT_OF_SCOPE) return throwNotApplicable(cache, args.notApplicable, OUT_OF_SCOPE.reason);
            const name = err instanceof Error ? err.name : typeof err;
            return noteNotFixed(
                notFixed,
                args.urn,
                `the remediation failed with ${name}; please report this to the sagemaker-guard maintainers`,
            );
        }
        return exempt === undefined ? undefined : args.notApplicable(exempt);
    };
    if (types.length === 1) (remediate as unknown as { __pulumiType: string }).__pulumiType = types[0];
    return remediate;
}

function noteNotFixed(notFixed: NotFixed, urn: string, why: string): undefined {
    if (notFixed.size >= 10_000) notFixed.clear(); // entries are consumed by the next Analyze; never grow without bound
    notFixed.set(urn, why);
    return undefined;
}

function toStackResource(r: PolicyResource): StackResource {
    const props = r.props;
    const propertyDependencies: Record<string, string[]> = {};
    for (const [k, deps] of Object.entries(r.propertyDependencies ?? {})) {
        propertyDependencies[k] = (deps ?? []).map((d) => d.urn);
    }
    return {
        type: r.type,
        name: r.name,
        urn: r.urn,
        get: (path, awsDefault) => read(props, path, awsDefault),
        list: (path) => list(props, path),
        raw: () => unwrap(props),
        parentUrn: r.parent?.urn,
        dependencies: (r.dependencies ?? []).map((d) => d.urn),
        propertyDependencies,
    };
}

// The stack policies of one AnalyzeStack request see the same deserialized resources (see
// shared-deserialization.ts), so they also share one StackResource per resource and one index per
// request instead of building them once per policy. Keys are weak: all of it goes with the request.
const stackResources = new WeakMap<object, StackResource>();
interface StackView {
    resources: readonly StackResource[];
    index?: StackIndex;
    /** Stack policies that have run on this view. */
    runs: number;
    /** The resources carrying a `sagemaker-guard:exempt` tag, and their `tags` input. */
    exemptTagged?: Map<string, Value>;
}

function hasExemptTag(r: StackResource): boolean {
    const tags = r.get("tags");
    return tags.state === "known" && exemptTagValue(tags.value) !== undefined;
}
const stackViews = new WeakMap<StackResource, StackView>();

const LARGE_STACK = 2_000;
const COLLECT_EVERY = 5;

function sharedStackResource(r: PolicyResource): StackResource {
    const key = deserializedTarget(r.props);
    let shared = key && stackResources.get(key);
    if (!shared || shared.urn !== r.urn) {
        shared = toStackResource(r);
        if (key) stackResources.set(key, shared);
    }
    return shared;
}

/** The request's resources and their index: reused when another stack policy got the same resources. */
function sharedStackView(resources: StackResource[]): StackView {
    const first = resources[0];
    const seen = first && stackViews.get(first);
    if (seen && seen.resources.length === resources.length && seen.resources.every((r, i) => r === resources[i])) return seen;
    const view = { resources, runs: 0 };
    if (first) stackViews.set(first, view);
    return view;
}

function stackValidation(def: StackPolicyDef, strict: boolean) {
    return (args: StackValidationArgs, reportViolation: ReportViolation): void => {
        const config = (args.getConfig() ?? {}) as Record<string, unknown>;
        reportViolation = scopedReport(def, strict, config, args.stackTags, reportViolation);
        let reported = 0;
        let outside: string | undefined;
        try {
            const view = sharedStackView(args.resources.map(sharedStackResource));
            const resources = view.resources;
            // Exempt resources still take part in joins (an exempt endpoint still exists), but
            // findings about them are dropped; an expired exemption is reported once.
            const exempt = new Set<string>();
            const byConfig = Array.isArray(config.exemptions) && config.exemptions.length > 0;
            // The resources with an exempt tag are found once per request, not once per stack policy.
            const tagged = (view.exemptTagged ??= new Map(resources.filter(hasExemptTag).map((r) => [r.urn, r.get("tags")])));
            for (const r of byConfig ? resources : resources.filter((x) => tagged.has(x.urn))) {
                const tags = tagged.get(r.urn);
                const tagNode = tags?.state === "known" ? tags.value : undefined;
                const report = (m: string) => {
                    reported++;
                    reportViolation(m, r.urn);
                };
                if (activeExemption(def, config, r.name, r.urn, tagNode, report) !== undefined) exempt.add(r.urn);
            }
            const ctx: StackContext = {
                resources,
                get index() {
                    return (view.index ??= new StackIndex(resources));
                },
                config,
                stackTags: args.stackTags,
                notApplicable: outOfScope,
            };
            try {
                def.stackCheck(ctx, (problem, urn, fix) => {
                    if (urn && exempt.has(urn)) return;
                    reported++;
                    reportViolation(formatViolation(def, problem, fix), urn);
                });
            } catch (err) {
                if (err !== OUT_OF_SCOPE) throw err;
                outside = OUT_OF_SCOPE.reason;
            }
            // The SDK's pass for each stack policy leaves garbage that V8 collects late: on a large
            // stack, collect after every few policies (10,000 resources: peak memory 695 -> 376 MB, bench/RESULTS.md).
            if (resources.length >= LARGE_STACK && ++view.runs % COLLECT_EVERY === 0) collectGarbage();
        } catch (err) {
            reportViolation(formatViolation(def, couldNotEvaluate(err, undefined)));
            return;
        }
        // Nothing in the stack is in the policy's scope: not applicable (once per stack and policy).
        if (outside !== undefined && reported === 0) args.notApplicable(outside);
    };
}

function configSchema(p: PolicyMeta) {
    return { properties: { exemptions: exemptionSchema, ...tagExemptionSchema, ...stackScopeSchema, ...(p.config ?? {}) } };
}

export function displayNameOf(p: PolicyMeta): string {
    return p.displayName ?? deriveDisplayName(p.name);
}

/**
 * The @pulumi/policy form of a policy, with the SDK >= 1.18 metadata fields set. `choice`: the
 * organisation's framework (framework-choice.ts); it sets the `framework` metadata (name, version,
 * the policy's control ids) and the default level (as that framework's profile gives it). Without
 * one: HIPAA metadata, the policy's own default level.
 */
export function toPulumiPolicy(
    p: GuardPolicy,
    choice: FrameworkChoice = { from: "default" },
): ResourceValidationPolicy | StackValidationPolicy {
    const fw = metadataFramework(choice);
    const mapping = p.controls[fw];
    // The policies `phiStackTag` scopes: those the framework's profile makes stricter than their default.
    const strict = raisedBy(p, fw);
    const common = {
        name: p.name,
        displayName: displayNameOf(p),
        description: p.description,
        enforcementLevel: levelFor(p, choice.id),
        severity: p.severity,
        tags: tagsOf(p),
        remediationSteps: p.remediationSteps,
        url: docsUrl(p),
        configSchema: configSchema(p),
        ...(mapping && mapping.ids.length > 0
            ? {
                  framework: {
                      name: FRAMEWORKS[fw].name,
                      version: FRAMEWORKS[fw].version,
                      reference: FRAMEWORKS[fw].reference,
                      specification: mapping.ids.join(", "),
                  },
              }
            : {}),
    };
    if (p.kind === "resource") {
        const notFixed: NotFixed = new Map();
        const cache: NotApplicableCache = { errors: new Map() };
        return {
            ...common,
            validateResource: resourceValidation(p, notFixed, cache, strict),
            ...(p.remediation ? { remediateResource: resourceRemediation(p, p.remediation, notFixed, cache, strict) } : {}),
        };
    }
    return { ...common, validateStack: stackValidation(p, strict) };
}
