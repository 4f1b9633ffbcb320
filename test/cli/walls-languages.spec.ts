// `sagemaker-guard scan` on programs in other languages and SST apps, and the list of what was scanned
// with the inputs unknown at preview (issue 30).

import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { ROOT, WALLS, cli, tempDir, oneLine, JsonReport } from "./walls";

describe("cli walls: programs in other languages, and SST apps", function () {
    it("a Python program: the pulumi preview --policy-pack command with this pack, first, in one line", () => {
        const r = cli(["scan", "--program", path.join(WALLS, "python-program")]);
        assert.strictEqual(r.code, 2);
        oneLine(r.stderr);
        assert.ok(
            r.stderr.startsWith(
                `error: test/cli/fixtures/walls/python-program is a Python Pulumi program: the pack checks it through the Pulumi CLI, run \`pulumi preview --policy-pack ${ROOT}\` in test/cli/fixtures/walls/python-program`,
            ),
            r.stderr,
        );
    });

    for (const [runtime, lang] of [
        ["go", "Go"],
        ["dotnet", ".NET"],
        ["java", "Java"],
        ["yaml", "YAML"],
    ]) {
        it(`a ${lang} program (runtime: ${runtime}) gets the same command`, () => {
            const dir = tempDir(`sg-${runtime}-`);
            fs.writeFileSync(path.join(dir, "Pulumi.yaml"), `name: p\nruntime: ${runtime}\n`);
            const r = cli(["scan", "--program", dir]);
            assert.strictEqual(r.code, 2);
            assert.match(
                r.stderr,
                new RegExp(`is a ${lang.replace(".", "\\.")} Pulumi program: .*\`pulumi preview --policy-pack [^\`]+\``),
            );
        });
    }

    it("an SST app on sst 3.17.8 (package.json): says it has no --policy and what to upgrade to", () => {
        const r = cli(["scan", "--program", path.join(WALLS, "sst-old")]);
        assert.strictEqual(r.code, 2);
        oneLine(r.stderr);
        assert.match(
            r.stderr,
            /its sst 3\.17\.8 \(package\.json\) has no --policy: upgrade sst to 3\.19\.0 or later, then run `sst diff --policy [^`]+`/,
        );
    });

    it("an SST app whose lockfile has sst 3.19.2 (package.json says ^3.17.0): sst diff --policy, with the version", () => {
        const dir = tempDir("sg-sst-");
        fs.copyFileSync(path.join(WALLS, "sst-old", "sst.config.ts"), path.join(dir, "sst.config.ts"));
        fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "a", dependencies: { sst: "^3.17.0" } }));
        fs.writeFileSync(
            path.join(dir, "package-lock.json"),
            JSON.stringify({ lockfileVersion: 3, packages: { "": {}, "node_modules/sst": { version: "3.19.2" } } }),
        );
        const r = cli(["scan", "--program", dir]);
        assert.strictEqual(r.code, 2);
        assert.match(
            r.stderr,
            /so run `sst diff --policy [^`]+` \(or `sst deploy --policy [^`]+`\) there \(sst 3\.19\.2, from package-lock\.json\)\n$/,
        );
        fs.rmSync(path.join(dir, "package-lock.json"));
        fs.writeFileSync(path.join(dir, "pnpm-lock.yaml"), "packages:\n\n  sst@3.18.0:\n    resolution: {}\n");
        assert.match(cli(["scan", "--program", dir]).stderr, /its sst 3\.18\.0 \(pnpm-lock\.yaml\) has no --policy/);
    });
});

describe("cli walls: what was scanned, and what was unknown at preview", function () {
    const dir = path.join(WALLS, "unknowns");

    it("--format json lists every resource with its type and the paths of its inputs unknown at preview", () => {
        const r = cli(["scan", "--program", dir, "--format", "json", "--stack-config", "aws:region=us-east-1"]);
        assert.strictEqual(r.code, 1, r.stderr);
        const report: JsonReport = JSON.parse(r.stdout);
        const byName = Object.fromEntries(report.registered.map((e) => [e.name, e]));
        assert.deepStrictEqual(Object.keys(byName).sort(), [
            "default_7_48_0",
            "ml-subnet",
            "ml-vpc",
            "notebook-key",
            "unknowns-dev",
            "unknowns-notebook",
        ]);
        assert.strictEqual(byName["unknowns-notebook"].type, "aws:sagemaker/notebookInstance:NotebookInstance");
        assert.deepStrictEqual(byName["unknowns-notebook"].unknownInputs, ["kmsKeyId", "subnetId"]);
        assert.deepStrictEqual(byName["ml-subnet"].unknownInputs, ["vpcId"]);
        assert.deepStrictEqual(byName["notebook-key"].unknownInputs, []);
    });

    it("--verbose prints the same list on stderr", () => {
        const r = cli(["scan", "--program", dir, "--verbose", "--stack-config", "aws:region=us-east-1"]);
        assert.strictEqual(r.code, 1, r.stderr);
        assert.match(r.stderr, /^registered 6 resources:$/m);
        assert.match(
            r.stderr,
            /^ {2}aws:sagemaker\/notebookInstance:NotebookInstance {2}unknowns-notebook\n {6}unknown at preview: kmsKeyId, subnetId$/m,
        );
    });
});
