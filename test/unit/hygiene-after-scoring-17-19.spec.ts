// Issue 28: classes found after scoring the held-out halves of outside-2027-17 to -19 (regression: those halves are
// spent). Cases in their own words, in the classes' shapes; each fails without its rule.
import * as assert from "assert";
import { detect, isNonValue, isSecretKey } from "../../policies/hygiene/detectors";

const mandatory = (v: string) => detect(v, { context: "script" }, "credential").map((f) => f.kind);
const phi = (v: string, key?: string) => detect(v, { context: "script", key }, "phi").map((f) => f.kind);

describe("hygiene: after scoring outside-2027-17 to -19 (issue 28)", () => {
    it("reads an upper-case name that starts with a secret's word as a name, not the secret (KEY_PATH, TOKEN_FILE)", () => {
        for (const v of ["KEY_PATH", "TOKEN_FILE", "SECRET_NAME_PROD", "PASSWORD2_ENV"]) assert.ok(isNonValue(v), v);
        assert.deepStrictEqual(mandatory('export GOOGLE_APPLICATION_CREDENTIALS="KEY_PATH"'), []);
        assert.deepStrictEqual(mandatory('DB_PASSWORD="TOKEN_FILE"'), []);
        // Mixed case, or one word alone with digits, is still judged as a value.
        assert.deepStrictEqual(mandatory('API_TOKEN="KEY_9fQ2xL7vRw"'), ["password-literal"]);
        assert.ok(!isNonValue("KEY_9fQ2xL7vRw"));
    });

    it("does not take a credential's attribute or hash function for the credential", () => {
        for (const k of ["userPasswordAttribute", "bind_password_attr", "password_hash_function", "tokenAttribute"])
            assert.strictEqual(isSecretKey(k).secret, false, k);
        assert.deepStrictEqual(mandatory("'userPasswordAttribute' => 'unicodePwd',"), []);
        assert.deepStrictEqual(mandatory("password_hash_function: sha512"), []);
        assert.deepStrictEqual(mandatory("ldap_bind_password: 'Qv7#pL2x!mR9'"), ["password-literal"]);
    });

    it("finds a birth date written as a date-time, under a birth date-time's name (OMOP's birth_datetime, FHIR's birthTime)", () => {
        assert.deepStrictEqual(phi("1961-04-18T00:00:00+00:00", "birth_datetime"), ["date-of-birth"]);
        assert.deepStrictEqual(phi("1961-04-18T06:40:00Z", "birthTime"), ["date-of-birth"]);
        assert.deepStrictEqual(phi(JSON.stringify({ person: { birth_datetime: "1961-04-18T00:00:00" } })), ["date-of-birth"]);
        assert.deepStrictEqual(phi(JSON.stringify({ birthDate: "1961-04-18T00:00:00Z" })), ["date-of-birth"]);
        // A date-time under any other name is not a birth date.
        assert.deepStrictEqual(phi(JSON.stringify({ created: "1961-04-18T00:00:00Z" })), []);
        assert.deepStrictEqual(phi("1961-04-18T00:00:00Z", "visit_datetime"), []);
    });
});
