// CPU time of the @pulumi/policy server's own Analyze handler, in process, over the bench stack
// (bench/stack.ts): every resource once per pass, responses serialized, median of 5 passes after 2
// warm-ups. Less sensitive to a loaded machine than the spawned benchmark (no gRPC, no driver), so it
// shows what a change to the pack's Analyze path costs.
//
//   node bench/analyze-cpu.js [<checkout with dist/ built>] [resources]
//
// The checkout defaults to this one; give another (built) checkout for a before/after.

const fs = require("fs");
const path = require("path");
const { benchArgs, sdkHandler, requestBinaries, call, medianCpu, main } = require("./in-process");

main(async () => {
    const { dir, n } = benchArgs();
    const { policies, analyze: sdkAnalyze } = sdkHandler(dir);
    let analyze = sdkAnalyze;
    // The not-applicable seam, as the pack installs it around the SDK's handler (checkouts that have it;
    // BENCH_SEAM=0 measures the SDK's own handler instead).
    const seamPath = path.join(dir, "dist/policies/core/not-applicable-seam.js");
    let seam = false;
    if (process.env.BENCH_SEAM !== "0" && fs.existsSync(seamPath)) {
        const { BulkNotApplicable, seamSdk } = require(seamPath);
        const sdk = seamSdk();
        if (sdk) {
            analyze = new BulkNotApplicable(sdk, "sagemaker-guard", "0", "advisory", policies, analyze).analyze;
            seam = true;
        }
    }
    const requests = requestBinaries(n);
    const pass = async () => {
        let bytes = 0;
        let notApplicable = 0;
        for (const bin of requests) {
            const resp = await call(analyze, bin);
            bytes += resp.serializeBinary().length;
            notApplicable += resp.getNotApplicableList().length;
        }
        return { bytes, notApplicable };
    };
    const { median, cpuMs, last } = await medianCpu(pass);
    console.log(JSON.stringify({ checkout: dir, seam, resources: n, cpuMsMedian: median, cpuMs, ...last }));
});
