// Scores the pack's hygiene policies on one half of an outside corpus (issue 28, part 4; outside-2026-12
// unless `--set` names another, such as outside-2027-01).
// Each value is placed where the pack scans it, in the syntax it came in: a container environment
// variable or a tag under its own name, a line of a lifecycle script (configuration files, code,
// command lines), a SageMaker pipeline definition (JSON) or a Bedrock agent instruction (prose).
// Then the four hygiene policies run on the resource through the public policies and the in-process
// engine harness (test/harness.ts), as `pulumi preview` would run them, so this keeps working when the
// detectors move. A value is found when the policy of its kind's level reports it (mandatory kinds:
// hygiene-no-credentials / hygiene-no-phi), or, for "any level", any policy of its family.
// Prints ids, kinds, classes, syntaxes and sources, never a value.
//   npm run hygiene:outside -- [--set outside-2027-01] --half tuning [--details] [--json]
// The held-out half is scored once, by the lead, at the end (issue 28).

import * as fs from "fs";
import * as path from "path";
import { catalog } from "../../policies/catalog";
import type { GuardPolicy } from "../../policies/core/policy";
import { runResource } from "../harness";
import { DEFAULT_SET, KIND_FAMILY, KIND_LEVEL, OutsideEntry, OutsideFile, setArg, setDir } from "./build-outside";

type Family = "credential" | "phi";
type PolicyName = "hygiene-no-credentials" | "hygiene-possible-credentials" | "hygiene-no-phi" | "hygiene-possible-phi";
const POLICIES: Record<PolicyName, { family: Family; level: "mandatory" | "advisory" }> = {
    "hygiene-no-credentials": { family: "credential", level: "mandatory" },
    "hygiene-possible-credentials": { family: "credential", level: "advisory" },
    "hygiene-no-phi": { family: "phi", level: "mandatory" },
    "hygiene-possible-phi": { family: "phi", level: "advisory" },
};
const NAMES = Object.keys(POLICIES) as PolicyName[];

function policy(name: PolicyName): GuardPolicy {
    const p = catalog.find((x) => x.name === name);
    if (!p) throw new Error(`policy ${name} is not in the catalog`);
    return p;
}

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");

/** The resource a value is placed in, by the syntax of its context. */
export function placed(e: OutsideEntry): { type: string; props: Record<string, unknown> } {
    const model = "aws:sagemaker/model:Model";
    const base = { executionRoleArn: "arn:aws:iam::123456789012:role/sagemaker-exec" };
    switch (e.syntax) {
        case "env":
        case "url":
            return {
                type: model,
                props: {
                    ...base,
                    primaryContainer: {
                        image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/m:1",
                        environment: { [e.key ?? "SETTING"]: e.syntax === "env" ? e.value : (e.line ?? e.value) },
                    },
                },
            };
        case "tag":
            return { type: model, props: { ...base, tags: { [e.key!]: e.value } } };
        case "json": {
            // A fragment of a JSON document: made a document when it is a member list.
            const l = (e.line ?? "").trim().replace(/,$/, "");
            const doc = /^"[^"]*"\s*:/.test(l) ? `{${l}}` : l;
            return {
                type: "aws:sagemaker/pipeline:Pipeline",
                props: { pipelineName: "p", pipelineDisplayName: "p", roleArn: base.executionRoleArn, pipelineDefinition: doc },
            };
        }
        case "prose":
            return { type: "aws:bedrock/agentAgent:AgentAgent", props: { agentName: "a", foundationModel: "m", instruction: e.line } };
        default:
            // Configuration files, code and command lines: a notebook lifecycle script (base64, as the provider takes it).
            return {
                type: "aws:sagemaker/notebookInstanceLifecycleConfiguration:NotebookInstanceLifecycleConfiguration",
                props: { name: "lc", onStart: b64(`#!/bin/bash\n${e.line}\n`) },
            };
    }
}

/** Which of the four policies report the value. */
export function flaggedBy(e: OutsideEntry): Set<PolicyName> {
    const { type, props } = placed(e);
    const out = new Set<PolicyName>();
    for (const n of NAMES) {
        const r = runResource(policy(n), { type, props, name: "res" });
        if (r.cantRun.length > 0) throw new Error(`${n} could not run on ${e.id}`);
        // A config-error message is not a finding (the default config has none).
        if (r.violations.some((v) => !v.startsWith("The policy config has entries"))) out.add(n);
    }
    return out;
}

