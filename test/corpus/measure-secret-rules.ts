// Per gitleaks rule (policies/hygiene/secret-rules-data.ts): on every corpus, the credential values it finds that
// the pack's own detectors miss ("gain") and the values labelled benign (or of another family) it flags ("fp").
// Decides ADOPTED_RULES in policies/hygiene/secret-rules.ts (issue 28, outside-2027-02): a rule with gains and no
// false positive on any corpus. Reads the regression and independent corpora and both halves of every outside set
// (regression data; a held-out half not yet scored, UNSCORED_HELDOUT in build-outside.ts, is left out). Prints
// rule ids and counts, never a value.
//   npx ts-node --transpile-only test/corpus/measure-secret-rules.ts
import * as fs from "fs";
import * as path from "path";
import { detect, Kind, KINDS, ScanContext } from "../../policies/hygiene/detectors";
import { scanMaintainedRules } from "../../policies/hygiene/secret-rules";
import { outsideSets, UNSCORED_HELDOUT } from "./build-outside";
import { loadCorpus } from "./evaluate";
interface Item {
    text: string;
    ctx: ScanContext;
    kind: string;
    set: string;
}
const cred = (k: string) =>
    k in KINDS && (KINDS[k as Kind].category === "credential" || KINDS[k as Kind].category === "possible-credential");
const all: Item[] = [];
for (const n of ["regression", "independent"] as const) {
    const { benign, sensitive } = loadCorpus(n);
    for (const e of [...benign, ...sensitive])
        all.push({ text: e.value, ctx: { context: e.field, key: e.key } as ScanContext, kind: e.kind, set: n });
}
// Every half of every outside set that has been scored (regression data); a held-out half not yet scored is left out.
for (const s of outsideSets())
    for (const h of UNSCORED_HELDOUT.includes(s) ? ["tuning"] : ["tuning", "heldout"]) {
        const raw = JSON.parse(fs.readFileSync(path.join(__dirname, s, `${h}.json`), "utf8"));
        for (const e of raw.entries)
            all.push({
                text: e.syntax === "env" || e.syntax === "tag" ? e.value : (e.line ?? e.value),
                ctx: (e.syntax === "env" || e.syntax === "tag" ? { context: e.syntax, key: e.key } : { context: "script" }) as ScanContext,
                kind: e.kind,
                set: `${s}/${h}`,
            });
    }
const stats = new Map<string, { gain: Record<string, number>; fp: Record<string, number>; hit: number; fpOther: number }>();
for (const i of all) {
    const ours = [...detect(i.text, i.ctx, "credential"), ...detect(i.text, i.ctx, "possible-credential")].length > 0;
    const ids = new Set(scanMaintainedRules(i.text).map((f) => f.id));
    for (const id of ids) {
        let s = stats.get(id);
        if (!s) stats.set(id, (s = { gain: {}, fp: {}, hit: 0, fpOther: 0 }));
        s.hit++;
        if (cred(i.kind)) {
            if (!ours) s.gain[i.set] = (s.gain[i.set] ?? 0) + 1;
        } else if (i.kind === "benign" || !cred(i.kind)) {
            s.fp[i.set] = (s.fp[i.set] ?? 0) + 1;
        }
    }
}
for (const [id, s] of [...stats].sort())
    console.log(id.padEnd(40), "hits", s.hit, "gain", JSON.stringify(s.gain), "fp", JSON.stringify(s.fp));
