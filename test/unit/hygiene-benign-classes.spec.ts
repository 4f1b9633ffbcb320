// Issue 28, false positives round two: classes of benign look-alikes (and of findings of the wrong kind) found across the
// eight spent outside sets and the independent corpus (docs/hygiene-detectors.md, "False-positive classes, round two").
// Each case is written here in the shape of its class, not copied from a set (published constants excepted: they are the
// same in every copy); each fails without its rule, and each class's look-alike that is a secret is still found.
import * as assert from "assert";
import { detect } from "../../policies/hygiene/detectors";
import { holdsMaintainedConstant, maintainedConstants } from "../../policies/hygiene/secret-rules";

type Cat = Parameters<typeof detect>[2];
const kinds = (v: string, cat: Cat, ctx: Parameters<typeof detect>[1] = { context: "script" }) => detect(v, ctx, cat).map((f) => f.kind);

describe("hygiene: false-positive classes, round two (issue 28)", () => {
    it("takes the constants gitleaks' data publishes (SDK example keys, a public search key) for non-values, loaded from the data", () => {
        const list = maintainedConstants();
        const firebase = list.find((c) => c.startsWith("AIzaSy") && !/abcdef/.test(c));
        const algolia = list.find((c) => /^[0-9a-f]{32}$/.test(c));
        assert.ok(firebase && algolia, "the data holds both");
        assert.deepStrictEqual(kinds(`const options = { apiKey: "${firebase}" };`, "possible-credential"), []);
        assert.deepStrictEqual(kinds(`search = { appId: "X1Y2Z3", apiKey: "${algolia}" }`, "credential"), []);
        assert.deepStrictEqual(kinds(algolia!, "credential", { context: "env", key: "ALGOLIA_API_KEY" }), []);
        // Keys of the same shapes that are not published stay findings.
        assert.deepStrictEqual(kinds(`const options = { apiKey: "AIzaSyQ7h2Kd9LmPzR4tWv8xYb3Nc6Fj1Gs5He0" };`, "possible-credential"), [
            "google-api-key",
        ]);
        assert.deepStrictEqual(kinds("9b1d4c7e2a8f03d6b5e1c9a7f4d2b8e0", "credential", { context: "env", key: "ALGOLIA_API_KEY" }), [
            "password-literal",
        ]);
        assert.ok(!holdsMaintainedConstant("short"));
    });

    it("calls a token body typed at its ends filler: a run of one character, or an ascending run closing it", () => {
        for (const v of ["sk_live_bbbbbbQx7Lm2Rt9Kp4Wzbbbbbb", "rk_test_77777Hq3Zm8Rk2Wp5Tn9Xc", "tvly-prod-Kd8Lm2Qx7Rt9Wp4Zn3abcdef"])
            assert.deepStrictEqual(kinds(v, "credential", { context: "text" }), [], v);
        for (const v of ["sk_live_Qx7bLm2Rt9Kp4WzHd3Nc8Vf", "tvly-prod-Kd8Lm2Qx7Rt9Wp4Zn3Hb6Jc1"])
            assert.deepStrictEqual(kinds(v, "credential", { context: "text" }), ["api-token"], v);
    });

    it("takes the swarm join tokens of Docker's documentation for documentation, and only those", () => {
        const digest = "4kq0x8mhz2rj7tv1n3wd9yb5pc6fl0gs8ue4ai2xk7om3qt9zr";
        for (const secret of ["1awxwuwd3z9j1z3puu7rcgdbx", "7bnxvvlz2mrcpfonjuztmtts9"])
            assert.deepStrictEqual(kinds(`docker swarm join --token SWMTKN-1-${digest}-${secret} 10.0.0.2:2377`, "credential"), []);
        assert.deepStrictEqual(
            kinds(`docker swarm join --token SWMTKN-1-${digest}-q4w8e2r6t0y3u7i1o5p9a2s6d 10.0.0.2:2377`, "credential"),
            ["api-token"],
        );
    });

    it("holds New Relic REST API keys to their published shape (NRRA- and 42 hexadecimal digits)", () => {
        assert.deepStrictEqual(kinds("NRRA-3f9c0a7e21b6d84c5f0e9a1b7c3d2e8f6a4b0c9d1e", "credential", { context: "text" }), ["api-token"]);
        assert.deepStrictEqual(kinds("NRRA-Qz7WpL2xKd9mRt4Vn8Hb3Jc6Fs1Yg5Ta0Ue8Xo2Ri", "credential", { context: "text" }), []);
    });

    it("takes a token right after documentation's `e.g.` / `for example` or in a form field's placeholder for an illustration", () => {
        const tok = "glsa_Q7rW2zPl9XvT4nBk8SjD3f9A1c7E5b2D";
        for (const v of [
            `<input name="token" placeholder="e.g. ${tok}">`,
            `<input placeholder="${tok}"/>`,
            `Paste your key (e.g: ${tok}) below.`,
            `The token looks like this, for example: ${tok}`,
        ])
            assert.deepStrictEqual(kinds(v, "credential"), [], v);
        assert.deepStrictEqual(kinds(`GRAFANA_TOKEN=${tok}`, "credential"), ["api-token"]);
        assert.deepStrictEqual(kinds(`<input value="${tok}">`, "credential"), ["api-token"], "a value attribute is a value");
    });

    it("takes a token body that is base64 of a host name or of words for encoded text, not a key", () => {
        const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64").replace(/=+$/, "");
        for (const v of [`acme-api-key-${b64("api.acme-cloud.io")}`, `acme-api-key-${b64("https://login.acme-cloud.io/v2")}`])
            assert.deepStrictEqual(kinds(v, "credential", { context: "text" }), [], v);
        assert.deepStrictEqual(kinds("acme-api-key-q7Rw2ZpL9xVt4NbK8sJdQ7Rw2Zp", "credential", { context: "text" }), ["api-token"]);
    });

    it("reads `Basic` only before base64 that ends the value: a JWT after it is judged as a JWT (advisory)", () => {
        const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzY29wZSI6InJlYWQifQ.Qm9x7Rw2ZpL9xVt4NbK8sJdQ7Rw2ZpL9xVt4NbK8sJd";
        assert.deepStrictEqual(kinds(`curl -H "Authorization: Basic ${jwt}" https://api.internal`, "credential"), []);
        assert.deepStrictEqual(kinds(`curl -H "Authorization: Basic ${jwt}" https://api.internal`, "possible-credential"), ["jwt"]);
        const pair = Buffer.from("svc-reporter:Vq8rT2mzK1wP").toString("base64");
        assert.deepStrictEqual(kinds(`curl -H "Authorization: Basic ${pair}" https://api.internal`, "credential"), ["password-literal"]);
        assert.deepStrictEqual(kinds(`the header was Basic ${pair}.`, "credential", { context: "text" }), ["password-literal"]);
    });

    it("takes digits typed in order for a made-up number, not a card number", () => {
        // Luhn-valid numbers that open with `12345678` / `98765432` (a UATP-shaped 15 digits, a 16-digit 9…).
        const luhnComplete = (head: string) => {
            for (let d = 0; d <= 9; d++) {
                const n = head + d;
                let sum = 0;
                for (let i = 0; i < n.length; i++) {
                    let x = +n[n.length - 1 - i];
                    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
                    sum += x;
                }
                if (sum % 10 === 0) return n;
            }
            return head;
        };
        for (const head of ["12345678910123", "12345678123456"])
            assert.deepStrictEqual(kinds(` ${luhnComplete(head)}`, "phi", { context: "text" }), [], head);
        assert.deepStrictEqual(kinds("card 4111 1111 1111 1111", "phi", { context: "text" }), ["payment-card"]);
        assert.deepStrictEqual(kinds(`paid with ${luhnComplete("17283940561728")}`, "phi", { context: "text" }), ["payment-card"]);
    });

    it("takes no North American number from inside a longer run of digit groups (a business or tax number)", () => {
        for (const v of ["ABN 62 913 457 2208", "ref 4 7 415 555 0132"])
            assert.deepStrictEqual(kinds(v, "possible-phi", { context: "text" }), [], v);
        for (const v of ["call 415 555 0132", "office: (415) 555-0132, cell 1 415 555 0199", "+1 415 555 0132"])
            assert.deepStrictEqual(kinds(v, "possible-phi", { context: "text" }), ["phone-number"], v);
    });
});
