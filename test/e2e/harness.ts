// End-to-end harness: drives the REAL Pulumi CLI (`pulumi preview --policy-pack`,
// `pulumi policy analyze`) against throw-away stacks in a local file backend.
//
// Use from a spec file (see preview.spec.ts):
//
//   const tc = findToolchain();               // { skip: reason } when there is no CLI: this.skip()
//   const ws = new E2EWorkspace(tc); ws.login();
//   const dir = ws.prepareProgram("examples/healthcare-ml-noncompliant");  // copy + stack "e2e"
//   const r = ws.preview(dir);                // r.code, r.output (CLI text), r.policyEvents
//   const s = scanJson(dir);                  // `sagemaker-guard scan --program` of the same copy
//   ws.up(dir); const state = ws.exportState(dir);
//   ws.policyAnalyze(state);                  // `pulumi policy analyze --file`
//   ws.cleanup();                             // in after()
//
// Every call is synchronous and returns exit code and output; nothing throws on a non-zero exit
// except mustRun/prepareProgram/up/exportState, whose failures are setup errors.
//
// Where the CLI comes from: $PULUMI_CLI_BIN_DIR (as printed by scripts/build-pulumi-cli.sh),
// else a `pulumi` on PATH. The bin dir must also hold `pulumi-resource-aws`, the TEST DOUBLE
// of the AWS provider built from test/e2e/stand-in-aws-provider. The workspace installs the
// double into its private plugin cache as $PULUMI_HOME/plugins/resource-aws-v7.48.0/ (where
// `pulumi plugin install` would put the real one), and PATH holds only the CLI and the
// language hosts, so the engine never sees another aws plugin; the real provider is never
// downloaded (PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true) and the double never creates
// anything.

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const PROGRAMS_DIR = path.join(__dirname, "programs");
export const FIXTURES_DIR = path.join(__dirname, "fixtures");
/** Executable launcher that starts the pack (repo root) as a binary analyzer plugin. */
export const PACK_LAUNCHER = path.join(__dirname, "bin", "sagemaker-guard-policy-pack");
export const STACK = "e2e";
export const EXAMPLES_DIR = path.join(REPO_ROOT, "examples");
/** The @pulumi/aws version the e2e programs use; the TEST DOUBLE reports the same version. */
export const AWS_PLUGIN_VERSION = "7.48.0";

export interface Toolchain {
    binDir: string;
    pulumi: string;
    version: string;
    /** A real pulumi-language-nodejs is next to the CLI: TypeScript programs and `--policy-pack <dir>` work. */
    hasNodejsHost: boolean;
    hasYamlHost: boolean;
}

function isExecutable(p: string): boolean {
    try {
        fs.accessSync(p, fs.constants.X_OK);
        return fs.statSync(p).isFile();
    } catch {
        return false;
    }
}

function whichOnPath(name: string): string | undefined {
    for (const dir of (process.env.PATH || "").split(path.delimiter)) {
        if (dir && isExecutable(path.join(dir, name))) {
            return dir;
        }
    }
    return undefined;
}

/** Finds the CLI, or returns a reason why the e2e tier must be skipped. */
export function findToolchain(): Toolchain | { skip: string } {
    const fromEnv = process.env.PULUMI_CLI_BIN_DIR;
    const binDir = fromEnv || whichOnPath("pulumi");
    if (!binDir) {
        return { skip: "no pulumi CLI: PULUMI_CLI_BIN_DIR is unset and there is no `pulumi` on PATH" };
    }
    const pulumi = path.join(binDir, "pulumi");
    if (!isExecutable(pulumi)) {
        return { skip: `PULUMI_CLI_BIN_DIR=${binDir} has no executable 'pulumi'` };
    }
    if (!isExecutable(path.join(binDir, "pulumi-resource-aws"))) {
        return {
            skip:
                `${binDir} has no 'pulumi-resource-aws' (the TEST DOUBLE of the AWS provider); ` +
                "run scripts/build-pulumi-cli.sh and set PULUMI_CLI_BIN_DIR to the directory it prints",
        };
    }
    const v = spawnSync(pulumi, ["version"], { encoding: "utf8", env: { ...process.env, PULUMI_SKIP_UPDATE_CHECK: "true" } });
    return {
        binDir,
        pulumi,
        version: (v.stdout || "").trim(),
        hasNodejsHost: isExecutable(path.join(binDir, "pulumi-language-nodejs")),
        hasYamlHost: isExecutable(path.join(binDir, "pulumi-language-yaml")),
    };
}

