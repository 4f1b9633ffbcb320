// Builds an outside corpus (issue 28, part 4: outside-2026-12, and the later outside-2027-01) from its raw
// candidates (<set>/candidates.json, written by <set>/collect.py from public projects' test data that no
// other corpus of the project uses) and splits it, before any detector sees it, into
// a tuning half and a held-out half by a hash of (source repository, path, value): a value's half
// never changes when candidates are added. Runs no detector.
// `npx ts-node test/corpus/build-outside.ts [--set outside-2027-01]` writes <set>/{tuning,heldout}.json and
// SOURCES.md (the set defaults to outside-2026-12); `--check` only verifies that the committed files are
// what the candidates give (schema and counts). A set other than outside-2026-12 describes its sources
// and labelling rules in <set>/ABOUT.md, which SOURCES.md takes in.

import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";

/** The first outside set, the default of both scripts. */
export const DEFAULT_SET = "outside-2026-12";
/** An outside set's name: its directory under test/corpus. */
const SET_NAME = /^outside-[0-9]{4}-[0-9]{2}$/;
/** The directory of an outside set (a directory name under test/corpus, nothing else). */
export function setDir(set: string): string {
    if (!SET_NAME.test(set)) throw new Error(`not an outside set: ${set}`);
    return path.join(__dirname, set);
}
export const OUTSIDE_DIR = setDir(DEFAULT_SET);

/** Every outside set, oldest first: the directories under test/corpus named as sets (no list kept by hand). */
export function outsideSets(): string[] {
    return fs
        .readdirSync(__dirname)
        .filter((d) => SET_NAME.test(d))
        .sort();
}

/**
 * Sets whose held-out half has not been scored yet: no script reads those halves (measure-secret-rules.ts, levels.ts
 * --pooled) until the lead scores them once with evaluate-outside.ts and removes the set from this list.
 */
export const UNSCORED_HELDOUT: readonly string[] = [];

/** The value of `--set` in argv, else the default set. */
export function setArg(argv: readonly string[]): string {
    const i = argv.indexOf("--set");
    return i >= 0 && argv[i + 1] ? argv[i + 1] : DEFAULT_SET;
}

/** The pack's kinds as the corpora label them (test/corpus/corpus.json), with their level in the pack at the split (main 0eecf3c). */
export const KIND_LEVEL: Readonly<Record<string, "mandatory" | "advisory">> = {
    "url-credentials": "mandatory",
    "aws-access-key-id": "mandatory",
    "aws-secret-key": "mandatory",
    "private-key": "mandatory",
    "github-token": "mandatory",
    "slack-token": "mandatory",
    "api-token": "mandatory",
    "password-literal": "mandatory",
    jwt: "advisory",
    "google-api-key": "advisory",
    "us-ssn": "mandatory",
    "payment-card": "mandatory",
    mrn: "mandatory",
    "date-of-birth": "mandatory",
    "patient-contact": "mandatory",
    "email-address": "advisory",
    "phone-number": "advisory",
    "street-address": "advisory",
    "diagnosis-code": "advisory",
    "patient-identifier": "advisory",
};

/** Credential kinds (the credential policies) and PHI kinds (the PHI policies). */
export const KIND_FAMILY: Readonly<Record<string, "credential" | "phi">> = Object.fromEntries(
    Object.keys(KIND_LEVEL).map((k) => [
        k,
        [
            "us-ssn",
            "payment-card",
            "mrn",
            "date-of-birth",
            "patient-contact",
            "email-address",
            "phone-number",
            "street-address",
            "diagnosis-code",
            "patient-identifier",
        ].includes(k)
            ? "phi"
            : "credential",
    ]),
);

/** How a value came: the syntax of its context, which decides where the scorer places it. */
export const SYNTAXES = [
    "env",
    "tag",
    "ini",
    "properties",
    "yaml",
    "json",
    "xml",
    "code-go",
    "code-python",
    "code-js",
    "code-java",
    "code-php",
    "code-csharp",
    "shell",
    "dockerfile",
    "npmrc",
    "pypirc",
    "docker-config",
    "assignment",
    "url",
    "csv",
    "hl7",
    "x12",
    "prose",
] as const;
export type Syntax = (typeof SYNTAXES)[number];

export interface Source {
    repo: string;
    path: string;
    commit: string;
    licence: string;
}

export interface Candidate {
    value: string;
    /** A pack kind, or "benign". */
    kind: string;
    /** The issue's class of the value (unprefixed-key, password-in-url, mrn-spelling, ...), for the per-class table. */
    class: string;
    syntax: Syntax;
    /** For env / tag: the variable or tag name. */
    key?: string;
    /** Otherwise: the minimal context line(s) the value came in, as placed. */
    line?: string;
    /** `repo:path`, a key of `sources`. */
    source: string;
    /** Where in the source (file and line, test case). */
    origin: string;
}

