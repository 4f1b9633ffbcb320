// Markdown (pull-request comment), SARIF 2.1.0 (code scanning) and JSON renderings of a report.

import * as path from "path";
import { controlLabel } from "../policies/core/controls";
import { FRAMEWORKS, FrameworkId, formatControls } from "../policies/core/frameworks";
import { fingerprint, sha256Hex } from "./baseline";
import {
    byFramework,
    docsUrl,
    exitCodeOf,
    Finding,
    fixedLine,
    groupByResource,
    policyMeta,
    Report,
    ResourceGroup,
    Summary,
    summarize,
} from "./findings";

/** How much each finding says: one line, today's report, or with every control and the remediation steps. */
export type Verbosity = "summary" | "normal" | "full";
export const VERBOSITIES: readonly Verbosity[] = ["summary", "normal", "full"];

/** New findings first (with a baseline), then the order of `groupByResource`. */
function baselineOrder(findings: Finding[]): Finding[] {
    const all: Finding[] = [];
    for (const g of groupByResource(findings)) for (const f of g.findings) all.push(f);
    const fresh = all.filter((f) => f.baseline === "new");
    // Without a baseline (or with nothing new) the order is the groups' own.
    return fresh.length === 0 ? all : [...fresh, ...all.filter((f) => f.baseline !== "new")];
}

/** GitHub's limit for an issue or pull-request comment body. */
export const GITHUB_COMMENT_LIMIT = 65_536;
const REPOSITORY = "https://github.com/sagemaker-guard/sagemaker-guard";

// ---------------------------------------------------------------- JSON

export function formatJson(report: Report, exitCode = exitCodeOf(report.findings)): string {
    return joinChunks(formatJsonChunks(report, exitCode));
}

/**
 * The JSON report as chunks whose concatenation is `JSON.stringify(report, null, 2)`: a report of
 * 500,000 findings is more text than one JavaScript string may hold (`Invalid string length`), so
 * the command writes it a chunk at a time (cli/main.ts gathers the small chunks into writes).
 */
export function formatJsonChunks(report: Report, exitCode = exitCodeOf(report.findings)): Iterable<string | Buffer> {
    return withNewline(streamJson(jsonReport(report, exitCode), "", 2));
}

function* withNewline(chunks: Iterable<string | Buffer>): Iterable<string | Buffer> {
    yield* chunks;
    yield "\n";
}

/** The text of chunks, some of them UTF-8 (each whole characters). */
export function joinChunks(chunks: Iterable<string | Buffer>): string {
    return Array.from(chunks, (c) => (typeof c === "string" ? c : c.toString("utf8"))).join("");
}

/** How many elements of an array written whole go to one JSON.stringify. */
const STRINGIFY_BATCH = 1_000;

/**
 * An array whose elements are made when they are written: the report's findings and results are
 * not all held twice (as findings and again as their JSON or SARIF objects). Serialises as the array.
 */
class LazyArray<T> {
    constructor(
        readonly length: number,
        readonly at: (i: number) => T,
    ) {}
    toJSON(): T[] {
        return Array.from({ length: this.length }, (_, i) => this.at(i));
    }
    static concat<T>(...lists: (T[] | LazyArray<T>)[]): LazyArray<T> {
        const starts: number[] = [];
        let n = 0;
        for (const l of lists) {
            starts.push(n);
            n += l.length;
        }
        return new LazyArray(n, (i) => {
            let k = lists.length - 1;
            while (starts[k] > i) k--;
            const l = lists[k];
            return l instanceof LazyArray ? l.at(i - starts[k]) : l[i - starts[k]];
        });
    }
}

/**
 * Where rendered JSON goes a piece at a time: UTF-8 bytes gathered into buffers of about 1 MiB
 * (`ready`, taken by the caller). A piece that repeats (a member's key, a policy's description) is
 * kept encoded and copied; a piece of text is encoded here. Pieces are well-formed text (JSON.stringify
 * escapes a lone surrogate), so encoding them one by one gives the bytes of their concatenation.
 */
