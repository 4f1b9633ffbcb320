// `sagemaker-guard scan` on a stack that imports an ESC environment (issue 30).

import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { WALLS, cli, tempDir, oneLine, JsonReport, mandatoryOn } from "./walls";

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
