// `scan --state` on real-shaped exports and on hostile files: every signature converted as the
// engine converts it, and bad files refused with exit 2 before the pack starts, without a snippet.

/* eslint-disable @typescript-eslint/no-explicit-any */

import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { UNKNOWN, UNKNOWN_SENTINELS } from "../../cli/analyzer";
import { readState } from "../../cli/state";
import { cli, mkfifo, notebook, ROOT, sig, SIGS, stateExport, stateWithEverySignature, tmpdir, utf16, write } from "./cli-fixtures";

const MiB = 1024 * 1024;
const STATE_TEXT = fs.readFileSync(path.join(ROOT, "test", "cli", "fixtures", "state.json"), "utf8");

/** Bad input: exit 2, one line on stderr, nothing on stdout; `boundMs` only guards against a hang. */
function refused(args: string[], message: RegExp, boundMs = 30_000) {
    const r = cli(args, { timeoutMs: boundMs });
    assert.strictEqual(r.code, 2, `${r.signal ?? ""} ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.strictEqual(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.strictEqual(r.stdout, "");
    return r;
}

describe("hostile cli: scan --state conversions", function () {
    it("converts resource references, output values, secrets, assets and archives as the engine does", () => {
        const file = write(tmpdir(), "sigs.json", stateWithEverySignature());
        const { target, stackResources, warnings } = readState(file, 256 * MiB);
        const nb = target.resources.find((r) => r.name === "refs-notebook")!;
        const p = nb.properties as Record<string, any>;
        const secret = (value: unknown) => sig(SIGS.secret, { value });
        assert.strictEqual(p.roleArn, "arn:aws:iam::111122223333:role/nb-role", "custom reference → id");
        assert.strictEqual(p.kmsKeyId, UNKNOWN, 'reference with id "" → unknown');
        assert.deepStrictEqual(p.tags, {
            workspace: "urn:pulumi:prod::clinical::my:ml:Workspace::ws",
            legacyId: "nb-role",
            legacyComponent: "urn:pulumi:prod::clinical::my:ml:Workspace::ws",
            legacyUnknown: UNKNOWN,
            known: "team-a",
            unknown: UNKNOWN,
            secretOutput: secret("s3cr3t-output"),
            secretUnknown: secret(UNKNOWN),
            cipher: secret(UNKNOWN),
            plain: secret("plain-secret"),
            rpc: secret("rpc-secret"),
            bytes: "café",
        });
        assert.strictEqual(p.volumeSizeInGb, Infinity);
        assert.ok(!("__defaults" in p), "top-level internal keys are skipped, as the engine does");
        const fn = target.resources.find((r) => r.name === "fn")!.properties as Record<string, any>;
        assert.strictEqual(fn.layerZip, UNKNOWN_SENTINELS.archive, "a hash-only archive, which the SDK cannot represent, is unknown");
        assert.strictEqual(fn.code, UNKNOWN_SENTINELS.archive, "an archive holding a hash-only asset is unknown");
        assert.deepStrictEqual(fn.remote, sig(SIGS.archive, { uri: "https://example.com/a.zip" }));
        assert.deepStrictEqual(fn.file, sig(SIGS.asset, { hash: "ff", path: "./x.txt" }));
        assert.strictEqual(fn.role, "nb-role");
        assert.deepStrictEqual(target.resources[1].properties, { region: "us-east-1" }, "provider inputs without __internal");
        assert.strictEqual(stackResources.length, target.resources.length);
        assert.deepStrictEqual(warnings, []);
    });

    it("treats unknown signatures and values nested past 200 levels (5,000 here) as unknown, with a warning", () => {
        const deep = '{"a":'.repeat(5_000) + '"x"' + "}".repeat(5_000);
        const text = JSON.stringify(stateExport([notebook("nb", { tags: { odd: sig("ffff", {}) }, deep: "DEEP" })]));
        const file = write(tmpdir(), "odd.json", text.replace(/"DEEP"/g, deep));
        const { target, warnings } = readState(file, 256 * MiB);
        const p = target.resources.find((r) => r.name === "nb")!.properties as Record<string, any>;
        assert.strictEqual(p.tags.odd, UNKNOWN_SENTINELS.object);
        assert.strictEqual(warnings.length, 2, warnings.join("\n"));
        assert.match(warnings.join("\n"), /2 values with an unrecognised signature/);
        assert.match(warnings.join("\n"), /2 values nested deeper than 200 levels/); // inputs and outputs
    });

    it("scans a state holding every signature through the pack: findings, exit 1, no UNKNOWN error", function () {
        this.timeout(180_000);
        const r = cli(["scan", "--state", write(tmpdir(), "sigs.json", stateWithEverySignature()), "--format", "json"], {
            timeoutMs: 150_000,
        });
        assert.strictEqual(r.code, 1, r.stderr);
        assert.doesNotMatch(r.stderr, /UNKNOWN|Unrecognized signature/);
        const out = JSON.parse(r.stdout);
        const onNotebook = out.findings.filter((f: { resourceName: string }) => f.resourceName === "refs-notebook");
        assert.ok(onNotebook.some((f: { policy: string }) => f.policy === "sagemaker-notebook-no-direct-internet"));
        for (const secret of ["s3cr3t-output", "plain-secret", "rpc-secret"]) assert.ok(!r.stdout.includes(secret), secret);
    });

    it("accepts a UTF-16 LE export with a BOM (PowerShell's `pulumi stack export > file`)", function () {
        this.timeout(180_000);
        const r = cli(["scan", "--state", write(tmpdir(), "le.json", utf16(STATE_TEXT, "le")), "--format", "json"], {
            timeoutMs: 150_000,
        });
        assert.strictEqual(r.code, 1, r.stderr);
        assert.ok(JSON.parse(r.stdout).findings.some((f: { policy: string }) => f.policy === "sagemaker-notebook-no-root-access"));
    });

    it("reads UTF-8 with a BOM, UTF-16 BE with a BOM and a file-backend checkpoint like a plain export", () => {
        const dir = tmpdir();
        const plain = readState(write(dir, "plain.json", STATE_TEXT), MiB).target;
        for (const [name, data] of [
            ["bom.json", "\ufeff" + STATE_TEXT],
            ["be.json", utf16(STATE_TEXT, "be")],
            ["checkpoint.json", JSON.stringify({ version: 3, checkpoint: { stack: "prod", latest: JSON.parse(STATE_TEXT).deployment } })],
        ] as const) {
            assert.deepStrictEqual(readState(write(dir, name, data), MiB).target, plain, name);
        }
    });
});

describe("hostile cli: bad --state files are refused before reading, with exit 2", function () {
    this.timeout(60_000);
    const dir = tmpdir();

    it("a JSON error gives line and column, never a snippet of the file", () => {
        const f = write(dir, "bad.json", '{\n  "version": 3,\n  "deployment": {"password": hunter2-secret}\n}');
        const r = refused(["scan", "--state", f], /is not valid JSON: syntax error at line 3, column 30$/m);
        assert.ok(!r.stderr.includes("hunter2"));
    });

    it("a binary file is refused without a snippet", () => {
        const f = write(
            dir,
            "bin.json",
            Buffer.concat([Buffer.from([0x7b, 0, 1, 0xff]), Buffer.from("hunter2-secret"), Buffer.alloc(64, 7)]),
        );
        const r = refused(["scan", "--state", f], /is not text/);
        assert.ok(!r.stderr.includes("hunter2"));
    });

    it("/dev/zero is refused as a device", () => {
        refused(["scan", "--state", "/dev/zero"], /\/dev\/zero is a device, not a regular file/);
    });

    it("a FIFO is refused without waiting for a writer", () => {
        refused(["scan", "--state", mkfifo(dir)], /fifo\.json is a FIFO, not a regular file/);
    });

    it("a directory is refused", () => {
        refused(["scan", "--state", dir], /is a directory, not a regular file/);
    });

    it("a file over the 256 MiB limit is refused before it is read; the limit can be raised or lowered", () => {
        const sparse = path.join(dir, "sparse.json");
        fs.writeFileSync(sparse, "");
        fs.truncateSync(sparse, 300 * MiB);
        refused(["scan", "--state", sparse], /is 300 MiB, over the 256 MiB input limit \(raise it with --max-input-mb/);
        const small = write(dir, "small.json", STATE_TEXT + " ".repeat(2 * MiB));
        refused(["scan", "--state", small, "--max-input-mb", "1"], /over the 1\.0 MiB input limit/);
    }).timeout(120_000);
});

// The environment variable is read by the same function as the flag.
describe("hostile cli: the input limit from the environment", function () {
    this.timeout(60_000);
    it("SAGEMAKER_GUARD_MAX_INPUT_MB lowers the limit", () => {
        const dir = tmpdir();
        const f = write(dir, "events.ndjson", "x".repeat(MiB));
        const r = cli(["report", "--events", f], { env: { SAGEMAKER_GUARD_MAX_INPUT_MB: "0.5" } });
        assert.strictEqual(r.code, 2);
        assert.match(r.stderr, /over the 0\.5 MiB input limit/);
    });
});
