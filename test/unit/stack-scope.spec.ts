// Stack tags as scope (policies/core/stack-scope.ts): with `phiStackTag` set, a strict policy (one the
// framework's profile raises from advisory to mandatory) keeps its configured level on stacks with the
// tag and reports at its baseline level (advisory) elsewhere; every finding says which applied.

import * as assert from "assert";
import { catalog } from "../../policies/catalog";
import { raisedBy } from "../../policies/core/framework-choice";
import { own, PROFILE_FRAMEWORKS } from "../../policies/core/frameworks";
import { GuardPolicy, resourcePolicy, stackPolicy } from "../../policies/core/policy";
import { runResource, runStack, urnFor } from "../harness";

const BUCKET = "aws:s3/bucket:Bucket";
const meta = (level: "advisory" | "mandatory") => ({
    description: "Buckets must be named.",
    severity: "low" as const,
    enforcementLevel: level,
    practice: "compliance" as const,
    controls: { hipaa: { ids: ["164.312(b)"], source: own("A synthetic policy for the scope tests, not part of the pack.") } },
    fix: "name the bucket",
    remediationSteps: "```typescript\n```",
});
const probe = (level: "advisory" | "mandatory"): GuardPolicy =>
    resourcePolicy({
        ...meta(level),
        name: `s3-bucket-${level}-probe`,
        resources: { [BUCKET]: {} },
        check: (_r, report) => report("The bucket is checked."),
    });
const strictProbe = probe("advisory"); // HIPAA raises it to mandatory: strict
const baselineMandatory = probe("mandatory"); // mandatory anyway: not strict

const PHI = { phiStackTag: { "data-classification": "phi" } };
const run = (p: GuardPolicy, config: Record<string, unknown>, stackTags: Record<string, string>) =>
    runResource(p, { type: BUCKET, name: "b", props: {}, config, stackTags });

describe("stack scope (phiStackTag)", () => {
    it("not set: every stack gets the configured level, and findings are as before", () => {
        const r = run(strictProbe, {}, {});
        assert.deepStrictEqual(r.levels, [undefined]);
        assert.doesNotMatch(r.violations[0], /Scope:/);
    });

    it("a stack with the tag: the configured level, and the finding says the strict level applied", () => {
        const r = run(strictProbe, PHI, { "data-classification": "phi", "pulumi:project": "x" });
        assert.deepStrictEqual(r.levels, [undefined]);
        assert.match(r.violations[0], /\nScope: strict level \(this stack has the stack tag data-classification=phi, phiStackTag\)\.$/);
    });

    it("a stack without it (or with another value): a strict policy reports at its baseline level, and says so", () => {
        const stacks: Record<string, string>[] = [{}, { "data-classification": "internal" }, { "Data-Classification": "phi" }];
        for (const tags of stacks) {
            const r = run(strictProbe, PHI, tags);
            assert.deepStrictEqual(r.levels, ["advisory"], JSON.stringify(tags));
            assert.match(
                r.violations[0],
                /^The bucket is checked\.\nFix: [^]*\nScope: baseline level \(this stack lacks the stack tag data-classification=phi, phiStackTag\)\.$/,
            );
        }
    });

    it("a policy that is not strict keeps its level on every stack, and still says which scope applied", () => {
        const r = run(baselineMandatory, PHI, {});
        assert.deepStrictEqual(r.levels, [undefined]);
        assert.match(r.violations[0], /Scope: baseline level/);
    });

    it("every listed tag must match", () => {
        const two = { phiStackTag: { "data-classification": "phi", env: "prod" } };
        assert.deepStrictEqual(run(strictProbe, two, { "data-classification": "phi" }).levels, ["advisory"]);
        assert.deepStrictEqual(run(strictProbe, two, { "data-classification": "phi", env: "prod" }).levels, [undefined]);
    });

    it("stack policies: the same, with the finding's resource kept", () => {
        const sp = stackPolicy({
            ...meta("advisory"),
            name: "stack-bucket-probe",
            stackCheck: (stack, report) => stack.resources.forEach((r) => report("Checked.", r.urn)),
        });
        const res = [{ type: BUCKET, name: "b", urn: urnFor(BUCKET, "b"), props: {} }];
        const out = runStack(sp, res, PHI, {});
        assert.deepStrictEqual(out.levels, ["advisory"]);
        assert.deepStrictEqual(out.urns, [urnFor(BUCKET, "b")]);
        assert.deepStrictEqual(runStack(sp, res, PHI, { "data-classification": "phi" }).levels, [undefined]);
    });

    it("the strict set is the policies the HIPAA profile raises (none mandatory by default)", () => {
        const strict = catalog.filter((p) => raisedBy(p, "hipaa"));
        assert.ok(strict.length > 0);
        for (const p of strict) assert.strictEqual(p.enforcementLevel, "advisory", p.name);
    });
});

describe("docs/organisations.md holds the catalog's figures", () => {
    const doc = require("fs").readFileSync(require("path").join(__dirname, "../../docs/organisations.md"), "utf8") as string;

    it("lists exactly the strict policies for HIPAA", () => {
        const m = /<!-- strict-policies:hipaa -->\n([^]*?)\n<!-- \/strict-policies:hipaa -->/.exec(doc);
        assert.ok(m, "the marked list");
        const listed = [...m![1].matchAll(/`([a-z0-9-]+)`/g)].map((x) => x[1]).sort();
        assert.deepStrictEqual(
            listed,
            catalog
                .filter((p) => raisedBy(p, "hipaa"))
                .map((p) => p.name)
                .sort(),
        );
    });

    it("gives, per framework id, the policies mapped and the policies raised", () => {
        for (const fw of PROFILE_FRAMEWORKS) {
            const mapped = catalog.filter((p) => (p.controls[fw]?.ids.length ?? 0) > 0).length;
            const raised = catalog.filter((p) => raisedBy(p, fw)).length;
            assert.match(doc, new RegExp(`\\| \`${fw}\` \\| [^|]+ \\| ${mapped} \\| ${raised} \\|`), fw);
        }
    });
});
