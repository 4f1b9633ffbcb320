// `sagemaker-guard scan`: evaluates a program's (or a state file's) resources with the pack through
// the real analyzer protocol (cli/analyzer.ts), resource policies and stack policies.

import * as fs from "fs";
import * as path from "path";
import { AnalyzerInfo, EffectiveConfig, NotApplicable, PACK_DIR, PackProcess, PolicyPackConfigFile, ResourceInput } from "./analyzer";
import { Exemption, Finding, Fixed, makeFinding, makeFixed, Report } from "./findings";
import { DEFAULT_MAX_INPUT_MIB, keyLabel, parseJson, readInputText, topLevelKeyLines } from "./input";
import { InventoryEntry, inventoryOf } from "./inventory";
import { InputError, programIdentity, runProgram, ScanTarget, StackConfigOverrides } from "./program";
import { readState } from "./state";

export interface ScanOptions {
    program?: string;
    /** `<module>[#<export>]` to run instead of the program's main. */
    entry?: string;
    /** `--entry-args <json>`: the entry function's argument. */
    entryArgs?: string;
    /** `--stack-config-file`, `--stack-config key=value`. */
    stackConfig?: StackConfigOverrides;
    state?: string;
    config?: string;
    stack?: string;
    /** The policy pack directory (default: this repository). */
    packDir?: string;
    concurrency?: number;
    timeoutMs?: number;
    /** The size limit of --state and --config files, in bytes (default 256 MiB). */
    maxInputBytes?: number;
    progress?: (text: string) => void;
    onProgramOutput?: (chunk: string) => void;
    /** Keep what the evidence report needs: every resource as analysed and each policy's not-applicable answers. */
    record?: boolean;
}

/** What the engine's policy summaries are derived from (kept with `record`): see cli/evidence.ts. */
export interface ScanRecord {
    info: AnalyzerInfo;
    effective: EffectiveConfig;
    /** Each resource as it went to Analyze (after remediations), with the not-applicable answers. */
    resources: { resource: ResourceInput; notApplicable: NotApplicable[] }[];
    /** The root stack's URN and AnalyzeStack's not-applicable answers. */
    stack: { urn: string; notApplicable: NotApplicable[] };
}

export interface ScanReport extends Report {
    warnings: string[];
    /** What the scan assumed (a default it filled in): printed as `note:` lines. */
    notes: string[];
    /** Every resource looked at, with the inputs unknown at preview. */
    inventory: InventoryEntry[];
    record?: ScanRecord;
}

const LEVELS = new Set(["advisory", "mandatory", "disabled", "remediate"]);

/** Reads a policy-pack config file or a profile name (`profiles/<name>.json` of the pack). */
export function readConfig(arg: string, maxBytes = DEFAULT_MAX_INPUT_MIB * 1024 * 1024): PolicyPackConfigFile {
    let file = arg;
    if (!fs.existsSync(file)) {
        const profile = path.join(PACK_DIR, "profiles", `${arg.replace(/\.json$/, "")}.json`);
        if (!/[/\\]/.test(arg) && fs.existsSync(profile)) file = profile;
        else throw new InputError(`config file ${arg} does not exist (and is not a profile name)`);
    }
    const text = readInputText(file, "config file", maxBytes);
    const doc = parseJson(text, "config file", arg);
    if (!doc || typeof doc !== "object" || Array.isArray(doc))
        throw new InputError(`config file ${arg} must be a JSON object of policy names to levels or settings`);
    const cfg = doc as Record<string, unknown>;
    // Errors name the key (when it has a policy name's shape) and its line, never a value: a file
    // passed by mistake (AWS credentials as JSON) must not be echoed.
    const lines = topLevelKeyLines(text);
    const key = (k: string) => keyLabel(k, lines.get(k));
    for (const [k, v] of Object.entries(cfg)) {
        if (k === "environments" || k === "$schema" || k === "description") continue;
        if (typeof v === "string" && !LEVELS.has(v))
            throw new InputError(`config file ${arg}: ${key(k)} is not an enforcement level (advisory, mandatory, disabled or remediate)`);
        if (typeof v !== "string" && (!v || typeof v !== "object" || Array.isArray(v)))
            throw new InputError(`config file ${arg}: ${key(k)} must be a level or an object`);
        if (k === "all" && typeof v !== "string") throw new InputError(`config file ${arg}: "all" must be an enforcement level`);
    }
    const { environments: _e, $schema: _s, description: _d, ...rest } = cfg;
    configLines.set(rest, lines);
    return rest as PolicyPackConfigFile;
}

