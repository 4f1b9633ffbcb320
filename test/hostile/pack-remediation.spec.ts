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

    // Not `__proto__`: google-protobuf's Struct map stores fields in a plain object, so the key is
    // lost when the request is decoded, before any code of the pack or the policy SDK runs (measured:
    // Struct.fromJavaScript / getFieldsMap never show it). An own `__proto__` key or a prototype set
    // from one would be refused (core/remediate.ts unsafeInputs); the decoded request holds neither.
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
