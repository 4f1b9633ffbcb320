// End-to-end: the `remediate` level with the REAL Pulumi CLI. `pulumi preview --policy-pack <pack>
// --policy-pack-config profiles/autofix.json` must fix the remediable settings before the resources
// are planned (the plan's inputs carry them, `--diff` shows them), list them as `[remediate]` lines,
// write policyRemediationEvent entries to the event log, and no longer report those policies as
// failing. Runs where the harness finds a CLI (see harness.ts); the YAML program needs
// pulumi-language-yaml, examples/healthcare-ml-noncompliant needs pulumi-language-nodejs.

import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { E2EWorkspace, EngineEvent, findToolchain, PROGRAMS_DIR, PreviewResult, REPO_ROOT, Toolchain, readEventLog } from "./harness";

const AUTOFIX = path.join(REPO_ROOT, "profiles", "autofix.json");
const BASELINE = path.join(REPO_ROOT, "profiles", "baseline.json");
const NOTEBOOK = "aws:sagemaker/notebookInstance:NotebookInstance";
const KEY = "aws:kms/key:Key";
/** The engine's sentinel for an unknown string value during preview. */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

interface RemediationEvent {
    resourceUrn: string;
    policyName: string;
    policyPackName: string;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
}

const remediationEvents = (events: EngineEvent[]): RemediationEvent[] =>
    events.flatMap((e) => (e.policyRemediationEvent ? [e.policyRemediationEvent as RemediationEvent] : []));

