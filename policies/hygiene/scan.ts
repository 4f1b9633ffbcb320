// The shared body of the hygiene policies: walk a resource's text fields (core/text-fields), run
// one detector category (hygiene/detectors) and report one violation per field with the kinds found.
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
    RawDetectorConfig,
    ScanContext,
} from "./detectors";
import type { Report, ResourceContext } from "../core/policy";
import { decodeScript, forEachTextField, TextField } from "../core/text-fields";

/** At most this many violations per resource and policy; the rest is summed up in one more. */
const MAX_REPORTS = 10;

const IDENT = /^[A-Za-z0-9_][A-Za-z0-9_.:/+@-]{0,63}$/;

/** A tag key, variable name or path segment, printed only when it is a plain identifier that no detector flags. */
export function safeName(s: string): string | undefined {
    return IDENT.test(s) && !looksSensitive(s) ? s : undefined;
}

function pathLabel(path: readonly (string | number)[]): string {
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

/** Calls `visit` with each finding of `category` in the text fields of a resource (scripts decoded), as the policies see them. */
export function forEachFinding(
    type: string,
    inputs: unknown,
    name: string | undefined,
    category: Category,
    cfg: () => DetectorConfig,
    fields: ((f: TextField) => boolean) | undefined,
    visit: (f: TextField, x: Finding) => void,
): void {
    forEachTextField(type, inputs, name, (f) => {
        if (fields && !fields(f)) return;
        const text = f.kind === "script" ? decodeScript(f.text) : f.text;
        for (const x of detect(text, contextOf(f), category, cfg())) visit(f, x);
    });
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
