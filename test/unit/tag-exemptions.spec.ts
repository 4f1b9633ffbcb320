// Exemptions declared in a resource's `sagemaker-guard:exempt` tag: the parser (hostile input:
// bounded, one pass, never echoed) and the policy wrapper (honoured only where the policy's config
// allows it; reported exactly like config exemptions; refused with a finding otherwise).

import * as assert from "assert";
import { own } from "../../policies/core/frameworks";
import { GuardPolicy, resourcePolicy, stackPolicy } from "../../policies/core/policy";
import { EXEMPT_TAG, exemptTagValue, parseExemptTag } from "../../policies/core/tag-exemptions";
import { runResource, runStack, UNKNOWN, urnFor } from "../harness";

const BUCKET = "aws:s3/bucket:Bucket";
const NATIVE_BUCKET = "aws-native:s3:Bucket";

const meta = {
    description: "Buckets must be named.",
    severity: "low" as const,
    enforcementLevel: "mandatory" as const,
    practice: "compliance" as const,
    controls: { hipaa: { ids: ["164.312(b)"], source: own("A synthetic policy for the exemption tests, not part of the pack.") } },
    fix: "name the bucket",
    remediationSteps: "```typescript\n```",
};

const probe: GuardPolicy = resourcePolicy({
    ...meta,
    name: "s3-bucket-probe",
    resources: { [BUCKET]: {}, [NATIVE_BUCKET]: {} },
    check(_r, report) {
        report("The bucket is checked.");
    },
});

const stackProbe: GuardPolicy = stackPolicy({
    ...meta,
    name: "stack-bucket-probe",
    stackCheck(stack, report) {
        for (const r of stack.resources) if (r.type === BUCKET) report(`Bucket ${r.name} is checked.`, r.urn);
    },
});

const GOOD = "policies=s3-bucket-probe+stack-bucket-probe expires=2099-01-31 approver=secops@example.org reason=vendor tool RISK-142";
const allow = { allowTagExemptions: true, tagExemptionMaxDays: 3660 * 10 };
const tagged = (value: unknown) => ({ tags: { team: "ml", [EXEMPT_TAG]: value } });

describe("tag exemptions: the tag value", () => {
    it("parses the documented format, fields in any order, reason to the end", () => {
        assert.deepStrictEqual(parseExemptTag(GOOD), {
            exemption: {
                policies: ["s3-bucket-probe", "stack-bucket-probe"],
                expires: "2099-01-31",
                approvedBy: "secops@example.org",
                reason: "vendor tool RISK-142",
            },
        });
        const reordered = parseExemptTag("  approver=a@b.c   expires=2099-01-31 policies=x-y reason=because: it = so ");
        assert.deepStrictEqual(reordered, {
            exemption: { policies: ["x-y"], expires: "2099-01-31", approvedBy: "a@b.c", reason: "because: it = so" },
        });
    });

    const refused: [string, unknown, RegExp][] = [
        ["too long", `${GOOD} ${"x".repeat(300)}`, /longer than 256/],
        ["outside the charset", GOOD.replace("vendor", "vend<or"), /position \d+ outside the AWS tag character set/],
        ["a word that is not a field", `policies=a ${"junk"} expires=2099-01-31`, /not a field/],
        ["an unknown field", "policies=a owner=b", /unknown field/],
        ["a field twice", "policies=a policies=b", /twice/],
        ["no policy", "expires=2099-01-31 approver=a reason=abc", /names no policy/],
        ["a bad name", "policies=a+B_C expires=2099-01-31 approver=a reason=abc", /not a policy name/],
        [
            "too many names",
            `policies=${Array.from({ length: 11 }, (_, i) => `p${i}`).join("+")} expires=2099-01-31 approver=a reason=abc`,
            /more than 10/,
        ],
        ["no expiry", "policies=a approver=a reason=abc", /no expires/],
        ["an impossible date", "policies=a expires=2026-02-30 approver=a reason=abc", /not a real date/],
        ["no approver", "policies=a expires=2099-01-31 reason=abc", /no approver/],
        ["a long approver", `policies=a expires=2099-01-31 approver=${"a".repeat(65)} reason=abc`, /approver= is longer/],
        ["no reason", "policies=a expires=2099-01-31 approver=a", /no reason/],
        ["a blank reason", "policies=a expires=2099-01-31 approver=a reason=   ", /no reason/],
        ["not a string", 42, /not a string/],
    ];
    for (const [what, value, problem] of refused) {
        it(`refuses ${what}`, () => {
            const r = parseExemptTag(value);
            assert.ok("problem" in r, JSON.stringify(r));
            assert.match(r.problem, problem);
        });
    }

    it("reads the tag from an aws map, an aws-native list, and treats an unknown value as no tag", () => {
        assert.strictEqual(exemptTagValue({ [EXEMPT_TAG]: "v" }), "v");
        assert.strictEqual(
            exemptTagValue([
                { key: "a", value: "b" },
                { key: EXEMPT_TAG, value: "v" },
            ]),
            "v",
        );
        assert.strictEqual(exemptTagValue({ [EXEMPT_TAG]: UNKNOWN }), "unknown");
        assert.strictEqual(exemptTagValue(UNKNOWN), "unknown");
        assert.strictEqual(exemptTagValue(undefined), undefined);
        assert.strictEqual(exemptTagValue("not tags"), undefined);
    });

    it("refuses a value over 256 characters by its length, before reading it (a million characters)", () => {
        const r = parseExemptTag("policies=" + "a+".repeat(500_000));
        assert.ok("problem" in r && /longer than 256/.test(r.problem));
    });
});

