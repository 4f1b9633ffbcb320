// Deterministic measures of work, for the tests that guard against super-linear work. A test that
// times its code fails on a busy machine; these counts are the same on any machine, loaded or not.
// Times belong in the benchmark (bench/), not in tests.

import { detect } from "../policies/hygiene/detectors";
import { scanMaintainedRules } from "../policies/hygiene/secret-rules";
import { GITLEAKS } from "../policies/hygiene/secret-rules-data";

/**
 * Loads what the detectors load on first use: libphonenumber-js on the first phone-like text, gitleaks'
 * rule data and each rule's compiled form on the first value holding one of its keywords. That is a
 * one-time cost that does not grow with an input, so a test that counts an input's work pays it first.
 */
export function loadDetectorsLazyData(): void {
    detect("call +44 20 7946 0958", { context: "text" }, "possible-phi");
    scanMaintainedRules(GITLEAKS.rules.flatMap((r) => r.keywords ?? []).join(" "));
}

/** What `measureWork` counts while its function runs. */
export interface Work {
    /** Characters a regular expression engine was asked to scan forward (see `regexScan`). */
    regexChars: number;
    regexCalls: number;
    /** `String.prototype.charCodeAt`, `codePointAt` and `indexOf` calls, `indexOf` weighted by the characters it may scan. */
    stringSteps: number;
    /** Property reads (get, has, keys, descriptors) on trees wrapped with `countReads` while it ran. */
    reads: number;
}

let current: Work | undefined;

/**
 * The characters one `exec` call scans forward: from where it starts to the end of its match, or
 * to the end of the subject when nothing matches (a sticky search tries one position). Backtracking
 * inside a match is not counted: `test/unit/regex-backtracking.spec.ts` guards that separately.
 */
function regexScan(re: RegExp, subject: string, start: number, match: RegExpExecArray | null): number {
    if (match) return match.index + match[0].length - start + 1;
    return re.sticky ? 1 : subject.length - start + 1;
}

/**
 * Runs `fn` and counts the work it does. Patching `RegExp.prototype.exec` makes every regex
 * operation (test, match, matchAll, replace, split, search) go through it, as the language defines.
 */
export function measureWork<T>(fn: () => T): { result: T; work: Work } {
    if (current) throw new Error("measureWork does not nest");
    const work: Work = { regexChars: 0, regexCalls: 0, stringSteps: 0, reads: 0 };
    const exec = RegExp.prototype.exec;
    const charCodeAt = String.prototype.charCodeAt;
    const codePointAt = String.prototype.codePointAt;
    const indexOf = String.prototype.indexOf;
    RegExp.prototype.exec = function (this: RegExp, s: string) {
        const subject = String(s);
        const start = this.global || this.sticky ? this.lastIndex : 0;
        const m = exec.call(this, subject);
        work.regexCalls++;
        work.regexChars += regexScan(this, subject, start, m);
        return m;
    };
    String.prototype.charCodeAt = function (this: string, i: number) {
        work.stringSteps++;
        return charCodeAt.call(this, i);
    };
    String.prototype.codePointAt = function (this: string, i: number) {
        work.stringSteps++;
        return codePointAt.call(this, i);
    };
    String.prototype.indexOf = function (this: string, search: string, from?: number) {
        work.stringSteps += Math.max(1, String(this).length - (from ?? 0));
        return indexOf.call(this, search, from);
    };
    current = work;
    try {
        return { result: fn(), work };
    } finally {
        current = undefined;
        RegExp.prototype.exec = exec;
        String.prototype.charCodeAt = charCodeAt;
        String.prototype.codePointAt = codePointAt;
        String.prototype.indexOf = indexOf;
    }
}

/**
 * The tree behind a proxy that counts every read of its objects and arrays (wrapped lazily, so
 * only what is read is wrapped) into the running `measureWork`.
 */
