// `sagemaker-guard report` reads an event log and the catalog's metadata: it must not load the Pulumi
// SDK (the policy SDK's `Secret`, once imported by the remediation helpers, pulled it in: about half a
// second of every `report`). Counted as the modules loaded, not timed.

import * as assert from "assert";
import { spawnSync } from "child_process";
import * as os from "os";
import * as path from "path";
import { FIX, ROOT } from "./run-cli";

describe("report: what it loads", () => {
    it("renders every format without loading @pulumi/policy or @pulumi/pulumi", () => {
        for (const format of ["text", "json", "sarif", "markdown", "junit"]) {
            const probe = `
                const Module = require("module");
                const load = Module._load;
                const loaded = new Set();
                Module._load = function (request) {
                    if (/^@pulumi\\//.test(request)) loaded.add(request.split("/").slice(0, 2).join("/"));
                    return load.apply(this, arguments);
                };
                process.on("exit", () => process.stderr.write("LOADED " + JSON.stringify([...loaded]) + "\\n"));
                process.argv = [process.argv[0], "bin", "report", "--events", ${JSON.stringify(path.join(FIX, "events.ndjson"))},
                    "--format", ${JSON.stringify(format)}, "--output", ${JSON.stringify(path.join(os.tmpdir(), `sg-report-loads.${format}`))}];
                require(${JSON.stringify(path.join(ROOT, "cli", "bin.js"))});`;
            const r = spawnSync(process.execPath, ["-e", probe], {
                encoding: "utf8",
                env: { ...process.env, NO_COLOR: "1" },
                timeout: 120_000,
            });
            const line = /LOADED (.*)/.exec(r.stderr);
            assert.ok(line, `${format}: ${r.stderr}`);
            assert.ok(r.status === 0 || r.status === 1, `${format}: exit ${r.status}: ${r.stderr}`);
            assert.deepStrictEqual(JSON.parse(line[1]), [], format);
        }
    });
});
