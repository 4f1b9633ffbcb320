// stack-ml-types-not-reviewed against the catalog and the provider SDKs: what it counts as reviewed
// is derived from the policies (so it cannot drift from them), it never reports a type a policy
// checks, and its list of types without a security setting is exact.

import * as assert from "assert";
import { catalog } from "../../policies/catalog";
import { mlServiceOf, NO_SECURITY_SETTING } from "../../policies/core/ml-types";
import { TEXT_SCAN_TYPES } from "../../policies/hygiene/text-fields";
import { configurationCheckedTypes, isUnreviewed, stackMlTypesNotReviewed } from "../../policies/stack/stack-ml-types-not-reviewed";
import { coverageOf, mlTypes } from "../../scripts/type-coverage";
import { runStack } from "../harness";

describe("stack-ml-types-not-reviewed: derived from the catalog", () => {
    const checked = configurationCheckedTypes(catalog);

    it("counts every ML type a resource policy (other than hygiene) targets as reviewed", () => {
        for (const p of catalog) {
            if (p.kind !== "resource" || p.name.startsWith("hygiene-")) continue;
            for (const t of Object.keys(p.resources)) if (mlServiceOf(t)) assert.ok(checked.has(t), `${p.name}: ${t}`);
        }
    });

    it("counts the types stack policies declare in `judges`, and those are ML types the SDKs define", () => {
        const tokens = new Set(mlTypes());
        for (const p of catalog) {
            if (p.kind !== "stack") continue;
            for (const t of p.judges ?? []) {
                assert.ok(checked.has(t), `${p.name}: ${t}`);
                assert.ok(tokens.has(t), `${p.name} judges ${t}, which no installed provider SDK defines as an ML type`);
            }
        }
    });

    it("never reports a configuration-checked type: one resource of each, in one stack", () => {
        const stack = [...checked].map((type, i) => ({ type, name: `r${i}`, props: {} }));
        assert.ok(stack.length > 40);
        const r = runStack(stackMlTypesNotReviewed, stack);
        assert.deepStrictEqual(r.violations, []);
    });

    it("reports every other ML type of the SDKs that may hold a security setting", () => {
        const others = mlTypes().filter((t) => !checked.has(t) && !NO_SECURITY_SETTING.has(t));
        assert.ok(others.length > 0);
        const stack = others.map((type, i) => ({ type, name: `r${i}`, props: {} }));
        const r = runStack(stackMlTypesNotReviewed, stack);
        assert.strictEqual(r.violations.length, 1);
        for (const t of others.slice(0, 40)) assert.ok(r.violations[0].includes(`\`${t}\` ×1`), t);
        if (others.length > 40) assert.match(r.violations[0], new RegExp(`and ${others.length - 40} more types`));
    });

    it("lists as 'no security setting' only text-scanned ML types the SDKs define and no policy checks", () => {
        const tokens = new Set(mlTypes());
        for (const t of NO_SECURITY_SETTING) {
            assert.ok(tokens.has(t), `${t} is not an ML type of the installed SDKs`);
            assert.ok(TEXT_SCAN_TYPES[t] !== undefined, `${t} is quiet but its text is not scanned`);
            assert.ok(!checked.has(t), `${t} has a configuration check now: take it off NO_SECURITY_SETTING`);
            assert.strictEqual(coverageOf(t, checked), "text-only");
        }
    });

    it("ignores types outside the ML services", () => {
        for (const t of [
            "aws:s3/bucket:Bucket",
            "aws:opensearch/domain:Domain",
            "aws-native:s3:Bucket",
            "aws:bedrockx/y:Z",
            "kubernetes:core/v1:Pod",
        ])
            assert.strictEqual(isUnreviewed(t, checked), false, t);
    });
});
