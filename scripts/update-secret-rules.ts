// Regenerates policies/hygiene/secret-rules-data.ts from gitleaks' maintained rule set
// (config/gitleaks.toml, MIT licence), as data with its provenance (issue 28, part 2).
//
//   npx ts-node --transpile-only scripts/update-secret-rules.ts <gitleaks checkout or git dir> [commit]
//   npx prettier --write policies/hygiene/secret-rules-data.ts
//
// The rules are Go RE2 regular expressions; they run on re2js (RE2's linear-time engine in JavaScript),
// never on the backtracking RegExp engine. A rule that re2js does not compile, or that is larger than
// the per-value budget allows (MAX_ORG_PROGRAM_SIZE), is dropped and counted in the data file. Only
// the rule's id, regex, secret group, entropy threshold, keywords and its own allowlists (regexes,
// stopwords) are kept: data, not code. Which rules the pack adopts is decided in hygiene/secret-rules.ts
// by the measurement in test/corpus/compare-secret-rules.ts.

import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { RE2JS } from "re2js";
import { MAX_ORG_PROGRAM_SIZE } from "../policies/hygiene/patterns";

export interface RuleAllowlist {
    regexTarget?: "secret" | "match" | "line";
    regexes?: string[];
    stopwords?: string[];
}

export interface MaintainedRule {
    id: string;
    regex: string;
    secretGroup?: number;
    entropy?: number;
    keywords?: string[];
    allowlists?: RuleAllowlist[];
}

type Value = string | number | boolean | Value[] | Record<string, unknown>[];

