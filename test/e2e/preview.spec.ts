// End-to-end tier: the REAL Pulumi CLI runs `pulumi preview --policy-pack` and
// `pulumi policy analyze` with this pack. Runs only where a pulumi binary is available
// (PULUMI_CLI_BIN_DIR from scripts/build-pulumi-cli.sh, or PATH); otherwise it says so
// loudly and skips. See harness.ts.

import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import {
    E2EWorkspace,
    FIXTURES_DIR,
    PROGRAMS_DIR,
    PreviewResult,
    REPO_ROOT,
    STACK,
    Toolchain,
    displayType,
    findToolchain,
    stripColor,
    violationLines,
} from "./harness";

const NOTEBOOK_TYPE = "aws:sagemaker/notebookInstance:NotebookInstance";
/** The engine's sentinel for an unknown string value during preview. */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const MANDATORY_NOTEBOOK_POLICIES = [
    "sagemaker-notebook-no-direct-internet",
    "sagemaker-notebook-in-vpc",
    "sagemaker-notebook-kms-encryption",
    "sagemaker-notebook-no-root-access",
];

function loud(msg: string): void {
    const bar = "!".repeat(78);
    console.warn(`\n${bar}\n!! E2E SKIPPED: ${msg}\n${bar}\n`);
}

function describeRun(r: { code: number; output: string }): string {
    return `exit code ${r.code}; CLI output:\n${r.output}`;
}

function programRuntime(dir: string): string {
    const y = fs.readFileSync(path.join(dir, "Pulumi.yaml"), "utf8");
    const m = /^runtime:\s*(?:\n\s+name:\s*)?([A-Za-z]+)/m.exec(y);
    return m ? m[1] : "unknown";
}

/** Asserts the mandatory notebook violations in CLI output and in the event log. */
function assertNotebookViolations(r: PreviewResult, notebookName: string, level: "mandatory" | "advisory"): void {
    const resource = { type: NOTEBOOK_TYPE, name: notebookName };
    for (const policy of MANDATORY_NOTEBOOK_POLICIES) {
        const lines = violationLines(r.output, level, policy, resource);
        assert.ok(
            lines.length > 0,
            `expected a "[${level}] ... ${policy} ... (${displayType(NOTEBOOK_TYPE)}: ${notebookName})" line; ${describeRun(r)}`,
        );
        const ev = r.policyEvents.filter(
            (e) => e.policyName === policy && (e.resourceUrn || "").endsWith(`::${NOTEBOOK_TYPE}::${notebookName}`),
        );
        assert.strictEqual(ev.length, 1, `expected one policyEvent for ${policy}; got ${JSON.stringify(r.policyEvents)}`);
        assert.strictEqual(ev[0].enforcementLevel, level);
        assert.strictEqual(ev[0].severity, "high", `severity of ${policy}`);
        assert.strictEqual(ev[0].policyPackName, "sagemaker-guard");
        assert.match(ev[0].resourceUrn!, new RegExp(`^urn:pulumi:${STACK}::`));
        assert.ok(stripColor(ev[0].message).trim().length > 0, "policyEvent message is empty");
    }
}

