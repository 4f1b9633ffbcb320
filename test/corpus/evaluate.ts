// Precision and recall of the detectors per kind on two labelled corpora, side by side:
// - regression: corpus.json, synthetic values written for this pack (build-corpus.js); a regression suite.
// - independent: independent.json, values from other projects' published test data (extract-independent.py);
//   the measurement. Each entry names its source repository, path and commit.
// Every value is placed in a resource where the pack scans it (tag, container environment variable,
// base64 lifecycle script, Bedrock agent instruction) and found through the policies' own field walker.
// `npm run hygiene:corpus` prints the table; never a value (they stand for secrets).

import * as fs from "fs";
import * as path from "path";
import {
    Category,
    compileDetectorConfig,
    DEFAULT_ALLOWED_EMAIL_DOMAINS,
    DEFAULT_MRN_PATTERNS,
    FieldContext,
    Kind,
    KINDS,
    kindLevel,
} from "../../policies/hygiene/detectors";
import { forEachFinding } from "../../policies/hygiene/scan";

export type CorpusName = "regression" | "independent";

export interface CorpusEntry {
    value: string;
    kind: Kind | "benign";
    field: FieldContext;
    key?: string;
    /** Other kinds the value legitimately holds too (not false positives). */
    also?: Kind[];
    /** Independent corpus: `repo:path` of the source (see `sources`) and the test case it comes from. */
    source?: string;
    origin?: string;
}

const FILES: Record<CorpusName, string> = { regression: "corpus.json", independent: "independent.json" };

export function loadCorpus(name: CorpusName): { benign: CorpusEntry[]; sensitive: CorpusEntry[] } {
    const raw = JSON.parse(fs.readFileSync(path.join(__dirname, FILES[name]), "utf8"));
    if (name === "regression") return raw;
    const entries = raw.entries as CorpusEntry[];
    return { benign: entries.filter((e) => e.kind === "benign"), sensitive: entries.filter((e) => e.kind !== "benign") };
}

/** The config the corpora are evaluated with: the defaults plus the regression corpus's organisation domain. */
const corpusConfig = compileDetectorConfig({
    mrnPatterns: [...DEFAULT_MRN_PATTERNS],
    allowedEmailDomains: [...DEFAULT_ALLOWED_EMAIL_DOMAINS, "acme-health.org"],
}).config;

const CATEGORIES: Category[] = ["credential", "possible-credential", "phi", "possible-phi", "insecure-url"];

/** The resource a value is placed in, by field. */
export function placed(e: CorpusEntry): { type: string; inputs: Record<string, unknown> } {
    switch (e.field) {
        case "tag":
            return { type: "aws:sagemaker/model:Model", inputs: { tags: { [e.key ?? "Note"]: e.value } } };
        case "env":
            return { type: "aws:sagemaker/model:Model", inputs: { primaryContainer: { environment: { [e.key ?? "SETTING"]: e.value } } } };
        case "script":
            return {
                type: "aws:sagemaker/notebookInstanceLifecycleConfiguration:NotebookInstanceLifecycleConfiguration",
                inputs: { onStart: Buffer.from(e.value, "utf8").toString("base64") },
            };
        case "repo-url":
            return { type: "aws:sagemaker/codeRepository:CodeRepository", inputs: { gitConfig: { repositoryUrl: e.value } } };
        case "text":
            return { type: "aws:bedrock/agentAgent:AgentAgent", inputs: { instruction: e.value } };
    }
}

/** The independent corpus is labelled for sensitive data only, not for plain-text URLs. */
const SCORED: Record<CorpusName, Category[]> = {
    regression: CATEGORIES,
    independent: ["credential", "possible-credential", "phi", "possible-phi"],
};

export function kindsFound(e: CorpusEntry, categories: Category[] = CATEGORIES): Set<Kind> {
    const out = new Set<Kind>();
    const { type, inputs } = placed(e);
    for (const c of categories)
        forEachFinding(
            type,
            inputs,
            undefined,
            c,
            () => corpusConfig,
            undefined,
            (_f, x) => out.add(x.kind),
        );
    return out;
}

export interface KindStats {
    kind: Kind;
    level: "mandatory" | "advisory";
    /** Values labelled with this kind, and how many of them were found (as this kind or another of its category). */
    labelled: number;
    found: number;
    /** Findings of this kind, right (on a value of its category) and wrong. */
    detections: number;
    fpBenign: number;
    fpOther: number;
    precision: number;
    recall: number;
}

export interface Evaluation {
    stats: Map<Kind, KindStats>;
    benign: number;
    sensitive: number;
    misses: CorpusEntry[];
    falsePositives: { entry: CorpusEntry; kind: Kind }[];
    /** Sensitive values found (any kind of their category); benign values with any finding, and with a mandatory one. */
    sensitiveFound: number;
    benignFlagged: number;
    benignMandatory: number;
}

