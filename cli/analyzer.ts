// The one analyzer-protocol client: starts a policy pack exactly as the Pulumi CLI's Node.js language
// host does and talks to it over gRPC with the protos shipped in @pulumi/pulumi. The engine tests,
// the benchmark and the `sagemaker-guard` command all use it.
//
// Engine behaviour reproduced here (see ../shared/reference/pulumi-engine-notes.md):
// - spawn `node <@pulumi/pulumi/cmd/run-policy-pack> <engine-address> <packDir>` with cwd = packDir,
//   and read the port from the first stdout line;
// - Configure with every policy: schema defaults, then each policy's own level, then the config
//   file (`all` sets every level), exactly as ReconcilePolicyPackConfig does;
// - unknowns and secrets encoded as the engine marshals them (sentinel strings, secret signature).

import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { signatures } from "./signatures";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** The engine's sentinel for an unknown string (the usual one: computed outputs of other resources). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
export const UNKNOWN_SENTINELS = {
    string: UNKNOWN,
    bool: "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7",
    number: "3eeb2bf0-c639-47a8-9e75-3b44932eb421",
    array: "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2",
    asset: "030794c1-ac77-496b-92df-f27374a8bd58",
    archive: "e48ece36-62e2-4504-bad9-02848725956a",
    object: "dd056dcd-154b-4c76-9bd3-c8f88648b5ff",
} as const;

/** A secret value, encoded as the engine sends it. */
export function secret(value: unknown): Record<string, unknown> {
    return { [signatures().key]: signatures().secret, value };
}

export type EnforcementLevel = "advisory" | "mandatory" | "disabled" | "remediate";
export type Severity = "" | "low" | "medium" | "high" | "critical";
const LEVELS: EnforcementLevel[] = ["advisory", "mandatory", "disabled", "remediate"];
const SEVERITIES: Severity[] = ["", "low", "medium", "high", "critical"];

export interface PolicyInfo {
    name: string;
    displayName: string;
    description: string;
    enforcementLevel: EnforcementLevel;
    severity: Severity;
    tags: string[];
    remediationSteps: string;
    url: string;
    policyType: "unknown" | "resource" | "stack";
    framework?: { name: string; version: string; reference: string; specification: string };
    configSchema: { properties: Record<string, any>; required: string[] };
}

export interface AnalyzerInfo {
    name: string;
    displayName: string;
    version: string;
    description: string;
    readme: string;
    supportsConfig: boolean;
    tags: string[];
    policies: PolicyInfo[];
}

export interface Diagnostic {
    policyName: string;
    policyPackName: string;
    policyPackVersion: string;
    description: string;
    message: string;
    enforcementLevel: EnforcementLevel;
    severity: Severity;
    /** The URN the diagnostic is about: the pack's, or the analysed resource's when the pack leaves it empty. */
    urn: string;
}

export interface NotApplicable {
    policyName: string;
    reason: string;
}

export interface AnalyzeResult {
    diagnostics: Diagnostic[];
    notApplicable: NotApplicable[];
}

/** One remediation: the resource's inputs after it (engine encoding: unknown sentinels, secret signatures). */
export interface Remediation {
    policyName: string;
    policyPackName: string;
    policyPackVersion: string;
    description: string;
    properties?: Record<string, unknown>;
    /** Set instead of `properties` when the remediation could not run (the engine shows it as an advisory). */
    diagnostic: string;
}

export interface RemediateResult {
    remediations: Remediation[];
    notApplicable: NotApplicable[];
}

export interface ResourceInput {
    type: string;
    name: string;
    /** Defaults to `urn:pulumi:<stack>::<project>::<type>::<name>`. */
    urn?: string;
    properties: Record<string, unknown>;
    parent?: string;
    dependencies?: string[];
    propertyDependencies?: Record<string, string[]>;
    provider?: { type: string; name: string; urn: string; properties: Record<string, unknown> };
}

/** The `--policy-pack-config` file format: `{ all?: level, <policy>?: level | { enforcementLevel?, ...props } }`. */
export type PolicyPackConfigFile = Record<string, EnforcementLevel | Record<string, unknown>>;

/** The effective per-policy config the engine sends with Configure. */
export type EffectiveConfig = Record<string, { enforcementLevel: EnforcementLevel; properties: Record<string, unknown> }>;

export interface StartOptions {
    env?: NodeJS.ProcessEnv;
    stack?: string;
    project?: string;
    /** Extra arguments for node, before the script (e.g. `--require` a guard). */
    nodeArgs?: string[];
}