export function countReads<T>(tree: T): T {
    const wrapped = new WeakMap<object, object>();
    const wrap = (v: unknown): unknown => {
        if (v === null || typeof v !== "object") return v;
        let p = wrapped.get(v);
        if (!p) {
            p = new Proxy(v, {
                get(t, k, r) {
                    if (current) current.reads++;
                    return wrap(Reflect.get(t, k, r));
                },
                has(t, k) {
                    if (current) current.reads++;
                    return Reflect.has(t, k);
                },
                ownKeys(t) {
                    if (current) current.reads++;
                    return Reflect.ownKeys(t);
                },
                getOwnPropertyDescriptor(t, k) {
                    if (current) current.reads++;
                    const d = Reflect.getOwnPropertyDescriptor(t, k);
                    // A non-configurable property must report its own value (arrays' `length`).
                    return d && "value" in d && d.configurable ? { ...d, value: wrap(d.value) } : d;
                },
            });
            wrapped.set(v, p);
        }
        return p;
    };
    return wrap(tree) as T;
}

/** The size of an input tree: its nodes plus the characters of its strings (keys included). */
export function sizeOf(tree: unknown, depth = 0): number {
    if (typeof tree === "string") return 1 + tree.length;
    if (tree === null || typeof tree !== "object" || depth > 10_000) return 1;
    let n = 1;
    for (const [k, v] of Object.entries(tree)) n += k.length + sizeOf(v, depth + 1);
    return n;
}

/**
 * Adversarial text for the detectors, as [head, unit]: the head and then the unit repeated to a
 * length. The shapes that made regular expressions backtrack, and the shapes the script-aware and
 * phone detectors look for, repeated.
 */
