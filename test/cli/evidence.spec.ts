// `sagemaker-guard evidence`, run as users run it: HIPAA evidence for both examples, the CSV read
// back with a real CSV parser (csv-parse) and counted against the engine's results, byte-identical
// reruns, every control listed, exemptions with reason, expiry and approver, and the event-log route.

import * as assert from "assert";
import { parse } from "csv-parse/sync";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { unknownReads } from "../../cli/evidence";
import { CSV_COLUMNS, csvCell } from "../../cli/format-evidence";
import { catalog } from "../../policies/catalog";
import { CONTROLS } from "../../policies/core/controls";
import type { ResourcePolicyDef } from "../../policies/core/policy";
import { cli, FIX } from "./run-cli";

const NONCOMPLIANT = "examples/healthcare-ml-noncompliant";
const U = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

type Row = Record<(typeof CSV_COLUMNS)[number], string>;
const csv = (text: string): Row[] => parse(text, { columns: true, skip_empty_lines: true });
const hipaaPolicies = catalog.filter((p) => p.controls.hipaa?.ids.length);
/** The time is the one thing a rerun may change. */
const untimed = (s: string) => s.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, "<time>");

describe("cli: sagemaker-guard evidence", function () {
    let json: { findings: { policy: string; urn: string; level: string }[] };
    let rows: Row[];
    let ev: any; // eslint-disable-line @typescript-eslint/no-explicit-any

    before(() => {
        const scan = cli(["scan", "--program", NONCOMPLIANT, "--format", "json"]);
        assert.strictEqual(scan.code, 1, scan.stderr);
        json = JSON.parse(scan.stdout);
        const c = cli(["evidence", "--framework", "hipaa", "--program", NONCOMPLIANT, "--format", "csv"]);
        assert.strictEqual(c.code, 0, c.stderr);
        rows = csv(c.stdout);
        const j = cli(["evidence", "--framework", "HIPAA", "--program", NONCOMPLIANT, "--format", "json"]);
        assert.strictEqual(j.code, 0, j.stderr);
        ev = JSON.parse(j.stdout);
    });

    it("lists every HIPAA control of the catalog, uncovered ones as not covered", () => {
        const ids = [...new Set(rows.map((r) => r.control_id))];
        assert.deepStrictEqual(ids, [...CONTROLS.hipaa.keys()]);
        const mapped = new Set(hipaaPolicies.flatMap((p) => p.controls.hipaa!.ids));
        for (const id of CONTROLS.hipaa.keys()) {
            const mine = rows.filter((r) => r.control_id === id);
            if (mapped.has(id))
                assert.ok(
                    mine.every((r) => r.policy !== ""),
                    id,
                );
            else
                assert.deepStrictEqual(
                    mine.map((r) => [r.control_status, r.result]),
                    [["not covered", "not covered"]],
                    id,
                );
        }
        assert.strictEqual(ev.totals.notCovered, [...CONTROLS.hipaa.keys()].filter((id) => !mapped.has(id)).length);
        assert.ok(ev.totals.notCovered > 0, "the catalog has HIPAA controls no policy covers: they must show");
    });

    it("has one CSV row per control × policy × resource: violations equal the scan's findings, counts equal the JSON", () => {
        const judged = rows.filter((r) => r.resource_urn !== "");
        // Violated (policy, resource) pairs of HIPAA-mapped policies, from the CSV and from `scan --format json`.
        const fromCsv = new Set(judged.filter((r) => r.result === "violated").map((r) => `${r.policy} ${r.resource_urn}`));
        const names = new Set(hipaaPolicies.map((p) => p.name));
        const fromScan = new Set(json.findings.filter((f) => names.has(f.policy)).map((f) => `${f.policy} ${f.urn}`));
        assert.deepStrictEqual([...fromCsv].sort(), [...fromScan].sort());
        assert.ok(fromScan.size >= 20);
        // Each pair appears once per HIPAA control its policy cites.
        const cites = new Map(hipaaPolicies.map((p) => [p.name, new Set(p.controls.hipaa!.ids).size]));
        const perPair = new Map<string, number>();
        for (const r of judged) perPair.set(`${r.policy} ${r.resource_urn}`, (perPair.get(`${r.policy} ${r.resource_urn}`) ?? 0) + 1);
        for (const [k, n] of perPair) assert.strictEqual(n, cites.get(k.split(" ")[0]), k);
        // The CSV's counts are the JSON's counts.
        const byResult = (label: string) => judged.filter((r) => r.result === label).length;
        assert.strictEqual(byResult("passed"), ev.totals.passed);
        assert.strictEqual(byResult("violated"), ev.totals.violated);
        assert.strictEqual(byResult("could not be judged"), ev.totals["not-judged"]);
        assert.strictEqual(
            judged.length,
            ev.totals.passed + ev.totals.violated + ev.totals["not-judged"] + ev.totals.exempted + ev.totals["not-applicable"],
        );
        assert.ok(ev.totals.passed > 100, "passes are evidence too");
    });

    it("names pack, framework, config and input with their SHA-256, and says how passes are derived", () => {
        assert.deepStrictEqual(ev.header.pack.name, "sagemaker-guard");
        assert.strictEqual(ev.header.framework.name, "HIPAA Security Rule");
        assert.match(ev.header.framework.reference, /^https:\/\/www\.ecfr\.gov\//);
        assert.match(ev.header.input.sha256, /^[0-9a-f]{64}$/);
        assert.strictEqual(ev.header.stack, "dev");
        assert.ok(
            ev.derivation.some((d: string) => /summary\.go/.test(d) && /minus the disabled, the not-applicable and the violated/.test(d)),
        );
    });

    // Six runs: each format twice under one SOURCE_DATE_EPOCH (byte for byte), and the HTML once more
    // without it (only the time may change). JSON and CSV are rendered from the same model as the HTML.
    it("reruns byte for byte, except the time (state export, with a profile as config)", () => {
        const args = ["evidence", "--framework", "hipaa", "--state", path.join(FIX, "state.json"), "--config", "hipaa", "--org", "acme"];
        const epoch = { SOURCE_DATE_EPOCH: "1767225600" };
        for (const format of ["html", "json", "csv"]) {
            const a = cli([...args, "--format", format], epoch);
            const b = cli([...args, "--format", format], epoch);
            assert.strictEqual(a.code, 0, a.stderr);
            assert.strictEqual(a.stdout, b.stdout, `${format} with SOURCE_DATE_EPOCH`);
            if (format === "html") {
                const now = cli([...args, "--format", format]);
                assert.notStrictEqual(now.stdout, a.stdout, "the time of the run is today's without SOURCE_DATE_EPOCH");
                assert.strictEqual(untimed(now.stdout), untimed(a.stdout), "only the time changes without SOURCE_DATE_EPOCH");
            }
            if (format === "csv") assert.doesNotMatch(a.stdout, /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/, "the CSV holds no time at all");
            if (format === "json") {
                const h = JSON.parse(a.stdout).header;
                assert.strictEqual(h.generatedAt, "2026-01-01T00:00:00.000Z");
                assert.match(h.config.path, /profiles\/hipaa\.json/);
                assert.match(h.config.sha256, /^[0-9a-f]{64}$/);
                assert.strictEqual(h.organization, "acme");
                assert.strictEqual(
                    h.input.sha256,
                    require("crypto")
                        .createHash("sha256")
                        .update(fs.readFileSync(path.join(FIX, "state.json")))
                        .digest("hex"),
                );
            }
        }
    });

    it("shows an exemption with its reason, expiry and approver, and a disabled policy as judging nothing", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sg-evidence-"));
        const cfg = path.join(dir, "config.json");
        fs.writeFileSync(
            cfg,
            JSON.stringify({
                "sagemaker-notebook-no-direct-internet": {
                    exemptions: [{ resource: "*", reason: "lab, isolated by SCP", expires: "2099-12-31", approvedBy: "ciso@example.org" }],
                },
                "sagemaker-notebook-kms-encryption": "disabled",
            }),
        );
        const r = cli(["evidence", "--framework", "hipaa", "--state", path.join(FIX, "state.json"), "--config", cfg, "--format", "csv"]);
        assert.strictEqual(r.code, 0, r.stderr);
        const out = csv(r.stdout);
        const ex = out.filter((x) => x.policy === "sagemaker-notebook-no-direct-internet");
        assert.ok(ex.length > 0);
        for (const x of ex) {
            assert.strictEqual(x.result, "exempted");
            assert.deepStrictEqual(
                [x.exemption_reason, x.exemption_expires, x.exemption_approved_by],
                ["lab, isolated by SCP", "2099-12-31", "ciso@example.org"],
            );
        }
        const off = out.filter((x) => x.policy === "sagemaker-notebook-kms-encryption");
        assert.ok(off.length > 0 && off.every((x) => x.policy_level === "disabled" && x.result === "no resource judged"));
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("from an event log: the engine's own passes and failures", () => {
        const r = cli(["evidence", "--framework", "nist", "--events", path.join(FIX, "events.ndjson"), "--format", "json"]);
        assert.strictEqual(r.code, 0, r.stderr);
        const e = JSON.parse(r.stdout);
        assert.strictEqual(e.header.input.kind, "events");
        const results = e.controls.flatMap((c: any) => c.policies.flatMap((p: any) => p.results)); // eslint-disable-line @typescript-eslint/no-explicit-any
        assert.ok(results.some((x: { outcome: string }) => x.outcome === "violated"));
        assert.ok(e.derivation.some((d: string) => /policyAnalyzeSummaryEvent/.test(d)));
    });

    it("refuses a missing or unknown framework and a second input", () => {
        assert.strictEqual(cli(["evidence", "--state", path.join(FIX, "state.json")]).code, 2);
        assert.match(cli(["evidence", "--framework", "gdpr", "--state", path.join(FIX, "state.json")]).stderr, /--framework <hipaa\|/);
        const both = cli([
            "evidence",
            "--framework",
            "hipaa",
            "--state",
            path.join(FIX, "state.json"),
            "--events",
            path.join(FIX, "events.ndjson"),
        ]);
        assert.strictEqual(both.code, 2);
        assert.match(
            cli(["evidence", "--framework", "hipaa", "--state", path.join(FIX, "state.json"), "--format", "pdf"]).stderr,
            /html, csv or json/,
        );
    });
});

describe("evidence: could not be judged", () => {
    const policy = (name: string) => catalog.find((p) => p.name === name) as unknown as ResourcePolicyDef;
    const NB = "aws:sagemaker/notebookInstance:NotebookInstance";

    it("is a silent check whose answer depends on a value unknown at preview", () => {
        const p = policy("sagemaker-notebook-no-direct-internet");
        assert.deepStrictEqual(unknownReads(p, NB, "nb", "urn", { directInternetAccess: U }, {}), ["directInternetAccess"]);
        assert.deepStrictEqual(unknownReads(p, NB, "nb", "urn", { directInternetAccess: "Disabled" }, {}), []);
    });

    it("is not an unknown that any value of its type settles (a key another resource creates)", () => {
        assert.deepStrictEqual(unknownReads(policy("sagemaker-notebook-kms-encryption"), NB, "nb", "urn", { kmsKeyId: U }, {}), []);
    });
});

describe("evidence: CSV cells", () => {
    it("quotes per RFC 4180 and keeps spreadsheets from running a cell as a formula", () => {
        assert.strictEqual(csvCell('a,"b"\nc'), '"a,""b""\nc"');
        assert.strictEqual(csvCell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert.strictEqual(csvCell("-1+2"), "'-1+2");
        assert.strictEqual(csvCell("164.312(b)"), "164.312(b)");
    });
});