export function loadHalf(half: "tuning" | "heldout", set: string = DEFAULT_SET): OutsideFile {
    return JSON.parse(fs.readFileSync(path.join(setDir(set), `${half}.json`), "utf8")) as OutsideFile;
}

interface Row {
    label: string;
    level: string;
    labelled: number;
    found: number;
    foundAny: number;
}

export interface Score {
    half: string;
    entries: number;
    benign: number;
    benignFlagged: number;
    benignMandatory: number;
    kinds: Row[];
    classes: Row[];
    /** Per syntax of the context: sensitive values found (any level), benign values flagged (any policy). */
    syntaxes: { syntax: string; sensitive: number; found: number; benign: number; flagged: number }[];
    policies: { name: PolicyName; detections: number; right: number; onBenign: number; onOtherFamily: number }[];
    mandatory: { labelled: number; found: number; detections: number; right: number };
    misses: OutsideEntry[];
    falsePositives: { e: OutsideEntry; by: PolicyName[] }[];
}

/** A score with nothing counted yet. */
export function emptyScore(file: OutsideFile): Score {
    return {
        half: file.half,
        entries: file.entries.length,
        benign: 0,
        benignFlagged: 0,
        benignMandatory: 0,
        kinds: [],
        classes: [],
        syntaxes: [],
        policies: [],
        mandatory: { labelled: 0, found: 0, detections: 0, right: 0 },
        misses: [],
        falsePositives: [],
    };
}

export function score(file: OutsideFile): Score {
    const kinds = new Map<string, Row>();
    const classes = new Map<string, Row>();
    const syntaxes = new Map<string, { syntax: string; sensitive: number; found: number; benign: number; flagged: number }>();
    const pol = new Map(NAMES.map((n) => [n, { name: n, detections: 0, right: 0, onBenign: 0, onOtherFamily: 0 }]));
    const s = emptyScore(file);
    const row = (m: Map<string, Row>, label: string, level: string) => {
        let r = m.get(label);
        if (!r) m.set(label, (r = { label, level, labelled: 0, found: 0, foundAny: 0 }));
        return r;
    };
    for (const e of file.entries) {
        const by = flaggedBy(e);
        const fam: Family | undefined = e.kind === "benign" ? undefined : KIND_FAMILY[e.kind];
        for (const n of by) {
            const p = pol.get(n)!;
            p.detections++;
            if (fam === POLICIES[n].family) p.right++;
            else if (fam === undefined) p.onBenign++;
            else p.onOtherFamily++;
        }
        const wrong = [...by].filter((n) => POLICIES[n].family !== fam);
        if (wrong.length > 0) s.falsePositives.push({ e, by: wrong });
        let sx = syntaxes.get(e.syntax);
        if (!sx) syntaxes.set(e.syntax, (sx = { syntax: e.syntax, sensitive: 0, found: 0, benign: 0, flagged: 0 }));
        if (fam === undefined) {
            sx.benign++;
            if (by.size > 0) sx.flagged++;
        } else {
            sx.sensitive++;
            if ([...by].some((n) => POLICIES[n].family === fam)) sx.found++;
        }
        if (fam === undefined) {
            s.benign++;
            if (by.size > 0) s.benignFlagged++;
            if ([...by].some((n) => POLICIES[n].level === "mandatory")) s.benignMandatory++;
            continue;
        }
        const level = KIND_LEVEL[e.kind];
        const expected = NAMES.find((n) => POLICIES[n].family === fam && POLICIES[n].level === level)!;
        const found = by.has(expected);
        const foundAny = [...by].some((n) => POLICIES[n].family === fam);
        for (const r of [row(kinds, e.kind, level), row(classes, e.class, level)]) {
            r.labelled++;
            if (found) r.found++;
            if (foundAny) r.foundAny++;
        }
        if (!found) s.misses.push(e);
        if (level === "mandatory") {
            s.mandatory.labelled++;
            if (found) s.mandatory.found++;
        }
    }
    for (const n of NAMES)
        if (POLICIES[n].level === "mandatory") {
            s.mandatory.detections += pol.get(n)!.detections;
            s.mandatory.right += pol.get(n)!.right;
        }
    const order = (a: Row, b: Row) => (a.level === b.level ? a.label.localeCompare(b.label) : a.level === "mandatory" ? -1 : 1);
    s.kinds = [...kinds.values()].sort(order);
    s.classes = [...classes.values()].sort(order);
    s.syntaxes = [...syntaxes.values()].sort((a, b) => a.syntax.localeCompare(b.syntax));
    s.policies = [...pol.values()];
    return s;
}

