// Hostile inputs for the `sagemaker-guard` command, written to a temporary directory, and a runner
// that times each run. Shared by test/hostile/cli-*.spec.ts and test/hostile/measure-cli.ts.

import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const BIN = path.join(ROOT, "cli", "bin.js");
export const SLOW_PACK = path.join(__dirname, "fixtures", "slow-pack");

// The engine's signatures, from the SDK that defines them (not from the command under test).
const rpc = require("@pulumi/pulumi/runtime/rpc");
const SIG = rpc.specialSigKey;
export const SIGS = {
    secret: rpc.specialSecretSig,
    resource: rpc.specialResourceSig,
    outputValue: rpc.specialOutputValueSig,
    asset: rpc.specialAssetSig,
    archive: rpc.specialArchiveSig,
    // Only the engine's JSON has these two (pulumi/pulumi sdk/go/common/resource/sig/sig.go, pkg/resource/stack/deployment.go).
    byteString: "803fd3297a5875dc03ca845dda5d2a98",
    float: "8ad145fe-0d11-4827-bfd7-1abcbf086f5c",
};
export const sig = (s: string, rest: Record<string, unknown>) => ({ [SIG]: s, ...rest });

export function tmpdir(): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), "sg-hostile-"));
}

export interface Run {
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
    ms: number;
}

/** Runs the command with a wall-clock bound (the run is killed, and the test fails, past it). */
export function cli(args: string[], opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv; input?: string } = {}): Run {
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [BIN, ...args], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1", ...opts.env },
        timeout: opts.timeoutMs ?? 60_000,
        killSignal: "SIGKILL",
        input: opts.input,
        maxBuffer: 512 * 1024 * 1024,
    });
    return { code: r.status, signal: r.signal, stdout: r.stdout ?? "", stderr: r.stderr ?? "", ms: Date.now() - t0 };
}

/** Runs a shell pipeline around the command (`$SG` is the command); the exit code is the command's. */
export function shell(script: string, timeoutMs = 60_000): Run {
    const t0 = Date.now();
    const r = spawnSync("bash", ["-c", `${script}; exit \${PIPESTATUS[0]}`], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1", SG: `${process.execPath} ${BIN}` },
        timeout: timeoutMs,
        killSignal: "SIGKILL",
    });
    return { code: r.status, signal: r.signal, stdout: r.stdout ?? "", stderr: r.stderr ?? "", ms: Date.now() - t0 };
}

export { spawn };

// ---------------------------------------------------------------- state files

const STACK = "urn:pulumi:prod::clinical";
const urn = (type: string, name: string) => `${STACK}::${type}::${name}`;
const NOTEBOOK = "aws:sagemaker/notebookInstance:NotebookInstance";

/** A `pulumi stack export` with the given resources after the root stack and the default provider. */
export function stateExport(resources: Record<string, unknown>[]): Record<string, unknown> {
    return {
        version: 3,
        deployment: {
            manifest: { time: "2026-01-05T10:00:00Z", magic: "x", version: "v3.248.0" },
            resources: [
                { urn: urn("pulumi:pulumi:Stack", "clinical-prod"), custom: false, type: "pulumi:pulumi:Stack" },
                {
                    urn: urn("pulumi:providers:aws", "default_7_48_0"),
                    custom: true,
                    id: "a1b2",
                    type: "pulumi:providers:aws",
                    inputs: { region: "us-east-1", __internal: { x: 1 } },
                    outputs: { region: "us-east-1" },
                },
                ...resources,
            ],
        },
    };
}

