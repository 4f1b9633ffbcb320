// Sources of resources for a scan: a Pulumi program run as `pulumi preview` runs it, against a mock
// engine, or the resources of a `pulumi stack export` file. Both produce the engine's view: resources
// with their inputs for Analyze, and the same list (with parents and dependencies) for AnalyzeStack.
//
// A program starts the way Pulumi's Node.js language host starts it (pulumi-language-nodejs, main.go:
// Run, execRuntime, constructArguments, parseOptions): `node <options.nodeargs> <the program's own
// @pulumi/pulumi/cmd/run> --monitor … --engine … --project … --stack … --pwd <dir> --dry-run <main>`,
// with PULUMI_CONFIG, PULUMI_CONFIG_SECRET_KEYS, PULUMI_NODEJS_TYPESCRIPT and PULUMI_NODEJS_TSCONFIG_PATH.
// The SDK's run code then does what it does under Pulumi: ts-node or its ESM hooks, the program's
// tsconfig, `"type": "module"`, package.json `main`, a default-exported function. The monitor and the
// engine it talks to are cli/program-runner.ts, in this process.

import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import { PACK_DIR, ResourceInput, WATCHDOG } from "./analyzer";
import { MockEngine, RecordedResource } from "./program-runner";
import { explainFailure } from "./program-errors";
import { missingSdkAdvice, otherRuntimeAdvice, sstAdvice } from "./project-shape";
import { redact, redactingSink, rememberSecret } from "./redact";
import { passphraseDecrypter } from "./secrets";

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
    /** Source positions by URN: a file of the program, when the program's SDK reported one. */
    sources: Record<string, { file: string; line: number; column: number }>;
    /** One-line notes for stderr (e.g. secret config the scan could not see). */
    warnings?: string[];
    /** One-line statements of what the scan assumed (a default it filled in). */
    notes?: string[];
}

/**
 * The @pulumi/pulumi versions a program may use, established by running the CLI's fixture programs
 * against each of 3.0.0, 3.25.0, 3.50.0, 3.100.0, 3.150.0, 3.200.0 and 3.248.0 (see the README).
 */
export const SUPPORTED_SDK = { min: "3.0.0", below: "4.0.0", text: ">=3.0.0 <4" };

function loadYaml(file: string): any {
    // js-yaml ships with @pulumi/pulumi.
    const yaml = require(require.resolve("js-yaml", { paths: [path.dirname(require.resolve("@pulumi/pulumi"))] }));
    return yaml.load(fs.readFileSync(file, "utf8"));
}

interface ProjectFile {
    name: string;
    main?: string;
    config?: Record<string, any>;
    /** runtime.options, as the language host reads them. */
    typescript: boolean;
    nodeargs?: string;
    tsconfig?: string;
    packagemanager?: string;
}

function readProject(dir: string): ProjectFile {
    if (!fs.existsSync(dir)) throw new InputError(`program directory ${dir} does not exist`);
    if (!fs.statSync(dir).isDirectory()) throw new InputError(`${dir} is not a directory (--program takes a Pulumi program directory)`);
    const file = ["Pulumi.yaml", "Pulumi.yml"].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
    if (!file) {
        const sst = ["sst.config.ts", "sst.config.mts", "sst.config.js", "sst.config.mjs"].find((f) => fs.existsSync(path.join(dir, f)));
        if (sst) throw new InputError(sstAdvice(dir, sst));
        throw new InputError(`${dir} has no Pulumi.yaml: not a Pulumi program directory`);
    }
    let p: any;
    try {
        p = loadYaml(file);
    } catch (e) {
        throw new InputError(`${file} is not valid YAML: ${(e as Error).message.split("\n")[0]}`);
    }
    if (!p || typeof p.name !== "string") throw new InputError(`${file} has no project name`);
    const runtime = typeof p.runtime === "string" ? p.runtime : p.runtime?.name;
    if (runtime !== "nodejs") throw new InputError(otherRuntimeAdvice(dir, String(runtime)));
    const options = (typeof p.runtime === "object" && p.runtime?.options) || {};
    const opt = (key: string, type: string) => {
        if (options[key] !== undefined && typeof options[key] !== type)
            throw new InputError(`${file}: runtime.options.${key} must be a ${type}`);
        return options[key];
    };
    if (p.main !== undefined && typeof p.main !== "string") throw new InputError(`${file}: main must be a path`);
    return {
        name: p.name,
        main: p.main,
        config: p.config,
        typescript: opt("typescript", "boolean") ?? true,
        nodeargs: opt("nodeargs", "string"),
        tsconfig: opt("tsconfig", "string"),
        packagemanager: opt("packagemanager", "string"),
    };
}

