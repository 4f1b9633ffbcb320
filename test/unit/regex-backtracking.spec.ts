// Catastrophic backtracking in the detectors' regular expressions, found by V8 itself instead of a
// stopwatch: a child Node.js runs the detectors on adversarial input with V8's backtrack limit
// (`--regexp-backtracks-before-fallback`) and its trace of the fallback to the linear engine. A
// regular expression that backtracks more than BACKTRACKS_PER_CHAR times the input's length in one
// call is reported by V8 by name, whatever the machine's load. V8 can count only the expressions its
// linear engine can also run (no lookaround, back-references or `i` flag); the test prints how many
// of the expressions it ran those are, and the linear-work tests (hygiene-detectors.spec.ts, the fuzz
// tier) count the forward scan of all of them.

import * as assert from "assert";
import { spawnSync } from "child_process";
import * as path from "path";
import { ADVERSARIAL_SHAPES } from "../work-counter";

const ROOT = path.resolve(__dirname, "..", "..");
const CHARS = 32 * 1024;
/** Linear expressions with bounded repeats ({0,200}) backtrack a bounded number of times per character. */
const BACKTRACKS_PER_CHAR = 500;

const CHILD = `
const { detect } = require(${JSON.stringify(path.join(ROOT, "policies", "hygiene", "detectors"))});
const shapes = JSON.parse(process.argv[1]);
const kinds = ["credential", "possible-credential", "phi", "possible-phi", "insecure-url"];
const run = () => {
    for (const [head, unit] of shapes) {
        const s = head + unit.repeat(Math.ceil(${CHARS} / unit.length));
        for (const c of kinds) for (const context of ["script", "text"]) detect(s, { context, key: "DB_PASSWORD" }, c);
    }
};
run();
// Which expressions ran, and how many of them V8's linear engine (and so its backtrack limit) covers.
const seen = new Map();
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (s) { seen.set(this.flags + "/" + this.source, this); return exec.call(this, s); };
run();
RegExp.prototype.exec = exec;
let covered = 0;
for (const re of seen.values()) {
    try { new RegExp(re.source, re.flags.replace(/[gy]/g, "") + "l"); covered++; } catch {}
}
process.stderr.write("COVERAGE " + covered + " " + seen.size + "\\n");
`;

describe("hygiene: no catastrophic backtracking (V8's backtrack limit, not a timer)", function () {
    this.timeout(300_000); // seconds on a quiet machine
    it("no detector expression exceeds the limit on adversarial input", () => {
        const r = spawnSync(
            process.execPath,
            [
                "--enable-experimental-regexp-engine",
                "--enable-experimental-regexp-engine-on-excessive-backtracks",
                `--regexp-backtracks-before-fallback=${BACKTRACKS_PER_CHAR * CHARS}`,
                "--trace-experimental-regexp-engine",
                "-r",
                "ts-node/register/transpile-only",
                "-e",
                CHILD,
                JSON.stringify(ADVERSARIAL_SHAPES),
            ],
            { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
        );
        assert.strictEqual(r.status, 0, r.stderr);
        const coverage = /COVERAGE (\d+) (\d+)/.exec(r.stderr);
        assert.ok(coverage, r.stderr);
        const [covered, total] = [Number(coverage[1]), Number(coverage[2])];
        // 32 of 74 when written: a fall means the check lost its reach, not that the detectors got slower.
        assert.ok(total > 50 && covered >= 30, `V8's limit covers ${covered} of the ${total} expressions that ran`);
        const fallbacks = r.stdout.split("\n").filter((l) => /Experimental execution/.test(l));
        assert.deepStrictEqual([...new Set(fallbacks)], [], `backtracked more than ${BACKTRACKS_PER_CHAR} times per character`);
    });

    it("the limit reports an expression that backtracks (the check can fail)", () => {
        const r = spawnSync(
            process.execPath,
            [
                "--enable-experimental-regexp-engine-on-excessive-backtracks",
                `--regexp-backtracks-before-fallback=${BACKTRACKS_PER_CHAR * 40}`,
                "--trace-experimental-regexp-engine",
                "-e",
                '/(a+)+$/.test("a".repeat(40) + "!")',
            ],
            { encoding: "utf8" },
        );
        assert.match(r.stdout, /Experimental execution/);
    });
});
