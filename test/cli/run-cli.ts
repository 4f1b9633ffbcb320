// The setup the CLI specs share: where the checkout and the fixtures are, the command run as users
// run it (a child process, no colour), and the SARIF 2.1.0 schema validator.

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const FIX = path.join(__dirname, "fixtures");

/** `sagemaker-guard <args>` in a child process, from the checkout; a hang guard of 240 s. */
export function cli(args: string[], env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [path.join(ROOT, "cli", "bin.js"), ...args], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1", ...env },
        timeout: 240_000,
        maxBuffer: 256 * 1024 * 1024,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A validator for SARIF 2.1.0 (test/cli/fixtures/sarif-schema-2.1.0.json). */
export function sarifValidator() {
    const Ajv = require("ajv");
    const schema = JSON.parse(fs.readFileSync(path.join(FIX, "sarif-schema-2.1.0.json"), "utf8"));
    // The schema is draft-04: ajv 8 reads it once `id` is `$id` and `$schema` is dropped.
    delete schema.$schema;
    schema.$id = schema.id;
    delete schema.id;
    return new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(schema);
}
