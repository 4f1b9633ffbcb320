// The advisory `weak-credential` kind: a word, a default or a test value as the literal value of a credential's setting.
// The mandatory test refuses these by design (a placeholder must not block a deploy); the advisory says the setting is
// a credential written into the plan. Values made up for these tests.
import * as assert from "assert";
import { detect, FieldContext } from "../../policies/hygiene/detectors";

const kinds = (v: string, context: FieldContext = "script", key?: string) => ({
    mandatory: detect(v, { context, key }, "credential").map((f) => f.kind),
    advisory: detect(v, { context, key }, "possible-credential").map((f) => f.kind),
});
const weak = { mandatory: [], advisory: ["weak-credential"] };
const none = { mandatory: [], advisory: [] };

describe("hygiene: weak-credential (advisory)", () => {
    it("reports a word, a default or a test value under a name that ends with a credential", () => {
        for (const [v, key] of [
            ["changeme", "DB_PASSWORD"],
            ["test", "MASTER_PASSWD"],
            ["1234", "PGPASSWORD"],
            ["eggs", "AWS_SECRET_ACCESS_KEY"],
            ["orchid", "authToken"],
            ["dummy", "client_secret"],
        ])
            assert.deepStrictEqual(kinds(v, "env", key), weak, `${key}=${v}`);
        for (const v of [
            `aws_secret_access_key='eggs',`,
            `'AWS_SESSION_TOKEN': 'biz',`,
            `"client_secret": "shh",`,
            `self.request.password = 'doe'`,
            `DB_PASSWORD=changeme`,
            `<password>foobar</password>`,
        ])
            assert.deepStrictEqual(kinds(v), weak, v);
    });

    it("leaves a literal secret to the mandatory kind, and reports nothing twice", () => {
        assert.deepStrictEqual(kinds("Vq8mLx2w!", "env", "DB_PASSWORD"), { mandatory: ["password-literal"], advisory: [] });
        assert.deepStrictEqual(kinds(`password: "Vq8mLx2w!"`), { mandatory: ["password-literal"], advisory: [] });
    });

    it("does not report references, templates, masks, fill-in words, self-named stand-ins or filler", () => {
        for (const [v, key] of [
            ["${DB_PASSWORD}", "DB_PASSWORD"],
            ["{{resolve:secretsmanager:db}}", "DB_PASSWORD"],
            ["arn:aws:secretsmanager:us-east-1:123456789012:secret:db", "DB_SECRET"],
            ["none", "API_TOKEN"],
            ["true", "API_TOKEN"],
            ["********", "DB_PASSWORD"],
            ["xxx", "DB_PASSWORD"],
            ["your-api-key", "API_KEY"],
            ["<replace-me>", "API_KEY"],
            ["REPLACE_ME", "API_KEY"],
            ["my-client-secret", "CLIENT_SECRET"],
            ["fake-token", "ACCESS_TOKEN"],
            ["123456", "DB_PASSWORD"],
            ["/run/secrets/db", "DB_PASSWORD"],
            ["db-password.txt", "DB_PASSWORD"],
            ["DB_PASSWORD", "PASSWORD"],
            ["Password:", "PASSWORD_LABEL"],
            ["ab", "DB_PASSWORD"],
        ])
            assert.deepStrictEqual(kinds(v, "env", key), none, `${key}=${v}`);
    });

    it("reports a URL's guessable password (equal to the user, a word), not one that only says where it goes", () => {
        for (const v of [
            "postgres://postgres:postgres@db:5432/app",
            "mysql+pymysql://cinder:cinder@10.0.0.5/cinder",
            "redis://default:changeme@cache:6379/0",
        ])
            assert.deepStrictEqual(kinds(v, "env", "DATABASE_URL"), weak, v);
        for (const v of [
            "postgres://user:password@db/app",
            "postgres://user:${DB_PASSWORD}@db/app",
            "postgres://user:****@db/app",
            "postgres://user:xxx@db/app",
            "postgres://user:your-password@db/app",
            "https://user:pw@example.com/",
        ])
            assert.deepStrictEqual(kinds(v, "env", "DATABASE_URL"), none, v);
    });

    it("judges only names that end with the credential, not its attributes or a secret's key name", () => {
        for (const v of [
            `token_placement="header"`,
            `"token_endpoint_auth_methods_supported": "client_secret_basic"`,
            `passwordPassthrough: "ok4"`,
            `existingSecretPasswordKey: "redis-password"`,
            `ServiceToken: anArn`,
            `credentials: "include"`,
            `sort_key: "name"`,
            `max_tokens: 1024`,
        ])
            assert.deepStrictEqual(kinds(v), none, v);
    });

    it("does not read a word from around a value as a credential's name (a lookup's arguments, a comparison)", () => {
        for (const v of [
            `let accountKey = Buffer.from("accountKey", "base64");`,
            `os.getenv("API_TOKEN", "none-set")`,
            `if ("orchid" == auth_secret) {}`,
            `var.db_password`,
            `db_password = var.db_password`,
        ])
            assert.deepStrictEqual(kinds(v), none, v);
    });
});
