// Event logs with fields of the wrong kind: each event is checked against a schema; what does not
// fit is skipped and counted with a warning; a truncated last line is accepted with a warning.

import * as assert from "assert";
import { parseEventLog } from "../../cli/events";
import { formatMarkdown } from "../../cli/format-report";
import { formatText } from "../../cli/format-text";
import { cli, eventLog, tmpdir, write } from "./cli-fixtures";

const BAD = [
    { resourceUrn: 5 },
    { severity: "catastrophic" },
    { enforcementLevel: "blocking" },
    { policyName: "" },
    { message: { toString: "x" } },
    { policyName: ["a"] },
];

function withProtoKeys(log: string): string {
    return log.replace('"policyEvent":{', '"policyEvent":{"__proto__":{"polluted":true},"constructor":{"prototype":{}},');
}

describe("hostile cli: event-log validation", function () {
    it("skips and counts events that do not fit the schema, keeping the good ones", () => {
        const log = withProtoKeys(eventLog([{}, ...BAD, { resourceUrn: "urn:pulumi:dev::c::aws:s3/bucket:Bucket::good" }]));
        const report = parseEventLog(log, "bad.ndjson");
        assert.deepStrictEqual(
            report.findings.map((f) => f.resourceName),
            ["good"],
        );
        assert.deepStrictEqual(report.warnings, [
            "bad.ndjson: 7 policy events skipped: fields of the wrong type, an unknown enforcement level or severity",
        ]);
        assert.ok(!({} as Record<string, unknown>).polluted);
        for (const out of [formatMarkdown(report), formatText(report)]) assert.doesNotMatch(out, /undefined|\[object|function/);
    });

    it("accepts a truncated last line (a preview killed mid-write) with a warning", () => {
        const full = eventLog([{}, {}]);
        const report = parseEventLog(full.slice(0, full.length - 20), "t.ndjson");
        assert.strictEqual(report.findings.length, 2);
        assert.deepStrictEqual(report.warnings, ["t.ndjson: the last line is incomplete (a preview stopped while writing it?); ignored"]);
        assert.throws(() => parseEventLog(full.replace("\n", "\n{oops\n"), "m.ndjson"), /line 2 is not JSON/, "only the last line");
    });

    it("`report --events` on such a log: exit 0, the warnings on stderr", function () {
        this.timeout(60_000);
        const full = withProtoKeys(eventLog([...BAD, {}]));
        const r = cli(["report", "--events", write(tmpdir(), "bad.ndjson", full.slice(0, -10)), "--format", "text"], { timeoutMs: 45_000 });
        assert.strictEqual(r.code, 0, r.stderr);
        assert.match(r.stderr, /^warning: .*the last line is incomplete/m);
        assert.match(r.stderr, /^warning: .*6 policy events skipped/m);
        assert.match(r.stdout, /1 mandatory · 0 advisory/);
    });
});
