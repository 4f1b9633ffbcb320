// Issue 24, item 5: the hygiene scan stopped silently at 64 KiB of a value, 4,000 strings of a
// resource and 16 levels of nesting, so a credential past any of them was not reported. Through the
// real pack over the analyzer protocol: each planted key is reported now, and what the scan still
// does not reach (past a safety cap) is said by the advisory hygiene-not-fully-scanned, without the
// value. Before the fix the first three cases gave no hygiene-no-credentials diagnostic and the
// fourth had no advisory. That the scan's work is linear is counted in-process
// (test/unit/hygiene-scan-limits.spec.ts); here each call has only a hang guard.

import * as assert from "assert";
import { AnalyzeResult, PACK_DIR, PackProcess } from "../../cli/analyzer";

const KEY = "AKIA" + "QX7Z2KD4M5N6P3RT";
const CANARY = "c4n4ry-" + "Zq81";
const ROLE = "arn:aws:iam::111122223333:role/sm-exec";
const PIPELINE = "aws:sagemaker/pipeline:Pipeline";
const FLOW = "aws-native:bedrock:Flow";
/** A hang guard per call, far above a quiet machine's time (about 1 s for the largest input). */
const HANG_GUARD_MS = 120_000;

/** A pipeline definition of about `chars` characters of ordinary steps, with `last` as the final step's variable. */
function pipelineDefinition(chars: number, last: string): string {
    const steps: unknown[] = [];
    let n = 0;
    for (let i = 0; n < chars; i++) {
        const step = {
            Name: `Preprocess-${i}`,
            Type: "Processing",
            Arguments: {
                AppSpecification: { ImageUri: `111122223333.dkr.ecr.us-east-1.amazonaws.com/preprocess:${i}` },
                RoleArn: ROLE,
                ProcessingInputs: [{ S3Input: { S3Uri: `s3://ml-data-bucket/raw/part-${i}/` } }],
            },
        };
        n += JSON.stringify(step).length + 1;
        steps.push(step);
    }
    steps.push({ Name: "Last", Type: "Processing", Arguments: { Environment: { AWS_ACCESS_KEY_ID: last } } });
    return JSON.stringify({ Version: "2020-12-01", Steps: steps }, null, 1);
}

function nested(depth: number, leaf: unknown): unknown {
    let v = leaf;
    for (let i = 0; i < depth; i++) v = { value: v };
    return v;
}

const of = (r: AnalyzeResult, policy: string) => r.diagnostics.filter((d) => d.policyName === policy).map((d) => d.message);

describe("hostile (pack): the hygiene scan reaches the end of what AWS accepts, and says where it stops", function () {
    this.timeout(10 * HANG_GUARD_MS);
    let pack: PackProcess;
    before(async () => {
        pack = await PackProcess.start(PACK_DIR);
        await pack.configureStack({});
        await pack.configure({});
    });
    after(async () => pack?.close());

    async function analyze(type: string, properties: Record<string, unknown>): Promise<AnalyzeResult> {
        let timer: NodeJS.Timeout | undefined;
        const hang = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer in ${HANG_GUARD_MS} ms`)), HANG_GUARD_MS);
        });
        try {
            return await Promise.race([pack.analyze({ type, name: "res", properties }), hang]);
        } finally {
            clearTimeout(timer);
        }
    }

    it("a key after 64 KiB of a 1 MB pipeline definition is reported, at its line", async () => {
        const definition = pipelineDefinition(760_000, KEY);
        assert.ok(definition.length > 1_000_000 && definition.length <= 1_048_576, `${definition.length}`);
        const r = await analyze(PIPELINE, { pipelineName: "p", roleArn: ROLE, pipelineDefinition: definition });
        const lines = definition.split("\n").length;
        const found = of(r, "hygiene-no-credentials");
        assert.strictEqual(found.length, 1, found.join("\n"));
        assert.match(found[0], /`pipelineDefinition` \(line \d+\) holds an AWS access key ID/);
        const line = Number(/line (\d+)/.exec(found[0])![1]);
        assert.ok(line > lines - 10, `line ${line} of ${lines}`);
        assert.deepStrictEqual(of(r, "hygiene-not-fully-scanned"), []);
    });

    it("a key after 4,000 strings of a resource is reported", async () => {
        const nodes = Array.from({ length: 4_500 }, (_, i) => ({ name: `node${i}`, type: "Input" }));
        const r = await analyze(FLOW, { name: "f", executionRoleArn: ROLE, definition: { nodes: [...nodes, { name: "out", type: KEY }] } });
        assert.match(of(r, "hygiene-no-credentials").join("\n"), /`definition.nodes\[4500\].type` holds an AWS access key ID/);
        assert.deepStrictEqual(of(r, "hygiene-not-fully-scanned"), []);
    });

    it("a key deeper than 16 levels is reported", async () => {
        const r = await analyze(FLOW, { name: "f", executionRoleArn: ROLE, definition: nested(40, KEY) });
        assert.match(of(r, "hygiene-no-credentials").join("\n"), /`definition(\.value){40}` holds an AWS access key ID/);
        assert.deepStrictEqual(of(r, "hygiene-not-fully-scanned"), []);
    });

    it("past a safety cap, the advisory names the field and the limit, never the value", async () => {
        const long = `${CANARY} ` + "x".repeat(5 * 1024 * 1024);
        const r = await analyze(PIPELINE, { pipelineName: "p", roleArn: ROLE, pipelineDefinition: long, extra: nested(64, CANARY) });
        const advisory = of(r, "hygiene-not-fully-scanned");
        assert.strictEqual(advisory.length, 2, advisory.join("\n"));
        assert.match(advisory.join("\n"), /`pipelineDefinition` holds more than 5,242,880 characters/);
        assert.match(advisory.join("\n"), /`extra\.value\.value\.value\.value\.value\.value\.value…` nests deeper than 64 levels/);
        for (const d of r.diagnostics) assert.ok(!d.message.includes(CANARY), d.message);
        assert.ok(r.diagnostics.some((d) => d.policyName === "hygiene-not-fully-scanned" && d.enforcementLevel === "advisory"));
    });
});
