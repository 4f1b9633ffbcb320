// Runs a Pulumi TypeScript program under `pulumi.runtime.setMocks` in preview mode, in a child
// process started by `cli/program.ts`, and sends every resource it registers back over IPC.
//
// The program runs against its own `@pulumi/pulumi` (resolved from the program directory), so the
// mocks reach it. The mock monitor is wrapped to see the full RegisterResourceRequest: inputs
// exactly as the engine receives them (unknown outputs as the unknown sentinel, secrets with the
// secret signature), parent, dependencies and property dependencies. Outputs of resources created
// in the program stay unknown, as in a first `pulumi preview`: the mock returns no id and only the
// inputs as state, so every other output resolves as unknown during a dry run.

import * as path from "path";
import { mockCall } from "./mock-invokes";

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
    source?: { file: string; line: number; column: number };
}

export type RunnerMessage =
    | { kind: "progress"; registered: number }
    | { kind: "done"; resources: RecordedResource[] }
    | { kind: "error"; message: string; stack?: string };

const SIG_KEY = "4dabf18193072939515e22adb298388d";
const RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const ROOT_STACK_TYPE = "pulumi:pulumi:Stack";

function send(msg: RunnerMessage): Promise<void> {
    return new Promise((resolve) => {
        if (!process.send) {
            process.stdout.write(JSON.stringify(msg) + "\n", () => resolve());
            return;
        }
        process.send(msg, undefined, {}, () => resolve());
    });
}

/** Resource references become what the engine sends a provider that does not take them: the id (custom) or the URN. */
function downgradeRefs(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(downgradeRefs);
    if (node === null || typeof node !== "object") return node;
    const o = node as Record<string, unknown>;
    if (o[SIG_KEY] === RESOURCE_SIG) {
        if ("id" in o) return typeof o.id === "string" && o.id !== "" ? o.id : UNKNOWN;
        return o.urn;
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = downgradeRefs(v);
    return out;
}

function sourceOf(req: any): RecordedResource["source"] {
    const pos = req.getSourceposition?.();
    if (!pos || !pos.getUri()) return undefined;
    let file = pos.getUri() as string;
    if (file.startsWith("file://")) file = decodeURIComponent(file.slice("file://".length));
    return { file, line: pos.getLine(), column: pos.getColumn() };
}

function firstProgramFrame(err: unknown, programDir: string): string {
    const stack = err instanceof Error && err.stack ? err.stack : "";
    for (const line of stack.split("\n").slice(1)) {
        const m = /\(?((?:\/|[A-Za-z]:\\)[^():]+):(\d+):(\d+)\)?\s*$/.exec(line);
        if (m && m[1].startsWith(programDir) && !m[1].includes(`${path.sep}node_modules${path.sep}`)) {
            return ` (at ${path.relative(process.cwd(), m[1]) || m[1]}:${m[2]})`;
        }
    }
    return "";
}

async function main(): Promise<void> {
    const [programDir, entry, project, stack] = process.argv.slice(2);
    const resolve = (m: string) => require.resolve(m, { paths: [programDir] });
    let pulumi: any;
    let settings: any;
    try {
        pulumi = require(resolve("@pulumi/pulumi"));
        settings = require(resolve("@pulumi/pulumi/runtime/settings"));
    } catch {
        await send({ kind: "error", message: `cannot find @pulumi/pulumi from ${programDir} (run npm install in the program directory)` });
        process.exit(3);
    }

    const fail = async (err: unknown) => {
        const e = err instanceof Error ? err : new Error(String(err));
        const message = `${e.name === "Error" ? "" : e.name + ": "}${(e.message || String(err)).split("\n")[0]}${firstProgramFrame(e, programDir)}`;
        await send({ kind: "error", message, stack: e.stack });
        process.exit(3);
    };
    process.on("uncaughtException", fail);
    process.on("unhandledRejection", fail);

    await pulumi.runtime.setMocks(
        {
            newResource: (args: any) => ({ id: undefined, state: args.inputs }),
            call: (args: any) => mockCall(args.token, args.inputs ?? {}, stack),
        },
        project,
        stack,
        true,
        "organization",
    );
    const monitor = settings.getMonitor();

    // The engine does not prefix the root stack's type into its children's URNs.
    monitor.newUrn = (parent: string, type: string, name: string) => {
        if (parent) {
            const parentType = parent.split("::")[2].split("$").pop();
            if (parentType !== ROOT_STACK_TYPE) type = `${parentType}$${type}`;
        }
        return `urn:pulumi:${stack}::${project}::${type}::${name}`;
    };

    const recorded: RecordedResource[] = [];
    let pending = 0;
    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req: any, callback: (err: any, resp: any) => void) => {
        pending++;
        const propertyDependencies: Record<string, string[]> = {};
        req.getPropertydependenciesMap().forEach((deps: any, key: string) => {
            propertyDependencies[key] = deps.getUrnsList();
        });
        const rec: RecordedResource = {
            urn: "",
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
        };
        register(req, (err: any, resp: any) => {
            pending--;
            if (!err) {
                rec.urn = resp.getUrn();
                recorded.push(rec);
                if (recorded.length % 5 === 0) void send({ kind: "progress", registered: recorded.length });
            }
            callback(err, resp);
        });
    };

    const target = entry ? path.resolve(programDir, entry) : programDir;
    await pulumi.runtime.runInPulumiStack(async () => {
        const exported = require(target);
        // The language host awaits a default export that is a function or a promise.
        const main = exported && exported.__esModule && "default" in exported ? exported.default : exported;
        if (typeof main === "function") return await main();
        return await main;
    });
    for (let i = 0; i < 1000; i++) {
        await settings.waitForRPCs();
        await new Promise((r) => setImmediate(r));
        if (pending === 0) break;
    }
    await send({ kind: "done", resources: recorded });
    process.exit(0);
}

main().catch(async (err) => {
    const e = err instanceof Error ? err : new Error(String(err));
    const message = `${e.name === "Error" ? "" : e.name + ": "}${(e.message || String(err)).split("\n")[0]}`;
    await send({ kind: "error", message: message + firstProgramFrame(e, process.argv[2] ?? ""), stack: e.stack });
    process.exit(3);
});
