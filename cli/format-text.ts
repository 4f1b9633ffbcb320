// Text output: findings grouped by resource, in a stable order, with a summary line at the end.

import * as path from "path";
import { controlLabel } from "../policies/core/controls";
import { FRAMEWORKS, FrameworkId } from "../policies/core/frameworks";
import { Finding, fixedLine, groupByResource, policyMeta, remembered, Report, summarize } from "./findings";

export interface Colors {
    red(s: string): string;
    yellow(s: string): string;
    green(s: string): string;
    dim(s: string): string;
    bold(s: string): string;
    cyan(s: string): string;
    magenta(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const ANSI: Colors = {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
    cyan: wrap(36, 39),
    magenta: wrap(35, 39),
};
const PLAIN: Colors = {
    red: (s) => s,
    yellow: (s) => s,
    green: (s) => s,
    dim: (s) => s,
    bold: (s) => s,
    cyan: (s) => s,
    magenta: (s) => s,
};

/** Colour when asked (--color / FORCE_COLOR), never with --no-color or NO_COLOR, else when stdout is a TTY. */
export function useColor(flag: boolean | undefined, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
    if (flag !== undefined) return flag;
    if (env.NO_COLOR) return false;
    if (env.FORCE_COLOR && env.FORCE_COLOR !== "0") return true;
    return !!stream.isTTY && env.TERM !== "dumb";
}

/**
 * An untrusted string (a name, a URN, a message from another pack) made safe for a terminal, on one
 * line: every control character (C0 including ESC, so no cursor movement, screen clear, OSC 8 link
 * or window title; lone CR; DEL; C1) and every bidirectional override is shown as a visible `\\u{…}`
 * escape instead of acting. Our own colours are added after this, so they are the only ones left.
 */
export function terminalSafe(s: string): string {
    // eslint-disable-next-line no-control-regex
    return s.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) =>
        c === "\t" ? " " : `\\u{${c.charCodeAt(0).toString(16)}}`,
    );
}

/** Lines of an untrusted multi-line text (CRLF, lone CR and LF all end a line), each made safe. */
export function safeLines(s: string): string[] {
    return s.split(/\r\n|\r|\n/).map(terminalSafe);
}

export function colors(on: boolean): Colors {
    return on ? ANSI : PLAIN;
}

function severityColor(c: Colors, f: Finding): (s: string) => string {
    if (f.severity === "critical") return (s) => c.bold(c.red(s));
    if (f.severity === "high") return c.red;
    if (f.severity === "medium") return c.yellow;
    return c.dim;
}

function rel(file: string): string {
    const r = path.relative(process.cwd(), file);
    return r.startsWith("..") ? file : r;
}

export function summaryLine(findings: Finding[], c: Colors = PLAIN): string {
    const s = summarize(findings);
    const levels = `${s.mandatory} mandatory · ${s.advisory} advisory`;
    const sev = (["critical", "high", "medium", "low"] as const).map((k) => `${k} ${s.bySeverity[k]}`).join(" · ");
    const head = s.mandatory > 0 ? c.red(levels) : s.advisory > 0 ? c.yellow(levels) : c.green(levels);
    return `${head}  |  ${sev}`;
}

/** `full`: each finding's controls with their titles and the policy's remediation steps. */
function fullDetails(f: Finding, c: Colors): string[] {
    const meta = policyMeta(f.policy);
    if (!meta) return [];
    const out: string[] = [];
    for (const id of Object.keys(FRAMEWORKS) as FrameworkId[]) {
        const ids = meta.controls[id]?.ids ?? [];
        if (ids.length) out.push(c.dim(`      ${FRAMEWORKS[id].label}: ${ids.map((x) => terminalSafe(controlLabel(id, x))).join("; ")}`));
    }
    out.push(c.dim("      Remediation:"));
    for (const l of safeLines(meta.remediationSteps.trimEnd())) out.push(c.dim(`        ${l}`));
    return out;
}

/** `summary`: one line per finding, the worst first. */
function summaryLines(report: Report, c: Colors): string[] {
    const t = terminalSafe;
    return groupByResource(report.findings).flatMap((g) =>
        g.findings.map((f) => {
            const mark = f.level === "mandatory" ? c.red("✖ mandatory") : c.yellow("▲ advisory ");
            const first = safeLines(f.problem)[0]?.split(/(?<=\.)\s/)[0] ?? "";
            return `${f.baseline === "new" ? c.magenta("[new] ") : ""}${mark} ${f.severity ? severityColor(c, f)(f.severity.padEnd(8)) : "".padEnd(8)} ${c.bold(t(f.policy))}  ${t(g.name)}: ${first}`;
        }),
    );
}

