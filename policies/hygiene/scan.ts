// The shared body of the hygiene policies: walk a resource's text fields (./text-fields), run
// one detector category (./detectors) and report one violation per field with the kinds found.
// Messages name the field (tag key, variable name, script line) and the kind; never the value.

import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";
import {
    Category,
    compileDetectorConfig,
    DEFAULT_ALLOWED_HOSTS,
    detect,
    DetectorConfig,
    Finding,
    KINDS,
    looksSensitive,
    MAX_SCAN_CHARS,
    RawDetectorConfig,
    ScanContext,
} from "./detectors";
import type { Report, ResourceContext } from "../core/policy";
import { decodeScript, forEachTextField, ScanLimit, TextField } from "./text-fields";

/** At most this many violations per resource and policy; the rest is summed up in one more. */
const MAX_REPORTS = 10;

const IDENT = /^[A-Za-z0-9_][A-Za-z0-9_.:/+@-]{0,63}$/;

/** A tag key, variable name or path segment, printed only when it is a plain identifier that no detector flags. */
export function safeName(s: string): string | undefined {
    return IDENT.test(s) && !looksSensitive(s) ? s : undefined;
}

/** A path for a message: plain schema names and indexes; any other segment as `…`. */
export function pathLabel(path: readonly (string | number)[]): string {
    let out = "";
    for (const seg of path) {
        if (typeof seg === "number") out += `[${seg}]`;
        else out += (out ? "." : "") + (/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(seg) && !looksSensitive(seg) ? seg : "…");
    }
    return out;
}

const ENV_MAPS = new Set(["environment", "environmentVariables", "containerEnvironmentVariables"]);

/** Where a finding is, for the message: "Tag `Owner`", "Line 12 of the `onStart` lifecycle script". */
export function fieldLabel(f: TextField, line: number | undefined): string {
    switch (f.kind) {
        case "name":
            return "The resource name";
        case "tag-key":
            return f.fromTagsAll ? "A tag key (in `tagsAll`)" : "A tag key";
        case "tag": {
            const k = safeName(f.key ?? "");
            const where = f.fromTagsAll ? " (in `tagsAll`, the provider's default tags)" : "";
            return (k ? `Tag \`${k}\`` : "A tag") + where;
        }
        case "env": {
            const k = safeName(f.key ?? "");
            const map = f.path[f.path.length - 2];
            const container = f.path.slice(0, -2);
            const of = container.length > 0 ? ` of \`${pathLabel(container)}\`` : "";
            if (typeof map === "string" && ENV_MAPS.has(map)) return (k ? `Environment variable \`${k}\`` : "An environment variable") + of;
            return (k ? `Entry \`${k}\`` : "An entry") + ` of \`${pathLabel(f.path.slice(0, -1))}\``;
        }
        case "script": {
            const s = `the \`${f.scriptField}\` lifecycle script`;
            return line !== undefined ? `Line ${line} of ${s}` : s[0].toUpperCase() + s.slice(1);
        }
        case "repo-url":
        case "text":
            return `\`${pathLabel(f.path)}\`` + (line !== undefined ? ` (line ${line})` : "");
    }
}

function contextOf(f: TextField): ScanContext {
    switch (f.kind) {
        case "tag":
            return { context: "tag", key: f.key };
        case "env":
            return { context: "env", key: f.key };
        case "script":
            return { context: "script" };
        case "repo-url":
            return { context: "repo-url" };
        default:
            return { context: "text" };
    }
}

