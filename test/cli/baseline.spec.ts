// --baseline, --fail-on, --verbosity and --format junit, run as users run them: the non-compliant
// example against its own findings after one fix (exactly one fixed, zero new), SARIF baselineState
// checked against the SARIF schema, JUnit validated against the Jenkins xUnit plugin's junit-10.xsd
// (test/cli/fixtures/junit-10.xsd) with libxml2's validator (xmllint-wasm).

import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { applyBaseline, exitCodeFor, factsOf, fingerprint, GoneFinding, readBaseline } from "../../cli/baseline";
import { parseEventLog } from "../../cli/events";
import { Report } from "../../cli/findings";
import { formatMarkdown, formatSarif } from "../../cli/format-report";
import { formatText } from "../../cli/format-text";
import { validateJunit } from "./junit-schema";
import { cli, FIX, ROOT, sarifValidator } from "./run-cli";

const NONCOMPLIANT = path.join(ROOT, "examples", "healthcare-ml-noncompliant");

const URN = "urn:pulumi:dev::clinical::aws:sagemaker/notebookInstance:NotebookInstance::nb";
const finding = (policy: string, problem: string, level: "mandatory" | "advisory" = "mandatory") => ({
    policy,
    pack: "sagemaker-guard",
    packVersion: "0.2.0",
    level,
    severity: "high" as const,
    urn: URN,
    resourceType: "aws:sagemaker/notebookInstance:NotebookInstance",
    resourceName: "nb",
    description: "",
    problem,
});
const report = (findings: ReturnType<typeof finding>[]): Report => ({
    tool: { name: "sagemaker-guard", version: "0.2.0" },
    source: { kind: "events", path: "x" },
    findings,
    exempted: [],
});
const gone = (f: ReturnType<typeof finding>): GoneFinding => ({ ...f, fingerprint: fingerprint(f) });

