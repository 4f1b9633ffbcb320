// What bench/analyze-cpu.js and bench/decode-cpu.js share: a built checkout's pack as the
// @pulumi/policy server's Analyze handler, in process (no gRPC, no driver), the bench stack's
// requests (bench/stack.ts, loaded with ts-node) and the median CPU time of repeated passes.

require("ts-node").register({ transpileOnly: true });
const path = require("path");
const server = require("@pulumi/policy/server");
const pb = require("@pulumi/pulumi/proto/analyzer_pb");
const { Struct } = require("google-protobuf/google/protobuf/struct_pb");
const { generateStack } = require("./stack");

/** The checkout (first argument, default this one, dist/ built) and the resource count (second, default 1,000). */
function benchArgs() {
    return { dir: path.resolve(process.argv[2] ?? path.join(__dirname, "..")), n: Number(process.argv[3] ?? 1000) };
}

/** The checkout's policies and the SDK's Analyze handler for them. */
function sdkHandler(dir) {
    const { shareDeserialization } = require(path.join(dir, "dist/policies/core/shared-deserialization"));
    const { catalog } = require(path.join(dir, "dist/policies/catalog"));
    const { toPulumiPolicy } = require(path.join(dir, "dist/policies/core/policy"));
    shareDeserialization();
    const policies = catalog.map((p) => toPulumiPolicy(p));
    return { policies, analyze: server.makeAnalyzeRpcFun("sagemaker-guard", "0", "advisory", policies) };
}

/** The bench stack's Analyze requests, serialized as gRPC carries them. */
function requestBinaries(n) {
    return generateStack(n).map((r) => {
        const q = new pb.AnalyzeRequest();
        q.setType(r.type);
        q.setName(r.name);
        q.setUrn(r.urn);
        q.setProperties(Struct.fromJavaScript(r.properties));
        q.setOptions(new pb.AnalyzerResourceOptions());
        return q.serializeBinary();
    });
}

/** The handler's response to one request, decoded afresh as gRPC gives it (the shared deserialization is keyed on the message). */
function call(analyze, bin) {
    const request = pb.AnalyzeRequest.deserializeBinary(bin);
    return new Promise((resolve, reject) => analyze({ request }, (err, resp) => (err ? reject(err) : resolve(resp))));
}

/** CPU ms of `pass` (sync or async): two warm-ups, then 5 passes; the sorted times and the last pass's result. */
async function medianCpu(pass) {
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
    return { median: Math.round(cpu[2]), cpuMs: cpu.map(Math.round), last };
}

/** Runs the script's body; an error ends the process with its message. */
function main(body) {
    body().catch((err) => {
        console.error(err);
        process.exit(1);
    });
}

module.exports = { benchArgs, sdkHandler, requestBinaries, call, medianCpu, main, pb };
