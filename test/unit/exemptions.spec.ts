// Exemptions through the policy wrapper, for resource and stack policies, and the schema that
// rejects an exemption without a reason (validated with ajv, as the engine validates config).

import Ajv from "ajv";
import * as assert from "assert";
import { exemptionSchema } from "../../policies/core/exemptions";
import { own } from "../../policies/core/frameworks";
import { GuardPolicy, resourcePolicy, stackPolicy } from "../../policies/core/policy";
import { runResource, runStack } from "../harness";

const BUCKET = "aws:s3/bucket:Bucket";

const meta = {
    description: "Buckets must be named.",
    severity: "low" as const,
    enforcementLevel: "advisory" as const,
    practice: "compliance" as const,
    controls: { hipaa: { ids: ["164.312(b)"], source: own("A synthetic policy for the exemption tests, not part of the pack.") } },
    fix: "name the bucket",
    remediationSteps: "```typescript\n```",
};

const resourceProbe: GuardPolicy = resourcePolicy({
    ...meta,
    name: "s3-bucket-probe",
    resources: { [BUCKET]: {} },
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

const exemptions = (...e: object[]) => ({ exemptions: e });

describe("exemptions: resource policies", () => {
    it("report an exempted resource as not applicable with the reason, expiry and approver", () => {
        const r = runResource(resourceProbe, {
            type: BUCKET,
            name: "legacy-data",
            props: {},
            config: exemptions({ resource: "legacy-*", reason: "migrating in Q3", expires: "2099-01-31", approvedBy: "ciso@example.org" }),
        });
        assert.deepStrictEqual(r.violations, []);
        assert.strictEqual(r.notApplicable, "exempted until 2099-01-31, approved by ciso@example.org: migrating in Q3");
    });

    it("match the URN as well as the name", () => {
        const r = runResource(resourceProbe, {
            type: BUCKET,
            name: "data",
            props: {},
            config: exemptions({ resource: `urn:pulumi:dev::test::${BUCKET}::*`, reason: "whole dev stack" }),
        });
        assert.match(r.notApplicable ?? "", /^exempted: whole dev stack$/);
    });

    it("report an expired exemption as a violation naming the date, and check the resource again", () => {
        const r = runResource(resourceProbe, {
            type: BUCKET,
            name: "legacy-data",
            props: {},
            config: exemptions({ resource: "legacy-*", reason: "old", expires: "2020-02-29" }),
        });
        assert.strictEqual(r.violations.length, 2);
        assert.match(r.violations[0], /expired on 2020-02-29/);
        assert.match(r.violations[1], /The bucket is checked\./);
    });

    it("leave other resources alone", () => {
        const r = runResource(resourceProbe, {
            type: BUCKET,
            name: "data",
            props: {},
            config: exemptions({ resource: "legacy-*", reason: "x" }),
        });
        assert.strictEqual(r.violations.length, 1);
        assert.strictEqual(r.notApplicable, undefined);
    });
});

describe("exemptions: stack policies", () => {
    const resources = [
        { type: BUCKET, name: "legacy-data", props: {} },
        { type: BUCKET, name: "data", props: {} },
    ];

    it("leave an exempted resource out of the stack check", () => {
        const r = runStack(stackProbe, resources, exemptions({ resource: "legacy-*", reason: "migrating" }));
        assert.deepStrictEqual(
            r.violations.map((v) => v.split("\n")[0]),
            ["Bucket data is checked."],
        );
    });

    it("report an expired exemption on that resource, naming the date, and check it again", () => {
        const r = runStack(stackProbe, resources, exemptions({ resource: "legacy-*", reason: "old", expires: "2021-12-31" }));
        const expired = r.violations.findIndex((v) => /expired on 2021-12-31/.test(v));
        assert.ok(expired >= 0, r.violations.join("\n"));
        assert.strictEqual(r.urns[expired], `urn:pulumi:dev::test::${BUCKET}::legacy-data`);
        assert.ok(r.violations.some((v) => v.startsWith("Bucket legacy-data is checked.")));
    });
});

describe("exemptions: schema", () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(exemptionSchema);

    it("accepts resource + reason, with an optional expiry date and approver", () => {
        assert.ok(validate([{ resource: "a-*", reason: "why" }]));
        assert.ok(validate([{ resource: "a", reason: "why", expires: "2027-01-01", approvedBy: "me" }]));
        assert.ok(validate([]));
    });

    it("rejects an exemption without a reason", () => {
        assert.ok(!validate([{ resource: "a-*" }]));
        assert.ok(validate.errors!.some((e) => e.keyword === "required" && /reason/.test(e.message ?? "")));
        assert.ok(!validate([{ resource: "a", reason: "" }]));
    });

    it("rejects a malformed date and unknown fields", () => {
        assert.ok(!validate([{ resource: "a", reason: "b", expires: "tomorrow" }]));
        assert.ok(!validate([{ resource: "a", reason: "b", owner: "me" }]));
    });
});
