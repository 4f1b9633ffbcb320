// Precision per kind on the tuning half of outside-2026-12 (issue 28, part 5), or of another outside set's
// half (`--set outside-2027-02 --half tuning|heldout`: a held-out half only when asked, once, at the end): a
// kind under 95% is advisory. Each value's text (its line in its syntax, or the value under its key for env and tag) goes
// through the detectors of every category; a finding is right when the value is labelled with a kind
// of the same family (credential or PHI).
//   npx ts-node --transpile-only test/corpus/levels.ts [--set outside-2027-02 | --pooled] [--half tuning|heldout]
// With each kind's precision, the upper end of its 95% Wilson interval (a small sample's precision says little).
// Prints kinds and counts, never a value.

import * as fs from "fs";
import * as path from "path";
import { Category, detect, Kind, KINDS, kindLevel, ScanContext } from "../../policies/hygiene/detectors";
import { outsideSets, setArg, setDir, UNSCORED_HELDOUT } from "./build-outside";

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

/** The upper end of the 95% Wilson interval of `right` out of `n`: a kind whose bound is under 95% is advisory on any reading. */
export function wilsonUpper(right: number, n: number, z = 1.96): number {
    if (n === 0) return 1;
    const p = right / n;
    const z2 = z * z;
    return (p + z2 / (2 * n) + z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
}

/** Every outside set's held-out half, pooled (`--pooled`): the spent halves are regression data, so the sum mixes the two. */
const OUTSIDE_SETS = outsideSets();

if (require.main === module) {
    const i = process.argv.indexOf("--half");
    const half = i >= 0 && process.argv[i + 1] === "heldout" ? "heldout" : "tuning";
    const pooled = process.argv.includes("--pooled");
    const set = setArg(process.argv);
    const rows = new Map<Kind, { level: string; detections: number; right: number }>();
    // Pooled, a held-out half not yet scored is left out (the lead scores it once, alone).
    for (const s of pooled ? OUTSIDE_SETS.filter((x) => half === "tuning" || !UNSCORED_HELDOUT.includes(x)) : [set])
        for (const x of levels(s, half)) {
            const r = rows.get(x.kind) ?? { level: x.level, detections: 0, right: 0 };
            r.detections += x.detections;
            r.right += x.right;
            rows.set(x.kind, r);
        }
    console.log(`${pooled ? `every outside set (${OUTSIDE_SETS.length}), pooled` : set}, ${half} half\n`);
    console.log("| kind | level | detections | right | precision | 95% upper bound |\n|---|---|---:|---:|---:|---:|");
    for (const [kind, x] of [...rows].sort((a, b) => a[0].localeCompare(b[0])))
        console.log(
            `| ${kind} | ${x.level} | ${x.detections} | ${x.right} | ${((100 * x.right) / x.detections).toFixed(1)}% | ${(100 * wilsonUpper(x.right, x.detections)).toFixed(1)}% |`,
        );
}
