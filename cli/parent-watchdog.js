// Preloaded (`node --require`) into the policy pack the command starts: ends the pack as soon as the
// command that started it is gone, even when the command was killed with SIGKILL (no handler runs)
// and even while the pack's main thread is busy in a policy (a worker thread does the watching).
"use strict";
// Only a direct child watches: the variable is inherited by processes a program starts in turn.
const parent = Number(process.env.SAGEMAKER_GUARD_PARENT_PID);
if (parent > 0 && process.ppid === parent) {
    const { Worker } = require("worker_threads");
    const watcher = new Worker(
        `const { workerData: parent } = require("worker_threads");
        const tick = new Int32Array(new SharedArrayBuffer(4));
        for (;;) {
            if (process.ppid !== parent) process.kill(process.pid, "SIGKILL");
            Atomics.wait(tick, 0, 0, 100);
        }`,
        { eval: true, workerData: parent },
    );
    watcher.unref();
}