/** A program without a Pulumi.yaml (an Automation API inline program): named after its package. */
function packageProject(dir: string): ProjectFile {
    let name = path.basename(dir);
    try {
        const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
        if (typeof pkg.name === "string" && pkg.name) name = pkg.name.replace(/^@[^/]+\//, "");
    } catch {
        // The directory name, then.
    }
    return { name: name.replace(/[^A-Za-z0-9_.-]/g, "-"), typescript: true };
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

interface StackConfig {
    /** `ns:key` → the string the program reads (objects as JSON). */
    values: Record<string, string>;
    /** Keys whose value is (or holds) a secret: PULUMI_CONFIG_SECRET_KEYS. */
    secretKeys: string[];
    warnings: string[];
    /** The ESC environments the stack file imports (not opened: that needs Pulumi Cloud). */
    environments: string[];
    /** The stack file's name, for messages. */
    stackFile: string;
    /** Provider settings the scan filled in because no source set them: key → where the value came from. */
    defaults: Record<string, string>;
}

/** Where stack config comes from besides Pulumi.<stack>.yaml: `--stack-config-file` and `--stack-config`. */
export interface StackConfigOverrides {
    /** A YAML file: a `Pulumi.<stack>.yaml`-shaped document (`config:` …) or a flat map of keys to values. */
    file?: string;
    /** `key=value` pairs, as `pulumi config set key value` (a key without a namespace is the project's). */
    values?: string[];
}

/**
 * Provider settings a preview needs that involve no cloud call, and the value a scan uses when no
 * source sets them (documented in the README; stated in the output when used).
 */
export const CONFIG_DEFAULTS: Record<string, () => { value: string; from: string }> = {
    "aws:region": () => {
        for (const v of ["AWS_REGION", "AWS_DEFAULT_REGION"]) if (process.env[v]) return { value: process.env[v]!, from: `from ${v}` };
        return { value: "us-east-1", from: "the scan's default" };
    },
};

function isSecure(v: unknown): v is { secure: string } {
    return !!v && typeof v === "object" && !Array.isArray(v) && typeof (v as any).secure === "string" && Object.keys(v).length === 1;
}

function readYamlInput(file: string, what: string): any {
    if (!fs.existsSync(file)) throw new InputError(`${what} ${file} does not exist`);
    try {
        return loadYaml(file);
    } catch (e) {
        throw new InputError(`${file} is not valid YAML: ${(e as Error).message.split("\n")[0]}`);
    }
}

/** The names of the ESC environments a stack file imports (`environment: [a, b]` or `environment: { imports: [...] }`). */
function escImports(doc: any): string[] {
    const env = doc?.environment;
    const list = Array.isArray(env) ? env : Array.isArray(env?.imports) ? env.imports : [];
    return list.map((e: unknown) => (typeof e === "string" ? e : e && typeof e === "object" ? Object.keys(e)[0] : "")).filter(Boolean);
}

const isMap = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/**
 * The config in a --stack-config-file: a Pulumi.<stack>.yaml's `config:`, an ESC environment definition's
 * `values.pulumiConfig` (plain values only: ESC expressions such as `${…}` and `fn::…` need ESC to
 * evaluate), or the file itself as a map.
 */
function configOfFile(doc: any): Record<string, unknown> {
    if (isMap(doc?.config)) return doc.config;
    if (isMap(doc?.values?.pulumiConfig)) {
        const escExpr = (v: unknown): boolean =>
            typeof v === "string"
                ? v.includes("${")
                : Array.isArray(v)
                  ? v.some(escExpr)
                  : isMap(v) && Object.entries(v).some(([k, x]) => k.startsWith("fn::") || escExpr(x));
        return Object.fromEntries(Object.entries(doc.values.pulumiConfig).filter(([, v]) => !escExpr(v)));
    }
    return isMap(doc) ? doc : {};
}

/**
 * The program's config as the CLI gives it to the language host, secrets decrypted when the passphrase
 * is set. Sources, later ones winning: Pulumi.yaml defaults, Pulumi.<stack>.yaml, --stack-config-file,
 * --stack-config; then CONFIG_DEFAULTS for what none of them set.
 */
async function stackConfig(dir: string, project: ProjectFile, stack: string, overrides: StackConfigOverrides = {}): Promise<StackConfig> {
    const file = [`Pulumi.${stack}.yaml`, `Pulumi.${stack}.yml`].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
    const s: any = file ? readYamlInput(file, "stack file") : undefined;
    const extra: any = overrides.file ? readYamlInput(overrides.file, "--stack-config-file") : undefined;
    if (extra !== undefined && extra !== null && (typeof extra !== "object" || Array.isArray(extra)))
        throw new InputError(`--stack-config-file ${overrides.file} must be a YAML map of config keys to values (or have a config: map)`);
    const extraConfig = configOfFile(extra);

    // [key, value, the encryptionsalt that decrypts it]
    const entries: [string, unknown, string | undefined][] = [];
    for (const [k, v] of Object.entries(project.config ?? {})) {
        if (v && typeof v === "object" && ("default" in v || "value" in v)) entries.push([k, v.value ?? v.default, undefined]);
        else if (typeof v !== "object") entries.push([k, v, undefined]);
    }
    for (const [k, v] of Object.entries(s?.config ?? {})) entries.push([k, v, s?.encryptionsalt]);
    for (const [k, v] of Object.entries(extraConfig)) entries.push([k, v, extra?.encryptionsalt ?? s?.encryptionsalt]);
    for (const pair of overrides.values ?? []) {
        const eq = pair.indexOf("=");
        if (eq <= 0) throw new InputError(`--stack-config takes key=value (e.g. aws:region=us-east-1), not "${pair}"`);
        entries.push([pair.slice(0, eq).trim(), pair.slice(eq + 1), undefined]);
    }

    const hasSecure = (v: unknown): boolean =>
        isSecure(v) || (!!v && typeof v === "object" && Object.values(v as object).some((x) => hasSecure(x)));
    const decrypters = new Map<string, (c: string) => string>();
    for (const [, v, salt] of entries) {
        if (!hasSecure(v) || typeof salt !== "string" || decrypters.has(salt)) continue;
        try {
            const d = await passphraseDecrypter(salt);
            if (!d) break;
            decrypters.set(salt, d);
        } catch (e) {
            throw new InputError(
                `${path.basename(file ?? overrides.file ?? "")}: ${(e as Error).message} (PULUMI_CONFIG_PASSPHRASE or PULUMI_CONFIG_PASSPHRASE_FILE must be the stack's passphrase)`,
            );
        }
    }
    const reveal = (v: unknown, key: string, salt: string | undefined): unknown => {
        if (isSecure(v)) {
            const decrypt = salt ? decrypters.get(salt) : undefined;
            if (!decrypt) return "[secret]";
            try {
                const plain = decrypt(v.secure);
                rememberSecret(plain); // redacted from everything the command prints (cli/redact.ts)
                return plain;
            } catch {
                throw new InputError(`${path.basename(file ?? "")}: the secret value of ${key} does not decrypt with this passphrase`);
            }
        }
        if (Array.isArray(v)) return v.map((x) => reveal(x, key, salt));
        if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, reveal(x, key, salt)]));
        return v;
    };

    const values: Record<string, string> = {};
    const secretKeys = new Set<string>();
    let hidden = 0;
    for (const [k, v, salt] of entries) {
        const full = k.includes(":") ? k : `${project.name}:${k}`;
        const plain = reveal(v, full, salt);
        values[full] = typeof plain === "string" ? plain : JSON.stringify(plain);
        if (hasSecure(v)) {
            secretKeys.add(full);
            if (!(salt && decrypters.has(salt))) hidden++;
        } else secretKeys.delete(full);
    }
    const warnings: string[] = [];
    if (hidden > 0) {
        const n = `${hidden} secret config value${hidden === 1 ? " was" : "s were"} hidden from the scan (the program saw "[secret]")`;
        if (typeof s?.encryptionsalt === "string")
            warnings.push(`${n}: set PULUMI_CONFIG_PASSPHRASE or PULUMI_CONFIG_PASSPHRASE_FILE to check them as pulumi preview does`);
        else warnings.push(`${n}: the stack's secrets provider is not the passphrase provider, so only pulumi preview can check them`);
    }
    const stackFile = path.basename(file ?? `Pulumi.${stack}.yaml`);
    const environments = escImports(s);
    if (environments.length > 0) {
        const names = environments.join(", ");
        warnings.push(
            `${stackFile} imports the ESC environment${environments.length === 1 ? "" : "s"} ${names}, which a scan cannot open ` +
                `(that needs Pulumi Cloud): config ${environments.length === 1 ? "it sets" : "they set"} is missing unless given with ` +
                `--stack-config key=value or --stack-config-file <yaml>`,
        );
    }
    const defaults: Record<string, string> = {};
    for (const [key, make] of Object.entries(CONFIG_DEFAULTS)) {
        if (key in values) continue;
        const d = make();
        values[key] = d.value;
        defaults[key] = `${d.value} (${d.from})`;
    }
    return { values, secretKeys: [...secretKeys], warnings, environments, stackFile, defaults };
}

