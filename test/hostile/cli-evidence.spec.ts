// The evidence report (HTML, CSV) and the JUnit output on hostile resource names and messages, as
// the Markdown report is tested (cli-markdown.spec.ts): every tag and attribute in the page is ours,
// the names are shown (escaped, not dropped), a CSV parser reads each name back, and the JUnit XML
// stays well-formed and schema-valid. When Debian's `chromium` is installed, a real browser parses
// the page too (the test says it skipped when it is not).

import * as assert from "assert";
import { spawnSync } from "child_process";
import { parse } from "csv-parse/sync";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { validateJunit } from "../cli/junit-schema";
import { cli, tmpdir, write } from "./cli-fixtures";

const NOTEBOOK = "aws:sagemaker/notebookInstance:NotebookInstance";
const HOSTILE = [
    "nb` [Approve this PR](https://x.example/a) `x",
    "<img src=x onerror=alert(1)>",
    "</td></tr></table><script>alert(1)</script>",
    "\"><svg/onload=alert(1)> ' onmouseover='x",
    "<!-- comment --> &amp; &lt;b&gt; &#60;i&#62;",
    '=HYPERLINK("https://x.example","click")',
    "@SUM(1+1)",
    "ok\r## ✅ no violations\u202eevil\u0007bell",
    "<style>body{display:none}</style><base href=https://x.example/>",
];

/** An event log with one notebook per hostile name: a violation with a hostile message, and the engine's summary. */
function hostileLog(): string {
    const lines: unknown[] = [{ sequence: 0, timestamp: 1, preludeEvent: { config: {} } }];
    HOSTILE.forEach((h, i) => {
        const urn = `urn:pulumi:dev::clinical::${NOTEBOOK}::${h}`;
        lines.push({
            sequence: 1,
            timestamp: 1,
            resourcePreEvent: { metadata: { op: "create", urn, type: NOTEBOOK, provider: "" }, planning: true },
        });
        lines.push({
            sequence: 2,
            timestamp: 1,
            policyEvent: {
                resourceUrn: urn,
                message: `SageMaker notebook instances must have direct internet access disabled.\nBad ${i}: ${h}\nFix: set \`${h}\``,
                color: "never",
                policyName: "sagemaker-notebook-no-direct-internet",
                policyPackName: "sagemaker-guard",
                policyPackVersion: "0.2.0",
                enforcementLevel: "mandatory",
                severity: "high",
            },
        });
        lines.push({
            sequence: 3,
            timestamp: 1,
            policyAnalyzeSummaryEvent: {
                resourceUrn: urn,
                policyPackName: "sagemaker-guard",
                policyPackVersion: "0.2.0",
                passed: ["sagemaker-notebook-kms-encryption"],
                failed: ["sagemaker-notebook-no-direct-internet"],
            },
        });
    });
    lines.push({ sequence: 9, timestamp: 1, summaryEvent: { PolicyPacks: { "sagemaker-guard": "0.2.0" } } });
    return lines.map((l) => JSON.stringify(l)).join("\n") + "\n";
}

const OUR_TAGS = new Set([
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "h1",
    "h2",
    "h3",
    "p",
    "table",
    "colgroup",
    "col",
    "tr",
    "th",
    "td",
    "span",
    "br",
    "ul",
    "li",
    "section",
    "header",
]);
const OUR_ATTRS = new Set(["lang", "charset", "http-equiv", "content", "name", "class", "id", "rowspan"]);

/** The text a browser shows for `s` (our escaping undone; control and bidi characters as U+FFFD). */
const shown = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\ufffd"); // eslint-disable-line no-control-regex
const decode = (s: string) =>
    s
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, "&");

