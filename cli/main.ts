// The `sagemaker-guard` command.
//
//   sagemaker-guard scan --program <dir> | --state <file> [--config <file|profile>] [--format text|json|markdown|sarif]
//   sagemaker-guard report --events <file> [--format markdown|sarif|json|text]
//
// Exit codes: 0 no mandatory finding, 1 a mandatory finding (scan), 2 bad input or usage.

import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { killPackProcesses, PACK_DIR } from "./analyzer";
import { readEventLog } from "./events";
import { exitCodeOf, Report } from "./findings";
import { redact } from "./redact";
import { formatJsonChunks, formatMarkdown, formatSarifChunks } from "./format-report";
import { colors, formatText, safeLines, terminalSafe, useColor } from "./format-text";
import { DEFAULT_MAX_INPUT_MIB, MAX_INPUT_ENV, maxInputBytes } from "./input";
import { refuseOverwritingInputs, writeOutputFile, writeStdout } from "./output";
import { InputError } from "./program";
import { scan } from "./scan";

const USAGE = `Usage:
  sagemaker-guard scan --program <dir> [options]    run a Pulumi Node.js program as at a first preview (mock engine) and check it
  sagemaker-guard scan --state <file> [options]     check the resources of a \`pulumi stack export\` file
  sagemaker-guard report --events <file> [options]  turn a \`pulumi preview --event-log\` file into a report

Options:
  --config <file|profile>   policy-pack config (Pulumi's --policy-pack-config format) or a profile name
  --format <fmt>            text | json | markdown | sarif (scan default: text; report default: markdown)
  --output <file>           write the report to a file (written whole, or not at all; never one of the inputs)
  --pack <dir>              the policy pack to run (default: this sagemaker-guard checkout)
  --stack <name>            stack name for --program (default: the only Pulumi.<stack>.yaml, else dev)
  --max-input-mb <n>        refuse --state, --events and --config files over n MiB (default: ${DEFAULT_MAX_INPUT_MIB}, or ${MAX_INPUT_ENV})
  --entry <module>#<export> run this module's exported function as the program (e.g. an Automation API
                            program function); with or without --program
  --color / --no-color      force colours on or off (default: on for a TTY, off with NO_COLOR)
  --quiet                   no progress on stderr
  --verbose                 program output and stack traces on stderr
  -h, --help                this help
  -v, --version             the version

Exit codes: 0 no mandatory finding · 1 mandatory findings (scan) · 2 bad input`;

const FORMATS = ["text", "json", "markdown", "sarif"] as const;
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

/** The report as chunks: JSON and SARIF can be more text than one string may hold (cli/format-report.ts). */
function render(report: Report, format: Format, color: boolean): Iterable<string> {
    switch (format) {
        case "json":
            return formatJsonChunks(report);
        case "markdown":
            return [formatMarkdown(report)];
        case "sarif":
            return formatSarifChunks(report);
        default:
            return [formatText(report, colors(color))];
    }
}

/** Chunks redacted (cli/redact.ts) and gathered into writes of about 1 MiB. */
function* redactedBatches(chunks: Iterable<string>): Iterable<string> {
    let batch = "";
    for (const c of chunks) {
        batch += c;
        if (batch.length >= 1 << 20) {
            yield redact(batch);
            batch = "";
        }
    }
    if (batch) yield redact(batch);
}

/** Writes the report to the --output file or stdout; returns the exit code (2 when it could not be written). */
async function writeOutput(file: string | undefined, chunks: Iterable<string>, code: number): Promise<number> {
    if (file) {
        await writeOutputFile(file, redactedBatches(chunks));
        return code;
    }
    let err: NodeJS.ErrnoException | undefined;
    for (const text of redactedBatches(chunks)) if ((err = await writeStdout(text))) break;
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
    const format = (o.format ?? (cmd === "report" ? "markdown" : "text")) as Format;
    if (!FORMATS.includes(format)) return fail(`unknown --format "${o.format}" (text, json, markdown or sarif)`);
    const color = useColor(o["no-color"] ? false : o.color, o.output ? {} : process.stdout);
    const progress = new Progress(!o.quiet && !!process.stderr.isTTY && format !== undefined);
    const timeoutMs = o.timeout ? Number(o.timeout) * 1000 : undefined;
    if (timeoutMs !== undefined && !(timeoutMs > 0)) return fail(`--timeout takes a number of seconds`);

    try {
        const maxBytes = maxInputBytes(o["max-input-mb"]);
        if (o.output) refuseOverwritingInputs(o.output, { "--state": o.state, "--events": o.events, "--config": o.config });
        if (cmd === "scan") {
            if (o.events) return fail("--events belongs to `sagemaker-guard report`");
            if (!o.program && !o.entry && !o.state) return fail("scan needs --program <dir> or --state <file>");
            if ((o.program || o.entry) && o.state) return fail("give --program or --state, not both");
            const report = await scan({
                program: o.program,
                entry: o.entry,
                state: o.state,
                config: o.config,
                stack: o.stack,
                packDir: o.pack ?? process.env.SAGEMAKER_GUARD_PACK,
                timeoutMs,
                maxInputBytes: maxBytes,
                progress: (t) => progress.update(t),
                onProgramOutput: o.verbose ? (c) => process.stderr.write(redact(c)) : undefined,
            });
            progress.stop();
            report.warnings.forEach(warn);
            return await writeOutput(o.output, render(report, format, color), exitCodeOf(report.findings));
        }
        if (cmd === "report") {
            if (!o.events) return fail("report needs --events <file> (from pulumi preview --event-log <file>)");
            if (o.program || o.state) return fail("--program and --state belong to `sagemaker-guard scan`");
            const report = readEventLog(o.events, maxBytes);
            report.warnings.forEach(warn);
            return await writeOutput(o.output, render(report, format, color), 0);
        }
        return fail(`unknown command "${cmd}" (scan or report; see --help)`);
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