export function urnOf(type: string, name: string, stack = "dev", project = "sagemaker-guard-test"): string {
    return `urn:pulumi:${stack}::${project}::${type}::${name}`;
}

interface Modules {
    grpc: any;
    pb: any;
    grpcPb: any;
    Struct: any;
    Empty: any;
    runPolicyPack: string;
}

function loadModules(packDir: string): Modules {
    const resolve = (m: string) => require.resolve(m, { paths: [packDir] });
    const grpcPbPath = resolve("@pulumi/pulumi/proto/analyzer_grpc_pb");
    const grpcPb = require(grpcPbPath);
    // Take Struct and Empty from @pulumi/pulumi's own google-protobuf copy: the generated
    // serializers check `instanceof` against it.
    const structPath = require.resolve("google-protobuf/google/protobuf/struct_pb", {
        paths: [path.dirname(grpcPbPath)],
    });
    return {
        grpc: require(resolve("@grpc/grpc-js")),
        pb: require(resolve("@pulumi/pulumi/proto/analyzer_pb")),
        grpcPb,
        Struct: require(structPath).Struct,
        Empty: grpcPb.AnalyzerService.getAnalyzerInfo.requestType,
        runPolicyPack: resolve("@pulumi/pulumi/cmd/run-policy-pack"),
    };
}

/** Pack processes still running: the command kills them when it is interrupted (killPackProcesses). */
const running = new Set<ChildProcess>();

/** Kills every pack process this process started and has not closed yet. */
export function killPackProcesses(): void {
    for (const p of running) p.kill("SIGKILL");
}

/** The pack's own directory (the package root): cli/ from source, dist/cli/ when compiled. */
export const PACK_DIR = [path.resolve(__dirname, ".."), path.resolve(__dirname, "..", "..")].find((d) =>
    fs.existsSync(path.join(d, "PulumiPolicy.yaml")),
)!;

/**
 * Preloaded into each pack and program the command starts (with SAGEMAKER_GUARD_PARENT_PID): the child
 * exits when this process is gone, even after a SIGKILL. A plain .js file, found from source and dist/.
 */
export const WATCHDOG = path.join(PACK_DIR, "cli", "parent-watchdog.js");

/** A running policy pack and a gRPC client connected to it. */
export class PackProcess {
    /** Milliseconds from spawn to the port line. */
    readonly startupMs: number;
    readonly stack: string;
    readonly project: string;
    private stderrText = "";
    private info?: AnalyzerInfo;

    private constructor(
        private readonly m: Modules,
        private readonly proc: ChildProcess,
        private readonly client: any,
        readonly port: number,
        startupMs: number,
        opts: StartOptions,
    ) {
        this.startupMs = startupMs;
        this.stack = opts.stack ?? "dev";
        this.project = opts.project ?? "sagemaker-guard-test";
        proc.stderr?.on("data", (d) => (this.stderrText += d.toString()));
    }

    get pid(): number | undefined {
        return this.proc.pid;
    }

    /** Everything the pack wrote to stderr so far. */
    get stderr(): string {
        return this.stderrText;
    }

    static async start(packDir: string, opts: StartOptions = {}): Promise<PackProcess> {
        const m = loadModules(packDir);
        const t0 = process.hrtime.bigint();
        const proc = spawn(process.execPath, ["--require", WATCHDOG, ...(opts.nodeArgs ?? []), m.runPolicyPack, "127.0.0.1:0", packDir], {
            cwd: packDir,
            env: {
                ...process.env,
                PULUMI_NODEJS_PROJECT: opts.project ?? "sagemaker-guard-test",
                PULUMI_NODEJS_STACK: opts.stack ?? "dev",
                PULUMI_NODEJS_ORGANIZATION: "organization",
                PULUMI_NODEJS_DRY_RUN: "true",
                PULUMI_CONFIG: "{}",
                SAGEMAKER_GUARD_PARENT_PID: String(process.pid),
                ...opts.env,
            },
            stdio: ["ignore", "pipe", "pipe"],
        });
        running.add(proc);
        proc.once("exit", () => running.delete(proc));
        let stderr = "";
        proc.stderr!.on("data", (d) => (stderr += d.toString()));
        const port = await new Promise<number>((resolve, reject) => {
            let out = "";
            const onData = (d: Buffer) => {
                out += d.toString();
                const nl = out.indexOf("\n");
                if (nl < 0) return;
                proc.stdout!.off("data", onData);
                const line = out.slice(0, nl).trim();
                const n = Number(line);
                if (!/^\d+$/.test(line) || n <= 0) reject(new Error(`policy pack wrote an invalid port to stdout: ${line}\n${stderr}`));
                else resolve(n);
            };
            proc.stdout!.on("data", onData);
            proc.once("exit", (code) => reject(new Error(`policy pack exited with code ${code} before printing its port:\n${stderr}`)));
            proc.once("error", reject);
        });
        const startupMs = Number(process.hrtime.bigint() - t0) / 1e6;
        proc.stdout!.resume();
        const client = new m.grpcPb.AnalyzerClient(`127.0.0.1:${port}`, m.grpc.credentials.createInsecure(), {
            "grpc.max_receive_message_length": 400 * 1024 * 1024,
            "grpc.max_send_message_length": 400 * 1024 * 1024,
        });
        const pack = new PackProcess(m, proc, client, port, startupMs, opts);
        pack.stderrText = stderr;
        return pack;
    }

