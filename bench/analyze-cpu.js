// CPU time of the @pulumi/policy server's own Analyze handler, in process, over the bench stack
// (bench/stack.ts, loaded with ts-node):
// every resource once per pass, responses serialized, median of 5 passes after 2 warm-ups. Less
// sensitive to a loaded machine than the spawned benchmark (no gRPC, no driver), so it shows what a
// change to the pack's Analyze path costs.
//
//   node bench/analyze-cpu.js [<checkout with dist/ built>] [resources]
//
// The checkout defaults to this one; give another (built) checkout for a before/after.

require("ts-node").register({ transpileOnly: true });
const path = require("path");
const dir = path.resolve(process.argv[2] ?? path.join(__dirname, ".."));
const N = Number(process.argv[3] ?? 1000);
const { shareDeserialization } = require(path.join(dir, "dist/policies/core/shared-deserialization"));
const { catalog } = require(path.join(dir, "dist/policies/catalog"));
const { toPulumiPolicy } = require(path.join(dir, "dist/policies/core/policy"));
const server = require("@pulumi/policy/server");
const pb = require("@pulumi/pulumi/proto/analyzer_pb");
const { Struct } = require("google-protobuf/google/protobuf/struct_pb");
const { generateStack } = require("./stack");

shareDeserialization();
const policies = catalog.map((p) => toPulumiPolicy(p));
let analyze = server.makeAnalyzeRpcFun("sagemaker-guard", "0", "advisory", policies);
// The not-applicable seam, as the pack installs it around the SDK's handler (checkouts that have it;
// BENCH_SEAM=0 measures the SDK's own handler instead).
const seamPath = path.join(dir, "dist/policies/core/not-applicable-seam.js");
let seam = false;
if (process.env.BENCH_SEAM !== "0" && require("fs").existsSync(seamPath)) {
    const { BulkNotApplicable, seamSdk } = require(seamPath);
    const sdk = seamSdk();
    if (sdk) {
        analyze = new BulkNotApplicable(sdk, "sagemaker-guard", "0", "advisory", policies, analyze).analyze;
        seam = true;
    }
}
const requests = generateStack(N).map((r) => {
    const q = new pb.AnalyzeRequest();
    q.setType(r.type);
    q.setName(r.name);
    q.setUrn(r.urn);
    q.setProperties(Struct.fromJavaScript(r.properties));
    q.setOptions(new pb.AnalyzerResourceOptions());
    return q.serializeBinary();
});

async function pass() {
    let bytes = 0;
    let notApplicable = 0;
    for (const bin of requests) {
        // A fresh message per call, as gRPC gives (the shared deserialization is keyed on it).
        const request = pb.AnalyzeRequest.deserializeBinary(bin);
        await new Promise((resolve, reject) =>
            analyze({ request }, (err, resp) => {
                if (err) return reject(err);
                bytes += resp.serializeBinary().length;
                notApplicable += resp.getNotApplicableList().length;
                resolve();
            }),
        );
    }
    return { bytes, notApplicable };
}

(async () => {
    await pass();
    await pass();
    const cpu = [];
    let last;
    for (let i = 0; i < 5; i++) {
        const c0 = process.cpuUsage();
        last = await pass();
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
    }
    cpu.sort((a, b) => a - b);
    console.log(
        JSON.stringify({ checkout: dir, seam, resources: N, cpuMsMedian: Math.round(cpu[2]), cpuMs: cpu.map(Math.round), ...last }),
    );
})().catch((err) => {
    console.error(err);
    process.exit(1);
});