export class ByteChunks {
    readonly ready: Buffer[] = [];
    private buf = Buffer.allocUnsafe(CHUNK_BYTES);
    private used = 0;
    /** A piece already in UTF-8. */
    bytes(b: Buffer): void {
        if (this.used + b.length > this.buf.length) this.next(b.length);
        this.buf.set(b, this.used);
        this.used += b.length;
    }
    /** A piece of text (UTF-8 takes at most three bytes per UTF-16 unit). */
    text(s: string): void {
        if (this.used + 3 * s.length > this.buf.length) this.next(3 * s.length);
        this.used += this.buf.write(s, this.used);
    }
    /** A string as JSON.stringify writes it: quoted as it is when nothing in it is escaped (one encoding, no copy). */
    string(s: string): void {
        if (NEEDS_ESCAPE.test(s)) return this.text(JSON.stringify(s));
        if (this.used + 3 * s.length + 2 > this.buf.length) this.next(3 * s.length + 2);
        this.buf[this.used++] = 0x22;
        this.used += this.buf.write(s, this.used);
        this.buf[this.used++] = 0x22;
    }
    /** What is written and not yet in `ready`. */
    flush(): void {
        if (this.used > 0) this.ready.push(this.buf.subarray(0, this.used));
        this.buf = Buffer.allocUnsafe(CHUNK_BYTES);
        this.used = 0;
    }
    private next(room: number): void {
        if (this.used > 0) this.ready.push(this.buf.subarray(0, this.used));
        this.buf = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, room));
        this.used = 0;
    }
}
const CHUNK_BYTES = 1 << 20;
/** What JSON.stringify escapes in a string: a quote, a backslash, a control character, a surrogate (a lone one; pairs too, to be simple). */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A piece sink that gathers strings (the string renderings below; tests). */
function textSink(out: string[]): PieceSink {
    return { bytes: (b) => out.push(b.toString("utf8")), text: (s) => out.push(s), string: (s) => out.push(JSON.stringify(s)) };
}
type PieceSink = Pick<ByteChunks, "bytes" | "text" | "string">;

/**
 * An array whose elements render their own JSON text: `renderAt(indent)(i, out)` writes
 * `JSON.stringify(element, null, 2)`, its lines indented for an element at `indent`, to `out`. The
 * JSON report's findings are written this way, so that what 500,000 findings repeat (a policy's
 * description, fix and controls) is rendered and encoded once, not once a finding, and the findings'
 * text goes into buffers with no string a finding (one string a finding, joined from a string a
 * member and encoded again, was most of the renderer's time and much of the garbage collector's).
 */
class RenderedArray {
    constructor(
        readonly length: number,
        readonly renderAt: (indent: string) => (i: number, out: PieceSink) => void,
    ) {}
    toJSON(): unknown[] {
        const render = this.renderAt("");
        return Array.from({ length: this.length }, (_, i) => {
            const out: string[] = [];
            render(i, textSink(out));
            return JSON.parse(out.join(""));
        });
    }
}

/** The members of a finding whose values repeat from finding to finding (its policy's texts and controls). */
const REPEATED_MEMBERS = new Set([
    "policy",
    "pack",
    "packVersion",
    "level",
    "severity",
    "resourceType",
    "description",
    "fix",
    "controls",
    "docs",
]);
const MEMO_LIMIT = 10_000;
/** Rendered values kept per repeated member (cleared when full), and the longest kept. */
const VALUES_LIMIT = 1_000;
const VALUE_TEXT_LIMIT = 16_384;

/**
 * `JSON.stringify({ ...finding, ...override }, null, 2)` for findings that stand at `indent`: the
 * same text, member for member (`undefined`, functions and symbols left out as JSON.stringify leaves
 * them out), with each distinct repeated value rendered once. Bounded like cli/findings' interned
 * strings: cleared when full.
 */
export function findingRenderer(indent: string): (finding: object, override?: Record<string, unknown>) => string {
    const render = findingPieces(indent);
    return (finding, override = {}) => {
        const out: string[] = [];
        render(finding, override, textSink(out));
        return out.join("");
    };
}

/** findingRenderer's text, written a piece at a time to `out`. */
function findingPieces(indent: string): (finding: object, override: Record<string, unknown>, out: PieceSink) => void {
    const inner = `${indent}  `;
    const open = Buffer.from("{");
    const close = Buffer.from(`\n${indent}}`);
    const closeEmpty = Buffer.from("}");
    // Per member key: its text, `\n<inner>"key": `, and the same after the comma that follows a member,
    // encoded; for a repeated member, the key's text and the value's text of each value seen, encoded as one.
    interface KeyTexts {
        first: Buffer;
        next: Buffer;
        values?: Map<unknown, [Buffer, Buffer]>;
    }
    const keyTexts = new Map<string, KeyTexts>();
    const textsOf = (key: string): KeyTexts => {
        let texts = keyTexts.get(key);
        if (texts === undefined) {
            if (keyTexts.size >= MEMO_LIMIT) keyTexts.clear();
            const text = `\n${inner}${JSON.stringify(key)}: `;
            texts = { first: Buffer.from(text), next: Buffer.from(`,${text}`) };
            if (REPEATED_MEMBERS.has(key)) texts.values = new Map();
            keyTexts.set(key, texts);
        }
        return texts;
    };
    const valueText = (v: unknown): string =>
        typeof v === "object" && v !== null ? JSON.stringify(v, null, 2).replace(/\n/g, `\n${inner}`) : JSON.stringify(v);
    /** A repeated member's key and value text, both ways, encoded once a value; undefined for a long one (not kept). */
    const repeatedText = (values: Map<unknown, [Buffer, Buffer]>, texts: KeyTexts, v: unknown): [Buffer, Buffer] | undefined => {
        let both = values.get(v);
        if (both !== undefined) return both;
        const value = valueText(v);
        if (value.length > VALUE_TEXT_LIMIT) return undefined;
        if (values.size >= VALUES_LIMIT) values.clear();
        values.set(v, (both = [Buffer.from(texts.first + value), Buffer.from(texts.next + value)]));
        return both;
    };
    return (finding, override, out) => {
        const f = finding as Record<string, unknown>;
        const keys = Object.keys(f);
        for (const k of Object.keys(override)) if (!Object.prototype.hasOwnProperty.call(f, k)) keys.push(k);
        out.bytes(open);
        let members = 0;
        for (const key of keys) {
            const v = Object.prototype.hasOwnProperty.call(override, key) ? override[key] : f[key];
            if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
            const texts = textsOf(key);
            const first = members++ === 0;
            const both = texts.values && repeatedText(texts.values, texts, v);
            if (both) out.bytes(both[first ? 0 : 1]);
            else {
                out.bytes(first ? texts.first : texts.next);
                if (typeof v === "string") out.string(v);
                else out.text(valueText(v));
            }
        }
        out.bytes(members ? close : closeEmpty);
    };
}

