// Where the report goes: a closed pipe, a full disk, --output onto a planted symlink or onto an input.

import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { writeFileAtomic } from "../../cli/output";
import { cli, eventLog, manyFindings, shell, tmpdir, write } from "./cli-fixtures";

describe("hostile cli: stdout errors", function () {
    this.timeout(90_000);
    const big = write(tmpdir(), "big.ndjson", eventLog(manyFindings(2_000)));

    it("piped to `head -c 100` (EPIPE): a quiet success of what was written", () => {
        const r = shell(`$SG report --events ${big} --format json | head -c 100`, 60_000);
        assert.strictEqual(r.code, 0, r.stderr);
        assert.strictEqual(r.stderr, "");
        assert.strictEqual(r.stdout.length, 100); // a hang would be killed by the 60 s guard and fail on the exit code
    });

    it("to /dev/full (ENOSPC): exit 2 with one line", () => {
        const r = shell(`$SG report --events ${big} --format json >/dev/full`, 60_000);
        assert.strictEqual(r.code, 2);
        assert.strictEqual(r.stderr, "error: cannot write the report to stdout: ENOSPC\n");
    });
});

describe("hostile cli: --output files", function () {
    this.timeout(90_000);

    it("replaces a symlink planted at the output path, never writing through it", () => {
        const dir = tmpdir();
        const victim = write(dir, "victim.txt", "precious");
        const out = path.join(dir, "report.json");
        fs.symlinkSync(victim, out);
        const r = cli(["report", "--events", write(dir, "e.ndjson", eventLog(manyFindings(3))), "--format", "json", "--output", out]);
        assert.strictEqual(r.code, 0, r.stderr);
        assert.strictEqual(fs.readFileSync(victim, "utf8"), "precious");
        assert.ok(fs.lstatSync(out).isFile() && JSON.parse(fs.readFileSync(out, "utf8")).findings.length === 3);
        assert.deepStrictEqual(fs.readdirSync(dir).sort(), ["e.ndjson", "report.json", "victim.txt"], "no temporary file left");
    });

    it("writes through an exclusive, unpredictable temporary file and removes it when the write fails", () => {
        const dir = tmpdir();
        const names = new Set<string>();
        // the module object itself: the imported namespace only has getters onto it
        const fsModule = require("fs") as { openSync: typeof fs.openSync };
        const open = fsModule.openSync;
        const spy = ((p: fs.PathLike, flags: fs.OpenMode, mode?: fs.Mode) => {
            if (flags === "wx") names.add(path.basename(String(p)));
            return open(p, flags, mode);
        }) as typeof fs.openSync;
        fsModule.openSync = spy;
        try {
            writeFileAtomic(path.join(dir, "a.json"), "1");
            writeFileAtomic(path.join(dir, "a.json"), "2");
            // a directory in the way makes the rename fail: the temporary file must go
            fs.mkdirSync(path.join(dir, "b.json"));
            fs.writeFileSync(path.join(dir, "b.json", "x"), "");
            assert.throws(() => writeFileAtomic(path.join(dir, "b.json"), "3"), /cannot write .*b\.json: (EISDIR|ENOTEMPTY|EEXIST)/);
        } finally {
            fsModule.openSync = open;
        }
        assert.strictEqual(names.size, 3, [...names].join(" "));
        for (const n of names) assert.match(n, /^\.[ab]\.json\.[0-9a-f]{24}\.tmp$/);
        assert.deepStrictEqual(fs.readdirSync(dir).sort(), ["a.json", "b.json"]);
        assert.strictEqual(fs.readFileSync(path.join(dir, "a.json"), "utf8"), "2");
    });

    it("refuses an --output that is the --state or --events input (same file by any path), exit 2", () => {
        const dir = tmpdir();
        const events = write(dir, "e.ndjson", eventLog(manyFindings(3)));
        const before = fs.readFileSync(events, "utf8");
        fs.symlinkSync(events, path.join(dir, "link.ndjson"));
        fs.linkSync(events, path.join(dir, "hard.ndjson"));
        for (const out of [events, path.join(dir, ".", "e.ndjson"), path.join(dir, "link.ndjson"), path.join(dir, "hard.ndjson")]) {
            const r = cli(["report", "--events", events, "--output", out]);
            assert.strictEqual(r.code, 2, out);
            assert.match(r.stderr, /is the --events input: refusing to overwrite it/);
        }
        const state = write(dir, "state.json", fs.readFileSync(path.join(__dirname, "..", "cli", "fixtures", "state.json")));
        const r = cli(["scan", "--state", state, "--output", state]);
        assert.strictEqual(r.code, 2);
        assert.match(r.stderr, /is the --state input/);
        assert.strictEqual(fs.readFileSync(events, "utf8"), before);
    });
});
