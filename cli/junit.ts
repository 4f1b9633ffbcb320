// `--format junit`: JUnit XML for CI systems that show test reports. One test suite per policy, one
// test case per policy × resource judged (the same answers as the evidence report, cli/evidence.ts),
// and a <failure> per violation; not applicable, exempted and could-not-be-judged answers are
// <skipped> with the reason. The layout is the one the Jenkins xUnit plugin's junit-10.xsd describes
// (test/cli/fixtures/junit-10.xsd, which the tests validate against).

import { Judged, Judgement, OUTCOME_LABEL } from "./evidence";
import { Finding, Report } from "./findings";

/**
 * Text for XML 1.0 element content and attribute values: the special characters as entities, line
 * breaks in attributes as character references, and characters XML 1.0 forbids (C0 controls other
 * than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) as U+FFFD.
 */
export function xmlEscape(s: string, attribute = false): string {
    let t = s
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "\ufffd")
        .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;");
    if (attribute) t = t.replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
    return t;
}

const a = (s: string) => xmlEscape(s, true);
const x = (s: string) => xmlEscape(s);

interface Case {
    policy: string;
    urn: string;
    name: string;
    failures: Finding[];
    skipped?: string;
}

function caseOf(j: Judgement, findings: Finding[]): Case {
    const failures = j.outcome === "violated" ? findings.filter((f) => f.policy === j.policy && f.urn === j.urn) : [];
    const name = `${j.resourceName} (${j.resourceType})`;
    if (j.outcome === "violated" && failures.length === 0) {
        // The engine recorded a failure without a message (an event log's summary only).
        const f = { policy: j.policy, urn: j.urn, level: j.level ?? "advisory", problem: j.detail ?? "failed", severity: "" } as Finding;
        return { policy: j.policy, urn: j.urn, name, failures: [f] };
    }
    let skipped: string | undefined;
    if (j.outcome === "exempted")
        skipped = `exempted: ${j.exemption?.reason ?? ""}${j.exemption?.expires ? ` (until ${j.exemption.expires})` : ""}`;
    else if (j.outcome === "not-applicable" || j.outcome === "not-judged") skipped = `${OUTCOME_LABEL[j.outcome]}: ${j.detail ?? ""}`;
    return { policy: j.policy, urn: j.urn, name, failures, ...(skipped ? { skipped } : {}) };
}

export function formatJunit(report: Report, judged: Judged): string {
    const cases: Case[] = judged.judgements.map((j) => caseOf(j, report.findings));
    // Findings of policies outside the catalog (another pack in an event log): their violations only.
    const covered = new Set(judged.judgements.map((j) => `${j.policy}\u0000${j.urn}`));
    for (const f of report.findings) {
        const k = `${f.policy}\u0000${f.urn}`;
        if (covered.has(k)) continue;
        covered.add(k);
        const same = report.findings.filter((g) => g.policy === f.policy && g.urn === f.urn);
        cases.push({ policy: f.policy, urn: f.urn, name: `${f.resourceName} (${f.resourceType})`, failures: same });
    }
    const byPolicy = new Map<string, Case[]>();
    for (const c of cases) {
        const l = byPolicy.get(c.policy);
        if (l) l.push(c);
        else byPolicy.set(c.policy, [c]);
    }
    const suites = [...byPolicy].sort((p, q) => p[0].localeCompare(q[0]));
    const count = (l: Case[]) => ({
        tests: l.length,
        failures: l.filter((c) => c.failures.length).length,
        skipped: l.filter((c) => c.skipped !== undefined).length,
    });
    const all = count(cases);
    const pack = report.tool.name || "sagemaker-guard";
    const out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${a(`${pack} ${report.tool.version}`.trim())}" tests="${all.tests}" failures="${all.failures}" errors="0">`,
    ];
    for (const [policy, list] of suites) {
        const n = count(list);
        out.push(`  <testsuite name="${a(policy)}" tests="${n.tests}" failures="${n.failures}" errors="0" skipped="${n.skipped}">`);
        for (const c of list.sort((p, q) => p.urn.localeCompare(q.urn))) {
            const open = `    <testcase classname="${a(`${pack}.${policy}`)}" name="${a(c.name)}"`;
            if (!c.failures.length && c.skipped === undefined) {
                out.push(`${open}/>`);
                continue;
            }
            out.push(`${open}>`);
            for (const f of c.failures) {
                const body = [f.problem, f.fix ? `Fix: ${f.fix}` : "", f.controls ? `Controls: ${f.controls}` : "", `Resource: ${f.urn}`]
                    .filter(Boolean)
                    .join("\n");
                out.push(`      <failure type="${a(f.level)}" message="${a(f.problem.split("\n")[0])}">${x(body)}</failure>`);
            }
            if (c.skipped !== undefined) out.push(`      <skipped message="${a(c.skipped)}"/>`);
            out.push("    </testcase>");
        }
        out.push("  </testsuite>");
    }
    out.push("</testsuites>", "");
    return out.join("\n");
}
