// Markdown (pull-request comment), SARIF 2.1.0 (code scanning) and JSON renderings of a report.

import { createHash } from "crypto";
import * as path from "path";
import { FRAMEWORKS, FrameworkId, formatControls } from "../policies/core/frameworks";
import { byFramework, docsUrl, exitCodeOf, Finding, fixedLine, groupByResource, policyMeta, Report, summarize } from "./findings";

/** GitHub's limit for an issue or pull-request comment body. */
export const GITHUB_COMMENT_LIMIT = 65_536;
const REPOSITORY = "https://github.com/sagemaker-guard/sagemaker-guard";

// ---------------------------------------------------------------- JSON

export function formatJson(report: Report): string {
    const s = summarize(report.findings);
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
            exitCode: exitCodeOf(report.findings),
        },
        findings: groupByResource(report.findings).flatMap((g) =>
            g.findings.map((f) => {
                const meta = policyMeta(f.policy);
                return {
                    ...f,
                    controls: meta ? Object.fromEntries(Object.entries(meta.controls).map(([k, m]) => [k, m!.ids])) : f.controls,
                };
            }),
        ),
        exempted: report.exempted,
        fixed: (report.fixed ?? []).map((f) => ({ ...f, line: fixedLine(f) })),
    };
    return JSON.stringify(out, null, 2) + "\n";
}

// ---------------------------------------------------------------- Markdown

