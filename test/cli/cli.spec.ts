// The `sagemaker-guard` command, run as users run it (node cli/bin.js): scans of the examples and of
// a state file through the real pack, reports from an event log, and every kind of bad input.
// SAGEMAKER_GUARD_PACK=<dir> runs the scans against another pack checkout (e.g. a clean snapshot).

import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseEventLog } from "../../cli/events";
import { makeFinding, Report } from "../../cli/findings";
import { formatMarkdown, formatSarif, GITHUB_COMMENT_LIMIT } from "../../cli/format-report";
import { catalog } from "../../policies/catalog";
import { cli, FIX, sarifValidator } from "./run-cli";

describe("cli: sagemaker-guard scan", function () {
    it("scans the non-compliant example: mandatory findings, exit 1, grouped text with a summary line", () => {
        const r = cli(["scan", "--program", "examples/healthcare-ml-noncompliant"]);
        assert.strictEqual(r.code, 1, r.stderr);
        assert.match(r.stdout, /✖ \[mandatory\] \[severity: high\] {2}sagemaker-notebook-no-direct-internet/);
        assert.match(r.stdout, /\d+ mandatory · \d+ advisory {2}\| {2}critical \d+ · high \d+ · medium \d+ · low \d+\n$/);
        assert.ok(!r.stdout.includes("\u001b["), "NO_COLOR: no ANSI escapes");
        assert.ok(!r.stdout.includes("ghp_8f3kQ2xVb7LmN9pR4sT6uW1yZ0aC5dE3gH2j"), "never echoes the token");
        assert.ok(!r.stdout.includes("MRN-20480193"), "never echoes the PHI tag");
    });

    it("scans the compliant example with no mandatory finding (JSON)", () => {
        const r = cli(["scan", "--program", "examples/healthcare-ml-compliant", "--format", "json"]);
        const out = JSON.parse(r.stdout);
        const mandatory = out.findings.filter((f: { level: string }) => f.level === "mandatory");
        assert.deepStrictEqual(
            mandatory.map((f: { policy: string; resourceName: string }) => `${f.policy} ${f.resourceName}`),
            [],
        );
        assert.strictEqual(r.code, 0, r.stderr);
        assert.ok(out.resources > 50);
    });

    it("scans a stack export and writes valid SARIF to a file", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sg-"));
        const file = path.join(dir, "out.sarif");
        const r = cli(["scan", "--state", path.join(FIX, "state.json"), "--format", "sarif", "--output", file]);
        assert.strictEqual(r.code, 1, r.stderr);
        const sarif = JSON.parse(fs.readFileSync(file, "utf8"));
        const validate = sarifValidator();
        assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
        const ids = sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId);
        assert.ok(ids.includes("sagemaker-notebook-no-root-access"));
        assert.strictEqual(
            sarif.runs[0].results[0].locations[0].logicalLocations[0].fullyQualifiedName.split("::").pop(),
            "legacy-notebook",
        );
    });

    const bad: [string, string[], RegExp][] = [
        [
            "a program directory that does not exist",
            ["scan", "--program", "no/such/dir"],
            /program directory .*no\/such\/dir does not exist/,
        ],
        [
            "a program that throws",
            ["scan", "--program", path.join(FIX, "throwing-program")],
            /failed: region is not configured for this stack \(at .*index\.ts:5\)/,
        ],
        [
            "a program that registers nothing",
            ["scan", "--program", path.join(FIX, "empty-program")],
            /registered no resources: an empty stack/,
        ],
        ["an unreadable state file", ["scan", "--state", "no/such.json"], /cannot read state file no\/such\.json: ENOENT/],
        [
            "a state file that is not JSON",
            ["scan", "--state", path.join(FIX, "events.ndjson")],
            /is not valid JSON: syntax error at line 2, column 1$/m,
        ],
        ["a state file of another version", ["scan", "--state", path.join(FIX, "sarif-schema-2.1.0.json")], /expected 3/],
        ["an unknown format", ["scan", "--program", "examples/healthcare-ml-compliant", "--format", "html"], /unknown --format "html"/],
        [
            "a config that does not exist",
            ["scan", "--program", "examples/healthcare-ml-compliant", "--config", "nope.json"],
            /config file nope\.json does not exist/,
        ],
        ["a state file given as an event log", ["report", "--events", path.join(FIX, "state.json")], /state\.json is not an event log/],
        ["an unknown command", ["frobnicate"], /unknown command "frobnicate"/],
    ];
    for (const [what, args, msg] of bad) {
        it(`rejects ${what} with one line and exit 2`, () => {
            const r = cli(args);
            assert.strictEqual(r.code, 2, r.stdout + r.stderr);
            assert.match(r.stderr, msg);
            assert.strictEqual(r.stderr.trim().split("\n").length, 1, r.stderr);
            assert.strictEqual(r.stdout, "");
        });
    }

    it("reports an empty stack export as bad input", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sg-"));
        const f = path.join(dir, "empty.json");
        fs.writeFileSync(
            f,
            JSON.stringify({
                version: 3,
                deployment: { resources: [{ urn: "urn:pulumi:s::p::pulumi:pulumi:Stack::p-s", type: "pulumi:pulumi:Stack" }] },
            }),
        );
        const r = cli(["scan", "--state", f, "--output", path.join(dir, "out.txt")]);
        assert.strictEqual(r.code, 2);
        assert.match(r.stderr, /has no resources: an empty stack/);
        assert.ok(!fs.existsSync(path.join(dir, "out.txt")), "nothing half-written");
    });
});

