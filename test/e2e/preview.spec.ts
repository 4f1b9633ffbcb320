// End-to-end tier: the REAL Pulumi CLI runs `pulumi preview --policy-pack` and
// `pulumi policy analyze` with this pack, the way users run it: TypeScript programs through the
// Node.js language host and `--policy-pack <repo root>`, the published tarball, and the documented
// pull-request workflow. Runs only where a pulumi binary is available (PULUMI_CLI_BIN_DIR from
// scripts/build-pulumi-cli.sh, or PATH); otherwise it says so loudly and skips. Without the
// Node.js host it falls back to Pulumi YAML programs and the launcher script, and says which
// routes it skipped. See harness.ts and README.md here.

import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import {
    E2EWorkspace,
    EXAMPLES_DIR,
    FIXTURES_DIR,
    FindingKey,
    PROGRAMS_DIR,
    PreviewResult,
    REPO_ROOT,
    STACK,
    Toolchain,
    displayType,
    eventFindings,
    findToolchain,
    installPublishedPack,
    scanProgram,
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

/**
 * What the examples must produce (the same with `scan --program`, asserted separately). A change
 * to a policy that fires on an example changes these numbers on purpose.
 */
const EXAMPLES = {
    "healthcare-ml-noncompliant": { mandatory: 25, advisory: 13, exitCode: 1 },
    "healthcare-ml-compliant": { mandatory: 0, advisory: 0, exitCode: 0 },
} as const;
const WORKFLOW = path.join(REPO_ROOT, "docs", "examples", "policy-check.yml");

function counts(keys: { level: string }[]): { mandatory: number; advisory: number } {
    return {
        mandatory: keys.filter((k) => k.level === "mandatory").length,
        advisory: keys.filter((k) => k.level === "advisory").length,
    };
}

/** The CLI's "Policies:" block, for the log: what a user sees. */
function policiesExcerpt(output: string, lines = 14): string {
    const all = output.split("\n");
    const i = all.findIndex((l) => /^Policies:/.test(l.trim()));
    return i < 0 ? "(no Policies: block)" : all.slice(i, i + lines).join("\n");
}

/** The level a --policy-pack-config file gives a policy ("all", per-policy string or object). */
function configuredLevel(config: Record<string, unknown>, policy: string, defaultLevel: string): string {
    const v = config[policy] ?? config.all;
    if (typeof v === "string") return v;
    if (v && typeof v === "object" && typeof (v as { enforcementLevel?: unknown }).enforcementLevel === "string") {
        return (v as { enforcementLevel: string }).enforcementLevel;
    }
    return defaultLevel;
}

function sarifValidator(): ((d: unknown) => boolean) & { errors?: unknown[] | null } {
    const Ajv = require("ajv");
    const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "test", "cli", "fixtures", "sarif-schema-2.1.0.json"), "utf8"));
    // The schema is draft-04: ajv 8 reads it once `id` is `$id` and `$schema` is dropped.
    delete schema.$schema;
    schema.$id = schema.id;
    delete schema.id;
    return new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(schema);
}

