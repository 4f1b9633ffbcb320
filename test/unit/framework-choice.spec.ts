// The framework choice (policies/core/framework-choice.ts), the baking script, and the display names.

import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { catalog } from "../../policies/catalog";
import { deriveDisplayName } from "../../policies/core/display-name";
import { chooseFramework, COVERAGE_NOTICE_TAG, FrameworkChoiceError, levelFor, packRoot } from "../../policies/core/framework-choice";
import { PROFILE_FRAMEWORKS } from "../../policies/core/frameworks";
import { displayNameOf, toPulumiPolicy } from "../../policies/core/policy";
import { bake } from "../../scripts/bake-framework";
import { profileFor } from "../../scripts/generate-profiles";

describe("framework choice", () => {
    let dir: string;
    beforeEach(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "sg-fw-"));
        fs.writeFileSync(path.join(dir, "PulumiPolicy.yaml"), "runtime: nodejs\n");
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
    const baked = () => path.join(dir, "framework.json");

    it("none chosen: no id (HIPAA metadata, default levels)", () => {
        assert.deepStrictEqual(chooseFramework(undefined, baked()), { from: "default" });
        assert.deepStrictEqual(chooseFramework("  ", baked()), { from: "default" });
    });

    it("the environment, then the baked file; the environment wins", () => {
        assert.strictEqual(bake(dir, "soc2").startsWith("wrote framework.json: SOC 2"), true);
        assert.deepStrictEqual(chooseFramework(undefined, baked()), { id: "soc2", from: "framework.json" });
        assert.deepStrictEqual(chooseFramework(" pci-dss ", baked()), { id: "pci-dss", from: "environment" });
        bake(dir, "--clear");
        assert.ok(!fs.existsSync(baked()));
    });

    it("refuses an unknown id, a broken file and a file without a framework, each with one line", () => {
        for (const bad of ["hitrust", "baseline", "autofix", "HIPAA", "pci"]) {
            assert.throws(
                () => chooseFramework(bad, undefined),
                (e: Error) => e instanceof FrameworkChoiceError && !e.message.includes("\n"),
            );
            assert.throws(() => bake(dir, bad), FrameworkChoiceError);
        }
        fs.writeFileSync(baked(), "{not json");
        assert.throws(() => chooseFramework(undefined, baked()), /not valid JSON/);
        fs.writeFileSync(baked(), '{"framework": 3}');
        assert.throws(() => chooseFramework(undefined, baked()), /no "framework" string/);
        fs.writeFileSync(baked(), '{"framework": "nope"}');
        assert.throws(() => chooseFramework(undefined, baked()), /framework\.json names the framework "nope"/);
    });

    it("finds the pack's root from the sources", () => {
        assert.strictEqual(packRoot(), path.resolve(__dirname, "../.."));
    });

    it("the pack's levels under a framework are that framework's profile, policy by policy", () => {
        for (const fw of PROFILE_FRAMEWORKS) {
            const profile = profileFor(catalog, fw);
            for (const p of catalog) {
                assert.strictEqual(levelFor(p, fw), profile[p.name]);
                assert.strictEqual(toPulumiPolicy(p, { id: fw, from: "environment" }).enforcementLevel, profile[p.name], `${fw} ${p.name}`);
            }
        }
    });

    it("coverage notices (what the pack did not judge) stay advisory under every framework", () => {
        const notices = catalog.filter((p) => p.tags?.includes(COVERAGE_NOTICE_TAG)).map((p) => p.name);
        assert.deepStrictEqual(notices.sort(), [
            "hygiene-not-fully-scanned",
            "opensearch-serverless-collection-policies-in-stack",
            "stack-ml-types-not-reviewed",
        ]);
        for (const fw of PROFILE_FRAMEWORKS)
            for (const name of notices) assert.strictEqual(profileFor(catalog, fw)[name], "advisory", `${fw} ${name}`);
    });
});

describe("display names", () => {
    it("spell services and acronyms as AWS does", () => {
        assert.strictEqual(deriveDisplayName("sagemaker-notebook-imdsv2"), "SageMaker: notebook IMDSv2");
        assert.strictEqual(deriveDisplayName("bedrock-agentcore-gateway-kms-encryption"), "Bedrock AgentCore: gateway KMS encryption");
        assert.strictEqual(deriveDisplayName("logs-ml-group-retention"), "CloudWatch Logs: ML group retention");
        assert.strictEqual(deriveDisplayName("stack-ml-cloudtrail-present"), "Stack: ML CloudTrail present");
    });

    it("every policy has one, unique, without a lower-case acronym left", () => {
        const seen = new Set<string>();
        for (const p of catalog) {
            const d = displayNameOf(p);
            assert.ok(!seen.has(d), d);
            seen.add(d);
            assert.doesNotMatch(d, /\b(iam|kms|vpc|s3|ml|phi|mfa|tls|sse|ec2|sagemaker|cloudtrail|guardduty)\b/, d);
            assert.strictEqual(toPulumiPolicy(p).displayName, d);
        }
    });
});