export interface RunResult {
    code: number;
    stdout: string;
    stderr: string;
    /** stdout + stderr */
    output: string;
}

export interface PolicyEvent {
    resourceUrn?: string;
    message: string;
    policyName: string;
    policyPackName: string;
    policyPackVersion: string;
    enforcementLevel: string;
    severity?: string;
}

/** One line of `--event-log` (apitype.EngineEvent); only the fields the tests read are typed. */
export interface EngineEvent {
    sequence?: number;
    policyEvent?: PolicyEvent;
    summaryEvent?: { result?: string; isPreview?: boolean; PolicyPacks?: Record<string, string> };
    resourcePreEvent?: { metadata: { urn: string; op?: string; new?: { inputs?: Record<string, unknown> } } };
    [kind: string]: unknown;
}

export interface PackOptions {
    /** The pack directory (default: the repo root with a Node.js host, else the launcher). */
    policyPack?: string;
    /** A `--policy-pack-config` file. */
    policyPackConfig?: string;
}

export interface PreviewResult extends RunResult {
    events: EngineEvent[];
    policyEvents: PolicyEvent[];
}

/** One temp dir with its own PULUMI_HOME and file backend; programs are copied into it. */
export class E2EWorkspace {
    readonly root: string;
    readonly env: NodeJS.ProcessEnv;
    private counter = 0;

    constructor(readonly tc: Toolchain) {
        this.root = fs.mkdtempSync(path.join(os.tmpdir(), "sagemaker-guard-e2e-"));
        const home = path.join(this.root, "pulumi-home");
        fs.mkdirSync(home);
        fs.mkdirSync(path.join(this.root, "state"));
        // Private PATH dir: the CLI and the language hosts only (no provider plugins).
        const bin = path.join(this.root, "bin");
        fs.mkdirSync(bin);
        for (const exe of ["pulumi", "pulumi-language-nodejs", "pulumi-language-yaml"]) {
            if (isExecutable(path.join(tc.binDir, exe))) {
                fs.symlinkSync(path.join(tc.binDir, exe), path.join(bin, exe));
            }
        }
        // The AWS provider TEST DOUBLE, installed the way `pulumi plugin install` lays out a plugin.
        const pluginDir = path.join(home, "plugins", `resource-aws-v${AWS_PLUGIN_VERSION}`);
        fs.mkdirSync(pluginDir, { recursive: true });
        fs.copyFileSync(path.join(tc.binDir, "pulumi-resource-aws"), path.join(pluginDir, "pulumi-resource-aws"));
        fs.chmodSync(path.join(pluginDir, "pulumi-resource-aws"), 0o755);
        const env: NodeJS.ProcessEnv = {};
        // Pass through only what is needed: no cloud credentials, no ambient Pulumi settings.
        for (const k of ["HOME", "USER", "LANG", "TMPDIR", "SYSTEMROOT"]) {
            if (process.env[k] !== undefined) {
                env[k] = process.env[k];
            }
        }
        Object.assign(env, {
            PATH: [bin, path.dirname(process.execPath), "/usr/local/bin", "/usr/bin", "/bin"].join(path.delimiter),
            PULUMI_HOME: home,
            PULUMI_CONFIG_PASSPHRASE: "sagemaker-guard-e2e-not-a-secret",
            PULUMI_SKIP_UPDATE_CHECK: "true",
            PULUMI_SKIP_CONFIRMATIONS: "true",
            PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
            // `--event-log` is only registered when debug commands are enabled (operations/preview.go).
            PULUMI_DEBUG_COMMANDS: "true",
            NO_COLOR: "1",
            AWS_REGION: "us-east-1",
        });
        this.env = env;
    }

