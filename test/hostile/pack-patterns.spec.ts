// Hostile patterns through the real pack over the analyzer protocol (cli/analyzer): IAM actions,
// organisation regexes and exemption globs that made the backtracking RegExp run for minutes.
// Each case checks the result against a benign equivalent or a positive control, so a matcher that
// "fixes" time by matching nothing fails. That the matchers do linear work is counted in-process
// (test/unit/patterns.spec.ts); here each call has only a hang guard.

import * as assert from "assert";
import { AnalyzeResult, PACK_DIR, PackProcess, PolicyPackConfigFile, ResourceInput, urnOf } from "../../cli/analyzer";

/** A hang guard per call, over 100 times a quiet machine's time; before the fix these took from 5 s to hours. */
const HANG_GUARD_MS = 60_000;

const ROLE = "aws:iam/role:Role";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const NOTEBOOK = "aws:sagemaker/notebookInstance:NotebookInstance";

const sagemakerTrust = JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Service: "sagemaker.amazonaws.com" }, Action: "sts:AssumeRole" }],
});

/** A SageMaker execution role with one inline policy statement. */
function roleStack(action: string | string[], resource = "arn:aws:s3:::training/*"): ResourceInput[] {
    const role = urnOf(ROLE, "sm-exec");
    return [
        { type: ROLE, name: "sm-exec", properties: { assumeRolePolicy: sagemakerTrust } },
        {
            type: ROLE_POLICY,
            name: "sm-exec-inline",
            properties: {
                role: "sm-exec",
                policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: action, Resource: resource }] }),
            },
            dependencies: [role],
            propertyDependencies: { role: [role] },
        },
    ];
}

const notebook = (name: string, tags: Record<string, string> = {}): ResourceInput => ({
    type: NOTEBOOK,
    name,
    properties: { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::111122223333:role/nb", tags },
});

const summary = (r: AnalyzeResult) => r.diagnostics.map((d) => `${d.policyName} ${d.urn} ${d.message.split("\n")[0]}`).sort();
const policies = (r: AnalyzeResult) => [...new Set(r.diagnostics.map((d) => d.policyName))].sort();

async function guarded<T>(what: string, f: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: no answer in ${HANG_GUARD_MS} ms`)), HANG_GUARD_MS);
    });
    try {
        return await Promise.race([f(), hang]);
    } finally {
        clearTimeout(timer);
    }
}

describe("hostile (pack): user patterns run in linear time", function () {
    let pack: PackProcess;

    before(async () => {
        pack = await PackProcess.start(PACK_DIR);
        await pack.configureStack({});
        await pack.getAnalyzerInfo();
    });
    after(async () => pack?.close());

    const configure = (file: PolicyPackConfigFile = {}) => pack.configure(file);

    describe("IAM actions: a run of `*` then another character (AnalyzeStack)", () => {
        before(() => configure());

        it("gives what a non-wildcard action gives, at 26, 40 and 1000 stars", async () => {
            const benign = summary(await pack.analyzeStack(roleStack("!")));
            for (const n of [26, 40, 1000]) {
                const r = await guarded(`${n} stars`, () => pack.analyzeStack(roleStack("*".repeat(n) + "!")));
                assert.deepStrictEqual(summary(r), benign, `${n} stars`);
            }
        });

        it("still matches what the stars cover: `****PassRole` on every role is iam:PassRole on *", async () => {
            const scoped = policies(await pack.analyzeStack(roleStack("iam:PassRole", "arn:aws:iam::111122223333:role/x")));
            const r = await guarded("stars + PassRole", () => pack.analyzeStack(roleStack("*".repeat(1000) + "PassRole", "*")));
            assert.ok(policies(r).includes("iam-workload-role-passrole-scoped"), policies(r).join());
            assert.ok(!scoped.includes("iam-workload-role-passrole-scoped"));
            const all = await guarded("all stars", () => pack.analyzeStack(roleStack("*".repeat(1000), "*")));
            assert.ok(policies(all).includes("iam-workload-role-least-privilege"), policies(all).join());
        });
    });

    describe("organisation regexes with overlapping alternations (hygiene-no-phi extraPatterns)", () => {
        const PATTERNS = ["(\\d|\\w)+!", "(\\d|\\d)+x", "(\\w|[0-9])+!"];

        before(() => configure({ "hygiene-no-phi": { extraPatterns: PATTERNS.map((regex, i) => ({ name: `org-${i}`, regex })) } }));

        it("do not match 40 digits, quickly", async () => {
            const r = await guarded("40 digits", () => pack.analyze(notebook("nb", { Cohort: "1".repeat(40) })));
            assert.ok(!policies(r).includes("hygiene-no-phi"), summary(r).join("\n"));
            assert.ok(policies(r).includes("sagemaker-notebook-in-vpc"), "the other policies still run");
        });

        it("match where they should, by name", async () => {
            const r = await guarded("40 digits and !", () => pack.analyze(notebook("nb", { Cohort: "1".repeat(40) + "!" })));
            const phi = r.diagnostics.filter((d) => d.policyName === "hygiene-no-phi");
            assert.strictEqual(phi.length, 1, summary(r).join("\n"));
            assert.match(phi[0].message, /organisation pattern `org-0`/);
            assert.match(phi[0].message, /organisation pattern `org-2`/);
            assert.doesNotMatch(phi[0].message, /org-1/);
        });

        it("on a 64 KiB value stay within the bound", async () => {
            const r = await guarded("64 KiB", () => pack.analyze(notebook("nb", { Cohort: "1".repeat(64 * 1024) })));
            assert.ok(!policies(r).includes("hygiene-no-phi"));
        });

        it("that RE2 cannot run are a config error naming the entry, never a crash", async () => {
            await configure({ "hygiene-no-phi": { extraPatterns: [{ name: "ahead", regex: "MRN(?=\\d)" }] } });
            const r = await guarded("bad pattern", () => pack.analyze(notebook("nb", { Cohort: "1".repeat(40) })));
            const phi = r.diagnostics.filter((d) => d.policyName === "hygiene-no-phi");
            assert.strictEqual(phi.length, 1);
            assert.match(phi[0].message, /extraPatterns\[0\]\.regex uses a lookahead/);
        });
    });

    describe("exemption globs", () => {
        const GLOB = "*".repeat(8) + "!";

        before(() => configure({ "sagemaker-notebook-in-vpc": { exemptions: [{ resource: GLOB, reason: "hostile glob" }] } }));

        it("eight `*` then `!` on three resources: no match, quickly", async () => {
            for (let i = 0; i < 3; i++) {
                const r = await guarded(`resource ${i}`, () => pack.analyze(notebook(`research-notebook-${"a".repeat(40)}-${i}`)));
                assert.ok(policies(r).includes("sagemaker-notebook-in-vpc"), `resource ${i} is not exempt`);
            }
        });

        it("and a match where the glob fits", async () => {
            const r = await guarded("matching name", () => pack.analyze(notebook("research!")));
            assert.ok(!policies(r).includes("sagemaker-notebook-in-vpc"));
            assert.ok(r.notApplicable.some((n) => n.policyName === "sagemaker-notebook-in-vpc" && /hostile glob/.test(n.reason)));
        });
    });
});