/**
 * `JSON.stringify(value, null, 2)` in pieces: objects and arrays down to `depth` levels are opened
 * here, one member or element a chunk; what is below is stringified whole. Plain data only.
 */
export function* streamJson(value: unknown, indent = "", depth = 3): Iterable<string | Buffer> {
    const whole = (v: unknown, ind: string) => (JSON.stringify(v, null, 2) ?? "null").replace(/\n/g, `\n${ind}`);
    if (depth <= 0 || value === null || typeof value !== "object") {
        yield whole(value, indent);
        return;
    }
    const inner = `${indent}  `;
    if (value instanceof RenderedArray) {
        if (value.length === 0) return void (yield "[]");
        const render = value.renderAt(inner);
        const out = new ByteChunks();
        const first = Buffer.from(`[\n${inner}`);
        const between = Buffer.from(`,\n${inner}`);
        for (let i = 0; i < value.length; i++) {
            out.bytes(i === 0 ? first : between);
            render(i, out);
            if (out.ready.length > 0) yield* out.ready.splice(0);
        }
        out.text(`\n${indent}]`);
        out.flush();
        yield* out.ready;
        return;
    }
    if (Array.isArray(value) || value instanceof LazyArray) {
        const lazy = value instanceof LazyArray ? value : undefined;
        const list = value as unknown[];
        if (value.length === 0) return void (yield "[]");
        yield "[\n";
        if (depth <= 1 && /^(?: {2})+$/.test(inner)) {
            // Elements that are written whole, a thousand to one JSON.stringify: the batch wrapped in as
            // many arrays as `inner` has levels comes out indented as the elements are here, so only the
            // wrappers' own lines are cut (one stringify and one re-indenting pass a finding were most of
            // a large report's time).
            const levels = inner.length / 2;
            const cut = levels * (levels + 1);
            for (let i = 0; i < value.length; i += STRINGIFY_BATCH) {
                const end = Math.min(value.length, i + STRINGIFY_BATCH);
                const batch: unknown[] = [];
                for (let k = i; k < end; k++) batch.push(lazy ? lazy.at(k) : list[k]);
                let wrapped: unknown = batch;
                for (let l = 1; l < levels; l++) wrapped = [wrapped];
                const text = JSON.stringify(wrapped, null, 2);
                yield text.slice(cut, text.length - cut);
                yield end < value.length ? ",\n" : "\n";
            }
            yield `${indent}]`;
            return;
        }
        for (let i = 0; i < value.length; i++) {
            const item = lazy ? lazy.at(i) : list[i];
            const v = item === undefined || typeof item === "function" ? null : item;
            yield inner;
            yield* streamJson(v, inner, depth - 1);
            yield i < value.length - 1 ? ",\n" : "\n";
        }
        yield `${indent}]`;
        return;
    }
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== "function");
    if (entries.length === 0) return void (yield "{}");
    yield "{\n";
    for (let i = 0; i < entries.length; i++) {
        yield `${inner}${JSON.stringify(entries[i][0])}: `;
        yield* streamJson(entries[i][1], inner, depth - 1);
        yield i < entries.length - 1 ? ",\n" : "\n";
    }
    yield `${indent}}`;
}