export function notebook(name: string, props: Record<string, unknown>): Record<string, unknown> {
    const inputs = { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::111122223333:role/nb", ...props };
    return {
        urn: urn(NOTEBOOK, name),
        custom: true,
        id: name,
        type: NOTEBOOK,
        provider: `${urn("pulumi:providers:aws", "default_7_48_0")}::a1b2`,
        inputs,
        outputs: inputs,
    };
}

/**
 * Every signature a stack export holds, in the shapes `pulumi stack export` writes them
 * (pkg/resource/stack/deployment.go SerializePropertyValue) and the older shapes it still reads.
 */
export function stateWithEverySignature(): Record<string, unknown> {
    const role = urn("aws:iam/role:Role", "nb-role");
    const key = urn("aws:kms/key:Key", "nb-key");
    const component = urn("my:ml:Workspace", "ws");
    return stateExport([
        {
            urn: role,
            custom: true,
            id: "nb-role",
            type: "aws:iam/role:Role",
            inputs: { assumeRolePolicy: '{"Version":"2012-10-17","Statement":[]}', __defaults: ["name"] },
            outputs: { arn: "arn:aws:iam::111122223333:role/nb-role" },
        },
        { urn: component, custom: false, type: "my:ml:Workspace", outputs: {} },
        notebook("refs-notebook", {
            // resource references: custom with an id, custom with an unknown id, a component (URN only),
            // and the id-as-object shapes an older CLI wrote
            roleArn: sig(SIGS.resource, { urn: role, id: "arn:aws:iam::111122223333:role/nb-role", packageVersion: "7.48.0" }),
            kmsKeyId: sig(SIGS.resource, { urn: key, id: "", packageVersion: "7.48.0" }),
            tags: {
                workspace: sig(SIGS.resource, { urn: component, packageVersion: "" }),
                legacyId: sig(SIGS.resource, { urn: role, id: { V: "nb-role" } }),
                legacyComponent: sig(SIGS.resource, { urn: component, id: { V: null } }),
                legacyUnknown: sig(SIGS.resource, { urn: key, id: { V: {} } }),
                // output values: known, unknown, secret, secret and unknown
                known: sig(SIGS.outputValue, { value: "team-a", dependencies: [role] }),
                unknown: sig(SIGS.outputValue, { dependencies: [key] }),
                secretOutput: sig(SIGS.outputValue, { value: "s3cr3t-output", secret: true }),
                secretUnknown: sig(SIGS.outputValue, { secret: true }),
                // secrets: encrypted, --show-secrets, and the RPC shape
                cipher: sig(SIGS.secret, { ciphertext: "v1:AAAA" }),
                plain: sig(SIGS.secret, { plaintext: '"plain-secret"' }),
                rpc: sig(SIGS.secret, { value: "rpc-secret" }),
                bytes: sig(SIGS.byteString, { value: Buffer.from("caf\u00e9").toString("base64") }),
            },
            directInternetAccess: "Enabled",
            rootAccess: "Enabled",
            volumeSizeInGb: sig(SIGS.float, { value: "7ff0000000000000" }),
            lifecycleConfigName: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
            __defaults: [],
        }),
        {
            urn: urn("aws:lambda/function:Function", "fn"),
            custom: true,
            id: "fn",
            type: "aws:lambda/function:Function",
            inputs: {
                code: sig(SIGS.archive, {
                    hash: "aa",
                    assets: {
                        "index.js": sig(SIGS.asset, { hash: "bb", text: "exports.handler = () => 1;" }),
                        "empty.txt": sig(SIGS.asset, { hash: "cc" }),
                        lib: sig(SIGS.archive, { hash: "dd", path: "./lib" }),
                    },
                }),
                layerZip: sig(SIGS.archive, { hash: "ee" }),
                remote: sig(SIGS.archive, { uri: "https://example.com/a.zip" }),
                file: sig(SIGS.asset, { hash: "ff", path: "./x.txt" }),
                role: sig(SIGS.resource, { urn: role, id: "nb-role" }),
            },
            outputs: { arn: "arn:aws:lambda:us-east-1:111122223333:function:fn" },
        },
    ]);
}

// ---------------------------------------------------------------- event logs

export interface PolicyEventInput {
    resourceUrn?: unknown;
    message?: unknown;
    policyName?: unknown;
    policyPackName?: unknown;
    policyPackVersion?: unknown;
    enforcementLevel?: unknown;
    severity?: unknown;
    [k: string]: unknown;
}

/** An engine event log: a prelude, one policy event per input, and a summary. */
export function eventLog(events: PolicyEventInput[], opts: { stack?: string } = {}): string {
    const stack = opts.stack ?? "dev";
    const lines: string[] = [JSON.stringify({ sequence: 0, timestamp: 1767607200, preludeEvent: { config: {} } })];
    events.forEach((e, i) => {
        lines.push(
            JSON.stringify({
                sequence: i + 1,
                timestamp: 1767607201,
                policyEvent: {
                    resourceUrn: `urn:pulumi:${stack}::clinical::${NOTEBOOK}::nb-${i}`,
                    message: "A notebook has direct internet access.\nFix: set `directInternetAccess` to `Disabled`",
                    color: "never",
                    policyName: "sagemaker-notebook-no-direct-internet",
                    policyPackName: "sagemaker-guard",
                    policyPackVersion: "0.1.0",
                    policyPackVersionTag: "0.1.0",
                    enforcementLevel: "mandatory",
                    severity: "high",
                    ...e,
                },
            }),
        );
    });
    lines.push(
        JSON.stringify({
            sequence: events.length + 1,
            timestamp: 1767607300,
            summaryEvent: { PolicyPacks: { "sagemaker-guard": "0.1.0" } },
        }),
    );
    return lines.join("\n") + "\n";
}

/** `n` findings spread over resources and policies, as a big preview writes them. */
export function manyFindings(n: number): PolicyEventInput[] {
    const policies = ["sagemaker-notebook-no-direct-internet", "sagemaker-notebook-no-root-access", "kms-key-rotation-enabled"];
    return Array.from({ length: n }, (_, i) => ({
        resourceUrn: `urn:pulumi:dev::clinical::${NOTEBOOK}::nb-${i}`,
        policyName: policies[i % policies.length],
        enforcementLevel: i % 2 ? "advisory" : "mandatory",
    }));
}

export function write(dir: string, name: string, data: string | Buffer | object): string {
    const f = path.join(dir, name);
    fs.writeFileSync(f, typeof data === "string" || Buffer.isBuffer(data) ? data : JSON.stringify(data, null, 2));
    return f;
}

export function utf16(text: string, endian: "le" | "be"): Buffer {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    if (endian === "le") return le;
    const be = Buffer.from(le);
    be.swap16();
    return be;
}

export function mkfifo(dir: string): string {
    const f = path.join(dir, "fifo.json");
    spawnSync("mkfifo", [f]);
    return f;
}

/** Whether a process is running (a zombie waiting to be reaped is not). */
export function alive(pid: number): boolean {
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
    } catch {
        return false;
    }
}