export interface OutsideEntry extends Candidate {
    id: string;
    half: "tuning" | "heldout";
    /** Whether the labelled kind is mandatory-level in the pack (false for benign). */
    mandatory: boolean;
}

export interface OutsideFile {
    note: string;
    half: "tuning" | "heldout";
    sources: Record<string, Source>;
    entries: OutsideEntry[];
}

const sha = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

/** The half of a value: first byte of sha256(repo \n path \n value), even -> tuning. */
export function halfOf(src: Source, value: string): "tuning" | "heldout" {
    return parseInt(sha(`${src.repo}\n${src.path}\n${value}`).slice(0, 2), 16) % 2 === 0 ? "tuning" : "heldout";
}

export function validate(c: Candidate, sources: Record<string, Source>): string[] {
    const errs: string[] = [];
    if (typeof c.value !== "string") errs.push("value");
    if (c.kind !== "benign" && !(c.kind in KIND_LEVEL)) errs.push(`kind ${c.kind}`);
    if (!SYNTAXES.includes(c.syntax)) errs.push(`syntax ${c.syntax}`);
    if ((c.syntax === "env" || c.syntax === "tag") && typeof c.key !== "string") errs.push("key");
    if (c.syntax !== "env" && c.syntax !== "tag" && typeof c.line !== "string") errs.push("line");
    if (!sources[c.source]) errs.push(`source ${c.source}`);
    if (typeof c.class !== "string" || c.class.length === 0) errs.push("class");
    return errs;
}

