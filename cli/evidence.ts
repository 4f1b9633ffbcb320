// `sagemaker-guard evidence`: per-control compliance evidence for one framework.
//
// Every (policy, resource) pair the pack looked at ends in one answer: passed, violated (at a level),
// not applicable (why), exempted (reason, expiry, approver) or could not be judged (a value it reads
// is unknown at preview). The analyzer protocol returns only violations and not-applicable answers;
// passes are derived the way the Pulumi engine derives them for its policy summary events
// (pkg/resource/analyzer/summary.go): every policy of the pack that ran minus the disabled, the
// not-applicable and the failed ones. See DERIVATION below, which the report prints.

import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import type { GuardPolicy, ResourcePolicyDef } from "../policies/core/policy";
import { CONTROLS, findControl } from "../policies/core/controls";
import { FRAMEWORKS, FrameworkId } from "../policies/core/frameworks";
import { EffectiveConfig, EnforcementLevel, PACK_DIR, PolicyPackConfigFile } from "./analyzer";
import { Finding, Level, parseUrn, Report } from "./findings";
import { DEFAULT_MAX_INPUT_MIB, readInputText } from "./input";
import { InputError } from "./program";
import type { ScanReport } from "./scan";
import { signatures } from "./signatures";

export type Outcome = "passed" | "violated" | "not-applicable" | "exempted" | "not-judged";
export const OUTCOMES: readonly Outcome[] = ["violated", "not-judged", "exempted", "not-applicable", "passed"];
export const OUTCOME_LABEL: Record<Outcome, string> = {
    passed: "passed",
    violated: "violated",
    "not-applicable": "not applicable",
    exempted: "exempted",
    "not-judged": "could not be judged",
};

/** One policy's answer on one resource. */
export interface Judgement {
    policy: string;
    urn: string;
    resourceType: string;
    resourceName: string;
    outcome: Outcome;
    /** violated: the level it was reported at. */
    level?: Level;
    /** violated: the problems; not applicable / could not be judged: why. */
    detail?: string;
    exemption?: { reason: string; expires?: string; approvedBy?: string };
}

export interface Judged {
    judgements: Judgement[];
    /** Effective level per policy of the catalog (`unknown` when the input does not say). */
    levels: Record<string, EnforcementLevel | "unknown">;
    /** How the answers were derived from this kind of input: printed in the report. */
    derivation: string[];
}

export const DERIVATION_COMMON = [
    "Violations and not-applicable answers are the pack's own, as the analyzer protocol returns them (Analyze per resource, AnalyzeStack for the stack).",
    "Passes are derived as the Pulumi engine derives them for its policy summary events (pkg/resource/analyzer/summary.go): every policy of the pack that ran on the resource, minus the disabled, the not-applicable and the violated ones.",
    "A policy is listed against a resource only when the resource's type is one the policy checks (its type tokens in the catalog); the engine also counts a multi-type policy as passed on resources of other types, which is not evidence and is left out here.",
    "Exempted: the pack answered not applicable because of an exemption in the policy's config (reason, expiry and approver from that config).",
];

const isResource = (p: GuardPolicy): p is { kind: "resource" } & ResourcePolicyDef => p.kind === "resource";

function catalogPolicies(): readonly GuardPolicy[] {
    return (require("../policies/catalog") as typeof import("../policies/catalog")).catalog;
}

function exemptionOf(config: Record<string, unknown> | undefined, name: string, urn: string, reason: string): Judgement["exemption"] {
    const { findExemption } = require("../policies/core/exemptions") as typeof import("../policies/core/exemptions");
    const ex = findExemption(config?.exemptions, name, urn);
    if (ex)
        return {
            reason: ex.reason,
            ...(ex.expires ? { expires: ex.expires } : {}),
            ...(ex.approvedBy ? { approvedBy: ex.approvedBy } : {}),
        };
    return { reason: reason.replace(/^exempted[^:]*:\s*/, "") };
}

/** The SDK's advisory for a policy that read an unknown value through its proxy. */
const SDK_UNKNOWN = /^can't run .* during preview: /;

