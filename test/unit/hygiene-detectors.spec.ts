import * as assert from "assert";
import {
    compileDetectorConfig,
    compileOrgRegex,
    detect,
    isNonValue,
    isSecretKey,
    kindLevel,
    MAX_SCAN_CHARS,
    PUBLISHED_CONSTANTS,
    secretLike,
    shannonEntropy,
} from "../../policies/hygiene/detectors";
import { decodeScript, forEachTextField, TextField } from "../../policies/hygiene/text-fields";
import { hygieneNoCredentials } from "../../policies/hygiene/hygiene-no-credentials";
import { hygieneNoPhi } from "../../policies/hygiene/hygiene-no-phi";
import { CANARY, runResource, UNKNOWN } from "../harness";
import { adversarial, ADVERSARIAL_SHAPES, loadDetectorsLazyData, measureWork } from "../work-counter";

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
    it("does not take resource names with a generated suffix, or ARNs, for vendor tokens", () => {
        // Found by the audit-shape tier: a role ARN holding Pulumi's auto-name was reported as an API token.
        for (const v of [
            "arn:aws:iam::111122223333:role/external-agentResourceRoleArn-27b16d5",
            "external-agentResourceRoleArn-27b16d5",
            "prod-ApiHandlerRole-1A2B3C4D5E6F",
            "arn:aws:lambda:us-east-1:111122223333:function:prod-InvokeModelFn-Xy7Kp2Lm9Qr4St6Uv8",
        ])
            assert.deepStrictEqual(kinds(v, "credential"), [], v);
        assert.deepStrictEqual(kinds("dckr_pat_Xy7Kp2Lm9Qr4St6Uv8Wz1Ab3Cd5", "credential"), ["api-token"], "a random body still counts");
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
    it("does linear work on adversarial input: twice the input, at most about twice the work (counted, not timed)", () => {
        // Each shape at 16 KiB and at 32 KiB (under the 64 KiB scanned per value). Counted: characters
        // the regular expressions scan forward (test/work-counter.ts); backtracking is guarded by
        // regex-backtracking.spec.ts.
        loadDetectorsLazyData(); // libphonenumber-js and gitleaks' rules: their one-time load is not the scan
        const work = (s: string) =>
            measureWork(() => {
                for (const c of ["credential", "possible-credential", "phi", "possible-phi", "insecure-url"] as const)
                    detect(s, { context: "script", key: "DB_PASSWORD" }, c);
            }).work.regexChars;
        for (const shape of ADVERSARIAL_SHAPES) {
            const [w1, w2] = [work(adversarial(shape, 16 * 1024)), work(adversarial(shape, 32 * 1024))];
            assert.ok(w1 > 16 * 1024, `${shape.join("")}…: the detectors scanned the input (${w1})`);
            assert.ok(w2 <= 2.2 * w1, `${shape.join("")}…: ${w1} at 16 KiB, ${w2} at 32 KiB`);
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

describe("hygiene: non-values and script-aware scanning (the classes of issue 12)", () => {
    const mandatory = (v: string, context: "script" | "text" | "env" | "tag" = "script", key?: string) =>
        (["credential", "phi"] as const).flatMap((c) => detect(v, { context, key }, c)).filter((f) => kindLevel(f.kind) === "mandatory");
    const x = (n: number) => "x".repeat(n);
    it("placeholders with a real prefix and filler, and words that say 'not a real value'", () => {
        for (const v of [
            `ghp_${x(36)}`,
            `AKIA${"X".repeat(16)}`,
            `xoxb-${"0".repeat(10)}-${"0".repeat(13)}-${x(24)}`,
            "glpat-XXXXXXXXXXXXXXXXXXXX",
            `AIza${"a".repeat(35)}`,
            "token = PUT_YOUR_TOKEN_HERE",
            "password = YOUR_PASSWORD",
            'password = "somefakekey"',
            "DB_PASSWORD=changeme",
            "-----BEGIN OPENSSH PRIVATE KEY----------END OPENSSH PRIVATE KEY-----",
            "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        ])
            assert.deepStrictEqual(mandatory(v), [], v);
    });
    it("empty values, templates and references", () => {
        for (const v of [
            "API_KEY=\nDYNATRACE_API_KEY=\n",
            "password=\nhost=db\n",
            "access_key = {SumoAccessKey}",
            'password: "${DB_PASSWORD}"',
            "secret: {{ secret }}",
            "password = env.SOME_PASSWORD",
            'api_key = request.headers["apikey"]',
            "credentialsId: '29f63271-dc2f-4734-8221-5b31b5169bac'",
            'passwordLabel: "Password:"',
            "curl -u <user:password> https://example.net",
        ])
            assert.deepStrictEqual(mandatory(v), [], v);
        assert.ok(isNonValue("${VAR}") && isNonValue("  ") && isNonValue("<your-token>") && !isNonValue("Xk9pLm2q77"));
    });
    it("finds passwords in config formats, command lines, headers and prose, with the line", () => {
        const cases: [string, number][] = [
            ["[db]\nhost = db.internal\npassword = Xk9pLm2q77\n", 3],
            ['<add key="SmtpPassword" value="Rk7!vq2Lx9" />', 1],
            ["#!/bin/bash\ndocker login -u ci -p Tq8vR2mN4kX registry.example.net\n", 2],
            ["#!/bin/bash\nset -e\ncurl -u deploy:Tq8vR2mN4kX https://repo.internal/x\n", 3],
            ["#!/bin/bash\ncurl -H 'Authorization: Bearer Tq8vR2mN4kXw7Lp' https://api.internal\n", 2],
            ["machine api.internal login ci password Tq8vR2mN4kX", 1],
            ["Setup:\nThe default password is 'Tq8vR2mN4kX'.", 2],
            ["if password == 'Tq8vR2mN4kX':\n    ok()", 1],
            ["Connect-VIServer -Server vc -User admin -Password Tq8vR2mN4kX", 1],
            ["redis: cache.internal:6380,password=Tq8vR2mN4kX,ssl=True", 1],
            ["DefaultEndpointsProtocol=https;AccountName=x;AccountKey=Tq8vR2mN4kXw7Lp+9a==;", 1],
        ];
        for (const [v, line] of cases) {
            const f = mandatory(v);
            assert.strictEqual(f.length > 0, true, v);
            if (v.includes("\n")) assert.strictEqual(f[0].line, line, v);
        }
    });
    it("PHI in the written forms the independent corpus showed", () => {
        const phi = (v: string) => detect(v, { context: "text" }, "phi").map((f) => f.kind);
        assert.deepStrictEqual(phi("SSN: 512.34.8871"), ["us-ssn"]);
        assert.deepStrictEqual(phi("ssn is 512 34 8871"), ["us-ssn"]);
        assert.deepStrictEqual(phi("512.34.8871"), [], "no label, no SSN");
        assert.deepStrictEqual(phi("I was born 15th June 1991"), ["date-of-birth"]);
        assert.deepStrictEqual(phi("1985-01-01 is my birthday."), ["date-of-birth"]);
        assert.deepStrictEqual(phi("Today is 5-20-2021"), []);
        assert.deepStrictEqual(phi("card 5019717010103742"), ["payment-card"], "Dankort");
        assert.deepStrictEqual(phi("MRN-ABCD12345"), []);
        assert.deepStrictEqual(detect("MRN-ABCD12345", { context: "text" }, "phi", compileDetectorConfig({}).config), []);
        const possible = (v: string) => detect(v, { context: "text" }, "possible-phi").map((f) => f.kind);
        assert.deepStrictEqual(possible("EU office: +44 20 7946 0958"), ["phone-number"]);
        assert.deepStrictEqual(possible("version 2123258701"), []);
        assert.deepStrictEqual(possible("patient John Smith was admitted"), ["patient-identifier"]);
        assert.deepStrictEqual(possible("write to james.fake@ymail.com"), [], "a placeholder address");
    });
    it("scans aws-native types, tags given as key/value arrays included, and never echoes the value", () => {
        const r = runResource(hygieneNoCredentials, {
            type: "aws-native:sagemaker:Model",
            props: { tags: [{ key: "DeployKey", value: `AKIAQX7Z2KD4M5N6P3RT` }], primaryContainer: { environment: { A: "1" } } },
        });
        assert.strictEqual(r.violations.length, 1);
        assert.match(r.violations[0], /Tag `DeployKey` holds an AWS access key ID/);
        const s = runResource(hygieneNoCredentials, {
            type: "aws-native:sagemaker:StudioLifecycleConfig",
            props: {
                studioLifecycleConfigContent: Buffer.from(`#!/bin/bash\nexport X=1\ncurl -u ci:${CANARY} https://r.internal\n`).toString(
                    "base64",
                ),
            },
        });
        assert.strictEqual(s.violations.length, 1);
        assert.match(s.violations[0], /Line 3 of the `studioLifecycleConfigContent` lifecycle script/);
        assert.ok(!s.violations[0].includes(CANARY));
    });
});

describe("hygiene: the context detector, structured tokens and non-values (issue 28)", () => {
    const mandatory = (v: string, context: "script" | "text" | "env" | "tag" = "script", key?: string) =>
        (["credential", "phi"] as const).flatMap((c) => detect(v, { context, key }, c)).filter((f) => kindLevel(f.kind) === "mandatory");
    const found = (v: string, context: "script" | "text" | "env" | "tag" = "script", key?: string) => mandatory(v, context, key).length > 0;
    // Values made up for these tests (random-looking, no vendor prefix).
    const KEY = "q7Rw2ZpL9xVt4NbK8sJd";
    const HEX = "3f9a1c7e5b2d8046af13c9e7d5b2a816";

    it("a value under a *_KEY / *key name is a credential when it passes the character-class and entropy test", () => {
        for (const v of [
            `GITLAB_KEY=${KEY}`,
            `slackKey: ${KEY}`,
            `"weatherapi_key": "${HEX}"`,
            `api.key=${KEY}`,
            `<app_key>${KEY}</app_key>`,
            `ENV DRONE_TOKEN ${KEY}`,
            `$config['db_password'] = 'Wq8rT2vLx';`,
            `static_password09 := "Wq8rT2vLx"`,
            `clearbit_auth_token: "Bearer ${HEX}"`,
        ])
            assert.ok(found(v), v);
        assert.ok(found(KEY, "env", "ADMIN_KEY") && found(KEY, "tag", "GithubKey"));
        for (const v of [
            "PRIMARY_KEY=customer_id",
            "S3_KEY=data/train/part-0001.parquet",
            "KMS_KEY=alias/sagemaker",
            "SORT_KEY=createdAt",
            "MONKEY=bananas",
            "CACHE_KEY=model-v2-2024-06-01",
            "ENCRYPTION_KEY=3b7e1f2a-9c4d-4e8f-a1b2-c3d4e5f6a7b8",
            "TRAVEL_API_KEY: TRAVEL_API_KEY",
            "ANY_KEY = ZHVtbXkgdGV4dCBkYXRhIGRhdGEgZGF0YQ==", // base64 of prose
            "SUPABASE_ANON_KEY=eyJhbGciOiJIUzI1NiJ9",
            "feature_key: thisIsMyFeatureFlagName",
        ])
            assert.deepStrictEqual(mandatory(v), [], v);
        assert.ok(isSecretKey("GITHUBKEY").generic && !isSecretKey("PRIMARY_KEY").secret && isSecretKey("hardcoded_passwords").password);
        assert.ok(secretLike(KEY) && secretLike(HEX) && !secretLike("customer_id_column") && !secretLike("data/train/x.csv"));
        assert.ok(shannonEntropy("aaaa") === 0 && shannonEntropy("abcd") === 2);
    });

    it("passwords in configuration syntaxes, URLs and command lines", () => {
        for (const v of [
            "<password>Wq8rT2vLx</password>",
            "<settings><key>Password</key>\n<value>Wq8rT2vLx</value></settings>",
            "env:\n  - name: DB_PASSWORD\n    value: Wq8rT2vLx",
            '{"name": "DB_PASSWORD", "value": "Wq8rT2vLx"}',
            "[pypi]\nusername: ci\npassword: marmalade",
            "jdbc:mysql://db.internal:3306/app?user=app&password=Wq8rT2vLx",
            "jdbc:sqlserver://db.internal;user=app;password=Wq8rT2vLx",
            "postgresql://app:p%40ss%3Aw0rd@db.internal/app",
            "jdbc:postgresql://app:marmalade@db.internal/app",
            "redis://default:mysecretpass@cache.internal:6379",
            "wget --http-password=Wq8rT2vLx https://repo.internal/x",
            "curl --proxy-user ci:Wq8rT2vLx https://x.internal",
            "curl --digest -u ci:Wq8rT2vLx https://x.internal",
            "jdbc:mysql://db.internal/app?user=admin&userpass=Wq8rT2vLx",
            `{"auths": {"registry.internal": {"auth": "${Buffer.from("ci:Wq8rT2vLx").toString("base64")}"}}}`,
            `_auth=${Buffer.from("ci:Wq8rT2vLx").toString("base64")}`,
        ])
            assert.ok(found(v), v);
        for (const v of [
            "wget --user=admin --ask-password https://repo.internal",
            "https://example.net/login?pass=word",
            "postgres://user:password@localhost/db",
            "postgres://postgres:postgres@localhost/db",
            "postgresql://user:secret@localhost:5433/database",
            "mysql://${DB_USER}:${DB_PASS}@db/app",
            `{"auth": "${Buffer.from("user:password").toString("base64")}"}`,
            '{"auth": "required"}',
        ])
            assert.deepStrictEqual(mandatory(v), [], v);
    });

    it("tokens with a structure but no prefix rule", () => {
        for (const v of [
            `aws_session_token = IQoJb3JpZ2luX2VjE${"Kq9Lx2Wv7Rt4Zp8Nb3Md".repeat(8)}`,
            `refresh_token: 0.AXcA${"Kq9Lx2Wv7Rt4Zp8Nb3Md".repeat(7)}`,
            "bot: 7412589630:AAq9Lx2Wv7Rt4Zp8Nb3MdKq9Lx2Wv7Rt4Zp",
            "https://hooks.zapier.com/hooks/catch/8123456/b7Kq9Lx2Wv7Rt4Zp/",
            "https://acme.tines.com/webhook/4j55c0iuyilq9ydao7oan89u56vkmq2/u37txygi11d0u8u2ttwe4rl63ax4lnw9",
            `https://Acme123.webhook.office.com/webhookb2/${"a1b2c3d4-".repeat(8)}@x/IncomingWebhook/${HEX}/x`,
        ])
            assert.ok(found(v), v);
        for (const v of [
            "https://github.com/acme/repo/settings/hooks/123456789",
            "https://docs.example.net/webhooks/getting-started-with-webhooks",
            "version 1.2.3:4",
            `refresh_token: 0.AXcA${"Kq9Lx2Wv7Rt4Zp8Nb3Md".repeat(7)}...`,
            "AZURE_SAS_TOKEN=st=2025-01-01T00:00:00Z&se=2025-02-01T00:00:00Z&spr=https&sv=2022-11-02&sr=c",
        ])
            assert.deepStrictEqual(mandatory(v), [], v);
    });

    it("a secret named in words before its value, without an operator (prose, logs)", () => {
        // The classes of outside-2027-01's tuning half (issue 28); values made up for this test.
        for (const v of [
            `use the access key ${KEY} for the export`,
            `acme SECRET ${HEX}`,
            `acmeSECRET ${HEX}`,
            `acme secret key = ${KEY}`,
            `dd_secret_key-${HEX}`,
            `acme-SECRET-${KEY}`,
            `craft_key = b9dgkd4atdrm1tl7mdsrciiijh087fp3c58`, // lower case and digits, a 10-letter run by chance
            `beamer_key = 'b_ByDfulghxvvmHbArJSFfQhxemJPQHOwplxuydlKEEbfe'`, // mixed case without digits, no words
            `teamwork tkn.v1_LOO5pFaDcBZuFgBzOMKO6qNq98gdbMsoCBHSLZk9ap6aVwgAebNZ8esaIhmdLxi1lQDXg14=`,
            `rdme_xn8s9he60fb31e9d290403d2707cce88fa820042d425fc6eb2baed4191dd88a5405987`,
            `"AdminPassword": "thisismypassword"`,
        ])
            assert.ok(found(v, "text"), v);
        for (const v of [
            `the cache key ${HEX}`,
            `the encryption key alias/clinical-data-2024-archive`,
            `the access key rotation-policy-for-clinical-data`,
            `token ${"a1b2c3d4".repeat(4)}`, // filler
            ` --set newrelic-pixie.apiKey=px-api-a1b2c3d4-e5f6-g7h8-i8j0-k0l3m3n4o0p5`,
            "AWS_SECRET_ACCESS_KEY = R6WCNd0erkAuZyD+Fe8C4IwjpYQtniKqnHAzE7Pk5fPrBRpwOnuYxA==", // not 40 characters
            "the secret key configuration is stored in parameter_store_configuration",
            `"password": "forgot_password"`,
            "session key 123e4567-e89b-12d3-a456-426614174000", // an id
            "rdme_configuration_of_the_documentation_website_build_2024",
        ])
            assert.deepStrictEqual(mandatory(v, "text"), [], v);
        assert.ok(found("card 8171 9999 0000 0000 021", "text"), "UnionPay, 19 digits");
    });

    it("documentation keys, emulator keys, publishable keys, references and PEM placeholders are not values", () => {
        for (const v of [
            "AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;",
            "AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
            "aws_access_key_id=AKIAI44QH8DHBEXAMPLE",
            "STRIPE_PUBLISHABLE_KEY=pk_live_51Hq9Lx2Wv7Rt4Zp8Nb3MdKq9Lx2Wv7",
            'courier_key: "pk_q9Lx2Wv7Rt4Zp8Nb3MdKq9Lx2Wv7Rt4Zp8Nb3"',
            'password = env["DB_PASSWORD"]',
            "password = userPass[2]",
            "password = os.environ['DB_PASSWORD']",
            "password = process.env.DB_PASSWORD",
            "password: %DB_PASSWORD%",
            "password = $(DB_PASSWORD)",
            "password: '{{ db_password }}'",
            'String pw = System.getProperty("db.password");',
            "-----BEGIN RSA PRIVATE KEY-----\n<your private key here>\n-----END RSA PRIVATE KEY-----",
            "-----BEGIN PRIVATE KEY-----\n${PRIVATE_KEY}\n-----END PRIVATE KEY-----",
            "AccountKey=key1;BlobEndpoint=http://account1.blob.localhost:10000",
        ])
            assert.deepStrictEqual(mandatory(v), [], v);
        assert.ok(PUBLISHED_CONSTANTS.every((c) => isNonValue(c)));
        assert.ok(found("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7q9Lx2Wv7Rt4Zp8Nb3Md\n-----END RSA PRIVATE KEY-----"));
    });

    it("PHI by label vocabulary and value shape", () => {
        const phi = (v: string) => detect(v, { context: "text" }, "phi").map((f) => f.kind);
        for (const v of [
            "MR# 004-5521-87",
            "MED REC # (0045) 521 877",
            "Medical Record number is 00455218",
            "See EMR 4471902",
            "Picking up patient #18412207",
            "MRN3317025 on the ward",
        ])
            assert.deepStrictEqual(phi(v), ["mrn"], v);
        for (const v of ["DOB01/02/1990Male", "born January 11", "Infant born on March 3rd", "D.O.B.: 1990-02-01, seen today"])
            assert.deepStrictEqual(phi(v), ["date-of-birth"], v);
        for (const v of ["MRN-ABCD12345", "room 4471902", "born in 1990", "EMR 12"]) assert.deepStrictEqual(phi(v), [], v);
        const possible = (v: string) => detect(v, { context: "text" }, "possible-phi").map((f) => f.kind);
        assert.deepStrictEqual(possible("reach her at 254-219-8878x7466"), ["phone-number"]);
        assert.deepStrictEqual(possible("call 001-359-886-6201"), ["phone-number"]);
    });

    it("outside-2027-02 classes: more assignment syntaxes, header credentials, quoted curl passwords, cards inside tokens, words in PEM armour", () => {
        // Values made up for these tests.
        for (const v of [
            `var acmeToken string = "${KEY}"`, // Go: a type between the name and `=`
            `acmeToken: string = "${KEY}"`, // TypeScript
            `acme_TOKEN ::= "${KEY}"`, // Makefile
            `acme_TOKEN :::= "${KEY}"`,
            `acme_TOKEN ?= "${KEY}"`,
            `$acmeToken .= "${KEY}";`, // PHP
            `<acmeToken>\n    ${KEY}\n</acmeToken>`, // element text on a line of its own
            `curl -X POST -H "Content-Type: application/json" -H "Api-Token: ${KEY}" https://x.internal`,
            `curl -H "apikey: ${HEX}" https://x.internal`,
            `curl --header 'Authorization: ${HEX}' https://x.internal`, // no scheme
            "curl --user ci:'Wq8rT2vLx' https://x.internal",
        ])
            assert.ok(found(v), v);
        for (const v of [
            'curl -H "Authorization: Bearer" https://x.internal', // a scheme word alone
            'curl -H "Authorization: $TOKEN" https://x.internal',
            'curl -H "Content-Type: application/json" https://x.internal',
            'const header = "Token: " + token;',
            "var name string = customerName",
            "-----BEGIN PRIVATE KEY-----\nanything\n-----END PRIVATE KEY-----",
            "acme_7f3b629270204527375593c51f79d", // digits inside a token are no card number
            `const x = "user:" + password`,
            "MasterUserPassword: !Ref 'MasterUserPassword'", // CloudFormation short-form intrinsics are references
            "DbPassword: !Sub '{{resolve:secretsmanager:db}}'",
            '"auth": "zq212MzQ4b3JtNmZhNzhwYnFzZGZ0"', // base64 of bytes that are not `user:password` text
        ])
            assert.deepStrictEqual(mandatory(v), [], v);
        assert.ok(found("password: '!Refresh9'"), "a password that starts like an intrinsic");
        const phi = (v: string) => detect(v, { context: "text" }, "phi").map((f) => f.kind);
        assert.deepStrictEqual(phi("card 4111 1111 1111 1111 on file"), ["payment-card"]);
        assert.deepStrictEqual(phi("token b4111111111111111c"), []);
    });

    it("outside-2027-03 classes: fallbacks after a lookup, text under password names, Sentry's format, new vendor shapes, spaced MRN labels", () => {
        // Values made up for these tests.
        const claims = Buffer.from('{"iat":1,"url":"https://s.internal","region_url":"https://r.internal","org":"acme"}').toString(
            "base64",
        );
        const sentry = `sntrys_${claims.replace(/=+$/, "")}_${KEY}${KEY}aB1`; // a 43-character secret
        for (const v of [
            `const acmeKey = process.env.ACME_KEY || "${KEY}";`,
            `acme_token = os.environ.get("ACME_TOKEN") or "${KEY}"`,
            `let apiToken = config.token ?? '${KEY}'`,
            `SECRET_KEY = 'django-insecure-${"a1!b2@c3#d4$e5%f6^g7&h8*i9(j0-k_l=m+n)o".repeat(2).slice(0, 50)}'`,
            `endpoint: https://mainnet.infura.io/v3/${HEX}`,
            "artifactory reference cmVmdGtuOjAxOjE3MjY1MDk5NzU6cTdSdzJacEw5eFZ0NE5iSzhzSmRxN1J3MlpwTA==",
            sentry,
            'password = "Summer 2024"', // a season and a year is a password, not a sentence
            'password: "correct horse battery staple"', // a passphrase: lower-case words
            "password = correct-horse-battery-staple", // four words: a passphrase
            // Single gitleaks rules adopted since outside-2027-03.
            `CLOJARS_${"q7rw2zpl9xvt4nbk8sjd".repeat(3)}`,
            `sha256~${KEY}${KEY}aB1`,
            `EZAK${HEX}q7Rw2ZpL9xVt4NbK8sJdaB`,
            `rk_prod_${KEY}${KEY}`,
            `facebook 1308742762612549|${KEY}Ab1cD2e`,
        ])
            assert.ok(found(v), v);
        for (const v of [
            `const acmeKey = process.env.ACME_KEY || "";`,
            `const acmeKey = process.env.ACME_KEY || "changeme";`,
            '"password_label": "Mot de passe"', // localisation strings under password keys
            '"confirm_password": "Bitte Kennwort wiederholen."',
            '"password": "Kennwort"',
            '"one_time_password": "Einmalcode:"',
            '"password_rule": "Das Kennwort muss 8 Zeichen haben."',
            "password = publish-on-every-release-of-the-main-branch", // a sentence as a slug
            'args = " --db.password=" + pw + " --db.url=" + url', // `--` starts the next flag, not a value
            "endpoint: https://mainnet.infura.io/v3/9aa3d95b3bc440fa88ea12eaa4456161", // the publicly known key
            sentry.replace(/_([^_]+)$/, "_$1x"), // a 44-character secret: not Sentry's format
            `sntrys_${KEY}${KEY}${KEY}_${KEY}`, // no claims
        ])
            assert.deepStrictEqual(mandatory(v), [], v);
        const phi = (v: string) => detect(v, { context: "text" }, "phi").map((f) => f.kind);
        assert.deepStrictEqual(phi("RE: Medical  Record #: 4410-2281"), ["mrn"]);
        assert.deepStrictEqual(phi("MEDICAL   RECORD  NO: 55102938"), ["mrn"]);
        assert.deepStrictEqual(phi("MR  #: 55102938"), ["mrn"]);
        assert.deepStrictEqual(phi("card 3600123456789013"), ["payment-card"]); // Diners Club International, 16 digits
        assert.deepStrictEqual(phi("card 3800 9876 5432 1011"), ["payment-card"]);
        assert.deepStrictEqual(phi("card 3800987654321012"), []); // fails the Luhn check
    });

    it("outside-2027-03's held-out false positives, fixed as classes after scoring: format specifiers as values, a 40-character value with no AWS context", () => {
        // Values made up for these tests.
        const secret = "q7Rw2ZpL9xVt4NbK8sJd/+k3Hm5Tc1Yf6Ge0Ua2W"; // 40 characters of the secret key's alphabet
        for (const v of [
            'conn = "Server=db;Database=x;User Id=sa;Password=%s;"',
            'cs = "host=a;password=%v;"',
            'password = "%1$s"',
            `"crazy_line": "${secret}"`, // the key's shape, a slash, and nothing that says AWS
        ])
            assert.deepStrictEqual(mandatory(v), [], v);
        for (const v of [`aws_secret_access_key = ${secret}`, `AWS_SECRET_ACCESS_KEY: "${secret}"`, `secret_key=${secret}`])
            assert.deepStrictEqual(
                mandatory(v).map((f) => f.kind),
                ["aws-secret-key"],
                v,
            );
        assert.ok(found('password = "Tr0ub4dor%s9x"'), "a specifier inside a longer value is not the whole value");
        // Misses of that half, also classes: a shell parameter's default is a value; `*PASSWD` glued to a word is a password's name.
        for (const v of [
            `DB_PASS=\${POSTGRES_PASSWORD:-Summer2024pw}`,
            `password: "\${DB_PASSWORD:-s3cr3tPgPassw0rd}"`,
            "POSTGRES_DBPASSWD=Summer2024pw",
            "MYSQL_ROOTPASSWD: Xk92mfPq",
        ])
            assert.ok(found(v), v);
        for (const v of [
            `DB_PASS=\${POSTGRES_PASSWORD:-}`,
            `DB_PASS=\${POSTGRES_PASSWORD:-changeme}`,
            `DB_PASS=\${POSTGRES_PASSWORD:-$DEFAULT_PW}`,
            `DB_PASS=\${POSTGRES_PASSWORD}`,
        ])
            assert.deepStrictEqual(mandatory(v), [], v);
    });

    it("outside-2027-04 classes: auth keys by name, armour around too short a body, member chains, CJK text and comparisons under password names", () => {
        // Values made up for these tests.
        for (const v of [
            "authKey: V8rk!Tq2@mZp4Lx",
            'AUTH_KEY = "Hn4@kq92Lp!x7Zt"',
            "x-auth-key: 7Fq2Lm9Xk4Rt8Vn3", // no longer a generic `*key` name that needs a random-looking value
            `-----BEGIN PRIVATE KEY-----\n${"MC4CAQAwBQYDK2VwBCIEIN".repeat(3)}\n-----END PRIVATE KEY-----`,
            `-----BEGIN PRIVATE KEY-----${HEX}-----END PRIVATE KEY-----`, // 32 characters: a truncated key, still reported
            "password: Summer.Time.2024", // dots and digits: a password
            'password: "does.not.matter"', // lower-case words joined by dots: a password
            '"password": "Kw9!xQ2z@Lm"',
            "password: Tr0ub4dorKq9==", // base64 padding at the end
        ])
            assert.ok(found(v), v);
        for (const v of [
            '"private_key": "-----BEGIN PRIVATE KEY-----AABBCCDDEEFFGG=\\n-----END PRIVATE KEY-----\\n"', // 15 characters: no key
            "account_token: PropTypes.string.isRequired,", // code, not a value
            "apiToken = this.props.apiToken;",
            "client_secret: Config.oauthSettings.clientSecret",
            '"password": "密码不能为空"', // a Chinese UI string
            '"password"= "Informationen你好世界"',
            '"new_password": "新しいパスワード"',
            '"password_hint": "비밀번호를 입력하세요"',
            "password: skipme==later", // a comparison where the value would be
        ])
            assert.deepStrictEqual(mandatory(v), [], v);
        assert.deepStrictEqual(isSecretKey("authKey"), { secret: true, password: false, generic: false });
        assert.deepStrictEqual(isSecretKey("auth_key_id"), { secret: false, password: false, generic: false });
    });

    it("outside-2027-05 classes: labelled phone numbers in any national form, extensions after brackets, dots out of place in e-mail addresses", () => {
        // Values made up for these tests.
        const possible = (v: string) => detect(v, { context: "text" }, "possible-phi").map((f) => f.kind);
        const phi = (v: string) => detect(v, { context: "text" }, "phi").map((f) => f.kind);
        // A phone label and a number of 7 to 15 digits, whatever country's plan (or none) it follows.
        for (const v of [
            "my phone number is 0163 5529471",
            "Tel: 0521 473 22 19",
            "Phone no. (31) 987205514",
            "mobile: 06 38 52 71 94",
            "Fax 089/4421773",
            "phone number is(+47)22-61-84-35",
            "My phone number is:5512 8473",
            "phone # 00 46 8 5529 4710",
            "Telefone: (11) 98362-4471",
            "联系电话：021-55294718",
            "मेरा फोन नंबर 0141-2715583 है",
            "phone: (614)552-9471x238",
        ])
            assert.deepStrictEqual(possible(v), ["phone-number"], v);
        // The label is needed, the digits must be a phone number's count, and dates, IPv4 addresses and versions are not numbers.
        for (const v of [
            "account number 55294718",
            "order 0163 5529471",
            "phone: 552-94",
            "Fax: 2021-04-17",
            "phone: 10.20.30.40",
            "mobile app 2.1.0",
            "telemetry 55294718",
            "phone: 1234567890123456789",
        ])
            assert.deepStrictEqual(possible(v), [], v);
        // The same forms labelled as a patient's are the mandatory patient-contact kind.
        assert.deepStrictEqual(phi("Patient phone: 0163 5529471"), ["patient-contact"]);
        assert.deepStrictEqual(possible("Patient phone: 0163 5529471"), []);
        // An address whose local part starts or ends with a dot or holds two in a row is no mailbox.
        for (const v of ["write to .lena@mailbox.org", "write to le..na@mailbox.org", "write to lena.@mailbox.org"])
            assert.deepStrictEqual(possible(v), [], v);
        assert.deepStrictEqual(possible("write to le.na@mailbox.org"), ["email-address"]);
        // Birth dates after a label: the month's name between dashes (`27-Mar-84`), a two-digit year first, the
        // abbreviation in brackets after the label; the same shapes with no birth label are no birth date.
        for (const v of ["DOB: 27-Mar-84", "Date of Birth (DOB): 84/03/27", "born Mar-27-1984", "Birth date: 3-Sep-1971"])
            assert.deepStrictEqual(phi(v), ["date-of-birth"], v);
        for (const v of ["Released 27-Mar-84", "Invoice date (due): 84/03/27", "build 84/03/27"]) assert.deepStrictEqual(phi(v), [], v);
        // Patient names in any alphabet.
        for (const v of ["PATIENT: Joana Sebastião (MRN-118204)", "Patient: Gaëlle Moreau", "patient Ørjan Østby was admitted"])
            assert.deepStrictEqual(possible(v), ["patient-identifier"], v);
        assert.deepStrictEqual(possible("patient care team"), []);
    });

    it("outside-2027-08 classes: lower-case Authorization headers, Basic pairs in UTF-8 and Latin-1, URLs whose password holds spaces", () => {
        // Values made up for these tests. Base64 of `ops:Vq7#rT2mLé` (UTF-8), `оператор:Пароль7Ж` (UTF-8), `ops:Vq7érT2m`
        // (Latin-1), `ops:Vq7#rT2mLx` with the line break `echo` adds, and `foo:bar`.
        for (const v of [
            '{"authorization": "Basic b3BzOlZxNyNyVDJtTMOp"}',
            'headers = {"proxy-authorization": "Basic 0L7Qv9C10YDQsNGC0L7RgDrQn9Cw0YDQvtC70Yw30JY="}',
            'auth = "Basic b3BzOlZxN+lyVDJt"',
            "AUTH=Basic b3BzOlZxNyNyVDJtTHgK",
            `"authorization": "Bearer ${KEY}"`,
            `authorization: token ${KEY}`,
        ])
            assert.deepStrictEqual(
                mandatory(v).map((f) => f.kind),
                ["password-literal"],
                v,
            );
        // Outside a header, a Basic pair of placeholders is a placeholder, and random bytes are no pair.
        for (const v of ['auth = "Basic Zm9vOmJhcg=="', 'auth = "Basic 3q2+7wABAgMEBQYH"']) assert.deepStrictEqual(mandatory(v), [], v);
        // A connection URL that is the whole value, with spaces in its password (parsers split at the last `@`).
        assert.deepStrictEqual(
            mandatory("postgres://app:Tr0ub4dor 3x@db.internal:5432/app", "env", "DATABASE_URL").map((f) => f.kind),
            ["url-credentials"],
        );
        for (const v of ["redis://:my password@localhost", "see ftp://a: b@c and more", "postgres://app:${PW} x@db/app"])
            assert.deepStrictEqual(mandatory(v, "env", "DATABASE_URL"), [], v);
    });

    it("outside-2027-08 classes: a keyword argument bound to a variable is a reference, not a connection-string password", () => {
        // Values made up for these tests.
        for (const v of [
            'conn = redis.Redis(host="h", password=redis_pw, port=6379)',
            '    "dbtype", username="x", password=sp, host="localhost"',
            "client = connect(user=u, pwd=db_pwd)",
        ])
            assert.deepStrictEqual(mandatory(v), [], v);
        // A connection string inside quotes, or with `;` separators, still is one.
        for (const v of [
            'r = ConnectionMultiplexer.Connect("localhost:6379,password=Zx81kq2Lm,ssl=False")',
            "Server=tcp:db;Database=app;User Id=sa;Password=Zx81kq2Lm;",
        ])
            assert.ok(found(v), v);
    });

    it("outside-2027-07 classes: a label in a table's header names the kind of its column's cells", () => {
        // Values made up for these tests.
        const phi = (v: string) => detect(v, { context: "script" }, "phi").map((f) => f.kind);
        // A birth-date, SSN or record-number column, in CSV, TSV, `;` and Markdown tables and a one-column list.
        for (const [v, kind] of [
            ["birthdate\n1961/07/23", "date-of-birth"],
            ["id,sex,birth_date,city\n7,f,1961-07-23,Oslo\n8,m,1970-02-11,Bergen", "date-of-birth"],
            ['"Name";"Date of Birth"\n"Ana";"23.07.1961"', "date-of-birth"],
            ["| Patient | DOB |\n|---|---|\n| Ana | 07/23/1961 |", "date-of-birth"],
            ["name\tssn\nAna\t412 27 5519", "us-ssn"],
            ["SocialSecurity,Name\n412.27.5519,Ana", "us-ssn"],
            ["MRN;Ward\n00412275;B2", "mrn"],
            ["medical_record_number\nA-4122755", "mrn"],
        ] as const)
            assert.deepStrictEqual(phi(v), [kind], v);
        // Other columns' dates, a birth column's words, rows of another width (the table has ended), and an SSN
        // column's numbers that no SSN has.
        for (const v of [
            "register_date,city\n1961/07/23,Oslo",
            "cc_expiredate\n2011/06/01",
            "dob\nunknown",
            "dob,city\n1961/07/23",
            "ssn\n912 27 5519",
            "echo dob\ncount\n1961",
        ])
            assert.deepStrictEqual(phi(v), [], v);
    });

    it("outside-2027-07 classes: street addresses end in the common USPS suffixes, not only street, road and avenue", () => {
        // Values made up for these tests.
        const possible = (v: string) => detect(v, { context: "text" }, "possible-phi").map((f) => f.kind);
        for (const v of [
            "ship to 417 Larkspur Way",
            "lives at 88 Quarry Trail",
            "2210 Old Mill Pike",
            "9 Harbour Square",
            "51 Kestrel Alley",
        ])
            assert.deepStrictEqual(possible(v), ["street-address"], v);
        for (const v of ["the best way", "step 2 is the trail", "a square of 9"]) assert.deepStrictEqual(possible(v), [], v);
    });

    it("outside-2027-09 classes: an HL7 v2 PID segment's fields by their position", () => {
        // Values made up for these tests.
        const phi = (v: string) => detect(v, { context: "script" }, "phi").map((f) => f.kind);
        const possible = (v: string) => detect(v, { context: "script" }, "possible-phi").map((f) => f.kind);
        // PID-2/3/4 identifiers of type MR (or MRN, MRT; or an authority named an MRN with no type), PID-7, PID-19, type SS.
        for (const [v, kind] of [
            ["PID|1||4412775^^^HOSP^MR", "mrn"],
            ["PID|1|A-77304^^^FAC^MRN", "mrn"],
            ["PID|1||0077304^^^NYU MRN", "mrn"],
            ["PID|1||PAT77304^5^M11^ADT1^MR^HOSP~778^^^X^PI", "mrn"],
            ["PID|1||||||19610723", "date-of-birth"],
            ["PID|1||||||196107231130-0500", "date-of-birth"],
            ["PID|1||||||||||||||||||412275519", "us-ssn"],
            ["PID|1||||||||||||||||||412-27-5519^^^SSA", "us-ssn"],
            ["PID|1||412275519^^^SSA^SS", "us-ssn"],
        ] as const)
            assert.deepStrictEqual(phi(v), [kind], v);
        // A whole segment, and segments after a carriage return or an escaped `\r` in code.
        const seg = "PID|1||4412775^^^HOSP^MR||DOE^JANE||19610723|F|||12 Quarry Rd^^Oslo^^0150||(555)301-4417||||||412-27-5519";
        assert.deepStrictEqual(phi(seg).sort(), ["date-of-birth", "mrn", "us-ssn"]);
        assert.deepStrictEqual(phi(`MSH|^~\\&|A|B|C|D|20240101||ADT^A01|1|P|2.5\r${seg}`).sort(), ["date-of-birth", "mrn", "us-ssn"]);
        assert.deepStrictEqual(phi(`msg = "MSH|^~\\\\&|A|B\\r${seg}\\r"`).sort(), ["date-of-birth", "mrn", "us-ssn"]);
        // PID-11's street, PID-13/14's number (or area code and local number): advisory.
        for (const v of [
            "PID|1|||||||F|||VIA DELLE ROSE^^Cagliari",
            "PID|1|||||||F|||||5734421788^PRN",
            "PID|1|||||||F||||||^WPN^PH^^^573^4421788",
        ])
            assert.deepStrictEqual(possible(v), [v.includes("ROSE") ? "street-address" : "phone-number"], v);
        // Other types and fields, values of no date or SSN shape, SSNs never issued, filler, and `PID|` inside a word.
        for (const v of [
            "PID|1||4412775^^^HOSP^PI",
            "PID|1||4412775",
            "PID|1||||||female",
            "PID|1||||||19611345",
            "PID|1||||||||||||||||||912-27-5519",
            "PID|1||||||||||||||||||8.2.24.",
            "PID|1||1111111^^^DH^MR",
            "RAPID|1||4412775^^^HOSP^MR||||19610723",
            "MSH|^~\\&|LAB|FAC|EHR|FAC|19610723||ORU^R01|4412775|P|2.5",
            "EVN|A01|19610723",
            "OBR|1|||||||19610723",
        ])
            assert.deepStrictEqual(phi(v), [], v);
        assert.deepStrictEqual(possible("PID|1|||||||F|||9999^^CITY"), []);
    });

    it("outside-2027-09, after scoring: the other HL7 v2.5 segments that carry PHI (MRG, NK1, GT1, IN1, IN2)", () => {
        // Values made up for these tests.
        const phi = (v: string) => detect(v, { context: "script" }, "phi").map((f) => f.kind);
        const possible = (v: string) => detect(v, { context: "script" }, "possible-phi").map((f) => f.kind);
        // MRG-1/2/4 prior identifiers, NK1-33, GT1-2, IN1-49 and IN2-1 identifiers (CX, as PID-2/3/4); NK1-16, GT1-8 and
        // IN1-18 dates of birth; NK1-37, GT1-12 and IN2-2 SSNs.
        for (const [v, kind] of [
            ["MRG|4412775^^^HOSP^MR", "mrn"],
            ["MRG|778^^^X^PI~A-77304^^^FAC^MRN", "mrn"],
            ["MRG||0077304^^^NYU MRN", "mrn"],
            ["MRG||||4412775^^^HOSP^MR", "mrn"],
            ["MRG|412275519^^^SSA^SS", "us-ssn"],
            ["NK1|1|DOE^JOHN|SPO|||||||||||||19590211", "date-of-birth"],
            ["NK1|1|DOE^JOHN|SPO||||||||||||||||||||||||||||||||||412275519", "us-ssn"],
            ["GT1|1||DOE^JOHN|||||19590211113000-0500", "date-of-birth"],
            ["GT1|1||DOE^JOHN|||||||||412275519", "us-ssn"],
            ["IN1|1|PLAN01|IC01|ACME HEALTH||||||||||||DOE^JOHN|01|19590211", "date-of-birth"],
            ["IN2||412275519^^^SSA", "us-ssn"],
            ["NK1|1|DOE^JOHN|SPO||||||||||||||||||||||||||||||4412775^^^HOSP^MR", "mrn"],
            ["GT1|1|4412775^^^HOSP^MR|DOE^JOHN", "mrn"],
            ["IN1|1|PLAN01|IC01||||||||||||||||||||||||||||||||||||||||||||||412275519^^^SSA^SS", "us-ssn"],
            ["IN2|4412775^^^HOSP^MR", "mrn"],
        ] as const)
            assert.deepStrictEqual(phi(v), [kind], v);
        // Whole segments in a message, and after an escaped `\r` in code.
        const nk1 = "NK1|1|DOE^JOHN|SPO|12 Quarry Rd^^Oslo^^0150|(555)301-4417|||||||||||19590211";
        const msg = `MSH|^~\\&|A|B|C|D|20240101||ADT^A01|1|P|2.5\r${nk1}\rGT1|1||DOE^JOHN|||||19590211||||412-27-5519`;
        assert.deepStrictEqual(phi(msg).sort(), ["date-of-birth", "us-ssn"]);
        assert.deepStrictEqual(phi(`msg = "MSH|^~\\\\&|A|B\\r${nk1}\\r"`), ["date-of-birth"]);
        // NK1-4/32, GT1-5 and IN1-19 streets, NK1-5/6/31 and GT1-6/7 numbers (or area code and local number): advisory.
        for (const v of [
            "NK1|1|DOE^JOHN|SPO|VIA DELLE ROSE^^Cagliari",
            "NK1|1|DOE^JOHN|SPO||5734421788^PRN",
            "NK1|1|DOE^JOHN|SPO|||^WPN^PH^^^573^4421788",
            "GT1|1||DOE^JOHN||VIA DELLE ROSE^^Cagliari",
            "GT1|1||DOE^JOHN|||5734421788^PRN",
            "GT1|1||DOE^JOHN||||^WPN^PH^^^573^4421788",
            "IN1|1|PLAN01|IC01|ACME HEALTH||||||||||||DOE^JOHN|01||VIA DELLE ROSE^^Cagliari",
            "NK1|1|DOE^JOHN|SPO||||||||||||||||||||||||||||5734421788^PRN",
            "NK1|1|DOE^JOHN|SPO|||||||||||||||||||||||||||||VIA DELLE ROSE^^Cagliari",
        ])
            assert.deepStrictEqual(possible(v), [v.includes("ROSE") ? "street-address" : "phone-number"], v);
        // Message-control and other segments with a date or id in the same field number, empty fields, other identifier
        // types, filler and never-issued values, values of no date or SSN shape, a name inside a word.
        for (const v of [
            "MSH|^~\\&|A|B|||||19590211||||19590211||||19590211||19590211",
            "EVN|A40|20240101|||||19590211",
            "OBR|1|||||||19590211||||||||19590211||19590211",
            "IN3|1|||||||19590211||||||||||19590211",
            "PV1|1|I|||||||||||||||||19590211",
            "MRG|4412775^^^HOSP^PI",
            "MRG|4412775",
            "MRG||||",
            "MRG|1111111^^^DH^MR",
            "MRG|||4412775^^^HOSP^MR",
            "NK1|1|DOE^JOHN|SPO|||||||||||||",
            "NK1|1|DOE^JOHN|SPO|||||||||||||female",
            "NK1|1|DOE^JOHN|SPO|||||||||||||19591345",
            "NK1|1|DOE^JOHN|SPO|||||19590211|19590211",
            "NK1|1|DOE^JOHN|SPO||||||||||||||||||||||||||||||||||912-27-5519",
            "GT1|1||DOE^JOHN||||||",
            "GT1|1||DOE^JOHN|||||||||123-45-6789",
            "IN2||078-05-1120",
            "GT1|1|4412775^^^HOSP^PI|DOE^JOHN",
            "IN1|1|PLAN01|IC01|ACME HEALTH||||||||19590211|20251231",
            "IN1|1|PLAN01|IC01|ACME HEALTH||||||||||||DOE^JOHN|01|",
            "IN2||8.2.24.",
            "XNK1|1|DOE^JOHN|SPO|||||||||||||19590211",
            "BEGIN1|1|PLAN01|IC01|ACME HEALTH||||||||||||DOE^JOHN|01|19590211",
        ])
            assert.deepStrictEqual(phi(v), [], v);
        for (const v of ["NK1|1|DOE^JOHN|SPO|9999^^CITY", "GT1|1||DOE^JOHN||||", "NK1|1|DOE^JOHN|SPO|||||||||||||19590211"])
            assert.deepStrictEqual(possible(v), [], v);
    });

    it("outside-2027-09 classes: FHIR members by their names and identifier types, and a patient-id column", () => {
        // Values made up for these tests.
        const phi = (v: string) => detect(v, { context: "text" }, "phi").map((f) => f.kind);
        const possible = (v: string) => detect(v, { context: "text" }, "possible-phi").map((f) => f.kind);
        const mr = { type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/v2-0203", code: "MR" }] }, value: "A7730412" };
        const patient = {
            resourceType: "Patient",
            identifier: [mr, { system: "http://hl7.org/fhir/sid/us-ssn", value: "412-27-5519" }],
            telecom: [{ system: "phone", value: "(03) 5555 6473", use: "work" }],
            address: [{ use: "home", line: ["Kestrel Alley 51"], city: "Oslo" }],
            birthDate: "1961-07-23",
        };
        const text = JSON.stringify(patient, null, 2);
        // The Patient's own telecom is the patient's contact (outside-2027-15), reported once, by the mandatory check.
        assert.deepStrictEqual(phi(text).sort(), ["date-of-birth", "mrn", "patient-contact", "us-ssn"]);
        assert.deepStrictEqual(possible(text).sort(), ["street-address"]);
        // An identifier cut out of its resource; a resource kept as a JSON string in a pipeline definition.
        assert.deepStrictEqual(phi(JSON.stringify(mr)), ["mrn"]);
        const pipeline = JSON.stringify({ Parameters: [{ Name: "Patient", Type: "String", DefaultValue: JSON.stringify(patient) }] });
        assert.deepStrictEqual(phi(pipeline).sort(), ["date-of-birth", "mrn", "patient-contact", "us-ssn"]);
        // Other identifier types, e-mail contact points, dates of care, resource ids, an SSN never issued.
        for (const v of [
            { resourceType: "Patient", identifier: [{ type: { coding: [{ code: "PI" }] }, value: "A7730412" }] },
            { system: "email", value: "kestrel@hospital.no" },
            { resourceType: "Observation", id: "19610723", effectiveDateTime: "1961-07-23", meta: { lastUpdated: "1961-07-23T10:00:00Z" } },
            { system: "http://hl7.org/fhir/sid/us-ssn", value: "999-27-5519" },
        ])
            assert.deepStrictEqual(phi(JSON.stringify(v)), [], JSON.stringify(v));
        assert.deepStrictEqual(possible(JSON.stringify({ system: "url", value: "5734421788" })), []);
        // A table column named as a patient's identifier holds record numbers (the record-number shape still applies).
        const script = (v: string) => detect(v, { context: "script" }, "phi").map((f) => f.kind);
        for (const v of ["PID\n2004454", "patient_id,dob_year\n2004454,1961", "PatientNumber\tward\nA-2004454\tB2"])
            assert.deepStrictEqual(script(v), ["mrn"], v);
        for (const v of ["PID\n4417", "patient_id\nunknown", "pid,comm\n312,bash"]) assert.deepStrictEqual(script(v), [], v);
        // Process ids: a `pid` column beside a process listing's columns, or a process's pid named by its owner.
        for (const v of [
            "pid,ppid,comm\n31245,1,python",
            "PID\tCMD\n2004454\tnode",
            "supervisor_pid\n2004454",
            "parent_pid,name\n2004454,x",
        ])
            assert.deepStrictEqual(script(v), [], v);
    });

    it("outside-2027-06 classes: password names without vowels, constants before their value, C arrays, lookups under secret names, PowerShell parameters", () => {
        // Values made up for these tests.
        const PW = "Vq7#rT2mLx";
        // A password's name written without its vowels or with one `s`, or glued after up to nine letters.
        for (const n of ["PSWD", "PSSWRD", "PASWORD", "paswd", "X7_PSWRD", "CURLOPT_USERPWD", "proxyPassword"])
            assert.ok(isSecretKey(n).password, n);
        for (const n of ["passport", "compass", "bypass_mode", "pswd_hint"]) assert.ok(!isSecretKey(n).password, n);
        for (const v of [
            `PSSWRD:=${PW}`,
            `X7_PSWRD=${PW}`,
            // An upper-case constant naming a secret, then its value, as arguments of a call.
            `curl_easy_setopt(h, CURLOPT_USERPWD, "ops:${PW}");`,
            `setopt(h, CURLOPT_PROXYPASSWORD, "${PW}")`,
            // Two assignments run together.
            `login:ops/password:${PW}`,
            // PowerShell: `-Password:value`.
            `New-LocalUser -Name ops -Password:${PW}`,
            // A name and a quoted value with no operator, a C array, a lookup's default under a secret's name.
            `%global PASSWORD "${PW}"`,
            `#define DB_PASSWORD "${PW}"`,
            `unsigned char secret[] = "${KEY}";`,
            `if SECRET := getenv("SETTING", "${PW}"):`,
            `db_pass = env("DB", "${PW}")`,
            // An Authorization header's value as a JSON member.
            `"authorization": "${KEY}"`,
        ])
            assert.ok(found(v), v);
        for (const v of [
            `setopt(h, SORT_ORDER, "${PW}")`, // the constant names no secret
            "$pw = ConvertTo-SecureString $plain -AsPlainText -Force", // a variable, and a cmdlet as the value
            "$pw = ConvertTo-SecureString",
            'setting = get("A", "b")',
        ])
            assert.deepStrictEqual(mandatory(v), [], v);
    });

    it("outside-2027-06 classes in documentation, SQL and PowerShell: id/password pairs, translated password labels, IDENTIFIED BY, secure strings", () => {
        // Values made up for these tests.
        const PW = "Vq7#rT2mLx";
        for (const v of [
            // An account written as a pair under a pair's label.
            `ID/PW: ops/${PW}`,
            `User/Password ops/${PW}`,
            `ID PW ops ${PW}`,
            `id/pass:ops,${PW}`,
            `ID/PW(ops/${PW})`,
            `계정/PW:ops/${PW}`,
            // "Password" in another language as a label.
            `아이디:ops 비밀번호:${PW}`,
            `계정:ops 암호:${PW}`,
            `Passwort: ${PW}`,
            `密码：${KEY}`,
            // A secure string made from plain text.
            `ConvertTo-SecureString "${PW}" -AsPlainText -Force`,
            `ConvertTo-SecureString -AsPlainText -Force ${PW}`,
            // SQL.
            `ALTER USER 'ops'@'localhost' IDENTIFIED WITH mysql_native_password BY '${PW}';`,
            `CREATE USER ops IDENTIFIED BY ${PW};`,
            `SET PASSWORD FOR 'ops'@'%' = PASSWORD('${PW}');`,
        ])
            assert.ok(found(v), v);
        for (const v of [
            "the user is identified by name", // an unquoted word after IDENTIFIED BY: prose
            "CREATE USER ops IDENTIFIED BY password;",
            "$pw = ConvertTo-SecureString $plain -AsPlainText -Force", // a variable
            "ID/PW: see the vault", // words, not an account
            "비밀번호를 입력하세요", // a label without a value
        ])
            assert.deepStrictEqual(mandatory(v), [], v);
    });

    it("outside-2027-06 shapes: private keys in base64 DER without armour, example bodies after a vendor prefix, hexadecimal numbers", () => {
        // Base64 built for this test: each form's DER header (SEQUENCE, then the version INTEGER) and a random-looking body.
        const body = "q7Rw2ZpL9xVt4NbK8sJd3f9a1c7e5b2d8046af13c9e7d5b2a816Qm4Tz8Kc1Xv6Hn0Wg";
        const material = (v: string) => detect(v, { context: "script" }, "possible-credential").map((f) => f.kind);
        for (const v of [
            `PRIVATE="MIIBVgIBADANBgkqhkiG9w0BAQEFAASC${body}"`, // PKCS #8
            `key = "MIIEowIBAAKCAQEA${body}"`, // PKCS #1 RSA
            `decode("MHcCAQEEI${body}")`, // SEC 1 EC (version 1)
            `ED_KEY=MC4CAQAwBQYDK2VwBCIEI${body}`, // Ed25519 PKCS #8
        ]) {
            // Key material without armour is advisory (its measured precision, outside-2027-06's held-out half); under a
            // secret's name (`ED_KEY=`) it is still a literal secret.
            assert.ok(!mandatory(v).some((f) => f.kind === "private-key"), v);
            assert.deepStrictEqual(material(v), ["private-key-material"], v);
        }
        // Certificates and public keys have no version INTEGER first; a header of filler is no key.
        for (const v of [
            `cert = "MIIB9DCCAV2gAwIBAgIU${body}"`,
            `pub = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ${body}"`,
            `k = "MIIEowIBAAKC${"A".repeat(80)}"`,
        ]) {
            assert.deepStrictEqual(mandatory(v), [], v);
            assert.deepStrictEqual(material(v), [], v);
        }
        // A vendor token whose body opens with an ascending run (`abcdef…`, `123456…`) is an example's.
        for (const v of ["lin_api_abcdefgq7Rw2ZpL9xVt4NbK8sJdQ7Rw2ZpL9x", "tok_123456Rw2ZpL9xVt4NbK8sJdQ7Rw"]) assert.ok(isNonValue(v), v);
        // Not a password or a short value: they are the values they are.
        assert.ok(found("abcdef", "env", "DB_PASSWORD"));
        assert.ok(found("machine api.example.org login ops password 012345abcdef"));
        // A run inside the body is chance; one closing it is typed like one opening it (round two: typedEdges).
        assert.ok(!isNonValue("lin_api_q7Rw2ZpL9xabcdefgVt4NbK8sJdQ7Rw2ZpL9x"));
        assert.ok(isNonValue("lin_api_q7Rw2ZpL9xVt4NbK8sJdQ7Rw2ZpL9xabcdefg"));
        // Vendor formats (made-up values in the vendors' documented shapes): Facebook app tokens, Mailgun keys, Bitbucket Data
        // Center tokens, Akamai client tokens, New Relic browser tokens, Instagram tokens, Figma's base64url body after `figd_`.
        for (const v of [
            "FB=1234509876543210|q7Rw2ZpL9xVt4NbK8sJd3f9a1c7",
            "mg: 3f9a1c7e5b2d8046af13c9e7d5b2a816-4e1d9c7a-b52f8e03",
            `"bitbucket": "BBDC-${KEY}${KEY}"`,
            "client_token: akab-q7rw2zpl9xvt4nbk-8sjd3f9a1c7e5b2d",
            "NRJS-3f9a1c7e5b2d8046af1",
            `IGQVJ${KEY}${HEX}${KEY.split("").reverse().join("")}${HEX.toUpperCase()}`,
            `figd__${KEY}${HEX}`,
        ])
            assert.deepStrictEqual(
                mandatory(v).map((f) => f.kind),
                ["api-token"],
                v,
            );
        // An id and a word after a bar, a hexadecimal id with other group lengths: no token.
        for (const v of ["row 1234509876543210|this_is_a_long_identifier_word", "3f9a1c7e5b2d8046af13c9e7d5b2a816-4e1d-b52f"])
            assert.deepStrictEqual(mandatory(v), [], v);
        // A hexadecimal number in code is a number, not a password.
        assert.deepStrictEqual(mandatory("#define PASSWORD 0x5e9a1c7f3b2d8e46"), []);
        assert.ok(!secretLike("0x5e9a1c7f3b2d8e465e9a"));
    });

    it("after outside-2027-06's held-out half: armoured keys with a body are mandatory, key material advisory, age keys checked by their checksum", () => {
        const kindsOf = (v: string, c: "credential" | "possible-credential") => detect(v, { context: "text" }, c).map((f) => f.kind);
        // age-keygen output of 2022 published in noseyparker's rule examples (valid bech32), and the same key with its
        // last character changed: a mistyped or made-up key fails the checksum and is nothing, not a "literal secret".
        const valid = "AGE-SECRET-KEY-13JCDF682MCF4V7LPYVCE85VTSNC60TPX5ZYSSNK599PGTFX9L3TQVW5JTH";
        assert.deepStrictEqual(kindsOf(valid, "credential"), ["private-key"]);
        assert.deepStrictEqual(kindsOf(`identity: ${valid}`, "credential"), ["private-key"]);
        for (const v of [valid.slice(0, -1) + "X", `key: ${valid.slice(0, -2)}QH`, valid.slice(0, 20) + "Q" + valid.slice(21)])
            for (const c of ["credential", "possible-credential"] as const) assert.deepStrictEqual(kindsOf(v, c), [], `${c} ${v}`);
        // A header with a body is a key (mandatory); base64 of a PEM block is key material (advisory).
        const pem =
            "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAq7Rw2ZpL9xVt4NbK8sJd3f9a1c7e5b2d8046af13c9e7d5b2a816Qm4Tz8Kc1Xv6Hn0Wg";
        assert.deepStrictEqual(kindsOf(pem, "credential"), ["private-key"]);
        assert.deepStrictEqual(kindsOf(pem, "possible-credential"), []);
        const b64 = Buffer.from("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAq7Rw2ZpL9xVt4NbK8sJd3f9a").toString("base64");
        assert.deepStrictEqual(kindsOf(`PEM_B64 ${b64}`, "possible-credential"), ["private-key-material"]);
    });
    it("after scoring outside-2027-06: C pointers and sized arrays, bearer names and flags, escaped quotes and colour codes, Basic credentials, e-mail users in URLs, `key=` in a query", () => {
        // Values made up for these tests.
        const PW = "Vq7#rT2mLx";
        const ESC = String.fromCharCode(27);
        const basic = Buffer.from(`ops:${PW}`).toString("base64");
        for (const v of [
            // C declarations: a pointer, an array with its size.
            `char *password="${PW}";`,
            `const char *api_secret = "${KEY}${HEX}";`,
            `const char password[65]="${HEX}${HEX}";`,
            // A bearer token by its scheme's name; gpg's and curl's flags.
            `curl_easy_setopt(h, CURLOPT_XOAUTH2_BEARER, "${KEY}${HEX}");`,
            `curl --oauth2-bearer "${KEY}==" https://api.example.org`,
            `gpg --batch --passphrase ${PW} --decrypt f.gpg`,
            // Code inside a string (escaped quotes), a token glued to a terminal colour code.
            `run("create(getenv(\\"SECRET\\", \\"${PW}\\"))")`,
            `${ESC}[94msk_live_${KEY}${HEX}${ESC}[0m`,
            // HTTP Basic credentials written anywhere.
            `AUTH = ("Basic ${basic}")`,
            `2024-01-02 request header Basic ${basic}`,
            // A URL whose user is an e-mail address written as it is.
            `smtps://ops@mail.example.org:${PW}@smtp.example.org:465`,
            // An API key under a query's bare `key`.
            `fetch("https://api.example.org/v1/js?key=${KEY}${HEX}&v=2")`,
        ])
            assert.ok(found(v), v);
        for (const v of [
            "char *password = NULL;",
            "const char password[65];",
            `char *password = getenv("DB_PASSWORD");`,
            "curl --oauth2-bearer $TOKEN https://api.example.org",
            "gpg --passphrase-file pass.txt --decrypt f.gpg",
            `run("create(getenv(\\"SECRET\\", \\"changeme\\"))")`,
            `${ESC}[94mINFO${ESC}[0m started`,
            // Base64 that is not `user:password`, or a placeholder pair; a scheme word in prose.
            `AUTH = ("Basic ${Buffer.from("just some words here").toString("base64")}")`,
            `Basic ${Buffer.from("user:password").toString("base64")}`,
            "Basic authentication is configured",
            // The user's address alone, no password; a page key, a Google key (its own advisory rule), a word.
            "smtps://ops@mail.example.org@smtp.example.org:465",
            "https://example.org/search?key=page-two&v=2",
            "https://maps.example.org/js?key=AIzaSyD4q7Rw2ZpL9xVt4NbK8sJd3f9a1c7e5b2d",
            "https://example.org/doc?key=${API_KEY}",
        ])
            assert.deepStrictEqual(mandatory(v), [], v);
        assert.ok(isSecretKey("CURLOPT_XOAUTH2_BEARER").secret);
        assert.ok(!isSecretKey("bearer_format").secret);
    });
    it("after scoring outside-2027-06: vendor formats (Heroku, Postman, Defined Networking, Bitbucket, Terraform Cloud, 1Password, New Relic, Grafana Cloud, Atlassian, Braintree)", () => {
        // Made-up values in the vendors' documented shapes.
        const B64 = KEY + "Xv6Hn0Wg" + KEY.toUpperCase() + "Qm4Tz8Kc";
        const grafana = Buffer.from(`{"o":"1","n":"ci","k":"${KEY}Xv6H","m":{"r":"eu"}}`).toString("base64").replace(/=+$/, "");
        const pat = (id: string, tail: Buffer) => Buffer.concat([Buffer.from(`${id}:`), tail]).toString("base64");
        const random20 = Buffer.from([201, 7, 88, 140, 3, 250, 99, 17, 180, 66, 5, 222, 130, 41, 9, 171, 240, 12, 77, 190]);
        for (const v of [
            `HRKU-${(B64 + HEX).slice(0, 60)}`,
            "HRKU-3f9a1c7e-5b2d-4046-af13-c9e7d5b2a816",
            "PMAT-01HQ7RW2ZPL9XVT4NBK8SJD3F9",
            `dnkey-${"Q7RW2ZPL9XVT4NBK8SJD3F9A1C"}-${"Q7RW2ZPL9XVT4NBK8SJD3F9A1CXV6HN0WGQM4TZ8KCAB2CD3EF4G"}`,
            `bitbucket:ATBB${KEY}Xv6Hn0Wg3f9a`,
            `tfc = "q7Rw2ZpL9xVt4N.atlasv1.${(B64 + HEX).slice(0, 64)}"`,
            `OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ${B64.repeat(6)}`,
            `eu01x${HEX.slice(0, 31)}NRAL`,
            `grafana = 'glc_${grafana}'`,
            `GET https://jira.example.org/rest/token/${pat("926607655526", random20)}`,
            `BT=access_token$sandbox$q7rw2zpl9xvt4nbk$${HEX}`,
        ])
            assert.deepStrictEqual(
                mandatory(v).map((f) => f.kind),
                ["api-token"],
                v,
            );
        for (const v of [
            "HRKU-short-value",
            "PMAT-lowercase0000000000000000",
            // Base64 of a numeric id and text, not random bytes; an id that is not all digits.
            pat("926607655526", Buffer.from("just twenty letters!")),
            pat("92660765552a", random20),
            "access_token$production$<merchant>$<hex>",
        ])
            assert.deepStrictEqual(mandatory(v), [], v);
    });
    it("after scoring outside-2027-06: id/password pairs with arrows and spaced separators, -pw flags, accounts in host tables, `pass` glued to a name, JSON Web Keys", () => {
        // Values made up for these tests.
        const PW = "Vq7#rT2mLx";
        for (const v of [
            `ID/PW->ops/${PW}`,
            `id pw ops // ${PW}`,
            `ID / PW : db / ${PW}`,
            `plink -ssh -pw ${PW} ops@10.0.0.5`,
            `-id:ops -pw:${PW}`,
            // An account after a host's address, as a table's next cell.
            `F16 10.20.30.40 root/${PW}`,
            "B3 192.168.0.1 ops/Kd8mW2qz",
            // `pass` glued after a service's name.
            `MYSQLPASS: ${PW}`,
            `SMTPPASS=${PW}`,
            // A JSON Web Key with its private member.
            `{"kty":"EC","crv":"P-256","x":"${KEY}","d":"${KEY}${HEX}"}`,
        ])
            assert.ok(found(v), v);
        for (const v of [
            "ID/PW->ops/changeme",
            "10.0.0.5 usr/local",
            "10.0.0.5 models/resnet50",
            "10.0.0.5 GET/index.html",
            "plink -pw $PASSWORD ops@10.0.0.5",
            "BYPASS: Kd8mW2qz7",
            `{"kty":"EC","crv":"P-256","x":"${KEY}","y":"${KEY}"}`,
            `{"d":"${KEY}${HEX}"}`, // a one-letter member without a key type is not judged
        ])
            assert.deepStrictEqual(mandatory(v), [], v);
        for (const n of ["MYSQLPASS", "smtp_pass", "dbpass", "rootPass"]) assert.ok(isSecretKey(n).password, n);
        for (const n of ["bypass", "compass", "COMPASS_HEADING", "surpass", "trespass", "overpass", "underpass", "boardingpass"])
            assert.ok(!isSecretKey(n).password, n);
    });
    it("after scoring outside-2027-06 and -07: host tables with user and password in cells of their own; street numbers with a letter, initials and ordinals", () => {
        // Values made up for these tests.
        const PW = "Vq7#rT2mLx";
        for (const v of [
            `10.20.30.40,ops/${PW}`,
            `db1\t10.20.30.40\tops\t${PW}`,
            `10.20.30.40; ops; ${PW}`,
            `| 10.20.30.40 | ops | ${PW} |`,
        ])
            assert.ok(found(v), v);
        for (const v of ["10.20.30.40,ops,eu-west-1", "10.20.30.40\tweb01\tnginx", "10.20.30.40,ops,2024-01-02"])
            assert.deepStrictEqual(mandatory(v), [], v);
        const street = (v: string) => detect(v, { context: "text" }, "possible-phi").map((f) => f.kind);
        for (const v of ["deliver to 742B Evergreen Terrace today", "address\n1288 O Keefe Street", "send it to 17 52nd St. #4"])
            assert.deepStrictEqual(street(v), ["street-address"], v);
        assert.deepStrictEqual(street("version 2 of the Main Street plan"), []);
    });
    it("after scoring outside-2027-06: a short value after a secret's name of several words and an operator (`SECRET KEY: …`)", () => {
        // Values made up for these tests.
        for (const v of ["SECRET KEY:Qm4Tz8Kc1Xv6H", "DB password = Xy7kP2qLm", "the access token: Kd8mW2qz7R"])
            assert.ok(found(v, "text"), v);
        for (const v of [
            "SECRET KEY: changeme1", // a placeholder
            "API key: required", // a word
            "build number: 20240102", // a number
            "release name: Ubuntu2404LTS", // not a secret's name
            "key: Qm4Tz8Kc1Xv6H", // one word: the assignment detectors judge it (a bare `key` is a dictionary key)
            "secret key: qm4tz8kc1xv6h", // one case only
        ])
            assert.deepStrictEqual(mandatory(v, "text"), [], v);
    });
});