    private call<T>(method: string, req: any): Promise<T> {
        return new Promise((resolve, reject) => this.client[method](req, (err: any, res: T) => (err ? reject(err) : resolve(res))));
    }

    async getAnalyzerInfo(): Promise<AnalyzerInfo> {
        const r: any = await this.call("getAnalyzerInfo", new this.m.Empty());
        const info: AnalyzerInfo = {
            name: r.getName(),
            displayName: r.getDisplayname(),
            version: r.getVersion(),
            description: r.getDescription(),
            readme: r.getReadme(),
            supportsConfig: r.getSupportsconfig(),
            tags: r.getTagsList(),
            policies: r.getPoliciesList().map((p: any): PolicyInfo => {
                const schema = p.getConfigschema();
                const fw = p.getFramework();
                return {
                    name: p.getName(),
                    displayName: p.getDisplayname(),
                    description: p.getDescription(),
                    enforcementLevel: LEVELS[p.getEnforcementlevel()],
                    severity: SEVERITIES[p.getSeverity()],
                    tags: p.getTagsList(),
                    remediationSteps: p.getRemediationSteps(),
                    url: p.getUrl(),
                    policyType: (["unknown", "resource", "stack"] as const)[p.getPolicyType()],
                    framework: fw
                        ? {
                              name: fw.getName(),
                              version: fw.getVersion(),
                              reference: fw.getReference(),
                              specification: fw.getSpecification(),
                          }
                        : undefined,
                    configSchema: {
                        properties: schema?.getProperties()?.toJavaScript() ?? {},
                        required: schema?.getRequiredList() ?? [],
                    },
                };
            }),
        };
        this.info = info;
        return info;
    }

    /** ConfigureStack, as the engine sends it before anything else (the pack keeps the tags). */
    async configureStack(tags: Record<string, string> = {}): Promise<void> {
        const req = new this.m.pb.AnalyzerStackConfigureRequest();
        req.setStack(this.stack);
        req.setProject(this.project);
        req.setOrganization("organization");
        req.setDryRun(true);
        for (const [k, v] of Object.entries(tags)) req.getTagsMap().set(k, v);
        await this.call("configureStack", req);
    }

    /**
     * Computes the effective config the way the engine reconciles it (schema defaults, each
     * policy's level, then the file), sends Configure with every policy, and returns it.
     */
    async configure(file: PolicyPackConfigFile = {}): Promise<EffectiveConfig> {
        const info = this.info ?? (await this.getAnalyzerInfo());
        const effective = effectiveConfig(info, file);
        const req = new this.m.pb.ConfigureAnalyzerRequest();
        const map = req.getPolicyconfigMap();
        for (const [name, c] of Object.entries(effective)) {
            const pc = new this.m.pb.PolicyConfig();
            pc.setEnforcementlevel(LEVELS.indexOf(c.enforcementLevel));
            pc.setProperties(this.m.Struct.fromJavaScript(c.properties));
            map.set(name, pc);
        }
        await this.call("configure", req);
        return effective;
    }

    private resourceRequest(r: ResourceInput, Cls: any): any {
        const req = new Cls();
        const urn = r.urn ?? urnOf(r.type, r.name, this.stack, this.project);
        req.setType(r.type);
        req.setName(r.name);
        req.setUrn(urn);
        req.setProperties(this.m.Struct.fromJavaScript(r.properties as any));
        const opts = new this.m.pb.AnalyzerResourceOptions();
        if (r.parent) opts.setParent(r.parent);
        req.setOptions(opts);
        if (r.provider) {
            const p = new this.m.pb.AnalyzerProviderResource();
            p.setType(r.provider.type);
            p.setName(r.provider.name);
            p.setUrn(r.provider.urn);
            p.setProperties(this.m.Struct.fromJavaScript(r.provider.properties as any));
            req.setProvider(p);
        }
        return req;
    }