/** The subset of TOML that gitleaks.toml uses: [[rules]], [[rules.allowlists]], [allowlist], key = value, arrays over lines. */
export function parseGitleaksToml(text: string): { rules: Record<string, Value>[]; global: Record<string, Value> } {
    const rules: Record<string, Value>[] = [];
    const global: Record<string, Value> = {};
    let table: Record<string, Value> = {};
    const lines = text.split("\n");
    const scalar = (s: string): Value => {
        s = s.trim();
        if (s.startsWith("'''")) return s.slice(3, s.lastIndexOf("'''"));
        if (s.startsWith("'")) return s.slice(1, s.lastIndexOf("'"));
        if (s.startsWith('"')) return JSON.parse(s.slice(0, s.lastIndexOf('"') + 1)) as string;
        if (s === "true" || s === "false") return s === "true";
        return Number(s);
    };
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === "" || line.startsWith("#")) continue;
        if (line === "[[rules]]") {
            table = {};
            rules.push(table);
            continue;
        }
        if (line === "[[rules.allowlists]]") {
            table = {};
            const rule = rules[rules.length - 1];
            ((rule.allowlists ??= []) as unknown as Record<string, Value>[]).push(table);
            continue;
        }
        if (line === "[allowlist]") {
            table = global;
            continue;
        }
        if (line.startsWith("[")) {
            table = {}; // a table the pack does not use
            continue;
        }
        const eq = line.indexOf("=");
        if (eq < 0) continue;
        const key = line.slice(0, eq).trim();
        let rest = line.slice(eq + 1).trim();
        if (rest.startsWith("[")) {
            while (!/\]\s*$/.test(rest) || (rest.match(/'''/g)?.length ?? 0) % 2 === 1) rest += "\n" + lines[++i];
            const items: Value[] = [];
            const body = rest.slice(1, rest.lastIndexOf("]"));
            const re = /'''([\s\S]*?)'''|"((?:[^"\\]|\\.)*)"|'([^']*)'/g;
            for (let m = re.exec(body); m; m = re.exec(body))
                items.push(m[1] ?? (m[2] !== undefined ? (JSON.parse(`"${m[2]}"`) as string) : m[3]));
            table[key] = items;
        } else table[key] = scalar(rest);
    }
    return { rules, global };
}

/** Whether re2js compiles a Go RE2 pattern within the per-value budget; the reason when not. */
export function re2Problem(source: string): string | undefined {
    try {
        const re = RE2JS.compile(source);
        if (re.programSize() > MAX_ORG_PROGRAM_SIZE) return `program size ${re.programSize()}`;
        return undefined;
    } catch (e) {
        return String((e as Error).message ?? e).slice(0, 120);
    }
}

function main(): void {
    const src = process.argv[2];
    if (!src) throw new Error("usage: update-secret-rules.ts <gitleaks checkout or git dir> [commit]");
    const commitArg = process.argv[3] ?? "HEAD";
    const git = (...args: string[]) =>
        execFileSync("git", ["--git-dir", fs.existsSync(path.join(src, ".git")) ? path.join(src, ".git") : src, ...args], {
            encoding: "utf8",
            maxBuffer: 64 << 20,
        });
    const commit = git("rev-parse", commitArg).trim();
    const toml = git("show", `${commit}:config/gitleaks.toml`);
    const { rules: raw, global } = parseGitleaksToml(toml);
    const rules: MaintainedRule[] = [];
    const dropped: { id: string; why: string }[] = [];
    let withoutRegex = 0;
    for (const r of raw) {
        const id = String(r.id);
        if (typeof r.regex !== "string") {
            withoutRegex++; // a rule on file paths only
            continue;
        }
        const problems = [
            r.regex,
            ...((r.allowlists as unknown as Record<string, Value>[] | undefined) ?? []).flatMap(
                (a) => (a.regexes as string[] | undefined) ?? [],
            ),
        ]
            .map(re2Problem)
            .filter((x): x is string => x !== undefined);
        if (problems.length > 0) {
            dropped.push({ id, why: problems[0] });
            continue;
        }
        const rule: MaintainedRule = { id, regex: r.regex };
        if (typeof r.secretGroup === "number") rule.secretGroup = r.secretGroup;
        if (typeof r.entropy === "number") rule.entropy = r.entropy;
        if (Array.isArray(r.keywords)) rule.keywords = (r.keywords as string[]).map((k) => k.toLowerCase());
        const allow = ((r.allowlists as unknown as Record<string, Value>[] | undefined) ?? [])
            .map((a) => {
                const out: RuleAllowlist = {};
                if (a.regexTarget === "match" || a.regexTarget === "line") out.regexTarget = a.regexTarget;
                if (Array.isArray(a.regexes)) out.regexes = a.regexes as string[];
                if (Array.isArray(a.stopwords)) out.stopwords = a.stopwords as string[];
                return out;
            })
            .filter((a) => a.regexes || a.stopwords);
        if (allow.length > 0) rule.allowlists = allow;
        rules.push(rule);
    }
    const data = {
        provenance: {
            repository: "https://github.com/gitleaks/gitleaks",
            path: "config/gitleaks.toml",
            commit,
            licence: "MIT (Copyright (c) 2019 Zachary Rice)",
            generatedBy: "scripts/update-secret-rules.ts",
        },
        counts: { rules: raw.length, kept: rules.length, withoutRegex, droppedNotRe2: dropped.length },
        /** gitleaks' global allowlist: regexes and stopwords matched against every secret. */
        globalAllowlist: {
            regexes: ((global.regexes as string[] | undefined) ?? []).filter((r) => re2Problem(r) === undefined),
            stopwords: (global.stopwords as string[] | undefined) ?? [],
        },
        dropped,
        rules,
    };
    const out = path.join(__dirname, "..", "policies", "hygiene", "secret-rules-data.ts");
    fs.writeFileSync(
        out,
        "// Generated by scripts/update-secret-rules.ts from gitleaks' config/gitleaks.toml (MIT): data, not code.\n" +
            "// Do not edit; regenerate. Loaded only when a hygiene policy first scans (see secret-rules.ts).\n" +
            "// The rules and the global allowlist as base64 of their JSON: their text never reads as code (to an import\n" +
            '// scanner, a linter or a formatter). Decode with Buffer.from(RULES, "base64").\n' +
            `const RULES = ${JSON.stringify(Buffer.from(JSON.stringify({ globalAllowlist: data.globalAllowlist, rules: data.rules })).toString("base64"))};\n\n` +
            "export interface SecretRuleData {\n" +
            "    provenance: { repository: string; path: string; commit: string; licence: string; generatedBy: string };\n" +
            "    counts: { rules: number; kept: number; withoutRegex: number; droppedNotRe2: number };\n" +
            "    globalAllowlist: { regexes: string[]; stopwords: string[] };\n" +
            "    dropped: { id: string; why: string }[];\n" +
            "    rules: {\n" +
            "        id: string;\n" +
            "        regex: string;\n" +
            "        secretGroup?: number;\n" +
            "        entropy?: number;\n" +
            "        keywords?: string[];\n" +
            "        allowlists?: { regexTarget?: string; regexes?: string[]; stopwords?: string[] }[];\n" +
            "    }[];\n" +
            "}\n\n" +
            `export const GITLEAKS: SecretRuleData = {\n` +
            `    provenance: ${JSON.stringify(data.provenance)},\n` +
            `    counts: ${JSON.stringify(data.counts)},\n` +
            `    dropped: ${JSON.stringify(data.dropped)},\n` +
            `    ...JSON.parse(Buffer.from(RULES, "base64").toString("utf8")),\n` +
            "};\n",
    );
    console.log(
        `gitleaks ${commit}: ${raw.length} rules, ${rules.length} kept, ${withoutRegex} without a regex, ${dropped.length} dropped (not RE2 within budget)`,
    );
    for (const d of dropped) console.log(`  dropped ${d.id}: ${d.why}`);
}

if (require.main === module) main();
