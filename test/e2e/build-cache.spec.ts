// The real-CLI tier's build cache (scripts/build-pulumi-cli.sh) can be trusted: a changed source of
// the Node.js host or of the provider test double rebuilds it, and a binary that a killed build left
// half-written, or that was changed in the cache, is rebuilt instead of used. `go` here is a TEST
// DOUBLE (a shell script that logs its calls and writes small executables where `go build` and
// `go install` would write binaries): the real toolchain takes many minutes and is not what is tested.

import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "build-pulumi-cli.sh");

const FAKE_GO = `#!/usr/bin/env bash
echo "$*" >>"$FAKE_GO_LOG"
out=""
prev=""
for a in "$@"; do [ "$prev" = "-o" ] && out="$a"; prev="$a"; done
case "$1" in
  build) [ "$FAKE_GO_FAIL" = "1" ] && { echo half >"$out"; exit 1; }
         printf '#!/bin/sh\\necho "fake $0 v3.274.1"\\n' >"$out"; chmod +x "$out" ;;
  install) printf '#!/bin/sh\\necho fake\\n' >"$GOBIN/pulumi-language-yaml"; chmod +x "$GOBIN/pulumi-language-yaml" ;;
esac
exit 0
`;

describe("e2e build cache (scripts/build-pulumi-cli.sh, with a TEST DOUBLE of go)", function () {
    this.timeout(120_000); // a few seconds on a quiet machine
    let dir: string;
    let cache: string;
    let bin: string;
    let nodejsSrc: string;
    let standinSrc: string;

    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "sg-build-cache-"));
        cache = path.join(dir, "cache");
        bin = path.join(cache, "pulumi-cli", "v3.274.1");
        fs.mkdirSync(path.join(dir, "gobin"));
        fs.writeFileSync(path.join(dir, "gobin", "go"), FAKE_GO, { mode: 0o755 });
        nodejsSrc = path.join(dir, "nodejs-src");
        standinSrc = path.join(dir, "standin-src");
        for (const d of [nodejsSrc, standinSrc]) {
            fs.mkdirSync(d);
            fs.writeFileSync(path.join(d, "go.mod"), "module x\n");
            fs.writeFileSync(path.join(d, "main.go"), "package main\n");
        }
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    /** Runs the script; returns its exit code and the `go build`/`go install` targets it ran. */
    function build(env: Record<string, string> = {}): { code: number | null; built: string[]; stderr: string } {
        const log = path.join(dir, "go.log");
        fs.rmSync(log, { force: true });
        const r = spawnSync("bash", [SCRIPT], {
            encoding: "utf8",
            env: {
                ...process.env,
                PATH: `${path.join(dir, "gobin")}:${process.env.PATH}`,
                FAKE_GO_LOG: log,
                SAGEMAKER_GUARD_CACHE: cache,
                PULUMI_LANGUAGE_NODEJS_SRC: nodejsSrc,
                SAGEMAKER_GUARD_STANDIN_SRC: standinSrc,
                ...env,
            },
        });
        const calls = fs.existsSync(log) ? fs.readFileSync(log, "utf8").split("\n") : [];
        const built = calls
            .filter((c) => /^(build|install) /.test(c))
            .map((c) => (c.startsWith("install") ? "pulumi-language-yaml" : path.basename(c.match(/-o (\S+)/)![1]).replace(/\.tmp$/, "")))
            .sort();
        return { code: r.status, built, stderr: r.stderr };
    }

    const ALL = ["pulumi", "pulumi-language-nodejs", "pulumi-language-yaml", "pulumi-resource-aws"];

    it("builds everything into an empty cache, then nothing", () => {
        const first = build();
        assert.strictEqual(first.code, 0, first.stderr);
        assert.deepStrictEqual(first.built, ALL);
        const second = build();
        assert.strictEqual(second.code, 0, second.stderr);
        assert.deepStrictEqual(second.built, []);
    });

    it("rebuilds the Node.js host when its vendored source changes, and only it", () => {
        fs.appendFileSync(path.join(nodejsSrc, "main.go"), "// changed\n");
        assert.deepStrictEqual(build().built, ["pulumi-language-nodejs"]);
        fs.writeFileSync(path.join(nodejsSrc, "extra.go"), "package main\n");
        assert.deepStrictEqual(build().built, ["pulumi-language-nodejs"], "a new file counts");
    });

    it("rebuilds the provider test double when its source changes, and only it", () => {
        fs.appendFileSync(path.join(standinSrc, "main.go"), "// changed\n");
        assert.deepStrictEqual(build().built, ["pulumi-resource-aws"]);
    });

    it("never uses a half-written or changed binary: it is rebuilt", () => {
        const pulumi = path.join(bin, "pulumi");
        fs.writeFileSync(pulumi, "#!/bin/sh\n# truncat", { mode: 0o755 }); // what a killed copy leaves
        assert.deepStrictEqual(build().built, ["pulumi"]);
        fs.rmSync(path.join(bin, "pulumi-language-yaml.stamp")); // killed between the rename and the stamp
        assert.deepStrictEqual(build().built, ["pulumi-language-yaml"]);
    });

    it("a build that fails leaves no binary to use: the script fails, and the next run builds again", () => {
        fs.rmSync(path.join(bin, "pulumi"));
        const failed = build({ FAKE_GO_FAIL: "1" });
        assert.notStrictEqual(failed.code, 0);
        assert.ok(!fs.existsSync(path.join(bin, "pulumi")), "the half-written pulumi.tmp is not moved into place");
        assert.deepStrictEqual(build().built, ["pulumi"]);
        assert.deepStrictEqual(build().built, []);
    });
});
