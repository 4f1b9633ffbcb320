// Reading the files a user hands the command (--state, --events, --config): regular files only,
// under a size limit, in UTF-8 (with or without a BOM) or UTF-16 with a BOM (PowerShell's
// `pulumi stack export > file`), and JSON errors reported by line and column, never with a snippet
// of the file (which may hold a secret).

import * as fs from "fs";
import { InputError } from "./program";

/** The default input size limit, in MiB. */
export const DEFAULT_MAX_INPUT_MIB = 256;
export const MAX_INPUT_ENV = "SAGEMAKER_GUARD_MAX_INPUT_MB";

/** The input size limit in bytes: the flag, else the environment variable, else 256 MiB. */
export function maxInputBytes(flag?: string, env: NodeJS.ProcessEnv = process.env): number {
    const raw = flag ?? env[MAX_INPUT_ENV];
    if (raw === undefined || raw === "") return DEFAULT_MAX_INPUT_MIB * 1024 * 1024;
    const mib = Number(raw);
    if (!(mib > 0) || !Number.isFinite(mib)) {
        throw new InputError(`${flag !== undefined ? "--max-input-mb" : MAX_INPUT_ENV} takes a positive number of MiB`);
    }
    return Math.floor(mib * 1024 * 1024);
}

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MiB`;

/** The bytes of a regular file of at most `limit` bytes; anything else is refused before reading. */
function readBounded(file: string, what: string, limit: number): Buffer {
    let fd: number;
    try {
        // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
        fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    } catch (e) {
        throw new InputError(`cannot read ${what} ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    try {
        const st = fs.fstatSync(fd);
        if (!st.isFile()) {
            const kind = st.isDirectory() ? "a directory" : st.isFIFO() ? "a FIFO" : st.isSocket() ? "a socket" : "a device";
            throw new InputError(`${what} ${file} is ${kind}, not a regular file`);
        }
        if (st.size > limit) throw tooBig(what, file, st.size, limit);
        // Read to the end (a file may grow while we read), never past the limit. The size it has now is
        // read into one buffer (one byte more, to see growth), so a large file is not copied again.
        const first = Buffer.allocUnsafe(st.size + 1);
        let total = 0;
        for (let n = 1; n > 0 && total < first.length; total += n) n = fs.readSync(fd, first, total, first.length - total, null);
        if (total < first.length) return first.subarray(0, total);
        if (total > limit) throw tooBig(what, file, total, limit);
        const chunks: Buffer[] = [first];
        for (;;) {
            const buf = Buffer.allocUnsafe(16 * 1024 * 1024);
            const n = fs.readSync(fd, buf, 0, buf.length, null);
            if (n === 0) break;
            total += n;
            if (total > limit) throw tooBig(what, file, total, limit);
            chunks.push(buf.subarray(0, n));
        }
        return Buffer.concat(chunks, total);
    } finally {
        fs.closeSync(fd);
    }
}

function tooBig(what: string, file: string, size: number, limit: number): InputError {
    return new InputError(
        `${what} ${file} is ${mib(size)}${size > limit ? "" : "+"}, over the ${mib(limit)} input limit (raise it with --max-input-mb or ${MAX_INPUT_ENV})`,
    );
}

/**
 * Text from UTF-8 (with or without a BOM) or UTF-16 LE/BE with a BOM (what PowerShell 5's `>` writes).
 * `controls: false` leaves the search for control characters to the caller (`controlCharsError`).
 */
export function decodeText(buf: Buffer, what: string, file: string, controls = true): string {
    let text: string;
    try {
        if (buf[0] === 0xff && buf[1] === 0xfe) text = utf16le(buf.subarray(2));
        else if (buf[0] === 0xfe && buf[1] === 0xff) text = utf16le(Buffer.from(buf.subarray(2)).swap16());
        else text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(buf);
    } catch {
        throw new InputError(`${what} ${file} is not text (neither UTF-8 nor UTF-16): a binary file?`);
    }
    if (controls) {
        const e = controlCharsError(text, what, file);
        if (e) throw e;
    }
    return text;
}

/**
 * The error for text that holds a NUL (or another C0 control but tab, CR and LF): one can only be
 * inside a JSON string escaped, so raw it is binary. Undefined when there is none.
 */
export function controlCharsError(text: string, what: string, file: string): InputError | undefined {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) {
        return new InputError(`${what} ${file} is not text (it holds control bytes): a binary file?`);
    }
    return undefined;
}

function utf16le(buf: Buffer): string {
    if (buf.length % 2 !== 0) throw new Error("odd length");
    return new TextDecoder("utf-16le", { fatal: true }).decode(buf);
}