/** The language host's `main` handling (Pulumi's getPwdMain): a directory runs as ".", a file from its directory. */
function pwdMain(root: string, main: string | undefined): { pwd: string; main: string } {
    if (!main) return { pwd: root, main: "." };
    if (path.isAbsolute(main)) throw new InputError(`Pulumi.yaml: project 'main' must be a relative path`);
    const full = path.join(root, main);
    if (!full.startsWith(root)) throw new InputError(`Pulumi.yaml: project 'main' must be a subfolder`);
    if (!fs.existsSync(full)) throw new InputError(`Pulumi.yaml: project 'main' (${main}) does not exist`);
    return fs.statSync(full).isDirectory() ? { pwd: full, main: "." } : { pwd: path.dirname(full), main: full };
}

/** The version of the program's @pulumi/pulumi and the path of its `cmd/run`. */
function programSdk(pwd: string, packageManager?: string): { version: string; run: string } {
    let pkgFile: string;
    try {
        pkgFile = require.resolve("@pulumi/pulumi/package.json", { paths: [pwd] });
    } catch {
        throw new InputError(missingSdkAdvice(pwd, packageManager));
    }
    const version = String(JSON.parse(fs.readFileSync(pkgFile, "utf8")).version ?? "");
    const num = (v: string) => v.split(/[.+-]/).slice(0, 3).map(Number);
    const cmp = (a: string, b: string) => {
        const [x, y] = [num(a), num(b)];
        for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
        return 0;
    };
    if (!/^\d+\.\d+\.\d+/.test(version) || cmp(version, SUPPORTED_SDK.min) < 0 || cmp(version, SUPPORTED_SDK.below) >= 0) {
        throw new InputError(
            `the program uses @pulumi/pulumi ${version || "(unknown version)"}; sagemaker-guard scan supports @pulumi/pulumi ${SUPPORTED_SDK.text}`,
        );
    }
    return { version, run: path.join(path.dirname(pkgFile), "cmd", "run") };
}

