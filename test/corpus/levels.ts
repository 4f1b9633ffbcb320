// Precision per kind on the tuning half of outside-2026-12 (issue 28, part 5), or of another outside set's
// half (`--set outside-2027-02 --half tuning|heldout`: a held-out half only when asked, once, at the end): a
// kind under 95% is advisory. Each value's text (its line in its syntax, or the value under its key for env and tag) goes
// through the detectors of every category; a finding is right when the value is labelled with a kind
// of the same family (credential or PHI).
//   npx ts-node --transpile-only test/corpus/levels.ts [--set outside-2027-02] [--half tuning|heldout]
// Prints kinds and counts, never a value.

import * as fs from "fs";
import * as path from "path";
import { Category, detect, Kind, KINDS, kindLevel, ScanContext } from "../../policies/hygiene/detectors";
import { setArg, setDir } from "./build-outside";

const family = (k: string): string | undefined => {
    if (!(k in KINDS)) return undefined;
    const c = KINDS[k as Kind].category;
    return c === "credential" || c === "possible-credential" ? "credential" : c === "phi" || c === "possible-phi" ? "phi" : undefined;
};

export function levels(
    set = "outside-2026-12",
    half: "tuning" | "heldout" = "tuning",
): { kind: Kind; level: string; detections: number; right: number; precision: number }[] {
    const file = path.join(setDir(set), `${half}.json`);
    const raw = JSON.parse(fs.readFileSync(file, "utf8")) as {
        entries: { value: string; line?: string; kind: string; syntax: string; key?: string }[];
    };
    const stats = new Map<Kind, { d: number; r: number }>();
    for (const e of raw.entries) {
        const kv = e.syntax === "env" || e.syntax === "tag";
        const ctx: ScanContext = kv
            ? { context: e.syntax as "env" | "tag", key: e.key }
            : { context: e.syntax === "prose" ? "text" : "script" };
        const text = kv ? e.value : (e.line ?? e.value);
        const found = new Set<Kind>();
        for (const c of ["credential", "possible-credential", "phi", "possible-phi"] as Category[])
            for (const f of detect(text, ctx, c)) found.add(f.kind);
        for (const k of found) {
            const s = stats.get(k) ?? { d: 0, r: 0 };
            s.d++;
            if (family(e.kind) === family(k)) s.r++;
            stats.set(k, s);
        }
    }
    return [...stats.entries()]
        .map(([kind, s]) => ({ kind, level: kindLevel(kind), detections: s.d, right: s.r, precision: s.r / s.d }))
        .sort((a, b) => a.kind.localeCompare(b.kind));
}

if (require.main === module) {
    const i = process.argv.indexOf("--half");
    const half = i >= 0 && process.argv[i + 1] === "heldout" ? "heldout" : "tuning";
    const set = setArg(process.argv);
    console.log(`${set}, ${half} half\n\n| kind | level | detections | right | precision |\n|---|---|---:|---:|---:|`);
    for (const x of levels(set, half))
        console.log(`| ${x.kind} | ${x.level} | ${x.detections} | ${x.right} | ${(100 * x.precision).toFixed(1)}% |`);
}
