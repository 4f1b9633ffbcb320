// bedrock-agentcore-gateway-target-private-endpoint under the real Pulumi SDK: `sagemaker-guard scan
// --program` runs test/cli/fixtures/gateway-private-endpoint as at a first preview (mock engine), where
// every DNS name is unknown and the target reaches its load balancer only through the property
// dependencies the SDK records for `targetConfiguration`. The case tables assume that shape; this checks it.

import * as assert from "assert";
import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const POLICY = "bedrock-agentcore-gateway-target-private-endpoint";

describe(`${POLICY}: a program under the real SDK`, () => {
    it("reports the targets served by the internet-facing ALB (directly and through a Route 53 alias), and no other", () => {
        const r = spawnSync(
            process.execPath,
            [
                path.join(ROOT, "cli", "bin.js"),
                "scan",
                "--program",
                path.join(__dirname, "fixtures", "gateway-private-endpoint"),
                "--format",
                "json",
                "--fail-on",
                "never",
                "--quiet",
            ],
            { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 280_000 },
        );
        assert.strictEqual(r.status, 0, r.stderr);
        const findings = JSON.parse(r.stdout).findings as { policy: string; resourceName: string; problem: string }[];
        const mine = findings.filter((f) => f.policy === POLICY);
        assert.deepStrictEqual(mine.map((f) => f.resourceName).sort(), ["domain-mcp", "public-mcp"]);
        for (const f of mine)
            assert.match(
                f.problem,
                /served by load balancer `mcp-public`, which is reachable from the internet \(`internal` is not true\)/,
            );
        // The gateway and target types are reviewed: the "not yet reviewed" policy lists nothing here.
        assert.deepStrictEqual(
            findings.filter((f) => f.policy === "stack-ml-types-not-reviewed"),
            [],
        );
    });
});
