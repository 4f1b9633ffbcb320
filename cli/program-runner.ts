// The engine's side of a program run, for `scan --program`: a resource monitor and an engine served
// over gRPC in this process, that the program's own `@pulumi/pulumi/cmd/run` connects to, exactly as
// it connects to the Pulumi CLI's during `pulumi preview` (see cli/program.ts for how it is started).
//
// The monitor answers as the SDK's mocks do in preview: every registration gets its URN, no id and its
// inputs back as state, so every other output stays unknown, as at a first `pulumi preview`. It records
// the full RegisterResourceRequest: inputs exactly as the engine receives them (unknown outputs as the
// unknown sentinel, secrets with the secret signature), parent, dependencies, property dependencies
// and the source position the SDK reports. Invokes get plausible answers (cli/mock-invokes.ts).
//
// None of this code runs inside the program's process, so the program's loader settings (ESM,
// `--loader ts-node/esm`, its tsconfig) never apply to it.

import * as path from "path";
import { mockCall } from "./mock-invokes";
import { signatures } from "./signatures";

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface RecordedResource {
    urn: string;
    type: string;
    name: string;
    custom: boolean;
    parent?: string;
    provider?: string;
    /** The package version the SDK asked for (`pulumi:providers:<pkg>` default provider name). */
    version?: string;
    inputs: Record<string, unknown>;
    dependencies: string[];
    propertyDependencies: Record<string, string[]>;
    /** Where the SDK says the resource was declared (SDKs that report it), as a file path. */
    source?: { file: string; line: number; column: number };
}

export interface LogEntry {
    severity: "debug" | "info" | "warning" | "error";
    message: string;
    urn?: string;
}

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const ROOT_STACK_TYPE = "pulumi:pulumi:Stack";
const SEVERITIES: LogEntry["severity"][] = ["debug", "info", "warning", "error"];

/**
 * What this monitor tells the SDK it supports. "outputValues" is off, as in the SDK's mocks, so inputs
 * arrive as plain values with sentinels; "transforms" and hooks need callback servers it does not run.
 */
const FEATURES = new Set(["secrets", "resourceReferences", "deletedWith", "replaceWith", "aliasSpecs", "parameterization"]);