function violationsOf(findings: Finding[], policy: string, urn: string): Finding[] {
    return findings.filter((f) => f.policy === policy && f.urn === urn);
}

function violated(base: Omit<Judgement, "outcome">, fs: Finding[]): Judgement {
    if (fs.every((f) => SDK_UNKNOWN.test(f.problem)))
        return {
            ...base,
            outcome: "not-judged",
            detail: "a value it reads is unknown at preview (the SDK's can't-run-during-preview answer)",
        };
    const real = fs.filter((f) => !SDK_UNKNOWN.test(f.problem));
    return {
        ...base,
        outcome: "violated",
        level: real.some((f) => f.level === "mandatory") ? "mandatory" : "advisory",
        detail: real.map((f) => f.problem).join(" | "),
    };
}

/** A stack policy's violations, one judgement per resource it reported them on. */
function stackPolicyViolations(findings: Finding[], policy: string): Judgement[] {
    const found = findings.filter((f) => f.policy === policy);
    return [...new Set(found.map((f) => f.urn))].sort().map((urn) => {
        const f = found.find((x) => x.urn === urn)!;
        return violated({ policy, urn, resourceType: f.resourceType, resourceName: f.resourceName }, violationsOf(found, policy, urn));
    });
}

/** Engine-encoded inputs with secrets unwrapped, as the SDK hands them to a policy. */
function revealSecrets(node: unknown, depth = 0): unknown {
    if (node === null || typeof node !== "object" || depth > 64) return node;
    if (Array.isArray(node)) return node.map((x) => revealSecrets(x, depth + 1));
    const o = node as Record<string, unknown>;
    const sig = signatures();
    if (o[sig.key] === sig.secret) return revealSecrets(o.value, depth + 1);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = revealSecrets(v, depth + 1);
    return out;
}

/** Known values of each sentinel's type that stand in for an unknown: does the answer depend on it? */
const STAND_INS: Record<string, unknown[]> = {
    "04da6b54-80e4-46f7-96ec-b56ff0331ba9": ["x", "Enabled", "Disabled", "arn:aws:iam::000000000000:role/x"], // string
    "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7": [true, false], // boolean
    "3eeb2bf0-c639-47a8-9e75-3b44932eb421": [0, 1], // number
    // A list or object that another resource makes has something in it: no stand-in (an empty one
    // would turn "set by another resource" into "not set").
};

/** A copy of `node` with the first unknown on `segs` (or the value at its end) replaced by `value`. */
function replaceUnknownOnPath(
    node: unknown,
    segs: readonly string[],
    value: unknown,
    isUnknown: (v: unknown) => boolean,
): { tree: unknown; sentinel?: string } {
    if (isUnknown(node)) return { tree: value, sentinel: node as string };
    if (segs.length === 0 || node === null || typeof node !== "object") return { tree: node };
    const copy: Record<string, unknown> | unknown[] = Array.isArray(node) ? [...node] : { ...(node as Record<string, unknown>) };
    const k = segs[0];
    const r = replaceUnknownOnPath((copy as Record<string, unknown>)[k], segs.slice(1), value, isUnknown);
    (copy as Record<string, unknown>)[k] = r.tree;
    return { tree: copy, sentinel: r.sentinel };
}

/**
 * The fields whose value, unknown at preview, decides a resource policy's answer, when its check
 * reported nothing. The pack's policies decide what an unknown means: an unknown `kmsKeyId` is a key
 * that is set (any value passes), an unknown `directInternetAccess` could be "Enabled" (judged at
 * update), and both are silent, so the engine counts both as passed. Here the check is run again
 * with its reads traced, and each unknown it read is replaced, one at a time, by known values of its
 * type (strings: "x", "Enabled", "Disabled", an IAM role ARN; booleans: true, false; numbers: 0, 1;
 * none for a whole list or object): when one of them makes the check report, the answer depended on the
 * unknown and the pair could not be judged. Tree walks (`raw()`: text scans, IAM documents) are not traced.
 */
