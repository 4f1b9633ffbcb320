import * as assert from "assert";
import { unknownCheckingProxy } from "@pulumi/policy";
import { findExemption, isExpired } from "../../policies/core/exemptions";
import { judgeKmsKey } from "../../policies/core/kms";
import { couldNotEvaluate } from "../../policies/core/policy";
import { describe as describeValue, list, read, unwrap } from "../../policies/core/values";
import { CANARY, runResource, TEST_TYPE, testPolicy, UNKNOWN, UNKNOWN_SENTINELS } from "../harness";

describe("core/values", () => {
    const props = unknownCheckingProxy({
        a: { b: [{ c: "x" }, UNKNOWN], n: null },
        u: UNKNOWN_SENTINELS.object,
        s: "text",
        l: UNKNOWN_SENTINELS.array,
    });

    it("reads known values through the SDK proxy without triggering it", () => {
        assert.deepStrictEqual(read(props, "a.b.0.c"), { state: "known", value: "x" });
        assert.deepStrictEqual(read(props, "a.b[0].c"), { state: "known", value: "x" });
    });
    it("gives unknown for a sentinel of any kind, and below one", () => {
        for (const s of Object.values(UNKNOWN_SENTINELS)) {
            assert.strictEqual(read(unknownCheckingProxy({ k: s }), "k").state, "unknown");
        }
        assert.strictEqual(read(props, "a.b.1").state, "unknown");
        assert.strictEqual(read(props, "u.deep.path").state, "unknown");
    });
    it("gives absent for missing, null and wrong shapes", () => {
        assert.strictEqual(read(props, "a.n").state, "absent");
        assert.strictEqual(read(props, "missing.x").state, "absent");
        assert.strictEqual(read(props, "s.length").state, "absent", "no property of a string");
        assert.strictEqual(read(props, "a.b.foo").state, "absent", "no named property of a list");
    });
    it("applies the AWS default only when absent", () => {
        assert.deepStrictEqual(read(props, "missing", "Enabled"), { state: "known", value: "Enabled", defaulted: true });
        assert.strictEqual(read(props, "u", "Enabled").state, "unknown");
    });
    it("lists elements raw, unknown lists as unknown, a single object as a list of one", () => {
        assert.deepStrictEqual(list(props, "a.b"), [{ c: "x" }, UNKNOWN]);
        assert.strictEqual(list(props, "l"), "unknown");
        assert.deepStrictEqual(list(props, "missing"), []);
        assert.deepStrictEqual(list(unknownCheckingProxy({ o: { k: 1 } }), "o"), [{ k: 1 }]);
    });
    it("unwraps a whole tree without the proxy", () => {
        assert.doesNotThrow(() => JSON.stringify(unwrap(props)));
    });
    it("describes a setting without echoing free text", () => {
        assert.strictEqual(describeValue({ state: "known", value: "Enabled" }, ["Enabled"]), '"Enabled"');
        assert.strictEqual(describeValue({ state: "known", value: CANARY }, ["Enabled"]), "another value");
    });
});

describe("core/kms", () => {
    it("judges key references", () => {
        assert.strictEqual(judgeKmsKey({ state: "unknown" }), "unknown");
        assert.strictEqual(judgeKmsKey({ state: "absent" }), "missing");
        assert.strictEqual(judgeKmsKey({ state: "known", value: "  " }), "missing");
        assert.strictEqual(judgeKmsKey({ state: "known", value: 5 }), "missing");
        assert.strictEqual(judgeKmsKey({ state: "known", value: "alias/aws/s3" }), "aws-managed");
        assert.strictEqual(judgeKmsKey({ state: "known", value: "alias/phi-data" }), "customer-managed");
    });
});

describe("core/policy: never throw", () => {
    const boom = testPolicy("test-boom", "Throws on purpose.", (r) => {
        JSON.parse(String(r.get("doc").state === "known" ? (r.get("doc") as { value: unknown }).value : ""));
    });

    it("turns an exception into a violation that says it could not evaluate (fail closed)", () => {
        const r = runResource(boom, { type: TEST_TYPE, props: { doc: `{"password": "${CANARY}"` } });
        assert.strictEqual(r.violations.length, 1);
        assert.match(r.violations[0], /could not evaluate the resource, so it is reported as failing \(fail closed\): SyntaxError/);
        assert.ok(!r.violations[0].includes(CANARY), r.violations[0]);
    });
    it("redacts input strings from error messages", () => {
        const msg = couldNotEvaluate(new Error(`bad value ${CANARY} here`), { k: CANARY });
        assert.ok(!msg.includes(CANARY));
    });
});

describe("core/exemptions", () => {
    const ex = [
        { resource: "legacy-*", reason: "migrating", expires: "2099-01-01" },
        { resource: "urn:pulumi:prod::*::old", reason: "decommission" },
        { resource: "", reason: "invalid, ignored" },
        "not an object",
    ];
    it("matches names and URNs by glob", () => {
        assert.strictEqual(findExemption(ex, "legacy-nb", "urn:x")?.reason, "migrating");
        assert.strictEqual(findExemption(ex, "old", "urn:pulumi:prod::proj::aws:x:Y::old")?.reason, "decommission");
        assert.strictEqual(findExemption(ex, "new-nb", "urn:x"), undefined);
        assert.strictEqual(findExemption("garbage", "a", "b"), undefined);
    });
    it("knows when an exemption has expired", () => {
        assert.strictEqual(isExpired({ resource: "a", reason: "r", expires: "2020-01-01" }, "2026-11-27"), true);
        assert.strictEqual(isExpired({ resource: "a", reason: "r", expires: "2026-11-27" }, "2026-11-27"), false);
        assert.strictEqual(isExpired({ resource: "a", reason: "r" }, "2026-11-27"), false);
    });
});
