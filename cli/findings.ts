// The findings model every output format renders: from the pack's diagnostics (scan) or from the
// policy events of a Pulumi engine event log (report). Policy metadata comes from the catalog.

import type { GuardPolicy } from "../policies/core/policy";
import type { BaselineResult } from "./baseline";
import { FRAMEWORKS, FrameworkId } from "../policies/core/frameworks";
import { DOCS_BASE_URL } from "../policies/core/policy";

export type Level = "mandatory" | "advisory";
export type Severity = "critical" | "high" | "medium" | "low" | "";

export const SEVERITIES: Severity[] = ["critical", "high", "medium", "low", ""];

export interface Finding {
    policy: string;
    pack: string;
    packVersion: string;
    level: Level;
    severity: Severity;
    urn: string;
    resourceType: string;
    resourceName: string;
    /** The policy's one-sentence description. */
    description: string;
    /** What is wrong with this resource. */
    problem: string;
    fix?: string;
    controls?: string;
    docs?: string;
    /** Where the program declares the resource, when known. */
    source?: { file: string; line: number; column: number };
    /** With --baseline (cli/baseline.ts): the facts' fingerprint, and whether the baseline had it. */
    fingerprint?: string;
    baseline?: "new" | "unchanged";
}

export interface Exemption {
    policy: string;
    urn: string;
    reason: string;
}

/** A violation the pack fixed itself (a policy at the `remediate` level): what it set on which resource. */
export interface Fixed {
    policy: string;
    urn: string;
    resourceType: string;
    resourceName: string;
    /** `path = value` per changed setting (values only when they are the policy's own constants). */
    changes: string[];
    /** False when reported but not applied: a deployed state is changed by the next `pulumi up`. */
    applied: boolean;
}

export interface Report {
    tool: { name: string; version: string };
    source: { kind: "program" | "state" | "events"; path: string };
    project?: string;
    stack?: string;
    resources?: number;
    policies?: number;
    findings: Finding[];
    exempted: Exemption[];
    /** Remediations (the `remediate` level); absent when none ran. */
    fixed?: Fixed[];
    /** Every resource scanned with the paths of its inputs unknown at preview (scan only). */
    inventory?: { type: string; name: string; urn: string; unknownInputs: string[] }[];
    durationMs?: number;
    /** With --baseline: the counts and the baseline's findings that are gone. */
    baseline?: BaselineResult;
}