export function unknownReads(
    p: ResourcePolicyDef,
    type: string,
    name: string,
    urn: string,
    props: unknown,
    config: Record<string, unknown>,
): string[] {
    const { read, list, isUnknown, splitPath } = require("../policies/core/values") as typeof import("../policies/core/values");
    const { mapField } = require("../policies/core/policy") as typeof import("../policies/core/policy");
    const adapter = p.resources[type];
    if (!adapter) return [];
    const run = (tree: unknown, unknown?: Map<string, string>): boolean => {
        let reported = false;
        try {
            p.check(
                {
                    type,
                    name,
                    urn,
                    notApplicable: (): never => {
                        throw new Error("out of scope"); // caught below: the pack's own run gave the answer
                    },
                    get: (field, awsDefault) => {
                        const v = read(tree, mapField(adapter, field), awsDefault);
                        if (v.state === "unknown") unknown?.set(field, mapField(adapter, field));
                        return v;
                    },
                    list: (field) => {
                        const v = list(tree, mapField(adapter, field));
                        if (v === "unknown") unknown?.set(field, mapField(adapter, field));
                        return v;
                    },
                    raw: () => tree,
                    config,
                },
                () => {
                    reported = true;
                },
            );
        } catch {
            return false; // the pack's own run answered; a throw here says nothing about unknowns
        }
        return reported;
    };
    const revealed = revealSecrets(props);
    const unknown = new Map<string, string>();
    if (run(revealed, unknown)) return [];
    const deciding: string[] = [];
    for (const [field, at] of unknown) {
        const segs = splitPath(at);
        const probe = replaceUnknownOnPath(revealed, segs, undefined, isUnknown);
        const standIns = probe.sentinel ? (STAND_INS[probe.sentinel] ?? []) : [];
        if (standIns.some((v) => run(replaceUnknownOnPath(revealed, segs, v, isUnknown).tree))) deciding.push(field);
    }
    return deciding.sort();
}

/** Answers from a scan (`--program` or `--state`) run with `record`. */
export function judgeScan(report: ScanReport): Judged {
    const rec = report.record;
    if (!rec) throw new Error("judgeScan needs a scan run with record: true");
    const catalog = catalogPolicies();
    const eff: EffectiveConfig = rec.effective;
    const levels: Judged["levels"] = {};
    for (const p of catalog) levels[p.name] = eff[p.name]?.enforcementLevel ?? "unknown";
    const judgements: Judgement[] = [];
    const enabled = catalog.filter((p) => eff[p.name] && eff[p.name].enforcementLevel !== "disabled");
    for (const { resource: r, notApplicable } of rec.resources) {
        const urn = r.urn!;
        for (const p of enabled) {
            if (!isResource(p) || !(r.type in p.resources)) continue;
            const base = { policy: p.name, urn, resourceType: r.type, resourceName: r.name };
            const v = violationsOf(report.findings, p.name, urn);
            const na = notApplicable.find((n) => n.policyName === p.name);
            if (v.length) judgements.push(violated(base, v));
            else if (na && /^exempted/.test(na.reason))
                judgements.push({ ...base, outcome: "exempted", exemption: exemptionOf(eff[p.name].properties, r.name, urn, na.reason) });
            else if (na) judgements.push({ ...base, outcome: "not-applicable", detail: na.reason });
            else {
                const unknown =
                    report.source.kind === "program" ? unknownReads(p, r.type, r.name, urn, r.properties, eff[p.name].properties) : [];
                if (unknown.length)
                    judgements.push({
                        ...base,
                        outcome: "not-judged",
                        detail: `unknown at preview: ${unknown.join(", ")} (judged at update)`,
                    });
                else judgements.push({ ...base, outcome: "passed" });
            }
        }
    }
    const stack = rec.stack;
    const stackName = parseUrn(stack.urn)?.name ?? stack.urn;
    for (const p of enabled) {
        if (p.kind !== "stack") continue;
        const found = stackPolicyViolations(report.findings, p.name);
        const na = stack.notApplicable.find((n) => n.policyName === p.name);
        if (found.length) judgements.push(...found);
        else {
            const base = { policy: p.name, urn: stack.urn, resourceType: "pulumi:pulumi:Stack", resourceName: stackName };
            if (na && /^exempted/.test(na.reason))
                judgements.push({
                    ...base,
                    outcome: "exempted",
                    exemption: exemptionOf(eff[p.name].properties, stackName, stack.urn, na.reason),
                });
            else if (na) judgements.push({ ...base, outcome: "not-applicable", detail: na.reason });
            else judgements.push({ ...base, outcome: "passed" });
        }
    }
    const derivation = [
        ...DERIVATION_COMMON,
        report.source.kind === "program"
            ? 'Could not be judged: the policy reported nothing, but its answer depends on a value unknown at preview (an output of another resource of the stack). The check is run again here with its reads traced; each unknown it read is replaced, one at a time, by known values of its type (strings "x", "Enabled", "Disabled" and an IAM role ARN; true and false; 0 and 1; none for a whole list or object, which another resource fills), and when one of them makes the check report a violation, the pair could not be judged. An unknown that no stand-in changes (a KMS key or a VPC that another resource creates: set, whatever its value) leaves the pass standing. Whole-tree reads (text scans, IAM documents) are not traced. The engine counts all of these as passed; they are judged again at update.'
            : "Could not be judged: none here: a state export holds no values unknown at preview.",
        "Stack policies (which look at the whole stack) are listed against the resource they report, or against the stack when they pass.",
    ];
    return { judgements, levels, derivation };
}

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Answers from a `pulumi preview --event-log` file: the engine's own policy summary events
 * (`policyAnalyzeSummaryEvent`: passed and failed policies per resource; Pulumi CLI 3.196 and
 * later). The log records no reason for a not-applicable answer; the config file (when given)
 * tells disabled and exempted policies apart.
 */
