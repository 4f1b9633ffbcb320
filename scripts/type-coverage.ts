// Prints what the pack judges of the ML-service resource types that @pulumi/aws and @pulumi/aws-native
// define (the installed versions: 7.48 and 1.79 in package-lock.json), per service:
//   configuration-checked  a resource policy targets the type, or a stack policy declares it in `judges`
//   text-only              only the hygiene policies scan it (secrets, PHI, URLs in its text);
//                          "quiet" counts those with no security setting (core/ml-types NO_SECURITY_SETTING)
//   untouched              nothing looks at it
// stack-ml-types-not-reviewed reports every type that is neither checked nor quiet.
//
//   npx ts-node --transpile-only scripts/type-coverage.ts          # the table (Markdown)
//   npx ts-node --transpile-only scripts/type-coverage.ts --list   # and every type with its class

import { catalog } from "../policies/catalog";
import { mlServiceOf, NO_SECURITY_SETTING } from "../policies/core/ml-types";
import { TEXT_SCAN_TYPES } from "../policies/hygiene/text-fields";
import { configurationCheckedTypes } from "../policies/stack/stack-ml-types-not-reviewed";
import { providerTokens } from "../test/provider-tokens";

export type Coverage = "configuration-checked" | "text-only" | "untouched";

export function mlTypes(): string[] {
    const out: string[] = [];
    for (const [token, sdk] of providerTokens()) {
        if (sdk === "@pulumi/aws-v6") continue;
        if (mlServiceOf(token)) out.push(token);
    }
    return out.sort();
}

export function coverageOf(type: string, checked: ReadonlySet<string>): Coverage {
    if (checked.has(type)) return "configuration-checked";
    return TEXT_SCAN_TYPES[type] !== undefined ? "text-only" : "untouched";
}

function main(): void {
    const checked = configurationCheckedTypes(catalog);
    const rows = new Map<string, Record<Coverage | "quiet" | "total", number>>();
    const lines: string[] = [];
    for (const t of mlTypes()) {
        const service = `${mlServiceOf(t)} (${t.startsWith("aws-native:") ? "aws-native" : "aws"})`;
        const row = rows.get(service) ?? { "configuration-checked": 0, "text-only": 0, quiet: 0, untouched: 0, total: 0 };
        const c = coverageOf(t, checked);
        row[c]++;
        row.total++;
        if (c === "text-only" && NO_SECURITY_SETTING.has(t)) row.quiet++;
        rows.set(service, row);
        lines.push(`${c.padEnd(22)} ${NO_SECURITY_SETTING.has(t) ? "quiet " : "      "}${t}`);
    }
    const total = { "configuration-checked": 0, "text-only": 0, quiet: 0, untouched: 0, total: 0 };
    console.log("| service (provider) | types | configuration-checked | text-only (of which no security setting) | untouched |");
    console.log("|---|---:|---:|---:|---:|");
    for (const [s, r] of [...rows.entries()].sort()) {
        console.log(`| ${s} | ${r.total} | ${r["configuration-checked"]} | ${r["text-only"]} (${r.quiet}) | ${r.untouched} |`);
        for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += r[k];
    }
    console.log(
        `| **all** | ${total.total} | ${total["configuration-checked"]} | ${total["text-only"]} (${total.quiet}) | ${total.untouched} |`,
    );
    if (process.argv.includes("--list")) console.log(["", ...lines].join("\n"));
}

if (require.main === module) main();
