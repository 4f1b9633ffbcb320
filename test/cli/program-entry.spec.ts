// `sagemaker-guard scan`: a module exporting a function (--entry), an SST app, an SDK outside the
// supported range.

import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { FIX, cli, tempDir, assertNotebook } from "./program";

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
