// The type coverage table for SageMaker and DataZone: every resource type of the providers'
// schemas (@pulumi/aws, @pulumi/aws-native, read from the installed packages) in one of three
// classes, from the catalog of the checkout given (default: this one):
//   configuration-checked  a resource policy (not a hygiene text scan) targets the type;
//   text-scanned only      only the hygiene policies (names, tags, free text) look at it;
//   untouched              no policy looks at it.
// Stack policies that join a type (an ML role or bucket it references) do not count as checking it.
//
//   npx ts-node --transpile-only scripts/type-coverage.ts [checkout]   # prints a Markdown table

import * as fs from "fs";
import * as path from "path";

const root = path.resolve(process.argv[2] ?? path.join(__dirname, ".."));
const { catalog } = require(path.join(root, "policies/catalog")) as {
    catalog: { name: string; kind: string; resources?: Record<string, unknown> }[];
};
const { TEXT_SCAN_TYPES } = require(path.join(root, "policies/core/text-fields")) as { TEXT_SCAN_TYPES: Record<string, unknown> };

/** Resource type tokens declared by a provider module folder (`__pulumiType` of each resource class). */
function providerTypes(dir: string): string[] {
    const out: string[] = [];
    for (const f of fs.readdirSync(dir)) {
        if (!f.endsWith(".js")) continue;
        const m = /__pulumiType = '([^']+)'/.exec(fs.readFileSync(path.join(dir, f), "utf8"));
        if (m) out.push(m[1]);
    }
    return out.sort();
}

const nm = path.join(__dirname, "..", "node_modules", "@pulumi");
const groups: [string, string][] = [
    ["aws sagemaker", path.join(nm, "aws", "sagemaker")],
    ["aws-native sagemaker", path.join(nm, "aws-native", "sagemaker")],
    ["aws datazone", path.join(nm, "aws", "datazone")],
    ["aws-native datazone", path.join(nm, "aws-native", "datazone")],
];

const checked = new Map<string, string[]>();
for (const p of catalog) {
    if (p.kind !== "resource" || !p.resources || p.name.startsWith("hygiene-")) continue;
    for (const t of Object.keys(p.resources)) checked.set(t, [...(checked.get(t) ?? []), p.name]);
}

const rows: string[] = ["| provider module | types | configuration-checked | text-scanned only | untouched |", "|---|---:|---:|---:|---:|"];
const detail: string[] = [];
const totals = [0, 0, 0, 0];
for (const [label, dir] of groups) {
    const types = providerTypes(dir);
    const c = types.filter((t) => checked.has(t));
    const s = types.filter((t) => !checked.has(t) && t in TEXT_SCAN_TYPES);
    const u = types.filter((t) => !checked.has(t) && !(t in TEXT_SCAN_TYPES));
    rows.push(`| ${label} | ${types.length} | ${c.length} | ${s.length} | ${u.length} |`);
    [types.length, c.length, s.length, u.length].forEach((n, i) => (totals[i] += n));
    detail.push(`${label} checked: ${c.join(", ")}`, `${label} untouched: ${u.join(", ")}`);
}
rows.push(`| all | ${totals.join(" | ")} |`);
console.log(`Type coverage of ${root} (providers: @pulumi/aws ${pkgVersion("aws")}, @pulumi/aws-native ${pkgVersion("aws-native")})\n`);
console.log(rows.join("\n"));
if (process.env.COVERAGE_DETAIL) console.log("\n" + detail.join("\n"));

function pkgVersion(name: string): string {
    return (JSON.parse(fs.readFileSync(path.join(nm, name, "package.json"), "utf8")) as { version: string }).version;
}