function jsonReport(report: Report, exitCode: number) {
    const s = summarize(report.findings);
    const ordered = baselineOrder(report.findings);
    // The catalog's control ids of a policy, made once a policy rather than once a finding.
    const controlsByPolicy = new Map<string, Record<string, readonly string[]> | undefined>();
    const controlsOf = (policy: string) => {
        if (!controlsByPolicy.has(policy)) {
            const meta = policyMeta(policy);
            controlsByPolicy.set(policy, meta ? Object.fromEntries(Object.entries(meta.controls).map(([k, m]) => [k, m!.ids])) : undefined);
        }
        return controlsByPolicy.get(policy);
    };
    const out = {
        tool: report.tool,
        source: report.source,
        project: report.project,
        stack: report.stack,
        resources: report.resources,
        policies: report.policies,
        durationMs: report.durationMs,
        summary: {
            mandatory: s.mandatory,
            advisory: s.advisory,
            bySeverity: s.bySeverity,
            resourcesWithFindings: s.resourcesWithFindings,
            fixed: report.fixed?.length ?? 0,
            ...(report.baseline
                ? { new: report.baseline.new, unchanged: report.baseline.unchanged, fixedSinceBaseline: report.baseline.fixed.length }
                : {}),
            exitCode,
        },
        findings: new RenderedArray(ordered.length, (indent) => {
            const render = findingPieces(indent);
            return (i, out) => {
                const f = ordered[i];
                render(f, { fingerprint: f.fingerprint ?? fingerprint(f), controls: controlsOf(f.policy) ?? f.controls }, out);
            };
        }),
        exempted: report.exempted,
        /** Violations the pack fixed itself (the `remediate` level). */
        fixed: (report.fixed ?? []).map((f) => ({ ...f, line: fixedLine(f) })),
        ...(report.inventory ? { registered: report.inventory } : {}),
        /** With --baseline: the baseline's findings that this run no longer has are under `baseline.fixed`. */
        ...(report.baseline ? { baseline: report.baseline } : {}),
    };
    return out;
}

// ---------------------------------------------------------------- Markdown
//
// Every string that is not ours (resource names and types, URNs, policy names, messages from other
// packs, stack and project names, exemption reasons, the pack's name) is escaped for the context it
// lands in: a code span, plain text or a table cell. Only our own links are rendered.

/** Longest rendering of one untrusted string, in characters (before escaping). */
const CAP = { name: 200, policy: 120, text: 2_000, reason: 500, title: 300 };

/** One line, no control or bidirectional-override characters; CR, LF and CRLF become spaces. */
function oneLine(s: string, cap: number): string {
    let t = s
        .replace(/\r\n|[\r\n\u2028\u2029]/g, " ")
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "\ufffd");
    if (t.length > cap) t = t.slice(0, cap).replace(/[\ud800-\udbff]$/, "") + "…";
    return t;
}

/**
 * Plain text: every ASCII punctuation character backslash-escaped (no emphasis, link, image,
 * heading, list, HTML, entity or table-cell break), and a zero-width space after `@`, after `:` and
 * before a letter after a dot, so that neither GitHub's mentions nor its bare links (`https://`, `www.`,
 * e-mail addresses) can form, while numbers such as control ids (`164.308`) copy as they read.
 */
