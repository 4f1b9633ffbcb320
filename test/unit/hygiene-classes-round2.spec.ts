// Issue 28: failure classes of misses still left on the eight spent outside sets (outside-2026-12 to outside-2027-07, both
// halves; docs/hygiene-detectors.md, "Classes from the spent sets, round two"). Each case is written here in its own
// words, in the shape of the class, not copied from a set; each fails without its rule.
import * as assert from "assert";
import { detect } from "../../policies/hygiene/detectors";

type Cat = Parameters<typeof detect>[2];
const kinds = (v: string, cat: Cat, ctx: Parameters<typeof detect>[1] = { context: "text" }) => detect(v, ctx, cat).map((f) => f.kind);

describe("hygiene: classes from the spent outside sets, round two (issue 28)", () => {
    it("finds cards of Maestro's wider ranges (50, 56-58, the rest of 6) at 16 to 19 digits", () => {
        for (const v of [
            "5612345678901230", // 56: Bankcard / Maestro
            "5023 4567 8901 2347", // 50: Maestro, Elo
            "6703-1234-5678-9012", // 67: Maestro, Bancontact
            "card on file 6331101234567892", // 63: Switch / Solo
            "578912345678901233", // 18 digits
            "500000123456789014",
        ])
            assert.deepStrictEqual(kinds(v, "phi"), ["payment-card"], v);
        // Shorter numbers with these prefixes are account ids and national phone numbers, Luhn or not.
        for (const v of ["arn:aws:iam::561234567890:role/x", "call 628123456789017", "5612345678901231" /* fails Luhn */])
            assert.deepStrictEqual(kinds(v, "phi"), [], v);
    });

    it("reads element text and quoted values longer than 256 / 1,024 characters (long tokens), up to 4,096", () => {
        // A made-up token of the length of a cloud access token: random-looking, dot-separated base64url parts.
        let seed = 7;
        const rnd = (n: number) =>
            Array.from({ length: n }, () => {
                seed = (seed * 1103515245 + 12345) % 2147483648;
                return "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[(seed >>> 16) % 64];
            }).join("");
        const token = (n: number) => `${rnd(40)}.${rnd(n - 82)}.${rnd(40)}`;
        const script = { context: "script" } as const;
        assert.deepStrictEqual(kinds(`<adminToken>${token(600)}</adminToken>`, "credential", script), ["password-literal"]);
        assert.deepStrictEqual(kinds(`service token = '${token(1500)}'`, "credential", script), ["password-literal"]);
        assert.deepStrictEqual(kinds(`SESSION_TOKEN="${token(3000)}"`, "credential", script), ["password-literal"]);
        // A long value under a name that holds no secret, or a reference, is still nothing.
        assert.deepStrictEqual(
            kinds(`<description>${"a long description of the model. ".repeat(30)}</description>`, "credential", script),
            [],
        );
        assert.deepStrictEqual(kinds(`notes = '${"see the runbook for the rotation steps; ".repeat(40)}'`, "credential", script), []);
        assert.deepStrictEqual(kinds(`<adminToken>\${ADMIN_TOKEN}${" ".repeat(600)}</adminToken>`, "credential", script), []);
    });

    it("reads an attribute escaped for markup with its character references undone, on its own", () => {
        const script = { context: "script" } as const;
        for (const v of [
            '<a onclick="showHint(&quot;password: Tq7#mWz2Lp9v&quot;)">hint</a>',
            '<input title="Default password: &quot;Tq7#mWz2Lp9v&quot;" />',
            '<cell value="&lt;b&gt;dbpassword: Tq7#mWz2Lp9v&lt;/b&gt;" />',
            '<cell value="secret: Tq7#mWz2&amp;Lp9v" style="text" />',
        ])
            assert.deepStrictEqual(kinds(v, "credential", script), ["password-literal"], v);
        // Escaped markup holding no secret, a placeholder or a reference stays nothing.
        for (const v of [
            '<input title="Enter your &quot;password&quot; here" />',
            '<cell value="&lt;b&gt;password: &lt;your password&gt;&lt;/b&gt;" />',
            '<a onclick="login(&quot;password: ${DB_PASSWORD}&quot;)">x</a>',
        ])
            assert.deepStrictEqual(kinds(v, "credential", script), [], v);
    });

    it("takes an MRN with a capital-letter prefix after an MRN's label, as under an MRN's key", () => {
        for (const v of ["Patient ID: QX7730415", "MRN: RH-00418822", "medical record number is KT5561093"])
            assert.deepStrictEqual(kinds(v, "phi"), ["mrn"], v);
        // A word after the label is not a prefix: it must be capitals glued to the digits.
        for (const v of ["medical records for 2019-2020 review", "patient id abc1234567", "Patient ID: qx7730415"])
            assert.deepStrictEqual(kinds(v, "phi"), [], v);
    });
});
