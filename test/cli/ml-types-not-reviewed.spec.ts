// The bundled examples, scanned as users scan them: stack-ml-types-not-reviewed names nothing on
// either (every ML resource they declare is of a reviewed type), and the scan reports the pack ran it.

import * as assert from "assert";
import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");

for (const example of ["healthcare-ml-compliant", "healthcare-ml-noncompliant"]) {
    it(`stack-ml-types-not-reviewed lists nothing on examples/${example}`, () => {
        const r = spawnSync(
            process.execPath,
            [path.join(ROOT, "cli", "bin.js"), "scan", "--program", `examples/${example}`, "--format", "json"],
            {
                cwd: ROOT,
                encoding: "utf8",
                env: { ...process.env, NO_COLOR: "1" },
                timeout: 240_000,
            },
        );
        const out = JSON.parse(r.stdout);
        assert.ok(out.resources > 10, r.stderr);
        const mine = out.findings.filter((f: { policy: string }) => f.policy === "stack-ml-types-not-reviewed");
        assert.deepStrictEqual(mine, []);
    });
}
