// The failure classes the tuning half of outside-2027-18 (credentials as CI pipelines and container manifests write them)
// showed, each as a class: values made up for these tests, never the corpus's.
import * as assert from "assert";
import { detect, FieldContext, isLiteralSecret, isNonValue, isSecretKey } from "../../policies/hygiene/detectors";

const kinds = (v: string, context: FieldContext = "script", key?: string) => [
    ...detect(v, { context, key }, "credential").map((f) => f.kind),
    ...detect(v, { context, key }, "possible-credential").map((f) => f.kind),
];
const mandatory = (v: string, context: FieldContext = "script", key?: string) =>
    detect(v, { context, key }, "credential").map((f) => f.kind);
const b64 = (s: string) => Buffer.from(s, "latin1").toString("base64");

describe("hygiene: outside-2027-18 classes", () => {
    it("base64 of a short word is judged by the word's length floor and non-values, as the word written plainly", () => {
        // Under a token's name a word of under six characters is no key, encoded or not (`token: <base64 of "oak">`).
        for (const w of ["oak1", "birch", "maple"]) {
            assert.strictEqual(isLiteralSecret(w, false), false, w);
            assert.strictEqual(isLiteralSecret(b64(w), false), false, b64(w));
            assert.deepStrictEqual(mandatory(`token: ${b64(w)}`, "script"), [], w);
        }
        // A placeholder encoded is one (`your-token`), whatever its length.
        assert.strictEqual(isLiteralSecret(b64("your-api-token-goes-in-this-field"), false), false);
        // A password's floor is four characters: an encoded four-letter password is still one, as `password: oak1` is.
        assert.deepStrictEqual(mandatory(`password: ${b64("oak1")}`, "script"), ["password-literal"]);
        // Longer encoded text, and a key's random bytes (not text), are judged as before.
        assert.deepStrictEqual(mandatory(`client-secret: ${b64("quietly-birch-harbour-42")}`, "script"), ["password-literal"]);
        assert.deepStrictEqual(
            mandatory(
                `token: ${Buffer.from([0x9f, 0x3a, 0xe1, 0x07, 0xc4, 0x5b, 0x88, 0x12, 0xfe, 0x6d, 0x21, 0xb0]).toString("base64")}`,
                "script",
            ),
            ["password-literal"],
        );
    });

    it("an access level (`read`, `write`) under a token's name is a permission, not a weak credential", () => {
        for (const v of [`id-token: write`, `id-token: read`, `id_token = "write-all"`, `PUSH_TOKEN: readonly`])
            assert.deepStrictEqual(kinds(v), [], v);
        // A guessable word under the same names is still reported (advisory).
        assert.deepStrictEqual(kinds(`id-token: walnut`), ["weak-credential"]);
    });

    it("an `initial…token` (etcd's initial cluster token, Cassandra's initial token) is a start value, no credential", () => {
        for (const k of ["initial-cluster-token", "initial_token", "INITIAL_CLUSTER_TOKEN"])
            assert.strictEqual(isSecretKey(k).secret, false, k);
        for (const v of [`initial-cluster-token: etcd-prod-ring`, `initial_token: -3074457345618258603`])
            assert.deepStrictEqual(kinds(v), [], v);
        // Other cluster tokens are credentials (k3s' join token), and so is a token that only starts a name differently.
        for (const k of ["cluster_token", "K3S_TOKEN", "initialization_secret"]) assert.strictEqual(isSecretKey(k).secret, true, k);
        assert.deepStrictEqual(mandatory(`cluster_token: Zt4mQ9xWv2Lr8Kp3Nc7B`), ["password-literal"]);
    });

    it("a lookup path filled in per request (`passdb/%u`) is a template, not a password", () => {
        for (const v of ["passdb/%u", "shared/%d/%n", "userdb/%{user}"]) assert.ok(isNonValue(v), v);
        for (const v of [`password_key = passdb/%u`, `password_key = "shared/%d/%n"`]) assert.deepStrictEqual(mandatory(v), [], v);
        // A `%` inside a password, or a path without a variable, is judged as before.
        assert.strictEqual(isNonValue("Kx7%uQ2m/9wZ"), false);
        assert.deepStrictEqual(mandatory(`password = Kx7%uQ2m9wZ`), ["password-literal"]);
        // Linear on adversarial input: a long run of segments is decided at once.
        const long = "a/".repeat(50000) + "%u!";
        const t = Date.now();
        isNonValue(long);
        assert.ok(Date.now() - t < 500);
    });
});