/** (resource name, policy) of every finding item in a `report --format markdown` comment. */
function markdownItems(md: string): string[] {
    const items: string[] = [];
    let resource = "";
    for (const line of md.split("\n")) {
        const h = /^#{3,4} `([^`]+)`/.exec(line);
        if (h) resource = h[1];
        const b = /^\s*- .*?\[`([a-z0-9-]+)`\]\(/.exec(line);
        if (b) items.push(`${resource} ${b[1]}`);
    }
    return items.sort();
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
    const program = (src: string): string => (programs[src] ??= ws.prepareProgram(path.resolve(PROGRAMS_DIR, src)));
    const previews: Record<string, PreviewResult> = {};
    /** `pulumi preview --policy-pack <repo root>` of an example, once per run. */
    const examplePreview = (name: string): PreviewResult => (previews[name] ??= ws.preview(program(path.join(EXAMPLES_DIR, name))));
    const needsHost = (ctx: Mocha.Context, what: string): void => {
        if (!tc.hasNodejsHost) {
            loud(
                `${what} needs pulumi-language-nodejs in ${tc.binDir}: build it with scripts/build-pulumi-cli.sh (source in ../shared/vendor/)`,
            );
            ctx.skip();
        }
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
            loud(
                "no pulumi-language-nodejs next to the CLI: TypeScript programs, examples/, the published route and the " +
                    "workflow route are SKIPPED; Pulumi YAML programs run instead, with the pack launched via test/e2e/bin/sagemaker-guard-policy-pack",
            );
        }
        ws = new E2EWorkspace(tc);
        ws.login();
    });

    after(function () {
        ws?.cleanup();
    });

    describe("notebook programs: TypeScript through the Node.js host (Pulumi YAML when the host is missing)", function () {
        const flavour = (): string => (tc.hasNodejsHost ? "ts" : "yaml");
        before(function () {
            if (!tc.hasNodejsHost && !tc.hasYamlHost) {
                loud(`neither pulumi-language-nodejs nor pulumi-language-yaml in ${tc.binDir}`);
                this.skip();
            }
        });

        it("non-compliant notebook: exits non-zero with mandatory violations in output and event log", function () {
            const r = ws.preview(program(`${flavour()}-noncompliant-notebook`));
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
            // A program with a package.json: the host does not fall back to the program directory.
            assert.doesNotMatch(r.output, /Could not find a package\.json/, describeRun(r));
            assert.ok(
                Object.keys(summary.PolicyPacks || {}).some((k) => k.startsWith("sagemaker-guard")),
                `summaryEvent.PolicyPacks: ${JSON.stringify(summary.PolicyPacks)}`,
            );
        });

        it('non-compliant notebook with --policy-pack-config {"all":"advisory"}: exits zero, all advisory', function () {
            const r = ws.preview(program(`${flavour()}-noncompliant-notebook`), {
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
            const r = ws.preview(program(`${flavour()}-compliant-notebook`));
            assert.strictEqual(r.code, 0, describeRun(r));
            assert.deepStrictEqual(
                r.policyEvents.filter((e) => e.enforcementLevel === "mandatory"),
                [],
                describeRun(r),
            );
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
    });

    describe("examples/: pulumi preview --policy-pack <repo root>, and the same findings as `sagemaker-guard scan --program`", function () {
        for (const [example, want] of Object.entries(EXAMPLES)) {
            it(`examples/${example}: ${want.mandatory} mandatory + ${want.advisory} advisory, exit ${want.exitCode}; equal to scan --program`, function () {
                needsHost(this, `examples/${example} (a TypeScript program)`);
                const r = examplePreview(example);
                const got = eventFindings(r.policyEvents);
                assert.deepStrictEqual(counts(got), { mandatory: want.mandatory, advisory: want.advisory }, describeRun(r));
                assert.strictEqual(r.code, want.exitCode, describeRun(r));
                assert.strictEqual(r.events.find((e) => e.summaryEvent)?.summaryEvent?.result, want.exitCode ? "failed" : "succeeded");
                assert.doesNotMatch(r.output, /Could not find a package\.json/, describeRun(r));
                // Every event is also a line of the CLI's own output.
                for (const e of r.policyEvents) {
                    const name = (e.resourceUrn || "").split("::").pop()!;
                    const type = (e.resourceUrn || "").split("::")[2]?.split("$").pop() ?? "";
                    assert.ok(
                        violationLines(r.output, e.enforcementLevel as "mandatory", e.policyName, { type, name }).length > 0,
                        `no output line for ${e.policyName} on ${name}; ${describeRun(r)}`,
                    );
                }
                if (want.mandatory) {
                    console.log(
                        `e2e: pulumi preview --policy-pack <repo root> on examples/${example} (exit ${r.code}):\n${policiesExcerpt(r.output)}`,
                    );
                }
                const s = scanProgram(programs[path.join(EXAMPLES_DIR, example)]);
                assert.deepStrictEqual(got, s.findings, "pulumi preview and sagemaker-guard scan --program disagree");
                assert.strictEqual(s.code, want.mandatory ? 1 : 0, s.stderr);
            });
        }
    });

    describe("every profiles/*.json through --policy-pack-config", function () {
        const profilesDir = path.join(REPO_ROOT, "profiles");
        const profiles = fs.existsSync(profilesDir)
            ? fs
                  .readdirSync(profilesDir)
                  .filter((f) => f.endsWith(".json"))
                  .sort()
            : [];
        for (const profile of profiles) {
            it(`profiles/${profile} on the non-compliant ${"example"}: each finding at the profile's level, exit code follows`, function () {
                const config = JSON.parse(fs.readFileSync(path.join(profilesDir, profile), "utf8")) as Record<string, unknown>;
                if (!tc.hasNodejsHost) {
                    // Fallback: the Pulumi YAML notebook, checked for acceptance and the exit-code rule only.
                    const r = ws.preview(program("yaml-noncompliant-notebook"), { policyPackConfig: path.join(profilesDir, profile) });
                    assert.ok(
                        r.events.some((e) => e.summaryEvent),
                        describeRun(r),
                    );
                    const mandatory = r.policyEvents.some((e) => e.enforcementLevel === "mandatory");
                    assert.strictEqual(r.code !== 0, mandatory, `exit code must follow mandatory violations; ${describeRun(r)}`);
                    return;
                }
                const base = eventFindings(examplePreview("healthcare-ml-noncompliant").policyEvents);
                const r = ws.preview(program(path.join(EXAMPLES_DIR, "healthcare-ml-noncompliant")), {
                    policyPackConfig: path.join(profilesDir, profile),
                });
                assert.doesNotMatch(r.output, /validating policy config|error: .*polic(y|ies) config/i, describeRun(r));
                // Levels other than advisory/mandatory/disabled (e.g. remediate) are left out of the comparison.
                const compared = (k: FindingKey) => ["advisory", "mandatory"].includes(configuredLevel(config, k.policy, k.level));
                const want = base
                    .map((k) => ({ ...k, level: configuredLevel(config, k.policy, k.level) }))
                    .filter((k) => k.level !== "disabled")
                    .filter((k) => ["advisory", "mandatory"].includes(k.level));
                const got = eventFindings(r.policyEvents).filter(compared);
                assert.deepStrictEqual(got, want, describeRun(r));
                const mandatory = r.policyEvents.some((e) => e.enforcementLevel === "mandatory");
                assert.strictEqual(r.code !== 0, mandatory, `exit code must follow mandatory violations; ${describeRun(r)}`);
            });
        }
    });

    describe("the published route: npm pack → npm install --omit=dev → --policy-pack <unpacked dir>", function () {
        it("the unpacked tarball, without dev dependencies and without the repo, gives the same findings", function () {
            needsHost(this, "the published route");
            const { packDir, tarball } = installPublishedPack(path.join(ws.root, "published"));
            assert.ok(!fs.existsSync(path.join(packDir, "node_modules", "mocha")), "dev dependencies were installed");
            assert.ok(fs.existsSync(path.join(packDir, "dist", "index.js")), "prepare did not build dist/ in the unpacked pack");
            const r = ws.preview(program(path.join(EXAMPLES_DIR, "healthcare-ml-noncompliant")), { policyPack: packDir });
            const want = EXAMPLES["healthcare-ml-noncompliant"];
            assert.strictEqual(r.code, want.exitCode, describeRun(r));
            assert.deepStrictEqual(eventFindings(r.policyEvents), eventFindings(examplePreview("healthcare-ml-noncompliant").policyEvents));
            console.log(
                `e2e: published route: ${path.basename(tarball)} → npm install --omit=dev → ${counts(eventFindings(r.policyEvents)).mandatory} mandatory + ` +
                    `${counts(eventFindings(r.policyEvents)).advisory} advisory, exit ${r.code}`,
            );
        });
    });

    describe("the reviewer's route: docs/examples/policy-check.yml's own preview and report commands", function () {
        interface Step {
            id?: string;
            name?: string;
            run?: string;
            "working-directory"?: string;
            env?: Record<string, string>;
        }
        it("non-compliant example: preview fails the job, every finding in the Markdown comment (under 65,536 chars), valid SARIF", function () {
            needsHost(this, "the workflow route");
            const yaml = require("js-yaml") as { load(text: string): unknown };
            const wf = yaml.load(fs.readFileSync(WORKFLOW, "utf8")) as { jobs: Record<string, { steps: Step[] }> };
            const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
            const previewStep = steps.find((s) => s.id === "preview");
            const reportStep = steps.find((s) => s.name === "Reports");
            assert.ok(previewStep?.run && reportStep?.run, "the workflow has no step with id: preview, or no step named Reports");

            // The runner's layout: the pull request's repository in $GITHUB_WORKSPACE, the program in infra/,
            // the pack cloned (and `npm ci`ed: here, this checkout) beside it in ../sagemaker-guard.
            const gh = path.join(ws.root, "github");
            const workspace = path.join(gh, "workspace");
            const runnerTemp = path.join(gh, "runner-temp");
            fs.mkdirSync(runnerTemp, { recursive: true });
            fs.mkdirSync(workspace, { recursive: true });
            fs.symlinkSync(REPO_ROOT, path.join(gh, "sagemaker-guard"), "dir");
            const stack = /--stack\s+(\S+)/.exec(previewStep.run)?.[1] ?? STACK;
            const infra = path.join(workspace, previewStep["working-directory"] ?? ".");
            ws.prepareProgram(path.join(EXAMPLES_DIR, "healthcare-ml-noncompliant"), { dest: infra, stack });
            const configArg = /--policy-pack-config\s+(\S+)/.exec(previewStep.run)?.[1];
            if (configArg) fs.writeFileSync(path.resolve(infra, configArg), "{}\n"); // the user's config: the defaults

            const runStep = (step: Step) => {
                const env: NodeJS.ProcessEnv = { ...ws.env, RUNNER_TEMP: runnerTemp, GITHUB_WORKSPACE: workspace };
                delete env.PULUMI_DEBUG_COMMANDS; // the documented route must not need the debug switch
                for (const [k, v] of Object.entries(step.env ?? {})) {
                    if (!String(v).includes("${{")) env[k] = String(v); // secrets: not here (a file backend)
                }
                assert.doesNotMatch(step.run!, /\$\{\{/, "a run script with a GitHub expression cannot run here");
                const r = spawnSync("bash", ["-e", "-c", step.run!], {
                    cwd: path.join(workspace, step["working-directory"] ?? "."),
                    env,
                    encoding: "utf8",
                    maxBuffer: 64 * 1024 * 1024,
                    timeout: 600_000,
                });
                return { code: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
            };

            const preview = runStep(previewStep);
            assert.doesNotMatch(preview.output, /unknown flag/, describeRun(preview));
            assert.notStrictEqual(preview.code, 0, `mandatory findings must fail the preview step; ${describeRun(preview)}`);
            const report = runStep(reportStep);
            assert.strictEqual(report.code, 0, describeRun(report));

            const events = fs.readFileSync(path.join(runnerTemp, "events.ndjson"), "utf8");
            const policyEvents = events
                .split("\n")
                .filter((l) => l.trim())
                .flatMap((l) => {
                    const e = JSON.parse(l);
                    return e.policyEvent ? [e.policyEvent] : [];
                });
            // The same findings as the harness's preview, on stack `prod` instead of `e2e` (the stack resource is named after it).
            const onStack = (urn: string) =>
                urn.replace(`urn:pulumi:${STACK}::`, `urn:pulumi:${stack}::`).replace(new RegExp(`-${STACK}$`), `-${stack}`);
            const want = eventFindings(examplePreview("healthcare-ml-noncompliant").policyEvents).map((k) => ({
                ...k,
                urn: onStack(k.urn),
            }));
            assert.deepStrictEqual(eventFindings(policyEvents), want, "the workflow's event stream has the findings of the preview");
            assert.deepStrictEqual(counts(eventFindings(policyEvents)), counts(want));

            const md = fs.readFileSync(path.join(runnerTemp, "report.md"), "utf8");
            assert.ok(md.length < 65_536, `the comment is ${md.length} characters, over GitHub's limit`);
            const expectedItems = policyEvents
                .map((p: { policyName: string; resourceUrn?: string }) => `${(p.resourceUrn ?? "").split("::").pop()} ${p.policyName}`)
                .sort();
            assert.deepStrictEqual(markdownItems(md), expectedItems, "every finding is an item of the Markdown comment");

            const sarif = JSON.parse(fs.readFileSync(path.join(runnerTemp, "report.sarif"), "utf8"));
            const validate = sarifValidator();
            assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
            assert.strictEqual(sarif.runs[0].results.length, policyEvents.length);
            console.log(
                `e2e: workflow route: ${policyEvents.length} policy events → report.md ${md.length} characters, report.sarif ${sarif.runs[0].results.length} results`,
            );
        });
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

        it("hand-written state: reports the mandatory notebook violations from outputs and exits non-zero", function () {
            const r = ws.policyAnalyze(stateFile);
            assert.notStrictEqual(r.code, 0, describeRun(r));
            for (const policy of MANDATORY_NOTEBOOK_POLICIES) {
                assert.ok(
                    violationLines(r.output, "mandatory", policy, { type: NOTEBOOK_TYPE, name: "notebook" }).length > 0,
                    `expected a mandatory ${policy} line; ${describeRun(r)}`,
                );
            }
        });

        it('hand-written state with --policy-pack-config {"all":"advisory"} exits zero', function () {
            const r = ws.policyAnalyze(stateFile, { policyPackConfig: path.join(FIXTURES_DIR, "all-advisory.json") });
            assert.strictEqual(r.code, 0, describeRun(r));
            assert.ok(violationLines(r.output, "advisory", "sagemaker-notebook-no-direct-internet").length > 0, describeRun(r));
        });

        it("pulumi up of the compliant example (provider TEST DOUBLE), pulumi stack export, then analyze: no mandatory finding, exit 0", function () {
            needsHost(this, "pulumi up of examples/healthcare-ml-compliant");
            const dir = ws.prepareProgram(path.join(EXAMPLES_DIR, "healthcare-ml-compliant"), { stack: "up" });
            ws.up(dir);
            const state = ws.exportState(dir);
            const resources = (JSON.parse(fs.readFileSync(state, "utf8")).deployment?.resources ?? []) as { type: string }[];
            assert.ok(resources.filter((x) => x.type.startsWith("aws:")).length > 50, `state has ${resources.length} resources`);
            const r = ws.policyAnalyze(state);
            assert.strictEqual(r.code, 0, describeRun(r));
            assert.deepStrictEqual(violationLines(r.output, "mandatory", "[a-z0-9-]+"), [], describeRun(r));
        });
    });
});