export function build(set: string = DEFAULT_SET): { tuning: OutsideFile; heldout: OutsideFile; sourcesMd: string } {
    const dir = setDir(set);
    const setOpt = set === DEFAULT_SET ? "" : ` --set ${set}`;
    const raw = JSON.parse(fs.readFileSync(path.join(dir, "candidates.json"), "utf8")) as {
        sources: Record<string, Source>;
        candidates: Candidate[];
    };
    const seen = new Set<string>();
    const entries: OutsideEntry[] = [];
    for (const c of raw.candidates) {
        const errs = validate(c, raw.sources);
        if (errs.length > 0) throw new Error(`candidate ${c.source} ${c.origin}: ${errs.join(", ")}`);
        const src = raw.sources[c.source];
        const placedAs = c.syntax === "env" || c.syntax === "tag" ? `${c.key}=` : c.line;
        const id = "o" + sha(`${src.repo}\n${src.path}\n${c.syntax}\n${placedAs}\n${c.value}`).slice(0, 10);
        if (seen.has(id)) continue; // the same value in the same context of the same file
        seen.add(id);
        entries.push({
            id,
            half: halfOf(src, c.value),
            mandatory: c.kind !== "benign" && KIND_LEVEL[c.kind] === "mandatory",
            ...c,
        });
    }
    entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const note = (half: string) =>
        `${set}, ${half} half (issue 28): labelled values from public projects' test data that no other corpus of the project uses ` +
        "(sources: repository, path, commit, licence; values and their minimal key/label context only). Split from the held-out half by " +
        "sha256(repo, path, value) before any detector ran on either. Labels follow each source's own test expectation. " +
        `Regenerate with test/corpus/${set}/collect.py and test/corpus/build-outside.ts${setOpt}; score with \`npm run hygiene:outside --${setOpt} --half tuning\`.`;
    const file = (half: "tuning" | "heldout"): OutsideFile => {
        const es = entries.filter((e) => e.half === half);
        const used = new Set(es.map((e) => e.source));
        const sources = Object.fromEntries(Object.entries(raw.sources).filter(([k]) => used.has(k)));
        return { note: note(half), half, sources, entries: es };
    };
    const tuning = file("tuning");
    const heldout = file("heldout");
    // SOURCES.md: one row per source file, with counts per half.
    const rows = Object.entries(raw.sources)
        .map(([k, s]) => {
            const t = tuning.entries.filter((e) => e.source === k).length;
            const h = heldout.entries.filter((e) => e.source === k).length;
            return { k, s, t, h };
        })
        .filter((r) => r.t + r.h > 0);
    const byRepo = new Map<string, { licence: string; commit: string; files: number; t: number; h: number }>();
    for (const r of rows) {
        const x = byRepo.get(r.s.repo) ?? { licence: r.s.licence, commit: r.s.commit, files: 0, t: 0, h: 0 };
        x.files++;
        x.t += r.t;
        x.h += r.h;
        byRepo.set(r.s.repo, x);
    }
    const total = `Total: ${entries.length} values, ${tuning.entries.length} tuning, ${heldout.entries.length} held out.`;
    const described =
        set === DEFAULT_SET
            ? [
                  "# outside-2026-12: sources",
                  "",
                  "Labelled values from public projects' published test data that neither `corpus.json` nor `independent.json` draws on",
                  "(those use noseyparker, gitleaks, presidio, scrubadub, redactum, detect-secrets and secretlint). Values and their minimal",
                  "key/label context only; no file is copied. Generated by `test/corpus/build-outside.ts` from `candidates.json`",
                  "(`collect.py` extracts them from the repositories at the commits below). The split into `tuning.json` and `heldout.json`",
                  "is by sha256(repository, path, value), made before any detector ran.",
                  "",
                  total,
                  "",
                  "## How values are labelled (details and reasons in collect.py)",
                  "",
                  "- Skyscanner/whispers fixtures: each file's own compliant part -> benign, noncompliant part -> the file's kind; context lines of",
                  '  a noncompliant part that hold no secret (`login: admin`) -> benign; a 17-digit "card" left out.',
                  "- trufflehog detector tests: a sample (by hash of the path) of the values each detector's pattern test must find -> api-token",
                  "  (publishable `pk_` keys -> benign); all values of the detectors of the issue's token classes (Entra refresh tokens, AWS session",
                  "  credentials, Azure SAS tokens, chat-bot tokens, webhook URLs); truncated or `xxx` tokens the tests must not find -> benign.",
                  "  Connection-string detectors' test URLs are labelled by structure: a non-placeholder password -> url-credentials, else benign.",
                  "- braintree/card-validator: numbers the validator accepts -> payment-card, rejected numbers of card length -> benign.",
                  "- philterd/phileas: card numbers by the Luhn check (repeated digits -> benign); phone sentences -> phone-number.",
                  "- python-phonenumbers matcher tests: exact/strict grouping cases -> phone-number; impossible cases (dates, times) -> benign.",
                  '- pediatric-handoff-phi-remover synthetic handoffs: MRN / phone spans as labelled, a date after "born" -> date-of-birth; e-mail',
                  "  addresses at RFC 2606 example domains left out (the pack treats documentation domains as non-values by design).",
                  "- git-secrets, Azurite README: AWS's and Azurite's documented example keys -> benign.",
                  "",
              ]
            : [`# ${set}: sources`, "", ...fs.readFileSync(path.join(dir, "ABOUT.md"), "utf8").trimEnd().split("\n"), "", total, ""];
    const sourcesMd = [
        ...described,
        "Values are placed where the pack scans them by their syntax (test/corpus/evaluate-outside.ts): env -> container environment",
        "variable; url -> environment variable under the recorded key; json -> SageMaker pipeline definition; prose -> Bedrock agent",
        "instruction; every other syntax (configuration files, code, command lines) -> a line of a notebook lifecycle script.",
        "",
        "## By repository",
        "",
        "| repository | licence | commit | files | tuning | held out |",
        "|---|---|---|---:|---:|---:|",
        ...[...byRepo].map(([repo, x]) => `| ${repo} | ${x.licence} | ${x.commit} | ${x.files} | ${x.t} | ${x.h} |`),
        "",
        "## By file",
        "",
        "| repository | path | commit | licence | tuning | held out |",
        "|---|---|---|---|---:|---:|",
        ...rows.map((r) => `| ${r.s.repo} | ${r.s.path} | ${r.s.commit.slice(0, 12)} | ${r.s.licence} | ${r.t} | ${r.h} |`),
        "",
    ].join("\n");
    return { tuning, heldout, sourcesMd };
}

if (require.main === module) {
    const set = setArg(process.argv);
    const dir = setDir(set);
    const { tuning, heldout, sourcesMd } = build(set);
    const out: [string, string][] = [
        ["tuning.json", JSON.stringify(tuning, null, 1) + "\n"],
        ["heldout.json", JSON.stringify(heldout, null, 1) + "\n"],
        ["SOURCES.md", sourcesMd],
    ];
    if (process.argv.includes("--check")) {
        let stale = 0;
        for (const [f, text] of out) {
            const p = path.join(dir, f);
            if (!fs.existsSync(p) || fs.readFileSync(p, "utf8") !== text) {
                console.log(
                    `${f}: not what candidates.json gives (run: npx ts-node test/corpus/build-outside.ts${set === DEFAULT_SET ? "" : ` --set ${set}`})`,
                );
                stale++;
            }
        }
        console.log(`tuning ${tuning.entries.length}, heldout ${heldout.entries.length}${stale ? "" : ": up to date"}`);
        process.exit(stale ? 1 : 0);
    }
    for (const [f, text] of out) fs.writeFileSync(path.join(dir, f), text);
    console.log(`tuning ${tuning.entries.length}, heldout ${heldout.entries.length}`);
}
