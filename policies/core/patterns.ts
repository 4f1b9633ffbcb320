// Matching what users write, in time bounded by the input: IAM and exemption wildcards. (The
// regular expressions organisations put in the hygiene policies' config run on RE2: see
// policies/hygiene/patterns.ts.)

// ---------------------------------------------------------------------------------------------
// Wildcards: `*` any run of characters (also none), `?` exactly one.

/**
 * Whether `subject` as a whole matches the wildcard `pattern` (IAM actions and ARNs, exemption
 * globs). No backtracking across stars: the pattern splits at its stars into segments; the first
 * must fit at the start, the last at the end, and each one between is placed at its leftmost fit
 * after the previous one (a later fit is never needed: anything a later placement leaves for the
 * rest, the leftmost one leaves too). At most |pattern| × |subject| comparisons; segments without
 * `?` are found with `indexOf`. Characters are UTF-16 code units, as RegExp without `u` counts them.
 */
export function wildcardMatch(pattern: string, subject: string, caseInsensitive = false): boolean {
    if (caseInsensitive) {
        pattern = foldCase(pattern);
        subject = foldCase(subject);
    }
    return compileWildcard(pattern)(subject);
}

/**
 * `wildcardMatch` with the pattern split once, for one pattern tried on many subjects (an IAM
 * action pattern against AWS's action list). Case-sensitive: fold both sides first.
 */
export function compileWildcard(pattern: string): (subject: string) => boolean {
    const segments = pattern.split("*");
    const first = segments[0];
    if (segments.length === 1) return (subject) => subject.length === first.length && fitsAt(first, subject, 0);
    const last = segments[segments.length - 1];
    return (subject) => {
        const end = subject.length - last.length;
        if (end < first.length || !fitsAt(first, subject, 0) || !fitsAt(last, subject, end)) return false;
        let from = first.length;
        for (let i = 1; i < segments.length - 1; i++) {
            const at = leftmostFit(segments[i], subject, from, end);
            if (at < 0) return false;
            from = at + segments[i].length;
        }
        return true;
    };
}

const QUESTION = 63; // "?"

function fitsAt(segment: string, subject: string, at: number): boolean {
    for (let i = 0; i < segment.length; i++) {
        const c = segment.charCodeAt(i);
        if (c !== QUESTION && c !== subject.charCodeAt(at + i)) return false;
    }
    return true;
}

/** The first position ≥ from where `segment` fits and ends by `end`, or -1. */
function leftmostFit(segment: string, subject: string, from: number, end: number): number {
    if (!segment.includes("?")) {
        const at = subject.indexOf(segment, from);
        return at >= 0 && at + segment.length <= end ? at : -1;
    }
    for (let at = from; at + segment.length <= end; at++) if (fitsAt(segment, subject, at)) return at;
    return -1;
}

/** Lower case one code unit at a time, so that lengths (and `?`) stay what they were. */
export function foldCase(s: string): string {
    // eslint-disable-next-line no-control-regex
    if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
    let out = "";
    for (let i = 0; i < s.length; i++) {
        const lower = s[i].toLowerCase();
        out += lower.length === 1 ? lower : s[i];
    }
    return out;
}