/** Splits `options.nodeargs` as the host does (shlex): whitespace, with single and double quotes. */
function splitArgs(text: string | undefined): string[] {
    const out: string[] = [];
    for (const m of (text ?? "").matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3]);
    return out;
}

function isEsmModule(file: string): boolean {
    if (/\.m[jt]s$/.test(file)) return true;
    if (/\.c[jt]s$/.test(file)) return false;
    for (let d = path.dirname(file); ; d = path.dirname(d)) {
        const pkg = path.join(d, "package.json");
        if (fs.existsSync(pkg)) {
            try {
                return JSON.parse(fs.readFileSync(pkg, "utf8")).type === "module";
            } catch {
                return false;
            }
        }
        if (path.dirname(d) === d) return false;
    }
}

/**
 * `--entry <module>#<export>`: a module in a temporary directory whose default export calls the named
 * export, in the module's own format, so the SDK's run code calls it as it calls a default-exported function.
 * `args` (from --entry-args) is its one argument; without it, a function that declares parameters and
 * fails is reported as one that needs them.
 */
function entryWrapper(module: string, exportName: string, args?: string): { dir: string; file: string } {
    let dir: string;
    try {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "sagemaker-guard-entry-"));
    } catch (e) {
        throw new InputError(
            `--entry needs a temporary directory, and ${os.tmpdir()} refused one (${(e as NodeJS.ErrnoException).code ?? "error"}): set TMPDIR to a writable directory`,
        );
    }
    const esm = isEsmModule(module);
    const name = JSON.stringify(exportName);
    const missing = JSON.stringify(`${path.basename(module)} has no exported function "${exportName}"`);
    const body = [
        `const fn = m[${name}];`,
        `if (typeof fn !== "function") throw new Error(${missing});`,
        args === undefined ? "" : `return fn(JSON.parse(${JSON.stringify(args)}));`,
        `if (fn.length === 0) return fn();`,
        `try {`,
        `    return await fn();`,
        `} catch (e) {`,
        `    const n = fn.length === 1 ? "1 argument" : fn.length + " arguments";`,
        `    const w = new Error(${JSON.stringify(exportName)} + " takes " + n + " and was called with none: give " + (fn.length === 1 ? "it" : "them") + " with --entry-args <json> (it failed: " + String(e && e.message ? e.message : e) + ")");`,
        `    w.stack = w.message + "\\n" + String((e && e.stack) || "").split("\\n").filter((l) => /^\\s+at /.test(l)).join("\\n");`,
        `    throw w;`,
        `}`,
    ]
        .filter(Boolean)
        .map((l) => `    ${l}`)
        .join("\n");
    const file = path.join(dir, esm ? "entry.mjs" : "entry.cjs");
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: esm ? "module" : "commonjs" }));
    fs.writeFileSync(
        file,
        esm
            ? `import * as m from ${JSON.stringify(pathToFileURL(module).href)};\nexport default async () => {\n${body}\n};\n`
            : `const m = require(${JSON.stringify(module)});\nmodule.exports = async () => {\n${body}\n};\n`,
    );
    return { dir, file };
}

