// Sources of resources for a scan: a Pulumi program run under mocks in a child process, or the
// resources of a `pulumi stack export` file. Both produce the engine's view: resources with their
// inputs for Analyze, and the same list (with parents and dependencies) for AnalyzeStack.

import { fork } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ResourceInput } from "./analyzer";
import type { RecordedResource, RunnerMessage } from "./program-runner";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** A one-line error about the input; the CLI prints it and exits 2. */
export class InputError extends Error {
    constructor(
        message: string,
        readonly detail?: string,
    ) {
        super(message);
        this.name = "InputError";
    }
}

export interface ScanTarget {
    project: string;
    stack: string;
    /** Resources as the engine sends them (providers and the root stack included). */
    resources: ResourceInput[];
    /** Source positions by URN, when the program's SDK reported them. */
    sources: Record<string, { file: string; line: number; column: number }>;
}

function loadYaml(file: string): any {
    // js-yaml ships with @pulumi/pulumi.
    const yaml = require(require.resolve("js-yaml", { paths: [path.dirname(require.resolve("@pulumi/pulumi"))] }));
    return yaml.load(fs.readFileSync(file, "utf8"));
}

interface ProjectFile {
    name: string;
    runtime: string;
    main?: string;
    config?: Record<string, any>;
}

function readProject(dir: string): ProjectFile {
    if (!fs.existsSync(dir)) throw new InputError(`program directory ${dir} does not exist`);
    if (!fs.statSync(dir).isDirectory()) throw new InputError(`${dir} is not a directory (--program takes a Pulumi program directory)`);
    const file = ["Pulumi.yaml", "Pulumi.yml"].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
    if (!file) throw new InputError(`${dir} has no Pulumi.yaml: not a Pulumi program directory`);
    let p: any;
    try {
        p = loadYaml(file);
    } catch (e) {
        throw new InputError(`${file} is not valid YAML: ${(e as Error).message.split("\n")[0]}`);
    }
    if (!p || typeof p.name !== "string") throw new InputError(`${file} has no project name`);
    const runtime = typeof p.runtime === "string" ? p.runtime : p.runtime?.name;
    if (runtime !== "nodejs")
        throw new InputError(
            `${file}: runtime "${runtime}" is not supported (only nodejs programs can be scanned; use --state for others)`,
        );
    return { name: p.name, runtime, main: p.main, config: p.config };
}

/** Picks the stack: the one given, else the only `Pulumi.<stack>.yaml`, else "dev". */
function pickStack(dir: string, stack?: string): string {
    if (stack) return stack;
    const stacks = fs
        .readdirSync(dir)
        .map((f) => /^Pulumi\.(.+)\.ya?ml$/.exec(f)?.[1])
        .filter((s): s is string => !!s);
    return stacks.length === 1 ? stacks[0] : "dev";
}

/** The program's config as the language host passes it (PULUMI_CONFIG): `ns:key` → string. */
function stackConfig(dir: string, project: ProjectFile, stack: string): Record<string, string> {
    const out: Record<string, string> = {};
    const put = (key: string, value: unknown) => {
        const full = key.includes(":") ? key : `${project.name}:${key}`;
        if (value && typeof value === "object" && "secure" in (value as object)) out[full] = "[secret]";
        else out[full] = typeof value === "string" ? value : JSON.stringify(value);
    };
    for (const [k, v] of Object.entries(project.config ?? {})) {
        if (v && typeof v === "object" && ("default" in v || "value" in v)) put(k, v.value ?? v.default);
        else if (typeof v !== "object") put(k, v);
    }
    const file = [`Pulumi.${stack}.yaml`, `Pulumi.${stack}.yml`].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
    if (file) {
        let s: any;
        try {
            s = loadYaml(file);
        } catch (e) {
            throw new InputError(`${file} is not valid YAML: ${(e as Error).message.split("\n")[0]}`);
        }
        for (const [k, v] of Object.entries(s?.config ?? {})) put(k, v);
    }
    return out;
}

export interface RunOptions {
    stack?: string;
    timeoutMs?: number;
    onProgress?: (registered: number) => void;
    /** Program output goes here (default: dropped). */
    onOutput?: (chunk: string) => void;
}

