// Meta-tests over the catalog: every policy has its metadata, mappings with sources, a code fix,
// unit cases, and targets only type tokens that the installed provider SDKs define.

import * as assert from "assert";
import { catalog } from "../../policies/catalog";
import { FRAMEWORKS, FrameworkId } from "../../policies/core/frameworks";
import { PRACTICES } from "../../policies/core/policy";
import { loadCases } from "../cases";
import { providerTokens } from "../provider-tokens";

describe("catalog", () => {
    const { cases, stackCases } = loadCases();

    it("has unique, stable-looking names", () => {
        const names = catalog.map((p) => p.name);
        assert.strictEqual(new Set(names).size, names.length, "unique");
        for (const n of names)
            assert.match(
                n,
                /^(sagemaker|datazone|bedrock|iam|kms|vpc|ec2|cloudtrail|guardduty|s3|logs|hygiene|stack|account|opensearch)-[a-z0-9]+(-[a-z0-9]+)+$/,
                n,
            );
    });

    for (const p of catalog) {
        describe(p.name, () => {
            it("has a one-sentence description, a practice, a fix and remediation steps with code", () => {
                assert.match(p.description, /^[A-Z][^\n]*\.$/);
                assert.strictEqual(p.description.split(/\.\s/).length, 1, "one sentence");
                assert.ok(p.practice in PRACTICES);
                assert.ok(p.fix.length > 5);
                assert.match(p.remediationSteps, /```typescript\n[\s\S]+\n```/);
            });

            it("maps to HIPAA (or says why not), and every mapping has ids and a source", () => {
                assert.ok(p.controls.hipaa?.ids.length || p.noHipaaMapping, "HIPAA mapping or the reason there is none");
                for (const [fw, m] of Object.entries(p.controls)) {
                    assert.ok(fw in FRAMEWORKS, fw);
                    assert.ok(m!.ids.length > 0, `${fw} ids`);
                    const s = m!.source;
                    assert.ok(s.kind === "own" ? s.rationale.length > 20 : s.ref.length > 3, `${fw as FrameworkId} source`);
                }
            });

            if (p.kind === "resource") {
                it("targets only type tokens the provider SDKs define", () => {
                    const tokens = providerTokens();
                    for (const t of Object.keys(p.resources)) assert.ok(tokens.has(t), `unknown type token ${t}`);
                }).timeout(120_000); // hang guard; the first call reads the type tokens of every installed provider SDK
                it("has unit cases for every type it targets", () => {
                    const mine = cases.filter((c) => c.policy.name === p.name);
                    assert.ok(mine.length > 0, "a case table in test/cases");
                    for (const t of Object.keys(p.resources))
                        assert.ok(
                            mine.some((c) => c.type === t),
                            `cases for ${t}`,
                        );
                });
            } else {
                it("has stack cases", () => assert.ok(stackCases.some((c) => c.policy.name === p.name)));
            }
        });
    }
});
