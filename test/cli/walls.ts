// What the walls specs share: `sagemaker-guard scan` run as users run it, on the minimal programs in
// fixtures/walls/ of the shapes where real projects stopped it (issue 30), with no AWS region from the environment.
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const WALLS = path.join(__dirname, "fixtures", "walls");
export const NO_REGION = { AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined };

export function cli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
    const env = Object.fromEntries(
        Object.entries({ ...process.env, NO_COLOR: "1", ...NO_REGION, ...opts.env }).filter(([, v]) => v !== undefined),
    );
    const r = spawnSync(process.execPath, [path.join(ROOT, "cli", "bin.js"), ...args], {
        cwd: opts.cwd ?? ROOT,
        encoding: "utf8",
        env,
        timeout: 280_000,
    });
    return { code: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

export const tempDir = (prefix: string) => fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
export const oneLine = (stderr: string) => assert.strictEqual(stderr.trim().split("\n").length, 1, stderr);

export interface JsonReport {
    project: string;
    findings: { policy: string; level: string; resourceName: string; urn: string }[];
    registered: { type: string; name: string; urn: string; unknownInputs: string[] }[];
}

export function mandatoryOn(report: JsonReport, name: string): string[] {
    return report.findings.filter((f) => f.resourceName === name && f.level === "mandatory").map((f) => f.policy);
}
