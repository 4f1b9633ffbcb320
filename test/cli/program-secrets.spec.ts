// `sagemaker-guard scan --program` with passphrase-encrypted secret config.

import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { FIX, TOKEN, cli, findings, tempDir, linkPackages } from "./program";
import { encryptedStack } from "./encrypted-stack";

describe("cli: scan --program with passphrase-encrypted secret config", function () {
    let dir: string;
    before(() => {
        dir = tempDir("sg-secret-");
        for (const f of ["Pulumi.yaml", "Pulumi.real.yaml", "package.json", "index.ts"])
            fs.copyFileSync(path.join(FIX, "secret-config", f), path.join(dir, f));
        linkPackages(dir, ["@pulumi/pulumi", "@pulumi/aws"]);
        fs.writeFileSync(
            path.join(dir, "Pulumi.dev.yaml"),
            encryptedStack("correct horse", { "secret-config:repoToken": TOKEN }, { "aws:region": "us-east-1" }),
        );
    });
    const credentialFindings = (stdout: string) =>
        findings(stdout).filter((f) => f.resourceName === "summariser" && f.policy === "hygiene-no-credentials");

    it("without a passphrase: one line says how many secret values the scan could not see", () => {
        const env = { PULUMI_CONFIG_PASSPHRASE: undefined, PULUMI_CONFIG_PASSPHRASE_FILE: undefined };
        const r = cli(["scan", "--program", dir, "--format", "json"], { env });
        assert.match(r.stderr, /^warning: 1 secret config value was hidden from the scan .*PULUMI_CONFIG_PASSPHRASE/m);
        assert.deepStrictEqual(credentialFindings(r.stdout), []);
    });

    it("with PULUMI_CONFIG_PASSPHRASE: the program gets the plaintext, the token in the model's environment is reported, never printed", () => {
        const r = cli(["scan", "--program", dir, "--format", "json", "--verbose"], { env: { PULUMI_CONFIG_PASSPHRASE: "correct horse" } });
        assert.strictEqual(r.code, 1, r.stderr);
        assert.strictEqual(credentialFindings(r.stdout).length, 1, r.stdout);
        assert.ok(!(r.stdout + r.stderr).includes(TOKEN), "the secret is never printed");
        assert.doesNotMatch(r.stderr, /hidden from the scan/);
    });

    it("a stack encrypted by the Pulumi CLI itself (v3.274.1, `pulumi config set --secret`, one value nested)", () => {
        const hidden = cli(["scan", "--program", dir, "--stack", "real", "--format", "json"], {
            env: { PULUMI_CONFIG_PASSPHRASE: undefined },
        });
        assert.match(hidden.stderr, /^warning: 2 secret config values were hidden from the scan/m);
        const r = cli(["scan", "--program", dir, "--stack", "real", "--format", "json"], {
            env: { PULUMI_CONFIG_PASSPHRASE: "correct horse" },
        });
        assert.strictEqual(credentialFindings(r.stdout).length, 1, r.stderr);
        assert.ok(!(r.stdout + r.stderr).includes(TOKEN));
    });

    it("with PULUMI_CONFIG_PASSPHRASE_FILE (trimmed); a wrong passphrase exits 2 with one line", () => {
        const file = path.join(dir, "..", `${path.basename(dir)}.passphrase`);
        fs.writeFileSync(file, "correct horse\n");
        const ok = cli(["scan", "--program", dir, "--format", "json"], {
            env: { PULUMI_CONFIG_PASSPHRASE: undefined, PULUMI_CONFIG_PASSPHRASE_FILE: file },
        });
        assert.strictEqual(credentialFindings(ok.stdout).length, 1, ok.stderr);
        const bad = cli(["scan", "--program", dir], { env: { PULUMI_CONFIG_PASSPHRASE: "wrong" } });
        assert.strictEqual(bad.code, 2);
        assert.strictEqual(
            bad.stderr,
            "error: Pulumi.dev.yaml: incorrect passphrase (PULUMI_CONFIG_PASSPHRASE or PULUMI_CONFIG_PASSPHRASE_FILE must be the stack's passphrase)\n",
        );
    });
});
