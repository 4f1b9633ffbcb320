// Auto-fixes on hostile and careless inputs (issue 24, item 4), through the real pack over the
// analyzer protocol (Remediate, then Analyze on its result, as the engine does):
// - keys named `__isSpecialProxy` / `__getSpecialProxyTarget` made the SDK's serializer replace a
//   whole map (or turn it into "" or null): such a resource is not remediated, and the violation
//   says why;
// - an exemption that Analyze reports as not used (no approver on a blanket pattern, an impossible
//   date) blocked the fix;
// - the KMS rotation fix changed an aws-native key whose `origin` is unknown (imported key material
//   cannot rotate: the deploy would fail);
// - a null in a tuning job's `trainingJobDefinitions` left a violation after the fix.

import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { PACK_DIR, PackProcess, PolicyPackConfigFile, UNKNOWN } from "../../cli/analyzer";
import { structLostProtoKey } from "../../policies/core/shared-deserialization";

type Props = Record<string, unknown>;
const AUTOFIX = JSON.parse(fs.readFileSync(path.join(PACK_DIR, "profiles", "autofix.json"), "utf8")) as PolicyPackConfigFile;
const NOTEBOOK = "aws:sagemaker/notebookInstance:NotebookInstance";
const ROOT = "sagemaker-notebook-no-root-access";

const notebook = (extra: Props = {}): Props => ({
    instanceType: "ml.t3.medium",
    roleArn: "arn:aws:iam::111122223333:role/nb",
    directInternetAccess: "Disabled",
    instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "2" },
    ...extra,
});