/** The line of each key of a config file read by readConfig, for validateConfig's messages. */
const configLines = new WeakMap<object, Map<string, number>>();

/** An ajv instance path (`/exemptions/0/urn`) with any segment that is not a plain name or index left out. */
function safePath(instancePath: string): string {
    return instancePath
        .split("/")
        .map((s) => (s === "" || /^[A-Za-z0-9_-]{1,64}$/.test(s) ? s : "…"))
        .join("/");
}

/** The engine's config validation: each policy's properties against its schema. */
function validateConfig(info: AnalyzerInfo, file: PolicyPackConfigFile, arg: string): string[] {
    const Ajv = require("ajv");
    const ajv = new Ajv({ strict: false, allErrors: false });
    const warnings: string[] = [];
    const names = new Set(info.policies.map((p) => p.name));
    const lines = configLines.get(file);
    for (const [k, v] of Object.entries(file)) {
        if (k === "all") continue;
        if (!names.has(k)) {
            warnings.push(`config ${arg}: ${keyLabel(k, lines?.get(k))} is not a policy of ${info.name}; ignored`);
            continue;
        }
        if (typeof v !== "object") continue;
        const p = info.policies.find((x) => x.name === k)!;
        const { enforcementLevel, ...props } = v as Record<string, unknown>;
        if (enforcementLevel !== undefined && !LEVELS.has(String(enforcementLevel))) {
            throw new InputError(
                `config ${arg}: ${keyLabel(k, lines?.get(k))}: enforcementLevel is not an enforcement level (advisory, mandatory, disabled or remediate)`,
            );
        }
        const validate = ajv.compile({ type: "object", properties: p.configSchema.properties, required: p.configSchema.required });
        if (!validate(props)) {
            const e = validate.errors[0];
            throw new InputError(
                `config ${arg}: ${keyLabel(k, lines?.get(k))}: ${safePath(e.instancePath || "") || "its settings"} ${e.message}`,
            );
        }
    }
    return warnings;
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (t: T, i: number) => Promise<R>): Promise<R[]> {
    const out: R[] = new Array(items.length);
    let next = 0;
    await Promise.all(
        Array.from({ length: Math.min(limit, items.length) }, async () => {
            while (next < items.length) {
                const i = next++;
                out[i] = await fn(items[i], i);
            }
        }),
    );
    return out;
}

