// What `pulumi policy publish` uploads is what `npm pack` packs; an enforced install extracts it, runs
// npm install and starts the pack, which type-checks index.ts and everything it imports with ts-node.
// These tests hold the tarball to that, and hold the policy names (what configs, exemptions and Pulumi
// Cloud refer to) stable: a rename is a deliberate, changelogged change.

import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { catalog } from "../../policies/catalog";

const ROOT = path.resolve(__dirname, "../..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
    name: string;
    version: string;
    main?: string;
    bin?: string | Record<string, string>;
    scripts?: Record<string, string>;
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
};

function walk(dir: string, out: string[] = []): string[] {
    for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
        const rel = `${dir}/${e.name}`;
        if (e.isDirectory()) walk(rel, out);
        else out.push(rel);
    }
    return out;
}

const IMPORT =
    /(?:import|export)\s[^"';]*?from\s*["']([^"']+)["']|import\s*["']([^"']+)["']|require\(\s*["']([^"']+)["']\s*\)|import\(\s*["']([^"']+)["']\s*\)/g;

/** index.ts and every file it reaches through relative imports; and the packages imported on the way. */
function importGraph(entry: string): { files: Set<string>; packages: Map<string, string> } {
    const files = new Set<string>();
    const packages = new Map<string, string>();
    const todo = [entry];
    while (todo.length) {
        const file = todo.pop()!;
        if (files.has(file)) continue;
        files.add(file);
        const src = fs.readFileSync(path.join(ROOT, file), "utf8").replace(/^\s*\/\/.*$/gm, "");
        for (const m of src.matchAll(IMPORT)) {
            const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
            if (spec.startsWith(".")) {
                const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
                const hit = [`${base}.ts`, `${base}/index.ts`, base].find((c) => fs.existsSync(path.join(ROOT, c)) && c.endsWith(".ts"));
                assert.ok(hit, `${file}: cannot resolve ${spec}`);
                todo.push(hit!);
            } else if (!spec.startsWith("node:")) {
                const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
                if (!packages.has(name)) packages.set(name, file);
            }
        }
    }
    return { files, packages };
}

const NODE_BUILTINS = new Set(require("module").builtinModules as string[]);

describe("publishing", function () {
    this.timeout(120_000);
    let packed: string[];

    before(() => {
        const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
            cwd: ROOT,
            encoding: "utf8",
            stdio: ["ignore", "pipe", "pipe"],
        });
        const json = JSON.parse(out.slice(out.indexOf("["))) as { name: string; version: string; files: { path: string }[] }[];
        assert.strictEqual(json[0].name, "sagemaker-guard");
        packed = json[0].files.map((f) => f.path).sort();
    });

    it("packs what `pulumi policy publish` and an enforced install need", () => {
        for (const f of ["PulumiPolicy.yaml", "index.ts", "package.json", "tsconfig.json", "README.md", "CHANGELOG.md"])
            assert.ok(packed.includes(f), `${f} is not in the npm pack output`);
        const missing = walk("policies").filter((f) => f.endsWith(".ts") && !packed.includes(f));
        assert.deepStrictEqual(missing, [], "every policies/**/*.ts is packed");
    });

    it("packs the sagemaker-guard command and the profiles, so `npx sagemaker-guard` and `--config <profile>` work from the package", () => {
        const bins = Object.values(typeof pkg.bin === "string" ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {})).map((b) =>
            path.posix.normalize(b),
        );
        for (const f of [...bins, "cli/main.ts", "cli/analyzer.ts"]) assert.ok(packed.includes(f), `${f} is not packed`);
        const missingCli = walk("cli").filter((f) => f.endsWith(".ts") && !packed.includes(f));
        assert.deepStrictEqual(missingCli, [], "every cli/**/*.ts is packed");
        assert.ok(
            packed.some((f) => f.startsWith("profiles/") && f.endsWith(".json")),
            "profiles are packed",
        );
    });

    it("packs no tests, benchmarks, tooling, examples or dependencies", () => {
        const extra = packed.filter((f) => /^(test|bench|scripts|examples|node_modules|\.ci)\//.test(f) || f.endsWith(".tgz"));
        assert.deepStrictEqual(extra, []);
    });

    it("packs every file index.ts imports, and index.ts reaches no test or cli code", () => {
        const { files } = importGraph("index.ts");
        const outside = [...files].filter((f) => !packed.includes(f));
        assert.deepStrictEqual(outside, [], "imported by the pack but not packed");
        assert.deepStrictEqual(
            [...files].filter((f) => /^(test|cli|bench|scripts)\//.test(f)),
            [],
        );
    });

    it("imports at run time only packages an install provides (dependencies, not devDependencies)", () => {
        const { packages } = importGraph("index.ts");
        const deps = pkg.dependencies ?? {};
        const wrong = [...packages].filter(([name]) => !NODE_BUILTINS.has(name) && !(name in deps)).map(([n, f]) => `${n} (from ${f})`);
        assert.deepStrictEqual(wrong, []);
        for (const d of ["@pulumi/policy", "@pulumi/pulumi", "typescript", "ts-node"]) assert.ok(d in deps, `${d} is a dependency`);
    });

    it("has a semantic version, an entry point and a nodejs PulumiPolicy.yaml", () => {
        assert.match(pkg.version, /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/);
        // The loader requires the compiled pack (built by `prepare`, so `npm ci` and `npm pack` build it).
        assert.strictEqual(pkg.main, "dist/index.js");
        assert.ok(packed.includes("dist/index.js"), "the compiled entry point is packed");
        const uncompiled = walk("policies").filter((f) => f.endsWith(".ts") && !packed.includes(`dist/${f.replace(/\.ts$/, ".js")}`));
        assert.deepStrictEqual(uncompiled, [], "every policy is packed compiled");
        assert.match(pkg.scripts?.prepare ?? "", /build:pack/);
        assert.match(fs.readFileSync(path.join(ROOT, "PulumiPolicy.yaml"), "utf8"), /^runtime:\s*nodejs\s*$/m);
        assert.match(pkg.name, /^[a-zA-Z0-9-_.]{1,100}$/);
    });

    it("has a changelog section for the package version (or Unreleased) and states the versioning policy", () => {
        const log = fs.readFileSync(path.join(ROOT, "CHANGELOG.md"), "utf8");
        const escaped = pkg.version.replace(/\./g, "\\.");
        assert.match(log, new RegExp(`^## \\[?(${escaped}|Unreleased)\\]?`, "m"));
        assert.match(log, /Semantic Versioning/i);
    });

    it("the README's count of policies is the catalog's, and its groups add up to it", () => {
        const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
        const m =
            /^(\d+) policies: (\d+) SageMaker[^,]*, (\d+) Bedrock[^,]*, (\d+) IAM\s+and KMS, (\d+) network, logging and storage[\s\S]*?, (\d+) that keep/m.exec(
                readme,
            );
        assert.ok(m, "README: the sentence that counts the policies");
        const [total, ...groups] = m.slice(1).map(Number);
        assert.strictEqual(total, catalog.length, "README: the number of policies");
        // The groups above, and the two policies that say what was not judged.
        assert.strictEqual(groups.reduce((a, b) => a + b, 0) + 2, total, "README: the groups add up to the total");
    });
});