    run(args: string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}): RunResult {
        const r = spawnSync(this.tc.pulumi, args, {
            cwd,
            env: { ...this.env, ...extraEnv },
            encoding: "utf8",
            maxBuffer: 64 * 1024 * 1024,
            timeout: 300_000,
        });
        if (r.error) {
            throw r.error;
        }
        const stdout = r.stdout || "";
        const stderr = r.stderr || "";
        return { code: r.status ?? -1, stdout, stderr, output: stdout + stderr };
    }

    mustRun(args: string[], cwd: string): RunResult {
        const r = this.run(args, cwd);
        if (r.code !== 0) {
            throw new Error(`pulumi ${args.join(" ")} exited ${r.code}:\n${r.output}`);
        }
        return r;
    }

    login(): void {
        this.mustRun(["login", `file://${path.join(this.root, "state")}`], this.root);
    }

    /**
     * Copies a program (absolute, or relative to the repo root) into the workspace (or to `dest`),
     * links the repo's node_modules beside it (as the examples resolve theirs from the repo root),
     * inits a throw-away stack (`stack`, default "e2e") with aws:region set.
     */
    prepareProgram(srcDir: string, opts: { stack?: string; dest?: string } = {}): string {
        srcDir = path.resolve(REPO_ROOT, srcDir);
        const dir = opts.dest ?? path.join(this.root, `program-${++this.counter}-${path.basename(srcDir)}`);
        fs.cpSync(srcDir, dir, {
            recursive: true,
            // skip node_modules and stack files (Pulumi.<stack>.yaml) of the source program
            filter: (s) => !/[\\/](node_modules|Pulumi\.[^\\/]+\.yaml)$/.test(s),
        });
        if (!fs.existsSync(path.join(dir, "node_modules"))) {
            fs.symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
        }
        this.mustRun(["stack", "init", opts.stack ?? STACK, "--non-interactive", "--secrets-provider", "passphrase"], dir);
        this.mustRun(["config", "set", "aws:region", "us-east-1", "--non-interactive"], dir);
        return dir;
    }

    /** The --policy-pack argument: the repo root when a nodejs language host exists, else the launcher. */
    policyPackArg(): string {
        return this.tc.hasNodejsHost ? REPO_ROOT : PACK_LAUNCHER;
    }

    /**
     * `pulumi preview --policy-pack <policyPack, default policyPackArg()> [--policy-pack-config]`, with
     * the engine events captured through `--event-log` (PULUMI_DEBUG_COMMANDS=true in this.env).
     */
    preview(programDir: string, opts: PackOptions = {}): PreviewResult {
        const eventLog = path.join(this.root, `events-${++this.counter}.jsonl`);
        const args = ["preview", "--non-interactive", "--color", "never", ...this.packArgs(opts), "--event-log", eventLog];
        const r = this.run(args, programDir);
        const events = readEventLog(eventLog);
        const policyEvents = events.flatMap((e) => (e.policyEvent ? [e.policyEvent] : []));
        return { ...r, events, policyEvents };
    }

    /** `pulumi up --yes` without a policy pack: the provider TEST DOUBLE "creates" fake resources. */
    up(programDir: string): RunResult {
        return this.mustRun(["up", "--yes", "--non-interactive", "--color", "never", "--skip-preview"], programDir);
    }

    /** `pulumi stack export --file <tmp>`: the deployment state; returns the file. */
    exportState(programDir: string): string {
        const file = path.join(this.root, `state-${++this.counter}.json`);
        this.mustRun(["stack", "export", "--file", file], programDir);
        return file;
    }

    /** `pulumi policy analyze --file <stateFile>` with the pack (`policy analyze` needs no program). */
    policyAnalyze(stateFile: string, opts: PackOptions = {}): RunResult {
        return this.run(["policy", "analyze", "--file", stateFile, ...this.packArgs(opts), "--color", "never"], this.root);
    }

    private packArgs(opts: PackOptions): string[] {
        const args = ["--policy-pack", opts.policyPack ?? this.policyPackArg()];
        return opts.policyPackConfig ? [...args, "--policy-pack-config", opts.policyPackConfig] : args;
    }

    cleanup(): void {
        if (process.env.SAGEMAKER_GUARD_E2E_KEEP) {
            console.log(`e2e workspace kept: ${this.root}`);
            return;
        }
        fs.rmSync(this.root, { recursive: true, force: true });
    }
}

export function readEventLog(file: string): EngineEvent[] {
    if (!fs.existsSync(file)) {
        return [];
    }
    return fs
        .readFileSync(file, "utf8")
        .split("\n")
        .filter((l) => l.trim() !== "")
        .map((l) => JSON.parse(l) as EngineEvent);
}

/** Strips the CLI's raw colour tags (`<{%reset%}>`) from an event message. */
export function stripColor(s: string): string {
    return s.replace(/<\{%[^%]*%\}>/g, "");
}

/**
 * The CLI prints resource types in display form: `aws:sagemaker/notebookInstance:NotebookInstance`
 * becomes `aws:sagemaker:NotebookInstance` when the module's last segment matches the type name.
 */
export function displayType(token: string): string {
    const m = /^([^:]+):([^:]+)\/([^:/]+):([^:]+)$/.exec(token);
    return m && m[3].toLowerCase() === m[4].toLowerCase() ? `${m[1]}:${m[2]}:${m[4]}` : token;
}