export function judgeEvents(
    report: Report,
    file: string,
    config: PolicyPackConfigFile | undefined,
    maxBytes = DEFAULT_MAX_INPUT_MIB * 1024 * 1024,
): Judged {
    const catalog = catalogPolicies();
    const pack = report.tool.name;
    const types = new Map<string, string>();
    const summaries = new Map<string, { passed: Set<string>; failed: Set<string> }>();
    let stackSummary: { passed: Set<string>; failed: Set<string> } | undefined;
    for (const line of readInputText(file, "event log", maxBytes).split(/\r?\n/)) {
        if (!line.includes("Event")) continue;
        let e: any;
        try {
            e = JSON.parse(line);
        } catch {
            continue; // parseEventLog already judged the file; an incomplete last line is ignored there too
        }
        const meta = e?.resourcePreEvent?.metadata;
        if (meta && typeof meta.urn === "string" && typeof meta.type === "string") types.set(meta.urn, meta.type);
        const s = e?.policyAnalyzeSummaryEvent ?? e?.policyAnalyzeStackSummaryEvent;
        if (!s || typeof s !== "object" || (s.policyPackName && s.policyPackName !== pack)) continue;
        const sets = { passed: new Set<string>(strings(s.passed)), failed: new Set<string>(strings(s.failed)) };
        if (e.policyAnalyzeStackSummaryEvent) stackSummary = sets;
        else if (typeof s.resourceUrn === "string") summaries.set(s.resourceUrn, sets);
    }
    const levels: Judged["levels"] = {};
    for (const p of catalog) {
        const entry = config?.[p.name];
        const lvl = typeof entry === "string" ? entry : (entry as any)?.enforcementLevel;
        levels[p.name] = (lvl ??
            (typeof config?.all === "string" ? config.all : config ? p.enforcementLevel : "unknown")) as EnforcementLevel;
    }
    const judgements: Judgement[] = [];
    const cfgOf = (p: string) => (config && typeof config[p] === "object" ? (config[p] as Record<string, unknown>) : undefined);
    const answer = (
        p: GuardPolicy,
        urn: string,
        type: string,
        name: string,
        s: { passed: Set<string>; failed: Set<string> } | undefined,
    ) => {
        const base = { policy: p.name, urn, resourceType: type, resourceName: name };
        const v = violationsOf(report.findings, p.name, urn);
        if (v.length) return judgements.push(violated(base, v));
        if (levels[p.name] === "disabled") return;
        if (!s)
            return judgements.push({
                ...base,
                outcome: "not-judged",
                detail: "the event log has no policy summary for this resource (Pulumi CLI 3.196 and later write one)",
            });
        if (s.passed.has(p.name)) return judgements.push({ ...base, outcome: "passed" });
        if (s.failed.has(p.name))
            return judgements.push({
                ...base,
                outcome: "violated",
                level: "advisory",
                detail: "failed (the event log holds no message for it)",
            });
        const { findExemption } = require("../policies/core/exemptions") as typeof import("../policies/core/exemptions");
        if (findExemption(cfgOf(p.name)?.exemptions, name, urn))
            return judgements.push({ ...base, outcome: "exempted", exemption: exemptionOf(cfgOf(p.name), name, urn, "") });
        return judgements.push({
            ...base,
            outcome: "not-applicable",
            detail: "the engine recorded neither a pass nor a failure; the event log does not say why",
        });
    };
    let stackUrn: string | undefined;
    for (const [urn, type] of [...types].sort((a, b) => a[0].localeCompare(b[0]))) {
        if (type === "pulumi:pulumi:Stack") stackUrn = urn;
        const name = parseUrn(urn)?.name ?? urn;
        for (const p of catalog) if (isResource(p) && type in p.resources) answer(p, urn, type, name, summaries.get(urn));
    }
    for (const p of catalog) {
        if (p.kind !== "stack") continue;
        const found = stackPolicyViolations(report.findings, p.name);
        if (found.length) judgements.push(...found);
        else if (stackUrn) answer(p, stackUrn, "pulumi:pulumi:Stack", parseUrn(stackUrn)?.name ?? stackUrn, stackSummary);
    }
    return {
        judgements,
        levels,
        derivation: [
            ...DERIVATION_COMMON,
            "From an event log: passes and failures are the engine's own (policyAnalyzeSummaryEvent and policyAnalyzeStackSummaryEvent, written by Pulumi CLI 3.196 and later); violations come with their messages from policyEvent. The log records no reason for a not-applicable answer, and no values, so nothing is marked could-not-be-judged for an unknown value; a resource without a summary event is marked could not be judged.",
            config
                ? "Disabled and exempted policies are told apart with the config file given."
                : "No config file was given: exempted policies show as not applicable.",
        ],
    };
}

