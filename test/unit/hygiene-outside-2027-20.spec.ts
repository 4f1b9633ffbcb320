// The failure classes the tuning half of outside-2027-20 (credentials in web applications' configuration files: Spring,
// Quarkus, .NET, Django, Rails, Laravel) showed, each as a class: values made up for these tests, never the corpus's.
import * as assert from "assert";
import { detect, FieldContext, isNonValue } from "../../policies/hygiene/detectors";

const mandatory = (v: string, context: FieldContext = "script") => detect(v, { context }, "credential").map((f) => f.kind);
const advisory = (v: string, context: FieldContext = "script") => detect(v, { context }, "possible-credential").map((f) => f.kind);

describe("hygiene: outside-2027-20 classes", () => {
    it("a YAML setting's word value followed by a comment is a configuration line's value", () => {
        // A word is a password only on a configuration line; a trailing comment does not make the line code.
        for (const line of [
            "password: lantern # the broker's password",
            "  password: lantern   # 服务的密码",
            "db_password: harbour # note",
        ])
            assert.deepStrictEqual(mandatory(line), ["password-literal"], line);
        // Test words stay refusals at the mandatory level, comment or not.
        for (const line of ["password: changeme # set me", "password: test # set me"]) {
            assert.deepStrictEqual(mandatory(line), [], line);
            assert.ok(advisory(line).length > 0, line);
        }
        // Python's annotation of a built-in type is no value; code after `=` with a comment is still code.
        for (const line of ["    password: bytes  # raw", "    token: str  # the token", "password = lantern  # from the form"])
            assert.deepStrictEqual(mandatory(line), [], line);
    });

    it("a Quarkus / MicroProfile profile's `%prod.` before a .properties key starts the line", () => {
        for (const line of [
            "%prod.quarkus.datasource.password=lantern",
            "%prod.quarkus.datasource.password=Xk9mQ2pLw7",
            "%dev,test.quarkus.oidc.credentials.secret=Xk9mQ2pLw7",
        ])
            assert.deepStrictEqual(mandatory(line), ["password-literal"], line);
        assert.deepStrictEqual(mandatory("%prod.quarkus.datasource.password=${DB_PASSWORD}"), []);
        // `key = word` with spaces is a .properties line where no code could be: after a profile, or under a dashed key.
        for (const line of ["%prod.quarkus.datasource.password = lantern", "app.db-password = lantern"])
            assert.deepStrictEqual(mandatory(line), ["password-literal"], line);
        // A dotted name without a dash may be code assigning a variable (`self.db.password = lantern`): not read so.
        for (const line of ["quarkus.datasource.password = lantern", "    self.db.password = lantern"])
            assert.deepStrictEqual(mandatory(line), [], line);
        assert.deepStrictEqual(mandatory("%prod.quarkus.datasource.username=lantern"), []);
    });

    it("a dotted path of snake_case names under a credential's name is a module path, not a value", () => {
        for (const v of ["relay.backends.push_credentials", "myapp.auth_backends.token_store"]) {
            assert.strictEqual(isNonValue(v), true, v);
            assert.deepStrictEqual(mandatory(`PUSH_CREDENTIALS = "${v}"`), [], v);
        }
        // With digits, or two parts only, it stays a value (a password with dots and underscores).
        assert.strictEqual(isNonValue("tide_pool.harbour.2024"), false);
        assert.deepStrictEqual(mandatory(`DB_PASSWORD = "quiet_harbour.lantern"`), ["password-literal"]);
    });
});
