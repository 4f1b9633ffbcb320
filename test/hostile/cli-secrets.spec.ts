// A decrypted secret printed when the program fails (issue 24, item 2). `scan --program` decrypts the
// stack's secret config for the program; the program then throws it in an error message (inline, as
// the whole message, on the line after a `:`), writes it to stderr and exits, or logs it. No output
// of the command may hold it: the error line, `--verbose` detail and program output, the report.

import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { cli, ROOT, tmpdir } from "./cli-fixtures";
import { encryptedStack } from "../cli/encrypted-stack";

const PASSPHRASE = "hostile horse";
const TOKEN = "tok-7Qz1WmX4c9Rv2LpA8sN3kY6dF0";
const PEM = "-----BEGIN KEY-----\nMIIBVwIBADANBgkqhkiG9w0BAQEF\nAASCAUEwggE9AgEAAkEAq7BFUpkG\n-----END KEY-----";

/** A JavaScript program (no TypeScript: quick) that reads the secrets and then does `body`. */
function program(body: string): string {
    const dir = fs.realpathSync(tmpdir());
    fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: leak\nruntime: nodejs\nmain: index.js\n");
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "leak", main: "index.js" }));
    fs.writeFileSync(path.join(dir, "Pulumi.dev.yaml"), encryptedStack(PASSPHRASE, { "leak:token": TOKEN, "leak:pem": PEM }));
    fs.mkdirSync(path.join(dir, "node_modules", "@pulumi"), { recursive: true });
    fs.symlinkSync(
        fs.realpathSync(path.join(ROOT, "node_modules", "@pulumi", "pulumi")),
        path.join(dir, "node_modules", "@pulumi", "pulumi"),
        "dir",
    );
    fs.writeFileSync(
        path.join(dir, "index.js"),
        `const pulumi = require("@pulumi/pulumi");\nconst config = new pulumi.Config();\nconst token = config.require("token");\nconst pem = config.require("pem");\n${body}\n`,
    );
    return dir;
}

const CASES: [string, string][] = [
    ["inline in the message", `throw new Error("cannot reach the registry with token " + token);`],
    ["the whole message", `throw new Error(token);`],
    ["on the line after a colon", `throw new Error("bad token:\\n" + token);`],
    ["a multi-line value in the message", `throw new Error("bad key " + pem);`],
    ["written to stderr before exit", `process.stderr.write("debug: token=" + token + " pem=" + pem + "\\n"); process.exit(3);`],
    [
        "written to stderr in pieces",
        `process.stderr.write("t=" + token.slice(0, 9)); setTimeout(() => { process.stderr.write(token.slice(9) + "\\n"); process.exit(4); }, 50);`,
    ],
    ["logged as an error", `pulumi.log.error("token " + token); throw new Error("stop");`],
];

function assertNoSecret(out: string, what: string): void {
    assert.ok(!out.includes(TOKEN), `${what}: the token is printed:\n${out}`);
    for (const part of [TOKEN.slice(0, 12), TOKEN.slice(-12)]) assert.ok(!out.includes(part), `${what}: part of the token is printed`);
    for (const line of PEM.split("\n").slice(1, 3)) assert.ok(!out.includes(line), `${what}: a line of the key is printed:\n${out}`);
}

describe("hostile cli: a decrypted secret is never printed when the program fails", function () {
    this.timeout(600_000);
    const env = { PULUMI_CONFIG_PASSPHRASE: PASSPHRASE, PULUMI_CONFIG_PASSPHRASE_FILE: undefined };

    // --verbose prints the error line too, and the detail and program output after it: one run each
    // covers every output; the first case also runs without it.
    CASES.forEach(([name, body], n) => {
        it(`${name}: exit 2, an error line, nothing of the value${n === 0 ? ", with and without --verbose" : " (--verbose)"}`, () => {
            const dir = program(body);
            for (const verbose of n === 0 ? [false, true] : [true]) {
                const r = cli(["scan", "--program", dir, ...(verbose ? ["--verbose"] : [])], { env, timeoutMs: 120_000 });
                assert.strictEqual(r.code, 2, r.stderr);
                assert.match(r.stderr, /^error: the program in .* (failed|exited)/m);
                assertNoSecret(r.stdout + r.stderr, `${name}${verbose ? " --verbose" : ""}`);
                if (verbose) assert.match(r.stderr, /\[secret\]/, "the place of the value is shown");
            }
        });
    });

    it("a program that succeeds and prints the value: not in --verbose output nor in the report", () => {
        const dir = program(
            `console.log("token is " + token); console.error(pem);\nnew pulumi.CustomResource("aws:sagemaker/model:Model", "m", { executionRoleArn: "arn:aws:iam::111122223333:role/x", tags: { Note: token } });`,
        );
        for (const format of ["text", "json"]) {
            const r = cli(["scan", "--program", dir, "--verbose", "--format", format], { env, timeoutMs: 120_000 });
            assert.ok(r.code === 0 || r.code === 1, r.stderr);
            assertNoSecret(r.stdout + r.stderr, format);
        }
    });
});
