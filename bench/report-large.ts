// `sagemaker-guard report` on a large policy-event log (issue 24, item 6): the shape of
// test/hostile/cli-report-large.spec.ts (500,000 policy events of about 470 bytes, 231.7 MB, under the
// 256 MiB input cap), generated deterministically into a temp dir, then `node cli/bin.js report` once
// per format under /usr/bin/time -v: wall time, CPU time (user + system) and peak RSS of the command.
//
//   npx ts-node bench/report-large.ts [events=500000] [formats=json,sarif,markdown,text] [--keep]
//
// Needs the compiled CLI (npm run build:pack). The machine is shared: CPU time is the steadier figure;
// the load average is printed with each run.

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { writeLargeLog } from "../test/hostile/cli-fixtures";

const BIN = path.join(__dirname, "..", "cli", "bin.js");

interface Measure {
    format: string;
    code: number | null;
    wallS: number;
    cpuS: number;
    rssMB: number;
    outMB: number;
    load: string;
}

function measure(log: string, format: string, out: string): Measure {
    const load = os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(" ");
    const r = spawnSync("/usr/bin/time", ["-v", process.execPath, BIN, "report", "--events", log, "--format", format, "--output", out], {
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
        rssMB: field(/Maximum resident set size \(kbytes\): (\d+)/) / 1024,
        outMB,
        load,
    };
}

function main() {
    const args = process.argv.slice(2).filter((a) => a !== "--keep");
    const keep = process.argv.includes("--keep");
    const n = Number(args[0] ?? 500_000);
    const formats = (args[1] ?? "json,sarif,markdown,text").split(",");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sg-bench-report-"));
    const log = path.join(dir, "events.ndjson");
    try {
        const size = writeLargeLog(log, n);
        console.log(`${n} policy events, ${(size / 1e6).toFixed(1)} MB (${(size / 1024 / 1024).toFixed(1)} MiB) at ${log}`);
        console.log("| format | exit | wall s | CPU s | peak RSS MB | output MB | load average (1, 5, 15 min) |");
        console.log("|---|---:|---:|---:|---:|---:|---|");
        for (const format of formats) {
            const out = path.join(dir, `report.${format}`);
            const m = measure(log, format, out);
            console.log(
                `| ${m.format} | ${m.code} | ${m.wallS.toFixed(1)} | ${m.cpuS.toFixed(1)} | ${m.rssMB.toFixed(0)} | ${m.outMB.toFixed(1)} | ${m.load} |`,
            );
            fs.rmSync(out, { force: true });
        }
    } finally {
        if (!keep) fs.rmSync(dir, { recursive: true, force: true });
    }
}

if (require.main === module) main();
