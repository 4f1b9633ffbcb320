// The benchmark: our pack against the floor (one no-op policy: the protocol, the SDK and the
// TypeScript loader), the shape (our policies with no-op checks: what the SDK costs for a pack of
// our shape) and a peer (@pulumi/awsguard, every policy advisory), on the same synthetic
// stacks of 100, 1,000 and 10,000 resources, driven as the engine drives a pack: spawn to port,
// GetAnalyzerInfo, Configure, then per resource Remediate and Analyze one at a time (the step
// generator's order), then AnalyzeStack once. Median of BENCH_RUNS runs. Writes bench/RESULTS.md.
//
//   npm run bench                       # all sizes, 3 runs
//   BENCH_SIZES=100,1000 BENCH_RUNS=1 npm run bench
//   BENCH_PACKS=ours BENCH_SIZES=10000 npm run bench   # one pack: prints its runs, writes nothing
//   BENCH_COMPARE=../other-checkout npm run bench      # adds that checkout's pack (built) as a row

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PACK_DIR, PackProcess, ResourceInput } from "../cli/analyzer";
import { generateStack } from "./stack";

const SIZES = (process.env.BENCH_SIZES ?? "100,1000,10000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

type PackId = "floor" | "shape" | "ours" | "peer" | "compare";
const PACKS: { id: PackId; label: string; dir: string }[] = [
    { id: "floor", label: "floor (1 no-op policy)", dir: path.join(__dirname, "floor-pack") },
    { id: "shape", label: "shape (our policies, no-op checks)", dir: path.join(__dirname, "shape-pack") },
    { id: "ours", label: "sagemaker-guard", dir: PACK_DIR },
    { id: "peer", label: "@pulumi/awsguard (advisory)", dir: path.join(__dirname, "awsguard-pack") },
];
// Another checkout of this pack (built), measured alongside: a before/after of a change.
if (process.env.BENCH_COMPARE) {
    const label = process.env.BENCH_COMPARE_LABEL ?? `sagemaker-guard (${path.basename(process.env.BENCH_COMPARE)})`;
    PACKS.splice(3, 0, { id: "compare", label, dir: path.resolve(process.env.BENCH_COMPARE) });
}

interface Run {
    startupMs: number;
    analyzeMs: number;
    stackMs: number;
    totalMs: number;
    /** CPU time of the pack process during the analysis (user + system): its own cost, without the driver's. */
    packCpuMs: number;
    peakRssMb: number;
    diagnostics: number;
    policies: number;
}

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/** User + system CPU time of a process so far (Linux, 100 clock ticks a second). */
function cpuMs(pid: number | undefined): number {
    try {
        const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
        return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
        return NaN;
    }
}

function peakRssMb(pid: number | undefined): number {
    try {
        const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
        const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
        return kb / 1024;
    } catch {
        return NaN;
    }
}

async function once(dir: string, resources: ResourceInput[]): Promise<Run> {
    const pack = await PackProcess.start(dir, { stack: "bench", project: "bench" });
    try {
        const info = await pack.getAnalyzerInfo();
        await pack.configure({});
        let diagnostics = 0;
        const cpu0 = cpuMs(pack.pid);
        const t0 = process.hrtime.bigint();
        for (const r of resources) {
            await pack.remediate(r);
            diagnostics += (await pack.analyze(r)).diagnostics.length;
        }
        const analyzeMs = ms(t0);
        const t1 = process.hrtime.bigint();
        diagnostics += (await pack.analyzeStack(resources)).diagnostics.length;
        const stackMs = ms(t1);
        return {
            startupMs: pack.startupMs,
            analyzeMs,
            stackMs,
            totalMs: analyzeMs + stackMs,
            packCpuMs: cpuMs(pack.pid) - cpu0,
            peakRssMb: peakRssMb(pack.pid),
            diagnostics,
            policies: info.policies.length,
        };
    } finally {
        await pack.close();
    }
}

function median(xs: number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function medianRun(runs: Run[]): Run {
    const keys = Object.keys(runs[0]) as (keyof Run)[];
    return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as Run;
}

const f0 = (n: number) => n.toFixed(0);
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

async function main(): Promise<void> {
    const only = process.env.BENCH_PACKS?.split(",");
    const results = new Map<string, Run>();
    for (const size of SIZES) {
        const resources = generateStack(size);
        // Runs interleaved (floor, ours, peer, floor, ...): a slow spell of the machine hits every pack.
        const packs = PACKS.filter((x) => !only || only.includes(x.id));
        const runs = new Map<PackId, Run[]>(packs.map((p) => [p.id, []]));
        for (let i = 0; i < RUNS; i++) {
            for (const p of packs) {
                const run = await once(p.dir, resources);
                runs.get(p.id)!.push(run);
                process.stderr.write(`  ${p.id} ${size}: run ${i + 1}/${RUNS} ${f0(run.totalMs)} ms\n`);
            }
        }
        for (const p of packs) {
            results.set(`${p.id}/${size}`, medianRun(runs.get(p.id)!));
            if (only) console.log(p.id, size, JSON.stringify(medianRun(runs.get(p.id)!)));
        }
    }
    if (only) return;
    const get = (id: PackId, size: number) => results.get(`${id}/${size}`)!;
    const lines: string[] = [];
    lines.push("# Benchmark results", "");
    lines.push(
        `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}, ${os.platform()} ${os.release()}.`,
        `Date: ${new Date().toISOString().slice(0, 10)}. Median of ${RUNS} run(s) per pack and size. Generated by \`npm run bench\` (bench/run.ts); stacks from bench/stack.ts.`,
        "",
        "Each run: spawn the pack as the language host does and read its port (start-up), GetAnalyzerInfo, Configure, then for every resource Remediate and Analyze one at a time (the engine's step order), then AnalyzeStack once with every resource.",
        "",
    );
    lines.push(
        "| pack | resources | start-up ms | Analyze ms | resources/s | AnalyzeStack ms | total analysis ms | pack CPU ms | peak RSS MB | diagnostics | policies |",
    );
    lines.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const size of SIZES) {
        for (const p of PACKS) {
            const r = get(p.id, size);
            lines.push(
                `| ${p.label} | ${size} | ${f0(r.startupMs)} | ${f0(r.analyzeMs)} | ${f0((size / r.analyzeMs) * 1000)} | ${f1(r.stackMs)} | ${f0(r.totalMs)} | ${f0(r.packCpuMs)} | ${f0(r.peakRssMb)} | ${f0(r.diagnostics)} | ${f0(r.policies)} |`,
            );
        }
    }
    lines.push("", "## Ratios and targets", "");
    lines.push(
        "| resources | total vs floor | total vs peer | pack CPU vs floor | peak RSS vs floor | start-up vs floor | start-up vs peer |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    );
    const ratio = (id: PackId, size: number, k: keyof Run, base: PackId) => get(id, size)[k] / get(base, size)[k];
    for (const size of SIZES) {
        const cells = [
            ratio("ours", size, "totalMs", "floor"),
            ratio("ours", size, "totalMs", "peer"),
            ratio("ours", size, "packCpuMs", "floor"),
            ratio("ours", size, "peakRssMb", "floor"),
            ratio("ours", size, "startupMs", "floor"),
            ratio("ours", size, "startupMs", "peer"),
        ];
        lines.push(`| ${size} | ${cells.map((c) => `${f2(c)}×`).join(" | ")} |`);
    }
    // The goals of the issue "Analysis at the floor's speed".
    const big = Math.max(...SIZES);
    const mid = SIZES.includes(1000) ? 1000 : Math.min(...SIZES);
    const all = (test: (size: number) => boolean) => SIZES.every(test);
    const worst = (id: PackId, k: keyof Run, base: PackId, sizes = SIZES) => Math.max(...sizes.map((n) => ratio(id, n, k, base)));
    const atLeast1000 = SIZES.filter((n) => n >= 1000);
    const checks = [
        [
            "total analysis within 1.2× the floor at 1,000 resources and more",
            atLeast1000.every((n) => ratio("ours", n, "totalMs", "floor") <= 1.2),
            `${f2(worst("ours", "totalMs", "floor", atLeast1000))}× (worst)`,
        ],
        [
            "faster than the peer at every size",
            all((n) => ratio("ours", n, "totalMs", "peer") < 1),
            `${f2(worst("ours", "totalMs", "peer"))}× (worst)`,
        ],
        [
            "peak memory within 1.5× the floor",
            all((n) => ratio("ours", n, "peakRssMb", "floor") <= 1.5),
            `${f2(worst("ours", "peakRssMb", "floor"))}× (worst)`,
        ],
        [
            "start-up within 1.1× the floor",
            all((n) => ratio("ours", n, "startupMs", "floor") <= 1.1),
            `${f2(worst("ours", "startupMs", "floor"))}× (worst)`,
        ],
        [
            `AnalyzeStack ${big} vs ${mid} within ${(big / mid) * 1.2}× (linear)`,
            get("ours", big).stackMs / get("ours", mid).stackMs <= (big / mid) * 1.2,
            `${f2(get("ours", big).stackMs / get("ours", mid).stackMs)}×`,
        ],
    ] as const;
    lines.push("", "| target | met | measured |", "|---|---|---:|");
    for (const [t, ok, v] of checks) lines.push(`| ${t} | ${ok ? "yes" : "**no**"} | ${v} |`);
    lines.push("");
    const notes = path.join(__dirname, "NOTES.md");
    if (fs.existsSync(notes)) lines.push(fs.readFileSync(notes, "utf8"));
    fs.writeFileSync(path.join(__dirname, "RESULTS.md"), lines.join("\n"));
    console.log(lines.join("\n"));
}

main().catch((err) => {
    console.error(err);
    process.exit(1);
});
