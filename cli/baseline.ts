// `--baseline <previous findings.json>`: which findings this change made (new), which were there
// before (unchanged), and which are gone (fixed).
//
// Findings are matched by policy, resource URN and a fingerprint of the finding's facts: the
// property names and values the message quotes in `code` spans (`directInternetAccess`, `"Enabled"`),
// never its wording. A reworded message keeps its fingerprint; the same policy reporting a different
// property of the same resource does not. Two findings with the same key are matched one to one.

import * as crypto from "crypto";
import { Finding, Level, remembered, Report } from "./findings";
import { parseJson, readInputText } from "./input";
import { InputError } from "./program";

export type BaselineState = "new" | "unchanged";

/** A finding of the baseline that is not in this run. */
export interface GoneFinding {
    policy: string;
    urn: string;
    resourceType: string;
    resourceName: string;
    level: Level;
    problem: string;
    fingerprint: string;
}

export interface BaselineResult {
    file: string;
    new: number;
    unchanged: number;
    fixed: GoneFinding[];
}

/** The facts of a message: its `code` spans, whitespace collapsed, sorted and deduplicated. */
export function factsOf(problem: string): string[] {
    const spans = [...problem.matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/\s+/g, " ").trim()).filter(Boolean);
    return [...new Set(spans)].sort();
}

/** factsOf(problem) joined, for the problems seen last: one message is repeated for many resources. */
const joinedFactsOf = remembered((problem) =>
    factsOf(problem)
        .map((x) => `\u0000${x}`)
        .join(""),
);

/** 32 hex digits of SHA-256 over the policy, the URN and the facts (never the wording). */
export function fingerprint(f: { policy: string; urn: string; problem: string }): string {
    return sha256Hex(`sagemaker-guard/facts/v1\u0000${f.policy}\u0000${f.urn}${joinedFactsOf(f.problem)}`).slice(0, 32);
}

/**
 * SHA-256 of a string, in hex. `crypto.hash` (Node 20.12+) makes no Hash object: a third of the cost
 * of createHash for the 500,000 fingerprints of a large report.
 */
export const sha256Hex: (text: string) => string =
    typeof (crypto as { hash?: unknown }).hash === "function"
        ? (text) => (crypto as unknown as { hash(a: string, d: string, e: string): string }).hash("sha256", text, "hex")
        : (text) => crypto.createHash("sha256").update(text).digest("hex");

const str = (x: unknown): x is string => typeof x === "string";

/** The findings of a `--format json` report of an earlier run (this version's or an older one's). */
export function readBaseline(file: string, maxBytes: number): GoneFinding[] {
    const doc = parseJson(readInputText(file, "baseline", maxBytes), "baseline", file) as Record<string, unknown> | null;
    if (!doc || typeof doc !== "object" || !Array.isArray(doc.findings))
        throw new InputError(`baseline ${file} is not a sagemaker-guard JSON report (no "findings" list): make it with --format json`);
    const out: GoneFinding[] = [];
    doc.findings.forEach((x: unknown, i: number) => {
        const f = x as Record<string, unknown>;
        if (!f || typeof f !== "object" || !str(f.policy) || !str(f.urn))
            throw new InputError(`baseline ${file}: finding ${i + 1} has no policy or urn`);
        const problem = str(f.problem) ? f.problem : "";
        out.push({
            policy: f.policy,
            urn: f.urn,
            resourceType: str(f.resourceType) ? f.resourceType : "",
            resourceName: str(f.resourceName) ? f.resourceName : f.urn,
            level: f.level === "mandatory" ? "mandatory" : "advisory",
            problem,
            // A fingerprint of another scheme (or none) is recomputed from the facts.
            fingerprint:
                str(f.fingerprint) && /^[0-9a-f]{32}$/.test(f.fingerprint)
                    ? f.fingerprint
                    : fingerprint({ policy: f.policy, urn: f.urn, problem }),
        });
    });
    return out;
}

/** Marks each finding of `report` new or unchanged against `previous`, and lists the gone ones. */
export function applyBaseline(report: Report, previous: GoneFinding[], file: string): BaselineResult {
    const left = new Map<string, GoneFinding[]>();
    const key = (policy: string, urn: string, fp: string) => `${policy}\u0000${urn}\u0000${fp}`;
    for (const p of previous) {
        const k = key(p.policy, p.urn, p.fingerprint);
        const l = left.get(k);
        if (l) l.push(p);
        else left.set(k, [p]);
    }
    let added = 0;
    for (const f of report.findings) {
        f.fingerprint = fingerprint(f);
        const l = left.get(key(f.policy, f.urn, f.fingerprint));
        if (l && l.length) {
            l.shift();
            f.baseline = "unchanged";
        } else {
            f.baseline = "new";
            added++;
        }
    }
    const fixed = [...left.values()]
        .flat()
        .sort((a, b) => a.urn.localeCompare(b.urn) || a.policy.localeCompare(b.policy) || a.fingerprint.localeCompare(b.fingerprint));
    const result = { file, new: added, unchanged: report.findings.length - added, fixed };
    report.baseline = result;
    return result;
}

export type FailOn = "mandatory" | "new" | "never";

/** The exit code for `--fail-on`: any mandatory finding, only new mandatory findings, or never. */
export function exitCodeFor(findings: Finding[], failOn: FailOn): number {
    if (failOn === "never") return 0;
    return findings.some((f) => f.level === "mandatory" && (failOn === "mandatory" || f.baseline === "new")) ? 1 : 0;
}