/** Pulumi's colour tags (`<{%reset%}>`, `<{%fg 1%}>`) and ANSI escapes. */
export function stripColor(s: string): string {
    // eslint-disable-next-line no-control-regex
    return s.replace(/<\{%[^%]*%\}>/g, "").replace(/\u001b\[[0-9;]*m/g, "");
}

export function parseUrn(urn: string): { stack: string; project: string; type: string; name: string } | undefined {
    // `urn:pulumi:<stack>::<project>::<qualified type>::<name>`; the name may hold `::` itself.
    if (!urn.startsWith("urn:pulumi:")) return undefined;
    const a = urn.indexOf("::");
    if (a < "urn:pulumi:".length) return undefined;
    const b = urn.indexOf("::", a + 2);
    const c = b < 0 ? -1 : urn.indexOf("::", b + 2);
    if (c < 0) return undefined;
    const qualified = urn.slice(b + 2, c);
    return {
        stack: urn.slice("urn:pulumi:".length, a),
        project: urn.slice(a + 2, b),
        type: qualified.slice(qualified.lastIndexOf("$") + 1),
        name: urn.slice(c + 2),
    };
}

let byName: Map<string, GuardPolicy> | undefined;

/** The catalog entry of a policy (loaded on first use: bad-input paths never pay for it). */
export function policyMeta(name: string): GuardPolicy | undefined {
    if (!byName) {
        const { catalog } = require("../policies/catalog") as typeof import("../policies/catalog");
        byName = new Map(catalog.map((p) => [p.name, p]));
    }
    return byName.get(name);
}

export function docsUrl(p: GuardPolicy): string {
    return `${DOCS_BASE_URL}${p.name}.md`;
}

/** Splits `description\nproblem\nFix: …\nControls: …\nDocs: …` into its parts. */
export function parseMessage(raw: string, description?: string): Pick<Finding, "problem" | "fix" | "controls" | "docs" | "description"> {
    const lines = stripColor(raw)
        .replace(/\r\n/g, "\n")
        .split("\n")
        .map((l) => l.replace(/\s+$/, ""));
    while (lines.length && lines[lines.length - 1] === "") lines.pop();
    while (lines.length && lines[0] === "") lines.shift();
    let desc = description ?? "";
    if (lines.length > 1 && description !== undefined && lines[0].trim() === description.trim()) lines.shift();
    else if (lines.length > 1 && description === undefined) desc = lines.shift()!;
    const out: Pick<Finding, "problem" | "fix" | "controls" | "docs" | "description"> = { problem: "", description: desc };
    const rest: string[] = [];
    for (const l of lines) {
        const m = /^\s*(Fix|Controls|Docs): (.*)$/.exec(l);
        if (m && m[1] === "Fix") out.fix = m[2];
        else if (m && m[1] === "Controls") out.controls = m[2];
        else if (m && m[1] === "Docs") out.docs = m[2];
        else rest.push(l);
    }
    out.problem = rest.join("\n").trim() || desc;
    return out;
}

/**
 * `fn` remembering its answers for the strings seen last: a large report repeats a few strings (a
 * policy's name, a message) hundreds of thousands of times. Bounded: cleared when full.
 */
export function remembered<T>(fn: (s: string) => T, limit = 10_000): (s: string) => T {
    const seen = new Map<string, T>();
    return (s) => {
        let r = seen.get(s);
        if (r === undefined) {
            if (seen.size >= limit) seen.clear();
            seen.set(s, (r = fn(s)));
        }
        return r;
    };
}

/**
 * One copy of each of the few distinct strings that many findings repeat (policy, pack, type, docs
 * link): 500,000 findings of a large event log held 500,000 copies of each. Bounded: cleared when full.
 */
const interned = new Map<string, string>();
export function intern(s: string): string;
export function intern(s: string | undefined): string | undefined;
export function intern(s: string | undefined): string | undefined {
    if (s === undefined) return s;
    const t = interned.get(s);
    if (t !== undefined) return t;
    if (interned.size >= 10_000) interned.clear();
    interned.set(s, s);
    return s;
}

/**
 * `intern` for one field, remembering its last answer: a log repeats a field's value event after
 * event (the same pack, version, severity, type), and comparing with the last value costs less than
 * hashing a fresh string to look it up.
 */
export function internLast(): (s: string) => string {
    let last: string | undefined;
    return (s) => (s === last ? last : (last = intern(s)));
}
const internPack = internLast();
const internPackVersion = internLast();
const internSeverity = internLast();
const internType = internLast();

/**
 * parseMessage of the messages seen last (an event log repeats one message for many resources), by
 * message and then description (no key joining the two is built a finding); bounded like `interned`.
 */
const parsedMessages = new Map<string, { description: string | undefined; parsed: ReturnType<typeof parseMessage> }[]>();
function parseMessageCached(raw: string, description: string | undefined): ReturnType<typeof parseMessage> {
    if (raw.length > 4_096) return parseMessage(raw, description);
    let list = parsedMessages.get(raw);
    if (!list) {
        if (parsedMessages.size >= 10_000) parsedMessages.clear();
        parsedMessages.set(raw, (list = []));
    }
    for (const e of list) if (e.description === description) return e.parsed;
    const parsed = parseMessage(raw, description);
    if (list.length < 8) list.push({ description, parsed });
    return parsed;
}

/** What makeFinding takes from the catalog for a policy name, looked up once a name. */
const policyFactsOf = remembered((name) => {
    const meta = policyMeta(name);
    return { name, meta, docs: meta ? docsUrl(meta) : undefined };
});

export function makeFinding(d: {
    policy: string;
    pack: string;
    packVersion: string;
    level: string;
    severity?: string;
    urn: string;
    message: string;
    description?: string;
}): Finding {
    const { name, meta, docs } = policyFactsOf(d.policy);
    const parsed = parseMessageCached(d.message, d.description ?? meta?.description);
    const u = parseUrn(d.urn);
    const severity = (d.severity || meta?.severity || "") as Severity;
    return {
        policy: name,
        pack: internPack(d.pack),
        packVersion: internPackVersion(d.packVersion),
        level: d.level === "mandatory" || d.level === "remediate" ? "mandatory" : "advisory",
        severity: internSeverity(severity) as Severity,
        urn: d.urn,
        resourceType: internType(u?.type ?? ""),
        resourceName: u?.name ?? d.urn,
        description: parsed.description || meta?.description || "",
        problem: parsed.problem,
        fix: parsed.fix ?? meta?.fix,
        controls: parsed.controls,
        docs: parsed.docs ?? docs,
    };
}

/** Leaf paths where two input trees (engine encoding) differ; a block that was absent counts as `{}`. */
export function changedPaths(before: unknown, after: unknown, at = "", depth = 0): string[] {
    if (before === after || depth > 32) return [];
    const isObj = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === "object" && !Array.isArray(x);
    if (Array.isArray(before) && Array.isArray(after) && before.length === after.length)
        return before.flatMap((x, i) => changedPaths(x, after[i], `${at}[${i}]`, depth + 1));
    if (isObj(after) && (before === undefined || before === null || isObj(before))) {
        const b = isObj(before) ? before : {};
        const keys = [...new Set([...Object.keys(b), ...Object.keys(after)])];
        return keys.flatMap((k) => changedPaths(b[k], after[k], at ? `${at}.${k}` : k, depth + 1));
    }
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [at];
}

function valueAt(node: unknown, path: string): unknown {
    let cur = node;
    for (const seg of path.replace(/\[(\d+)\]/g, ".$1").split(".")) {
        if (cur === null || typeof cur !== "object") return undefined;
        cur = (cur as Record<string, unknown>)[seg];
    }
    return cur;
}

/** What a remediation changed: `path = value`, the value shown only when it is one the policy declares. */
export function makeFixed(policy: string, urn: string, before: unknown, after: unknown, applied: boolean): Fixed {
    const meta = policyMeta(policy);
    const constants = meta?.kind === "resource" && meta.remediation ? Object.values(meta.remediation.set) : [];
    const u = parseUrn(urn);
    return {
        policy,
        urn,
        resourceType: u?.type ?? "",
        resourceName: u?.name ?? urn,
        changes: changedPaths(before, after).map((p) => {
            const v = valueAt(after, p);
            return constants.includes(v as never) ? `${p} = ${JSON.stringify(v)}` : `${p} changed`;
        }),
        applied,
    };
}

/** One line per fix, the same in every format: `fixed: <policy> on <resource>: <changes>`. */
export function fixedLine(f: Fixed): string {
    return `${f.applied ? "fixed" : "would fix"}: ${f.policy} on ${f.resourceName}: ${f.changes.join(", ") || "no setting changed"}`;
}

const LEVEL_RANK: Record<Level, number> = { mandatory: 0, advisory: 1 };
const SEV_RANK = (s: Severity) => SEVERITIES.indexOf(s);

export function compareFindings(a: Finding, b: Finding): number {
    return (
        LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
        SEV_RANK(a.severity) - SEV_RANK(b.severity) ||
        a.policy.localeCompare(b.policy) ||
        a.problem.localeCompare(b.problem)
    );
}

export interface ResourceGroup {
    urn: string;
    type: string;
    name: string;
    findings: Finding[];
}

/**
 * The resource groups of a findings list, made once a list: a report's summary, ordering and sections
 * all group the same findings (three tables of 500,000 URNs for a large event log). Keyed by the list
 * and its length, as the lists are built once and then only read.
 */
const groupsMade = new WeakMap<Finding[], { length: number; groups: ResourceGroup[]; sorted: boolean }>();
function groupsOf(findings: Finding[]): { length: number; groups: ResourceGroup[]; sorted: boolean } {
    let made = groupsMade.get(findings);
    if (made && made.length === findings.length) return made;
    const groups = new Map<string, ResourceGroup>();
    for (const f of findings) {
        let g = groups.get(f.urn);
        if (!g) groups.set(f.urn, (g = { urn: f.urn, type: f.resourceType, name: f.resourceName, findings: [] }));
        g.findings.push(f);
    }
    groupsMade.set(findings, (made = { length: findings.length, groups: [...groups.values()], sorted: false }));
    return made;
}

/**
 * The groups of a list whose reader grouped it as it went (cli/events keeps a table of URNs to drop
 * repeated events): `groups` in the order of their first finding, as groupsOf would make them.
 */
export function knownGroups(findings: Finding[], groups: ResourceGroup[]): void {
    groupsMade.set(findings, { length: findings.length, groups, sorted: false });
}

/** Findings grouped by resource: resources with mandatory findings first, then by type and name. */
export function groupByResource(findings: Finding[]): ResourceGroup[] {
    const made = groupsOf(findings);
    if (!made.sorted) {
        for (const g of made.groups) g.findings.sort(compareFindings);
        const worst = (g: ResourceGroup) => LEVEL_RANK[g.findings[0].level] * 10 + SEV_RANK(g.findings[0].severity);
        made.groups.sort(
            (a, b) => worst(a) - worst(b) || localeCompare(a.type, b.type) || localeCompare(a.name, b.name) || localeCompare(a.urn, b.urn),
        );
        made.sorted = true;
    }
    return made.groups.slice();
}

export interface Summary {
    mandatory: number;
    advisory: number;
    bySeverity: Record<Exclude<Severity, "">, number>;
    byLevelSeverity: Record<Level, Record<Exclude<Severity, "">, number>>;
    resourcesWithFindings: number;
}

function countUrns(findings: Finding[]): number {
    return groupsOf(findings).groups.length;
}

/** `a.localeCompare(b)`, without the collator for the equal strings that most comparisons of one type are. */
const localeCompare = (a: string, b: string) => (a === b ? 0 : a.localeCompare(b));

export function summarize(findings: Finding[]): Summary {
    const zero = () => ({ critical: 0, high: 0, medium: 0, low: 0 });
    const s: Summary = {
        mandatory: 0,
        advisory: 0,
        bySeverity: zero(),
        byLevelSeverity: { mandatory: zero(), advisory: zero() },
        resourcesWithFindings: countUrns(findings),
    };
    for (const f of findings) {
        s[f.level]++;
        if (f.severity) {
            s.bySeverity[f.severity]++;
            s.byLevelSeverity[f.level][f.severity]++;
        }
    }
    return s;
}

/** Per framework: the findings that map to it and the distinct control ids involved. */
export function byFramework(findings: Finding[]): { id: FrameworkId; name: string; findings: number; controls: string[] }[] {
    const out = [];
    // Findings counted per policy first: the catalog is looked up once a policy, not once a finding and framework.
    const perPolicy = new Map<string, number>();
    for (const f of findings) perPolicy.set(f.policy, (perPolicy.get(f.policy) ?? 0) + 1);
    for (const id of Object.keys(FRAMEWORKS) as FrameworkId[]) {
        const controls = new Set<string>();
        let n = 0;
        for (const [policy, count] of perPolicy) {
            const m = policyMeta(policy)?.controls[id];
            if (!m || m.ids.length === 0) continue;
            n += count;
            m.ids.forEach((c) => controls.add(c));
        }
        if (n > 0) out.push({ id, name: `${FRAMEWORKS[id].name} ${FRAMEWORKS[id].version}`, findings: n, controls: [...controls].sort() });
    }
    return out;
}

export function exitCodeOf(findings: Finding[]): number {
    return findings.some((f) => f.level === "mandatory") ? 1 : 0;
}