/** Text for a Markdown table cell or list item: no pipes, no raw HTML, one line. */
function md(s: string): string {
    return s.replace(/\r?\n/g, " ").replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const SEV_ICON: Record<string, string> = { critical: "🟥", high: "🟧", medium: "🟨", low: "🟦", "": "⬜" };

interface MdOptions {
    /** Per-finding controls and remediation in <details>. */
    details: boolean;
    /** Advisory findings listed one by one (else summarised per policy). */
    advisoryItems: boolean;
    /** At most this many findings listed; the rest summarised. */
    maxItems: number;
}

function findingItem(f: Finding, o: MdOptions): string[] {
    const meta = policyMeta(f.policy);
    const docs = f.docs ?? (meta ? docsUrl(meta) : undefined);
    const name = docs ? `[\`${f.policy}\`](${docs})` : `\`${f.policy}\``;
    const lines = [`- ${SEV_ICON[f.severity]} **${f.severity || "unspecified"}** ${name}: ${md(f.problem)}`];
    if (f.fix) lines.push(`  **Fix:** ${md(f.fix)}`);
    if (o.details && meta) {
        const controls = (Object.keys(FRAMEWORKS) as FrameworkId[])
            .filter((id) => meta.controls[id]?.ids.length)
            .map((id) => `**${FRAMEWORKS[id].label}** ${meta.controls[id]!.ids.join(", ")}`);
        lines.push("  <details><summary>Controls and remediation</summary>", "");
        if (controls.length) lines.push(`  ${controls.join(" · ")}`, "");
        lines.push(`  ${md(meta.description)}`, "");
        const code = /```typescript\n([\s\S]*?)```/.exec(meta.remediationSteps);
        if (code)
            lines.push(
                "  ```typescript",
                ...code[1]
                    .trimEnd()
                    .split("\n")
                    .map((l) => `  ${l}`),
                "  ```",
                "",
            );
        lines.push("  </details>");
    } else if (o.details && f.controls) {
        lines.push(`  <sub>${md(f.controls)}</sub>`);
    }
    return lines;
}

function renderMarkdown(report: Report, o: MdOptions): string {
    const s = summarize(report.findings);
    const out: string[] = [];
    const title = `${report.tool.name}${report.stack ? `: ${report.project ?? ""}${report.project ? "/" : ""}${report.stack}` : ""}`;
    out.push(`## ${s.mandatory > 0 ? "❌" : s.advisory > 0 ? "⚠️" : "✅"} ${md(title)}`, "");
    if (report.findings.length === 0) {
        out.push("No policy violations.", "");
    } else {
        out.push(
            `**${s.mandatory} mandatory** and **${s.advisory} advisory** findings on ${s.resourcesWithFindings} resource${s.resourcesWithFindings === 1 ? "" : "s"}.` +
                (s.mandatory > 0 ? " Mandatory findings block the deployment." : ""),
            "",
        );
        out.push("| Level | Critical | High | Medium | Low | Total |", "|---|---:|---:|---:|---:|---:|");
        for (const lvl of ["mandatory", "advisory"] as const) {
            const b = s.byLevelSeverity[lvl];
            out.push(`| ${lvl} | ${b.critical} | ${b.high} | ${b.medium} | ${b.low} | ${s[lvl]} |`);
        }
        out.push("");
        const fw = byFramework(report.findings);
        if (fw.length) {
            out.push("| Framework | Findings | Controls |", "|---|---:|---|");
            for (const f of fw) {
                const shown = f.controls.slice(0, 8).join(", ") + (f.controls.length > 8 ? ` … (+${f.controls.length - 8})` : "");
                out.push(`| ${md(f.name)} | ${f.findings} | ${md(shown)} |`);
            }
            out.push("");
        }
    }
    let listed = 0;
    let omitted = 0;
    const section = (level: "mandatory" | "advisory", findings: Finding[]) => {
        const body: string[] = [];
        for (const g of groupByResource(findings)) {
            const items: string[] = [];
            for (const f of g.findings) {
                if (listed >= o.maxItems) {
                    omitted++;
                    continue;
                }
                listed++;
                items.push(...findingItem(f, o));
            }
            if (items.length) body.push(`#### \`${md(g.name)}\` <sub>${md(g.type)}</sub>`, "", ...items, "");
        }
        return body;
    };
    const mandatory = report.findings.filter((f) => f.level === "mandatory");
    const advisory = report.findings.filter((f) => f.level === "advisory");
    if (mandatory.length) out.push(`### Mandatory (${mandatory.length})`, "", ...section("mandatory", mandatory));
    if (advisory.length) {
        out.push(`<details><summary><b>Advisory (${advisory.length})</b></summary>`, "");
        if (o.advisoryItems) out.push(...section("advisory", advisory));
        else {
            const per = new Map<string, number>();
            for (const f of advisory) per.set(f.policy, (per.get(f.policy) ?? 0) + 1);
            out.push("| Policy | Resources |", "|---|---:|");
            for (const [p, n] of [...per].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) out.push(`| \`${p}\` | ${n} |`);
            out.push("");
        }
        out.push("</details>", "");
    }
    if (omitted > 0)
        out.push(
            `_${omitted} more findings are not listed here to keep this comment under GitHub's size limit; see the SARIF or JSON report of this run._`,
            "",
        );
    if (report.fixed?.length) {
        out.push(`<details><summary>Fixed by the pack (${report.fixed.length})</summary>`, "");
        for (const f of report.fixed.slice(0, 200)) out.push(`- ✅ ${md(fixedLine(f))}`);
        out.push("", "</details>", "");
    }
    if (report.exempted.length) {
        out.push(`<details><summary>Exempted (${report.exempted.length})</summary>`, "");
        for (const e of report.exempted.slice(0, 200))
            out.push(`- \`${e.policy}\` on \`${md(e.urn.split("::").pop()!)}\`: ${md(e.reason)}`);
        out.push("", "</details>", "");
    }
    out.push(
        `<sub>${md(`${report.tool.name} ${report.tool.version}`)} · [policies](${REPOSITORY}/blob/main/docs/policies/README.md)</sub>`,
        "",
    );
    return out.join("\n");
}

/** Markdown for a pull-request comment, summarised until it fits under `limit` characters. */
export function formatMarkdown(report: Report, limit = GITHUB_COMMENT_LIMIT - 1_000): string {
    const n = report.findings.length;
    const attempts: MdOptions[] = [
        { details: true, advisoryItems: true, maxItems: Infinity },
        { details: false, advisoryItems: true, maxItems: Infinity },
        { details: false, advisoryItems: false, maxItems: Infinity },
    ];
    for (const o of attempts) {
        const text = renderMarkdown(report, o);
        if (text.length <= limit) return text;
    }
    let lo = 0;
    let hi = n;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (renderMarkdown(report, { details: false, advisoryItems: false, maxItems: mid }).length <= limit) lo = mid;
        else hi = mid - 1;
    }
    return renderMarkdown(report, { details: false, advisoryItems: false, maxItems: lo });
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

export function formatSarif(report: Report, base = process.cwd()): string {
    const fixed = report.fixed ?? [];
    const policies = [...new Set([...report.findings, ...fixed].map((f) => f.policy))].sort();
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
    const results = groupByResource(report.findings).flatMap((g) =>
        g.findings.map((f) => {
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
                    "sagemakerGuard/v1": createHash("sha256")
                        .update(`${f.policy}\u0000${f.urn}\u0000${f.problem}`)
                        .digest("hex")
                        .slice(0, 32),
                },
                properties: { enforcementLevel: f.level, severity: f.severity, resourceType: f.resourceType, urn: f.urn },
            };
        }),
    );
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
                invocations: [{ executionSuccessful: true, exitCode: exitCodeOf(report.findings) }],
                results: [...results, ...fixes],
            },
        ],
    };
    return JSON.stringify(sarif, null, 2) + "\n";
}