export const ADVERSARIAL_SHAPES: readonly (readonly [string, string])[] = [
    ["", "a"],
    ["", "1-"],
    ["", "a@"],
    ["http://", "a:"],
    ["eyJ", "a"],
    ["", "9"],
    ["", "-----BEGIN "],
    ["patient: ", "Aa "],
    ["", "1 Aa "],
    ["", "x="],
    ["", "1 2 3 4 5 6 7 8 9 "],
    ["", 'k="'],
    ["", "Authorization: Bearer "],
    ["", 'NetworkCredential("a",'],
    ["", "password is "],
    ["", "ab-Cd1"],
    ["", "machine a login b "],
    ["", "a".repeat(30) + "!"],
    ["", "\t \t"],
    ["password=", "%41"],
    // Issue 28: XML elements and name/value pairs, Dockerfile ENV, unterminated quoted values, labelled MRNs
    // and birth dates, webhook paths, bot tokens, long flags.
    ["", "<a b"],
    ["", "<password>a"],
    ["", "name: A_KEY\n- value: "],
    ["", "ENV A_TOKEN "],
    ["", 'a="b '],
    ["", "MRN 1 "],
    ["", "dob 1/1/"],
    ["https://h/", "hooks/"],
    ["", "1234567:"],
    ["", "--http-password "],
    ["", "0.A"],
    // Issue 28, outside-2027-01: a secret named in words before a token, and names glued to tokens by dashes.
    ["", "acme secret key "],
    ["", "x=a"],
    ["", "key-"],
    ["token ", "aB3.v1_"],
    // Issue 28, outside-2027-02: typed assignments, Makefile and PHP operators, element text on its own line,
    // header names inside quotes, bare Authorization values.
    ["", "a string "],
    ["", "a :"],
    ["", "a ::"],
    ["", "<a>\n "],
    ["", '-H "a: '],
    ["", "Authorization: a"],
    // Issue 28, outside-2027-03: fallbacks after a lookup, Sentry's exact format, labels spaced irregularly, text under
    // a password name, new vendor shapes.
    ["|| ", "k = a.b"],
    ["", "a = b || "],
    ["", "sntrys_eyJ"],
    ["sntrys_eyJ", "a"],
    ["", "Medical  Record  "],
    ["", "MR   #"],
    ['password = "', "Aa "],
    ['"password": "', "Aa, 1 "],
    ["django-insecure-", "!"],
    ["https://a.infura.io/v3/", "a"],
    ["", "cmVmdGtuOjAx"],
    // Issue 28, outside-2027-04: member chains under secret names, CJK text under a password name, PEM armour around
    // a short body, auth keys.
    ["token: ", "aB."],
    ["password: ", "密码"],
    ["", "-----BEGIN PRIVATE KEY-----AA"],
    ["", "authKey: a"],
    ["password: ", "a=="],
    // Issue 28, outside-2027-05: phone labels before digit runs with separators, extensions, e-mail local parts of dots.
    ["", "phone: 1 "],
    ["phone number is ", "(1) 2-"],
    ["", "tel 1x1 "],
    ["", "电话：1"],
    ["", "a..@b.cc "],
    ["", "DOB (1-Jan-"],
    ["Patient: ", "Éé "],
    // Issue 28, classes from the spent sets: nested assignments in unquoted values, element text with assignments,
    // repeats and runs that filler is judged by, Slack's other token shapes, Entra refresh tokens, Maven braces,
    // documentation TLDs and dotted local parts in addresses, string prefixes and calls with more arguments.
    ["", "//h:1/:_authToken=a"],
    ["", "<e>K_KEY=a</"],
    ["token: ", "AB"],
    ["token: ", "12"],
    ["", "xoxp-1-"],
    ["", "xoxe-a"],
    ["", "0.Aaaaaaaaaaaaaaaaaaaaa.AgAB"],
    ["<master>{", "aB1"],
    ["", ".dockercfg: a"],
    ["", "a.@b.tld "],
    ["", "a..b@c.d"],
    ["", 'password = f"{a}'],
    ['define("A_PASSWORD", "abcd", ', "1,"],
    // Issue 28, after outside-2027-04's held-out half: type annotations before `=`, constants' names, a PEM header in code.
    ["pw: T", "! = "],
    ["token: ", "A_KEY_"],
    ['"-----BEGIN PRIVATE KEY-----', '\\"'],
    ["https://a.io/?", "oauth_token=a&"],
    // Issue 28, outside-2027-07: a label in a table's header, then rows (one column, many columns, Markdown bars).
    ["dob\n", "1961/07/23\n"],
    ["dob\n", "1,"],
    ["a,dob\n", "1,1961-07-23\n"],
    ["|ssn|\n", "|1|\n"],
    ["mrn\t", "a\t"],
    ["ssn\n", "\r"],
    // Issue 28, outside-2027-06: id/password pairs, translated password labels, SQL, secure strings, constants before
    // values, lookups under secret names, C arrays, unarmoured DER keys, vendor bodies opening with a run.
    ["", "ID/PW a/"],
    ["", "id pw a "],
    ["", "비밀번호:a"],
    ["", "IDENTIFIED BY "],
    ["", "IDENTIFIED WITH a BY '"],
    ["", "PASSWORD('"],
    ["", "ConvertTo-SecureString -a"],
    ["f(h, ", "A_PASSWORD, "],
    ["a = get(", '"A", "'],
    ["", "char secret[] = "],
    ["", "user:a/password:"],
    ["", "MIIBOgIBAAJB"],
    ["", "MHcCAQEE"],
    ["tok_", "abcdef"],
    // Issue 28, after scoring outside-2027-06 and -07: C pointers and sized arrays, escaped quotes and colour codes (a second
    // scan of the unescaped text), Basic credentials, e-mail users in URLs, `key=` in a query, bearer flags.
    ["", "char *a[1]="],
    ["", '\\"a'],
    ["", "\u001b[1m"],
    ["", "Basic YWFhYTph"],
    ["smtp://", "a@b@"],
    ["http://h/?", "key=aB1&"],
    ["", "--oauth2-bearer "],
    ["", "HRKU-a"],
    ["", "aaaaaaaaaaaaaa.atlasv1."],
    ["", "glc_eyJ"],
    ["/", "MAAA"],
    ["", "eu01x0"],
    ["", "ID/PW->a / "],
    ["", "1.1.1.1 a/"],
    ["", '"kty" "d": "a'],
    ["", "-pw:"],
    ["", "1.1.1.1\ta\t"],
    ["1 ", "A 1st "],
    ["", "secret key: Aa1"],
    ["", "a b:Aa1aaaaaaaaa "],
    ["", "access_token$sandbox$"],
    // Issue 28, outside-2027-08: lower-case Authorization headers, Basic pairs in UTF-8, keyword arguments bound to a
    // variable beside connection-string pairs, a whole URL whose password holds spaces.
    ["", "authorization: basic YWFh"],
    ["", "Basic 0ZbQ"],
    ["f(", "password=a, "],
    ['f(h="x", ', "pwd=a,"],
    ["redis://:", "a b "],
    // Issue 28, false positives round two: documentation's words and placeholders before a token, Basic before a dotted
    // token, token bodies of base64 text, bodies typed at their ends, digits typed in order.
    ["", 'placeholder="e.g. '],
    ["", "for example: a_"],
    ["", "Basic YWFh.a"],
    ["acme-key-", "YXBp"],
    ["sk_live_", "a"],
    ["tvly-", "Ab0123"],
    ["", "12345678 "],
    // Issue 28, round two on the spent sets: element text and quoted values up to 4,096 characters (long tokens), unclosed.
    ["<token>", "a"],
    ["token = '", "a"],
    ["", "<token>a'b"],
    // Attributes escaped for markup, scanned once more unescaped.
    ["", ' a="&quot;'],
    ['<a b="', "&quot;password: &amp;"],
    ["", ' value="&lt;password: a&gt;"'],
    ["", "MRN: AB-1"],
    ["", "patient id AB"],
    // Issue 28, outside-2027-09: HL7 v2 PID segments (repetitions, components, escaped segment ends), FHIR members, a
    // patient-id column.
    ["", "PID|"],
    ["", "\\rPID|1||1^^^^MR~"],
    ["PID|", "1^^^^MR~"],
    ["PID|1||", "^"],
    ["PID|1|||||||||", "1&a^"],
    ['{"resourceType":"Patient","identifier":[', '{"type":{"coding":[{"code":"MR"}]},"value":"A1"},'],
    ['{"a":"', '{\\"resourceType\\":'],
    ["PID\n", "12345\n"],
    // Issue 28, after scoring: the MRG, NK1, GT1, IN1 and IN2 segments read by the same field reader (segment starts,
    // repetitions, components, escaped segment ends, up to their last field read).
    ["", "MRG|"],
    ["", "\\rNK1|1|"],
    ["MRG|", "1^^^^MR~"],
    ["NK1|1|||", "1 a&b^~"],
    ["GT1|1||||", "^5^~"],
    ["NK1|", "|"],
    ["IN1|", "|1"],
    ["", "IN2|1|"],
    // Issue 28, round three on the spent sets: names beside a record number (title-case words, separators, labels without
    // a number), capital extensions after a phone number.
    ["MRN ", "Aa Bb Cc ("],
    ["", "Aa Bb │ MRN-"],
    ["", "Patient Aa, MRN "],
    ["born ", "Aa Bb, DOB: 1"],
    ["", "212-555-0188EXT"],
    // Issue 28, after scoring outside-2027-10 to -12: namespaced settings, `=` aligned after a default, Terraform references,
    // dynamic references that never close.
    ["", "a:b:"],
    ["", '"a:dbPassword": "a'],
    ['variable "password" {\n', "  default   "],
    ["", "aws_a.b."],
    ["", "{{resolve:ssm:"],
];

/** `head` then `unit` repeated to at least `chars` characters. */
export const adversarial = ([head, unit]: readonly [string, string], chars: number): string =>
    head + unit.repeat(Math.ceil(chars / unit.length));