/** A finding is right when the value is labelled with a kind of the same category (both go to the same policy) or lists it in `also`. */
function right(e: CorpusEntry, k: Kind): boolean {
    return e.kind !== "benign" && (e.kind === k || KINDS[e.kind].category === KINDS[k].category || (e.also?.includes(k) ?? false));
}

/** `finder`: the detectors under test (default: the pack's); lets another detector be measured on the same corpus. */
export function evaluate(name: CorpusName, finder: (e: CorpusEntry, categories: Category[]) => Set<Kind> = kindsFound): Evaluation {
    const { benign, sensitive } = loadCorpus(name);
    const stats = new Map<Kind, KindStats>();
    const s = (k: Kind) => {
        let x = stats.get(k);
        if (!x) {
            x = { kind: k, level: kindLevel(k), labelled: 0, found: 0, detections: 0, fpBenign: 0, fpOther: 0, precision: 1, recall: 1 };
            stats.set(k, x);
        }
        return x;
    };
    const misses: CorpusEntry[] = [];
    const falsePositives: { entry: CorpusEntry; kind: Kind }[] = [];
    let benignFlagged = 0;
    let benignMandatory = 0;
    for (const e of [...benign, ...sensitive]) {
        const found = finder(e, SCORED[name]);
        if (e.kind === "benign" && found.size > 0) {
            benignFlagged++;
            if ([...found].some((k) => kindLevel(k) === "mandatory")) benignMandatory++;
        }
        if (e.kind !== "benign") {
            const x = s(e.kind);
            x.labelled++;
            if ([...found].some((k) => right(e, k))) x.found++;
            else misses.push(e);
        }
        for (const k of found) {
            const x = s(k);
            x.detections++;
            // Key material on a value labelled a private key is right, though at the advisory level (it counts for precision,
            // not as the private key found).
            if (right(e, k) || (e.kind === "private-key" && k === "private-key-material")) continue;
            if (e.kind === "benign") x.fpBenign++;
            else x.fpOther++;
            falsePositives.push({ entry: e, kind: k });
        }
    }
    for (const x of stats.values()) {
        x.precision = x.detections === 0 ? 1 : (x.detections - x.fpBenign - x.fpOther) / x.detections;
        x.recall = x.labelled === 0 ? 1 : x.found / x.labelled;
    }
    const sensitiveFound = sensitive.length - misses.length;
    return {
        stats,
        benign: benign.length,
        sensitive: sensitive.length,
        misses,
        falsePositives,
        sensitiveFound,
        benignFlagged,
        benignMandatory,
    };
}

const pct = (n: number, of: number) => (of === 0 ? "–" : `${((n / of) * 100).toFixed(1)}%`);

function cells(x: KindStats | undefined): string {
    if (!x) return "– | – | – | –";
    const right = x.detections - x.fpBenign - x.fpOther;
    return `${x.labelled} | ${x.found} | ${pct(right, x.detections)} (${right}/${x.detections}) | ${pct(x.found, x.labelled)}`;
}

/** The per-kind table for both corpora, side by side. */
export function table(): string {
    const ind = evaluate("independent");
    const reg = evaluate("regression");
    const kinds = (Object.keys(KINDS) as Kind[]).filter((k) => ind.stats.has(k) || reg.stats.has(k));
    const summary = (r: Evaluation) =>
        `${r.benign} benign, ${r.sensitive} sensitive values; found ${pct(r.sensitiveFound, r.sensitive)} of the sensitive, ` +
        `flagged ${pct(r.benignFlagged, r.benign)} of the benign (${r.benignMandatory} by a mandatory kind)`;
    return [
        `independent corpus (other projects' published test data): ${summary(ind)}`,
        `regression corpus (written for this pack): ${summary(reg)}`,
        "",
        "| kind | level | independent: labelled | found | precision | recall | regression: labelled | found | precision | recall |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        ...kinds.map((k) => `| ${k} | ${kindLevel(k)} | ${cells(ind.stats.get(k))} | ${cells(reg.stats.get(k))} |`),
    ].join("\n");
}

if (require.main === module) {
    console.log(table());
    if (process.argv.includes("--details")) {
        // Kinds, fields, sources and positions only: never the values.
        for (const name of ["independent", "regression"] as const) {
            const r = evaluate(name);
            for (const m of r.misses)
                console.log(`${name} miss: ${m.kind} (${m.field}${m.key ? " " + m.key : ""}) ${m.source ?? ""} ${m.origin ?? ""}`);
            for (const f of r.falsePositives)
                console.log(`${name} fp: ${f.kind} on ${f.entry.kind} (${f.entry.field}) ${f.entry.source ?? ""} ${f.entry.origin ?? ""}`);
        }
    }
}
