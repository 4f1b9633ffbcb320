// The evidence report (cli/evidence.ts) as a self-contained HTML page, CSV and JSON.
//
// Everything that is not ours (resource names, types and URNs, messages, reasons, approvers, paths,
// stack and project names) is escaped for where it lands: HTML text and attribute values, or a CSV
// cell. The HTML page loads nothing: no script, no external style sheet, font or image.

import { Evidence, Judgement, OUTCOME_LABEL, OUTCOMES, Outcome } from "./evidence";

// ---------------------------------------------------------------- JSON

export function formatEvidenceJson(e: Evidence): string {
    return JSON.stringify(e, null, 2) + "\n";
}

// ---------------------------------------------------------------- CSV (RFC 4180)

export const CSV_COLUMNS = [
    "framework",
    "control_id",
    "control_title",
    "control_status",
    "policy",
    "cited_as",
    "policy_level",
    "resource_urn",
    "resource_type",
    "resource_name",
    "result",
    "violation_level",
    "detail",
    "exemption_reason",
    "exemption_expires",
    "exemption_approved_by",
] as const;

/**
 * One cell: quoted when it holds a comma, quote, CR or LF; a cell that starts with `=`, `+`, `-`, `@`,
 * tab or CR gets a leading `'` so that a spreadsheet shows it as text instead of running it as a
 * formula (OWASP's advice against CSV injection).
 */