export async function scan(opts: ScanOptions): Promise<ScanReport> {
    const t0 = Date.now();
    const progress = opts.progress ?? (() => undefined);
    if (!(opts.program || opts.entry) === !opts.state) throw new InputError("give exactly one of --program <dir> or --state <file>");
    const configFile = opts.config ? readConfig(opts.config, opts.maxInputBytes) : {};
    const maxBytes = opts.maxInputBytes ?? DEFAULT_MAX_INPUT_MIB * 1024 * 1024;

    // The target first when it is cheap to check (a bad state file should not wait for the pack).
    let target: ScanTarget;
    let stackResources: ResourceInput[];
    let packPromise: Promise<PackProcess> | undefined;
    const warnings: string[] = [];
    const packDir = path.resolve(opts.packDir ?? PACK_DIR);
    if (!fs.existsSync(path.join(packDir, "PulumiPolicy.yaml")))
        throw new InputError(`${packDir} is not a policy pack (no PulumiPolicy.yaml)`);
    const startPack = (project: string, stack: string) =>
        PackProcess.start(packDir, { project, stack }).catch((e: Error) => {
            const lines = e.message.split("\n").map((l) => l.trim());
            const why = lines.find((l) => /error TS\d+|Error:/.test(l) && !l.startsWith("error: [runtime]")) ?? lines[0];
            throw new Error(`the policy pack in ${packDir} failed to start: ${why}`);
        });
    if (opts.state) {
        const s = readState(opts.state, maxBytes);
        for (const w of s.warnings) warnings.push(w);
        target = s.target;
        stackResources = s.stackResources;
        packPromise = startPack(target.project, target.stack);
    } else {
        // Start the pack while the program runs (both take seconds), with the names the program's URNs get.
        const id = programIdentity(opts.program, opts.entry, opts.stack);
        packPromise = id ? startPack(id.project, id.stack) : undefined;
        packPromise?.catch(() => undefined);
        const label = opts.program ?? opts.entry;
        progress(`running ${label} as at a preview`);
        try {
            target = await runProgram(opts.program, {
                stack: opts.stack,
                entry: opts.entry,
                entryArgs: opts.entryArgs,
                stackConfig: opts.stackConfig,
                timeoutMs: opts.timeoutMs,
                onProgress: (n) => progress(`running ${label}: ${n} resources registered`),
                onOutput: opts.onProgramOutput,
            });
        } catch (e) {
            packPromise?.then((p) => p.close()).catch(() => undefined);
            throw e;
        }
        stackResources = target.resources;
    }

    progress(`starting the policy pack`);
    const pack = await (packPromise ?? startPack(target.project, target.stack));
    try {
        await pack.configureStack({ "pulumi:project": target.project });
        const info = await pack.getAnalyzerInfo();
        for (const w of validateConfig(info, configFile, opts.config ?? "")) warnings.push(w);
        const effective = await pack.configure(configFile);
        const recorded: ScanRecord["resources"] = [];
        const findings: Finding[] = [];
        const exempted: Exemption[] = [];
        const fixed: Fixed[] = [];
        // Policies at `remediate` fix a program's inputs before Analyze, as `pulumi preview` does; a
        // state is already deployed, so its fixes are reported, not applied (as `pulumi policy analyze`).
        const apply = !!opts.program;
        const describe = new Map(info.policies.map((p) => [p.name, p.description]));
        const collect = (urn: string, r: Awaited<ReturnType<PackProcess["analyze"]>>) => {
            for (const d of r.diagnostics) {
                const f = makeFinding({
                    policy: d.policyName,
                    pack: d.policyPackName,
                    packVersion: d.policyPackVersion,
                    level: d.enforcementLevel,
                    severity: d.severity,
                    urn: d.urn,
                    message: d.message,
                    description: describe.get(d.policyName),
                });
                const src = target.sources[d.urn];
                if (src) f.source = src;
                findings.push(f);
            }
            for (const n of r.notApplicable) {
                if (/^exempted/.test(n.reason)) exempted.push({ policy: n.policyName, urn, reason: n.reason });
            }
        };
        let done = 0;
        const total = target.resources.length;
        await mapLimit(target.resources, opts.concurrency ?? 8, async (r) => {
            const { remediations } = await pack.remediate(r);
            let props = r.properties;
            for (const x of remediations) {
                if (x.diagnostic) {
                    // A remediation that could not run: the engine shows it as an advisory violation.
                    const { properties: _, diagnostic, ...d } = x;
                    const diagnostics = [
                        { ...d, message: diagnostic, enforcementLevel: "advisory" as const, severity: "" as const, urn: r.urn! },
                    ];
                    collect(r.urn!, { diagnostics, notApplicable: [] });
                } else if (x.properties) {
                    fixed.push(makeFixed(x.policyName, r.urn!, props, x.properties, apply));
                    if (apply) props = x.properties;
                }
            }
            r.properties = props;
            const result = await pack.analyze(r);
            collect(r.urn!, result);
            if (opts.record) recorded.push({ resource: r, notApplicable: result.notApplicable });
            done++;
            progress(`analysing resources ${done}/${total}`);
        });
        fixed.sort(
            (a, b) => a.resourceName.localeCompare(b.resourceName) || a.urn.localeCompare(b.urn) || a.policy.localeCompare(b.policy),
        );
        progress(`analysing the stack`);
        const stackResult = await pack.analyzeStack(stackResources);
        collect("", stackResult);
        const stackUrn =
            stackResources.find((r) => r.type === "pulumi:pulumi:Stack")?.urn ??
            `urn:pulumi:${target.stack}::${target.project}::pulumi:pulumi:Stack::${target.project}-${target.stack}`;
        return {
            tool: { name: info.name, version: info.version },
            source: { kind: opts.state ? "state" : "program", path: (opts.program ?? opts.entry ?? opts.state)! },
            project: target.project,
            stack: target.stack,
            resources: total,
            policies: info.policies.length,
            findings,
            exempted,
            ...(fixed.length ? { fixed } : {}),
            durationMs: Date.now() - t0,
            warnings: [...(target.warnings ?? []), ...warnings],
            notes: target.notes ?? [],
            inventory: inventoryOf(target.resources),
            ...(opts.record
                ? {
                      record: {
                          info,
                          effective,
                          resources: recorded.sort((a, b) => a.resource.urn!.localeCompare(b.resource.urn!)),
                          stack: { urn: stackUrn, notApplicable: stackResult.notApplicable },
                      },
                  }
                : {}),
        };
    } finally {
        await pack.close();
    }
}
