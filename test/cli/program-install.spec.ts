// The `sagemaker-guard` command installed into another project, as users install it.

import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { ROOT, FIX, run, findings, tempDir, linkPackages, assertNotebook } from "./program";

describe("cli: the command run from another project", function () {
    let project: string;
    // A copy of the checkout: installing a directory runs its `prepare`, which rebuilds dist/, and the
    // other spec files, run alongside (mocha --parallel), read this checkout's dist/ meanwhile.
    let checkout: string;
    before(() => {
        checkout = tempDir("sg-checkout-");
        const skip = new Set([path.join(ROOT, "node_modules"), path.join(ROOT, ".git")]);
        fs.cpSync(ROOT, checkout, { recursive: true, filter: (src) => !skip.has(src) });
        fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(checkout, "node_modules"), "dir");
        project = tempDir("sg-consumer-");
        fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
        fs.cpSync(path.join(FIX, "shapes", "cjs-ts"), path.join(project, "infra"), { recursive: true });
    });
    after(() => {
        for (const dir of [checkout, project]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });
    const linkProgramDeps = () => linkPackages(path.join(project, "infra"), ["@pulumi/pulumi", "@pulumi/aws", "typescript"]);

    it("npx --package <checkout> sagemaker-guard scan …", () => {
        linkProgramDeps();
        const r = run(
            "npx",
            ["--offline", "--yes", "--package", checkout, "sagemaker-guard", "scan", "--program", "infra", "--format", "json"],
            {
                cwd: project,
            },
        );
        assert.strictEqual(r.code, 1, r.stderr);
        assertNotebook(findings(r.stdout), "cjs-notebook");
    });

    it("npm install --save-dev <checkout>, then npx sagemaker-guard scan …", () => {
        const install = run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--save-dev", checkout], { cwd: project });
        assert.strictEqual(install.code, 0, install.stderr);
        linkProgramDeps();
        const r = run("npx", ["sagemaker-guard", "scan", "--program", "infra", "--format", "json"], { cwd: project });
        assert.strictEqual(r.code, 1, r.stderr);
        assertNotebook(findings(r.stdout), "cjs-notebook");
    });
});
