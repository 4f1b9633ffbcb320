// Runs every hostile command-line case once and prints exit code, wall time and the first line of
// stderr (or a note): the before/after table of issue 19. `npx ts-node test/hostile/measure-cli.ts`

import * as fs from "fs";
import * as path from "path";
import {
    alive,
    childrenOf,
    cli,
    cmdline,
    eventLog,
    manyFindings,
    mkfifo,
    notebook,
    ROOT,
    shell,
    SLOW_PACK,
    spawn,
    stateExport,
    stateWithEverySignature,
    tmpdir,
    utf16,
    write,
} from "./cli-fixtures";

const dir = tmpdir();
const STATE = path.join(ROOT, "test", "cli", "fixtures", "state.json");
const first = (s: string) => s.trim().split("\n")[0]?.slice(0, 110) ?? "";
const row = (name: string, code: unknown, ms: number, note: string) =>
    console.log(`| ${name} | ${code} | ${(ms / 1000).toFixed(1)} s | ${note.replace(/\|/g, "\\|")} |`);

async function orphan(sig: NodeJS.Signals): Promise<string> {
    const state = write(dir, "one.json", stateExport([notebook("nb", {})]));
    const child = spawn(process.execPath, [path.join(ROOT, "cli", "bin.js"), "scan", "--state", state, "--pack", SLOW_PACK, "--quiet"], {
        stdio: "ignore",
    });
    let pack: number | undefined;
    const t0 = Date.now();
    while (!pack && Date.now() - t0 < 30_000) {
        await new Promise((r) => setTimeout(r, 200));
        pack = childrenOf(child.pid!).find((p) => cmdline(p).includes("run-policy-pack"));
    }
    if (!pack) return "pack never started";
    await new Promise((r) => setTimeout(r, 3000)); // the pack is spinning in Analyze now
    child.kill(sig);
    await new Promise((r) => setTimeout(r, 1000));
    const left = alive(pack);
    if (left) process.kill(pack, "SIGKILL");
    return left ? `pack ${pack} still alive 1 s after ${sig} (killed by the harness)` : `pack gone within 1 s of ${sig}`;
}

