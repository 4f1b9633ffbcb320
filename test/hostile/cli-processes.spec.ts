// Killing `sagemaker-guard scan` (KILL, TERM, INT) while the pack is busy must not leave the pack
// running: the pack's watchdog (cli/parent-watchdog.js) notices a SIGKILLed parent, and the command
// kills the pack on TERM/INT. The pack here spins in a policy, as a backtracking pattern once did.

import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { PackProcess } from "../../cli/analyzer";
import { alive, childrenOf, cmdline, notebook, ROOT, SLOW_PACK, spawn, stateExport, tmpdir, write } from "./cli-fixtures";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("hostile cli: no orphaned pack process", function () {
    this.timeout(120_000);
    const state = write(tmpdir(), "one.json", stateExport([notebook("nb", {})]));

    for (const signal of ["SIGKILL", "SIGTERM", "SIGINT"] as const) {
        it(`the pack is gone within a second of ${signal} to the command`, async () => {
            const cmd = spawn(
                process.execPath,
                [path.join(ROOT, "cli", "bin.js"), "scan", "--state", state, "--pack", SLOW_PACK, "--quiet"],
                {
                    stdio: "ignore",
                },
            );
            let pack: number | undefined;
            try {
                for (const t0 = Date.now(); !pack && Date.now() - t0 < 90_000; await sleep(200)) {
                    pack = childrenOf(cmd.pid!).find((p) => cmdline(p).includes("run-policy-pack"));
                }
                assert.ok(pack, "the pack started");
                await sleep(3_000); // the pack is in Analyze, spinning
                assert.ok(alive(pack), "the pack is busy before the kill");
                const exited = new Promise<NodeJS.Signals | null>((r) => cmd.once("exit", (_code, sig) => r(sig)));
                cmd.kill(signal);
                await sleep(1_000);
                assert.ok(!alive(pack), `pack ${pack} still running 1 s after ${signal}`);
                assert.strictEqual(await exited, signal, "the command dies of the signal it got");
            } finally {
                if (pack && alive(pack)) process.kill(pack, "SIGKILL");
                if (cmd.exitCode === null && cmd.signalCode === null) cmd.kill("SIGKILL");
            }
        });
    }
});

describe("hostile cli: the pack's watchdog is one thread", function () {
    this.timeout(60_000);

    // A worker inherits `--require`: a watchdog that started in workers too started a new watcher in
    // each watcher, without end (threads and memory grew for as long as the pack ran).
    it("the pack's thread count does not grow while it runs", async () => {
        const threads = (pid: number) => Number(/Threads:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
        const pack = await PackProcess.start(path.join(ROOT, "bench", "floor-pack"));
        try {
            await sleep(1_000);
            const early = threads(pack.pid!);
            await sleep(2_000);
            assert.strictEqual(threads(pack.pid!), early);
        } finally {
            await pack.close();
        }
    });
});
