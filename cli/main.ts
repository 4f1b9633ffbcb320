// The `sagemaker-guard` command.
//
//   sagemaker-guard scan --program <dir> | --state <file> [--config <file|profile>] [--format text|json|markdown|sarif]
//   sagemaker-guard report --events <file> [--format markdown|sarif|json|text]
//   sagemaker-guard evidence --framework <id> --program <dir> | --state <file> | --events <file> [--format html|csv|json]
//
// Exit codes: 0 no mandatory finding, 1 a mandatory finding (scan), 2 bad input or usage.

import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { killPackProcesses, PACK_DIR } from "./analyzer";
import { readEventLog } from "./events";
import { applyBaseline, exitCodeFor, FailOn, readBaseline } from "./baseline";
import { Report } from "./findings";
import {
    formatJsonChunks,
    formatMarkdown,
    formatSarifChunks,
    GITHUB_COMMENT_LIMIT,
    SARIF_MAX_RESULTS,
    sarifResultsLeftOut,
    Verbosity,
    VERBOSITIES,
} from "./format-report";
import { colors, formatTextChunks, safeLines, terminalSafe, useColor } from "./format-text";
import { inventoryLines } from "./inventory";
import { DEFAULT_MAX_INPUT_MIB, MAX_INPUT_ENV, maxInputBytes } from "./input";
import { outputBatches, refuseOverwritingInputs, writeOutputFile, writeStdout } from "./output";
import { redact } from "./redact";
import { InputError } from "./program";
import { scan } from "./scan";

const USAGE = `Usage:
  sagemaker-guard scan --program <dir> [options]    run a Pulumi Node.js program as at a first preview (mock engine) and check it
  sagemaker-guard scan --state <file> [options]     check the resources of a \`pulumi stack export\` file
  sagemaker-guard report --events <file> [options]  turn a \`pulumi preview --event-log\` file into a report
  sagemaker-guard evidence --framework <id> --program <dir> | --state <file> | --events <file> [options]
                                                    per-control compliance evidence (html | csv | json)

Options:
  --config <file|profile>   policy-pack config (Pulumi's --policy-pack-config format) or a profile name
  --format <fmt>            text | json | markdown | sarif | junit (scan default: text; report default: markdown)
  --verbosity <level>       text and markdown: summary (one line per finding) | normal | full (with controls and remediation)
  --baseline <findings.json> mark each finding new or unchanged against an earlier --format json report; list the fixed ones
  --fail-on <when>          exit 1 on: mandatory (any mandatory finding; scan's default) | new (new mandatory findings,
                            with --baseline) | never (report's default)
  --output <file>           write the report to a file (written whole, or not at all; never one of the inputs)
  --pack <dir>              the policy pack to run (default: this sagemaker-guard checkout)
  --stack <name>            stack name for --program (default: the only Pulumi.<stack>.yaml, else dev)
  --stack-config <k=v>      stack config for --program, as \`pulumi config set k v\` (repeatable; wins over
                            the stack file); aws:region, when no source sets it, is AWS_REGION or us-east-1
  --stack-config-file <f>   more stack config from a YAML file (a Pulumi.<stack>.yaml, an ESC environment
                            definition's values.pulumiConfig, or key: value lines): ESC is not opened
  --max-input-mb <n>        refuse --state, --events and --config files over n MiB (default: ${DEFAULT_MAX_INPUT_MIB}, or ${MAX_INPUT_ENV})
  --entry <module>#<export> run this module's exported function as the program (e.g. an Automation API
                            program function); with or without --program
  --entry-args <json>       the argument to pass to the --entry function (e.g. '{"env":"dev"}')
  --framework <id>          evidence: hipaa | nist-800-53 | pci-dss | cis | soc2 | iso27001 | hitrust
  --org <name>              evidence: the organisation named in the report's header
  --color / --no-color      force colours on or off (default: on for a TTY, off with NO_COLOR)
  --quiet                   no progress on stderr
  --verbose                 program output, stack traces, and every resource with the inputs unknown at
                            preview on stderr
  -h, --help                this help
  -v, --version             the version

Exit codes: 0 no mandatory finding · 1 mandatory findings (scan; see --fail-on) · 2 bad input`;