/** Runs the program in a child process under mocks (preview) and returns what it registered. */
export async function runProgram(dirArg: string, opts: RunOptions = {}): Promise<ScanTarget> {
    const dir = path.resolve(dirArg);
    const project = readProject(dir);
    const stack = pickStack(dir, opts.stack);
    const config = stackConfig(dir, project, stack);
    try {
        require.resolve("@pulumi/pulumi", { paths: [dir] });
    } catch {
        throw new InputError(`cannot find @pulumi/pulumi from ${dir}: run npm install in the program directory`);
    }
    const runner = path.join(__dirname, "program-runner.ts");
    const child = fork(runner, [dir, project.main ?? "", project.name, stack], {
        cwd: dir,
        execArgv: ["-r", require.resolve("ts-node/register/transpile-only")],
        env: {
            ...process.env,
            TS_NODE_PROJECT: fs.existsSync(path.join(dir, "tsconfig.json"))
                ? path.join(dir, "tsconfig.json")
                : path.join(__dirname, "..", "tsconfig.json"),
            TS_NODE_FILES: "false",
            PULUMI_CONFIG: JSON.stringify(config),
            PULUMI_NODEJS_PROJECT: project.name,
            PULUMI_NODEJS_STACK: stack,
        },
        stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    child.stdout?.on("data", (d) => opts.onOutput?.(d.toString()));
    child.stderr?.on("data", (d) => opts.onOutput?.(d.toString()));
    const recorded = await new Promise<RecordedResource[]>((resolve, reject) => {
        let settled = false;
        const timer = setTimeout(() => {
            settled = true;
            child.kill("SIGKILL");
            reject(new InputError(`the program in ${dirArg} did not finish within ${(opts.timeoutMs ?? 120_000) / 1000} s`));
        }, opts.timeoutMs ?? 120_000);
        child.on("message", (m: RunnerMessage) => {
            if (m.kind === "progress") opts.onProgress?.(m.registered);
            else if (m.kind === "done" && !settled) {
                settled = true;
                resolve(m.resources);
            } else if (m.kind === "error" && !settled) {
                settled = true;
                reject(new InputError(`the program in ${dirArg} failed: ${m.message}`, m.stack));
            }
        });
        child.on("exit", (code, signal) => {
            clearTimeout(timer);
            if (settled) return;
            settled = true;
            reject(
                new InputError(`the program in ${dirArg} exited (${signal ?? `code ${code}`}) before it finished registering resources`),
            );
        });
    });
    if (recorded.filter((r) => r.type !== "pulumi:pulumi:Stack").length === 0) {
        throw new InputError(`the program in ${dirArg} registered no resources: an empty stack, nothing to scan`);
    }
    return toTarget(project.name, stack, recorded, config);
}

/** Adds the default providers the engine would create and attaches each resource's provider. */
function toTarget(project: string, stack: string, recorded: RecordedResource[], config: Record<string, string>): ScanTarget {
    const byUrn = new Map<string, ResourceInput>();
    const resources: ResourceInput[] = [];
    const sources: ScanTarget["sources"] = {};
    const defaults = new Map<string, ResourceInput>();
    const providerOf = (r: RecordedResource): ResourceInput | undefined => {
        if (!r.custom || r.type.startsWith("pulumi:providers:")) return undefined;
        if (r.provider) {
            const urn = r.provider.slice(0, r.provider.lastIndexOf("::"));
            return byUrn.get(urn);
        }
        const pkg = r.type.split(":")[0];
        const name = r.version ? `default_${r.version.replace(/[.+-]/g, "_")}` : "default";
        const key = `${pkg}::${name}`;
        let p = defaults.get(key);
        if (!p) {
            const properties: Record<string, unknown> = {};
            for (const [k, v] of Object.entries(config)) if (k.startsWith(`${pkg}:`)) properties[k.slice(pkg.length + 1)] = v;
            if (r.version) properties.version = r.version;
            p = {
                type: `pulumi:providers:${pkg}`,
                name,
                urn: `urn:pulumi:${stack}::${project}::pulumi:providers:${pkg}::${name}`,
                properties,
            };
            defaults.set(key, p);
            resources.push(p);
        }
        return p;
    };
    for (const r of recorded) {
        const input: ResourceInput = {
            type: r.type,
            name: r.name,
            urn: r.urn,
            properties: r.inputs,
            parent: r.parent,
            dependencies: r.dependencies,
            propertyDependencies: r.propertyDependencies,
        };
        const p = providerOf(r);
        if (p) input.provider = { type: p.type, name: p.name, urn: p.urn!, properties: p.properties };
        byUrn.set(r.urn, input);
        resources.push(input);
        if (r.source) sources[r.urn] = r.source;
    }
    return { project, stack, resources, sources };
}