    private toResult(res: any, defaultUrn: string): AnalyzeResult {
        return {
            diagnostics: res.getDiagnosticsList().map((d: any): Diagnostic => ({
                policyName: d.getPolicyname(),
                policyPackName: d.getPolicypackname(),
                policyPackVersion: d.getPolicypackversion(),
                description: d.getDescription(),
                message: d.getMessage(),
                enforcementLevel: LEVELS[d.getEnforcementlevel()],
                severity: SEVERITIES[d.getSeverity()],
                urn: d.getUrn() || defaultUrn,
            })),
            notApplicable: (res.getNotApplicableList?.() ?? []).map((n: any) => ({
                policyName: n.getPolicyName(),
                reason: n.getReason(),
            })),
        };
    }

    async analyze(r: ResourceInput): Promise<AnalyzeResult> {
        const req = this.resourceRequest(r, this.m.pb.AnalyzeRequest);
        return this.toResult(await this.call("analyze", req), req.getUrn());
    }

    /** AnalyzeStack with every resource; diagnostics without a URN are attributed to the root stack. */
    async analyzeStack(resources: ResourceInput[]): Promise<AnalyzeResult> {
        const req = new this.m.pb.AnalyzeStackRequest();
        req.setResourcesList(
            resources.map((r) => {
                const ar = this.resourceRequest(r, this.m.pb.AnalyzerResource);
                if (r.parent) ar.setParent(r.parent);
                ar.setDependenciesList(r.dependencies ?? []);
                const pd = ar.getPropertydependenciesMap();
                for (const [k, urns] of Object.entries(r.propertyDependencies ?? {})) {
                    const deps = new this.m.pb.AnalyzerPropertyDependencies();
                    deps.setUrnsList(urns);
                    pd.set(k, deps);
                }
                return ar;
            }),
        );
        const stackUrn = `urn:pulumi:${this.stack}::${this.project}::pulumi:pulumi:Stack::${this.project}-${this.stack}`;
        return this.toResult(await this.call("analyzeStack", req), stackUrn);
    }

    /** Remediate, as the engine calls it before Analyze: each remediation's full replacement inputs. */
    async remediate(r: ResourceInput): Promise<RemediateResult> {
        const res: any = await this.call("remediate", this.resourceRequest(r, this.m.pb.AnalyzeRequest));
        return {
            remediations: res.getRemediationsList().map((x: any): Remediation => ({
                policyName: x.getPolicyname(),
                policyPackName: x.getPolicypackname(),
                policyPackVersion: x.getPolicypackversion(),
                description: x.getDescription(),
                properties: x.getProperties()?.toJavaScript(),
                diagnostic: x.getDiagnostic(),
            })),
            notApplicable: (res.getNotApplicableList?.() ?? []).map((n: any) => ({ policyName: n.getPolicyName(), reason: n.getReason() })),
        };
    }

    /** Closes the connection and kills the pack (its gRPC server would keep it alive forever). */
    async close(): Promise<void> {
        this.client.close();
        if (this.proc.exitCode === null && this.proc.signalCode === null) {
            const exited = new Promise((r) => this.proc.once("exit", r));
            this.proc.kill("SIGKILL");
            await exited;
        }
    }
}

/** The engine's ReconcilePolicyPackConfig: defaults ← policy levels ← file (with `all`). */
export function effectiveConfig(info: AnalyzerInfo, file: PolicyPackConfigFile): EffectiveConfig {
    const all = typeof file.all === "string" ? (file.all as EnforcementLevel) : undefined;
    const out: EffectiveConfig = {};
    for (const p of info.policies) {
        const properties: Record<string, unknown> = {};
        for (const [k, schema] of Object.entries(p.configSchema.properties ?? {})) {
            if (schema && typeof schema === "object" && "default" in schema) properties[k] = structuredClone(schema.default);
        }
        let enforcementLevel = all ?? p.enforcementLevel;
        const entry = file[p.name];
        if (typeof entry === "string") enforcementLevel = entry;
        else if (entry && typeof entry === "object") {
            const { enforcementLevel: lvl, ...props } = entry as Record<string, unknown>;
            if (typeof lvl === "string") enforcementLevel = lvl as EnforcementLevel;
            Object.assign(properties, props);
        }
        out[p.name] = { enforcementLevel, properties };
    }
    return out;
}