const FORMATS = ["text", "json", "markdown", "sarif", "junit"] as const;
type Format = (typeof FORMATS)[number];

class Progress {
    private frame = 0;
    private timer?: NodeJS.Timeout;
    private text = "";
    constructor(private readonly on: boolean) {}
    update(text: string): void {
        if (!this.on) return;
        this.text = text;
        if (!this.timer) {
            this.timer = setInterval(() => this.draw(), 100);
            this.timer.unref();
        }
        this.draw();
    }
    private draw(): void {
        const frames = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
        const cols = process.stderr.columns ?? 80;
        process.stderr.write(`\r\u001b[2K${frames[this.frame++ % frames.length]} ${this.text}`.slice(0, cols + 8));
    }
    stop(): void {
        if (this.timer) clearInterval(this.timer);
        if (this.on && this.text) process.stderr.write("\r\u001b[2K");
        this.text = "";
    }
}

interface RenderOptions {
    color: boolean;
    verbosity: Verbosity;
    exitCode: number;
    /** For junit: every (policy, resource) answer (cli/evidence.ts). */
    judged?: () => import("./evidence").Judged;
}

/** The report as chunks: JSON and SARIF can be more text than one string may hold (cli/format-report.ts); JSON's findings come as UTF-8. */
function render(report: Report, format: Format, r: RenderOptions): Iterable<string | Buffer> {
    switch (format) {
        case "json":
            return formatJsonChunks(report, r.exitCode);
        case "markdown":
            return [formatMarkdown(report, GITHUB_COMMENT_LIMIT - 1_000, r.verbosity)];
        case "sarif":
            return formatSarifChunks(report, process.cwd(), r.exitCode);
        case "junit":
            return [(require("./junit") as typeof import("./junit")).formatJunit(report, r.judged!())];
        default:
            return formatTextChunks(report, colors(r.color), r.verbosity);
    }
}

/** Writes the report to the --output file or stdout; returns the exit code (2 when it could not be written). */
async function writeOutput(file: string | undefined, chunks: Iterable<string | Buffer>, code: number): Promise<number> {
    if (file) {
        await writeOutputFile(file, outputBatches(chunks));
        return code;
    }
    let err: NodeJS.ErrnoException | undefined;
    for (const batch of outputBatches(chunks)) if ((err = await writeStdout(batch))) break;
    // A reader that went away (`| head`) took what it wanted: the run's result stands.
    if (!err || err.code === "EPIPE") return code;
    process.stderr.write(`error: cannot write the report to stdout: ${err.code ?? err.message}\n`);
    return 2;
}

/** On SIGINT/SIGTERM/SIGHUP: stop the pack, then die of the same signal (the shell sees 128+n). */
function exitWithChildrenOnSignals(): void {
    for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
        process.once(sig, () => {
            killPackProcesses();
            process.kill(process.pid, sig);
        });
    }
}

