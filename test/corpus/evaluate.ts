// Runs the detectors over the labelled corpus and computes precision and recall per kind.
// `npx ts-node test/corpus/evaluate.ts` prints the table.

import * as fs from "fs";
import * as path from "path";
import {
    Category,
    compileDetectorConfig,
    DEFAULT_ALLOWED_EMAIL_DOMAINS,
    DEFAULT_MRN_PATTERNS,
    detect,
    FieldContext,
    Kind,
    KINDS,
} from "../../policies/core/detectors";

export interface CorpusEntry {
    value: string;
    kind: Kind | "benign";
    field: FieldContext;
    key?: string;
    /** Other kinds the value legitimately holds too (not false positives). */
    also?: Kind[];
}

export function loadCorpus(): { benign: CorpusEntry[]; sensitive: CorpusEntry[] } {
    return JSON.parse(fs.readFileSync(path.join(__dirname, "corpus.json"), "utf8"));
}

/** The config the corpus is evaluated with: the defaults plus the organisation's own e-mail domain. */
export const corpusConfig = compileDetectorConfig({
    mrnPatterns: [...DEFAULT_MRN_PATTERNS],
    allowedEmailDomains: [...DEFAULT_ALLOWED_EMAIL_DOMAINS, "acme-health.org"],
}).config;

const CATEGORIES: Category[] = ["credential", "phi", "possible-phi", "insecure-url"];

export function kindsFound(e: CorpusEntry): Set<Kind> {
    const out = new Set<Kind>();
    for (const c of CATEGORIES) for (const f of detect(e.value, { context: e.field, key: e.key }, c, corpusConfig)) out.add(f.kind);
    return out;
}

export interface KindStats {
    kind: Kind;
    mandatory: boolean;
    labelled: number;
    tp: number;
    fpBenign: number;
    fpOther: number;
    precision: number;
    recall: number;
}

export function evaluate(): {
    stats: KindStats[];
    benign: number;
    sensitive: number;
    misses: CorpusEntry[];
    falsePositives: { entry: CorpusEntry; kind: Kind }[];
} {
    const { benign, sensitive } = loadCorpus();
    const stats = new Map<Kind, KindStats>();
    const s = (k: Kind) => {
        let x = stats.get(k);
        if (!x) {
            const cat = KINDS[k].category;
            x = {
                kind: k,
                mandatory: cat === "credential" || cat === "phi",
                labelled: 0,
                tp: 0,
                fpBenign: 0,
                fpOther: 0,
                precision: 1,
                recall: 1,
            };
            stats.set(k, x);
        }
        return x;
    };
    const misses: CorpusEntry[] = [];
    const falsePositives: { entry: CorpusEntry; kind: Kind }[] = [];
    for (const e of [...benign, ...sensitive]) {
        const found = kindsFound(e);
        if (e.kind !== "benign") {
            s(e.kind).labelled++;
            if (found.has(e.kind)) s(e.kind).tp++;
            else misses.push(e);
        }
        for (const k of found) {
            if (k === e.kind || e.also?.includes(k)) continue;
            if (e.kind === "benign") s(k).fpBenign++;
            else s(k).fpOther++;
            falsePositives.push({ entry: e, kind: k });
        }
    }
    for (const x of stats.values()) {
        const det = x.tp + x.fpBenign + x.fpOther;
        x.precision = det === 0 ? 1 : x.tp / det;
        x.recall = x.labelled === 0 ? 1 : x.tp / x.labelled;
    }
    return {
        stats: [...stats.values()].sort((a, b) => a.kind.localeCompare(b.kind)),
        benign: benign.length,
        sensitive: sensitive.length,
        misses,
        falsePositives,
    };
}

export function table(): string {
    const r = evaluate();
    const lines = [
        `corpus: ${r.benign} benign, ${r.sensitive} sensitive values`,
        "| kind | level | labelled | TP | FP (benign) | FP (other kinds) | precision | recall |",
        "|---|---|---|---|---|---|---|---|",
        ...r.stats.map(
            (x) =>
                `| ${x.kind} | ${x.mandatory ? "mandatory" : "advisory"} | ${x.labelled} | ${x.tp} | ${x.fpBenign} | ${x.fpOther} | ${(x.precision * 100).toFixed(1)}% | ${(x.recall * 100).toFixed(1)}% |`,
        ),
    ];
    return lines.join("\n");
}

if (require.main === module) {
    console.log(table());
    const r = evaluate();
    // Print only kinds and positions, never the values (they stand for secrets).
    for (const m of r.misses) console.log(`miss: ${m.kind} (${m.field}${m.key ? " " + m.key : ""}) #${r.misses.indexOf(m)}`);
    for (const f of r.falsePositives)
        console.log(`fp: ${f.kind} on ${f.entry.kind} (${f.entry.field}${f.entry.key ? " " + f.entry.key : ""})`);
}