const pct = (n: number, of: number) => (of === 0 ? "–" : `${((n / of) * 100).toFixed(1)}%`);

export function table(s: Score, set: string = DEFAULT_SET): string {
    const rows = (rs: Row[]) =>
        rs.map(
            (r) =>
                `| ${r.label} | ${r.level} | ${r.labelled} | ${r.found} | ${pct(r.found, r.labelled)} | ${pct(r.foundAny, r.labelled)} |`,
        );
    const m = s.mandatory;
    return [
        `${set}, ${s.half} half: ${s.entries} values (${s.entries - s.benign} sensitive, ${s.benign} benign look-alikes)`,
        `mandatory kinds: recall ${pct(m.found, m.labelled)} (${m.found}/${m.labelled}); precision of the mandatory policies ${pct(m.right, m.detections)} (${m.right}/${m.detections})`,
        `benign look-alikes flagged: ${pct(s.benignFlagged, s.benign)} (${s.benignFlagged}/${s.benign}) by any policy, ${pct(s.benignMandatory, s.benign)} (${s.benignMandatory}) by a mandatory one`,
        "",
        "Recall per labelled kind (found: reported by the policy of the kind's level; any level: by either policy of its family)",
        "",
        "| kind | level | labelled | found | recall | recall, any level |",
        "|---|---|---:|---:|---:|---:|",
        ...rows(s.kinds),
        "",
        "Recall per class of the issue",
        "",
        "| class | level | labelled | found | recall | recall, any level |",
        "|---|---|---:|---:|---:|---:|",
        ...rows(s.classes),
        "",
        "Per syntax of the value's context (sensitive values found at any level; benign look-alikes flagged by any policy)",
        "",
        "| syntax | sensitive | found | recall | benign | flagged | flagged % |",
        "|---|---:|---:|---:|---:|---:|---:|",
        ...s.syntaxes.map(
            (x) =>
                `| ${x.syntax} | ${x.sensitive} | ${x.found} | ${pct(x.found, x.sensitive)} | ${x.benign} | ${x.flagged} | ${pct(x.flagged, x.benign)} |`,
        ),
        "",
        "Precision per policy (right: the value is labelled with a kind of the policy's family)",
        "",
        "| policy | detections | right | on benign | on the other family | precision |",
        "|---|---:|---:|---:|---:|---:|",
        ...s.policies.map(
            (p) => `| ${p.name} | ${p.detections} | ${p.right} | ${p.onBenign} | ${p.onOtherFamily} | ${pct(p.right, p.detections)} |`,
        ),
    ].join("\n");
}

/** Misses and false positives by id, label, syntax and source: never a value. */
export function details(s: Score): string[] {
    return [
        ...s.misses.map((e) => `miss ${e.id}: ${e.kind} / ${e.class} (${e.syntax}${e.key ? " " + e.key : ""}) ${e.source} ${e.origin}`),
        ...s.falsePositives.map(
            (f) => `fp ${f.e.id}: ${f.by.join(",")} on ${f.e.kind} / ${f.e.class} (${f.e.syntax}) ${f.e.source} ${f.e.origin}`,
        ),
    ];
}

if (require.main === module) {
    const i = process.argv.indexOf("--half");
    const half = process.argv[i + 1];
    if (i < 0 || (half !== "tuning" && half !== "heldout")) {
        console.error("usage: npm run hygiene:outside -- [--set outside-2027-01] --half tuning|heldout [--details] [--json]");
        process.exit(2);
    }
    const set = setArg(process.argv);
    const s = score(loadHalf(half, set));
    if (process.argv.includes("--json")) {
        const strip = (e: OutsideEntry) => ({
            id: e.id,
            kind: e.kind,
            class: e.class,
            syntax: e.syntax,
            source: e.source,
            origin: e.origin,
        });
        console.log(
            JSON.stringify(
                { ...s, misses: s.misses.map(strip), falsePositives: s.falsePositives.map((f) => ({ ...strip(f.e), by: f.by })) },
                null,
                1,
            ),
        );
    } else {
        console.log(table(s, set));
        if (process.argv.includes("--details")) console.log(["", ...details(s)].join("\n"));
    }
}