export async function main(argv: string[]): Promise<number> {
    // Write errors come back through writeOutput; without a listener they would crash the process.
    process.stdout.on("error", () => undefined);
    process.stderr.on("error", () => undefined);
    exitWithChildrenOnSignals();
    let parsed;
    try {
        parsed = parseArgs({
            args: argv,
            allowPositionals: true,
            options: {
                program: { type: "string" },
                entry: { type: "string" },
                "entry-args": { type: "string" },
                "stack-config": { type: "string", multiple: true },
                "stack-config-file": { type: "string" },
                state: { type: "string" },
                events: { type: "string" },
                config: { type: "string" },
                pack: { type: "string" },
                format: { type: "string", short: "f" },
                output: { type: "string", short: "o" },
                stack: { type: "string" },
                timeout: { type: "string" },
                "max-input-mb": { type: "string" },
                color: { type: "boolean" },
                "no-color": { type: "boolean" },
                quiet: { type: "boolean", short: "q" },
                verbose: { type: "boolean" },
                help: { type: "boolean", short: "h" },
                version: { type: "boolean", short: "v" },
                framework: { type: "string" },
                org: { type: "string" },
                baseline: { type: "string" },
                "fail-on": { type: "string" },
                verbosity: { type: "string" },
            },
        });
    } catch (e) {
        process.stderr.write(`error: ${(e as Error).message}\n\n${USAGE}\n`);
        return 2;
    }
    const { values: o, positionals } = parsed;
    if (o.version) {
        process.stdout.write(`${JSON.parse(fs.readFileSync(path.join(PACK_DIR, "package.json"), "utf8")).version}\n`);
        return 0;
    }
    const cmd = positionals[0];
    if (o.help || !cmd) {
        (o.help ? process.stdout : process.stderr).write(USAGE + "\n");
        return o.help ? 0 : 2;
    }
    // Every line the command prints goes through redact(): no value it decrypted is ever shown (cli/redact.ts).
    const fail = (msg: string) => {
        process.stderr.write(`error: ${terminalSafe(redact(msg))}\n`);
        return 2;
    };
    const warn = (msg: string) => process.stderr.write(`warning: ${terminalSafe(redact(msg))}\n`);
    if (positionals.length > 1) return fail(`unexpected argument "${positionals[1]}" (see --help)`);
    if (cmd === "evidence") return runEvidence(o, fail, warn);
    const format = (o.format ?? (cmd === "report" ? "markdown" : "text")) as Format;
    if (!FORMATS.includes(format)) return fail(`unknown --format "${o.format}" (text, json, markdown, sarif or junit)`);
    const verbosity = (o.verbosity ?? "normal") as Verbosity;
    if (!VERBOSITIES.includes(verbosity)) return fail(`unknown --verbosity "${o.verbosity}" (summary, normal or full)`);
    const failOn = (o["fail-on"] ?? (cmd === "report" ? "never" : "mandatory")) as FailOn;
    if (!["mandatory", "new", "never"].includes(failOn)) return fail(`unknown --fail-on "${o["fail-on"]}" (mandatory, new or never)`);
    if (failOn === "new" && !o.baseline) return fail("--fail-on new needs --baseline <previous findings.json>");
    const color = useColor(o["no-color"] ? false : o.color, o.output ? {} : process.stdout);
    const progress = new Progress(!o.quiet && !!process.stderr.isTTY && format !== undefined);
    const timeoutMs = o.timeout ? Number(o.timeout) * 1000 : undefined;
    if (timeoutMs !== undefined && !(timeoutMs > 0)) return fail(`--timeout takes a number of seconds`);

    try {
        const maxBytes = maxInputBytes(o["max-input-mb"]);
        const inputs = {
            "--state": o.state,
            "--events": o.events,
            "--config": o.config,
            "--stack-config-file": o["stack-config-file"],
            "--baseline": o.baseline,
        };
        if (o.output) refuseOverwritingInputs(o.output, inputs);
        const baseline = o.baseline ? readBaseline(o.baseline, maxBytes) : undefined;
        const finish = (report: Report, judged?: () => import("./evidence").Judged) => {
            if (baseline) applyBaseline(report, baseline, o.baseline!);
            const exitCode = exitCodeFor(report.findings, failOn);
            const leftOut = format === "sarif" ? sarifResultsLeftOut(report) : 0;
            if (leftOut)
                warn(
                    `SARIF holds the first ${SARIF_MAX_RESULTS} results; ${leftOut} more are left out (GitHub code scanning rejects a run of more than ${SARIF_MAX_RESULTS}); --format json holds every finding`,
                );
            return writeOutput(o.output, render(report, format, { color, verbosity, exitCode, judged }), exitCode);
        };
        if (cmd === "scan") {
            if (o.events) return fail("--events belongs to `sagemaker-guard report`");
            if (!o.program && !o.entry && !o.state) return fail("scan needs --program <dir> or --state <file>");
            if ((o.program || o.entry) && o.state) return fail("give --program or --state, not both");
            if (o.state && (o["stack-config"] || o["stack-config-file"] || o["entry-args"]))
                return fail("--stack-config, --stack-config-file and --entry-args go with --program or --entry");
            const report = await scan({
                program: o.program,
                entry: o.entry,
                entryArgs: o["entry-args"],
                stackConfig: { file: o["stack-config-file"], values: o["stack-config"] },
                state: o.state,
                config: o.config,
                stack: o.stack,
                packDir: o.pack ?? process.env.SAGEMAKER_GUARD_PACK,
                timeoutMs,
                maxInputBytes: maxBytes,
                progress: (t) => progress.update(t),
                onProgramOutput: o.verbose ? (c) => process.stderr.write(redact(c)) : undefined,
                record: format === "junit",
            });
            progress.stop();
            report.warnings.forEach(warn);
            for (const n of report.notes) process.stderr.write(`note: ${terminalSafe(redact(n))}\n`);
            if (o.verbose) process.stderr.write(`${safeLines(inventoryLines(report.inventory).join("\n")).join("\n")}\n`);
            return await finish(report, () => require("./evidence").judgeScan(report));
        }
        if (cmd === "report") {
            if (!o.events) return fail("report needs --events <file> (from pulumi preview --event-log <file>)");
            if (o.program || o.state) return fail("--program and --state belong to `sagemaker-guard scan`");
            const report = readEventLog(o.events, maxBytes);
            report.warnings.forEach(warn);
            const config = o.config ? (require("./scan") as typeof import("./scan")).readConfig(o.config, maxBytes) : undefined;
            return await finish(report, () => require("./evidence").judgeEvents(report, o.events!, config, maxBytes));
        }
        return fail(`unknown command "${cmd}" (scan, report or evidence; see --help)`);
    } catch (e) {
        progress.stop();
        if (e instanceof InputError) {
            fail(e.message);
            if (o.verbose && e.detail) process.stderr.write(`${safeLines(redact(e.detail)).join("\n")}\n`);
            return 2;
        }
        const err = e as Error;
        fail(err?.message?.split("\n")[0] ?? String(e));
        if (o.verbose) process.stderr.write(`${redact(err?.stack ?? "")}\n`);
        else process.stderr.write("(run with --verbose for details)\n");
        return 2;
    }
}