export function formatText(report: Report, c: Colors = PLAIN, verbosity: "summary" | "normal" | "full" = "normal"): string {
    return [...formatTextChunks(report, c, verbosity)].join("");
}

/** How many lines of resources go into one chunk (about 100 resources, 40 KB). */
const LINES_PER_CHUNK = 1_000;

/** The text report a few resources at a time: a report of 500,000 findings is never one string (cli/main.ts writes the chunks). */
export function* formatTextChunks(
    report: Report,
    c: Colors = PLAIN,
    verbosity: "summary" | "normal" | "full" = "normal",
): Iterable<string> {
    // The policy, fix, controls and docs of a policy are the same strings in thousands of findings: made safe once.
    const t = remembered(terminalSafe);
    const lines = remembered(safeLines);
    const out: string[] = [];
    const groups = verbosity === "summary" ? [] : groupByResource(report.findings);
    if (verbosity === "summary" && report.findings.length) out.push(...summaryLines(report, c), "");
    for (const g of groups) {
        const isStack = g.type === "pulumi:pulumi:Stack";
        // A resource's name is seen once: made safe without remembering it.
        out.push(`${c.bold(terminalSafe(isStack ? `stack ${g.name}` : g.name))}  ${c.dim(t(g.type))}`);
        const src = g.findings[0].source;
        if (src) out.push(c.dim(`  declared at ${t(rel(src.file))}:${src.line}`));
        for (const f of g.findings) {
            const mark = f.level === "mandatory" ? c.red("✖ [mandatory]") : c.yellow("▲ [advisory] ");
            const sev = f.severity ? severityColor(c, f)(`[severity: ${f.severity}]`) : "";
            out.push(`  ${f.baseline === "new" ? c.magenta("[new] ") : ""}${mark} ${sev}  ${c.bold(t(f.policy))}`);
            for (const line of lines(f.problem)) out.push(`      ${line}`);
            if (f.fix) out.push(`      ${c.cyan("Fix:")} ${lines(f.fix).join(" ")}`);
            if (f.controls) out.push(c.dim(`      Controls: ${t(f.controls)}`));
            if (f.docs) out.push(c.dim(`      Docs: ${t(f.docs)}`));
            if (verbosity === "full") out.push(...fullDetails(f, c));
        }
        out.push("");
        // Many resources a chunk: a chunk (and a write) a resource was most of the writing's cost.
        if (out.length >= LINES_PER_CHUNK) {
            yield out.join("\n") + "\n";
            out.length = 0;
        }
    }
    const b = report.baseline;
    if (b?.fixed.length) {
        out.push(c.bold(`Fixed since the baseline (${b.fixed.length})`));
        for (const g of b.fixed) out.push(`  ${c.green("✔")} ${t(g.policy)}  ${t(g.resourceName)}: ${safeLines(g.problem)[0] ?? ""}`);
        out.push("");
    }
    if (report.fixed?.length) {
        out.push(c.bold("Fixed by the pack (remediate level)"));
        for (const f of report.fixed) out.push(`  ${c.green(t(fixedLine(f)))}`);
        out.push("");
    }
    if (report.exempted.length > 0) {
        out.push(c.bold("Exempted"));
        for (const e of [...report.exempted].sort((a, b) => a.urn.localeCompare(b.urn) || a.policy.localeCompare(b.policy))) {
            out.push(`  ${t(e.policy)}  ${c.dim(t(e.urn.split("::").slice(-1)[0]))}  ${safeLines(e.reason).join(" ")}`);
        }
        out.push("");
    }
    const what = report.source.kind === "program" ? `program ${report.source.path}` : `${report.source.kind} ${report.source.path}`;
    const counts = [
        report.resources !== undefined ? `${report.resources} resources` : undefined,
        report.policies !== undefined ? `${report.policies} policies` : undefined,
        report.durationMs !== undefined ? `${(report.durationMs / 1000).toFixed(1)} s` : undefined,
    ].filter(Boolean);
    out.push(c.dim(t(`${report.tool.name} ${report.tool.version}: ${what}${counts.length ? ` (${counts.join(", ")})` : ""}`)));
    const fixes =
        (report.fixed?.length ? `  |  ${report.fixed.length} fixed` : "") +
        (b ? `  |  baseline: ${b.new} new · ${b.unchanged} unchanged · ${b.fixed.length} fixed` : "");
    if (report.findings.length === 0) out.push(c.green("No findings.") + "  " + summaryLine(report.findings, c) + fixes);
    else out.push(summaryLine(report.findings, c) + fixes);
    yield out.join("\n") + "\n";
}
