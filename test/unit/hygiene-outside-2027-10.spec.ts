// The failure classes the tuning half of outside-2027-10 (OAuth/OIDC and JWT libraries' tests, vendor SDKs' tests, cloud
// credential loaders) showed, each as a class: values made up for these tests, never the corpus's.
import * as assert from "assert";
import { detect, isSecretKey } from "../../policies/hygiene/detectors";

const creds = (v: string) => detect(v, { context: "script" }, "credential").map((f) => f.kind);

describe("hygiene: outside-2027-10 classes", () => {
    it("an object's id under an id's name is no token, though a vendor prefixes and randomises it", () => {
        for (const v of [
            `id='call_Qw7rTz2LmVb9XcN4pK8sJd3F'`,
            `"id": "msg_01HbT7qLz9WmXr4VcN2pKs8D"`,
            `id="chatcmpl-Zx81QmLp4TbVr7NcW2kHs9Ja"`,
            `credential_id="vcrd_01AbT7qLz9WmXr4VcN2pKs"`,
            `callId: "toolu_01Qw7rTz2LmVb9XcN4pK8sJ"`,
            `ORDER_ID = "ord_Qw7rTz2LmVb9XcN4pK8sJd3F"`,
        ])
            assert.deepStrictEqual(creds(v), [], v);
        // The same shapes under a credential's name, or a name that only ends in the letters `id`, are still tokens; and a
        // secret's id (Vault's AppRole `secret_id`) is a credential.
        for (const v of [
            `token="call_Qw7rTz2LmVb9XcN4pK8sJd3F"`,
            `valid="call_Qw7rTz2LmVb9XcN4pK8sJd3F"`,
            `secret_id: "sec_Qw7rTz2LmVb9XcN4pK8sJd3F"`,
        ])
            assert.ok(creds(v).length > 0, v);
    });

    it("a list API's page token and a lookup key named after a secret are no secrets", () => {
        for (const k of ["nextToken", "NextToken", "previousToken", "page_token", "next_page_token", "continuationToken"])
            assert.strictEqual(isSecretKey(k).secret, false, k);
        for (const k of ["token_cache_key", "secret_idempotency_key", "apiKeyCacheKey"])
            assert.strictEqual(isSecretKey(k).secret, false, k);
        for (const k of ["refresh_token", "access_token", "api_key", "token_secret", "cache_token", "page_secret"])
            assert.strictEqual(isSecretKey(k).secret, true, k);
        assert.deepStrictEqual(creds(`"nextToken": "AQICAHhB9pLx3a7Kd92kd8fj2kfkQ"`), []);
        assert.deepStrictEqual(creds(`token_cache_key = '6e3c1b9a0f2d4c8e7a5b3d1f9e8c7a6b5d4c3e2f'`), []);
        assert.ok(creds(`refresh_token = "AQICAHhB9pLx3a7Kd92kd8fj2kfkQ"`).length > 0);
    });

    it("the first member of a dict, an object or a call opened on the value's side of an assignment", () => {
        for (const v of [
            `USER = {"password": "Tq8#mW2vLp"}`,
            `creds = {"client_secret": "Rv3kT9pXw2LmQa7Z"}`,
            `creds = dict(client_secret="Rv3kT9pXw2LmQa7Z")`,
            `const c = {password: "Tq8#mW2vLp"}`,
            `client = Client(api_key="Rv3kT9pXw2LmQa7ZbN4c", base_url=u)`,
        ])
            assert.deepStrictEqual(creds(v), ["password-literal"], v);
        for (const v of [`x = {"a": "b"}`, `x = f(password=pw)`, `x = {"password": "password"}`, `x = {"token": "fresh-token"}`])
            assert.deepStrictEqual(creds(v), [], v);
    });

    it("a form-encoded body in a string: each parameter by its name", () => {
        assert.deepStrictEqual(creds(`body = 'grant_type=password&username=a&password=h3llo99&scope=all'`), ["password-literal"]);
        assert.deepStrictEqual(creds(`Body: "grant_type=refresh_token&refresh_token=Rv3kT9pXw2LmQa7Z",`), ["password-literal"]);
        for (const v of [
            `q = "a=b&c=d"`,
            `body = 'grant_type=password&username=a&password=password'`,
            `s = "page=2&next_token=Rv3kT9pXw2LmQa7Z"`,
        ])
            assert.deepStrictEqual(creds(v), [], v);
    });
});
