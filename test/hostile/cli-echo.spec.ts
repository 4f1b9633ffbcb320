// Errors that echoed the user's file (issue 24, item 7): a state file's bad `version`, a config
// file's unknown enforcement level (as a policy's level or its `enforcementLevel`), unknown config
// keys, and AWS credentials passed by mistake as --config. Each names the field and its line, never
// the value.

import * as assert from "assert";
import { cli, notebook, stateExport, tmpdir, write } from "./cli-fixtures";

const KEY_ID = "AKIAQX7Z2KD4M5N6P3RT";
const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY";

function assertNoValue(out: string): void {
    for (const v of [KEY_ID, SECRET, SECRET.slice(0, 16), KEY_ID.slice(4)]) assert.ok(!out.includes(v), `a value is echoed:\n${out}`);
}

describe("hostile cli: errors name the field and the line, never the value", function () {
    this.timeout(300_000);
    let dir: string;
    let state: string;
    before(() => {
        dir = tmpdir();
        state = write(dir, "state.json", stateExport([notebook("nb", { directInternetAccess: "Disabled" })]));
    });

    it("a state file whose version is a secret: exit 2, `version` and its line", () => {
        const f = write(dir, "bad-version.json", `{\n  "deployment": {},\n  "version": "${KEY_ID}:${SECRET}"\n}\n`);
        const r = cli(["scan", "--state", f]);
        assert.strictEqual(r.code, 2);
        assert.match(r.stderr, /`version` \(line 3\) is not 3/);
        assertNoValue(r.stdout + r.stderr);
    });

    it("AWS credentials as JSON (credential_process, sts get-session-token) passed as --config", () => {
        const flat = write(dir, "creds.json", JSON.stringify({ Version: 1, AccessKeyId: KEY_ID, SecretAccessKey: SECRET }, null, 2));
        const r = cli(["scan", "--state", state, "--config", flat]);
        assert.strictEqual(r.code, 2);
        assert.match(r.stderr, /the key at line 2 must be a level or an object|the key at line 3 is not an enforcement level/);
        assertNoValue(r.stdout + r.stderr);

        const nested = write(
            dir,
            "session.json",
            JSON.stringify({ Credentials: { AccessKeyId: KEY_ID, SecretAccessKey: SECRET } }, null, 2),
        );
        const n = cli(["scan", "--state", state, "--config", nested]);
        assert.ok(n.code === 0 || n.code === 1, n.stderr);
        assert.match(n.stderr, /the key at line 2 is not a policy of .*; ignored/);
        assertNoValue(n.stdout + n.stderr);

        const ini = write(dir, "credentials", `[default]\naws_access_key_id = ${KEY_ID}\naws_secret_access_key = ${SECRET}\n`);
        const i = cli(["scan", "--state", state, "--config", ini]);
        assert.strictEqual(i.code, 2);
        assert.match(i.stderr, /is not valid JSON: syntax error at line 1, column \d+$/m);
        assertNoValue(i.stdout + i.stderr);
    });

    it("an unknown enforcement level, as a level or as a policy's enforcementLevel", () => {
        for (const cfg of [
            `{\n  "sagemaker-notebook-no-direct-internet": "${SECRET}"\n}`,
            `{\n  "all": "advisory",\n  "sagemaker-notebook-no-direct-internet": { "enforcementLevel": "${SECRET}" }\n}`,
        ]) {
            const f = write(dir, "level.json", cfg);
            const r = cli(["scan", "--state", state, "--config", f]);
            assert.strictEqual(r.code, 2, r.stderr);
            assert.match(r.stderr, /"sagemaker-notebook-no-direct-internet" \(line \d\)/);
            assertNoValue(r.stdout + r.stderr);
        }
    });

    it("unknown keys: a policy-shaped name is named (a typo), anything else only by its line", () => {
        const f = write(
            dir,
            "keys.json",
            `{\n  "sagemaker-notebok-no-direct-internet": "advisory",\n  "${KEY_ID}/${SECRET}": "advisory"\n}`,
        );
        const r = cli(["scan", "--state", state, "--config", f]);
        assert.ok(r.code === 0 || r.code === 1, r.stderr);
        assert.match(r.stderr, /"sagemaker-notebok-no-direct-internet" \(line 2\) is not a policy/);
        assert.match(r.stderr, /the key at line 3 is not a policy/);
        assertNoValue(r.stdout + r.stderr);
    });

    it("a policy setting of the wrong type: the policy and the setting's name, not its value", () => {
        const f = write(dir, "settings.json", JSON.stringify({ "sagemaker-notebook-no-direct-internet": { exemptions: SECRET } }, null, 2));
        const r = cli(["scan", "--state", state, "--config", f]);
        assert.strictEqual(r.code, 2, r.stderr);
        assert.match(r.stderr, /"sagemaker-notebook-no-direct-internet" \(line 2\): \/exemptions must be array/);
        assertNoValue(r.stdout + r.stderr);
    });
});
