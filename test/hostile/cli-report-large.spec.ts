// `report` on large and hostile event logs (issue 24, item 6): a 233 MB log (under the 256 MiB input
// cap) made `--format json` and `--format sarif` exit 2 with `Invalid string length` (the report is
// more text than one JavaScript string may hold); a remediation event whose `before` nests 100,000
// levels overflowed the stack; a Markdown "Fixed by the pack (5000)" listed none of them and did not
// say so.

import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { cli, eventLog, manyFindings, tmpdir, writeLargeLog } from "./cli-fixtures";

const NOTEBOOK = "aws:sagemaker/notebookInstance:NotebookInstance";

function remediationEvent(i: number, before: string, after = '{"directInternetAccess":"Disabled"}'): string {
    return (
        `{"sequence":${100_000 + i},"timestamp":1767607250,"policyRemediationEvent":{"resourceUrn":"urn:pulumi:dev::clinical::${NOTEBOOK}::fx-${i}",` +
        `"policyName":"sagemaker-notebook-no-direct-internet","policyPackName":"sagemaker-guard","policyPackVersion":"0.1.0","before":${before},"after":${after}}}`
    );
}

describe("hostile cli: report on large and hostile event logs", function () {
    this.timeout(900_000);
    let dir: string;
    before(() => {
        dir = tmpdir();
    });

    it("a remediation event whose `before` nests 100,000 levels: skipped with a warning, no stack overflow", () => {
        const deep = '{"a":'.repeat(100_000) + "1" + "}".repeat(100_000);
        const log =
            eventLog(manyFindings(2)).replace(/\n$/, "") +
            "\n" +
            remediationEvent(1, deep) +
            "\n" +
            remediationEvent(2, '{"directInternetAccess":"Enabled"}') +
            "\n";
        const file = path.join(dir, "deep.ndjson");
        fs.writeFileSync(file, log);
        for (const format of ["json", "markdown", "sarif", "text"]) {
            const r = cli(["report", "--events", file, "--format", format]);
            assert.strictEqual(r.code, 0, `${format}: ${r.stderr}`);
            assert.match(r.stderr, /1 remediation event skipped: .*nested deeper than 64 levels/);
            if (format === "json") assert.strictEqual(JSON.parse(r.stdout).fixed.length, 1, "the well-formed fix is kept");
        }
    });

    it("Markdown with 5,000 fixes after 5,000 findings: every fix is listed or counted as not listed", () => {
        const lines = eventLog(manyFindings(5_000)).trimEnd().split("\n");
        for (let i = 0; i < 5_000; i++) lines.push(remediationEvent(i, '{"directInternetAccess":"Enabled"}'));
        const file = path.join(dir, "fixes.ndjson");
        fs.writeFileSync(file, lines.join("\n") + "\n");
        const r = cli(["report", "--events", file, "--format", "markdown"]);
        assert.strictEqual(r.code, 0, r.stderr);
        assert.match(r.stdout, /Fixed by the pack \(5000\)/);
        const listed = (r.stdout.match(/^- ✅ fixed: /gm) ?? []).length;
        const notListed = Number(/_(\d+) of 5000 fixes are not listed here/.exec(r.stdout)?.[1] ?? 0);
        assert.strictEqual(listed + notListed, 5_000, `${listed} listed, ${notListed} said not listed`);
        assert.match(r.stdout, /\d+ fixes .*are not listed here to keep this comment under GitHub's/);

        const alone = path.join(dir, "fixes-only.ndjson");
        fs.writeFileSync(alone, [lines[0], ...lines.slice(-5_000)].join("\n") + "\n");
        const a = cli(["report", "--events", alone, "--format", "markdown"]);
        assert.strictEqual(a.code, 0, a.stderr);
        assert.ok((a.stdout.match(/^- ✅ fixed: /gm) ?? []).length > 100, "without findings, fixes fill the comment");
    });

    it("a 233 MB log (under the input cap): JSON is written in full, SARIF within GitHub's 25,000 results, not `Invalid string length`", () => {
        // 500,000 policy events of about 470 bytes: the size of the log in the issue.
        const file = path.join(dir, "big.ndjson");
        const n = 500_000;
        const size = writeLargeLog(file, n);
        assert.ok(size > 220e6 && size < 256 * 1024 * 1024, `${size} bytes`);
        try {
            for (const format of ["json", "sarif"]) {
                const out = path.join(dir, `big.${format}`);
                const r = cli(["report", "--events", file, "--format", format, "--output", out], { timeoutMs: 600_000 });
                assert.strictEqual(r.code, 0, `${format}: ${r.stderr}`);
                if (format === "json") assert.strictEqual(r.stderr, "");
                else
                    assert.strictEqual(
                        r.stderr,
                        "warning: SARIF holds the first 25000 results; 475000 more are left out (GitHub code scanning rejects a run of more than 25000); --format json holds every finding\n",
                    );
                // More than one string may hold: count the findings as a stream, without reading it into one.
                const outSize = fs.statSync(out).size;
                let count = 0;
                let tail = "";
                const key = format === "json" ? '"policy": "' : '"ruleId": "';
                const rfd = fs.openSync(out, "r");
                const buf = Buffer.alloc(1 << 22);
                for (let got; (got = fs.readSync(rfd, buf, 0, buf.length, null)) > 0;) {
                    const text = tail + buf.toString("latin1", 0, got);
                    let at = -1;
                    while ((at = text.indexOf(key, at + 1)) >= 0) if (at + key.length <= text.length) count++;
                    tail = text.slice(-(key.length - 1));
                }
                fs.closeSync(rfd);
                fs.rmSync(out);
                assert.strictEqual(count, format === "json" ? n : 25_000, `${format}: ${count} findings in ${outSize} bytes`);
            }
        } finally {
            fs.rmSync(file, { force: true });
        }
    });
});