export function csvCell(s: string): string {
    let t = s;
    if (/^[=+\-@\t\r]/.test(t)) t = `'${t}`;
    return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/**
 * One row per control × policy × resource judged; a control no policy covers has one row (result
 * `not covered`), and so has a policy that judged no resource (result `no resource judged`).
 */
export function formatEvidenceCsv(e: Evidence): string {
    const rows: string[][] = [[...CSV_COLUMNS]];
    const fw = e.header.framework.id;
    for (const c of e.controls) {
        const head = [fw, c.id, c.title, c.status];
        if (!c.policies.length) rows.push([...head, "", "", "", "", "", "", "not covered", "", "", "", "", ""]);
        for (const p of c.policies) {
            const pol = [p.policy, p.citedAs, p.level];
            if (!p.results.length) rows.push([...head, ...pol, "", "", "", "no resource judged", "", "", "", "", ""]);
            for (const r of p.results) {
                rows.push([
                    ...head,
                    ...pol,
                    r.urn,
                    r.resourceType,
                    r.resourceName,
                    OUTCOME_LABEL[r.outcome],
                    r.level ?? "",
                    r.detail ?? "",
                    r.exemption?.reason ?? "",
                    r.exemption?.expires ?? "",
                    r.exemption?.approvedBy ?? "",
                ]);
            }
        }
    }
    return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

// ---------------------------------------------------------------- HTML

/** Text for HTML (element content and quoted attribute values): the five special characters as
 * entities, and control and bidirectional-override characters shown as U+FFFD instead of acting. */
export function htmlEscape(s: string): string {
    return (
        s
            // eslint-disable-next-line no-control-regex
            .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "\ufffd")
            .replace(/&/g, "&amp;")
            .replace(/</g, "&lt;")
            .replace(/>/g, "&gt;")
            .replace(/"/g, "&quot;")
            .replace(/'/g, "&#39;")
    );
}

const h = htmlEscape;

const STYLE = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bad:#b3261e;--warn:#8a5a00;--ok:#1a7f37;--na:#57606a;--unk:#6639ba}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);margin:24px auto;max-width:1200px;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{font-size:15px;margin:0}
table{border-collapse:collapse;width:100%;margin:6px 0 14px}
th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f6f8fa;font-weight:600}
.meta th{width:220px}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
.b{display:inline-block;padding:0 6px;border-radius:9px;font-size:12px;font-weight:600;border:1px solid currentColor;white-space:nowrap}
.violated{color:var(--bad)}.not-judged,.could-not-be-judged{color:var(--unk)}.passed{color:var(--ok)}
.not-applicable,.exempted,.no-resource-judged{color:var(--na)}.not-covered{color:var(--warn)}
table.results{table-layout:fixed}table.results col.p{width:26%}table.results col.r{width:24%}table.results col.o{width:14%}
.control{border:1px solid var(--line);border-radius:6px;padding:10px 12px;margin:10px 0;page-break-inside:avoid;break-inside:avoid}
.control header{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
.counts{color:var(--muted);font-size:12.5px}
.muted{color:var(--muted)}
ul.derivation li{margin:3px 0}
@media print{body{margin:0;max-width:none;font-size:11px}table.results{table-layout:fixed}table.results col.p{width:26%}table.results col.r{width:24%}table.results col.o{width:14%}
.control{border-color:#999}a{color:inherit;text-decoration:none}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}tr{break-inside:avoid}}
`;

function badge(cls: string, text: string): string {
    return `<span class="b ${cls.replace(/ /g, "-")}">${h(text)}</span>`;
}

function counts(c: Record<Outcome, number>): string {
    return OUTCOMES.map((o) => `${OUTCOME_LABEL[o]} ${c[o]}`).join(" · ");
}

function resultCell(r: Judgement): string {
    const label = r.outcome === "violated" ? `violated (${r.level})` : OUTCOME_LABEL[r.outcome];
    let detail = r.detail ? h(r.detail) : "";
    if (r.exemption) {
        detail = [
            `reason: ${h(r.exemption.reason)}`,
            `expires: ${h(r.exemption.expires ?? "never")}`,
            `approved by: ${h(r.exemption.approvedBy ?? "not recorded")}`,
        ].join("<br>");
    }
    return `<td>${badge(r.outcome, label)}</td><td>${detail}</td>`;
}

export function formatEvidenceHtml(e: Evidence): string {
    const hd = e.header;
    const fw = hd.framework;
    const out: string[] = [];
    const title = `Compliance evidence: ${fw.name} (${fw.version})`;
    out.push(
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        // No script, no remote anything: a stray <img> or form in the data could not load or send.
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${h(title)}</title>`,
        `<style>${STYLE}</style>`,
        "</head>",
        "<body>",
        `<h1>${h(title)}</h1>`,
        `<p class="muted">Made by ${h(hd.pack.name)} ${h(hd.pack.version)} from the ${h(hd.input.kind === "events" ? "event log" : hd.input.kind)} below.</p>`,
        '<table class="meta">',
    );
    const meta: [string, string][] = [
        ["Policy pack", `${h(hd.pack.name)} ${h(hd.pack.version)}`],
        ["Framework", `${h(fw.name)}, ${h(fw.version)}`],
        ["Framework reference", `<span class="mono">${h(fw.reference)}</span>`],
        [
            "Policy config",
            hd.config
                ? `${h(hd.config.path)}<br><span class="mono">SHA-256 ${h(hd.config.sha256)}</span>`
                : "none: the pack's default levels",
        ],
        [
            `Input (${h(hd.input.kind)})`,
            `${h(hd.input.path)}<br><span class="mono">SHA-256 ${h(hd.input.sha256)}</span><br><span class="muted">${h(hd.input.hashed)}</span>`,
        ],
        ["Project / stack", `${h(hd.project ?? "not recorded")} / ${h(hd.stack ?? "not recorded")}`],
        ["Organisation", h(hd.organization ?? "not recorded in the input (give --org)")],
        ["Made at", `<span class="mono">${h(hd.generatedAt)}</span>`],
    ];
    for (const [k, v] of meta) out.push(`<tr><th>${k}</th><td>${v}</td></tr>`);
    out.push("</table>");

    const t = e.totals;
    out.push(
        "<h2>Summary</h2>",
        `<p>${t.controls} controls in the pack's control catalog for this framework: ${t.covered} covered by at least one policy, ${badge("not covered", `${t.notCovered} not covered`)}.</p>`,
        "<table><tr><th>Control status</th><th>Controls</th></tr>",
    );
    const statuses = ["violated", "could not be judged", "passed", "not applicable", "no resource judged", "not covered"] as const;
    for (const s of statuses) out.push(`<tr><td>${badge(s, s)}</td><td>${e.controls.filter((c) => c.status === s).length}</td></tr>`);
    out.push("</table>", "<table><tr><th>Result (control × policy × resource)</th><th>Count</th></tr>");
    for (const o of OUTCOMES) out.push(`<tr><td>${badge(o, OUTCOME_LABEL[o])}</td><td>${t[o]}</td></tr>`);
    out.push("</table>", "<h2>How the results are derived</h2>", '<ul class="derivation">');
    for (const d of e.derivation) out.push(`<li>${h(d)}</li>`);
    out.push("</ul>", "<h2>Controls</h2>");

    for (const c of e.controls) {
        out.push(
            `<section class="control" id="${h(`c-${c.id}`)}">`,
            `<header><h3><span class="mono">${h(c.id)}</span> ${h(c.title)}${c.kind ? ` <span class="muted">(${h(c.kind)})</span>` : ""}</h3>${badge(c.status, c.status)}` +
                (c.policies.length ? `<span class="counts">${h(counts(c.counts))}</span>` : "") +
                "</header>",
        );
        if (!c.policies.length) {
            out.push('<p class="muted">No policy of this pack maps to this control: not covered, not judged.</p>', "</section>");
            continue;
        }
        out.push(
            '<table class="results"><colgroup><col class="p"><col class="r"><col class="o"><col></colgroup>',
            "<tr><th>Policy</th><th>Resource</th><th>Result</th><th>Detail</th></tr>",
        );
        for (const p of c.policies) {
            const pol = `<span class="mono">${h(p.policy)}</span><br><span class="muted">${h(p.level)}${p.citedAs !== c.id ? ` · cites ${h(p.citedAs)}` : ""}</span>`;
            if (!p.results.length) {
                const why = p.level === "disabled" ? "disabled by the config" : "no resource of the types it checks";
                out.push(
                    `<tr><td>${pol}</td><td class="muted">none</td><td>${badge("no resource judged", "no resource judged")}</td><td>${h(why)}</td></tr>`,
                );
                continue;
            }
            p.results.forEach((r, i) => {
                const first = i === 0 ? `<td rowspan="${p.results.length}">${pol}</td>` : "";
                out.push(
                    `<tr>${first}<td><span class="mono">${h(r.resourceName)}</span><br><span class="muted mono">${h(r.resourceType)}</span></td>${resultCell(r)}</tr>`,
                );
            });
        }
        out.push("</table>", "</section>");
    }
    out.push(
        `<p class="muted">${h(hd.pack.name)} ${h(hd.pack.version)} · ${h(fw.name)} ${h(fw.version)} · ${h(hd.generatedAt)}</p>`,
        "</body>",
        "</html>",
        "",
    );
    return out.join("\n");
}
