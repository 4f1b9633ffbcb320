// CPU time of the reader's side of Analyze: decoding the bench stack's responses (1,000 resources) as
// the benchmark's driver (cli/analyzer.ts) reads them: the message, every not-applicable entry's name
// and reason, every diagnostic's message. Median of 5 passes after 2 warm-ups. It shows what the
// response size costs the driver, apart from the pack (the Pulumi engine decodes in Go).
//
//   node bench/decode-cpu.js [<checkout with dist/ built>] [resources]

const { benchArgs, sdkHandler, requestBinaries, call, medianCpu, main, pb } = require("./in-process");

main(async () => {
    const { dir, n } = benchArgs();
    const { analyze } = sdkHandler(dir);
    const responses = [];
    for (const bin of requestBinaries(n)) responses.push(Buffer.from((await call(analyze, bin)).serializeBinary()));
    const pass = () => {
        let entries = 0;
        for (const bin of responses) {
            const m = pb.AnalyzeResponse.deserializeBinary(bin);
            entries += m.getNotApplicableList().map((x) => ({ policyName: x.getPolicyName(), reason: x.getReason() })).length;
            for (const d of m.getDiagnosticsList()) d.getMessage();
        }
        return entries;
    };
    const { median, cpuMs, last } = await medianCpu(pass);
    const bytes = responses.reduce((a, b) => a + b.length, 0);
    console.log(JSON.stringify({ checkout: dir, resources: n, decodeCpuMsMedian: median, cpuMs, bytes, notApplicable: last }));
});
