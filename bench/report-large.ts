// `sagemaker-guard report` on a large policy-event log (issue 24, item 6): the shape of
// test/hostile/cli-report-large.spec.ts (500,000 policy events of about 470 bytes, 231.9 MB, under the
// 256 MiB input cap), generated deterministically into a temp dir, then `node cli/bin.js report` per
// format under /usr/bin/time -v: wall time, CPU time (user + system) and peak RSS of the command.
//
//   npx ts-node bench/report-large.ts [events=500000] [formats=json,sarif,markdown,text] [--keep]
//       [--runs N] [--against <another checkout, built>]
//
// With --against, that checkout's CLI and this one's run in turn (theirs, ours, theirs, …), N runs
// each, medians printed, and each format's outputs compared byte for byte. Needs the compiled CLI
// (npm run build:pack). The machine is shared: CPU time is the steadier figure; the load average is
// printed with each run.

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { writeLargeLog } from "../test/hostile/cli-fixtures";

const OURS = path.join(__dirname, "..");

interface Measure {
    format: string;
    code: number | null;
    wallS: number;
    cpuS: number;
    userS: number;
    sysS: number;
    rssMB: number;
    outMB: number;
    load: string;
}

function measure(checkout: string, log: string, format: string, out: string): Measure {
    const load = os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(" ");
    const bin = path.join(checkout, "cli", "bin.js");
    const r = spawnSync("/usr/bin/time", ["-v", process.execPath, bin, "report", "--events", log, "--format", format, "--output", out], {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
        maxBuffer: 64 * 1024 * 1024,
    });
    const field = (re: RegExp) => Number(re.exec(r.stderr)?.[1] ?? NaN);
    const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
    const wallS = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
    const outMB = fs.existsSync(out) ? fs.statSync(out).size / 1e6 : 0;
    const code = field(/Exit status: (\d+)/);
    if (code !== 0) process.stderr.write(r.stderr);
    return {
        format,
        code,
        wallS,
        cpuS: field(/User time \(seconds\): ([\d.]+)/) + field(/System time \(seconds\): ([\d.]+)/),
        userS: field(/User time \(seconds\): ([\d.]+)/),
        sysS: field(/System time \(seconds\): ([\d.]+)/),
        rssMB: field(/Maximum resident set size \(kbytes\): (\d+)/) / 1024,
        outMB,
        load,
    };
}

const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Whether two files hold the same bytes (read a few MiB at a time: the JSON report is 629 MB). */
function sameBytes(a: string, b: string): boolean {
    if (fs.statSync(a).size !== fs.statSync(b).size) return false;
    const fa = fs.openSync(a, "r");
    const fb = fs.openSync(b, "r");
    try {
        const ba = Buffer.alloc(1 << 22);
        const bb = Buffer.alloc(1 << 22);
        for (;;) {
            const n = fs.readSync(fa, ba, 0, ba.length, null);
            const m = fs.readSync(fb, bb, 0, bb.length, null);
            if (n !== m || !ba.subarray(0, n).equals(bb.subarray(0, m))) return false;
            if (n === 0) return true;
        }
    } finally {
        fs.closeSync(fa);
        fs.closeSync(fb);
    }
}

function option(name: string): string | undefined {
    const i = process.argv.indexOf(name);
    return i < 0 ? undefined : process.argv[i + 1];
}

function main() {
    const against = option("--against");
    const runs = Number(option("--runs") ?? 1);
    const args: string[] = [];
    for (let i = 2; i < process.argv.length; i++) {
        if (process.argv[i] === "--runs" || process.argv[i] === "--against") i++;
        else if (!process.argv[i].startsWith("--")) args.push(process.argv[i]);
    }
    const keep = process.argv.includes("--keep");
    const n = Number(args[0] ?? 500_000);
    const formats = (args[1] ?? "json,sarif,markdown,text").split(",");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sg-bench-report-"));
    const log = path.join(dir, "events.ndjson");
    const sides = against
        ? [
              { name: "against", checkout: path.resolve(against) },
              { name: "this", checkout: OURS },
          ]
        : [{ name: "this", checkout: OURS }];
    try {
        const size = writeLargeLog(log, n);
        console.log(`${n} policy events, ${(size / 1e6).toFixed(1)} MB (${(size / 1024 / 1024).toFixed(1)} MiB) at ${log}`);
        console.log(
            "| format | checkout | run | exit | wall s | CPU s (user + system) | peak RSS MB | output MB | load average (1, 5, 15 min) |",
        );
        console.log("|---|---|---:|---:|---:|---:|---:|---:|---|");
        const all: (Measure & { side: string })[] = [];
        for (const format of formats) {
            for (let run = 1; run <= runs; run++) {
                for (const side of sides) {
                    const out = path.join(dir, `report.${side.name}.${format}`);
                    const m = measure(side.checkout, log, format, out);
                    all.push({ ...m, side: side.name });
                    console.log(
                        `| ${m.format} | ${side.name} | ${run} | ${m.code} | ${m.wallS.toFixed(1)} | ${m.cpuS.toFixed(2)} (${m.userS.toFixed(2)} + ${m.sysS.toFixed(2)}) | ${m.rssMB.toFixed(0)} | ${m.outMB.toFixed(1)} | ${m.load} |`,
                    );
                }
            }
            if (against) {
                const same = sameBytes(path.join(dir, `report.against.${format}`), path.join(dir, `report.this.${format}`));
                console.log(`${format}: outputs ${same ? "byte-identical" : "DIFFER"}`);
            }
            for (const side of sides) fs.rmSync(path.join(dir, `report.${side.name}.${format}`), { force: true });
        }
        if (runs > 1 || against) {
            console.log(
                "\nMedians:\n\n| format | checkout | CPU s | user s | system s | wall s | peak RSS MB |\n|---|---|---:|---:|---:|---:|---:|",
            );
            for (const format of formats)
                for (const side of sides) {
                    const ms = all.filter((m) => m.format === format && m.side === side.name);
                    console.log(
                        `| ${format} | ${side.name} | ${median(ms.map((m) => m.cpuS)).toFixed(2)} | ${median(ms.map((m) => m.userS)).toFixed(2)} | ${median(ms.map((m) => m.sysS)).toFixed(2)} | ${median(ms.map((m) => m.wallS)).toFixed(2)} | ${median(ms.map((m) => m.rssMB)).toFixed(0)} |`,
                    );
                }
        }
    } finally {
        if (!keep) fs.rmSync(dir, { recursive: true, force: true });
    }
}

if (require.main === module) main();
