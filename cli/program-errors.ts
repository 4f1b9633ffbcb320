// Why a scanned program failed, in one line: the FIRST error and the program line it points at.
// The rest of the program's output stays for --verbose. Kept apart from program.ts so that what is
// printed can be passed through one redaction step (secret values never reach the terminal).
//
// Where the error is: the SDK logs an unhandled exception to the engine (`Running program … failed
// with an unhandled exception:` then the stack); an error before the SDK runs (a loader given in
// `nodeargs`, a module that does not resolve) is on stderr in Node's own format: `<file>:<line>`,
// the source line, a caret, a blank line, `SomeError: message`, the frames, and `Node.js vNN` last.

import * as fs from "fs";
import * as path from "path";
import type { LogEntry } from "./program-runner";

// eslint-disable-next-line no-control-regex
const CONTROL = /\u001b\[[0-9;]*[A-Za-z]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const FRAME = /^\s*at (?:.*? \()?((?:file:\/\/)?(?:\/|[A-Za-z]:\\)[^()]*?):(\d+):\d+\)?$/;
/** Node's header above an uncaught error: the file and line that threw. */
const HEADER = /^((?:file:\/\/)?(?:\/|[A-Za-z]:\\)[^()]*?):(\d+)$/;
/** A line that states an error: `TypeError: …`, `Error [ERR_X]: …`, `TSError: ⨯ …`, `index.ts(4,7): error TS2322: …`. */
const ERROR_LINE = /^(?:[A-Za-z_$][\w$.]*(?:Error|Exception)(?: \[[A-Z_\d]+\])?: |error TS\d+|\S+\(\d+,\d+\): error TS\d+|Error: )/;
/** Lines that are never the error: Node's version footer, warnings, the SDK's heading. */
const NOISE =
    /^(?:Node\.js v\d|\(node:\d+\) |\(Use `node --trace-|Running program '.*' failed with an unhandled exception:$|node:internal\/|\s*\^+\s*$|\s*triggerUncaughtException\()/;

function fileOf(spec: string): string {
    try {
        return spec.startsWith("file:") ? decodeURIComponent(new URL(spec).pathname) : spec;
    } catch {
        return spec;
    }
}

/** `(at <file>:<line>)` for the first position in the program's own files, or "". */
function programLine(positions: { file: string; line: string }[], root: string): string {
    for (const p of positions) {
        const file = fileOf(p.file);
        if (file.startsWith(root + path.sep) && !file.includes(`${path.sep}node_modules${path.sep}`)) {
            return ` (at ${path.relative(process.cwd(), file) || file}:${p.line})`;
        }
    }
    return "";
}

function clean(text: string): string[] {
    // Bounded: the first lines, each cut short, are where the message and the first frames are.
    return text
        .replace(CONTROL, "")
        .split("\n", 400)
        .map((l) => l.slice(0, 2000).trimEnd());
}

/** The message and first program frame of an error text (an SDK log entry or Node's stderr). */
function firstError(text: string, root: string): string | undefined {
    const lines = clean(text).filter((l) => l.trim() && !NOISE.test(l));
    let i = lines.findIndex((l) => ERROR_LINE.test(l.trim()));
    if (i < 0) i = lines.findIndex((l) => !FRAME.test(l) && !HEADER.test(l) && !/^\s+at /.test(l) && !/^\s/.test(l));
    if (i < 0) return undefined;
    let message = lines[i].trim();
    // `TSError: ⨯ Unable to compile TypeScript:` and `… failed:` put the cause on the next line.
    if (message.endsWith(":") && lines[i + 1] && !FRAME.test(lines[i + 1])) message += ` ${lines[i + 1].trim()}`;
    message = message.replace(/^Error: /, "");
    const positions: { file: string; line: string }[] = [];
    for (const l of lines) {
        const m = HEADER.exec(l.trim()) ?? FRAME.exec(l);
        if (m) positions.push({ file: m[1], line: m[2] });
    }
    // `index.ts(4,7): error TS2322` names its own position.
    const ts = /([^\s()]+)\((\d+),\d+\): error TS\d/.exec(message);
    if (ts) positions.unshift({ file: path.resolve(root, ts[1]), line: ts[2] });
    return message + programLine(positions, root);
}

export interface FailureContext {
    /** The engine log (the SDK reports an unhandled exception there). */
    logs: LogEntry[];
    /** The end of the program's stderr. */
    stderr: string;
    /** The program directory (positions outside it, or in node_modules, are not the program's). */
    root: string;
    /** The directory the program runs in and its `runtime.options.nodeargs`, to explain a loader that failed. */
    pwd: string;
    nodeargs?: string;
}

/**
 * The one-line cause of a failed program run, or undefined when the program said nothing. An error
 * Node cannot print (a loader's error object that lost its message crossing to the main thread, shown
 * as `[Object: null prototype]`) is explained from the program's tsconfig when that is where it is.
 */
export function explainFailure(ctx: FailureContext): string | undefined {
    const root = path.resolve(ctx.root);
    const logged = ctx.logs.find((l) => l.severity === "error");
    if (logged) return firstError(logged.message, root) ?? "the program failed without a message";
    const stderr = ctx.stderr.replace(CONTROL, "");
    const found = firstError(stderr, root);
    if (found && !/^\[Object: null prototype\]/.test(found)) return found;
    if (!stderr.trim()) return undefined;
    const loader = /--(?:experimental-)?loader[ =](\S+)|--import[ =](\S+)/.exec(ctx.nodeargs ?? "");
    if (loader) {
        const name = loader[1] ?? loader[2];
        const config = tsconfigError(ctx.pwd);
        return config
            ? `the program's loader (${name}, from runtime.options.nodeargs) failed on its tsconfig: ${config}`
            : `the program's loader (${name}, from runtime.options.nodeargs) failed before the program ran, with an error Node.js cannot print (run with --verbose for its output)`;
    }
    return found ?? "the program failed with an error Node.js cannot print (run with --verbose for its output)";
}

/** The first error in the program's tsconfig.json, read with the program's own TypeScript (only after a failure). */
function tsconfigError(pwd: string): string | undefined {
    try {
        const ts = require(require.resolve("typescript", { paths: [pwd] }));
        const file = ts.findConfigFile(pwd, fs.existsSync);
        if (!file) return undefined;
        const read = ts.readConfigFile(file, ts.sys.readFile);
        const parsed = read.error ? undefined : ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(file), undefined, file);
        const diag = read.error ?? parsed?.errors?.find((d: { category: number }) => d.category === ts.DiagnosticCategory.Error);
        if (!diag) return undefined;
        const text = ts.flattenDiagnosticMessageText(diag.messageText, " ");
        return `${path.relative(process.cwd(), file) || file}: error TS${diag.code}: ${text}`;
    } catch {
        return undefined;
    }
}