/** Resource references become what the engine sends a provider that does not take them: the id (custom) or the URN. */
function downgradeRefs(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(downgradeRefs);
    if (node === null || typeof node !== "object") return node;
    const o = node as Record<string, unknown>;
    if (o[signatures().key] === signatures().resource) {
        if ("id" in o) return typeof o.id === "string" && o.id !== "" ? o.id : UNKNOWN;
        return o.urn;
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = downgradeRefs(v);
    return out;
}

/** Invoke arguments as a provider function sees them: secrets unwrapped. */
function plain(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(plain);
    if (node === null || typeof node !== "object") return node;
    const o = node as Record<string, unknown>;
    if (o[signatures().key] === signatures().secret) return plain(o.value);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = plain(v);
    return out;
}

function sourceOf(req: any): RecordedResource["source"] {
    const pos = req.getSourceposition?.();
    const uri: string | undefined = pos?.getUri();
    if (!uri) return undefined;
    // Some SDK versions join the program directory and an ES module's file: URL into one URI.
    const last = uri.lastIndexOf("file:");
    let file = uri;
    try {
        if (last >= 0) file = require("url").fileURLToPath(uri.slice(last));
    } catch {
        return undefined;
    }
    return { file, line: pos.getLine(), column: pos.getColumn() };
}

/** A resource monitor and an engine on one local port, for one program run. */
export class MockEngine {
    readonly resources: RecordedResource[] = [];
    readonly logs: LogEntry[] = [];
    private readonly states = new Map<string, { urn: string; id: string | null; state: unknown }>();
    private server: any;
    private rootUrn = "";

    constructor(
        private readonly project: string,
        private readonly stack: string,
        private readonly onLog: (entry: LogEntry) => void = () => undefined,
        private readonly onRegistered: (count: number) => void = () => undefined,
    ) {}

    /** Starts serving; resolves to the address the program connects to. */
    async start(): Promise<string> {
        // The gRPC library and protobuf classes of the SDK whose protos these are.
        const sdkDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
        const grpc = require(require.resolve("@grpc/grpc-js", { paths: [sdkDir] }));
        const resrpc = require("@pulumi/pulumi/proto/resource_grpc_pb");
        const resproto = require("@pulumi/pulumi/proto/resource_pb");
        const engrpc = require("@pulumi/pulumi/proto/engine_grpc_pb");
        const engproto = require("@pulumi/pulumi/proto/engine_pb");
        const provproto = require("@pulumi/pulumi/proto/provider_pb");
        const { Struct } = require(require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [sdkDir] }));
        const Empty = resrpc.ResourceMonitorService.registerResourceOutputs.responseType;
        const unary = (fn: (req: any) => unknown) => async (call: any, callback: (err: any, resp?: any) => void) => {
            try {
                callback(null, await fn(call.request));
            } catch (e) {
                callback({ code: grpc.status.INTERNAL, details: (e as Error).message });
            }
        };

        this.server = new grpc.Server({
            "grpc.max_receive_message_length": 400 * 1024 * 1024,
            "grpc.max_send_message_length": 400 * 1024 * 1024,
        });
        this.server.addService(resrpc.ResourceMonitorService, {
            supportsFeature: unary((req) => new resproto.SupportsFeatureResponse().setHassupport(FEATURES.has(req.getId()))),
            registerResource: unary((req) => {
                const urn = this.newUrn(req.getParent(), req.getType(), req.getName());
                const object = req.getObject() ?? new Struct();
                this.record(req, urn);
                this.states.set(urn, { urn, id: null, state: object.toJavaScript() });
                return new resproto.RegisterResourceResponse().setUrn(urn).setId("").setObject(object);
            }),
            readResource: unary((req) => {
                const urn = this.newUrn(req.getParent(), req.getType(), req.getName());
                const object = req.getProperties() ?? new Struct();
                this.states.set(urn, { urn, id: req.getId(), state: object.toJavaScript() });
                return new resproto.ReadResourceResponse().setUrn(urn).setProperties(object);
            }),
            registerResourceOutputs: unary(() => new Empty()),
            invoke: unary((req) => {
                const tok = req.getTok();
                const args = (plain(req.getArgs()?.toJavaScript() ?? {}) ?? {}) as Record<string, unknown>;
                let result: unknown;
                if (tok === "pulumi:pulumi:getResource") {
                    result = this.states.get(String(args.urn));
                    if (!result) throw new Error(`unknown resource ${String(args.urn)}`);
                } else {
                    result = mockCall(tok, args, this.stack);
                }
                return new provproto.InvokeResponse().setReturn(Struct.fromJavaScript(JSON.parse(JSON.stringify(result ?? {}))));
            }),
            call: unary(() => new provproto.CallResponse()),
            registerPackage: unary((req) => new resproto.RegisterPackageResponse().setRef(`${req.getName()}@${req.getVersion()}`)),
            signalAndWaitForShutdown: unary(() => new Empty()),
        });
        this.server.addService(engrpc.EngineService, {
            log: unary((req) => {
                const entry: LogEntry = {
                    severity: SEVERITIES[req.getSeverity()] ?? "info",
                    message: req.getMessage(),
                    urn: req.getUrn() || undefined,
                };
                this.logs.push(entry);
                this.onLog(entry);
                return new Empty();
            }),
            getRootResource: unary(() => new engproto.GetRootResourceResponse().setUrn(this.rootUrn)),
            setRootResource: unary((req) => {
                this.rootUrn = req.getUrn();
                return new engproto.SetRootResourceResponse();
            }),
        });
        const port = await new Promise<number>((resolve, reject) =>
            this.server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err: Error | null, p: number) =>
                err ? reject(err) : resolve(p),
            ),
        );
        return `127.0.0.1:${port}`;
    }

    stop(): void {
        this.server?.forceShutdown();
    }

    /** The engine does not prefix the root stack's type into its children's URNs. */
    private newUrn(parent: string, type: string, name: string): string {
        if (parent) {
            const parentType = parent.split("::")[2]?.split("$").pop();
            if (parentType && parentType !== ROOT_STACK_TYPE) type = `${parentType}$${type}`;
        }
        return `urn:pulumi:${this.stack}::${this.project}::${type}::${name}`;
    }

    private record(req: any, urn: string): void {
        const propertyDependencies: Record<string, string[]> = {};
        req.getPropertydependenciesMap().forEach((deps: any, key: string) => {
            propertyDependencies[key] = deps.getUrnsList();
        });
        this.resources.push({
            urn,
            type: req.getType(),
            name: req.getName(),
            custom: req.getCustom(),
            parent: req.getParent() || undefined,
            provider: req.getProvider() || undefined,
            version: req.getVersion() || undefined,
            inputs: downgradeRefs(req.getObject()?.toJavaScript() ?? {}) as Record<string, unknown>,
            dependencies: req.getDependenciesList(),
            propertyDependencies,
            source: sourceOf(req),
        });
        if (this.resources.length % 5 === 0) this.onRegistered(this.resources.length);
    }
}
