// `sagemaker-guard scan`: errors that Node or a loader hide name their cause in one line (issue 30).

import * as assert from "assert";
import * as path from "path";
import { explainFailure } from "../../cli/program-errors";
import { WALLS, cli, oneLine, mandatoryOn } from "./walls";

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