/** After "Missing required configuration variable 'k'": how to give it, and why it may be missing (ESC). */
function configHint(why: string, config: StackConfig): string {
    const m = /Missing required configuration variable '([^']+)'/.exec(why);
    if (!m) return "";
    const esc = config.environments.length
        ? `; ${config.stackFile} imports ESC environment${config.environments.length === 1 ? "" : "s"} ${config.environments.join(", ")}, which a scan cannot open`
        : "";
    return ` (give it with --stack-config ${m[1]}=<value> or --stack-config-file <yaml>${esc})`;
}

/** Keeps a source position only when it is a real file of the program; a library's child takes its parent's. */
function programSources(recorded: RecordedResource[]): void {
    const byUrn = new Map(recorded.map((r) => [r.urn, r]));
    const real = (s: RecordedResource["source"]) =>
        !!s && !s.file.split(/[\\/]/).includes("node_modules") && fs.existsSync(s.file) && fs.statSync(s.file).isFile();
    for (const r of recorded) if (!real(r.source)) r.source = undefined;
    for (const r of recorded) {
        if (r.source || r.type === "pulumi:pulumi:Stack") continue;
        for (let p = byUrn.get(r.parent ?? ""); p && p.type !== "pulumi:pulumi:Stack"; p = byUrn.get(p.parent ?? "")) {
            if (p.source) {
                r.source = p.source;
                break;
            }
        }
    }
}

export interface RunOptions {
    stack?: string;
    /** `<module>[#<export>]`: run this module instead of the project's main (a module that exports a function). */
    entry?: string;
    /** `--entry-args`: JSON for the entry function's argument. */
    entryArgs?: string;
    /** `--stack-config-file` and `--stack-config`. */
    stackConfig?: StackConfigOverrides;
    timeoutMs?: number;
    onProgress?: (registered: number) => void;
    /** Program output goes here (default: dropped). */
    onOutput?: (chunk: string) => void;
}

/** The program directory for `--program <dir>`, or the one holding an `--entry` module. */
function programDir(dirArg: string | undefined, entryFile: string | undefined): string {
    if (dirArg) return path.resolve(dirArg);
    let packageDir: string | undefined;
    for (let d = path.dirname(entryFile!); ; d = path.dirname(d)) {
        if (["Pulumi.yaml", "Pulumi.yml"].some((f) => fs.existsSync(path.join(d, f)))) return d;
        if (!packageDir && fs.existsSync(path.join(d, "package.json"))) packageDir = d;
        if (path.dirname(d) === d) return packageDir ?? path.dirname(entryFile!);
    }
}

