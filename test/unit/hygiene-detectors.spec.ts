import * as assert from "assert";
import { compileDetectorConfig, compileOrgRegex, detect, isSecretKey, MAX_SCAN_CHARS } from "../../policies/core/detectors";
import { decodeScript, forEachTextField, TextField } from "../../policies/core/text-fields";
import { hygieneNoPhi } from "../../policies/hygiene/hygiene-no-phi";
import { CANARY, runResource, UNKNOWN } from "../harness";

const kinds = (v: string, cat: Parameters<typeof detect>[2], ctx: Parameters<typeof detect>[1] = { context: "text" }) =>
    detect(v, ctx, cat).map((f) => f.kind);

describe("hygiene: detectors", () => {
    it("finds credentials and not their look-alikes", () => {
        assert.deepStrictEqual(kinds("https://u:p4ssw0rd!@host/x", "credential"), ["url-credentials"]);
        assert.deepStrictEqual(kinds("https://u:${PASS}@host/x", "credential"), []);
        assert.deepStrictEqual(kinds("4f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39", "credential"), [], "a git SHA is not a secret key");
        assert.deepStrictEqual(kinds("AROAQX7Z2KD4M5N6P3RTU", "credential"), [], "a role unique ID is not an access key");
        assert.deepStrictEqual(kinds("Winter2024!", "credential", { context: "env", key: "DB_PASSWORD" }), ["password-literal"]);
        assert.deepStrictEqual(
            kinds("arn:aws:secretsmanager:us-east-1:1:secret:x", "credential", { context: "env", key: "DB_PASSWORD" }),
            [],
        );
        assert.deepStrictEqual(kinds("3600", "credential", { context: "env", key: "TOKEN_TTL" }), []);
    });
    it("judges secret-like names", () => {
        assert.ok(isSecretKey("DB_PASSWORD").secret && isSecretKey("hfToken").secret && isSecretKey("AWS_SECRET_ACCESS_KEY").secret);
        assert.ok(
            !isSecretKey("DB_PASSWORD_SECRET_ARN").secret &&
                !isSecretKey("TOKENIZERS_PARALLELISM").secret &&
                !isSecretKey("MAX_TOKENS").secret,
        );
    });
    it("finds SSNs in valid ranges only, cards by Luhn, DOB only with a label", () => {
        assert.deepStrictEqual(kinds("512-34-8871", "phi"), ["us-ssn"]);
        for (const bad of ["000-12-3456", "666-12-3456", "912-34-5678", "512-00-8871", "512-34-0000", "v1-512-34-8871"])
            assert.deepStrictEqual(kinds(bad, "phi"), [], bad);
        assert.deepStrictEqual(kinds("4111 1111 1111 1111", "phi"), ["payment-card"]);
        assert.deepStrictEqual(kinds("4111 1111 1111 1112", "phi"), [], "fails Luhn");
        assert.deepStrictEqual(kinds("1700000000000", "phi"), [], "epoch ms");
        assert.deepStrictEqual(kinds("2024-01-15", "phi"), []);
        assert.deepStrictEqual(kinds("DOB: 1984-03-12", "phi"), ["date-of-birth"]);
    });
    it("reports the line of a multi-line value", () => {
        assert.deepStrictEqual(detect("a\nb\nexport X=AKIAQX7Z2KD4M5N6P3RT\n", { context: "script" }, "credential"), [
            { kind: "aws-access-key-id", line: 3 },
        ]);
    });
    it("ignores allowlisted values and applies organisation patterns", () => {
        const { config } = compileDetectorConfig({
            allowlist: ["4111 1111 1111 1111"],
            extraPatterns: [{ name: "study subject", regex: "\\bSUBJ-\\d{6}\\b" }],
        });
        assert.deepStrictEqual(detect("4111 1111 1111 1111", { context: "text" }, "phi", config), []);
        assert.deepStrictEqual(detect("SUBJ-004211", { context: "text" }, "phi", config), [{ kind: "custom", pattern: "study subject" }]);
    });
    it("rejects unsafe or invalid organisation regexes without throwing", () => {
        // Nested quantifiers run on RE2 in linear time; what RE2 cannot run is a config error.
        assert.ok(compileOrgRegex("(a+)+$") instanceof RegExp);
        assert.ok(compileOrgRegex("(\\w*x)*") instanceof RegExp);
        assert.strictEqual(typeof compileOrgRegex("(a)\\1"), "string");
        assert.strictEqual(typeof compileOrgRegex("a(?=b)"), "string");
        assert.strictEqual(typeof compileOrgRegex("[unclosed"), "string");
        assert.ok(compileOrgRegex("\\bH\\d{8}\\b") instanceof RegExp);
        const r = runResource(hygieneNoPhi, {
            type: "aws:sagemaker/model:Model",
            props: { tags: { a: "b" }, description: "x" },
            config: { mrnPatterns: ["MRN(?=\\d)"], extraPatterns: [{ name: "x", regex: "[" }] },
        });
        assert.strictEqual(r.violations.length, 1);
        assert.match(r.violations[0], /config has entries that cannot be used/);
        assert.match(r.violations[0], /mrnPatterns\[0\] uses a lookahead/);
        assert.match(r.violations[0], /extraPatterns\[0\]\.regex is not a valid/);
    });
    it("runs in linear time on adversarial input (64 KiB per value)", () => {
        const inputs = [
            "a".repeat(200000),
            "1-".repeat(40000),
            "a@".repeat(40000),
            "http://" + "a:".repeat(30000),
            "eyJ" + "a".repeat(70000),
            "9".repeat(70000),
            "-----BEGIN ".repeat(8000),
            "patient: " + "Aa ".repeat(20000),
            "1 Aa ".repeat(20000),
            "x=".repeat(40000),
        ];
        for (const s of inputs) {
            const t = Date.now();
            for (const c of ["credential", "phi", "possible-phi", "insecure-url"] as const)
                detect(s, { context: "script", key: "DB_PASSWORD" }, c);
            assert.ok(Date.now() - t < 1500, `slow on ${s.slice(0, 12)}…`);
        }
        assert.deepStrictEqual(
            detect("x".repeat(MAX_SCAN_CHARS) + " 512-34-8871", { context: "text" }, "phi"),
            [],
            "beyond the scanned prefix",
        );
    });
});

describe("hygiene: text fields", () => {
    it("classifies fields, skips unknowns and secret inputs", () => {
        const seen: TextField[] = [];
        forEachTextField(
            "aws:sagemaker/model:Model",
            {
                tags: { T: "v", U: UNKNOWN },
                primaryContainer: { environment: { A: "1", B: UNKNOWN }, image: "img" },
                containers: UNKNOWN,
                clientSecret: "s",
            },
            "res",
            (f) => seen.push(f),
        );
        assert.deepStrictEqual(
            seen.map((f) => `${f.kind}:${f.key ?? f.path.join(".")}`),
            ["name:", "tag-key:T", "tag:T", "tag-key:U", "env:A", "text:primaryContainer.image"],
        );
    });
    it("decodes base64 scripts, tolerates plain text and a trailing non-base64 part", () => {
        const s = "#!/bin/bash\necho hi\n";
        const b = Buffer.from(s).toString("base64");
        assert.strictEqual(decodeScript(b), s);
        assert.strictEqual(decodeScript(s), s);
        assert.ok(decodeScript(b + CANARY).startsWith("#!/bin/bash"));
    });
});