describe("tag exemptions: resource policies", () => {
    it("honour an allowed tag: not applicable with the reason, expiry, approver and where it came from", () => {
        const r = runResource(probe, { type: BUCKET, name: "b", props: tagged(GOOD), config: allow });
        assert.deepStrictEqual(r.violations, []);
        assert.strictEqual(
            r.notApplicable,
            `exempted until 2099-01-31, approved by secops@example.org: vendor tool RISK-142 (${EXEMPT_TAG} tag)`,
        );
        const native = runResource(probe, {
            type: NATIVE_BUCKET,
            name: "b",
            props: { tags: [{ key: EXEMPT_TAG, value: GOOD }] },
            config: allow,
        });
        assert.strictEqual(native.violations.length, 0);
        assert.match(native.notApplicable ?? "", /tag\)$/);
    });

    it("refuse a tag for a policy whose config does not allow it (the default), with a finding, and check the resource", () => {
        const r = runResource(probe, { type: BUCKET, name: "b", props: tagged(GOOD) });
        assert.strictEqual(r.notApplicable, undefined);
        assert.strictEqual(r.violations.length, 2);
        assert.match(
            r.violations[0],
            /tag is not used for this policy: this policy does not accept exemptions from tags .*allowTagExemptions/,
        );
        assert.match(r.violations[1], /^The bucket is checked\./);
    });

    it("report an expired tag as a violation, like an expired config exemption", () => {
        const r = runResource(probe, { type: BUCKET, name: "b", props: tagged(GOOD.replace("2099-01-31", "2020-01-31")), config: allow });
        assert.match(r.violations[0], /tag expired on 2020-01-31; the policy applies again\.\nFix: renew/);
        assert.strictEqual(r.violations.length, 2);
    });

    it("refuse an expiry beyond tagExemptionMaxDays (default 90)", () => {
        const r = runResource(probe, { type: BUCKET, name: "b", props: tagged(GOOD), config: { allowTagExemptions: true } });
        assert.match(r.violations[0], /more than 90 days ahead/);
    });

    it("refuse a malformed tag that names the policy, and one that names no policy where the policy allows tags", () => {
        const bad = runResource(probe, {
            type: BUCKET,
            name: "b",
            props: tagged("policies=s3-bucket-probe reason=no expiry"),
            config: allow,
        });
        assert.match(bad.violations[0], /no expires=/);
        const anon = runResource(probe, { type: BUCKET, name: "b", props: tagged("please exempt me"), config: allow });
        assert.match(anon.violations[0], /not a field/);
        const notAllowed = runResource(probe, { type: BUCKET, name: "b", props: tagged("please exempt me") });
        assert.deepStrictEqual(notAllowed.violations, [
            "The bucket is checked.\nFix: name the bucket\nControls: HIPAA 164.312(b)\nDocs: https://github.com/sagemaker-guard/sagemaker-guard/blob/main/docs/policies/s3-bucket-probe.md",
        ]);
    });

    it("ignore a tag that names other policies only, and an unknown tag value", () => {
        const other = runResource(probe, { type: BUCKET, name: "b", props: tagged(GOOD.replace("s3-bucket-probe+", "")), config: allow });
        assert.deepStrictEqual(other.violations.length, 1);
        const unknown = runResource(probe, { type: BUCKET, name: "b", props: tagged(UNKNOWN), config: allow });
        assert.deepStrictEqual(unknown.violations.length, 1);
    });

    it("never echo a refused tag's value", () => {
        const secretish = "policies=s3-bucket-probe expires=2099-01-31 approver=x reason=AKIAIOSFODNN7EXAMPLE " + "y".repeat(180);
        const cases = [secretish, secretish.replace("2099-01-31", "2099-13-01"), secretish + "<script>"];
        for (const v of cases) {
            const r = runResource(probe, { type: BUCKET, name: "b", props: tagged(v) });
            for (const m of r.violations) assert.ok(!m.includes("AKIA") && !m.includes("yyyy") && !m.includes("<script>"), m);
        }
    });

    it("cut a long reason shown in the not-applicable reason to 80 characters", () => {
        const v = `policies=s3-bucket-probe expires=2099-01-31 approver=x reason=${"r".repeat(150)}`;
        const r = runResource(probe, { type: BUCKET, name: "b", props: tagged(v), config: allow });
        assert.ok(r.notApplicable!.includes(`${"r".repeat(80)}…`));
        assert.ok(!r.notApplicable!.includes("r".repeat(81)));
    });

    it("a config exemption comes first", () => {
        const r = runResource(probe, {
            type: BUCKET,
            name: "b",
            props: tagged(GOOD),
            config: { ...allow, exemptions: [{ resource: "b", reason: "from config" }] },
        });
        assert.strictEqual(r.notApplicable, "exempted: from config");
    });
});

describe("tag exemptions: stack policies", () => {
    const bucket = (name: string, props: Record<string, unknown>) => ({ type: BUCKET, name, urn: urnFor(BUCKET, name), props });

    it("drop findings on a resource with an allowed tag, and refuse a not-allowed one on that resource", () => {
        const allowed = runStack(stackProbe, [bucket("a", tagged(GOOD)), bucket("b", {})], allow);
        assert.deepStrictEqual(allowed.urns, [urnFor(BUCKET, "b")]);
        const refused = runStack(stackProbe, [bucket("a", tagged(GOOD)), bucket("b", {})]);
        assert.strictEqual(refused.violations.length, 3);
        assert.match(refused.violations[0], /does not accept exemptions from tags/);
        assert.strictEqual(refused.urns[0], urnFor(BUCKET, "a"));
    });

    it("report an expired tag once, on its resource", () => {
        const r = runStack(stackProbe, [bucket("a", tagged(GOOD.replace("2099", "2020")))], allow);
        assert.strictEqual(r.violations.filter((m) => /expired on 2020-01-31/.test(m)).length, 1);
    });
});
