import MarkdownIt from "markdown-it";
// `sagemaker-guard scan` with policies at the `remediate` level (profiles/autofix.json): a program's
// inputs are fixed before Analyze, as `pulumi preview` does, and each fix is reported as
// "fixed: <policy> on <resource>: <setting>" in every output format; a deployed state's fixes are
// reported as "would fix" and not applied (as `pulumi policy analyze`); an event log's
// policyRemediationEvent entries are reported by `sagemaker-guard report`.

import * as assert from "assert";
import { spawnSync } from "child_process";
import * as path from "path";
import { parseEventLog } from "../../cli/events";
import { fixedLine, Report } from "../../cli/findings";
import { formatJson, formatMarkdown, formatSarif } from "../../cli/format-report";
import { formatText } from "../../cli/format-text";
import { scan } from "../../cli/scan";

const ROOT = path.resolve(__dirname, "..", "..");
const FIX = path.join(__dirname, "fixtures");
const ROOT_ACCESS = 'fixed: sagemaker-notebook-no-root-access on research-notebook: rootAccess = "Disabled"';
const IMDS =
    'fixed: sagemaker-notebook-imdsv2 on research-notebook: instanceMetadataServiceConfiguration.minimumInstanceMetadataServiceVersion = "2"';

/** What a reader sees of a Markdown report: rendered, tags dropped, zero-width spaces removed. */
const renderedText = (md: string) =>
    new MarkdownIt()
        .render(md)
        .replace(/<[^>]+>/g, "")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&")
        .replace(/\u200b/g, "");

describe("cli: scan with profiles/autofix.json (remediate level)", function () {
    let report: Report;
    let baseline: Report;
    before(async function () {
        this.timeout(600_000);
        const program = path.join(ROOT, "examples", "healthcare-ml-noncompliant");
        [report, baseline] = await Promise.all([scan({ program, config: "autofix" }), scan({ program, config: "baseline" })]);
    });

    it("fixes the remediable violations before Analyze; they are no longer findings", () => {
        const fixed = (report.fixed ?? []).map((f) => `${f.policy} ${f.resourceName}`);
        assert.deepStrictEqual(fixed.sort(), [
            "kms-key-rotation-enabled misc-key",
            "sagemaker-notebook-imdsv2 research-notebook",
            "sagemaker-notebook-no-root-access research-notebook",
        ]);
        for (const f of report.fixed!) {
            assert.ok(f.applied);
            assert.ok(
                !report.findings.some((x) => x.policy === f.policy && x.urn === f.urn),
                `${f.policy} still fails on ${f.resourceName}`,
            );
            assert.ok(
                baseline.findings.some((x) => x.policy === f.policy && x.urn === f.urn),
                `${f.policy} fails on ${f.resourceName} without autofix`,
            );
        }
        // Everything else is unchanged: same findings minus the fixed ones.
        const key = (x: { policy: string; urn: string }) => `${x.policy} ${x.urn}`;
        const fixedKeys = new Set(report.fixed!.map(key));
        assert.deepStrictEqual(
            report.findings.map(key).sort(),
            baseline.findings
                .map(key)
                .filter((k) => !fixedKeys.has(k))
                .sort(),
        );
        assert.strictEqual(baseline.fixed, undefined);
    });

    it('reports each fix as "fixed: …" in text, JSON, Markdown and SARIF', () => {
        const text = formatText(report);
        assert.ok(text.includes(ROOT_ACCESS) && text.includes(IMDS), text);
        assert.match(text, /\| {2}3 fixed\n$/);

        const json = JSON.parse(formatJson(report));
        assert.strictEqual(json.summary.fixed, 3);
        assert.ok(json.fixed.some((f: { line: string }) => f.line === ROOT_ACCESS));
        assert.deepStrictEqual(json.fixed.find((f: { line: string }) => f.line === IMDS).changes, [
            'instanceMetadataServiceConfiguration.minimumInstanceMetadataServiceVersion = "2"',
        ]);

        const md = formatMarkdown(report);
        assert.match(md, /<summary>Fixed by the pack \(3\)<\/summary>/);
        assert.ok(renderedText(md).includes(`✅ ${ROOT_ACCESS}`), md);

        const sarif = JSON.parse(formatSarif(report));
        const passes = sarif.runs[0].results.filter((r: { kind?: string }) => r.kind === "pass");
        assert.deepStrictEqual(
            passes.map((r: { message: { text: string } }) => r.message.text).sort(),
            report.fixed!.map(fixedLine).sort(),
        );
        for (const r of passes) assert.strictEqual(sarif.runs[0].tool.driver.rules[r.ruleIndex].id, r.ruleId);
    });

    it("the command: `scan --config autofix` prints the fixes and still exits 1 on the mandatory findings left", function () {
        this.timeout(300_000);
        const r = spawnSync(
            process.execPath,
            [path.join(ROOT, "cli", "bin.js"), "scan", "--program", "examples/healthcare-ml-noncompliant", "--config", "autofix"],
            {
                cwd: ROOT,
                encoding: "utf8",
                env: { ...process.env, NO_COLOR: "1" },
                timeout: 240_000,
            },
        );
        assert.strictEqual(r.status, 1, r.stderr);
        assert.ok(r.stdout.includes(`  ${ROOT_ACCESS}\n`), r.stdout);
    });
});

describe("cli: scan of a deployed state with autofix", function () {
    it('reports "would fix", does not apply it, and the violation stays', async function () {
        this.timeout(300_000);
        const report = await scan({ state: path.join(FIX, "state.json"), config: "autofix" });
        const root = (report.fixed ?? []).find((f) => f.policy === "sagemaker-notebook-no-root-access");
        assert.ok(root, JSON.stringify(report.fixed));
        assert.strictEqual(root.applied, false);
        assert.ok(formatText(report).includes('would fix: sagemaker-notebook-no-root-access on legacy-notebook: rootAccess = "Disabled"'));
        const finding = report.findings.find(
            (f) => f.policy === "sagemaker-notebook-no-root-access" && f.resourceName === "legacy-notebook",
        );
        assert.strictEqual(finding?.level, "mandatory", "a remediate-level violation that remains is mandatory");
    });
});

describe("cli: report from an event log with remediation events", () => {
    it("turns policyRemediationEvent into fixes", () => {
        const urn = "urn:pulumi:dev::clinical::aws:sagemaker/notebookInstance:NotebookInstance::nb";
        const events = [
            {
                sequence: 1,
                policyRemediationEvent: {
                    resourceUrn: urn,
                    color: "raw",
                    policyName: "sagemaker-notebook-no-root-access",
                    policyPackName: "sagemaker-guard",
                    policyPackVersion: "0.2.0",
                    before: { instanceType: "ml.t3.medium" },
                    after: { instanceType: "ml.t3.medium", rootAccess: "Disabled" },
                },
            },
            { sequence: 2, summaryEvent: { result: "succeeded", isPreview: true, PolicyPacks: { "sagemaker-guard": "0.2.0" } } },
        ];
        const report = parseEventLog(events.map((e) => JSON.stringify(e)).join("\n"));
        assert.deepStrictEqual(
            report.fixed?.map((f) => [f.resourceName, f.changes, f.applied]),
            [["nb", ['rootAccess = "Disabled"'], true]],
        );
        assert.ok(renderedText(formatMarkdown(report)).includes('fixed: sagemaker-notebook-no-root-access on nb: rootAccess = "Disabled"'));
    });
});
