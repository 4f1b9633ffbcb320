// Reads a Pulumi engine event log (`pulumi preview --event-log <file>`, or the streaming JSON of
// `PULUMI_ENABLE_STREAMING_JSON_PREVIEW=true pulumi preview --json`): newline-delimited
// apitype.EngineEvent objects. Policy events become findings; metadata comes from the catalog.

import { Finding, Fixed, internLast, knownGroups, makeFinding, makeFixed, parseUrn, Report, ResourceGroup } from "./findings";
import { controlCharsError, DEFAULT_MAX_INPUT_MIB, readInputText } from "./input";
import { InputError } from "./program";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** The policyEvent fields a report reads (apitype.PolicyEvent); anything else in an event is ignored. */
const POLICY_EVENT_SCHEMA = {
    type: "object",
    required: ["policyName", "message", "enforcementLevel"],
    propertyNames: { not: { enum: ["__proto__", "constructor", "prototype"] } },
    properties: {
        resourceUrn: { type: "string" },
        message: { type: "string" },
        color: { type: "string" },
        policyName: { type: "string", minLength: 1 },
        policyPackName: { type: "string" },
        policyPackVersion: { type: "string" },
        policyPackVersionTag: { type: "string" },
        enforcementLevel: { enum: ["advisory", "mandatory", "remediate"] },
        severity: { enum: ["", "low", "medium", "high", "critical"] },
    },
};

let validatePolicyEvent: ((o: unknown) => boolean) | undefined;
function policyEventIsValid(o: unknown): boolean {
    if (!validatePolicyEvent) {
        const Ajv = require("ajv");
        validatePolicyEvent = new Ajv({ strict: false, allErrors: false }).compile(POLICY_EVENT_SCHEMA);
    }
    return validatePolicyEvent!(o);
}

/** The policyRemediationEvent fields a report reads (apitype.PolicyRemediationEvent), checked like policy events. */
const REMEDIATION_EVENT_SCHEMA = {
    type: "object",
    required: ["policyName", "resourceUrn"],
    propertyNames: { not: { enum: ["__proto__", "constructor", "prototype"] } },
    properties: {
        resourceUrn: { type: "string" },
        policyName: { type: "string", minLength: 1 },
        policyPackName: { type: "string" },
        policyPackVersion: { type: "string" },
        before: { type: ["object", "null"] },
        after: { type: ["object", "null"] },
    },
};

let validateRemediationEvent: ((o: unknown) => boolean) | undefined;
function remediationEventIsValid(o: unknown): boolean {
    if (!validateRemediationEvent) {
        const Ajv = require("ajv");
        validateRemediationEvent = new Ajv({ strict: false, allErrors: false }).compile(REMEDIATION_EVENT_SCHEMA);
    }
    return (
        validateRemediationEvent!(o) &&
        nestingWithin((o as any).before, MAX_INPUTS_DEPTH) &&
        nestingWithin((o as any).after, MAX_INPUTS_DEPTH)
    );
}

/** Resource inputs nest far less than this; deeper `before`/`after` (100,000 levels overflowed the stack) is skipped. */
const MAX_INPUTS_DEPTH = 64;

/** Whether `node` nests at most `max` levels; iterative, so no depth overflows the stack. */
function nestingWithin(node: unknown, max: number): boolean {
    const stack: [unknown, number][] = [[node, 0]];
    while (stack.length > 0) {
        const [n, d] = stack.pop()!;
        if (n === null || typeof n !== "object") continue;
        if (d >= max) return false;
        for (const v of Object.values(n as object)) if (v !== null && typeof v === "object") stack.push([v, d + 1]);
    }
    return true;
}

/**
 * The findings of one resource kept so far, to drop repeats (a retried step writes its events again):
 * the first one's pack, policy and message, then `[pack, policy, message, …]` for more, then a set of
 * their joined keys once a resource has many. No key per event is built or kept for the common case
 * (a few findings a resource): on a 230 MB log those keys were 150 MB of strings; nor a list for the
 * first finding (half a million lists were much of what the garbage collector copied). The resource's
 * group of findings is kept with them, so the report does not build a second table of its URNs.
 */
class Kept {
    more?: string[] | Set<string>;
    group?: ResourceGroup;
    constructor(
        readonly pack: string,
        readonly policy: string,
        readonly message: string,
    ) {}
}
const KEPT_AS_LIST = 8;

