// Preloaded (`node --require`) into the policy pack the command starts: ends the pack as soon as the
// command that started it is gone, even when the command was killed with SIGKILL (no handler runs)
// and even while the pack's main thread is busy in a policy (a worker thread does the watching).
"use strict";
// Only a direct child watches: the variable is inherited by processes a program starts in turn. Only
// the main thread: a worker inherits `--require` and NODE_OPTIONS, so the watcher (and any worker the
// program starts) would otherwise start a watcher of its own, and so on without end (about 120 MB a
// second, measured by bench/run.ts as the packs' peak memory).
const { isMainThread, Worker } = require("worker_threads");
const parent = Number(process.env.SAGEMAKER_GUARD_PARENT_PID);
if (isMainThread && parent > 0 && process.ppid === parent) {
    const watcher = new Worker(
        `const { workerData: parent } = require("worker_threads");
        const tick = new Int32Array(new SharedArrayBuffer(4));
        for (;;) {
            if (process.ppid !== parent) process.kill(process.pid, "SIGKILL");
            Atomics.wait(tick, 0, 0, 100);
        }`,
        { eval: true, workerData: parent, execArgv: [] },
    );
    watcher.unref();
}
