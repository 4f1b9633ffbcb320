// End-to-end: the organisation's knobs through the REAL Pulumi CLI (`pulumi preview --policy-pack`
// with `--policy-pack-config`): an exemption declared in a resource's `sagemaker-guard:exempt` tag, and
// stack tags (`pulumi stack tag set`) as the scope of the strict policies. Runs where the harness
// finds a CLI with the YAML language host (see harness.ts).

import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { E2EWorkspace, findToolchain, PROGRAMS_DIR, Toolchain, violationLines } from "./harness";

const PROGRAM = path.join(PROGRAMS_DIR, "yaml-org-knobs-notebook");
const NOTEBOOK = { type: "aws:sagemaker/notebookInstance:NotebookInstance", name: "notebook" };
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const describeRun = (r: { code: number; output: string }) => `exit code ${r.code}; CLI output:\n${r.output}`;

describe("e2e: the organisation's knobs through the real CLI", function () {
    let tc: Toolchain;
    let ws: E2EWorkspace;

    before(function () {
        const found = findToolchain();
        if ("skip" in found || !found.hasYamlHost) {
            console.warn(`\nE2E SKIPPED (org knobs): ${"skip" in found ? found.skip : "no pulumi-language-yaml"}\n`);
            this.skip();
        }
        tc = found as Toolchain;
        ws = new E2EWorkspace(tc);
        ws.login();
    });
    after(() => ws?.cleanup());

    function program(stack: string, expires: string): string {
        const dir = ws.prepareProgram(PROGRAM, { stack });
        const file = path.join(dir, "Pulumi.yaml");
        fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("expires=EXPIRES", `expires=${expires}`));
        return dir;
    }

    function config(name: string, body: Record<string, unknown>): string {
        const file = path.join(ws.root, `${name}.json`);
        fs.writeFileSync(file, JSON.stringify(body, null, 2));
        return file;
    }

    it("a tag-declared exemption: honoured where the config allows it, refused with a finding where it does not", () => {
        const dir = program("tag-exempt", inDays(30));
        const allowed = ws.preview(dir, {
            policyPackConfig: config("allow", {
                "sagemaker-notebook-no-root-access": { enforcementLevel: "mandatory", allowTagExemptions: true },
            }),
        });
        fs.writeFileSync(path.join(ws.root, "preview-tag-exempt.txt"), allowed.output);
        assert.deepStrictEqual(
            violationLines(allowed.output, "mandatory", "sagemaker-notebook-no-root-access", NOTEBOOK),
            [],
            describeRun(allowed),
        );
        assert.deepStrictEqual(
            allowed.policyEvents.filter((e) => e.policyName === "sagemaker-notebook-no-root-access"),
            [],
            "no policy event for the exempted policy",
        );
        assert.strictEqual(allowed.code, 0, describeRun(allowed));
        // The engine's per-resource summary: the exempted policy is neither passed nor failed (not applicable).
        const summary = allowed.events
            .map((e) => e.policyAnalyzeSummaryEvent as { resourceUrn: string; passed?: string[]; failed?: string[] } | undefined)
            .find((e) => e?.resourceUrn.endsWith("::notebook"));
        assert.ok(summary, "a policyAnalyzeSummaryEvent for the notebook");
        assert.ok(!(summary!.passed ?? []).includes("sagemaker-notebook-no-root-access"), "not counted as passed");
        assert.ok(!(summary!.failed ?? []).includes("sagemaker-notebook-no-root-access"), "not counted as failed");
        assert.ok((summary!.passed ?? []).includes("sagemaker-notebook-in-vpc"), "the other notebook policies ran");

        const refused = ws.preview(dir, {
            policyPackConfig: config("deny", { "sagemaker-notebook-no-root-access": { enforcementLevel: "mandatory" } }),
        });
        // the refusal, and the policy's own finding on the resource it then checks
        assert.strictEqual(
            violationLines(refused.output, "mandatory", "sagemaker-notebook-no-root-access", NOTEBOOK).length,
            2,
            describeRun(refused),
        );
        assert.match(
            refused.output,
            /sagemaker-guard:exempt` tag is not used for this policy: this policy does not accept exemptions from tags/,
        );
        assert.notStrictEqual(refused.code, 0);
    });

    it("an expired tag is a mandatory violation again", () => {
        const dir = program("tag-expired", inDays(-1));
        const r = ws.preview(dir, {
            policyPackConfig: config("allow-expired", {
                "sagemaker-notebook-no-root-access": { enforcementLevel: "mandatory", allowTagExemptions: true },
            }),
        });
        assert.match(r.output, new RegExp(`tag expired on ${inDays(-1)}; the policy applies again`), describeRun(r));
        assert.notStrictEqual(r.code, 0);
    });

    it("stack tags as scope: the strict policy is mandatory on the tagged stack, advisory on the other, and says which", () => {
        const cfg = config("scope", {
            "sagemaker-notebook-imdsv2": { enforcementLevel: "mandatory", phiStackTag: { "data-classification": "phi" } },
            "sagemaker-notebook-no-root-access": { enforcementLevel: "mandatory", allowTagExemptions: true },
        });
        const phi = program("phi", inDays(30));
        ws.mustRun(["stack", "tag", "set", "data-classification", "phi"], phi);
        const tagged = ws.preview(phi, { policyPackConfig: cfg });
        assert.strictEqual(
            violationLines(tagged.output, "mandatory", "sagemaker-notebook-imdsv2", NOTEBOOK).length,
            1,
            describeRun(tagged),
        );
        assert.match(tagged.output, /Scope: strict level \(this stack has the stack tag data-classification=phi, phiStackTag\)/);
        assert.notStrictEqual(tagged.code, 0);

        const other = program("internal", inDays(30));
        ws.mustRun(["stack", "tag", "set", "data-classification", "internal"], other);
        const untagged = ws.preview(other, { policyPackConfig: cfg });
        assert.deepStrictEqual(
            violationLines(untagged.output, "mandatory", "sagemaker-notebook-imdsv2", NOTEBOOK),
            [],
            describeRun(untagged),
        );
        assert.strictEqual(
            violationLines(untagged.output, "advisory", "sagemaker-notebook-imdsv2", NOTEBOOK).length,
            1,
            describeRun(untagged),
        );
        assert.match(untagged.output, /Scope: baseline level \(this stack lacks the stack tag data-classification=phi, phiStackTag\)/);
        assert.strictEqual(untagged.code, 0, describeRun(untagged));
    });
});
