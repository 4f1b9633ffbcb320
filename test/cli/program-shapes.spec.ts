// `sagemaker-guard scan --program` on each program shape: CommonJS and ESM TypeScript, plain ESM
// JavaScript, a pnpm-style workspace.

import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { FIX, cli, findings, tempDir, linkPackages, assertNotebook } from "./program";

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