function strings(x: unknown): string[] {
    return Array.isArray(x) ? x.filter((s): s is string => typeof s === "string") : [];
}

// ---------------------------------------------------------------- the evidence model

export interface EvidenceHeader {
    pack: { name: string; version: string };
    framework: { id: FrameworkId; name: string; version: string; reference: string };
    config: { path: string; sha256: string } | null;
    input: { kind: "program" | "state" | "events"; path: string; sha256: string; hashed: string };
    project: string | null;
    stack: string | null;
    organization: string | null;
    generatedAt: string;
}

export interface ControlPolicy {
    policy: string;
    /** The control id as the policy cites it (a NIST statement part such as `AU-2b`). */
    citedAs: string;
    level: EnforcementLevel | "unknown";
    results: Judgement[];
}

export type Counts = Record<Outcome, number>;

export interface ControlEvidence {
    id: string;
    title: string;
    kind?: string;
    status: "not covered" | "violated" | "could not be judged" | "passed" | "not applicable" | "no resource judged";
    counts: Counts;
    policies: ControlPolicy[];
}

export interface Evidence {
    header: EvidenceHeader;
    derivation: string[];
    totals: Counts & { controls: number; covered: number; notCovered: number };
    controls: ControlEvidence[];
}

const zero = (): Counts => ({ passed: 0, violated: 0, "not-applicable": 0, exempted: 0, "not-judged": 0 });

const NIST_PART = /^([A-Z]{2}-\d+(?:\(\d+\))?)((?:[a-z](?:\.\d+)?|\([a-z]\))+)$/;

/** The catalog control a cited id belongs to (a NIST statement part belongs to its control). */
function controlKey(fw: FrameworkId, id: string): string | undefined {
    if (CONTROLS[fw].has(id)) return id;
    const m = fw === "nist-800-53" ? NIST_PART.exec(id) : null;
    if (m && CONTROLS[fw].has(m[1])) return m[1];
    return findControl(fw, id) ? id : undefined;
}