describe("hostile (pack): auto-fixes change the declared field or nothing", function () {
    this.timeout(120_000);
    let pack: PackProcess;
    before(async () => {
        pack = await PackProcess.start(PACK_DIR, { project: "test" });
        await pack.getAnalyzerInfo();
        await pack.configure(AUTOFIX);
    });
    after(async () => pack?.close());

    // `__proto__`: google-protobuf keeps a Struct's fields in a plain object, so a field of that name
    // sent by the engine is lost when the request is decoded, before any code of the SDK or the pack
    // runs; only the store's changed prototype remains (core/shared-deserialization.ts). The request is
    // sent as the engine sends it: the bytes of a Struct with a `__proto__` field (a same-length key
    // replaced in the encoded request; the client's own encoder cannot write that key either).
    describe("a `__proto__` key, as the engine sends it", () => {
        type Req = { serializeBinary(): Uint8Array };
        type Caller = { call(method: string, req: Req): Promise<unknown> };
        /** Runs `f` with every request's bytes patched: `__protoX_` becomes `__proto__`. */
        async function withProtoKey<T>(f: () => Promise<T>): Promise<T> {
            const p = pack as unknown as Caller;
            const call = p.call.bind(pack);
            p.call = (method, req) => {
                const bytes = Buffer.from(req.serializeBinary());
                for (let i = bytes.indexOf("__protoX_"); i !== -1; i = bytes.indexOf("__protoX_", i + 1)) bytes.write("__proto__", i);
                req.serializeBinary = () => bytes;
                return call(method, req);
            };
            try {
                return await f();
            } finally {
                delete (p as Partial<Caller>).call;
            }
        }

        it("is dropped in decoding: the pack cannot see or return it (observed in process, the same decoder)", () => {
            const { Struct } =
                require("google-protobuf/google/protobuf/struct_pb") as typeof import("google-protobuf/google/protobuf/struct_pb");
            const bytes = Buffer.from(Struct.fromJavaScript({ tags: { team: "a", __protoX_: "x" } }).serializeBinary());
            bytes.write("__proto__", bytes.indexOf("__protoX_"));
            const decoded = Struct.deserializeBinary(new Uint8Array(bytes));
            assert.deepStrictEqual(decoded.toJavaScript(), { tags: { team: "a" } }, "the key is gone after decoding");
            assert.strictEqual(structLostProtoKey(decoded), true, "what remains: the field store's prototype");
            assert.strictEqual(structLostProtoKey(Struct.fromJavaScript({ tags: { team: "a", __protoX_: "x" } })), false);
        });

        it("no remediation is returned (it would delete the key), and the violation says why", async () => {
            const input = { type: NOTEBOOK, name: "nb-proto", properties: notebook({ tags: { team: "a", __protoX_: "x" } }) };
            // Positive control: the same resource without the patch is fixed.
            const control = await pack.remediate(input);
            assert.ok(control.remediations.some((x) => x.policyName === ROOT));
            const r = await withProtoKey(() => pack.remediate(input));
            assert.deepStrictEqual(
                r.remediations.map((x) => x.policyName),
                [],
                "no policy returns a remediation",
            );
            const a = await withProtoKey(() => pack.analyze(input));
            const v = a.diagnostics.find((d) => d.policyName === ROOT);
            assert.match(
                v?.message ?? "",
                /Not fixed automatically: the inputs held a `__proto__` key, which was dropped when the request was decoded/,
            );
        });
    });

    for (const key of ["__isSpecialProxy", "__getSpecialProxyTarget"]) {
        it(`a key named ${key} in the tags: no change, and the violation says why`, async () => {
            const tags = JSON.parse(`{"team": "a", "${key}": {"x": "1"}}`);
            const input = { type: NOTEBOOK, name: `nb-${key}`, properties: notebook({ tags }) };
            const r = await pack.remediate(input);
            assert.deepStrictEqual(
                r.remediations.filter((x) => x.policyName === ROOT),
                [],
                "the resource is not remediated",
            );
            const a = await pack.analyze(input);
            const v = a.diagnostics.find((d) => d.policyName === ROOT);
            assert.ok(v, "the violation stays");
            assert.match(v!.message, /Not fixed automatically: the inputs hold a (key named `__\w+`|`__proto__` key)/);
        });
    }

    it("an exemption Analyze reports as not used does not block the fix", async () => {
        for (const exemption of [
            { resource: "*", reason: "legacy" }, // a blanket pattern without an approver
            { resource: "nb-ex", reason: "legacy", expires: "2026-02-30" }, // an impossible date
        ]) {
            await pack.configure({ ...AUTOFIX, [ROOT]: { enforcementLevel: "remediate", exemptions: [exemption] } as never });
            const r = await pack.remediate({ type: NOTEBOOK, name: "nb-ex", properties: notebook() });
            assert.ok(
                r.remediations.some((x) => x.policyName === ROOT && (x.properties as Props).rootAccess === "Disabled"),
                JSON.stringify(exemption),
            );
        }
        await pack.configure(AUTOFIX);
    });

    it("the KMS rotation fix skips an aws-native key whose origin is unknown, and says so", async () => {
        const input = { type: "aws-native:kms:Key", name: "k", properties: { origin: UNKNOWN, enableKeyRotation: false } };
        const r = await pack.remediate(input);
        assert.deepStrictEqual(
            r.remediations.filter((x) => x.policyName === "kms-key-rotation-enabled"),
            [],
        );
        const a = await pack.analyze(input);
        const v = a.diagnostics.find((d) => d.policyName === "kms-key-rotation-enabled");
        assert.match(v?.message ?? "", /Not fixed automatically: `origin` is unknown until apply/);
        // A known AWS_KMS origin is still fixed.
        const known = await pack.remediate({ ...input, properties: { origin: "AWS_KMS", enableKeyRotation: false } });
        assert.ok(known.remediations.some((x) => x.policyName === "kms-key-rotation-enabled"));
    });

    it("a null in a tuning job's trainingJobDefinitions: no violation left after the fix", async () => {
        const definition = {
            roleArn: "arn:aws:iam::111122223333:role/t",
            algorithmSpecification: { trainingImage: "111122223333.dkr.ecr.us-east-1.amazonaws.com/x:1", trainingInputMode: "File" },
            outputDataConfig: { s3OutputPath: "s3://b/out", kmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/k" },
            resourceConfig: { instanceCount: 2, instanceType: "ml.m5.xlarge", volumeSizeInGb: 10 },
            stoppingCondition: { maxRuntimeInSeconds: 3600 },
        };
        const input = {
            type: "aws:sagemaker/hyperParameterTuningJob:HyperParameterTuningJob",
            name: "tune",
            properties: { hyperParameterTuningJobName: "tune", trainingJobDefinitions: [null, definition] },
        };
        const r = await pack.remediate(input);
        let props = input.properties as Props;
        for (const x of r.remediations) props = x.properties as Props;
        const a = await pack.analyze({ ...input, properties: props });
        const remediated = new Set(r.remediations.map((x) => x.policyName));
        assert.ok(remediated.has("sagemaker-job-inter-container-encryption"), [...remediated].join(", "));
        assert.deepStrictEqual(
            a.diagnostics.filter((d) => remediated.has(d.policyName)).map((d) => `${d.policyName}: ${d.message.split("\n")[0]}`),
            [],
        );
    });
});