/**
 * Lines of CLI output that report a violation of `policy` at `level`, e.g.
 * `- [mandatory] [severity: high]  sagemaker-notebook-in-vpc  (aws:sagemaker:NotebookInstance: notebook)`.
 * `type`/`name` filter on the resource in brackets (full or display form of the type).
 */
export function violationLines(
    output: string,
    level: "mandatory" | "advisory",
    policy: string,
    resource?: { type: string; name: string },
): string[] {
    return output.split("\n").filter((l) => {
        if (!l.includes(`[${level}]`) || !new RegExp(`\\s${policy}\\s`).test(l + " ")) {
            return false;
        }
        return (
            resource === undefined ||
            l.includes(`(${resource.type}: ${resource.name})`) ||
            l.includes(`(${displayType(resource.type)}: ${resource.name})`)
        );
    });
}

/** One finding reduced to what both routes must agree on. */
export interface FindingKey {
    policy: string;
    level: string;
    severity: string;
    urn: string;
}

function sortKeys(keys: FindingKey[]): FindingKey[] {
    const str = (k: FindingKey) => `${k.urn}\u0000${k.policy}\u0000${k.level}\u0000${k.severity}`;
    return [...keys].sort((a, b) => (str(a) < str(b) ? -1 : str(a) > str(b) ? 1 : 0));
}

/** The findings of a preview's policy events, sorted. */
export function eventFindings(events: PolicyEvent[]): FindingKey[] {
    return sortKeys(
        events.map((e) => ({ policy: e.policyName, level: e.enforcementLevel, severity: e.severity ?? "", urn: e.resourceUrn ?? "" })),
    );
}

export interface ScanResult extends RunResult {
    report: { findings: { policy: string; level: string; severity: string; urn: string }[]; resources?: number };
    findings: FindingKey[];
}

/**
 * `sagemaker-guard scan --program <dir> --stack <stack> --format json` (what `npm start` runs), from
 * the repo root: the command's own route on the same program copy the CLI previewed.
 */
export function scanProgram(programDir: string, stack = STACK): ScanResult {
    const r = spawnSync(
        process.execPath,
        [path.join(REPO_ROOT, "cli", "bin.js"), "scan", "--program", programDir, "--stack", stack, "--format", "json"],
        {
            cwd: REPO_ROOT,
            encoding: "utf8",
            env: { ...process.env, NO_COLOR: "1" },
            maxBuffer: 64 * 1024 * 1024,
            timeout: 300_000,
        },
    );
    const stdout = r.stdout || "";
    const stderr = r.stderr || "";
    let report: ScanResult["report"];
    try {
        report = JSON.parse(stdout);
    } catch {
        throw new Error(`scan --program ${programDir} printed no JSON (exit ${r.status}):\n${stdout}${stderr}`);
    }
    const findings = sortKeys(report.findings.map((f) => ({ policy: f.policy, level: f.level, severity: f.severity, urn: f.urn })));
    return { code: r.status ?? -1, stdout, stderr, output: stdout + stderr, report, findings };
}

/** Runs a command to completion; throws with its output when it fails (setup steps only). */
export function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
    const r = spawnSync(cmd, args, { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 600_000 });
    if (r.error || r.status !== 0) {
        throw new Error(`${cmd} ${args.join(" ")} (in ${cwd}) failed: ${r.error ?? `exit ${r.status}`}\n${r.stdout}${r.stderr}`);
    }
    return r.stdout;
}

/**
 * The published route: `npm pack` of the repo, unpacked into `dir`/package, then
 * `npm install --omit=dev` there (what the CLI does with a pack downloaded from Pulumi Cloud;
 * `prepare` compiles dist/ from the shipped sources). Returns the unpacked pack directory.
 * `npm pack --ignore-scripts`: dist/ was just built by `pretest:e2e`, and the install rebuilds it.
 */
export function installPublishedPack(dir: string): { packDir: string; tarball: string } {
    fs.mkdirSync(dir, { recursive: true });
    const out = sh("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], REPO_ROOT);
    const tarball = path.join(dir, (JSON.parse(out) as { filename: string }[])[0].filename);
    sh("tar", ["-xzf", tarball, "-C", dir], dir);
    const packDir = path.join(dir, "package");
    sh("npm", ["install", "--omit=dev", "--no-audit", "--no-fund", "--prefer-offline"], packDir);
    return { packDir, tarball };
}
