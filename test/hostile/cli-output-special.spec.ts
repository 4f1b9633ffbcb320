// --output onto what is not a regular file (issue 24, item 3): the atomic rename replaced /dev/null
// itself (as root, in a container), a FIFO, and a link to /proc/self/fd/1 by a regular file. Now
// the command writes through to FIFOs, character devices and its own descriptors, keeps the atomic
// replace for regular files (and a replaced file's mode), and still replaces a planted symlink to a
// regular file instead of following it (first round).
//
// /dev/null itself is reached through a link here, never named directly: a run of the command as
// it was would otherwise destroy this machine's /dev/null when the tests run as root.

import * as assert from "assert";
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { BIN, cli, eventLog, manyFindings, mkfifo, ROOT, tmpdir, write } from "./cli-fixtures";

describe("hostile cli: --output that is not a regular file", function () {
    this.timeout(120_000);
    let dir: string;
    let events: string;
    before(() => {
        dir = tmpdir();
        events = write(dir, "e.ndjson", eventLog(manyFindings(3)));
    });
    const report = (out: string) => cli(["report", "--events", events, "--format", "json", "--output", out]);

    it("a FIFO: written through to its reader, still a FIFO", async () => {
        const fifo = mkfifo(dir);
        const reader = spawn("cat", [fifo], { stdio: ["ignore", "pipe", "inherit"] });
        let got = "";
        reader.stdout.on("data", (d) => (got += d));
        const done = new Promise((resolve) => reader.on("exit", resolve));
        const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
            const c = spawn(process.execPath, [BIN, "report", "--events", events, "--format", "json", "--output", fifo], { cwd: ROOT });
            let stderr = "";
            c.stderr.on("data", (d) => (stderr += d));
            c.on("exit", (code) => resolve({ code, stderr }));
        });
        await done;
        assert.strictEqual(r.code, 0, r.stderr);
        assert.ok(fs.lstatSync(fifo).isFIFO(), "still a FIFO");
        assert.strictEqual(JSON.parse(got).findings.length, 3);
    });

    it("a link to /dev/null and a link to /proc/self/fd/1: written through, the links and /dev/null untouched", () => {
        const toNull = path.join(dir, "null-link");
        fs.symlinkSync("/dev/null", toNull);
        const r = report(toNull);
        assert.strictEqual(r.code, 0, r.stderr);
        assert.ok(fs.lstatSync(toNull).isSymbolicLink(), "the link to /dev/null is still a link");
        assert.ok(fs.statSync("/dev/null").isCharacterDevice());

        const toStdout = path.join(dir, "stdout-link");
        fs.symlinkSync("/proc/self/fd/1", toStdout);
        const s = report(toStdout);
        assert.strictEqual(s.code, 0, s.stderr);
        assert.ok(fs.lstatSync(toStdout).isSymbolicLink(), "the link to /proc/self/fd/1 is still a link");
        assert.strictEqual(JSON.parse(s.stdout).findings.length, 3, "the report went to stdout");

        const d = spawnSync(process.execPath, [BIN, "report", "--events", events, "--format", "json", "--output", "/dev/stdout"], {
            cwd: ROOT,
            encoding: "utf8",
        });
        assert.strictEqual(d.status, 0, d.stderr);
        assert.strictEqual(JSON.parse(d.stdout).findings.length, 3);
    });

    it("a regular file keeps its mode (0600 stays 0600); a planted link to a regular file is still replaced, not followed", () => {
        const out = write(dir, "private.json", "old");
        fs.chmodSync(out, 0o600);
        const r = report(out);
        assert.strictEqual(r.code, 0, r.stderr);
        assert.strictEqual(fs.statSync(out).mode & 0o777, 0o600);
        assert.strictEqual(JSON.parse(fs.readFileSync(out, "utf8")).findings.length, 3);

        const victim = write(dir, "victim.txt", "precious");
        const planted = path.join(dir, "planted.json");
        fs.symlinkSync(victim, planted);
        assert.strictEqual(report(planted).code, 0);
        assert.strictEqual(fs.readFileSync(victim, "utf8"), "precious");
        assert.ok(fs.lstatSync(planted).isFile());
    });

    it("a block device is refused with one line", function () {
        const block = ["/dev/loop0", "/dev/sda", "/dev/vda", "/dev/nvme0n1"].find((f) => {
            try {
                return fs.statSync(f).isBlockDevice();
            } catch {
                return false;
            }
        });
        if (!block) this.skip();
        const link = path.join(dir, "block-link");
        fs.symlinkSync(block!, link);
        // Through a link: refused before anything is written; the link itself is left as it is.
        const r = report(link);
        assert.strictEqual(r.code, 2);
        assert.match(r.stderr, /is a block device/);
        assert.ok(fs.lstatSync(link).isSymbolicLink());
    });
});
