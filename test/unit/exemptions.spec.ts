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

describe("exemptions: entries that cannot be used", () => {
    const run = (name: string, e: object) => runResource(resourceProbe, { type: BUCKET, name, props: {}, config: exemptions(e) });
    const unused = (r: ReturnType<typeof run>, why: RegExp) => {
        assert.strictEqual(r.notApplicable, undefined, "not applied");
        assert.strictEqual(r.violations.length, 2, r.violations.join("\n"));
        assert.match(r.violations[0], /^The exemption for this resource in the policy config is not used: /);
        assert.match(r.violations[0], why);
        assert.match(r.violations[1], /The bucket is checked\./, "the policy applies");
    };

    it("are reported on the resource they name, and the policy applies: impossible dates", () => {
        for (const expires of ["2026-02-30", "9999-99-99", "2025-13-01", "2026-04-31", "2026-2-3", "tomorrow", 20270101])
            unused(run("legacy-data", { resource: "legacy-*", reason: "migrating", expires }), /`expires` is not a real date/);
        assert.strictEqual(run("legacy-data", { resource: "legacy-*", reason: "leap day", expires: "2096-02-29" }).violations.length, 0);
    });

    it("a blank reason or approver", () => {
        for (const reason of ["", " ", "\t\n"]) unused(run("legacy-data", { resource: "legacy-*", reason }), /`reason` is blank/);
        unused(run("legacy-data", { resource: "legacy-*", reason: "why", approvedBy: " " }), /`approvedBy` is blank/);
    });

    it("one that matches every resource, unless someone approved it", () => {
        const urnWide = `urn:pulumi:dev::test::*`;
        for (const resource of ["*", "**", "*?*", "?*", "urn:*", "urn:pulumi:*", urnWide, "*::*"])
            unused(run("data", { resource, reason: "too noisy" }), /matches every resource, which needs an `approvedBy`/);
        for (const resource of ["legacy-*", `urn:pulumi:dev::test::${BUCKET}::*`, "?", "data"])
            assert.strictEqual(
                run("data", { resource, reason: "r" }).violations.length,
                resource === "legacy-*" || resource === "?" ? 1 : 0,
                resource,
            );
        const approved = run("data", { resource: "*", reason: "sandbox account", approvedBy: "ciso@example.org" });
        assert.deepStrictEqual(approved.violations, []);
        assert.match(approved.notApplicable ?? "", /approved by ciso@example\.org: sandbox account/);
    });

    it("in stack policies too: reported on each resource, which is then checked", () => {
        const r = runStack(
            stackProbe,
            [
                { type: BUCKET, name: "a", props: {} },
                { type: BUCKET, name: "b", props: {} },
            ],
            exemptions({ resource: "*", reason: "x" }),
        );
        assert.strictEqual(r.violations.filter((v) => /matches every resource/.test(v)).length, 2);
        assert.strictEqual(r.violations.filter((v) => /is checked/.test(v)).length, 2);
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

    it("rejects a malformed date, a blank reason and unknown fields", () => {
        assert.ok(!validate([{ resource: "a", reason: "b", expires: "tomorrow" }]));
        assert.ok(!validate([{ resource: "a", reason: "b", expires: "9999-99-99" }]));
        assert.ok(!validate([{ resource: "a", reason: "   " }]));
        assert.ok(!validate([{ resource: "a", reason: "b", approvedBy: "" }]));
        assert.ok(!validate([{ resource: "a", reason: "b", owner: "me" }]));
    });
});