/** Top-level inputs that differ between two input maps. */
const changedKeys = (a: Record<string, unknown>, b: Record<string, unknown>): string[] =>
    [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();

const plannedInputs = (r: PreviewResult, type: string, name: string) =>
    r.events.map((e) => e.resourcePreEvent?.metadata).find((m) => m && m.urn.endsWith(`::${type}::${name}`))?.new?.inputs ?? {};

const describeRun = (r: { code: number; output: string }) => `exit code ${r.code}; CLI output:\n${r.output}`;

function loud(msg: string): void {
    const bar = "!".repeat(78);
    console.warn(`\n${bar}\n!! E2E SKIPPED: ${msg}\n${bar}\n`);
}

/** Asserts that each `policy` fixed `resource` (type, name) by setting exactly `field`, and no longer fails there. */
function assertFixed(r: PreviewResult, fixes: { policy: string; type: string; name: string; field: string }[]): void {
    const events = remediationEvents(r.events);
    for (const f of fixes) {
        assert.match(r.output, new RegExp(`- \\[remediate\\]\\s+${f.policy}\\s+\\(\\d+ resources?\\)`), describeRun(r));
        const ev = events.filter((e) => e.policyName === f.policy && e.resourceUrn.endsWith(`::${f.type}::${f.name}`));
        assert.strictEqual(ev.length, 1, `one policyRemediationEvent for ${f.policy} on ${f.name}: ${JSON.stringify(events)}`);
        assert.strictEqual(ev[0].policyPackName, "sagemaker-guard");
        assert.deepStrictEqual(changedKeys(ev[0].before, ev[0].after), [f.field], `${f.policy} changes only ${f.field}`);
        assert.ok(f.field in plannedInputs(r, f.type, f.name), `the planned inputs of ${f.name} carry ${f.field}`);
        assert.deepStrictEqual(
            r.policyEvents.filter((e) => e.policyName === f.policy && (e.resourceUrn ?? "").endsWith(`::${f.type}::${f.name}`)),
            [],
            `${f.policy} no longer fails on ${f.name}`,
        );
    }
}

describe("e2e: the remediate level (profiles/autofix.json) with the real pulumi CLI", function () {
    let tc: Toolchain;
    let ws: E2EWorkspace;

    before(function () {
        const found = findToolchain();
        if ("skip" in found) {
            loud(
                `${found.skip}. Build one with: bin=$(bash scripts/build-pulumi-cli.sh | tail -1); PULUMI_CLI_BIN_DIR=$bin npm run test:e2e`,
            );
            this.skip();
        }
        tc = found as Toolchain;
        ws = new E2EWorkspace(tc);
        ws.login();
    });
    after(() => ws?.cleanup());

    describe("a Pulumi YAML program with a notebook and a KMS key", function () {
        let dir: string;
        let fixed: PreviewResult;
        before(function () {
            if (!tc.hasYamlHost) {
                loud(`no pulumi-language-yaml in ${tc.binDir}`);
                this.skip();
            }
            dir = ws.prepareProgram(path.join(PROGRAMS_DIR, "yaml-autofix"));
            fixed = ws.preview(dir, { policyPackConfig: AUTOFIX });
        });

        it("fixes root access, IMDSv2 and key rotation before planning; those policies no longer fail", () => {
            assertFixed(fixed, [
                { policy: "sagemaker-notebook-no-root-access", type: NOTEBOOK, name: "notebook", field: "rootAccess" },
                { policy: "sagemaker-notebook-imdsv2", type: NOTEBOOK, name: "notebook", field: "instanceMetadataServiceConfiguration" },
                { policy: "kms-key-rotation-enabled", type: KEY, name: "notebookKey", field: "enableKeyRotation" },
            ]);
            const nb = plannedInputs(fixed, NOTEBOOK, "notebook");
            assert.strictEqual(nb.rootAccess, "Disabled");
            assert.deepStrictEqual(nb.instanceMetadataServiceConfiguration, { minimumInstanceMetadataServiceVersion: "2" });
            assert.strictEqual(nb.kmsKeyId, UNKNOWN, "an unknown input stays unknown");
            assert.strictEqual(plannedInputs(fixed, KEY, "notebookKey").enableKeyRotation, true);
        });

        it("what needs a value only the user knows stays a mandatory violation, and the preview still fails", () => {
            assert.notStrictEqual(fixed.code, 0, describeRun(fixed));
            for (const policy of ["sagemaker-notebook-no-direct-internet", "sagemaker-notebook-in-vpc"]) {
                const ev = fixed.policyEvents.filter((e) => e.policyName === policy);
                assert.strictEqual(ev.length, 1, describeRun(fixed));
                assert.strictEqual(ev[0].enforcementLevel, "mandatory");
            }
            assert.deepStrictEqual(
                remediationEvents(fixed.events)
                    .map((e) => e.policyName)
                    .sort(),
                ["kms-key-rotation-enabled", "sagemaker-notebook-imdsv2", "sagemaker-notebook-no-root-access"],
            );
        });

        it("without autofix (baseline) the same program fails those policies and nothing is remediated", () => {
            const r = ws.preview(dir, { policyPackConfig: BASELINE });
            assert.deepStrictEqual(remediationEvents(r.events), []);
            assert.doesNotMatch(r.output, /\[remediate\]/);
            for (const policy of ["sagemaker-notebook-no-root-access", "kms-key-rotation-enabled", "sagemaker-notebook-imdsv2"]) {
                assert.ok(
                    r.policyEvents.some((e) => e.policyName === policy),
                    `${policy} fails without autofix; ${describeRun(r)}`,
                );
            }
            assert.strictEqual(plannedInputs(r, NOTEBOOK, "notebook").rootAccess, undefined);
        });

        it("--diff shows the remediated inputs in the plan", () => {
            const r = ws.run(
                [
                    "preview",
                    "--non-interactive",
                    "--color",
                    "never",
                    "--diff",
                    "--policy-pack",
                    ws.policyPackArg(),
                    "--policy-pack-config",
                    AUTOFIX,
                ],
                dir,
            );
            assert.match(r.output, /rootAccess\s*: "Disabled"/, describeRun(r));
            assert.match(r.output, /minimumInstanceMetadataServiceVersion: "2"/, describeRun(r));
            assert.match(r.output, /enableKeyRotation\s*: true/, describeRun(r));
        });

        it("`sagemaker-guard report` turns the event log's remediations into fixed: lines", () => {
            const log = path.join(ws.root, "autofix-events.jsonl");
            ws.run(
                [
                    "preview",
                    "--non-interactive",
                    "--color",
                    "never",
                    "--policy-pack",
                    ws.policyPackArg(),
                    "--policy-pack-config",
                    AUTOFIX,
                    "--event-log",
                    log,
                ],
                dir,
            );
            assert.ok(
                readEventLog(log).some((e) => e.policyRemediationEvent),
                "the event log has remediation events",
            );
            const r = spawnSync(process.execPath, [path.join(REPO_ROOT, "cli", "bin.js"), "report", "--events", log, "--format", "text"], {
                encoding: "utf8",
                env: { ...process.env, NO_COLOR: "1" },
            });
            assert.ok(
                r.stdout.includes('fixed: sagemaker-notebook-no-root-access on notebook: rootAccess = "Disabled"'),
                r.stdout + r.stderr,
            );
            assert.ok(r.stdout.includes("fixed: kms-key-rotation-enabled on notebookKey: enableKeyRotation = true"), r.stdout);
        });
    });

    describe("examples/healthcare-ml-noncompliant (TypeScript)", function () {
        it("the remediable settings are fixed, the remediated policies no longer fail, the rest still does", function () {
            const dir = path.join(REPO_ROOT, "examples", "healthcare-ml-noncompliant");
            if (!fs.existsSync(path.join(dir, "Pulumi.yaml"))) this.skip();
            if (!tc.hasNodejsHost) {
                loud(`examples/healthcare-ml-noncompliant is a nodejs program and there is no pulumi-language-nodejs in ${tc.binDir}`);
                this.skip();
            }
            const r = ws.preview(ws.prepareProgram(dir), { policyPackConfig: AUTOFIX });
            assertFixed(r, [
                { policy: "sagemaker-notebook-no-root-access", type: NOTEBOOK, name: "research-notebook", field: "rootAccess" },
                {
                    policy: "sagemaker-notebook-imdsv2",
                    type: NOTEBOOK,
                    name: "research-notebook",
                    field: "instanceMetadataServiceConfiguration",
                },
                { policy: "kms-key-rotation-enabled", type: KEY, name: "misc-key", field: "enableKeyRotation" },
            ]);
            assert.notStrictEqual(r.code, 0, "mandatory violations that need the user's values remain");
            assert.ok(
                r.policyEvents.some((e) => e.enforcementLevel === "mandatory"),
                describeRun(r),
            );
        });
    });
});