describe("policy names are stable", () => {
    const held = JSON.parse(fs.readFileSync(path.join(ROOT, "test/policy-names.json"), "utf8")) as string[];
    const names = catalog.map((p) => p.name);
    const changelog = fs.readFileSync(path.join(ROOT, "CHANGELOG.md"), "utf8");

    it("the held list is sorted and has no duplicates", () => {
        assert.deepStrictEqual(held, [...new Set(held)].sort());
    });

    it("no held policy name has disappeared from the catalog", () => {
        const gone = held.filter((n) => !names.includes(n));
        assert.deepStrictEqual(
            gone,
            [],
            `policies renamed or removed: ${gone.join(", ")}. Configs, exemptions and Pulumi Cloud refer to policies by name, so ` +
                "this is a breaking change: if it is deliberate, record it under a new major version in CHANGELOG.md " +
                "(with the old and new name) and remove the name from test/policy-names.json.",
        );
    });

    it("every catalog policy is in the held list (a new policy is added deliberately)", () => {
        const added = names.filter((n) => !held.includes(n));
        assert.deepStrictEqual(
            added,
            [],
            `new policies: ${added.join(", ")}. Add them to test/policy-names.json (sorted) and list them in CHANGELOG.md ` +
                "(a new policy is a minor version).",
        );
    });

    it("every held policy is listed in CHANGELOG.md", () => {
        const unlisted = held.filter((n) => !changelog.includes(`\`${n}\``));
        assert.deepStrictEqual(unlisted, [], `add these policies to CHANGELOG.md: ${unlisted.join(", ")}`);
    });
});
