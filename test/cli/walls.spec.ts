// `sagemaker-guard scan` on the shapes where real projects stopped it (issue 30), each on a minimal
// program of that shape in fixtures/walls/: a stack that imports an ESC environment, errors that Node
// or a loader hide, monorepos, an --entry function that takes arguments, other languages, SST
// versions, and the list of what was scanned with the inputs unknown at preview.

import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { explainFailure } from "../../cli/program-errors";

const ROOT = path.resolve(__dirname, "..", "..");
const WALLS = path.join(__dirname, "fixtures", "walls");
const NO_REGION = { AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined };

function cli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
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

const tempDir = (prefix: string) => fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
const oneLine = (stderr: string) => assert.strictEqual(stderr.trim().split("\n").length, 1, stderr);

interface JsonReport {
    project: string;
    findings: { policy: string; level: string; resourceName: string; urn: string }[];
    registered: { type: string; name: string; urn: string; unknownInputs: string[] }[];
}

function mandatoryOn(report: JsonReport, name: string): string[] {
    return report.findings.filter((f) => f.resourceName === name && f.level === "mandatory").map((f) => f.policy);
}

describe("cli walls: a stack that imports an ESC environment", function () {
    const dir = path.join(WALLS, "esc-stack");

    it("a required value the environment would have set: one line that names the key, --stack-config and the environment", () => {
        const r = cli(["scan", "--program", dir]);
        assert.strictEqual(r.code, 2, r.stderr);
        oneLine(r.stderr);
        assert.match(
            r.stderr,
            /Missing required configuration variable 'esc-stack:modelId' \(give it with --stack-config esc-stack:modelId=<value> or --stack-config-file <yaml>; Pulumi\.dev\.yaml imports ESC environment pulumi-idp\/auth, which a scan cannot open\)/,
        );
    });

    it("--stack-config key=value (repeatable): scans; says the ESC import was not opened and that aws:region took the default", () => {
        const r = cli([
            "scan",
            "--program",
            dir,
            "--format",
            "json",
            "--stack-config",
            "modelId=m1",
            "--stack-config",
            "esc-stack:stackName=ws",
        ]);
        assert.strictEqual(r.code, 1, r.stderr);
        assert.match(r.stderr, /^warning: Pulumi\.dev\.yaml imports the ESC environment pulumi-idp\/auth, which a scan cannot open/m);
        assert.match(r.stderr, /^note: aws:region is not set for stack dev: the scan used us-east-1 \(the scan's default\)/m);
        const report: JsonReport = JSON.parse(r.stdout);
        // --stack-config wins over the stack file's `esc-stack:stackName: agentcore-ws`.
        assert.ok(mandatoryOn(report, "ws-notebook").includes("sagemaker-notebook-in-vpc"), r.stdout);
    });

    it("the aws:region default is AWS_REGION when that is set, and is stated", () => {
        const r = cli(["scan", "--program", dir, "--format", "json", "--stack-config", "modelId=m1"], {
            env: { AWS_REGION: "eu-central-1" },
        });
        assert.strictEqual(r.code, 1, r.stderr);
        assert.match(r.stderr, /^note: aws:region is not set for stack dev: the scan used eu-central-1 \(from AWS_REGION\)/m);
    });

    it("--stack-config-file (a Pulumi.<stack>.yaml-shaped file): scans, and no default is used or stated", () => {
        const file = path.join(tempDir("sg-stackcfg-"), "esc-values.yaml");
        fs.writeFileSync(file, "config:\n    aws:region: eu-west-1\n    esc-stack:modelId: m2\n");
        const r = cli(["scan", "--program", dir, "--format", "json", "--stack-config-file", file]);
        assert.strictEqual(r.code, 1, r.stderr);
        assert.doesNotMatch(r.stderr, /^note: aws:region/m);
        const flat = path.join(path.dirname(file), "flat.yaml");
        fs.writeFileSync(flat, "modelId: m3\n");
        assert.strictEqual(cli(["scan", "--program", dir, "--stack-config-file", flat, "--format", "json"]).code, 1);
    });

    it("--stack-config-file given an ESC environment definition: its values.pulumiConfig, plain values only", () => {
        const file = path.join(tempDir("sg-escdef-"), "env.yaml");
        const env = [
            "values:",
            "    region: eu-north-1",
            "    pulumiConfig:",
            "        aws:region: eu-west-3",
            "        esc-stack:modelId: m4",
        ];
        fs.writeFileSync(
            file,
            [...env, "        esc-stack:stackName: ${region}", "        esc-stack:token:", "            fn::secret: x", ""].join("\n"),
        );
        const r = cli(["scan", "--program", dir, "--format", "json", "--stack-config-file", file]);
        assert.strictEqual(r.code, 1, r.stderr);
        assert.doesNotMatch(r.stderr, /^note: aws:region/m);
        // `${region}` is an ESC expression: left out, so the stack file's stackName stands.
        assert.ok(mandatoryOn(JSON.parse(r.stdout), "agentcore-ws-notebook").length > 0, r.stdout);
    });

    it("a --stack-config that is not key=value, and a missing --stack-config-file: one line, exit 2", () => {
        const bad = cli(["scan", "--program", dir, "--stack-config", "modelId"]);
        assert.strictEqual(bad.code, 2);
        assert.strictEqual(bad.stderr, 'error: --stack-config takes key=value (e.g. aws:region=us-east-1), not "modelId"\n');
        const missing = cli(["scan", "--program", dir, "--stack-config-file", "nope.yaml"]);
        assert.strictEqual(missing.code, 2);
        assert.strictEqual(missing.stderr, "error: --stack-config-file nope.yaml does not exist\n");
    });
});

describe("cli walls: errors name their cause in one line", function () {
    it("a type error under the program's own --loader ts-node/esm does not stop a scan (TS_NODE_TRANSPILE_ONLY too)", () => {
        const r = cli(["scan", "--program", path.join(WALLS, "esm-loader-type-error"), "--format", "json"]);
        assert.strictEqual(r.code, 1, r.stderr);
        assert.ok(mandatoryOn(JSON.parse(r.stdout), "esm-typed-notebook").includes("sagemaker-notebook-in-vpc"));
    });

    it("with type checking asked for (PULUMI_NODEJS_TRANSPILE_ONLY=false): the first type error and its program line", () => {
        const r = cli(["scan", "--program", path.join(WALLS, "esm-loader-type-error")], { env: { PULUMI_NODEJS_TRANSPILE_ONLY: "false" } });
        assert.strictEqual(r.code, 2);
        oneLine(r.stderr);
        assert.match(
            r.stderr,
            /failed: index\.ts\(4,7\): error TS2322: .* \(at test\/cli\/fixtures\/walls\/esm-loader-type-error\/index\.ts:4\)\n$/,
        );
    });

    it("a loader that fails on its tsconfig (Node prints `[Object: null prototype]`): the tsconfig error, not `Node.js v20`", () => {
        const r = cli(["scan", "--program", path.join(WALLS, "esm-loader-bad-tsconfig")]);
        assert.strictEqual(r.code, 2);
        oneLine(r.stderr);
        assert.match(
            r.stderr,
            /the program's loader \(ts-node\/esm, from runtime\.options\.nodeargs\) failed on its tsconfig: .*tsconfig\.json: error TS5083: Cannot read file '.*base\.json'/,
        );
        assert.doesNotMatch(r.stderr, /Node\.js v\d/);
        const verbose = cli(["scan", "--program", path.join(WALLS, "esm-loader-bad-tsconfig"), "--verbose"]);
        assert.match(verbose.stderr, /Node\.js v\d/, "the rest of the output is there with --verbose");
    });

    it("a module that does not resolve: the error, not the last line of Node's output", () => {
        const r = cli(["scan", "--program", path.join(WALLS, "esm-loader-crash")]);
        assert.strictEqual(r.code, 2);
        oneLine(r.stderr);
        assert.match(r.stderr, /failed: Cannot find module '.*settings\.js' imported from .*index\.ts\n$/);
    });

    it("Node's own uncaught-error format: the first error line and the program line from its header (no SDK log)", () => {
        const root = "/work/app";
        const stderr = [
            "(node:123) ExperimentalWarning: Custom ESM loaders is an experimental feature",
            "file:///work/app/index.ts:7",
            '    throw new Error("bucket name is required");',
            "          ^",
            "",
            "Error: bucket name is required",
            "    at file:///work/app/node_modules/lib/index.js:3:9",
            "    at ModuleJob.run (node:internal/modules/esm/module_job:234:25)",
            "",
            "Node.js v20.20.2",
        ].join("\n");
        const why = explainFailure({ logs: [], stderr, root, pwd: root });
        assert.strictEqual(why, `bucket name is required (at ${path.relative(process.cwd(), "/work/app/index.ts")}:7)`);
        // The SDK's log entry wins over stderr; its first line that states an error is taken.
        const logged = explainFailure({
            logs: [
                {
                    severity: "error",
                    message:
                        "Running program '/work/app' failed with an unhandled exception:\nTypeError: x is not a function\n    at /work/app/lib/a.ts:3:1",
                },
            ],
            stderr,
            root,
            pwd: root,
        });
        assert.strictEqual(logged, `TypeError: x is not a function (at ${path.relative(process.cwd(), "/work/app/lib/a.ts")}:3)`);
        // ts-node's TSError from a CommonJS program: the cause on the next line, and the position it names.
        const tsError = explainFailure({
            logs: [
                {
                    severity: "error",
                    message:
                        "TSError: ⨯ Unable to compile TypeScript:\nindex.ts(4,7): error TS2322: Type 'string' is not assignable to type 'number'.\n    at createTSError (/work/app/node_modules/ts-node/src/index.ts:859:12)",
                },
            ],
            stderr: "",
            root,
            pwd: root,
        });
        assert.strictEqual(
            tsError,
            `TSError: ⨯ Unable to compile TypeScript: index.ts(4,7): error TS2322: Type 'string' is not assignable to type 'number'. (at ${path.relative(process.cwd(), "/work/app/index.ts")}:4)`,
        );
    });
});

describe("cli walls: monorepos", function () {
    it("no SDK installed in a pnpm workspace: names pnpm, the workspace root, and where the SDK was looked for", () => {
        const ws = tempDir("sg-pnpm-");
        fs.mkdirSync(path.join(ws, "packages", "infra"), { recursive: true });
        fs.writeFileSync(path.join(ws, "package.json"), JSON.stringify({ name: "ws", private: true }));
        fs.writeFileSync(path.join(ws, "pnpm-workspace.yaml"), "packages:\n    - packages/*\n");
        fs.writeFileSync(path.join(ws, "pnpm-lock.yaml"), "lockfileVersion: '9.0'\n");
        fs.writeFileSync(path.join(ws, "packages", "infra", "Pulumi.yaml"), "name: ws-infra\nruntime: nodejs\n");
        fs.writeFileSync(path.join(ws, "packages", "infra", "index.ts"), "export {};\n");
        const r = cli(["scan", "--program", "packages/infra"], { cwd: ws });
        assert.strictEqual(r.code, 2);
        assert.strictEqual(
            r.stderr,
            "error: cannot find @pulumi/pulumi in node_modules of packages/infra or any directory above it: run `pnpm install` in . (where pnpm-lock.yaml is)\n",
        );
    });

    it("--entry with no Pulumi.yaml: one project name (package.json's) in the report and in every URN, the stack's included", () => {
        const r = cli(["scan", "--entry", `${path.join(__dirname, "fixtures", "automation", "infra.ts")}#setup`, "--format", "json"]);
        assert.strictEqual(r.code, 1, r.stderr);
        const report: JsonReport = JSON.parse(r.stdout);
        assert.strictEqual(report.project, "ml-platform");
        const projects = new Set([...report.findings, ...report.registered].map((x) => x.urn.split("::")[1]));
        assert.deepStrictEqual([...projects], ["ml-platform"]);
    });
});

describe("cli walls: an --entry function that takes arguments", function () {
    const entry = `${path.join(WALLS, "entry-args", "infra.ts")}#setup`;

    it("called with none, it fails: one line says it takes an argument, --entry-args, the error and its program line", () => {
        const r = cli(["scan", "--entry", entry]);
        assert.strictEqual(r.code, 2);
        oneLine(r.stderr);
        assert.match(
            r.stderr,
            /failed: setup takes 1 argument and was called with none: give it with --entry-args <json> \(it failed: Cannot read properties of undefined \(reading 'team'\)\) \(at .*entry-args\/infra\.ts:10\)\n$/,
        );
    });

    it("--entry-args <json> is passed as its argument", () => {
        const r = cli(["scan", "--entry", entry, "--entry-args", '{"team":"ml","instanceType":"ml.t3.medium"}', "--format", "json"]);
        assert.strictEqual(r.code, 1, r.stderr);
        assert.ok(mandatoryOn(JSON.parse(r.stdout), "ml-notebook").includes("sagemaker-notebook-kms-encryption"));
    });

    it("--entry-args that is not JSON, or without --entry: one line, exit 2", () => {
        const bad = cli(["scan", "--entry", entry, "--entry-args", "{team: ml}"]);
        assert.strictEqual(bad.code, 2);
        assert.match(bad.stderr, /^error: --entry-args is not JSON: /);
        oneLine(bad.stderr);
        const noEntry = cli(["scan", "--program", path.join(WALLS, "unknowns"), "--entry-args", "{}"]);
        assert.strictEqual(noEntry.code, 2);
        assert.strictEqual(noEntry.stderr, "error: --entry-args goes with --entry <module>#<export>\n");
    });
});

describe("cli walls: programs in other languages, and SST apps", function () {
    it("a Python program: the pulumi preview --policy-pack command with this pack, first, in one line", () => {
        const r = cli(["scan", "--program", path.join(WALLS, "python-program")]);
        assert.strictEqual(r.code, 2);
        oneLine(r.stderr);
        assert.ok(
            r.stderr.startsWith(
                `error: test/cli/fixtures/walls/python-program is a Python Pulumi program: the pack checks it through the Pulumi CLI, run \`pulumi preview --policy-pack ${ROOT}\` in test/cli/fixtures/walls/python-program`,
            ),
            r.stderr,
        );
    });

    for (const [runtime, lang] of [
        ["go", "Go"],
        ["dotnet", ".NET"],
        ["java", "Java"],
        ["yaml", "YAML"],
    ]) {
        it(`a ${lang} program (runtime: ${runtime}) gets the same command`, () => {
            const dir = tempDir(`sg-${runtime}-`);
            fs.writeFileSync(path.join(dir, "Pulumi.yaml"), `name: p\nruntime: ${runtime}\n`);
            const r = cli(["scan", "--program", dir]);
            assert.strictEqual(r.code, 2);
            assert.match(
                r.stderr,
                new RegExp(`is a ${lang.replace(".", "\\.")} Pulumi program: .*\`pulumi preview --policy-pack [^\`]+\``),
            );
        });
    }

    it("an SST app on sst 3.17.8 (package.json): says it has no --policy and what to upgrade to", () => {
        const r = cli(["scan", "--program", path.join(WALLS, "sst-old")]);
        assert.strictEqual(r.code, 2);
        oneLine(r.stderr);
        assert.match(
            r.stderr,
            /its sst 3\.17\.8 \(package\.json\) has no --policy: upgrade sst to 3\.19\.0 or later, then run `sst diff --policy [^`]+`/,
        );
    });

    it("an SST app whose lockfile has sst 3.19.2 (package.json says ^3.17.0): sst diff --policy, with the version", () => {
        const dir = tempDir("sg-sst-");
        fs.copyFileSync(path.join(WALLS, "sst-old", "sst.config.ts"), path.join(dir, "sst.config.ts"));
        fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "a", dependencies: { sst: "^3.17.0" } }));
        fs.writeFileSync(
            path.join(dir, "package-lock.json"),
            JSON.stringify({ lockfileVersion: 3, packages: { "": {}, "node_modules/sst": { version: "3.19.2" } } }),
        );
        const r = cli(["scan", "--program", dir]);
        assert.strictEqual(r.code, 2);
        assert.match(
            r.stderr,
            /so run `sst diff --policy [^`]+` \(or `sst deploy --policy [^`]+`\) there \(sst 3\.19\.2, from package-lock\.json\)\n$/,
        );
        fs.rmSync(path.join(dir, "package-lock.json"));
        fs.writeFileSync(path.join(dir, "pnpm-lock.yaml"), "packages:\n\n  sst@3.18.0:\n    resolution: {}\n");
        assert.match(cli(["scan", "--program", dir]).stderr, /its sst 3\.18\.0 \(pnpm-lock\.yaml\) has no --policy/);
    });
});

describe("cli walls: what was scanned, and what was unknown at preview", function () {
    const dir = path.join(WALLS, "unknowns");

    it("--format json lists every resource with its type and the paths of its inputs unknown at preview", () => {
        const r = cli(["scan", "--program", dir, "--format", "json", "--stack-config", "aws:region=us-east-1"]);
        assert.strictEqual(r.code, 1, r.stderr);
        const report: JsonReport = JSON.parse(r.stdout);
        const byName = Object.fromEntries(report.registered.map((e) => [e.name, e]));
        assert.deepStrictEqual(Object.keys(byName).sort(), [
            "default_7_48_0",
            "ml-subnet",
            "ml-vpc",
            "notebook-key",
            "unknowns-dev",
            "unknowns-notebook",
        ]);
        assert.strictEqual(byName["unknowns-notebook"].type, "aws:sagemaker/notebookInstance:NotebookInstance");
        assert.deepStrictEqual(byName["unknowns-notebook"].unknownInputs, ["kmsKeyId", "subnetId"]);
        assert.deepStrictEqual(byName["ml-subnet"].unknownInputs, ["vpcId"]);
        assert.deepStrictEqual(byName["notebook-key"].unknownInputs, []);
    });

    it("--verbose prints the same list on stderr", () => {
        const r = cli(["scan", "--program", dir, "--verbose", "--stack-config", "aws:region=us-east-1"]);
        assert.strictEqual(r.code, 1, r.stderr);
        assert.match(r.stderr, /^registered 6 resources:$/m);
        assert.match(
            r.stderr,
            /^ {2}aws:sagemaker\/notebookInstance:NotebookInstance {2}unknowns-notebook\n {6}unknown at preview: kmsKeyId, subnetId$/m,
        );
    });
});