describe("cli: sagemaker-guard report", function () {
    it("turns an event log into Markdown without colour tags, with the summary tables", () => {
        const r = cli(["report", "--events", path.join(FIX, "events.ndjson"), "--format", "markdown"]);
        assert.strictEqual(r.code, 0, r.stderr);
        assert.ok(!r.stdout.includes("<{%"), "colour tags stripped");
        assert.match(r.stdout, /\| mandatory \| 0 \| 1 \| 0 \| 0 \| 1 \|/);
        assert.match(r.stdout, /\| HIPAA Security Rule/);
        assert.match(
            r.stdout,
            /\[`sagemaker-notebook-no-direct-internet`\]\(https:\/\/github\.com\/.*sagemaker-notebook-no-direct-internet\.md\)/,
        );
        assert.match(r.stdout, /\*\*Fix:\*\* set `directInternetAccess: "Disabled"`/);
        assert.match(r.stdout, /<details>/);
    });

    it("produces SARIF 2.1.0 that validates against the schema", () => {
        const r = cli(["report", "--events", path.join(FIX, "events.ndjson"), "--format", "sarif"]);
        const sarif = JSON.parse(r.stdout);
        const validate = sarifValidator();
        assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
        const run = sarif.runs[0];
        assert.deepStrictEqual(
            run.results.map((x: { ruleId: string; level: string }) => [x.ruleId, x.level]),
            [
                ["sagemaker-notebook-no-direct-internet", "error"],
                ["sagemaker-notebook-imdsv2", "warning"],
            ],
        );
        for (const rule of run.tool.driver.rules) {
            assert.match(rule.helpUri, /^https:\/\//);
            assert.ok(Number(rule.properties["security-severity"]) > 0);
            assert.ok(rule.properties.tags.includes("hipaa"));
        }
    });

    it("rejects an event log with foreign lines, with one line and exit 2", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sg-"));
        const f = path.join(dir, "events.ndjson");
        const lines = fs.readFileSync(path.join(FIX, "events.ndjson"), "utf8").trimEnd().split("\n");
        fs.writeFileSync(f, [...lines.slice(0, 3), "Previewing update (dev):", ...lines.slice(3)].join("\n"));
        const r = cli(["report", "--events", f]);
        assert.strictEqual(r.code, 2);
        assert.match(r.stderr, /line 4 is not JSON, so this is not a Pulumi engine event log/);
        assert.strictEqual(r.stderr.trim().split("\n").length, 1);
        fs.writeFileSync(f, [...lines, '{"hello":"world"}'].join("\n"));
        assert.match(cli(["report", "--events", f]).stderr, /line 8 is not a Pulumi engine event/);
    });

    it("rejects an empty event log and a digest --json file", () => {
        assert.throws(() => parseEventLog("\n\n", "e.json"), /no engine events/);
        assert.throws(() => parseEventLog('{\n  "steps": []\n}\n', "d.json"), /carries no policy events/);
    });

    it("keeps a huge report under GitHub's comment limit by summarising", () => {
        const findings = [];
        for (let i = 0; i < 3000; i++) {
            const p = catalog[i % catalog.length];
            findings.push(
                makeFinding({
                    policy: p.name,
                    pack: "sagemaker-guard",
                    packVersion: "0.1.0",
                    level: i % 3 ? "advisory" : "mandatory",
                    severity: p.severity,
                    urn: `urn:pulumi:dev::p::aws:s3/bucket:Bucket::bucket-${i}`,
                    message: `${p.description}\nSomething is wrong with resource number ${i}.\nFix: ${p.fix}`,
                }),
            );
        }
        const report: Report = {
            tool: { name: "sagemaker-guard", version: "0.1.0" },
            source: { kind: "events", path: "x" },
            findings,
            exempted: [],
        };
        const md = formatMarkdown(report);
        assert.ok(md.length < GITHUB_COMMENT_LIMIT, String(md.length));
        assert.match(md, /more findings are not listed here/);
        assert.match(md, /\*\*1000 mandatory\*\* and \*\*2000 advisory\*\*/);
        const validate = sarifValidator();
        assert.ok(validate(JSON.parse(formatSarif(report))));
    });
});
