// Reads a Pulumi engine event log (`pulumi preview --event-log <file>`, or the streaming JSON of
// `PULUMI_ENABLE_STREAMING_JSON_PREVIEW=true pulumi preview --json`): newline-delimited
// apitype.EngineEvent objects. Policy events become findings; metadata comes from the catalog.

import * as fs from "fs";
import { Finding, Fixed, makeFinding, makeFixed, parseUrn, Report } from "./findings";
import { InputError } from "./program";

/* eslint-disable @typescript-eslint/no-explicit-any */

export function readEventLog(file: string): Report {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (e) {
        throw new InputError(`cannot read event log ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    return parseEventLog(text, file);
}

function isEngineEvent(o: any): boolean {
    if (!o || typeof o !== "object" || Array.isArray(o)) return false;
    return Object.keys(o).some((k) => /^[a-z][A-Za-z]*Event$/.test(k) && o[k] && typeof o[k] === "object");
}

export function parseEventLog(text: string, file = "<events>"): Report {
    const lines = text.split(/\r?\n/);
    const events: any[] = [];
    lines.forEach((line, i) => {
        if (line.trim() === "") return;
        let o: any;
        try {
            o = JSON.parse(line);
        } catch {
            if (i === 0 && line.trim() === "{") {
                throw new InputError(
                    `${file} is not an event log: it looks like the summary of \`pulumi preview --json\`, which carries no policy events; use \`pulumi preview --event-log <file>\``,
                );
            }
            throw new InputError(`${file}: line ${i + 1} is not JSON, so this is not a Pulumi engine event log`);
        }
        if (!isEngineEvent(o)) throw new InputError(`${file}: line ${i + 1} is not a Pulumi engine event (no "<kind>Event" field)`);
        events.push(o);
    });
    if (events.length === 0) throw new InputError(`${file} has no engine events: an empty event log`);

    const findings: Finding[] = [];
    const fixed: Fixed[] = [];
    const seen = new Set<string>();
    const resources = new Set<string>();
    let packs: Record<string, string> | undefined;
    let tool = { name: "sagemaker-guard", version: "" };
    let project: string | undefined;
    let stack: string | undefined;
    for (const e of events) {
        const urn = e.resourcePreEvent?.metadata?.urn ?? e.resOutputsEvent?.metadata?.urn;
        if (typeof urn === "string") resources.add(urn);
        if (e.summaryEvent && e.summaryEvent.PolicyPacks) packs = e.summaryEvent.PolicyPacks;
        const fix = e.policyRemediationEvent; // the engine replaced the inputs with the pack's remediation
        if (fix && typeof fix.policyName === "string" && typeof fix.resourceUrn === "string")
            fixed.push(makeFixed(fix.policyName, fix.resourceUrn, fix.before, fix.after, true));
        const p = e.policyEvent;
        if (!p) continue;
        if (typeof p.policyName !== "string" || typeof p.message !== "string") {
            throw new InputError(`${file}: a policyEvent (sequence ${e.sequence ?? "?"}) has no policyName or message`);
        }
        const u = typeof p.resourceUrn === "string" ? parseUrn(p.resourceUrn) : undefined;
        if (u) {
            project ??= u.project;
            stack ??= u.stack;
        }
        const key = `${p.policyPackName}\u0000${p.policyName}\u0000${p.resourceUrn ?? ""}\u0000${p.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (p.policyPackName === "sagemaker-guard" || !tool.version)
            tool = { name: p.policyPackName || tool.name, version: p.policyPackVersion || "" };
        findings.push(
            makeFinding({
                policy: p.policyName,
                pack: p.policyPackName ?? "",
                packVersion: p.policyPackVersion ?? "",
                level: p.enforcementLevel ?? "advisory",
                severity: p.severity,
                urn:
                    p.resourceUrn ||
                    (project && stack ? `urn:pulumi:${stack}::${project}::pulumi:pulumi:Stack::${project}-${stack}` : "stack"),
                message: p.message,
            }),
        );
    }
    for (const r of resources) {
        const u = parseUrn(r);
        if (u) {
            project ??= u.project;
            stack ??= u.stack;
        }
    }
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
    };
}