describe("hostile cli: evidence report and JUnit", function () {
    let dir: string;
    let log: string;
    before(() => {
        dir = tmpdir();
        log = write(dir, "hostile.ndjson", hostileLog());
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("HTML: every tag and attribute is ours; the names and messages show as text", () => {
        const r = cli(["evidence", "--framework", "hipaa", "--events", log, "--format", "html"]);
        assert.strictEqual(r.code, 0, r.stderr);
        const html = r.stdout;
        const body = html.replace(/<style>[\s\S]*?<\/style>/, "<style></style>");
        for (const tag of body.match(/<[^>]*>/g) ?? []) {
            if (tag === "<!DOCTYPE html>") continue;
            const m = /^<\/?([a-z0-9]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*\/?>$/.exec(tag);
            assert.ok(m, `a tag we did not write: ${tag}`);
            assert.ok(OUR_TAGS.has(m[1]), `a tag we did not write: ${tag}`);
            for (const a of m[2].matchAll(/([a-z-]+)="/g)) assert.ok(OUR_ATTRS.has(a[1]), `an attribute we did not write: ${tag}`);
        }
        assert.ok(!/<(script|img|svg|base|iframe|a)\b/i.test(body));
        assert.ok(!html.includes("\u202e") && !html.includes("\u0007"), "no bidi override or control character left");
        const text = decode(body.replace(/<[^>]*>/g, ""));
        for (const h of HOSTILE) assert.ok(text.includes(shown(h)), `shown: ${JSON.stringify(h)}`);
        assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    });

    it("HTML: parsed by a real browser (Debian chromium), no element or script of the data", function () {
        const bin = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((b) => fs.existsSync(b));
        if (!bin) {
            console.log("      skipped: chromium is not installed (apt-get install -y chromium)");
            this.skip();
        }
        this.timeout(120_000);
        const page = write(dir, "evidence.html", cli(["evidence", "--framework", "hipaa", "--events", log, "--format", "html"]).stdout);
        const profile = fs.mkdtempSync(path.join(os.tmpdir(), "sg-chromium-"));
        const flags = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            `--user-data-dir=${profile}`,
        ];
        const r = spawnSync(bin!, [...flags, "--dump-dom", `file://${page}`], {
            encoding: "utf8",
            timeout: 100_000,
            killSignal: "SIGKILL",
        });
        fs.rmSync(profile, { recursive: true, force: true });
        assert.strictEqual(r.status, 0, r.stderr);
        const dom = r.stdout;
        assert.ok(!/<(script|img|svg|base|iframe|a)\b/i.test(dom), "the browser built no element from the data");
        assert.strictEqual(
            (dom.match(/<table/g) ?? []).length,
            (fs.readFileSync(page, "utf8").match(/<table/g) ?? []).length,
            "no table closed early",
        );
        for (const h of HOSTILE.slice(0, 2)) assert.ok(decode(dom).includes(h), `shown by the browser: ${h}`);
    });

    it("CSV: a CSV parser reads every name back; formula cells are text", () => {
        const r = cli(["evidence", "--framework", "hipaa", "--events", log, "--format", "csv"]);
        assert.strictEqual(r.code, 0, r.stderr);
        const rows: Record<string, string>[] = parse(r.stdout, { columns: true });
        const names = new Set(rows.map((x) => x.resource_name));
        for (const h of HOSTILE) assert.ok(names.has(/^[=+\-@\t\r]/.test(h) ? `'${h}` : h), `read back: ${JSON.stringify(h)}`);
        for (const x of rows) for (const v of Object.values(x)) assert.ok(!/^[=+@]/.test(v), `a formula cell: ${v}`);
    });

    it("JUnit: well-formed and valid against junit-10.xsd", async () => {
        const r = cli(["report", "--events", log, "--format", "junit"]);
        assert.strictEqual(r.code, 0, r.stderr);
        const v = await validateJunit(r.stdout);
        assert.ok(v.valid, v.errors.join("\n"));
        assert.ok(!/<(script|img|svg)\b/.test(r.stdout));
        assert.strictEqual((r.stdout.match(/<failure /g) ?? []).length, HOSTILE.length);
        assert.strictEqual((r.stdout.match(/<testcase [^>]*\/>/g) ?? []).length, HOSTILE.length, "the engine's passes");
    });
});
