// CPU time of the reader's side of Analyze: decoding the bench stack's responses (1,000 resources) as
// the benchmark's driver (cli/analyzer.ts) reads them: the message, every not-applicable entry's name
// and reason, every diagnostic's message. Median of 5 passes after 2 warm-ups. It shows what the
// response size costs the driver, apart from the pack (the Pulumi engine decodes in Go).
//
//   node bench/decode-cpu.js [<checkout with dist/ built>] [resources]

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
const analyze = server.makeAnalyzeRpcFun(
    "sagemaker-guard",
    "0",
    "advisory",
    catalog.map((p) => toPulumiPolicy(p)),
);

(async () => {
    const responses = [];
    for (const r of generateStack(N)) {
        const q = new pb.AnalyzeRequest();
        q.setType(r.type);
        q.setName(r.name);
        q.setUrn(r.urn);
        q.setProperties(Struct.fromJavaScript(r.properties));
        q.setOptions(new pb.AnalyzerResourceOptions());
        const request = pb.AnalyzeRequest.deserializeBinary(q.serializeBinary());
        const resp = await new Promise((resolve, reject) => analyze({ request }, (err, res) => (err ? reject(err) : resolve(res))));
        responses.push(Buffer.from(resp.serializeBinary()));
    }
    const pass = () => {
        let entries = 0;
        for (const bin of responses) {
            const m = pb.AnalyzeResponse.deserializeBinary(bin);
            entries += m.getNotApplicableList().map((n) => ({ policyName: n.getPolicyName(), reason: n.getReason() })).length;
            for (const d of m.getDiagnosticsList()) d.getMessage();
        }
        return entries;
    };
    pass();
    pass();
    const cpu = [];
    for (let i = 0; i < 5; i++) {
        const c0 = process.cpuUsage();
        pass();
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
    }
    cpu.sort((a, b) => a - b);
    const bytes = responses.reduce((a, b) => a + b.length, 0);
    console.log(
        JSON.stringify({
            checkout: dir,
            resources: N,
            decodeCpuMsMedian: Math.round(cpu[2]),
            cpuMs: cpu.map(Math.round),
            bytes,
            notApplicable: pass(),
        }),
    );
})().catch((err) => {
    console.error(err);
    process.exit(1);
});
