// Where a report goes: stdout (a reader that went away is not an error; a full disk is), or an
// --output file written whole or not at all, through a temporary file that nobody can plant.

import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { InputError } from "./program";

/**
 * Writes `text` to `file` through a temporary file in the same directory: an unpredictable name,
 * created exclusively (O_CREAT|O_EXCL: never an existing file, never through a symlink), renamed
 * over `file` (which replaces a symlink at `file`, never its target), and removed on failure.
 * Synchronous, so no signal handler runs while the temporary file exists.
 */
export function writeFileAtomic(file: string, text: string): void {
    const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${randomBytes(12).toString("hex")}.tmp`);
    let fd: number | undefined;
    let created = false;
    try {
        fd = fs.openSync(tmp, "wx", 0o666);
        created = true;
        fs.writeFileSync(fd, text);
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

/** Writes to stdout; resolves to the write error, if any (EPIPE when the reader went away, ENOSPC, …). */
export function writeStdout(text: string): Promise<NodeJS.ErrnoException | undefined> {
    return new Promise((resolve) => {
        process.stdout.write(text, (err) => resolve(err ?? undefined));
    });
}