function mdText(s: string, cap = CAP.text): string {
    return oneLine(s, cap)
        .replace(/[!-/:-@[-`{-~]/g, "\\$&")
        .replace(/\\([@:])/g, "\\$1\u200b")
        .replace(/\\\.(?=\p{L})/gu, "\\.\u200b");
}

/** A code span that holds `s` verbatim: a fence longer than any backtick run inside it. */
function codeSpan(s: string, cap = CAP.name, inTable = false): string {
    let t = oneLine(s, cap);
    let longest = 0;
    for (const run of t.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
    // A table row is split at every unescaped `|`, code spans included.
    if (inTable) t = t.replace(/\|/g, "\\|");
    const fence = "`".repeat(longest + 1);
    const pad = /^[` ]|[` ]$/.test(t) ? " " : "";
    return `${fence}${pad}${t}${pad}${fence}`;
}

/** A message: its own `code` spans kept as code spans (inert whatever they hold), the rest plain text. */
function mdMessage(s: string, cap = CAP.text): string {
    const t = oneLine(s, cap);
    let out = "";
    let last = 0;
    for (const m of t.matchAll(/`([^`]+)`/g)) {
        out += mdText(t.slice(last, m.index), cap) + codeSpan(m[1], cap);
        last = m.index! + m[0].length;
    }
    return out + mdText(t.slice(last), cap);
}

const SEV_ICON: Record<string, string> = { critical: "🟥", high: "🟧", medium: "🟨", low: "🟦", "": "⬜" };

interface MdOptions {
    /** Per-finding controls and remediation in <details>. */
    details: boolean;
    /** Advisory findings listed one by one (else summarised per policy). */
    advisoryItems: boolean;
    /** `full`: every control with its title and the whole remediation steps; `summary`: one line per finding. */
    verbosity?: Verbosity;
}

/** Lines of Markdown, counted in UTF-8 bytes (never fewer than the characters GitHub counts). */
class Budget {
    readonly lines: string[] = [];
    private used = 0;
    /** Set once something did not fit: later items are counted, not added, so the order stays. */
    full = false;
    constructor(private readonly limit: number) {}
    /** Adds the lines if they fit under the limit less `reserve`; always adds when `reserve` is 0. */
    add(lines: string[], reserve = 0): boolean {
        let size = 0;
        for (const l of lines) size += Buffer.byteLength(l) + 1;
        if (reserve > 0 && (this.full || this.used + size + reserve > this.limit)) {
            this.full = true;
            return false;
        }
        for (const l of lines) this.lines.push(l);
        this.used += size;
        return true;
    }
    get size(): number {
        return this.used;
    }
}

/** Room kept for what always ends the comment: closing tags, the "not listed" line and the footer. */
const TAIL_RESERVE = 3_000;

function findingItem(f: Finding, o: MdOptions): string[] {
    const meta = policyMeta(f.policy);
    // Only our own catalog's docs get a link: a message's "Docs:" line is not ours to render.
    const name = meta ? `[${codeSpan(f.policy, CAP.policy)}](${docsUrl(meta)})` : codeSpan(f.policy, CAP.policy);
    const severity = f.severity in SEV_ICON ? f.severity : "";
    const isNew = f.baseline === "new" ? "🆕 " : "";
    if (o.verbosity === "summary") {
        const first = f.problem.split(/(?<=\.)\s|\n/)[0];
        return [`- ${isNew}${SEV_ICON[severity]} **${f.level}** ${name} on ${codeSpan(f.resourceName)}: ${mdMessage(first)}`];
    }
    const lines = [`- ${isNew}${SEV_ICON[severity]} **${severity || "unspecified"}** ${name}: ${mdMessage(f.problem)}`];
    if (f.fix) lines.push(`  **Fix:** ${mdMessage(f.fix)}`);
    if (o.verbosity === "full" && meta) {
        lines.push("  <details><summary>Controls and remediation</summary>", "");
        for (const id of Object.keys(FRAMEWORKS) as FrameworkId[]) {
            const ids = meta.controls[id]?.ids ?? [];
            if (ids.length)
                lines.push(
                    `  - **${FRAMEWORKS[id].name} ${FRAMEWORKS[id].version}**: ${ids.map((c) => mdText(controlLabel(id, c))).join("; ")}`,
                );
        }
        lines.push("", `  ${mdText(meta.description)}`, "");
        // The catalog's own remediation steps (our text, Markdown with a code block), indented under the item.
        for (const l of meta.remediationSteps.trimEnd().split("\n")) lines.push(l ? `  ${l}` : "");
        lines.push("", "  </details>");
    } else if (o.details && meta) {
        const controls = (Object.keys(FRAMEWORKS) as FrameworkId[])
            .filter((id) => meta.controls[id]?.ids.length)
            .map((id) => `**${FRAMEWORKS[id].label}** ${meta.controls[id]!.ids.join(", ")}`);
        lines.push("  <details><summary>Controls and remediation</summary>", "");
        if (controls.length) lines.push(`  ${controls.join(" · ")}`, "");
        lines.push(`  ${mdText(meta.description)}`, "");
        const code = /```typescript\n([\s\S]*?)```/.exec(meta.remediationSteps);
        if (code) {
            lines.push("  ```typescript");
            for (const l of code[1].trimEnd().split("\n")) lines.push(`  ${l}`);
            lines.push("  ```", "");
        }
        lines.push("  </details>");
    } else if (o.details && f.controls) {
        lines.push(`  <sub>${mdText(f.controls)}</sub>`);
    }
    return lines;
}

/**
 * What every rendering attempt of a report reads, worked out once: each of up to four attempts
 * summarised, grouped and mapped all 500,000 findings of a large log again.
 */
interface MdPrep {
    s: Summary;
    judged: Summary;
    fw: ReturnType<typeof byFramework>;
    fresh: Finding[];
    mandatory: Finding[];
    advisory: Finding[];
    grouped: (findings: Finding[]) => ResourceGroup[];
}

function prepareMarkdown(report: Report): MdPrep {
    const s = summarize(report.findings);
    const b = report.baseline;
    const fresh = report.findings.filter((f) => f.baseline === "new");
    const rest = b ? report.findings.filter((f) => f.baseline !== "new") : report.findings;
    const groups = new Map<Finding[], ResourceGroup[]>();
    // A list of one level is kept as it is, so its resource groups are the ones the summary made.
    const ofLevel = (level: Finding["level"]) => (rest.every((f) => f.level === level) ? rest : rest.filter((f) => f.level === level));
    return {
        s,
        judged: b ? summarize(fresh) : s,
        fw: report.findings.length === 0 ? [] : byFramework(report.findings),
        fresh,
        mandatory: ofLevel("mandatory"),
        advisory: ofLevel("advisory"),
        grouped: (findings) => {
            let g = groups.get(findings);
            if (!g) groups.set(findings, (g = groupByResource(findings)));
            return g;
        },
    };
}

function renderMarkdown(report: Report, o: MdOptions, limit: number, prep = prepareMarkdown(report)): { text: string; omitted: number } {
    const s = prep.s;
    const out = new Budget(limit);
    const title = `${report.tool.name}${report.stack ? `: ${report.project ?? ""}${report.project ? "/" : ""}${report.stack}` : ""}`;
    const b = report.baseline;
    // With a baseline the heading says what this change made worse: only new findings count.
    const judged = prep.judged;
    out.add([`## ${judged.mandatory > 0 ? "❌" : judged.advisory > 0 ? "⚠️" : "✅"} ${mdText(title, CAP.title)}`, ""]);
    if (b) {
        out.add([
            `**${b.new} new** (${judged.mandatory} mandatory) · ${b.unchanged} unchanged · ${b.fixed.length} fixed since the baseline.`,
            "",
        ]);
    }
    if (report.findings.length === 0) {
        out.add(["No policy violations.", ""]);
    } else {
        out.add([
            `**${s.mandatory} mandatory** and **${s.advisory} advisory** findings on ${s.resourcesWithFindings} resource${s.resourcesWithFindings === 1 ? "" : "s"}.` +
                (s.mandatory > 0 ? " Mandatory findings block the deployment." : ""),
            "",
            "| Level | Critical | High | Medium | Low | Total |",
            "|---|---:|---:|---:|---:|---:|",
        ]);
        for (const lvl of ["mandatory", "advisory"] as const) {
            const b = s.byLevelSeverity[lvl];
            out.add([`| ${lvl} | ${b.critical} | ${b.high} | ${b.medium} | ${b.low} | ${s[lvl]} |`]);
        }
        out.add([""]);
        const fw = prep.fw;
        if (fw.length) {
            out.add(["| Framework | Findings | Controls |", "|---|---:|---|"]);
            for (const f of fw) {
                const shown = f.controls.slice(0, 8).join(", ") + (f.controls.length > 8 ? ` … (+${f.controls.length - 8})` : "");
                out.add([`| ${mdText(f.name)} | ${f.findings} | ${mdText(shown)} |`]);
            }
            out.add([""]);
        }
    }
    let omitted = 0;
    const section = (findings: Finding[]) => {
        for (const g of prep.grouped(findings)) {
            let first = true;
            for (const f of g.findings) {
                if (out.full) {
                    omitted++;
                    continue;
                }
                const item = findingItem(f, o);
                const heading = first && o.verbosity !== "summary";
                const lines = heading ? [`#### ${codeSpan(g.name)} <sub>${mdText(g.type, CAP.name)}</sub>`, "", ...item] : item;
                if (!out.add(lines, TAIL_RESERVE)) omitted++;
                else first = false;
            }
            if (!first && o.verbosity !== "summary") out.add([""]);
        }
        if (o.verbosity === "summary") out.add([""]);
    };
    const fresh = prep.fresh;
    if (b) {
        out.add([`### 🆕 New since the baseline (${fresh.length})`, ""]);
        if (fresh.length) section(fresh);
        else out.add(["No new findings.", ""]);
    }
    const { mandatory, advisory } = prep;
    if (b && mandatory.length) {
        out.add([`<details><summary><b>Unchanged mandatory (${mandatory.length})</b></summary>`, ""]);
        section(mandatory);
        out.add(["</details>", ""]);
    } else if (mandatory.length) {
        out.add([`### Mandatory (${mandatory.length})`, ""]);
        section(mandatory);
    }
    if (advisory.length) {
        out.add([`<details><summary><b>${b ? "Unchanged advisory" : "Advisory"} (${advisory.length})</b></summary>`, ""]);
        if (o.advisoryItems) section(advisory);
        else {
            const per = new Map<string, number>();
            for (const f of advisory) per.set(f.policy, (per.get(f.policy) ?? 0) + 1);
            out.add(["| Policy | Resources |", "|---|---:|"]);
            for (const [p, n] of [...per].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
                if (!out.add([`| ${codeSpan(p, CAP.policy, true)} | ${n} |`], TAIL_RESERVE)) omitted += n;
            }
            out.add([""]);
        }
        out.add(["</details>", ""]);
    }
    if (b?.fixed.length) {
        out.add([`<details><summary>✅ Fixed since the baseline (${b.fixed.length})</summary>`, ""]);
        for (const g of b.fixed) {
            const line = `- ${codeSpan(g.policy, CAP.policy)} on ${codeSpan(g.resourceName)}: ${mdMessage(g.problem.split("\n")[0] ?? "")}`;
            if (!out.add([line], TAIL_RESERVE)) {
                omitted++;
            }
        }
        out.add(["", "</details>", ""]);
    }
    // Counted like findings: a fix that does not fit is said in the closing note (a heading of 5,000 fixes listed none).
    let fixesOmitted = 0;
    if (report.fixed?.length) {
        out.add([`<details><summary>Fixed by the pack (${report.fixed.length})</summary>`, ""]);
        for (const f of report.fixed) {
            if (out.full) {
                fixesOmitted++;
                continue;
            }
            const what = mdMessage(f.changes.join(", ") || "no setting changed");
            const line = `- ✅ ${f.applied ? "fixed" : "would fix"}: ${codeSpan(f.policy, CAP.policy)} on ${codeSpan(f.resourceName)}: ${what}`;
            if (!out.add([line], TAIL_RESERVE)) fixesOmitted++;
        }
        if (fixesOmitted > 0)
            out.add(["", `_${fixesOmitted} of ${report.fixed.length} fixes are not listed here; see the JSON or SARIF report._`]);
        out.add(["", "</details>", ""]);
    }
    let exemptionsOmitted = 0;
    if (report.exempted.length) {
        out.add([`<details><summary>Exempted (${report.exempted.length})</summary>`, ""]);
        for (const e of report.exempted) {
            if (out.full) {
                exemptionsOmitted++;
                continue;
            }
            const line = `- ${codeSpan(e.policy, CAP.policy)} on ${codeSpan(e.urn.split("::").pop() ?? "")}: ${mdText(e.reason, CAP.reason)}`;
            if (!out.add([line], TAIL_RESERVE)) exemptionsOmitted++;
        }
        out.add(["", "</details>", ""]);
    }
    if (omitted + exemptionsOmitted + fixesOmitted > 0) {
        const what = [
            omitted ? `${omitted} more findings` : "",
            fixesOmitted ? `${fixesOmitted} fixes` : "",
            exemptionsOmitted ? `${exemptionsOmitted} exemptions` : "",
        ];
        out.add([
            `_${what.filter(Boolean).join(" and ")} are not listed here to keep this comment under GitHub's ${GITHUB_COMMENT_LIMIT.toLocaleString("en")}-character limit; see the SARIF or JSON report of this run._`,
            "",
        ]);
    }
    out.add([
        `<sub>${mdText(`${report.tool.name} ${report.tool.version}`, CAP.policy)} · [policies](${REPOSITORY}/blob/main/docs/policies/README.md)</sub>`,
        "",
    ]);
    return { text: out.lines.join("\n"), omitted: omitted + exemptionsOmitted + fixesOmitted };
}

/**
 * Markdown for a pull-request comment, under `limit` UTF-8 bytes whatever the input: with every
 * detail when that fits, else more compact, else truncated with a line saying what was left out.
 */
export function formatMarkdown(report: Report, limit = GITHUB_COMMENT_LIMIT - 1_000, verbosity: Verbosity = "normal"): string {
    const attempts: MdOptions[] =
        verbosity === "summary"
            ? [{ details: false, advisoryItems: true, verbosity }]
            : [
                  ...(verbosity === "full" ? [{ details: true, advisoryItems: true, verbosity }] : []),
                  { details: true, advisoryItems: true },
                  { details: false, advisoryItems: true },
                  { details: false, advisoryItems: false },
              ];
    let text = "";
    const prep = prepareMarkdown(report);
    for (const o of attempts) {
        const r = renderMarkdown(report, o, limit, prep);
        text = r.text;
        if (r.omitted === 0) break;
    }
    return text;
}

// ---------------------------------------------------------------- SARIF

const SECURITY_SEVERITY: Record<string, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0", "": "5.0" };

function ruleName(policy: string): string {
    return policy
        .split("-")
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join("");
}

function uriOf(file: string, base: string): string {
    const r = path.relative(base, file);
    return (r.startsWith("..") || path.isAbsolute(r) ? `file://${file}` : r).split(path.sep).join("/");
}

export function formatSarif(report: Report, base = process.cwd(), exitCode = exitCodeOf(report.findings)): string {
    return joinChunks(formatSarifChunks(report, base, exitCode));
}

/** SARIF as chunks (see formatJsonChunks): its `results` are opened one result a chunk. */
export function formatSarifChunks(report: Report, base = process.cwd(), exitCode = exitCodeOf(report.findings)): Iterable<string | Buffer> {
    // Down to each of $.runs[0].results.
    return withNewline(streamJson(sarifReport(report, base, exitCode), "", 4));
}

/**
 * GitHub code scanning rejects a SARIF run of more than 25,000 results (and shows the first 5,000): a
 * larger report keeps the first 25,000 in the report's order (new findings first, then resources with
 * mandatory findings) and says how many it left out. `--format json` holds every finding.
 */
export const SARIF_MAX_RESULTS = 25_000;

/** How many results a SARIF rendering of `report` leaves out (0 when all fit). */
export function sarifResultsLeftOut(report: Report): number {
    const n = report.findings.length + (report.fixed?.length ?? 0) + (report.baseline?.fixed.length ?? 0);
    return Math.max(0, n - SARIF_MAX_RESULTS);
}

function sarifReport(report: Report, base: string, exitCode: number) {
    const fixed = report.fixed ?? [];
    const policies = [...new Set([...report.findings, ...fixed, ...(report.baseline?.fixed ?? [])].map((f) => f.policy))].sort();
    const rules = policies.map((name) => {
        const meta = policyMeta(name);
        // A policy with only fixes (no finding) still has its catalog entry; `name` is the last resort.
        const f: Partial<Finding> & { description: string } = report.findings.find((x) => x.policy === name) ?? { description: name };
        const severity = meta?.severity ?? f.severity;
        const level = (meta?.enforcementLevel ?? f.level) === "mandatory" ? "error" : "warning";
        const tags = meta
            ? ["security", meta.practice, ...Object.keys(meta.controls).filter((k) => meta.controls[k as FrameworkId]?.ids.length)]
            : ["security"];
        return {
            id: name,
            name: ruleName(name),
            shortDescription: { text: meta?.description ?? f.description },
            fullDescription: { text: meta ? `${meta.description} Fix: ${meta.fix}` : f.description },
            helpUri: f.docs ?? (meta ? docsUrl(meta) : REPOSITORY),
            help: { text: meta?.remediationSteps ?? f.fix ?? f.description, markdown: meta?.remediationSteps ?? f.fix ?? f.description },
            defaultConfiguration: { level },
            properties: {
                tags,
                "security-severity": SECURITY_SEVERITY[severity ?? ""],
                precision: "very-high",
                "problem.severity": level === "error" ? "error" : "warning",
                ...(meta ? { controls: formatControls(meta.controls, 100) } : {}),
            },
        };
    });
    const index = new Map(policies.map((p, i) => [p, i]));
    const b = report.baseline;
    const ordered = baselineOrder(report.findings);
    const results = new LazyArray(ordered.length, (i) => {
        const f = ordered[i];
        const location: Record<string, unknown> = {
            logicalLocations: [{ name: f.resourceName, fullyQualifiedName: f.urn, kind: "resource" }],
        };
        if (f.source) {
            location.physicalLocation = {
                artifactLocation: { uri: uriOf(f.source.file, base) },
                region: { startLine: Math.max(1, f.source.line), ...(f.source.column > 0 ? { startColumn: f.source.column } : {}) },
            };
        }
        return {
            ruleId: f.policy,
            ruleIndex: index.get(f.policy)!,
            level: f.level === "mandatory" ? "error" : "warning",
            message: { text: [f.problem, f.fix ? `Fix: ${f.fix}` : ""].filter(Boolean).join("\n") },
            locations: [location],
            partialFingerprints: {
                "sagemakerGuard/v1": sha256Hex(`${f.policy}\u0000${f.urn}\u0000${f.problem}`).slice(0, 32),
                // Policy, URN and the facts the message quotes, not its wording (what --baseline matches on).
                "sagemakerGuard/facts/v1": f.fingerprint ?? fingerprint(f),
            },
            ...(b ? { baselineState: f.baseline === "new" ? "new" : "unchanged" } : {}),
            properties: { enforcementLevel: f.level, severity: f.severity, resourceType: f.resourceType, urn: f.urn },
        };
    });
    // A baseline finding this run no longer has: SARIF's "absent", a pass of its rule on that resource.
    const absent = (b?.fixed ?? []).map((g) => ({
        ruleId: g.policy,
        ruleIndex: index.get(g.policy)!,
        kind: "pass",
        level: "none",
        baselineState: "absent",
        message: { text: `fixed since the baseline: ${g.problem}` },
        locations: [{ logicalLocations: [{ name: g.resourceName, fullyQualifiedName: g.urn, kind: "resource" }] }],
        partialFingerprints: { "sagemakerGuard/facts/v1": g.fingerprint },
        properties: { enforcementLevel: g.level, resourceType: g.resourceType, urn: g.urn },
    }));
    // A fix is a result of kind "pass": the rule was checked and the pack made the resource comply.
    const fixes = fixed.map((f) => ({
        ruleId: f.policy,
        ruleIndex: index.get(f.policy)!,
        kind: f.applied ? "pass" : "fail",
        level: f.applied ? "none" : "error",
        message: { text: fixedLine(f) },
        locations: [{ logicalLocations: [{ name: f.resourceName, fullyQualifiedName: f.urn, kind: "resource" }] }],
        properties: { enforcementLevel: "remediate", fixed: f.applied, urn: f.urn, resourceType: f.resourceType, changes: f.changes },
    }));
    const all = LazyArray.concat<unknown>(results, fixes, absent);
    const leftOut = sarifResultsLeftOut(report);
    const sarif = {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: report.tool.name,
                        version: report.tool.version,
                        semanticVersion: /^\d+\.\d+\.\d+/.test(report.tool.version) ? report.tool.version : undefined,
                        informationUri: REPOSITORY,
                        rules,
                    },
                },
                automationDetails: report.stack ? { id: `${report.tool.name}/${report.project ?? ""}/${report.stack}/` } : undefined,
                invocations: [
                    {
                        executionSuccessful: true,
                        exitCode,
                        ...(leftOut
                            ? {
                                  toolExecutionNotifications: [
                                      {
                                          level: "warning",
                                          message: {
                                              text: `${leftOut} of ${all.length} results are left out: GitHub code scanning rejects a run of more than ${SARIF_MAX_RESULTS}. The report in --format json holds every finding.`,
                                          },
                                      },
                                  ],
                              }
                            : {}),
                    },
                ],
                results: leftOut ? new LazyArray(SARIF_MAX_RESULTS, (i) => all.at(i)) : all,
            },
        ],
    };
    return sarif;
}