describe("baseline: matching", () => {
    it("fingerprints the facts a message quotes, not its wording", () => {
        const a = finding("p", '`directInternetAccess` is "Enabled": the notebook can reach the internet.');
        const b = finding("p", "Because `directInternetAccess` is on, data may leave. Please fix.");
        assert.deepStrictEqual(factsOf(a.problem), ["directInternetAccess"]);
        assert.strictEqual(fingerprint(a), fingerprint(b));
        assert.notStrictEqual(fingerprint(a), fingerprint(finding("p", "`rootAccess` is not set")));
        assert.notStrictEqual(fingerprint(a), fingerprint({ ...a, urn: URN + "2" }));
        assert.notStrictEqual(fingerprint(a), fingerprint({ ...a, policy: "q" }));
    });

    it("marks new and unchanged, lists the gone ones as fixed, and pairs duplicates one to one", () => {
        const was = [finding("p", "`a` is not set"), finding("p", "`a` is not set"), finding("q", "`b` is open")];
        const now = report([finding("p", "`a` is missing (reworded)"), finding("r", "`c` is new")]);
        const r = applyBaseline(now, was.map(gone), "base.json");
        assert.deepStrictEqual(
            now.findings.map((f) => f.baseline),
            ["unchanged", "new"],
        );
        assert.deepStrictEqual([r.new, r.unchanged], [1, 1]);
        assert.deepStrictEqual(
            r.fixed.map((g) => g.policy),
            ["p", "q"],
        );
    });

    it("fails on new mandatory findings only with --fail-on new", () => {
        const now = report([finding("p", "`a`"), finding("q", "`b`", "advisory")]);
        applyBaseline(now, [gone(finding("p", "`a`"))], "b");
        assert.strictEqual(exitCodeFor(now.findings, "new"), 0, "the new one is advisory");
        assert.strictEqual(exitCodeFor(now.findings, "mandatory"), 1);
        assert.strictEqual(exitCodeFor(now.findings, "never"), 0);
        const worse = report([finding("p", "`a`"), finding("s", "`z`")]);
        applyBaseline(worse, [gone(finding("p", "`a`"))], "b");
        assert.strictEqual(exitCodeFor(worse.findings, "new"), 1);
    });

    it("reads an older JSON report without fingerprints, and refuses what is not a report", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sg-baseline-"));
        const f = path.join(dir, "old.json");
        fs.writeFileSync(f, JSON.stringify({ findings: [{ policy: "p", urn: URN, problem: "`a` x", level: "mandatory" }] }));
        assert.strictEqual(readBaseline(f, 1 << 20)[0].fingerprint, fingerprint({ policy: "p", urn: URN, problem: "`a` y" }));
        fs.writeFileSync(f, "[1,2]");
        assert.throws(() => readBaseline(f, 1 << 20), /not a sagemaker-guard JSON report/);
        fs.writeFileSync(f, JSON.stringify({ findings: [{ policy: 1 }] }));
        assert.throws(() => readBaseline(f, 1 << 20), /finding 1 has no policy or urn/);
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("leads the Markdown and the SARIF with the new findings; SARIF baselineState valid against the schema", () => {
        const now = report([finding("p", "`a` old"), finding("r", "`c` new one", "advisory"), finding("s", "`d` new too")]);
        applyBaseline(now, [gone(finding("p", "`a` old")), gone(finding("q", "`b` fixed"))], "b");
        const md = formatMarkdown(now);
        assert.match(md, /\*\*2 new\*\* \(1 mandatory\) · 1 unchanged · 1 fixed since the baseline/);
        const iNew = md.indexOf("### 🆕 New since the baseline (2)");
        assert.ok(
            iNew > 0 &&
                iNew < md.indexOf("Unchanged mandatory (1)") &&
                md.indexOf("Unchanged mandatory") < md.indexOf("Fixed since the baseline (1)"),
        );
        const sarif = JSON.parse(formatSarif(now));
        const validate = sarifValidator();
        assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
        assert.deepStrictEqual(
            sarif.runs[0].results.map((r: { ruleId: string; baselineState: string }) => `${r.ruleId}:${r.baselineState}`),
            ["s:new", "r:new", "p:unchanged", "q:absent"],
        );
    });
});

describe("cli: --baseline on the non-compliant example after one fix", function () {
    let dir: string;
    before(() => {
        // The fixed copy lives inside the checkout so that it resolves @pulumi/aws like the example.
        fs.mkdirSync(path.join(ROOT, "tmp"), { recursive: true });
        dir = fs.mkdtempSync(path.join(ROOT, "tmp", "baseline-"));
        const src = fs.readFileSync(path.join(NONCOMPLIANT, "index.ts"), "utf8");
        const one = 'new aws.kms.Key("misc-key", { description: "misc", tags });';
        assert.ok(src.includes(one), "the example still has the key without rotation");
        fs.writeFileSync(
            path.join(dir, "index.ts"),
            src.replace(one, 'new aws.kms.Key("misc-key", { description: "misc", enableKeyRotation: true, tags });'),
        );
        for (const f of ["Pulumi.yaml", "package.json"]) fs.copyFileSync(path.join(NONCOMPLIANT, f), path.join(dir, f));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("shows exactly one fixed and zero new; --fail-on new exits 0, the default still 1", () => {
        const base = path.join(dir, "baseline.json");
        const b = cli(["scan", "--program", NONCOMPLIANT, "--format", "json", "--output", base]);
        assert.strictEqual(b.code, 1, b.stderr);
        const r = cli(["scan", "--program", dir, "--baseline", base, "--format", "json", "--fail-on", "new"]);
        assert.strictEqual(r.code, 0, r.stderr);
        const out = JSON.parse(r.stdout);
        assert.strictEqual(out.summary.new, 0);
        assert.strictEqual(out.summary.fixedSinceBaseline, 1);
        assert.deepStrictEqual(
            out.baseline.fixed.map((g: { policy: string; resourceName: string }) => `${g.policy} ${g.resourceName}`),
            ["kms-key-rotation-enabled misc-key"],
        );
        assert.strictEqual(out.summary.unchanged, JSON.parse(fs.readFileSync(base, "utf8")).findings.length - 1);
        assert.ok(out.findings.every((f: { baseline: string }) => f.baseline === "unchanged"));
        assert.strictEqual(out.summary.exitCode, 0);
        // Without --fail-on new, the mandatory findings that were already there still fail the scan.
        const t = cli(["scan", "--program", dir, "--baseline", base, "--verbosity", "summary"]);
        assert.strictEqual(t.code, 1);
        assert.match(t.stdout, /Fixed since the baseline \(1\)\n {2}✔ kms-key-rotation-enabled {2}misc-key/);
        assert.match(t.stdout, /baseline: 0 new · \d+ unchanged · 1 fixed\n$/);
    });

    it("refuses --fail-on new without a baseline and a baseline that is the output", () => {
        assert.match(cli(["report", "--events", path.join(FIX, "events.ndjson"), "--fail-on", "new"]).stderr, /needs --baseline/);
        const f = path.join(dir, "b.json");
        fs.writeFileSync(f, JSON.stringify({ findings: [] }));
        assert.strictEqual(cli(["report", "--events", path.join(FIX, "events.ndjson"), "--baseline", f, "--output", f]).code, 2);
    });

    it("report --baseline: every finding of an empty baseline is new, and --fail-on new fails on the mandatory ones", () => {
        const f = path.join(dir, "empty.json");
        fs.writeFileSync(f, JSON.stringify({ findings: [] }));
        const r = cli(["report", "--events", path.join(FIX, "events.ndjson"), "--baseline", f, "--fail-on", "new", "--format", "json"]);
        assert.strictEqual(r.code, 1, r.stderr);
        const out = JSON.parse(r.stdout);
        assert.ok(out.findings.length > 0 && out.findings.every((x: { baseline: string }) => x.baseline === "new"));
    });
});

describe("cli: --verbosity", () => {
    const events = fs.readFileSync(path.join(FIX, "events.ndjson"), "utf8");
    const r = parseEventLog(events, "events.ndjson");

    it("summary is one line per finding (text and Markdown)", () => {
        const text = formatText(r, undefined, "summary");
        const lines = text.split("\n").filter((l) => /^(✖ mandatory|▲ advisory)/.test(l));
        assert.strictEqual(lines.length, r.findings.length);
        assert.ok(!/Fix:/.test(text));
        const md = formatMarkdown(r, undefined, "summary");
        assert.strictEqual(md.split("\n").filter((l) => /^- /.test(l)).length, r.findings.length);
        assert.ok(!md.includes("####"), "no heading per resource");
    });

    it("normal is today's output; full adds every control with its title and the remediation steps", () => {
        assert.strictEqual(formatText(r, undefined, "normal"), formatText(r));
        assert.strictEqual(formatMarkdown(r, undefined, "normal"), formatMarkdown(r));
        const full = formatText(r, undefined, "full");
        assert.match(full, /HIPAA: 164\.308\(a\)\(3\)\(i\) Workforce security/);
        assert.match(full, /Remediation:\n {8}1\. Set `directInternetAccess` to "Disabled"/);
        const md = formatMarkdown(r, undefined, "full");
        assert.match(md, /\*\*HIPAA Security Rule 45 CFR Part 164 Subpart C\*\*: 164\\\.308\\\(a\\\)\\\(3\\\)\\\(i\\\) Workforce security/);
        assert.ok(md.length > formatMarkdown(r).length);
    });

    it("refuses an unknown verbosity", () => {
        assert.match(cli(["report", "--events", path.join(FIX, "events.ndjson"), "--verbosity", "loud"]).stderr, /summary, normal or full/);
    });
});

describe("cli: --format junit", function () {
    it("validates against junit-10.xsd: one test case per policy × resource judged, a failure per violation (event log)", async () => {
        const r = cli(["report", "--events", path.join(FIX, "events.ndjson"), "--format", "junit"]);
        assert.strictEqual(r.code, 0, r.stderr);
        const v = await validateJunit(r.stdout);
        assert.ok(v.valid, v.errors.join("\n"));
        const report = parseEventLog(fs.readFileSync(path.join(FIX, "events.ndjson"), "utf8"), "e");
        assert.strictEqual((r.stdout.match(/<failure /g) ?? []).length, report.findings.length);
    });

    it("validates for a state export; test cases equal the evidence report's answers", async () => {
        const state = path.join(FIX, "state.json");
        const r = cli(["scan", "--state", state, "--format", "junit"]);
        assert.strictEqual(r.code, 1, r.stderr);
        const v = await validateJunit(r.stdout);
        assert.ok(v.valid, v.errors.join("\n"));
        const json = JSON.parse(cli(["scan", "--state", state, "--format", "json"]).stdout);
        assert.strictEqual((r.stdout.match(/<failure /g) ?? []).length, json.findings.length);
        const passes = (r.stdout.match(/<testcase [^>]*\/>/g) ?? []).length;
        assert.ok(passes > 0, "passed test cases");
        const [, tests, failures] = /<testsuites [^>]*tests="(\d+)" failures="(\d+)"/.exec(r.stdout)!;
        assert.strictEqual(Number(tests), (r.stdout.match(/<testcase /g) ?? []).length);
        assert.strictEqual(
            Number(failures),
            new Set(json.findings.map((f: { policy: string; urn: string }) => `${f.policy} ${f.urn}`)).size,
        );
    });
});