/** The PIDs of the live children of a process (Linux /proc). */
export function childrenOf(pid: number): number[] {
    const out: number[] = [];
    for (const d of fs.readdirSync("/proc")) {
        if (!/^\d+$/.test(d)) continue;
        try {
            const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
            const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
            if (ppid === pid) out.push(Number(d));
        } catch {
            // gone
        }
    }
    return out;
}

export function cmdline(pid: number): string {
    try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
    } catch {
        return "";
    }
}

/** A large event log (cli-report-large.spec and bench/report-large.ts): one prelude line, `n` policy events (three policies in turn), one summary line. */
export function writeLargeLog(file: string, n: number): number {
    const fd = fs.openSync(file, "w");
    const one = eventLog(manyFindings(1)).split("\n");
    fs.writeSync(fd, one[0] + "\n");
    const event = JSON.parse(one[1]);
    let batch = "";
    for (let i = 0; i < n; i++) {
        event.sequence = i + 1;
        event.policyEvent.resourceUrn = `urn:pulumi:dev::clinical::aws:sagemaker/notebookInstance:NotebookInstance::nb-${i}`;
        event.policyEvent.policyName = [
            "sagemaker-notebook-no-direct-internet",
            "sagemaker-notebook-no-root-access",
            "kms-key-rotation-enabled",
        ][i % 3];
        batch += JSON.stringify(event) + "\n";
        if (batch.length > 1 << 22) {
            fs.writeSync(fd, batch);
            batch = "";
        }
    }
    fs.writeSync(fd, batch + one[2] + "\n");
    fs.closeSync(fd);
    return fs.statSync(file).size;
}