/** Whether this finding was seen before on this resource; records it if not. */
function seenBefore(kept: Kept, pack: string, policy: string, message: string): boolean {
    if (kept.pack === pack && kept.policy === policy && kept.message === message) return true;
    const keys = kept.more;
    if (keys === undefined) {
        kept.more = [pack, policy, message];
        return false;
    }
    if (Array.isArray(keys)) {
        for (let i = 0; i < keys.length; i += 3) if (keys[i] === pack && keys[i + 1] === policy && keys[i + 2] === message) return true;
        if (keys.length < 3 * (KEPT_AS_LIST - 1)) {
            keys.push(pack, policy, message);
            return false;
        }
        const set = new Set<string>([`${kept.pack}\u0000${kept.policy}\u0000${kept.message}`]);
        for (let i = 0; i < keys.length; i += 3) set.add(`${keys[i]}\u0000${keys[i + 1]}\u0000${keys[i + 2]}`);
        kept.more = set;
        return seenBefore(kept, pack, policy, message);
    }
    const key = `${pack}\u0000${policy}\u0000${message}`;
    if (keys.has(key)) return true;
    keys.add(key);
    return false;
}

export function readEventLog(file: string, maxBytes: number = DEFAULT_MAX_INPUT_MIB * 1024 * 1024): Report & { warnings: string[] } {
    return parseEventLog(readInputText(file, "event log", maxBytes, false), file, false);
}

function isEngineEvent(o: any): boolean {
    if (!o || typeof o !== "object" || Array.isArray(o)) return false;
    if (o.policyEvent && typeof o.policyEvent === "object") return true; // most of a large log: no walk over its keys
    return Object.keys(o).some((k) => /^[a-z][A-Za-z]*Event$/.test(k) && o[k] && typeof o[k] === "object");
}

/**
 * The report of an event log's text. `controlsChecked: false` (readEventLog): the text was not searched
 * for control characters (a pass over 230 MB); a line that JSON.parse takes holds none, so they are
 * looked for only where a line is not taken (blank, cut, refused), and a binary file is refused as before.
 */