async function main() {
    console.log("| case | exit | time | stderr / note |\n|---|---|---|---|");
    let r = cli(["scan", "--state", write(dir, "sigs.json", stateWithEverySignature()), "--format", "json"]);
    row("state: every signature", r.code ?? r.signal, r.ms, first(r.stderr) || `${r.stdout.split('"policy":').length - 1} findings`);

    for (const n of [6_000, 100_000]) {
        const f = write(dir, `many-${n}.ndjson`, eventLog(manyFindings(n)));
        r = cli(["report", "--events", f, "--format", "markdown"]);
        row(`markdown: ${n} findings`, r.code, r.ms, first(r.stderr) || `${r.stdout.length} chars`);
    }
    const huge = write(dir, "huge-stack.ndjson", eventLog(manyFindings(3), { stack: "s".repeat(100_000) }));
    r = cli(["report", "--events", huge, "--format", "markdown"]);
    row("markdown: 100,000-char stack name", r.code, r.ms, first(r.stderr) || `${r.stdout.length} chars`);

    const evil = write(
        dir,
        "evil.ndjson",
        eventLog([
            { resourceUrn: "urn:pulumi:dev::clinical::aws:s3/bucket:Bucket::nb` [Approve this PR](https://x) `x" },
            { message: "![](https://x/t.png) hi @org/team\r## ✅ no violations\n```\nopen fence" },
            { policyName: "a|b|c", policyPackName: "other" },
        ]),
    );
    r = cli(["report", "--events", evil, "--format", "markdown"]);
    const MarkdownIt = require("markdown-it");
    const html = new MarkdownIt({ html: true, linkify: true }).render(r.stdout);
    row(
        "markdown: injection",
        r.code,
        r.ms,
        `links ${(html.match(/<a /g) ?? []).length}, images ${(html.match(/<img /g) ?? []).length}, headings ${(html.match(/<h\d/g) ?? []).length}, @org/team ${r.stdout.includes("@org/team")}`,
    );
    const esc = write(
        dir,
        "esc.ndjson",
        eventLog([
            {
                resourceUrn:
                    "urn:pulumi:dev::c::aws:s3/bucket:Bucket::a\u001b[2J\u001b]0;pwned\u0007\u001b]8;;https://x\u001b\\link\u001b]8;;\u001b\\\r",
            },
        ]),
    );
    r = cli(["report", "--events", esc, "--format", "text"]);
    row("text: terminal escapes", r.code, r.ms, `ESC in stdout: ${r.stdout.split("\u001b").length - 1}, CR: ${r.stdout.includes("\r")}`);

    for (const s of ["SIGKILL", "SIGTERM", "SIGINT"] as const) {
        const t0 = Date.now();
        row(`orphan pack: ${s}`, "-", Date.now() - t0, await orphan(s));
    }

    const big = write(dir, "big.ndjson", eventLog(manyFindings(2000)));
    r = shell(`$SG report --events ${big} --format json | head -c 100 >/dev/null`);
    row("stdout: EPIPE (head -c 100)", r.code, r.ms, first(r.stderr) || "(quiet)");
    r = shell(`$SG report --events ${big} --format json >/dev/full`);
    row("stdout: ENOSPC (/dev/full)", r.code, r.ms, `${r.stderr.trim().split("\n").length} lines: ${first(r.stderr)}`);

    const victim = write(dir, "victim.txt", "precious");
    fs.symlinkSync(victim, path.join(dir, "out.json"));
    r = cli(["report", "--events", big, "--format", "json", "--output", path.join(dir, "out.json")]);
    row(
        "--output onto a planted symlink",
        r.code,
        r.ms,
        `victim ${fs.readFileSync(victim, "utf8") === "precious" ? "intact" : "overwritten"}`,
    );
    const copy = write(dir, "state-copy.json", fs.readFileSync(STATE));
    r = cli(["scan", "--state", copy, "--output", copy]);
    row(
        "--output = --state",
        r.code,
        r.ms,
        first(r.stderr) || `input ${fs.readFileSync(copy, "utf8").startsWith("{") ? "kept" : "overwritten"}`,
    );

    const secretJson = write(dir, "bad.json", '{"version": 3, "deployment": {"password": hunter2-secret}}');
    r = cli(["scan", "--state", secretJson]);
    row("state: JSON error", r.code, r.ms, `${first(r.stderr)} (secret echoed: ${r.stderr.includes("hunter2")})`);
    const bin = write(dir, "bin.json", Buffer.concat([Buffer.from([0, 1, 2, 0xff]), Buffer.from("hunter2-secret"), Buffer.alloc(64, 7)]));
    r = cli(["scan", "--state", bin]);
    row("state: binary file", r.code, r.ms, `${first(r.stderr)} (secret echoed: ${r.stderr.includes("hunter2")})`);
    r = cli(["scan", "--state", "/dev/zero"], { timeoutMs: 60_000 });
    row("state: /dev/zero", r.code ?? r.signal, r.ms, first(r.stderr) || "(killed at 60 s)");
    const fifo = mkfifo(dir);
    r = cli(["scan", "--state", fifo], { timeoutMs: 60_000 });
    row("state: FIFO", r.code ?? r.signal, r.ms, first(r.stderr) || "(killed at 60 s)");
    const sparse = path.join(dir, "sparse.json");
    fs.writeFileSync(sparse, "");
    fs.truncateSync(sparse, 300 * 1024 * 1024);
    r = cli(["scan", "--state", sparse], { timeoutMs: 60_000 });
    row("state: 300 MiB file", r.code ?? r.signal, r.ms, first(r.stderr));
    const stateText = fs.readFileSync(STATE, "utf8");
    r = cli(["scan", "--state", write(dir, "bom.json", "\ufeff" + stateText)]);
    row("state: UTF-8 BOM", r.code, r.ms, first(r.stderr) || "scanned");
    r = cli(["scan", "--state", write(dir, "le.json", utf16(stateText, "le"))]);
    row("state: UTF-16 LE", r.code, r.ms, first(r.stderr) || "scanned");
    r = cli(["scan", "--state", write(dir, "be.json", utf16(stateText, "be"))]);
    row("state: UTF-16 BE", r.code, r.ms, first(r.stderr) || "scanned");

    const bad = [
        { resourceUrn: 5 },
        { severity: "catastrophic" },
        { enforcementLevel: "blocking" },
        { __proto__x: 1, policyName: "__proto__" },
    ];
    const badLog = eventLog(bad).replace('"__proto__x":1', '"__proto__":{"polluted":true},"constructor":{"x":1}');
    r = cli(["report", "--events", write(dir, "bad-events.ndjson", badLog), "--format", "text"]);
    row("events: bad fields", r.code, r.ms, first(r.stderr) || `${first(r.stdout)}`);
    const full = eventLog(manyFindings(3));
    r = cli(["report", "--events", write(dir, "trunc.ndjson", full.slice(0, full.length - 30))]);
    row("events: truncated last line", r.code, r.ms, first(r.stderr));
    fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
    console.error(e);
    process.exit(1);
});
