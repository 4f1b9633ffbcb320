// SARIF for GitHub code scanning, which rejects a run of more than 25,000 results (issue 24, item 6: a
// large log's SARIF is bounded as the Markdown is): the first 25,000 in the report's order are kept and
// the run says how many were left out; up to the limit every result is there.

import * as assert from "assert";
import { Finding, makeFinding, Report } from "../../cli/findings";
import { formatSarif, SARIF_MAX_RESULTS, sarifResultsLeftOut } from "../../cli/format-report";

function report(n: number): Report {
    const findings: Finding[] = [];
    for (let i = 0; i < n; i++)
        findings.push(
            makeFinding({
                policy: i % 2 ? "sagemaker-notebook-no-direct-internet" : "sagemaker-notebook-no-root-access",
                pack: "sagemaker-guard",
                packVersion: "0.1.0",
                // The last findings are the mandatory ones: kept first all the same.
                level: i >= n - 10 ? "mandatory" : "advisory",
                urn: `urn:pulumi:dev::p::aws:sagemaker/notebookInstance:NotebookInstance::nb-${i}`,
                message: `A notebook ${i}.`,
            }),
        );
    return { tool: { name: "sagemaker-guard", version: "0.1.0" }, source: { kind: "events", path: "log" }, findings, exempted: [] };
}

type Run = { results: { level: string }[]; invocations: { toolExecutionNotifications?: { level: string; message: { text: string } }[] }[] };

describe("report: SARIF within GitHub code scanning's 25,000 results a run", () => {
    it("up to the limit, every finding is a result and nothing is said to be left out", () => {
        const r = report(SARIF_MAX_RESULTS);
        const run: Run = JSON.parse(formatSarif(r)).runs[0];
        assert.strictEqual(run.results.length, SARIF_MAX_RESULTS);
        assert.strictEqual(run.invocations[0].toolExecutionNotifications, undefined);
        assert.strictEqual(sarifResultsLeftOut(r), 0);
    });

    it("past it, the first 25,000 in the report's order (mandatory first) and a warning with the count left out", () => {
        const r = report(SARIF_MAX_RESULTS + 37);
        const run: Run = JSON.parse(formatSarif(r)).runs[0];
        assert.strictEqual(run.results.length, SARIF_MAX_RESULTS);
        assert.deepStrictEqual(
            run.results.slice(0, 10).map((x) => x.level),
            Array(10).fill("error"),
            "the ten mandatory findings, last in the log, lead",
        );
        const note = run.invocations[0].toolExecutionNotifications ?? [];
        assert.strictEqual(note.length, 1);
        assert.strictEqual(note[0].level, "warning");
        assert.match(note[0].message.text, /^37 of 25037 results are left out: GitHub code scanning rejects a run of more than 25000/);
        assert.strictEqual(sarifResultsLeftOut(r), 37);
    });
});
