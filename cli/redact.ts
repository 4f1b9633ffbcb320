// Every secret value the command decrypted, and the redaction of them from whatever it prints.
//
// `scan --program` decrypts the stack's secret config to hand it to the program (cli/program.ts). The
// program may then print a value: in the message of the error it throws, on stderr before it exits,
// in a log call. The command knows every value it decrypted, so each is replaced by `[secret]` in the
// error line, the `--verbose` detail and program output, and the report, whatever the program did.
//
// A value is also redacted line by line (a multi-line value such as a PEM key printed across lines,
// or cut by line-oriented output); fragments shorter than MIN_FRAGMENT are not, so that a value's
// blank or one-character lines do not blank out every output.

export const REDACTED = "[secret]";
const MIN_FRAGMENT = 4;

const values = new Set<string>();
let sorted: string[] = [];

/** Remembers a decrypted value (and its JSON-escaped form and lines) for redaction. */
export function rememberSecret(value: unknown): void {
    if (typeof value !== "string") {
        if (value && typeof value === "object") for (const v of Object.values(value)) rememberSecret(v);
        return;
    }
    if (value === "") return;
    const forms = [value, JSON.stringify(value).slice(1, -1)];
    for (const line of value.split(/\r?\n/)) if (line.trim().length >= MIN_FRAGMENT) forms.push(line.trim());
    for (const f of forms) values.add(f);
    // Longest first: a value that contains another is replaced whole.
    sorted = [...values].sort((a, b) => b.length - a.length);
}

/** For tests: forgets every remembered value. */
export function forgetSecrets(): void {
    values.clear();
    sorted = [];
}

/** The longest remembered value, in characters (0 when none). */
export function longestSecret(): number {
    return sorted[0]?.length ?? 0;
}

/** `text` with every remembered value replaced by `[secret]`. Linear in text × values (values are few). */
export function redact(text: string): string {
    if (sorted.length === 0 || text === "") return text;
    let out = text;
    for (const v of sorted) if (out.includes(v)) out = out.split(v).join(REDACTED);
    return out;
}

/**
 * Beyond this, a line without a newline is redacted and passed on, all but its last characters: as many as the longest
 * value less one are held back for the next chunk, so that a value across the cut is still found.
 */
const MAX_HELD = 1 << 20;

/**
 * A sink for a stream of output chunks (a child's stdout or stderr) that passes on whole lines,
 * redacted: a value cut between two chunks is still found. `end()` passes on what is held.
 */
export function redactingSink(sink: (text: string) => void): { write(chunk: string): void; end(): void } {
    let held = "";
    return {
        write(chunk: string) {
            held += chunk;
            const nl = held.lastIndexOf("\n");
            if (nl >= 0) {
                sink(redact(held.slice(0, nl + 1)));
                held = held.slice(nl + 1);
            }
            if (held.length > MAX_HELD) {
                const text = redact(held);
                const cut = Math.max(0, text.length - (longestSecret() - 1));
                sink(text.slice(0, cut));
                held = text.slice(cut);
            }
        },
        end() {
            if (held) sink(redact(held));
            held = "";
        },
    };
}
