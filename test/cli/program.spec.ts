// `sagemaker-guard scan --program` on the shapes real projects take, run as users run it (node
// cli/bin.js, the compiled command): CommonJS and ESM TypeScript, plain ESM JavaScript, a pnpm-style
// workspace, a module exporting a function (--entry), an SST app, an SDK outside the supported range,
// passphrase-encrypted secret config, and the command installed into another project.

import * as assert from "assert";
import { spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const FIX = path.join(__dirname, "fixtures");
const NOTEBOOK_MANDATORY = ["sagemaker-notebook-in-vpc", "sagemaker-notebook-kms-encryption", "sagemaker-notebook-no-direct-internet"];
const TOKEN = "ghp_8f3kQ2xVb7LmN9pR4sT6uW1yZ0aC5dE3gH2j";

interface Finding {
    policy: string;
    level: string;
    resourceType: string;
    resourceName: string;
    source?: { file: string; line: number };
}

function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
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

const cli = (args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
    run(process.execPath, [path.join(ROOT, "cli", "bin.js"), ...args], opts);

function findings(stdout: string): Finding[] {
    return JSON.parse(stdout).findings;
}

function tempDir(prefix: string): string {
    return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/** Links packages of this checkout into `<dir>/node_modules`, as an install would put them there. */
function linkPackages(dir: string, names: string[]): void {
    for (const name of names) {
        const target = path.join(dir, "node_modules", name);
        if (fs.existsSync(target)) continue;
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.symlinkSync(fs.realpathSync(path.join(ROOT, "node_modules", name)), target, "dir");
    }
}

/** The notebook's mandatory findings, and where they say it is declared (a real file, or nothing). */
function assertNotebook(out: Finding[], name: string): Finding["source"] {
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

describe("cli: scan --program on each program shape", function () {
    it("CommonJS TypeScript with `main: infra/index.ts`: declared at the program's file and line; nothing left in the temp dir", () => {
        const tmp = tempDir("sg-tmp-");
        const r = cli(["scan", "--program", path.join(FIX, "shapes", "cjs-ts"), "--format", "json"], { env: { TMPDIR: tmp } });
        assert.strictEqual(r.code, 1, r.stderr);
        const src = assertNotebook(findings(r.stdout), "cjs-notebook");
        assert.deepStrictEqual([path.relative(FIX, src!.file), src!.line], [path.join("shapes", "cjs-ts", "infra", "index.ts"), 5]);
        assert.deepStrictEqual(fs.readdirSync(tmp), [], "no v8-compile-cache-* or other leftovers");
    });

    it("ESM TypeScript with `nodeargs: --loader ts-node/esm` (.js specifiers, top-level await)", () => {
        const r = cli(["scan", "--program", path.join(FIX, "shapes", "esm-ts-loader"), "--format", "json"]);
        assert.strictEqual(r.code, 1, r.stderr);
        assertNotebook(findings(r.stdout), "esm-loader-notebook");
    });

    it("ESM TypeScript (.mts) without a loader: the SDK's own ESM mode", () => {
        const r = cli(["scan", "--program", path.join(FIX, "shapes", "esm-ts-auto"), "--format", "json"]);
        assert.strictEqual(r.code, 1, r.stderr);
        assertNotebook(findings(r.stdout), "esm-auto-notebook");
    });

    it("plain ESM JavaScript (.mjs from package.json main, typescript: false, default-exported function)", () => {
        const r = cli(["scan", "--program", path.join(FIX, "shapes", "esm-js"), "--format", "json"]);
        assert.strictEqual(r.code, 1, r.stderr);
        const src = assertNotebook(findings(r.stdout), "esm-js-notebook");
        assert.deepStrictEqual([path.basename(src!.file), src!.line], ["main.mjs", 5]);
    });

    it("a pnpm-style workspace: node_modules in the workspace root, a linked workspace package, a tsconfig that extends the root's", () => {
        const ws = tempDir("sg-ws-");
        const infra = path.join(ws, "packages", "infra");
        const naming = path.join(ws, "packages", "naming");
        fs.mkdirSync(infra, { recursive: true });
        fs.mkdirSync(naming, { recursive: true });
        fs.writeFileSync(path.join(ws, "package.json"), JSON.stringify({ name: "ws", private: true }));
        fs.writeFileSync(path.join(ws, "pnpm-workspace.yaml"), "packages:\n    - packages/*\n");
        fs.writeFileSync(
            path.join(ws, "tsconfig.base.json"),
            JSON.stringify({ compilerOptions: { strict: true, target: "ES2020", module: "commonjs", esModuleInterop: true } }),
        );
        fs.writeFileSync(path.join(naming, "package.json"), JSON.stringify({ name: "@ws/naming", main: "index.ts" }));
        fs.writeFileSync(path.join(naming, "index.ts"), "export const notebookName = (team: string) => `${team}-notebook`;\n");
        fs.writeFileSync(path.join(infra, "Pulumi.yaml"), "name: ws-infra\nruntime: nodejs\n");
        fs.writeFileSync(path.join(infra, "package.json"), JSON.stringify({ name: "@ws/infra", private: true, main: "index.ts" }));
        fs.writeFileSync(path.join(infra, "tsconfig.json"), JSON.stringify({ extends: "../../tsconfig.base.json" }));
        fs.writeFileSync(
            path.join(infra, "index.ts"),
            'import * as aws from "@pulumi/aws";\nimport { notebookName } from "@ws/naming";\n\n' +
                'new aws.sagemaker.NotebookInstance(notebookName("ws"), { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::111122223333:role/x" });\n',
        );
        linkPackages(ws, ["@pulumi/pulumi", "@pulumi/aws", "typescript", "ts-node"]);
        fs.mkdirSync(path.join(ws, "node_modules", "@ws"));
        fs.symlinkSync(path.join("..", "..", "packages", "naming"), path.join(ws, "node_modules", "@ws", "naming"), "dir");
        const r = cli(["scan", "--program", "packages/infra", "--format", "json"], { cwd: ws });
        assert.strictEqual(r.code, 1, r.stderr);
        const src = assertNotebook(findings(r.stdout), "ws-notebook");
        assert.strictEqual(src?.file, path.join(infra, "index.ts"));
    });
});

describe("cli: scan --entry, SST apps, SDK versions", function () {
    const entry = path.join(FIX, "automation", "infra.ts");

    it("--entry <module>#<export> runs an Automation API program function (no Pulumi.yaml)", () => {
        const r = cli(["scan", "--entry", `${entry}#setup`, "--format", "json"]);
        assert.strictEqual(r.code, 1, r.stderr);
        const out = JSON.parse(r.stdout);
        assert.strictEqual(out.project, "ml-platform");
        assertNotebook(out.findings, "automation-notebook");
    });

    it("a module whose function is not named says to use --entry; a missing export is named", () => {
        const none = cli(["scan", "--program", path.join(FIX, "empty-program")]);
        assert.strictEqual(none.code, 2);
        assert.match(none.stderr, /registered no resources.*--entry <module>#<export>/);
        const missing = cli(["scan", "--entry", `${entry}#nope`]);
        assert.strictEqual(missing.code, 2, missing.stderr);
        assert.match(missing.stderr, /^error: the program in .*infra\.ts failed: infra\.ts has no exported function "nope"\n$/);
    });

    it("an SST app exits 2 with one line that says to run sst diff --policy <pack dir>", () => {
        const r = cli(["scan", "--program", path.join(FIX, "sst-app")]);
        assert.strictEqual(r.code, 2);
        assert.match(r.stderr, /is an SST app \(sst\.config\.ts, no Pulumi\.yaml\).*`sst diff --policy [^`]+`/);
        assert.strictEqual(r.stderr.trim().split("\n").length, 1);
    });

    it("an @pulumi/pulumi outside the supported range: one line with the found and the supported versions", () => {
        const dir = tempDir("sg-sdk-");
        fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: old\nruntime: nodejs\n");
        fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "old" }));
        fs.writeFileSync(path.join(dir, "index.ts"), "export {};\n");
        // Only the version is read before the program starts; 2.x never runs.
        fs.mkdirSync(path.join(dir, "node_modules", "@pulumi", "pulumi"), { recursive: true });
        fs.writeFileSync(
            path.join(dir, "node_modules", "@pulumi", "pulumi", "package.json"),
            JSON.stringify({ name: "@pulumi/pulumi", version: "2.25.2" }),
        );
        const r = cli(["scan", "--program", dir]);
        assert.strictEqual(r.code, 2);
        assert.strictEqual(
            r.stderr,
            "error: the program uses @pulumi/pulumi 2.25.2; sagemaker-guard scan supports @pulumi/pulumi >=3.0.0 <4\n",
        );
    });
});

/** Encrypts as Pulumi's passphrase secrets provider does (PBKDF2-SHA256 x 1,000,000, AES-256-GCM), from its Go source. */
function encryptedStack(passphrase: string, secrets: Record<string, string>): string {
    const salt = crypto.randomBytes(8);
    const key = crypto.pbkdf2Sync(passphrase, salt, 1_000_000, 32, "sha256");
    const seal = (text: string) => {
        const nonce = crypto.randomBytes(12);
        const c = crypto.createCipheriv("aes-256-gcm", key, nonce);
        const sealed = Buffer.concat([c.update(text, "utf8"), c.final(), c.getAuthTag()]);
        return `v1:${nonce.toString("base64")}:${sealed.toString("base64")}`;
    };
    const lines = [`encryptionsalt: v1:${salt.toString("base64")}:${seal("pulumi")}`, "config:", "    aws:region: us-east-1"];
    for (const [k, v] of Object.entries(secrets)) lines.push(`    ${k}:`, `        secure: ${seal(v)}`);
    return lines.join("\n") + "\n";
}

describe("cli: scan --program with passphrase-encrypted secret config", function () {
    let dir: string;
    before(() => {
        dir = tempDir("sg-secret-");
        for (const f of ["Pulumi.yaml", "Pulumi.real.yaml", "package.json", "index.ts"])
            fs.copyFileSync(path.join(FIX, "secret-config", f), path.join(dir, f));
        linkPackages(dir, ["@pulumi/pulumi", "@pulumi/aws"]);
        fs.writeFileSync(path.join(dir, "Pulumi.dev.yaml"), encryptedStack("correct horse", { "secret-config:repoToken": TOKEN }));
    });
    const credentialFindings = (stdout: string) =>
        findings(stdout).filter((f) => f.resourceName === "summariser" && f.policy === "hygiene-no-credentials");

    it("without a passphrase: one line says how many secret values the scan could not see", () => {
        const env = { PULUMI_CONFIG_PASSPHRASE: undefined, PULUMI_CONFIG_PASSPHRASE_FILE: undefined };
        const r = cli(["scan", "--program", dir, "--format", "json"], { env });
        assert.match(r.stderr, /^warning: 1 secret config value was hidden from the scan .*PULUMI_CONFIG_PASSPHRASE/m);
        assert.deepStrictEqual(credentialFindings(r.stdout), []);
    });

    it("with PULUMI_CONFIG_PASSPHRASE: the program gets the plaintext, the token in the model's environment is reported, never printed", () => {
        const r = cli(["scan", "--program", dir, "--format", "json", "--verbose"], { env: { PULUMI_CONFIG_PASSPHRASE: "correct horse" } });
        assert.strictEqual(r.code, 1, r.stderr);
        assert.strictEqual(credentialFindings(r.stdout).length, 1, r.stdout);
        assert.ok(!(r.stdout + r.stderr).includes(TOKEN), "the secret is never printed");
        assert.doesNotMatch(r.stderr, /hidden from the scan/);
    });

    it("a stack encrypted by the Pulumi CLI itself (v3.274.1, `pulumi config set --secret`, one value nested)", () => {
        const hidden = cli(["scan", "--program", dir, "--stack", "real", "--format", "json"], {
            env: { PULUMI_CONFIG_PASSPHRASE: undefined },
        });
        assert.match(hidden.stderr, /^warning: 2 secret config values were hidden from the scan/m);
        const r = cli(["scan", "--program", dir, "--stack", "real", "--format", "json"], {
            env: { PULUMI_CONFIG_PASSPHRASE: "correct horse" },
        });
        assert.strictEqual(credentialFindings(r.stdout).length, 1, r.stderr);
        assert.ok(!(r.stdout + r.stderr).includes(TOKEN));
    });

    it("with PULUMI_CONFIG_PASSPHRASE_FILE (trimmed); a wrong passphrase exits 2 with one line", () => {
        const file = path.join(dir, "..", `${path.basename(dir)}.passphrase`);
        fs.writeFileSync(file, "correct horse\n");
        const ok = cli(["scan", "--program", dir, "--format", "json"], {
            env: { PULUMI_CONFIG_PASSPHRASE: undefined, PULUMI_CONFIG_PASSPHRASE_FILE: file },
        });
        assert.strictEqual(credentialFindings(ok.stdout).length, 1, ok.stderr);
        const bad = cli(["scan", "--program", dir], { env: { PULUMI_CONFIG_PASSPHRASE: "wrong" } });
        assert.strictEqual(bad.code, 2);
        assert.strictEqual(
            bad.stderr,
            "error: Pulumi.dev.yaml: incorrect passphrase (PULUMI_CONFIG_PASSPHRASE or PULUMI_CONFIG_PASSPHRASE_FILE must be the stack's passphrase)\n",
        );
    });
});

describe("cli: the command run from another project", function () {
    let project: string;
    // A copy of the checkout: installing a directory runs its `prepare`, which rebuilds dist/, and the
    // other spec files, run alongside (mocha --parallel), read this checkout's dist/ meanwhile.
    let checkout: string;
    before(() => {
        checkout = tempDir("sg-checkout-");
        const skip = new Set([path.join(ROOT, "node_modules"), path.join(ROOT, ".git")]);
        fs.cpSync(ROOT, checkout, { recursive: true, filter: (src) => !skip.has(src) });
        fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(checkout, "node_modules"), "dir");
        project = tempDir("sg-consumer-");
        fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
        fs.cpSync(path.join(FIX, "shapes", "cjs-ts"), path.join(project, "infra"), { recursive: true });
    });
    after(() => {
        for (const dir of [checkout, project]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });
    const linkProgramDeps = () => linkPackages(path.join(project, "infra"), ["@pulumi/pulumi", "@pulumi/aws", "typescript"]);

    it("npx --package <checkout> sagemaker-guard scan …", () => {
        linkProgramDeps();
        const r = run(
            "npx",
            ["--offline", "--yes", "--package", checkout, "sagemaker-guard", "scan", "--program", "infra", "--format", "json"],
            {
                cwd: project,
            },
        );
        assert.strictEqual(r.code, 1, r.stderr);
        assertNotebook(findings(r.stdout), "cjs-notebook");
    });

    it("npm install --save-dev <checkout>, then npx sagemaker-guard scan …", () => {
        const install = run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--save-dev", checkout], { cwd: project });
        assert.strictEqual(install.code, 0, install.stderr);
        linkProgramDeps();
        const r = run("npx", ["sagemaker-guard", "scan", "--program", "infra", "--format", "json"], { cwd: project });
        assert.strictEqual(r.code, 1, r.stderr);
        assertNotebook(findings(r.stdout), "cjs-notebook");
    });
});
