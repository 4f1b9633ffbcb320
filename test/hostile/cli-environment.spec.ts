// The environment the command runs in (issue 24, item 8): a TMPDIR that does not exist crashed every
// command with a stack trace and exit 1 (the SDK's automation module loads `tmp`, which resolves the
// temporary directory on load); `--entry` with an unwritable TMPDIR failed with `ENOENT: mkdtemp`; a
// FIFO or /dev/zero as PULUMI_CONFIG_PASSPHRASE_FILE hung the scan or grew it without bound.

import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { cli, eventLog, manyFindings, mkfifo, ROOT, tmpdir, write } from "./cli-fixtures";

const oneLine = (stderr: string) => {
    assert.strictEqual(stderr.trim().split("\n").length, 1, stderr);
    assert.doesNotMatch(stderr, /^\s+at /m, "no stack trace");
};

describe("hostile cli: the environment", function () {
    this.timeout(300_000);
    let dir: string;
    let events: string;
    before(() => {
        dir = fs.realpathSync(tmpdir());
        events = write(dir, "e.ndjson", eventLog(manyFindings(3)));
    });

    it("a TMPDIR that does not exist, or is a file: exit 2 with one line, for every command", () => {
        for (const bad of [path.join(dir, "no-such-dir"), events]) {
            for (const args of [["report", "--events", events], ["scan", "--state", events], ["--version"]]) {
                const r = cli(args, { env: { TMPDIR: bad } });
                assert.strictEqual(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
                oneLine(r.stderr);
                assert.match(r.stderr, /^error: TMPDIR \(.*\) (does not exist|is not a directory)/);
            }
        }
    });

    it("--entry with a TMPDIR where no directory can be made: exit 2, one line that names TMPDIR", () => {
        const prog = path.join(dir, "entry");
        fs.mkdirSync(path.join(prog, "node_modules", "@pulumi"), { recursive: true });
        fs.symlinkSync(
            fs.realpathSync(path.join(ROOT, "node_modules", "@pulumi", "pulumi")),
            path.join(prog, "node_modules", "@pulumi", "pulumi"),
            "dir",
        );
        fs.writeFileSync(path.join(prog, "package.json"), JSON.stringify({ name: "entry" }));
        fs.writeFileSync(path.join(prog, "infra.js"), "exports.build = () => undefined;\n");
        // /proc: a directory that exists and that nobody, root included, can create a directory in.
        const r = cli(["scan", "--entry", `${path.join(prog, "infra.js")}#build`], { env: { TMPDIR: "/proc" } });
        assert.strictEqual(r.code, 2, r.stderr);
        oneLine(r.stderr);
        assert.match(r.stderr, /--entry needs a temporary directory.*set TMPDIR to a writable directory/);
    });

    it("a FIFO or /dev/zero as PULUMI_CONFIG_PASSPHRASE_FILE: refused at once like every input file", () => {
        const prog = path.join(dir, "secret");
        fs.mkdirSync(path.join(prog, "node_modules", "@pulumi"), { recursive: true });
        for (const f of ["Pulumi.yaml", "Pulumi.real.yaml", "package.json", "index.ts"])
            fs.copyFileSync(path.join(ROOT, "test", "cli", "fixtures", "secret-config", f), path.join(prog, f));
        fs.symlinkSync(
            fs.realpathSync(path.join(ROOT, "node_modules", "@pulumi", "pulumi")),
            path.join(prog, "node_modules", "@pulumi", "pulumi"),
            "dir",
        );
        for (const file of [mkfifo(dir), "/dev/zero"]) {
            // A hang guard only: before, the FIFO never returned and /dev/zero grew to gigabytes.
            const r = cli(["scan", "--program", prog, "--stack", "real"], {
                env: { PULUMI_CONFIG_PASSPHRASE: undefined, PULUMI_CONFIG_PASSPHRASE_FILE: file },
                timeoutMs: 60_000,
            });
            assert.strictEqual(r.signal, null, `${file}: killed by the hang guard`);
            assert.strictEqual(r.code, 2, r.stderr);
            oneLine(r.stderr);
            assert.match(r.stderr, /PULUMI_CONFIG_PASSPHRASE_FILE .* is (a FIFO|a device), not a regular file/);
        }
    });
});
