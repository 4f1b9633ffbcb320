// gitleaks' maintained rules as data (issue 28, part 2): provenance, RE2 only, lazy loading, adoption by measurement.
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as path from "path";
import { GITLEAKS } from "../../policies/hygiene/secret-rules-data";
import { ADOPTED_KINDS, ADOPTED_RULES, kindOfRule, scanAdoptedRules, scanMaintainedRules } from "../../policies/hygiene/secret-rules";
import { detect } from "../../policies/hygiene/detectors";
import { parseGitleaksToml, re2Problem } from "../../scripts/update-secret-rules";
import { adversarial, measureWork } from "../work-counter";

const ROOT = path.resolve(__dirname, "..", "..");

describe("hygiene: maintained secret rules (gitleaks, as data)", () => {
    it("records where the rules come from, and counts what was dropped", () => {
        const p = GITLEAKS.provenance;
        assert.strictEqual(p.repository, "https://github.com/gitleaks/gitleaks");
        assert.strictEqual(p.path, "config/gitleaks.toml");
        assert.match(p.commit, /^[0-9a-f]{40}$/);
        assert.match(p.licence, /^MIT/);
        const c = GITLEAKS.counts;
        assert.strictEqual(c.kept, GITLEAKS.rules.length);
        assert.strictEqual(c.rules, c.kept + c.withoutRegex + c.droppedNotRe2);
        assert.strictEqual(GITLEAKS.dropped.length, c.droppedNotRe2);
        assert.ok(c.kept >= 150, `${c.kept} rules`);
    });
    it("keeps only rules RE2 runs within the per-value budget", () => {
        for (const r of GITLEAKS.rules) assert.strictEqual(re2Problem(r.regex), undefined, r.id);
        assert.match(re2Problem("(a)\\1") ?? "", /./, "a back-reference is refused");
    });
    it("parses the TOML subset gitleaks uses", () => {
        const { rules, global } = parseGitleaksToml(
            [
                "[allowlist]",
                "regexes = [",
                "    '''^x$''',",
                "]",
                "[[rules]]",
                'id = "demo"',
                "regex = '''\\bdemo_[a-z]{4}\\b'''",
                "entropy = 2.5",
                'keywords = ["demo_"]',
                "[[rules.allowlists]]",
                'stopwords = ["demo_test"]',
            ].join("\n"),
        );
        assert.deepStrictEqual(global.regexes, ["^x$"]);
        assert.strictEqual(rules[0].id, "demo");
        assert.strictEqual(rules[0].regex, "\\bdemo_[a-z]{4}\\b");
        assert.strictEqual(rules[0].entropy, 2.5);
        assert.deepStrictEqual(rules[0].allowlists, [{ stopwords: ["demo_test"] }]);
    });
    it("maps rules to the pack's kinds and runs only the adopted kinds inside the detectors", () => {
        assert.strictEqual(kindOfRule("slack-webhook-url"), "slack-token");
        assert.strictEqual(kindOfRule("generic-api-key"), "password-literal");
        assert.strictEqual(kindOfRule("stripe-access-token"), "api-token");
        assert.deepStrictEqual([...ADOPTED_KINDS], ["slack-token"]);
        const hook = "https://hooks.slack.com/services/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";
        assert.ok(scanMaintainedRules(hook).some((f) => f.kind === "slack-token"));
        assert.deepStrictEqual(
            detect(`notify: ${hook}`, { context: "script" }, "credential").map((f) => f.kind),
            ["slack-token"],
        );
    });
    it("runs the adopted single rules, whose keywords are the data's, and only those", () => {
        const { GITLEAKS } =
            require("../../policies/hygiene/secret-rules-data") as typeof import("../../policies/hygiene/secret-rules-data");
        for (const [id, keywords] of Object.entries(ADOPTED_RULES))
            assert.deepStrictEqual(GITLEAKS.rules.find((r) => r.id === id)?.keywords, keywords, id);
        // Values made up for this test, in the rules' documented shapes.
        const org = "api_org_" + "qWeRtYuIoPaSdFgHjKlZxCvBnMqWeRtYuI";
        assert.deepStrictEqual(
            scanAdoptedRules(`HF_TOKEN=${org}`).map((f) => f.id),
            ["huggingface-organization-api-token"],
        );
        assert.deepStrictEqual(
            detect(`token: ${org}`, { context: "script" }, "credential").map((f) => f.kind),
            ["api-token"],
        );
        // The five adopted since outside-2027-06 (made-up values in their documented shapes).
        const r = "q7Rw2ZpL9xVt4NbK8sJd3f9a1c7e5b2d8046af13c9e7d5b2a816Qm4Tz8Kc1Xv6Hn0Wg";
        for (const [text, id] of [
            [`DT_TOKEN=dt0c01.${r.slice(0, 24).toUpperCase()}.${(r + r).slice(0, 64).toUpperCase()}`, "dynatrace-api-token"],
            [`glimt-${r.slice(0, 25)}`, "gitlab-incoming-mail-token"],
            [`Cookie: _gitlab_session=${"3f9a1c7e5b2d8046af13c9e7d5b2a816"}`, "gitlab-session-cookie"],
            [`"token": "EAAA${r.slice(0, 40)}"`, "square-access-token"],
            [`BEDROCK_KEY=ABSK${(r + r).slice(0, 120)} `, "aws-amazon-bedrock-api-key-long-lived"],
        ])
            assert.ok(
                scanAdoptedRules(text).some((f) => f.id === id),
                id,
            );
        assert.deepStrictEqual(scanAdoptedRules("xoxb-1234567890-abcdefghij"), []); // a Slack rule: not a single adopted rule
        assert.deepStrictEqual(scanAdoptedRules("no keyword of theirs here"), []);
    });
    it("loads neither the data nor re2js at start-up or on values with nothing to report; the data (not re2js) when a finding is about to be made", () => {
        // The data holds the published constants a finding is checked against last (maintainedConstants: about 1 ms to decode).
        const out = execFileSync(
            process.execPath,
            [
                "-r",
                "ts-node/register/transpile-only",
                "-e",
                `const d = require(${JSON.stringify(path.join(ROOT, "policies", "hygiene", "detectors"))});
                 const loaded = (m) => Object.keys(require.cache).some((f) => f.includes(m));
                 const state = () => [loaded("secret-rules-data"), loaded("re2js")];
                 const a = state();
                 d.detect("DB_HOST=db.internal PORT=5432 note: nothing secret here", { context: "script" }, "credential");
                 const b = state();
                 d.detect("DB_PASSWORD=Wq8rT2vLx9Kp", { context: "script" }, "credential");
                 const c = state();
                 d.detect("see https://hooks.slack.com/services/x", { context: "script" }, "credential");
                 console.log(JSON.stringify([a, b, c, state()]));`,
            ],
            { cwd: ROOT, encoding: "utf8" },
        );
        assert.deepStrictEqual(JSON.parse(out.trim().split("\n").pop()!), [
            [false, false],
            [false, false],
            [true, false],
            [true, true],
        ]);
    });
    it("does linear work on adversarial input (counted, not timed)", () => {
        scanMaintainedRules("xoxb-"); // load first: loading is not the scan
        for (const shape of [
            ["", "xoxb-1"],
            ["https://hooks.slack.com/services/", "A/"],
            ["", "token = "],
        ] as const) {
            const w = (n: number) => measureWork(() => scanMaintainedRules(adversarial(shape, n))).work;
            const [a, b] = [w(16 * 1024), w(32 * 1024)];
            // RE2 runs outside RegExp: count the JavaScript-side string steps and regex calls.
            assert.ok(
                b.stringSteps + b.regexChars <= 2.2 * (a.stringSteps + a.regexChars) + 1000,
                `${shape.join("")}: ${JSON.stringify([a, b])}`,
            );
        }
    });
});
