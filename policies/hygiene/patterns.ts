// Regular expressions organisations put in a hygiene policy's config, and maintained rule data,
// matched in time bounded by the input. A backtracking engine (RegExp) can take exponential time on
// such patterns (`********!`, `(\d|\w)+!`), which hangs a preview.

import type { RE2JS } from "re2js";

// ---------------------------------------------------------------------------------------------
// Organisation regexes on RE2 (re2js: a pure-JavaScript port of RE2, linear in the input).

/**
 * RE2 does at most (program size × characters) steps on a value. Each organisation pattern scans
 * as many characters of a value as this budget allows: the whole value (up to the detectors' 64 KiB)
 * for ordinary patterns, at least MAX_ORG_PROGRAM_SIZE-th of it for the most complex ones allowed.
 * Measured (re2js 2.10, Node 20): about 0.25 s for a full budget on the slowest patterns.
 */
export const ORG_PATTERN_WORK_BUDGET = 4_000_000;
/** Larger programs (e.g. `[\s\S]{1,999}\d[\s\S]{1,999}z`, 4,000 instructions) are a config error. */
export const MAX_ORG_PROGRAM_SIZE = 1_000;

let engine: typeof import("re2js") | undefined;
/** Loaded on first use: about 50 ms, paid only by packs configured with organisation patterns. */
const re2js = (): typeof import("re2js") => (engine ??= require("re2js") as typeof import("re2js"));

/** The reason a pattern cannot run on RE2, in our words (config text may be quoted: it is not resource input). */
class UnsupportedPattern extends Error {}

const BACKREFERENCE = "uses a back-reference, which a linear-time engine cannot run";
const compiled = new Map<string, RE2JS>();

function compileRe2(source: string, flags: string): RE2JS {
    const key = `${flags}/${source}`;
    const hit = compiled.get(key);
    if (hit) return hit;
    const { RE2JS } = re2js();
    // translateRegExp would turn a named back-reference into literal text: refuse it here.
    if (source.includes("\\k<")) throw new UnsupportedPattern(BACKREFERENCE);
    let bits = RE2JS.LOOKBEHINDS;
    if (flags.includes("i")) bits |= RE2JS.CASE_INSENSITIVE;
    if (flags.includes("m")) bits |= RE2JS.MULTILINE;
    if (flags.includes("s")) bits |= RE2JS.DOTALL;
    let re: RE2JS;
    try {
        re = RE2JS.compile(RE2JS.translateRegExp(source), bits);
    } catch (e) {
        const why = String((e as Error).message ?? e).replace(/^error parsing regexp: /, "");
        if (why.includes("`(?=") || why.includes("`(?!"))
            throw new UnsupportedPattern("uses a lookahead, which a linear-time engine cannot run");
        if (/escape sequence: `\\[1-9]/.test(why)) throw new UnsupportedPattern(BACKREFERENCE);
        if (why.startsWith("invalid capture in lookbehind"))
            throw new UnsupportedPattern("has a capturing group in a lookbehind: use (?:...) there");
        throw new UnsupportedPattern(`is not a regular expression the linear-time engine (RE2) accepts (${why.slice(0, 100)})`);
    }
    if (re.programSize() > MAX_ORG_PROGRAM_SIZE) {
        throw new UnsupportedPattern(
            `is too complex for a per-value budget (${re.programSize()} RE2 instructions, at most ${MAX_ORG_PROGRAM_SIZE}: use smaller repetition counts)`,
        );
    }
    if (compiled.size >= 256) compiled.clear();
    compiled.set(key, re);
    return re;
}

type Matcher = ReturnType<RE2JS["matcher"]>;

/**
 * A RegExp whose matching runs on RE2: `exec`, `test` and everything built on them (`match`,
 * `matchAll`, `replace`, `split` call `exec` on a RegExp subclass) take time linear in the input,
 * so code written for RegExp (global `exec` loops with `lastIndex`) keeps working unchanged. The
 * native engine only parses the pattern (JavaScript syntax, for `source` and `flags`); it never
 * matches. Each value is scanned up to `maxChars` (see ORG_PATTERN_WORK_BUDGET).
 */
export class LinearRegExp extends RegExp {
    private readonly re2: RE2JS;
    /** Characters of a value this pattern scans: its share of the work budget. */
    readonly maxChars: number;
    private subject?: string;
    private matcher?: Matcher;
    private subjectMatches = true;

    /** Throws (like RegExp) on a pattern RE2 cannot run; `compileLinearRegExp` returns the reason instead. */
    constructor(pattern: string | RegExp, flags?: string) {
        const source = typeof pattern === "string" ? pattern : pattern.source;
        const f = flags ?? (typeof pattern === "string" ? "" : pattern.flags);
        super(source, f);
        this.re2 = compileRe2(source, f);
        this.maxChars = Math.floor(ORG_PATTERN_WORK_BUDGET / Math.max(1, this.re2.programSize()));
    }

    exec(input: string): RegExpExecArray | null {
        const text = String(input);
        const subject = text.length > this.maxChars ? text.slice(0, this.maxChars) : text;
        const stateful = this.global || this.sticky;
        const from = stateful ? this.lastIndex : 0;
        const fail = () => {
            if (stateful) this.lastIndex = 0;
            return null;
        };
        if (from > subject.length) return fail();
        if (this.subject !== subject) {
            // One matcher per value: later searches continue (lookbehind state included) instead of
            // starting over. A value with no match at all is settled by RE2's DFA, the fast path.
            this.subject = subject;
            this.subjectMatches = this.re2.test(subject);
            this.matcher = this.subjectMatches ? this.re2.matcher(subject) : undefined;
        }
        const m = this.matcher;
        if (!this.subjectMatches || !m || !m.find(from) || (this.sticky && m.start() !== from)) return fail();
        const groups: (string | undefined)[] = [];
        for (let g = 0; g <= m.groupCount(); g++) groups.push(m.group(g) ?? undefined);
        const result = Object.assign(groups, { index: m.start(), input: text, groups: undefined }) as unknown as RegExpExecArray;
        if (stateful) this.lastIndex = m.end();
        return result;
    }

    test(input: string): boolean {
        return this.exec(input) !== null;
    }
}

/** A LinearRegExp, or why the pattern cannot be one (printable: names the problem, not resource data). */
export function compileLinearRegExp(source: string, flags: string): LinearRegExp | string {
    try {
        return new LinearRegExp(source, flags);
    } catch (e) {
        if (e instanceof UnsupportedPattern) return e.message;
        const why = String((e as Error).message ?? e)
            .replace(/^Invalid regular expression: /, "")
            .slice(0, 80);
        return `is not a valid regular expression (${why})`;
    }
}
