// Throughput of the hygiene scan (issue 24, item 5): one Analyze per resource through PackProcess,
// the whole pack as the engine runs it, on text the size of what AWS accepts. Prints, per input, the
// characters sent, the wall time of the Analyze call, MB/s, and whether the planted credential (at
// the end of the text) was reported and whether a "not fully scanned" advisory was.
// Own fixtures, written for the issue. bench/NOTES.md has the figures.
//   npx ts-node --transpile-only bench/hygiene-scan.ts [<pack dir>] [<label prefix>]
import * as fs from "fs";
import { PACK_DIR, PackProcess } from "../cli/analyzer";

const dir = process.argv[2] ?? PACK_DIR;
const only = process.argv[3];
const KEY = "AKIAQX7Z2KD4M5N6P3RT";
const ROLE = "arn:aws:iam::111122223333:role/sm-exec";

/** A SageMaker pipeline definition of about `chars` characters: steps with names, images, S3 URIs, then the key. */
function pipelineDefinition(chars: number): string {
    const steps: unknown[] = [];
    let n = 0;
    for (let i = 0; n < chars - 400; i++) {
        const step = {
            Name: `Preprocess-${i}`,
            Type: "Processing",
            Arguments: {
                ProcessingResources: { ClusterConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 1, VolumeSizeInGB: 30 } },
                AppSpecification: {
                    ImageUri: `111122223333.dkr.ecr.us-east-1.amazonaws.com/preprocess:${i}`,
                    ContainerArguments: ["--split", "0.2"],
                },
                RoleArn: ROLE,
                ProcessingInputs: [
                    { InputName: "raw", S3Input: { S3Uri: `s3://ml-data-bucket/raw/part-${i}/`, LocalPath: "/opt/ml/processing/input" } },
                ],
                Environment: { STAGE: "prod", LOG_LEVEL: "info" },
            },
        };
        const s = JSON.stringify(step);
        n += s.length + 1;
        steps.push(step);
    }
    steps.push({ Name: "Last", Type: "Processing", Arguments: { Environment: { AWS_ACCESS_KEY_ID: KEY } } });
    return JSON.stringify({ Version: "2020-12-01", Parameters: [], Steps: steps });
}

/** CPU milliseconds (user + system) the pack process has used: the wall time is inflated on a shared machine. */
function cpuMs(pid: number | undefined): number {
    if (!pid) return NaN;
    const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
}

function nested(depth: number, leaf: unknown): unknown {
    let v = leaf;
    for (let i = 0; i < depth; i++) v = { value: v };
    return v;
}

const inputs: [string, string, Record<string, unknown>][] = [
    ...[64 * 1024, 256 * 1024, 1024 * 1024].map((n): [string, string, Record<string, unknown>] => [
        `pipeline definition ${n / 1024} KiB`,
        "aws:sagemaker/pipeline:Pipeline",
        { pipelineName: "p", roleArn: ROLE, pipelineDefinition: pipelineDefinition(n) },
    ]),
    [
        "flow inline code 5,000,000 chars (the largest AWS field)",
        "aws-native:bedrock:Flow",
        {
            name: "f",
            executionRoleArn: ROLE,
            definition: {
                nodes: [
                    {
                        name: "code",
                        type: "InlineCode",
                        configuration: {
                            inlineCode: {
                                code: pipelineDefinition(4_999_000 - 60).slice(0, 4_999_900) + ` k = "${KEY}"`,
                                language: "Python_3",
                            },
                        },
                    },
                ],
            },
        },
    ],
    [
        "8,000 strings (a key last)",
        "aws-native:bedrock:Flow",
        {
            name: "f",
            executionRoleArn: ROLE,
            definition: {
                nodes: Array.from({ length: 8000 }, (_, i) => ({ name: `node${i}`, type: "Input" })).concat([
                    { name: KEY, type: "Output" },
                ]),
            },
        },
    ],
    ["40 levels deep (a key at the bottom)", "aws-native:bedrock:Flow", { name: "f", executionRoleArn: ROLE, definition: nested(40, KEY) }],
];

(async () => {
    const pack = await PackProcess.start(dir);
    await pack.configureStack({});
    await pack.configure({});
    // Warm-up: the first Analyze loads the detectors' lazy parts.
    await pack.analyze({
        type: "aws:sagemaker/pipeline:Pipeline",
        name: "warm",
        properties: { pipelineDefinition: pipelineDefinition(4096) },
    });
    for (const [label, type, properties] of inputs) {
        if (only && !label.startsWith(only)) continue;
        const chars = JSON.stringify(properties).length;
        const times: number[] = [];
        const cpu: number[] = [];
        let found = false;
        let limited = false;
        for (let run = 0; run < 3; run++) {
            const t = process.hrtime.bigint();
            const c = cpuMs(pack.pid);
            const r = await pack.analyze({ type, name: "res", properties });
            times.push(Number(process.hrtime.bigint() - t) / 1e6);
            cpu.push(cpuMs(pack.pid) - c);
            found = r.diagnostics.some((d) => d.policyName === "hygiene-no-credentials");
            limited = r.diagnostics.some((d) => d.policyName === "hygiene-not-fully-scanned");
        }
        const ms = times.sort((a, b) => a - b)[1];
        const cms = cpu.sort((a, b) => a - b)[1];
        console.log(
            `${label} (${chars} chars): wall ${ms.toFixed(0)} ms, pack CPU ${cms.toFixed(0)} ms (medians of 3), ${(chars / 1e6 / (cms / 1000)).toFixed(2)} MB/s of pack CPU; key reported: ${found ? "yes" : "NO"}; "not fully scanned": ${limited ? "yes" : "no"}`,
        );
    }
    await pack.close();
    process.exit(0);
})();
