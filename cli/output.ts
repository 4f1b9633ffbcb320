// Where a report goes: stdout (a reader that went away is not an error; a full disk is), or an
// --output file written whole or not at all, through a temporary file that nobody can plant.

import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { InputError } from "./program";
import { longestSecret, redact } from "./redact";

/**
 * Writes `text` to `file` through a temporary file in the same directory: an unpredictable name,
 * created exclusively (O_CREAT|O_EXCL: never an existing file, never through a symlink), renamed
 * over `file` (which replaces a symlink at `file`, never its target), and removed on failure.
 * Synchronous, so no signal handler runs while the temporary file exists.
 */
export function writeFileAtomic(file: string, text: string | Iterable<string | Buffer>): void {
    const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${randomBytes(12).toString("hex")}.tmp`);
    let fd: number | undefined;
    let created = false;
    try {
        fd = fs.openSync(tmp, "wx", 0o666);
        created = true;
        // A replaced file keeps its mode (and, as root, its owner): 0600 stays 0600.
        const before = existingFile(file);
        if (before) {
            fs.fchmodSync(fd, before.mode & 0o7777);
            if (process.getuid?.() === 0) fs.fchownSync(fd, before.uid, before.gid);
        }
        for (const chunk of typeof text === "string" ? [text] : text) writeAll(fd, chunk);
        fs.fsyncSync(fd);
        fs.closeSync(fd);
        fd = undefined;
        fs.renameSync(tmp, file);
    } catch (e) {
        if (fd !== undefined) fs.closeSync(fd);
        if (created) fs.rmSync(tmp, { force: true });
        throw new InputError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
}

/** Writes the whole chunk (a write may take less than it is given). */
function writeAll(fd: number, chunk: string | Buffer): void {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    for (let done = 0; done < buf.length;) done += fs.writeSync(fd, buf, done, buf.length - done);
}

/** The regular file at `file` itself (a symlink there is not followed: it is replaced), or undefined. */
function existingFile(file: string): fs.Stats | undefined {
    try {
        const st = fs.lstatSync(file);
        return st.isFile() ? st : undefined;
    } catch {
        return undefined;
    }
}

/** A terminal, the null device or a console: where a symlink may lead and be written through. */
const STREAM_DEVICE = /^\/dev\/(null|tty\w*|pts\/\d+|console)$/;
/** What `/dev/stdout` and its like point at: the command's own open files. */
const OWN_FD = /^\/(?:proc\/(self|thread-self|\d+)\/fd|dev\/fd)\/(\d+)$|^\/dev\/std(out|err)$/;

/** The command's own descriptor a path names (`/dev/stdout` → 1, `/proc/self/fd/2` → 2), or undefined. */
function ownFd(p: string): number | undefined {
    const m = OWN_FD.exec(p);
    if (!m) return undefined;
    if (m[3]) return m[3] === "out" ? 1 : 2;
    if (m[1] && /^\d+$/.test(m[1]) && Number(m[1]) !== process.pid) return undefined;
    return Number(m[2]);
}

/**
 * How --output is written: "replace" (atomically, a regular file or a new path, a planted symlink
 * replaced, never followed), "through" (a FIFO, a socket, a character device named as such, or a
 * link to one of the command's own descriptors, a terminal or /dev/null: opened and written like
 * `>` does, since a rename would destroy it), or a refusal (a block device, a directory).
 */
export function outputKind(file: string): "replace" | "through" | { fd: number } {
    let link: fs.Stats;
    try {
        link = fs.lstatSync(file);
    } catch {
        return "replace";
    }
    if (link.isFile()) return "replace";
    let st: fs.Stats;
    try {
        st = fs.statSync(file);
    } catch {
        return "replace"; // a dangling symlink: replaced
    }
    if (st.isDirectory()) throw new InputError(`--output ${file} is a directory`);
    if (st.isBlockDevice()) throw new InputError(`--output ${file} is a block device: refusing to write a report onto it`);
    if (!link.isSymbolicLink()) return st.isFile() ? "replace" : "through";
    // A symlink: followed only to what a shell's `>` would be pointed at on purpose.
    let chain = path.resolve(file);
    for (let i = 0; i < 40; i++) {
        const fd = ownFd(chain);
        // Written to the descriptor itself: a socket (as Node gives a child's stdio) cannot be opened by path.
        if (fd !== undefined) return { fd };
        let next: string;
        try {
            next = fs.readlinkSync(chain);
        } catch {
            break;
        }
        chain = path.resolve(path.dirname(chain), next);
    }
    if (st.isFIFO() || st.isSocket() || (st.isCharacterDevice() && STREAM_DEVICE.test(chain))) return "through";
    return "replace";
}

/** Writes the report to --output: through to a FIFO, device or descriptor, else atomically. */
export async function writeOutputFile(file: string, text: Iterable<string | Buffer>): Promise<void> {
    const kind = outputKind(file);
    if (kind === "replace") return writeFileAtomic(file, text);
    if (typeof kind === "object") {
        for (const chunk of text) {
            const err = await writeFd(kind.fd, chunk);
            if (err?.code === "EPIPE") return;
            if (err) throw new InputError(`cannot write ${file}: ${err.code ?? err.message}`);
        }
        return;
    }
    try {
        // Asynchronous: a FIFO's open waits for a reader on the thread pool, and signals still stop the command.
        const handle = await fs.promises.open(file, "w");
        try {
            // writeFile: the whole chunk, even when the reader of a FIFO takes it a part at a time.
            for (const chunk of text) await handle.writeFile(chunk);
        } finally {
            await handle.close();
        }
    } catch (e) {
        throw new InputError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
}

function sameFile(a: string, b: string): boolean {
    try {
        const sa = fs.statSync(a);
        const sb = fs.statSync(b);
        return sa.dev === sb.dev && sa.ino === sb.ino;
    } catch {
        return false;
    }
}

/** Refuses an --output that is one of the inputs (by device and inode: symlinks, hard links, `./x` and `x` alike). */
export function refuseOverwritingInputs(output: string, inputs: Record<string, string | undefined>): void {
    for (const [flag, input] of Object.entries(inputs)) {
        if (input && sameFile(output, input)) throw new InputError(`--output ${output} is the ${flag} input: refusing to overwrite it`);
    }
}

function writeFd(fd: number, text: string | Buffer): Promise<NodeJS.ErrnoException | undefined> {
    if (fd === 1) return writeStdout(text);
    const stream = fd === 2 ? process.stderr : undefined;
    if (stream) return new Promise((resolve) => stream.write(text, (err) => resolve(err ?? undefined)));
    try {
        fs.writeFileSync(fd, text);
        return Promise.resolve(undefined);
    } catch (e) {
        return Promise.resolve(e as NodeJS.ErrnoException);
    }
}

/** Writes to stdout; resolves to the write error, if any (EPIPE when the reader went away, ENOSPC, …). */
export function writeStdout(text: string | Buffer): Promise<NodeJS.ErrnoException | undefined> {
    return new Promise((resolve) => {
        process.stdout.write(text, (err) => resolve(err ?? undefined));
    });
}

/** About how much one write holds: one a megabyte, not one a JSON member (500,000 findings made 2,000,000 writes). */
const BATCH_BYTES = 1 << 20;

/**
 * The report's chunks gathered into writes of about 1 MiB. With nothing to redact they are encoded
 * straight into buffers (a 600 MB report was joined into strings and then encoded again), and chunks
 * that come encoded (UTF-8, whole characters: the JSON report's findings) are copied, or written as
 * they are when large; otherwise joined and redacted (cli/redact.ts), holding back the end of each
 * batch that could begin a remembered value cut by the next one.
 */
export function* outputBatches(chunks: Iterable<string | Buffer>): Iterable<string | Buffer> {
    const hold = longestSecret() - 1;
    if (hold < 0) {
        let buf = Buffer.allocUnsafe(BATCH_BYTES);
        let used = 0;
        let high = ""; // a chunk's last unit when it is the first half of a surrogate pair: encoded with the next chunk
        for (let c of chunks) {
            if (typeof c !== "string") {
                // Encoded bytes cannot complete a held-back half: it is encoded alone, as it would be before them.
                if (high) c = Buffer.concat([Buffer.from(high), c]);
                high = "";
                if (used > 0 && (used + c.length > buf.length || c.length >= BATCH_BYTES / 4)) {
                    yield buf.subarray(0, used);
                    buf = Buffer.allocUnsafe(BATCH_BYTES);
                    used = 0;
                }
                if (c.length >= BATCH_BYTES / 4) yield c;
                else used += c.copy(buf, used);
                continue;
            }
            if (high) c = high + c;
            const last = c.charCodeAt(c.length - 1); // NaN for an empty chunk
            high = last >= 0xd800 && last <= 0xdbff ? c.slice(-1) : "";
            if (high) c = c.slice(0, -1);
            // UTF-8 takes at most three bytes per UTF-16 unit.
            if (used + 3 * c.length > buf.length) {
                if (used > 0) yield buf.subarray(0, used);
                buf = Buffer.allocUnsafe(Math.max(BATCH_BYTES, 3 * c.length));
                used = 0;
            }
            used += buf.write(c, used);
        }
        if (high) used += buf.write(high, used);
        if (used > 0) yield buf.subarray(0, used);
        return;
    }
    let pending: string[] = [];
    let size = 0;
    let carried = "";
    for (const chunk of chunks) {
        const c = typeof chunk === "string" ? chunk : chunk.toString("utf8");
        pending.push(c);
        size += c.length;
        if (size >= BATCH_BYTES) {
            const text = redact(carried + pending.join(""));
            pending = [];
            size = 0;
            const cut = Math.max(0, text.length - hold);
            carried = text.slice(cut);
            if (cut > 0) yield text.slice(0, cut);
        }
    }
    const rest = redact(carried + pending.join(""));
    if (rest) yield rest;
}