/** Reads a text input file with every check above (the control characters' left to the caller with `controls: false`). */
export function readInputText(file: string, what: string, limit: number, controls = true): string {
    return decodeText(readBounded(file, what, limit), what, file, controls);
}

/** `JSON.parse`, with errors as line and column only. */
export function parseJson(text: string, what: string, file: string): unknown {
    try {
        return JSON.parse(text);
    } catch {
        const { line, column } = lineColumn(text, jsonErrorOffset(text));
        throw new InputError(`${what} ${file} is not valid JSON: syntax error at line ${line}, column ${column}`);
    }
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
    let line = 1;
    let start = 0;
    const re = /\r\n|\r|\n/g;
    for (let m = re.exec(text); m && m.index < offset; m = re.exec(text)) {
        line++;
        start = m.index + m[0].length;
    }
    return { line, column: offset - start + 1 };
}

/**
 * The offset of the first JSON syntax error in `s` (V8's messages give a snippet, not always a
 * position). An iterative scanner: a deeply nested file cannot overflow the stack.
 */
export function jsonErrorOffset(s: string): number {
    let i = 0;
    const stack: string[] = [];
    const skip = () => {
        while (i < s.length && (s[i] === " " || s[i] === "\t" || s[i] === "\n" || s[i] === "\r")) i++;
    };
    const str = (): boolean => {
        if (s[i] !== '"') return false;
        for (i++; i < s.length;) {
            const c = s.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return true;
            }
            if (c < 0x20) return false;
            if (c !== 0x5c) i++;
            else if (s[i + 1] === "u" && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) i += 6;
            else if (s[i + 1] !== undefined && '"\\/bfnrt'.includes(s[i + 1])) i += 2;
            else return false;
        }
        return false;
    };
    const word = (w: string): boolean => {
        if (!s.startsWith(w, i)) return false;
        i += w.length;
        return true;
    };
    const num = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    const key = (): boolean => {
        skip();
        if (!str()) return false;
        skip();
        if (s[i] !== ":") return false;
        i++;
        return true;
    };
    let wantValue = true;
    for (;;) {
        skip();
        if (wantValue) {
            const c = s[i];
            if (c === "{" || c === "[") {
                i++;
                skip();
                if (s[i] === (c === "{" ? "}" : "]")) {
                    i++;
                    wantValue = false;
                } else {
                    stack.push(c);
                    if (c === "{" && !key()) return i;
                }
                continue;
            }
            num.lastIndex = i;
            const n = c === "-" || (c >= "0" && c <= "9") ? num.exec(s) : null;
            if (n) i += n[0].length;
            else if (!(c === '"' ? str() : c === "t" ? word("true") : c === "f" ? word("false") : c === "n" ? word("null") : false))
                return i;
            wantValue = false;
            continue;
        }
        const top = stack[stack.length - 1];
        if (top === undefined) return i;
        if (s[i] === ",") {
            i++;
            if (top === "{" && !key()) return i;
            wantValue = true;
        } else if (s[i] === (top === "{" ? "}" : "]")) {
            stack.pop();
            i++;
        } else return i;
    }
}

/**
 * The line of each key of a JSON text's top-level object (the first one, for a repeated key), for
 * errors that name a field by its line instead of quoting the file. Linear, iterative; `text` is
 * valid JSON (parsed already).
 */
export function topLevelKeyLines(text: string): Map<string, number> {
    const out = new Map<string, number>();
    let depth = 0;
    let line = 1;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === "\n") line++;
        else if (c === "{" || c === "[") depth++;
        else if (c === "}" || c === "]") depth--;
        else if (c === '"') {
            const start = i;
            for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
            if (depth !== 1) continue;
            let j = i + 1;
            while (j < text.length && /\s/.test(text[j])) j++;
            if (text[j] !== ":") continue;
            try {
                const key = JSON.parse(text.slice(start, i + 1)) as string;
                if (!out.has(key)) out.set(key, line);
            } catch {
                // Not reached for valid JSON.
            }
        }
    }
    return out;
}

/** How an error names a key of the user's file: the key itself only when it has a policy name's shape (never free text, which may be a value pasted by mistake). */
export function keyLabel(key: string, line: number | undefined): string {
    const at = line !== undefined ? `line ${line}` : "";
    if (/^[a-z0-9][a-z0-9-]{0,79}$/.test(key)) return `"${key}"${at ? ` (${at})` : ""}`;
    return `the key at ${at || "an unknown line"}`;
}
