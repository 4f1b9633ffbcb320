// The policy model: every policy of the pack is defined with `resourcePolicy` or `stackPolicy` and
// turned into an @pulumi/policy policy by `toPulumiPolicy`, which adds what every policy needs and
// none should repeat: the violation format (problem, fix, controls, docs), exemptions, and the
// guarantee that a policy never throws (an unexpected error becomes a violation, fail closed).

import type {
    PolicyResource,
    ReportViolation,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
} from "@pulumi/policy";
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import { Exemption, exemptionProblem, exemptionSchema, findExemption, isExpired } from "./exemptions";
import { ControlMappings, FRAMEWORKS, FrameworkId, formatControls } from "./frameworks";
import { StackIndex } from "./stack";
import { list, read, unwrap, Value } from "./values";

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
}

/** `problem` says what is wrong with the current setting; `fix` overrides the policy's one-line fix. */
export type Report = (problem: string, fix?: string) => void;

export interface ResourcePolicyDef extends PolicyMeta {
    /** Type tokens the policy applies to, exactly as in the provider SDKs. */
    resources: Record<string, ResourceAdapter>;
    check(r: ResourceContext, report: Report): void;
}

export interface StackResource {
    type: string;
    name: string;
    urn: string;
    get(path: string, awsDefault?: unknown): Value;
    list(path: string): unknown[] | "unknown";
    raw(): unknown;
    parentUrn?: string;
    dependencies: readonly string[];
    propertyDependencies: Readonly<Record<string, readonly string[]>>;
}

export interface StackContext {
    resources: readonly StackResource[];
    /** Joins between the resources (built on first use, once per run). */
    readonly index: StackIndex;
    config: Record<string, unknown>;
}

/** `urn` attributes a stack-level finding to one resource; without it, to the stack. */
export type StackReport = (problem: string, urn?: string, fix?: string) => void;

export interface StackPolicyDef extends PolicyMeta {
    stackCheck(stack: StackContext, report: StackReport): void;
}

export type GuardPolicy = ({ kind: "resource" } & ResourcePolicyDef) | ({ kind: "stack" } & StackPolicyDef);

export function resourcePolicy(def: ResourcePolicyDef): GuardPolicy {
    return { kind: "resource", ...def };
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

function mapField(adapter: ResourceAdapter | undefined, field: string): string {
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

/**
 * The exemption that takes this resource out of the policy, if any. An expired or unusable one
 * (see `exemptionProblem`) is reported as a violation on the resource, which the policy then checks.
 */
function activeExemption(
    p: PolicyMeta,
    config: Record<string, unknown>,
    name: string,
    urn: string,
    report: (message: string) => void,
): Exemption | undefined {
    const ex = findExemption(config.exemptions, name, urn);
    if (!ex) return undefined;
    const problem = exemptionProblem(ex, urn);
    if (problem !== undefined) report(formatViolation(p, unusableProblem(problem), CORRECT_FIX));
    else if (isExpired(ex, today())) report(formatViolation(p, expiredProblem(ex.expires), RENEW_FIX));
    else return ex;
    return undefined;
}

/**
 * Applies the policy's exemptions to one resource. Returns true when the resource is exempt (and
 * reported as not applicable with the reason).
 */
function applyExemption(
    p: PolicyMeta,
    config: Record<string, unknown>,
    name: string,
    urn: string,
    report: (message: string) => void,
    notApplicable: (reason: string) => never,
): boolean {
    const ex = activeExemption(p, config, name, urn, report);
    if (!ex) return false;
    const until = ex.expires ? ` until ${ex.expires}` : "";
    const by = ex.approvedBy ? `, approved by ${ex.approvedBy}` : "";
    return notApplicable(`exempted${until}${by}: ${ex.reason}`);
}

function resourceValidation(def: ResourcePolicyDef) {
    const types = Object.keys(def.resources);
    const validate = (args: ResourceValidationArgs, reportViolation: ReportViolation): void => {
        const adapter = def.resources[args.type];
        // Another type: nothing to check. (Single-type policies never get here: the SDK skips them
        // and reports "not applicable". For multi-type ones a not-applicable throw per resource and
        // policy cost a third of the analysis time, so they simply pass.)
        if (adapter === undefined) return;
        const config = (args.getConfig() ?? {}) as Record<string, unknown>;
        if (applyExemption(def, config, args.name, args.urn, reportViolation, args.notApplicable)) return;
        const props = args.props;
        const ctx: ResourceContext = {
            type: args.type,
            name: args.name,
            urn: args.urn,
            get: (field, awsDefault) => read(props, mapField(adapter, field), awsDefault),
            list: (field) => list(props, mapField(adapter, field)),
            raw: () => unwrap(props),
            config,
        };
        try {
            def.check(ctx, (problem, fix) => reportViolation(formatViolation(def, problem, fix)));
        } catch (err) {
            reportViolation(formatViolation(def, couldNotEvaluate(err, unwrap(props))));
        }
    };
    // A single type lets the SDK skip other resource types without calling (or deserializing for) us.
    if (types.length === 1) (validate as unknown as { __pulumiType: string }).__pulumiType = types[0];
    return validate;
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

function stackValidation(def: StackPolicyDef) {
    return (args: StackValidationArgs, reportViolation: ReportViolation): void => {
        const config = (args.getConfig() ?? {}) as Record<string, unknown>;
        try {
            const resources = args.resources.map(toStackResource);
            // Exempt resources still take part in joins (an exempt endpoint still exists), but
            // findings about them are dropped; an expired exemption is reported once.
            const exempt = new Set<string>();
            if (Array.isArray(config.exemptions) && config.exemptions.length > 0) {
                for (const r of resources) {
                    if (activeExemption(def, config, r.name, r.urn, (m) => reportViolation(m, r.urn))) exempt.add(r.urn);
                }
            }
            let index: StackIndex | undefined;
            const ctx: StackContext = {
                resources,
                get index() {
                    return (index ??= new StackIndex(resources));
                },
                config,
            };
            def.stackCheck(ctx, (problem, urn, fix) => {
                if (urn && exempt.has(urn)) return;
                reportViolation(formatViolation(def, problem, fix), urn);
            });
        } catch (err) {
            reportViolation(formatViolation(def, couldNotEvaluate(err, undefined)));
        }
    };
}

function configSchema(p: PolicyMeta) {
    return { properties: { exemptions: exemptionSchema, ...(p.config ?? {}) } };
}

/** The @pulumi/policy form of a policy, with the SDK >= 1.18 metadata fields set. */
export function toPulumiPolicy(p: GuardPolicy): ResourceValidationPolicy | StackValidationPolicy {
    const hipaa = p.controls.hipaa;
    const common = {
        name: p.name,
        description: p.description,
        enforcementLevel: p.enforcementLevel,
        severity: p.severity,
        tags: tagsOf(p),
        remediationSteps: p.remediationSteps,
        url: docsUrl(p),
        configSchema: configSchema(p),
        ...(hipaa && hipaa.ids.length > 0
            ? {
                  framework: {
                      name: FRAMEWORKS.hipaa.name,
                      version: FRAMEWORKS.hipaa.version,
                      reference: FRAMEWORKS.hipaa.reference,
                      specification: hipaa.ids.join(", "),
                  },
              }
            : {}),
    };
    if (p.kind === "resource") return { ...common, validateResource: resourceValidation(p) };
    return { ...common, validateStack: stackValidation(p) };
}