function compareJudgements(a: Judgement, b: Judgement): number {
    return (
        OUTCOMES.indexOf(a.outcome) - OUTCOMES.indexOf(b.outcome) ||
        a.resourceType.localeCompare(b.resourceType) ||
        a.urn.localeCompare(b.urn)
    );
}

export function buildEvidence(fw: FrameworkId, judged: Judged, header: Omit<EvidenceHeader, "framework">): Evidence {
    const catalog = catalogPolicies();
    const byPolicy = new Map<string, Judgement[]>();
    for (const j of judged.judgements) {
        let l = byPolicy.get(j.policy);
        if (!l) byPolicy.set(j.policy, (l = []));
        l.push(j);
    }
    const mapped = new Map<string, { policy: string; citedAs: string }[]>();
    for (const p of catalog) {
        for (const id of p.controls[fw]?.ids ?? []) {
            const key = controlKey(fw, id) ?? id;
            let l = mapped.get(key);
            if (!l) mapped.set(key, (l = []));
            l.push({ policy: p.name, citedAs: id });
        }
    }
    const ids = [...CONTROLS[fw].keys(), ...[...mapped.keys()].filter((k) => !CONTROLS[fw].has(k)).sort()];
    const totals = { ...zero(), controls: ids.length, covered: 0, notCovered: 0 };
    const controls: ControlEvidence[] = ids.map((id) => {
        const c = CONTROLS[fw].get(id) ?? findControl(fw, id);
        const counts = zero();
        const policies = (mapped.get(id) ?? [])
            .sort((a, b) => a.policy.localeCompare(b.policy))
            .map(({ policy, citedAs }) => {
                const results = [...(byPolicy.get(policy) ?? [])].sort(compareJudgements);
                for (const r of results) counts[r.outcome]++;
                return { policy, citedAs, level: judged.levels[policy] ?? "unknown", results };
            });
        for (const k of Object.keys(counts) as Outcome[]) totals[k] += counts[k];
        if (policies.length) totals.covered++;
        else totals.notCovered++;
        const status: ControlEvidence["status"] = !policies.length
            ? "not covered"
            : counts.violated
              ? "violated"
              : counts["not-judged"]
                ? "could not be judged"
                : counts.passed
                  ? "passed"
                  : counts["not-applicable"] + counts.exempted
                    ? "not applicable"
                    : "no resource judged";
        return { id, title: c?.title ?? "(not in the control catalog)", ...(c?.kind ? { kind: c.kind } : {}), status, counts, policies };
    });
    const f = FRAMEWORKS[fw];
    return {
        header: {
            pack: header.pack,
            framework: { id: fw, name: f.name, version: f.version, reference: f.reference },
            config: header.config,
            input: header.input,
            project: header.project,
            stack: header.stack,
            organization: header.organization,
            generatedAt: header.generatedAt,
        },
        derivation: judged.derivation,
        totals,
        controls,
    };
}

// ---------------------------------------------------------------- header inputs

export function sha256(buf: Buffer | string): string {
    return createHash("sha256").update(buf).digest("hex");
}

/**
 * SHA-256 of a program directory: of the sorted lines `<sha256 of the file>  <relative path>` for
 * every regular file, `node_modules` and `.git` left out (the same list `sha256sum` prints).
 */
export function hashDirectory(dir: string): string {
    const lines: string[] = [];
    const walk = (rel: string, depth: number) => {
        if (depth > 32) return;
        for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
            if (e.name === "node_modules" || e.name === ".git") continue;
            const r = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) walk(r, depth + 1);
            else if (e.isFile()) lines.push(`${sha256(fs.readFileSync(path.join(dir, r)))}  ${r}`);
        }
    };
    walk("", 0);
    return sha256(lines.sort().join("\n") + "\n");
}

/** The config file a --config argument names (a path, or a profile name of the pack) and its SHA-256. */
export function configFileOf(arg: string): { path: string; sha256: string } {
    let file = arg;
    if (!fs.existsSync(file) && !/[/\\]/.test(arg)) file = path.join(PACK_DIR, "profiles", `${arg.replace(/\.json$/, "")}.json`);
    if (!fs.existsSync(file)) throw new InputError(`config file ${arg} does not exist (and is not a profile name)`);
    const shown = file === arg ? arg : `profiles/${path.basename(file)} (profile ${arg})`;
    return { path: shown, sha256: sha256(fs.readFileSync(file)) };
}