function phrase(fs: Finding[]): string {
    const parts = fs.map((x) => (x.kind === "custom" ? `text matching the organisation pattern \`${x.pattern}\`` : KINDS[x.kind].phrase));
    return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

export interface ScanOptions {
    category: Category;
    /** Which fields this policy scans (default: all). */
    fields?: (f: TextField) => boolean;
    /** Appended to each message: why it matters. */
    why: string;
}

/**
 * Characters two windows of a long value share: more than the longest match of any detector (a JSON
 * Web Token: 16,386 characters), so a match cut by one window's end is whole in the next.
 */
const WINDOW_OVERLAP = 17 * 1024;
/** How far back from the overlap a window may start to begin at a line (or a word). */
const WINDOW_ALIGN = 4 * 1024;
const WORD_BREAK = /[\s,;"'{}[\]()<>]/;

/** Where the window after [start, end) starts: WINDOW_OVERLAP before `end`, moved back to a line start (or a word break) when one is near. */
function nextWindowStart(text: string, start: number, end: number): number {
    const at = end - WINDOW_OVERLAP;
    const floor = Math.max(start + 1, at - WINDOW_ALIGN);
    const nl = text.lastIndexOf("\n", at - 1);
    if (nl >= floor - 1) return nl + 1;
    for (let i = at - 1; i >= floor; i--) if (WORD_BREAK.test(text[i])) return i + 1;
    return at;
}

/**
 * `detect` over the whole of `text`. The detectors scan MAX_SCAN_CHARS characters of one call, so a
 * longer value is scanned in overlapping windows of that size (linear: each character is scanned at
 * most about 1.5 times); each kind is reported once, at its first line, as `detect` reports it.
 */
export function detectWhole(text: string, ctx: ScanContext, category: Category, cfg: DetectorConfig): Finding[] {
    if (text.length <= MAX_SCAN_CHARS) return detect(text, ctx, category, cfg);
    if (cfg.allowValues.size > 0 && cfg.allowValues.has(text)) return [];
    const multiline = text.includes("\n");
    const out: Finding[] = [];
    const seen = new Set<string>();
    let start = 0;
    let lineBase = 0; // line breaks before `start`
    for (;;) {
        const end = Math.min(text.length, start + MAX_SCAN_CHARS);
        for (const x of detect(text.slice(start, end), ctx, category, cfg)) {
            const id = x.pattern === undefined ? x.kind : `${x.kind}:${x.pattern}`;
            if (seen.has(id)) continue;
            seen.add(id);
            out.push({ ...x, ...(multiline ? { line: lineBase + (x.line ?? 1) } : {}) });
        }
        if (end === text.length) break;
        const next = nextWindowStart(text, start, end);
        for (let i = text.indexOf("\n", start); i !== -1 && i < next; i = text.indexOf("\n", i + 1)) lineBase++;
        start = next;
    }
    // As `detect` does for one value: a specific credential is not also reported as a "literal secret".
    if (out.length > 1 && seen.has("password-literal") && (category === "credential" || category === "possible-credential"))
        return out.filter((f) => f.kind !== "password-literal");
    return out;
}

/** Calls `visit` with each finding of `category` in the text fields of a resource (scripts decoded), as the policies see them. */
export function forEachFinding(
    type: string,
    inputs: unknown,
    name: string | undefined,
    category: Category,
    cfg: () => DetectorConfig,
    fields: ((f: TextField) => boolean) | undefined,
    visit: (f: TextField, x: Finding) => void,
    onLimit?: (l: ScanLimit) => void,
): void {
    forEachTextField(
        type,
        inputs,
        name,
        (f) => {
            if (fields && !fields(f)) return;
            const text = f.kind === "script" ? decodeScript(f.text) : f.text;
            for (const x of detectWhole(text, contextOf(f), category, cfg())) visit(f, x);
        },
        onLimit,
    );
}

/** Runs one detector category over a resource's text fields and reports per field. Never echoes values. */
export function scanResource(r: ResourceContext, report: Report, opts: ScanOptions): void {
    let compiled: ReturnType<typeof compileDetectorConfig> | undefined;
    const cfg = () => {
        if (!compiled) {
            compiled = compileDetectorConfig(r.config as RawDetectorConfig);
            if (compiled.errors.length > 0) {
                report(
                    `The policy config has entries that cannot be used, so they are ignored: ${compiled.errors.slice(0, 5).join("; ")}.`,
                    "correct the listed entries in this policy's config (regexes must be valid for RE2, the linear-time engine: no back-references or lookaheads)",
                );
            }
        }
        return compiled.config;
    };
    const byLabel = new Map<string, Finding[]>();
    forEachFinding(r.type, r.raw(), r.name, opts.category, cfg, opts.fields, (f, x) => {
        const label = fieldLabel(f, f.kind === "script" || f.kind === "text" ? x.line : undefined);
        const list = byLabel.get(label);
        if (!list) byLabel.set(label, [x]);
        else if (!list.some((y) => y.kind === x.kind && y.pattern === x.pattern)) list.push(x);
    });
    let n = 0;
    for (const [label, fs] of byLabel) {
        if (n++ === MAX_REPORTS) {
            report(`${byLabel.size - MAX_REPORTS} more fields of this resource hold the same kinds of data.`);
            break;
        }
        report(`${label} holds ${phrase(fs)}. ${opts.why}`);
    }
}

/** Config properties shared by the hygiene policies (JSON Schema with defaults). */
export const allowlistSchema: Record<string, PolicyConfigJSONSchema> = {
    allowlist: {
        type: "array",
        items: { type: "string" },
        default: [],
        description: "Exact values (or exact matched text) never reported, e.g. a published test card number used in fixtures.",
    },
    allowlistPatterns: {
        type: "array",
        items: { type: "string" },
        default: [],
        description:
            "Regular expressions (case-insensitive); a value or matched text that matches one entirely is never reported. They run on RE2 (linear time): back-references and lookaheads are rejected.",
    },
};

/** Hosts whose plain-text URLs the URL policies do not report. */
export const allowedHostsSchema: PolicyConfigJSONSchema = {
    type: "array",
    items: { type: "string" },
    default: [...DEFAULT_ALLOWED_HOSTS],
    description: "Hosts (exact, or `*.suffix`) whose plain-text URLs are not reported; loopback is always allowed.",
};
