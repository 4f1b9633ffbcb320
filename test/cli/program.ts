// What the program specs share: `sagemaker-guard scan --program` run as users run it (node cli/bin.js,
// the compiled command), and what a non-compliant notebook must be reported with.
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const FIX = path.join(__dirname, "fixtures");
export const NOTEBOOK_MANDATORY = [
    "sagemaker-notebook-in-vpc",
    "sagemaker-notebook-kms-encryption",
    "sagemaker-notebook-no-direct-internet",
];
export const TOKEN = "ghp_8f3kQ2xVb7LmN9pR4sT6uW1yZ0aC5dE3gH2j";

export interface Finding {
    policy: string;
    level: string;
    resourceType: string;
    resourceName: string;
    source?: { file: string; line: number };
}

export function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
    // An undefined value removes the variable (spawn would pass the string "undefined").
    const env = Object.fromEntries(Object.entries({ ...process.env, NO_COLOR: "1", ...opts.env }).filter(([, v]) => v !== undefined));
    const r = spawnSync(cmd, args, {
        cwd: opts.cwd ?? ROOT,
        encoding: "utf8",
        env,
        timeout: 280_000,
    });
    return { code: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

export const cli = (args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
    run(process.execPath, [path.join(ROOT, "cli", "bin.js"), ...args], opts);

export function findings(stdout: string): Finding[] {
    return JSON.parse(stdout).findings;
}

export function tempDir(prefix: string): string {
    return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/** Links packages of this checkout into `<dir>/node_modules`, as an install would put them there. */
export function linkPackages(dir: string, names: string[]): void {
    for (const name of names) {
        const target = path.join(dir, "node_modules", name);
        if (fs.existsSync(target)) continue;
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.symlinkSync(fs.realpathSync(path.join(ROOT, "node_modules", name)), target, "dir");
    }
}

/** The notebook's mandatory findings, and where they say it is declared (a real file, or nothing). */
export function assertNotebook(out: Finding[], name: string): Finding["source"] {
    const mine = out.filter((f) => f.resourceName === name && f.level === "mandatory").map((f) => f.policy);
    for (const p of NOTEBOOK_MANDATORY) assert.ok(mine.includes(p), `${p} on ${name}: ${mine.join(", ")}`);
    for (const f of out) {
        if (!f.source) continue;
        assert.ok(fs.existsSync(f.source.file), `declared at ${f.source.file} exists`);
        assert.ok(!f.source.file.split(path.sep).includes("node_modules"), `declared at ${f.source.file} is a program file`);
        assert.notStrictEqual(f.resourceType, "pulumi:pulumi:Stack", "the stack is declared by the SDK, not the program");
    }
    return out.find((f) => f.resourceName === name)?.source;
}