/** The time of the report: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
export function generatedAt(env: NodeJS.ProcessEnv = process.env): string {
    const epoch = Number(env.SOURCE_DATE_EPOCH);
    return new Date(env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? epoch * 1000 : Date.now()).toISOString();
}

export function frameworkId(arg: string | undefined): FrameworkId {
    const ids = Object.keys(FRAMEWORKS) as FrameworkId[];
    const id = (arg ?? "").toLowerCase();
    const hit = ids.find(
        (k) =>
            k === id ||
            FRAMEWORKS[k].label.toLowerCase() === id ||
            (id === "nist" && k === "nist-800-53") ||
            (id === "pci" && k === "pci-dss"),
    );
    if (!hit) throw new InputError(`evidence needs --framework <${ids.join("|")}>${arg ? ` (not "${arg}")` : ""}`);
    return hit;
}

// ---------------------------------------------------------------- the command

export interface EvidenceOptions {
    framework: string | undefined;
    program?: string;
    entry?: string;
    entryArgs?: string;
    stackConfig?: import("./program").StackConfigOverrides;
    state?: string;
    events?: string;
    config?: string;
    org?: string;
    stack?: string;
    packDir?: string;
    timeoutMs?: number;
    maxInputBytes: number;
    progress?: (t: string) => void;
}

/** Runs the scan (or reads the event log) and builds the evidence for one framework. */
export async function evidence(o: EvidenceOptions): Promise<{ evidence: Evidence; warnings: string[] }> {
    const fw = frameworkId(o.framework);
    const inputs = [o.program || o.entry ? "program" : "", o.state ? "state" : "", o.events ? "events" : ""].filter(Boolean);
    if (inputs.length !== 1) throw new InputError("evidence needs exactly one of --program <dir>, --state <file> or --events <file>");
    const config = o.config ? configFileOf(o.config) : null;
    let report: Report & { warnings: string[] };
    let judged: Judged;
    let input: EvidenceHeader["input"];
    if (o.events) {
        const { readEventLog } = require("./events") as typeof import("./events");
        const { readConfig } = require("./scan") as typeof import("./scan");
        report = readEventLog(o.events, o.maxInputBytes);
        judged = judgeEvents(report, o.events, o.config ? readConfig(o.config, o.maxInputBytes) : undefined, o.maxInputBytes);
        input = { kind: "events", path: o.events, sha256: sha256(fs.readFileSync(o.events)), hashed: "SHA-256 of the file" };
    } else {
        const { scan } = require("./scan") as typeof import("./scan");
        const r = await scan({
            program: o.program,
            entry: o.entry,
            entryArgs: o.entryArgs,
            stackConfig: o.stackConfig,
            state: o.state,
            config: o.config,
            stack: o.stack,
            packDir: o.packDir,
            timeoutMs: o.timeoutMs,
            maxInputBytes: o.maxInputBytes,
            progress: o.progress,
            record: true,
        });
        report = r;
        judged = judgeScan(r);
        if (o.state) input = { kind: "state", path: o.state, sha256: sha256(fs.readFileSync(o.state)), hashed: "SHA-256 of the file" };
        else {
            const dir = o.program ?? path.dirname(o.entry!.split("#")[0]);
            input = {
                kind: "program",
                path: o.entry ? `${o.program ? `${o.program} ` : ""}--entry ${o.entry}` : dir,
                sha256: hashDirectory(dir),
                hashed: "SHA-256 of the sorted `sha256sum` lines of every file in the program directory but node_modules and .git",
            };
        }
    }
    const ev = buildEvidence(fw, judged, {
        pack: { name: report.tool.name, version: report.tool.version },
        config,
        input,
        project: report.project ?? null,
        stack: report.stack ?? null,
        organization: o.org ?? null,
        generatedAt: generatedAt(),
    });
    return { evidence: ev, warnings: report.warnings };
}
