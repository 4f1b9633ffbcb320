// The failure classes the tuning half of outside-2027-16 (credentials as deployment templates write them) showed, each as
// a class: values made up for these tests, never the corpus's.
import * as assert from "assert";
import { detect, isNonValue, isSecretKey } from "../../policies/hygiene/detectors";

const creds = (v: string) => detect(v, { context: "script" }, "credential").map((f) => f.kind);
const possible = (v: string) => detect(v, { context: "script" }, "possible-credential").map((f) => f.kind);
const env = (key: string, v: string) => detect(v, { context: "env", key }, "credential").map((f) => f.kind);

describe("hygiene: outside-2027-16 classes", () => {
    it("a Terraform named value (`var.x`, `local.x`, `module.m.x`) is a reference, not a literal", () => {
        for (const v of [
            `openai_api_key = var.openai_api_key`,
            `api_key: var.vendor_key`,
            `hf_token = local.hf_token`,
            `access_key = module.storage.access_key`,
            `token = var.tokens["hub"]`,
            `client_secret = each.value.client_secret`,
        ])
            assert.deepStrictEqual(creds(v), [], v);
        for (const v of ["var.ngc_api_key", "local.db_password", "module.secrets.api_key", "each.value.token"]) assert.ok(isNonValue(v), v);
        assert.deepStrictEqual(env("API_KEY", "var.vendor_key"), []);
        // A value that only starts like one is judged as before (capitals and digits are no Terraform identifier here).
        for (const v of [`api_key = "varQ7mZ.x2Lr8Kp3Nc7BwT9"`, `api_key: Zt4mQ9xWv2Lr8Kp3Nc7B`])
            assert.deepStrictEqual(creds(v), ["password-literal"], v);
    });

    it("Helm's `existing…` names point at a Secret that exists, not at a credential", () => {
        for (const k of ["existingSecret", "existingSecretName", "existing_secret_password_key", "existingSecretKey"])
            assert.strictEqual(isSecretKey(k).secret, false, k);
        for (const v of [`existingSecret: vendor-s3-auth`, `existingSecret: app.team.credentials.db.example.org`])
            assert.deepStrictEqual(creds(v), [], v);
        // `existing` elsewhere in a name, or a secret's own name, is judged as before.
        assert.strictEqual(isSecretKey("secret").secret, true);
        assert.strictEqual(isSecretKey("nonexisting_password").secret, true);
    });

    it("a field that names a Secret by what it holds (`imagePullSecret`, `credentialsSecret`) takes the Secret's name", () => {
        for (const k of ["imagePullSecret", "tls_secret", "sslSecret"]) assert.strictEqual(isSecretKey(k).secret, false, k);
        for (const v of [`credentialsSecret: my-cluster-name-backup-s3`, `imagePullSecret: IfNotPresent`, `CREDS_SECRET=team-db-reader`])
            assert.deepStrictEqual([...creds(v), ...possible(v)], [], v);
        // A credentials' Secret is judged by its value, as a bundle's name is: a random value is the credential.
        assert.deepStrictEqual(creds(`AUTH_CREDENTIAL_SECRET = "Zt4mQ9xWv2Lr8Kp3Nc7BwT9yH"`), ["password-literal"]);
        // A secret of something else is still the credential itself.
        for (const k of ["clientSecret", "oauth_token_secret", "webhookSecret", "certificate_secret", "secret"])
            assert.strictEqual(isSecretKey(k).secret, true, k);
        assert.deepStrictEqual(creds(`clientSecret: my-cluster-name-backup-s3`), ["password-literal"]);
    });

    it("a credential's hash or its encryption method is not the credential", () => {
        for (const k of ["password_sha256_hex", "password_double_sha1_hex", "password_hash", "token_digest", "password_encryption"])
            assert.strictEqual(isSecretKey(k).secret, false, k);
        for (const v of [
            `password_sha256_hex: "9b1c2f6d0a4e87f35c21d9e0b6a7f4c3e8d1a2b5c6f70819a2b3c4d5e6f70812"`,
            `password_double_sha1_hex: 3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f`,
            `password_encryption: scram-sha-256`,
        ])
            assert.deepStrictEqual(creds(v), [], v);
        // The password itself stays one, and so does a key written in hex (`hex` alone is an encoding, not a hash).
        assert.deepStrictEqual(creds(`password_plain: Zt4mQ9xWv2Lr8Kp3Nc7B`), ["password-literal"]);
        for (const k of ["SECRET_KEY_HEX", "signing_key_hex", "password_hex"]) assert.strictEqual(isSecretKey(k).secret, true, k);
        assert.deepStrictEqual(creds(`SECRET_KEY_HEX = "9b1c2f6d0a4e87f35c21d9e0b6a7f4c3e8d1a2b5c6f70819a2b3c4d5e6f70812"`), [
            "password-literal",
        ]);
    });

    it('a setter named for a credential (`.withPassword("…")`, `setApiKey("…")`) is an assignment', () => {
        for (const v of [
            `.withPassword("Qv7!mZ2#rT9w")`,
            `pg.WithPassword("Lx4$nB8@kP2q"),`,
            `client.setApiKey("Zt4mQ9xWv2Lr8Kp3Nc7B");`,
            `dex.WithClientSecret("Wq8zN3vR5tY1uK6p"),`,
            `builder.with_password("Hd6^cJ1&fM4s").build()`,
        ])
            assert.deepStrictEqual(creds(v), ["password-literal"], v);
        // A setter for something else, a reference and a test word are not reported at the mandatory level.
        for (const v of [`.withUsername("Zt4mQ9xWv2Lr8Kp3Nc7B")`, `.withSecretName("vendor-db-auth")`, `.withPassword("test")`])
            assert.ok(!creds(v).includes("password-literal"), v);
        assert.deepStrictEqual(creds(`.withPassword(System.getenv("DB_PASSWORD"))`), []);
    });

    it("base64 of a placeholder (a Secret's `data:` fill-in) is the placeholder, not a credential", () => {
        const b64 = (t: string) => Buffer.from(t, "utf8").toString("base64");
        for (const t of ["REPLACE-WITH-STORAGE-ACCOUNT-KEY", "your-db-password", "${DB_PASSWORD}", "changeme"]) {
            assert.deepStrictEqual(creds(`  ACCOUNT_KEY: ${b64(t)}`), [], t);
            assert.deepStrictEqual(creds(`  password: ${b64(t)}`), [], t);
        }
        // Base64 of a password, or of bytes that are no text, stays a credential.
        for (const v of [b64("Zt4mQ9xWv2Lr8Kp3"), b64("Qv7!mZ2#rT9w"), "q83vEjRWeJAhQ2VGZ3hpamt="])
            assert.deepStrictEqual(creds(`  password: ${v}`), ["password-literal"], v);
    });
});
