// gitleaks' maintained rules (policies/hygiene/secret-rules.ts) against the pack's own credential
// detectors, per kind, on the same text: the regression corpus, the independent corpus and the tuning
// halves of the outside sets (outside-2026-12, outside-2027-01 to outside-2027-04; never a held-out half).
// Decides ADOPTED_KINDS (issue 28, part 2).
//   npx ts-node --transpile-only test/corpus/compare-secret-rules.ts [regression|independent|tuning|tuning-2027-01|…|tuning-2027-04 ...]
// Prints kinds and counts, never a value.

import * as fs from "fs";
import * as path from "path";
import { detect, Kind, KINDS, ScanContext } from "../../policies/hygiene/detectors";
import { scanMaintainedRules } from "../../policies/hygiene/secret-rules";
import { loadCorpus } from "./evaluate";

interface Item {
    text: string;
    ctx: ScanContext;
    kind: Kind | "benign" | string;
}

const credential = (k: string) =>
    k in KINDS && (KINDS[k as Kind].category === "credential" || KINDS[k as Kind].category === "possible-credential");

type CorpusName = "regression" | "independent" | "tuning" | "tuning-2027-01" | "tuning-2027-02" | "tuning-2027-03" | "tuning-2027-04";
const NAMES: readonly CorpusName[] = [
    "regression",
    "independent",
    "tuning",
    "tuning-2027-01",
    "tuning-2027-02",
    "tuning-2027-03",
    "tuning-2027-04",
];

function items(name: CorpusName): Item[] {
    if (name.startsWith("tuning")) {
        const set = name === "tuning" ? "outside-2026-12" : `outside-${name.slice("tuning-".length)}`;
        const file = path.join(__dirname, set, "tuning.json");
        if (!fs.existsSync(file)) return [];
        const raw = JSON.parse(fs.readFileSync(file, "utf8")) as {
            entries: { value: string; line?: string; kind: string; syntax: string; key?: string }[];
        };
        return raw.entries.map((e) => ({
            text: e.syntax === "env" || e.syntax === "tag" ? e.value : (e.line ?? e.value),
            ctx: e.syntax === "env" || e.syntax === "tag" ? { context: e.syntax, key: e.key } : { context: "script" },
            kind: e.kind,
        }));
    }
    const { benign, sensitive } = loadCorpus(name as "regression" | "independent");
    return [...benign, ...sensitive].map((e) => ({ text: e.value, ctx: { context: e.field, key: e.key }, kind: e.kind }));
}

const ours = (i: Item): Set<Kind> =>
    new Set([...detect(i.text, i.ctx, "credential"), ...detect(i.text, i.ctx, "possible-credential")].map((f) => f.kind));
const theirs = (i: Item): Set<Kind> => new Set(scanMaintainedRules(i.text).map((f) => f.kind));

export function compare(name: CorpusName): string[] {
    const its = items(name);
    const rows: string[] = [];
    const kinds = new Set<Kind>();
    const O = its.map(ours);
    const T = its.map(theirs);
    for (const s of [...O, ...T]) for (const k of s) kinds.add(k);
    for (const i of its) if (credential(i.kind)) kinds.add(i.kind as Kind);
    const labelled = its.filter((i) => credential(i.kind)).length;
    const foundBy = (f: (j: number) => boolean) => its.filter((i, j) => credential(i.kind) && f(j)).length;
    const pct = (a: number, b: number) => (b === 0 ? "–" : `${((100 * a) / b).toFixed(1)}%`);
    rows.push(
        `${name}: ${its.length} values, ${labelled} credentials; found: ours ${pct(
            foundBy((j) => O[j].size > 0),
            labelled,
        )}, ` +
            `gitleaks ${pct(
                foundBy((j) => T[j].size > 0),
                labelled,
            )}, both ${pct(
                foundBy((j) => O[j].size > 0 || T[j].size > 0),
                labelled,
            )}`,
    );
    rows.push(
        "| kind | labelled | recall ours | recall gitleaks | recall ours + gitleaks(kind) | precision ours (kind) | precision gitleaks (kind) | precision ours + gitleaks(kind) |",
    );
    rows.push("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (const k of [...kinds].sort()) {
        const lab = its.map((i, j) => j).filter((j) => its[j].kind === k);
        const rec = (f: (j: number) => boolean) => `${pct(lab.filter(f).length, lab.length)} (${lab.filter(f).length})`;
        const prec = (S: Set<Kind>[]) => {
            const d = S.map((s, j) => j).filter((j) => S[j].has(k));
            const right = d.filter((j) => credential(its[j].kind)).length;
            return `${pct(right, d.length)} (${right}/${d.length})`;
        };
        rows.push(
            `| ${k} | ${lab.length} | ${rec((j) => O[j].size > 0)} | ${rec((j) => T[j].size > 0)} | ${rec((j) => O[j].size > 0 || T[j].has(k))} | ${prec(O)} | ${prec(T)} | ${prec(its.map((_, j) => (T[j].has(k) ? new Set([...O[j], k]) : O[j])))} |`,
        );
    }
    return rows;
}

if (require.main === module) {
    const asked = process.argv.slice(2).filter((a): a is CorpusName => (NAMES as readonly string[]).includes(a));
    for (const n of asked.length > 0 ? asked : NAMES) console.log(compare(n).join("\n") + "\n");
}