function parseEntry(entry: string | undefined): { entryPath?: string; entryFile?: string; exportName?: string } {
    if (!entry) return {};
    const entryPath = entry.replace(/#[^#/\\]*$/, "");
    return { entryPath, entryFile: path.resolve(entryPath), exportName: /#([^#/\\]*)$/.exec(entry)?.[1] };
}

/**
 * The project and stack names of a program, from the one place both come from (Pulumi.yaml, else the
 * package.json of an --entry module; the stack given, else the only Pulumi.<stack>.yaml, else dev):
 * the URNs, the pack's environment and the report all use these. Undefined when the program is not readable.
 */
export function programIdentity(
    dirArg: string | undefined,
    entry?: string,
    stack?: string,
): { project: string; stack: string } | undefined {
    try {
        const { entryFile } = parseEntry(entry);
        const dir = programDir(dirArg, entryFile);
        const hasProjectFile = ["Pulumi.yaml", "Pulumi.yml"].some((f) => fs.existsSync(path.join(dir, f)));
        const project = dirArg || hasProjectFile ? readProject(dir) : packageProject(dir);
        return { project: project.name, stack: pickStack(dir, stack) };
    } catch {
        return undefined;
    }
}

/** Runs the program as `pulumi preview` does, against the mock engine, and returns what it registered. */
export async function runProgram(dirArg: string | undefined, opts: RunOptions = {}): Promise<ScanTarget> {
    const { entryPath, entryFile, exportName: named } = parseEntry(opts.entry);
    // --entry-args without #<export>: the module's default export is the function.
    const exportName = named ?? (opts.entryArgs !== undefined && entryFile ? "default" : undefined);
    if (opts.entryArgs !== undefined) {
        if (!entryFile) throw new InputError("--entry-args goes with --entry <module>#<export>");
        try {
            JSON.parse(opts.entryArgs);
        } catch (e) {
            throw new InputError(`--entry-args is not JSON: ${(e as Error).message}`);
        }
    }
    if (entryFile && !fs.existsSync(entryFile)) throw new InputError(`--entry module ${entryPath} does not exist`);
    if (exportName !== undefined && !/^[A-Za-z_$][\w$]*$/.test(exportName))
        throw new InputError(`--entry ${opts.entry}: "${exportName}" is not an export name (<module>#<export>)`);
    const label = dirArg ?? entryPath!;
    const dir = programDir(dirArg, entryFile);
    const hasProjectFile = ["Pulumi.yaml", "Pulumi.yml"].some((f) => fs.existsSync(path.join(dir, f)));
    const project = dirArg || hasProjectFile ? readProject(dir) : packageProject(dir);
    const stack = pickStack(dir, opts.stack);
    const { pwd, main } = entryFile ? { pwd: dir, main: entryFile } : pwdMain(dir, project.main);
    const sdk = programSdk(pwd, project.packagemanager);
    const config = await stackConfig(dir, project, stack, opts.stackConfig);
    const wrapper = entryFile && exportName ? entryWrapper(entryFile, exportName, opts.entryArgs) : undefined;

    const engine = new MockEngine(
        project.name,
        stack,
        (e) => {
            if (e.severity !== "debug") opts.onOutput?.(redact(`[${e.severity}] ${e.message}\n`));
        },
        (n) => opts.onProgress?.(n),
    );
    let address: string;
    try {
        address = await engine.start();
    } catch (e) {
        if (wrapper) fs.rmSync(wrapper.dir, { recursive: true, force: true });
        throw e;
    }
    // The host passes PULUMI_CONFIG keys as `<namespace>:config:<name>`, which every SDK version reads.
    const transpileOnly = process.env.PULUMI_NODEJS_TRANSPILE_ONLY ?? "true";
    const pulumiConfig = Object.fromEntries(Object.entries(config.values).map(([k, v]) => [k.replace(/:/, ":config:"), v]));
    const env: NodeJS.ProcessEnv = {
        ...process.env,
        PULUMI_CONFIG: JSON.stringify(pulumiConfig),
        PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(config.secretKeys),
        // A scan judges resources, not types: transpile only unless the user says otherwise.
        PULUMI_NODEJS_TRANSPILE_ONLY: transpileOnly,
        // …for every TypeScript loader the program may use: ts-node's own (`--loader ts-node/esm`) too.
        TS_NODE_TRANSPILE_ONLY: process.env.TS_NODE_TRANSPILE_ONLY ?? transpileOnly,
        // ts-node would otherwise leave a v8-compile-cache-<uid> directory in the temp dir.
        DISABLE_V8_COMPILE_CACHE: "1",
        SAGEMAKER_GUARD_PARENT_PID: String(process.pid),
        // Preloads through NODE_OPTIONS, not arguments: a `--require` argument turns off the SDK's own ESM mode.
        NODE_OPTIONS: [
            process.env.NODE_OPTIONS,
            ...[path.join(PACK_DIR, "cli", "inspect-guard.js"), WATCHDOG].map((f) => `--require ${JSON.stringify(f)}`),
        ]
            .filter(Boolean)
            .join(" "),
    };
    delete env.PULUMI_NODEJS_TYPESCRIPT;
    delete env.PULUMI_NODEJS_TSCONFIG_PATH;
    if (project.typescript) env.PULUMI_NODEJS_TYPESCRIPT = "true";
    if (project.tsconfig) env.PULUMI_NODEJS_TSCONFIG_PATH = project.tsconfig;
    const args = [
        ...splitArgs(project.nodeargs),
        sdk.run,
        ...["--monitor", address, "--engine", address, "--organization", "organization", "--project", project.name],
        ...["--root-directory", dir, "--stack", stack, "--pwd", pwd, "--dry-run", wrapper?.file ?? main],
    ];
    const child = spawn(process.execPath, args, { cwd: pwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const killChild = () => child.kill("SIGKILL");
    process.once("exit", killChild);
    // The first error is near the start of stderr (Node prints the uncaught error, then frames); keep both ends.
    let stderrHead = "";
    let stderrTail = "";
    // Whole lines, with every decrypted secret redacted, before anything keeps or prints them.
    const stdout = redactingSink((t) => opts.onOutput?.(t));
    const stderr = redactingSink((t) => {
        opts.onOutput?.(t);
        if (stderrHead.length < 8000) stderrHead += t.slice(0, 8000 - stderrHead.length);
        else stderrTail = (stderrTail + t).slice(-4000);
    });
    child.stdout?.on("data", (d) => stdout.write(d.toString()));
    child.stderr?.on("data", (d) => stderr.write(d.toString()));
    const timeoutMs = opts.timeoutMs ?? 120_000;
    try {
        const code = await new Promise<number | string>((resolve, reject) => {
            const timer = setTimeout(() => {
                child.kill("SIGKILL");
                reject(new InputError(`the program in ${label} did not finish within ${timeoutMs / 1000} s`));
            }, timeoutMs);
            child.on("error", (e) => {
                clearTimeout(timer);
                reject(e);
            });
            child.on("exit", (c, signal) => {
                clearTimeout(timer);
                stdout.end();
                stderr.end();
                resolve(signal ?? c ?? 1);
            });
        });
        if (code !== 0) {
            const logs = engine.logs.map((l) => ({ ...l, message: redact(l.message) }));
            const detail = [...logs.map((l) => `[${l.severity}] ${l.message}`), stderrHead + stderrTail].join("\n");
            const why = explainFailure({ logs, stderr: stderrHead + stderrTail, root: dir, pwd, nodeargs: project.nodeargs });
            if (why) throw new InputError(`the program in ${label} failed: ${why}${configHint(why, config)}`, detail);
            throw new InputError(
                `the program in ${label} exited (${typeof code === "string" ? code : `code ${code}`}) before it finished`,
                detail,
            );
        }
    } finally {
        killChild();
        process.off("exit", killChild);
        engine.stop();
        if (wrapper) fs.rmSync(wrapper.dir, { recursive: true, force: true });
    }
    const recorded = engine.resources;
    if (recorded.filter((r) => r.type !== "pulumi:pulumi:Stack").length === 0) {
        throw new InputError(
            `the program in ${label} registered no resources: an empty stack, nothing to scan` +
                (exportName
                    ? opts.entryArgs === undefined
                        ? " (if its function needs arguments, give them with --entry-args <json>)"
                        : ""
                    : " (for a module that exports a function, name it with --entry <module>#<export>)"),
        );
    }
    programSources(recorded);
    const notes = Object.entries(config.defaults)
        .filter(([key]) => recorded.some((r) => r.type.startsWith(`${key.split(":")[0]}:`)))
        .map(([key, v]) => `${key} is not set for stack ${stack}: the scan used ${v}; set it with --stack-config ${key}=<value>`);
    return { ...toTarget(project.name, stack, recorded, config.values), warnings: config.warnings, notes };
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