export function parseEventLog(text: string, file = "<events>", controlsChecked = true): Report & { warnings: string[] } {
    /** The reader's error for a binary file, when `part` of the text holds control characters and they were left to this. */
    const binary = (part: string) => (controlsChecked ? undefined : controlCharsError(part, "event log", file));
    /** An error about the log, unless the log is binary: then the error that says so, as the reader gives it. */
    const refused = (e: InputError): InputError => binary(text) ?? e;
    const warnings: string[] = [];
    let events = 0;
    const findings: Finding[] = [];
    const fixed: Fixed[] = [];
    let skipped = 0;
    let skippedFixes = 0;
    const seen = new Map<string, Kept>();
    const groups: ResourceGroup[] = [];
    let groupedByUrn = true; // false once a finding's URN is not its event's (no URN: the stack's, made here)
    const resources = new Set<string>();
    let packs: Record<string, string> | undefined;
    let tool = { name: "sagemaker-guard", version: "" };
    let project: string | undefined;
    let stack: string | undefined;
    const internMessage = internLast();
    // One pass, an event at a time: a 230 MB log is not held as 500,000 parsed events (nor as an array
    // of its lines). Reading an event has no effect outside this function, so a bad line further on
    // still fails the whole log as before.
    const take = (e: any) => {
        const resource = e.resourcePreEvent?.metadata?.urn ?? e.resOutputsEvent?.metadata?.urn;
        if (typeof resource === "string") resources.add(resource);
        if (e.summaryEvent && e.summaryEvent.PolicyPacks) packs = e.summaryEvent.PolicyPacks;
        const fix = e.policyRemediationEvent; // the engine replaced the inputs with the pack's remediation
        if (fix) {
            if (remediationEventIsValid(fix)) fixed.push(makeFixed(fix.policyName, fix.resourceUrn, fix.before, fix.after, true));
            else skippedFixes++;
        }
        const p = e.policyEvent;
        if (!p) return;
        if (!policyEventIsValid(p)) {
            skipped++;
            return;
        }
        // Only until the first URN that names them: `??=` keeps the first.
        const u = (project === undefined || stack === undefined) && typeof p.resourceUrn === "string" ? parseUrn(p.resourceUrn) : undefined;
        if (u) {
            project ??= u.project;
            stack ??= u.stack;
        }
        const urn: string = p.resourceUrn ?? "";
        // One copy of a message many resources repeat: the table of kept findings holds every event's.
        const message: string = p.message.length <= 4_096 ? internMessage(p.message) : p.message;
        let kept = seen.get(urn);
        if (kept === undefined) seen.set(urn, (kept = new Kept(p.policyPackName, p.policyName, message)));
        else if (seenBefore(kept, p.policyPackName, p.policyName, message)) return;
        if (p.policyPackName === "sagemaker-guard" || !tool.version)
            tool = { name: p.policyPackName || tool.name, version: p.policyPackVersion || "" };
        const finding = makeFinding({
            policy: p.policyName,
            pack: p.policyPackName ?? "",
            packVersion: p.policyPackVersion ?? "",
            level: p.enforcementLevel,
            severity: p.severity,
            urn:
                p.resourceUrn || (project && stack ? `urn:pulumi:${stack}::${project}::pulumi:pulumi:Stack::${project}-${stack}` : "stack"),
            message,
        });
        findings.push(finding);
        if (finding.urn !== urn) groupedByUrn = false;
        else if (kept.group) kept.group.findings.push(finding);
        else groups.push((kept.group = { urn, type: finding.resourceType, name: finding.resourceName, findings: [finding] }));
    };
    // Lines as `text.split(/\r?\n/)` gives them; the last line of a preview killed mid-write has no newline after it.
    const endsWithNewline = text.endsWith("\n");
    for (let i = 0, start = 0; start <= text.length; i++) {
        const nl = text.indexOf("\n", start);
        const end = nl < 0 ? text.length : nl;
        const line = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 && nl >= 0 ? end - 1 : end);
        start = nl < 0 ? text.length + 1 : nl + 1;
        const isLast = nl < 0 && !endsWithNewline;
        if (line.trim() === "") {
            const e = line && binary(line); // a vertical tab or a form feed is blank to trim()
            if (e) throw e;
            continue;
        }
        let o: any;
        try {
            o = JSON.parse(line);
        } catch {
            if (i === 0 && line.trim() === "{") {
                throw refused(
                    new InputError(
                        `${file} is not an event log: it looks like the summary of \`pulumi preview --json\`, which carries no policy events; use \`pulumi preview --event-log <file>\``,
                    ),
                );
            }
            if (isLast && i > 0) {
                const e = binary(line);
                if (e) throw e;
                warnings.push(`${file}: the last line is incomplete (a preview stopped while writing it?); ignored`);
                continue;
            }
            throw refused(new InputError(`${file}: line ${i + 1} is not JSON, so this is not a Pulumi engine event log`));
        }
        if (!isEngineEvent(o))
            throw refused(new InputError(`${file}: line ${i + 1} is not a Pulumi engine event (no "<kind>Event" field)`));
        events++;
        take(o);
    }
    // Past the loop every line was parsed or blank and searched: no control character is left to find.
    if (events === 0) throw new InputError(`${file} has no engine events: an empty event log`);
    if (groupedByUrn) knownGroups(findings, groups);

    for (const r of resources) {
        const u = parseUrn(r);
        if (u) {
            project ??= u.project;
            stack ??= u.stack;
        }
    }
    if (skipped)
        warnings.push(
            `${file}: ${skipped} policy event${skipped === 1 ? "" : "s"} skipped: fields of the wrong type, an unknown enforcement level or severity`,
        );
    if (skippedFixes)
        warnings.push(
            `${file}: ${skippedFixes} remediation event${skippedFixes === 1 ? "" : "s"} skipped: fields of the wrong type, or inputs nested deeper than ${MAX_INPUTS_DEPTH} levels`,
        );
    if (packs && Object.keys(packs).length === 0 && findings.length === 0 && fixed.length === 0) {
        throw new InputError(`${file}: no policy pack ran in this preview (run pulumi preview with --policy-pack)`);
    }
    return {
        tool,
        source: { kind: "events", path: file },
        project,
        stack,
        resources: resources.size || undefined,
        findings,
        exempted: [],
        ...(fixed.length ? { fixed } : {}),
        warnings,
    };
}
