// Issue 28: the class found after scoring the held-out halves of outside-2027-20 to -22 (regression: those halves are
// spent). Values made up for this test, in the class's shape; the case fails without its rule.
import * as assert from "assert";
import { detect } from "../../policies/hygiene/detectors";

const mandatory = (v: string) => detect(v, { context: "script" }, "credential").map((f) => f.kind);

describe("hygiene: after scoring outside-2027-20 to -22 (issue 28)", () => {
    it("reads a setting's name of up to 128 characters (Spring's OAuth client registrations run past 64)", () => {
        const name = "spring.security.oauth2.client.registration.example-provider.client-secret";
        assert.ok(name.length > 64);
        assert.deepStrictEqual(mandatory(`${name}=9c4e1f7a2b8d6e3f0a5c7b9d1e2f4a6c`), ["password-literal"]);
        assert.deepStrictEqual(mandatory(`${name}: 4f2a9c1e-7b3d-4e8f-a6c2-9d1b5e7f3a08`), ["password-literal"]);
        // A reference under the long name is still none.
        assert.deepStrictEqual(mandatory(`${name}=\${OAUTH_CLIENT_SECRET}`), []);
    });
});