/** `sagemaker-guard evidence` (cli/evidence.ts): exit 0 when written, 2 on bad input. */
async function runEvidence(
    o: Record<string, string | string[] | boolean | undefined>,
    fail: (m: string) => number,
    warn: (m: string) => void,
): Promise<number> {
    const s = (k: string) => o[k] as string | undefined;
    const format = s("format") ?? "html";
    if (!["html", "csv", "json"].includes(format)) return fail(`unknown --format "${format}" for evidence (html, csv or json)`);
    try {
        const maxBytes = maxInputBytes(s("max-input-mb"));
        if (s("output"))
            refuseOverwritingInputs(s("output")!, {
                "--state": s("state"),
                "--events": s("events"),
                "--config": s("config"),
                "--stack-config-file": s("stack-config-file"),
            });
        const { evidence } = await import("./evidence");
        const fmt = await import("./format-evidence");
        const timeout = s("timeout") ? Number(s("timeout")) * 1000 : undefined;
        const r = await evidence({
            framework: s("framework"),
            program: s("program"),
            entry: s("entry"),
            entryArgs: s("entry-args"),
            stackConfig: { file: s("stack-config-file"), values: o["stack-config"] as string[] | undefined },
            state: s("state"),
            events: s("events"),
            config: s("config"),
            org: s("org"),
            stack: s("stack"),
            packDir: s("pack") ?? process.env.SAGEMAKER_GUARD_PACK,
            timeoutMs: timeout,
            maxInputBytes: maxBytes,
        });
        r.warnings.forEach(warn);
        const text =
            format === "csv"
                ? fmt.formatEvidenceCsv(r.evidence)
                : format === "json"
                  ? fmt.formatEvidenceJson(r.evidence)
                  : fmt.formatEvidenceHtml(r.evidence);
        return await writeOutput(s("output"), [text], 0);
    } catch (e) {
        if (e instanceof InputError) return fail(e.message);
        return fail((e as Error)?.message?.split("\n")[0] ?? String(e));
    }
}

if (require.main === module) {
    main(process.argv.slice(2)).then(
        (code) => {
            process.exitCode = code;
        },
        (err) => {
            process.stderr.write(`error: ${redact(err instanceof Error ? err.message : String(err))}\n`);
            process.exitCode = 2;
        },
    );
}