describe("e2e: real pulumi CLI with the sagemaker-guard pack", function () {
    let tc: Toolchain;
    let ws: E2EWorkspace;
    const programs: Record<string, string> = {};
    const program = (name: string): string => {
        if (!programs[name]) {
            programs[name] = ws.prepareProgram(path.join(PROGRAMS_DIR, name));
        }
        return programs[name];
    };

    before(function () {
        const found = findToolchain();
        if ("skip" in found) {
            loud(
                `${found.skip}. Build one with: bin=$(bash scripts/build-pulumi-cli.sh | tail -1); PULUMI_CLI_BIN_DIR=$bin npm run test:e2e`,
            );
            this.skip();
        }
        tc = found as Toolchain;
        console.log(
            `e2e: ${tc.pulumi} ${tc.version}; nodejs language host: ${tc.hasNodejsHost ? "yes" : "NO"}; ` +
                `yaml language host: ${tc.hasYamlHost ? "yes" : "NO"}; --policy-pack ` +
                (tc.hasNodejsHost ? REPO_ROOT : "test/e2e/bin/sagemaker-guard-policy-pack (executable launcher)"),
        );
        if (!tc.hasNodejsHost) {
            console.warn(
                "e2e: NOTE: no pulumi-language-nodejs next to the CLI: TypeScript programs are skipped, Pulumi YAML " +
                    "programs are used, and the pack is launched via test/e2e/bin/sagemaker-guard-policy-pack.",
            );
        }
        ws = new E2EWorkspace(tc);
        ws.login();
    });

    after(function () {
        ws?.cleanup();
    });

    describe("pulumi preview --policy-pack (Pulumi YAML programs)", function () {
        before(function () {
            if (!tc.hasYamlHost) {
                loud(`no pulumi-language-yaml in ${tc.binDir}`);
                this.skip();
            }
        });

        it("non-compliant notebook: exits non-zero with mandatory violations in output and event log", function () {
            const r = ws.preview(program("yaml-noncompliant-notebook"));
            assert.notStrictEqual(r.code, 0, describeRun(r));
            assertNotebookViolations(r, "notebook", "mandatory");
            const imds = r.policyEvents.filter((e) => e.policyName === "sagemaker-notebook-imdsv2");
            assert.strictEqual(imds.length, 1, describeRun(r));
            assert.strictEqual(imds[0].enforcementLevel, "advisory");
            assert.ok(
                violationLines(r.output, "advisory", "sagemaker-notebook-imdsv2", { type: NOTEBOOK_TYPE, name: "notebook" }).length > 0,
            );
            const summary = r.events.find((e) => e.summaryEvent)?.summaryEvent;
            assert.ok(summary, "no summaryEvent in the event log");
            assert.strictEqual(summary.result, "failed");
            // The AWS provider TEST DOUBLE came from the private plugin cache: no ambient/PATH plugin, no download.
            assert.doesNotMatch(r.output, /using pulumi-resource-aws from \$PATH|download/i, describeRun(r));
            assert.ok(
                Object.keys(summary.PolicyPacks || {}).some((k) => k.startsWith("sagemaker-guard")),
                `summaryEvent.PolicyPacks: ${JSON.stringify(summary.PolicyPacks)}`,
            );
        });

        it('non-compliant notebook with --policy-pack-config {"all":"advisory"}: exits zero, all advisory', function () {
            const r = ws.preview(program("yaml-noncompliant-notebook"), {
                policyPackConfig: path.join(FIXTURES_DIR, "all-advisory.json"),
            });
            assert.strictEqual(r.code, 0, describeRun(r));
            assertNotebookViolations(r, "notebook", "advisory");
            assert.deepStrictEqual(
                r.policyEvents.filter((e) => e.enforcementLevel === "mandatory"),
                [],
                "no mandatory events expected",
            );
        });

        it("compliant notebook (kmsKeyId unknown at preview): exits zero with no mandatory violations", function () {
            const r = ws.preview(program("yaml-compliant-notebook"));
            assert.strictEqual(r.code, 0, describeRun(r));
            const mandatory = r.policyEvents.filter((e) => e.enforcementLevel === "mandatory");
            assert.deepStrictEqual(mandatory, [], describeRun(r));
            for (const policy of MANDATORY_NOTEBOOK_POLICIES) {
                assert.deepStrictEqual(
                    r.policyEvents.filter((e) => e.policyName === policy),
                    [],
                    `unexpected ${policy} event; ${describeRun(r)}`,
                );
            }
            // The stand-in provider (TEST DOUBLE) ran the preview: both resources are planned creates,
            // and the key's ARN (hence kmsKeyId) is unknown during preview.
            assert.match(r.output, /\+\s+aws:kms:Key\s+notebookKey\s+create/, describeRun(r));
            assert.match(r.output, /\+\s+aws:sagemaker:NotebookInstance\s+notebook\s+create/, describeRun(r));
            const pre = r.events.map((e) => e.resourcePreEvent?.metadata).find((m) => m && m.urn.endsWith(`::${NOTEBOOK_TYPE}::notebook`));
            assert.strictEqual(pre?.new?.inputs?.kmsKeyId, UNKNOWN, "kmsKeyId should be unknown at preview");
        });

        const profilesDir = path.join(REPO_ROOT, "profiles");
        const profiles = fs.existsSync(profilesDir)
            ? fs
                  .readdirSync(profilesDir)
                  .filter((f) => f.endsWith(".json"))
                  .sort()
            : [];
        for (const profile of profiles) {
            it(`profile profiles/${profile} is accepted by the CLI as --policy-pack-config`, function () {
                const r = ws.preview(program("yaml-noncompliant-notebook"), {
                    policyPackConfig: path.join(profilesDir, profile),
                });
                assert.doesNotMatch(r.output, /validating policy config|error: .*polic(y|ies) config/i, describeRun(r));
                assert.ok(
                    r.events.some((e) => e.summaryEvent),
                    describeRun(r),
                );
                const mandatory = r.policyEvents.some((e) => e.enforcementLevel === "mandatory");
                assert.strictEqual(r.code !== 0, mandatory, `exit code must follow mandatory violations; ${describeRun(r)}`);
            });
        }
    });

    describe("pulumi preview --policy-pack (TypeScript programs, @pulumi/aws 7.48.0)", function () {
        before(function () {
            if (!tc.hasNodejsHost) {
                loud(`TypeScript programs need pulumi-language-nodejs in ${tc.binDir} (not buildable from the module proxy here)`);
                this.skip();
            }
        });

        it("ts non-compliant notebook: exits non-zero with mandatory violations", function () {
            const r = ws.preview(program("ts-noncompliant-notebook"));
            assert.notStrictEqual(r.code, 0, describeRun(r));
            assertNotebookViolations(r, "notebook", "mandatory");
        });

        it("ts compliant notebook: exits zero", function () {
            const r = ws.preview(program("ts-compliant-notebook"));
            assert.strictEqual(r.code, 0, describeRun(r));
            assert.deepStrictEqual(
                r.policyEvents.filter((e) => e.enforcementLevel === "mandatory"),
                [],
            );
        });
    });

    describe("examples/ (when present)", function () {
        for (const [example, compliant] of [
            ["healthcare-ml-noncompliant", false],
            ["healthcare-ml-compliant", true],
        ] as const) {
            it(`examples/${example}: ${compliant ? "exits zero" : "exits non-zero with mandatory violations"}`, function () {
                const dir = path.join(REPO_ROOT, "examples", example);
                if (!fs.existsSync(path.join(dir, "Pulumi.yaml"))) {
                    console.warn(`e2e: examples/${example}/Pulumi.yaml does not exist yet; skipped`);
                    this.skip();
                }
                const runtime = programRuntime(dir);
                if (runtime === "nodejs" && !tc.hasNodejsHost) {
                    loud(`examples/${example} is a nodejs program and there is no pulumi-language-nodejs in ${tc.binDir}`);
                    this.skip();
                }
                const r = ws.preview(program(path.relative(PROGRAMS_DIR, dir)));
                const mandatory = r.policyEvents.filter((e) => e.enforcementLevel === "mandatory");
                if (compliant) {
                    assert.strictEqual(r.code, 0, describeRun(r));
                    assert.deepStrictEqual(mandatory, [], describeRun(r));
                } else {
                    assert.notStrictEqual(r.code, 0, describeRun(r));
                    assert.ok(mandatory.length > 0, describeRun(r));
                    assert.ok(r.output.includes("[mandatory]"), describeRun(r));
                }
            });
        }
    });

    describe("pulumi policy analyze --file <exported state>", function () {
        before(function () {
            const help = ws.run(["policy", "analyze", "--help"], ws.root);
            if (help.code !== 0 || !help.output.includes("--file")) {
                loud(`this CLI (${tc.version}) has no 'pulumi policy analyze --file'`);
                this.skip();
            }
        });

        const stateFile = path.join(FIXTURES_DIR, "noncompliant-notebook-state.json");

        it("reports the mandatory notebook violations from outputs and exits non-zero", function () {
            const r = ws.run(["policy", "analyze", "--file", stateFile, "--policy-pack", ws.policyPackArg(), "--color", "never"], ws.root);
            assert.notStrictEqual(r.code, 0, describeRun(r));
            for (const policy of MANDATORY_NOTEBOOK_POLICIES) {
                assert.ok(
                    violationLines(r.output, "mandatory", policy, { type: NOTEBOOK_TYPE, name: "notebook" }).length > 0,
                    `expected a mandatory ${policy} line; ${describeRun(r)}`,
                );
            }
        });

        it('with --policy-pack-config {"all":"advisory"} exits zero', function () {
            const r = ws.run(
                [
                    "policy",
                    "analyze",
                    "--file",
                    stateFile,
                    "--policy-pack",
                    ws.policyPackArg(),
                    "--policy-pack-config",
                    path.join(FIXTURES_DIR, "all-advisory.json"),
                    "--color",
                    "never",
                ],
                ws.root,
            );
            assert.strictEqual(r.code, 0, describeRun(r));
            assert.ok(violationLines(r.output, "advisory", "sagemaker-notebook-no-direct-internet").length > 0, describeRun(r));
        });
    });
});
