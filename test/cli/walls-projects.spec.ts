// `sagemaker-guard scan` on monorepos and on an --entry function that takes arguments (issue 30).

import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { WALLS, cli, tempDir, oneLine, JsonReport, mandatoryOn } from "./walls";

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
