// The generated policy docs must match the catalog: a stale page fails here.

import * as assert from "assert";
import * as path from "path";
import { generatedFiles, staleFiles } from "../../scripts/generate-docs";
import { catalog } from "../../policies/catalog";

describe("docs: generated policy pages", () => {
    it("has one page per catalog policy and an index", () => {
        const files = [...generatedFiles().keys()].map((f) => path.basename(f));
        for (const p of catalog) assert.ok(files.includes(`${p.name}.md`), p.name);
        assert.ok(files.includes("README.md"));
    });

    it("are up to date (run `npm run generate:docs`)", () => {
        assert.deepStrictEqual(
            staleFiles().map((f) => path.relative(process.cwd(), f)),
            [],
        );
    });
});
