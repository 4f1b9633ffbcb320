// The one detector module for sensitive data in text: credentials, PHI / personal data and
// insecure URLs. Pure functions over strings; every policy that scans text uses it.
//
// Design rules:
// - Each value is scanned up to MAX_SCAN_CHARS (the first 64 KiB); the rest is not scanned.
// - Regexes are precompiled at module level and written to run in linear time: no nested
//   quantifiers over overlapping classes, every repetition bounded, cheap guards (`includes`)
//   before a regex runs at all.
// - A finding carries its kind and, for multi-line text, the line number; never the matched text.

/** Characters of one value that are scanned; the rest is ignored (said in the docs and messages). */
export const MAX_SCAN_CHARS = 64 * 1024;

export type Category = "credential" | "phi" | "possible-phi" | "insecure-url";

export type Kind =
    | "url-credentials"
    | "aws-access-key-id"
    | "aws-secret-key"
    | "private-key"
    | "github-token"
    | "slack-token"
    | "jwt"
    | "api-token"
    | "password-literal"
    | "us-ssn"
    | "payment-card"
    | "mrn"
    | "date-of-birth"
    | "patient-contact"
    | "email-address"
    | "phone-number"
    | "street-address"
    | "diagnosis-code"
    | "patient-identifier"
    | "insecure-url"
    | "custom";

export const KINDS: Readonly<Record<Kind, { category: Category; phrase: string }>> = {
    "url-credentials": { category: "credential", phrase: "a URL or connection string with embedded credentials" },
    "aws-access-key-id": { category: "credential", phrase: "an AWS access key ID" },
    "aws-secret-key": { category: "credential", phrase: "an AWS secret access key" },
    "private-key": { category: "credential", phrase: "a private key" },
    "github-token": { category: "credential", phrase: "a GitHub token" },
    "slack-token": { category: "credential", phrase: "a Slack token or webhook URL" },
    jwt: { category: "credential", phrase: "a JSON Web Token" },
    "api-token": { category: "credential", phrase: "an API token of a well-known service" },
    "password-literal": { category: "credential", phrase: "a literal password or secret under a secret-like name" },
    "us-ssn": { category: "phi", phrase: "what looks like a US Social Security number" },
    "payment-card": { category: "phi", phrase: "what looks like a payment card number" },
    mrn: { category: "phi", phrase: "what looks like a medical record number" },
    "date-of-birth": { category: "phi", phrase: "what looks like a date of birth" },
    "patient-contact": { category: "phi", phrase: "an e-mail address or phone number labelled as a patient's or member's" },
    "email-address": { category: "possible-phi", phrase: "what may be a personal e-mail address" },
    "phone-number": { category: "possible-phi", phrase: "what may be a personal phone number" },
    "street-address": { category: "possible-phi", phrase: "what may be a street address" },
    "diagnosis-code": { category: "possible-phi", phrase: "what may be a diagnosis code tied to a person" },
    "patient-identifier": { category: "possible-phi", phrase: "what may be a patient's name or identifier" },
    "insecure-url": { category: "insecure-url", phrase: "a URL with an unencrypted scheme (http, ftp, git, telnet or ldap)" },
    custom: { category: "phi", phrase: "text matching an organisation-defined pattern" },
};

/** The enforcement level of the policy that reports a kind (see `KINDS`). */
export function kindLevel(kind: Kind): "mandatory" | "advisory" {
    const c = KINDS[kind].category;
    return c === "credential" || c === "phi" ? "mandatory" : "advisory";
}

/** Where a string sits: a tag or env value (with its key), a script, a code repository URL, free text. */
export type FieldContext = "tag" | "env" | "script" | "repo-url" | "text";

export interface ScanContext {
    context: FieldContext;
    /** The tag key / variable name the value belongs to, as a hint (e.g. `DB_PASSWORD`, `PatientDOB`). */
    key?: string;
}

export interface Finding {
    kind: Kind;
    /** 1-based line of a multi-line value. */
    line?: number;
    /** For `custom`: the organisation pattern's name (config text, printable). */
    pattern?: string;
}

export interface NamedPattern {
    name: string;
    re: RegExp;
}

/** Compiled detector configuration (see `compileDetectorConfig`). */
export interface DetectorConfig {
    allowValues: ReadonlySet<string>;
    allowPatterns: readonly RegExp[];
    mrnPatterns: readonly RegExp[];
    extraPatterns: readonly NamedPattern[];
    allowedEmailDomains: readonly string[];
    allowedHosts: readonly string[];
}

export const DEFAULT_MRN_PATTERNS: readonly string[] = [
    "\\b(?:MRN|med(?:ical)?[ _-]?rec(?:ord)?(?:[ _-]?(?:number|num|no|nbr|#))?)[ \\t:#=._-]{0,3}[A-Z]{0,3}-?\\d{5,12}\\b",
];

export const DEFAULT_ALLOWED_EMAIL_DOMAINS: readonly string[] = ["example.com", "example.org", "example.net", "amazonaws.com"];

export const DEFAULT_ALLOWED_HOSTS: readonly string[] = [
    "localhost",
    "127.0.0.1",
    "0.0.0.0",
    "169.254.169.254",
    "169.254.170.2",
    "www.w3.org",
    "json-schema.org",
    "schemas.xmlsoap.org",
    "purl.org",
    "xmlns.com",
    "schemas.microsoft.com",
];

const EMPTY_CONFIG: DetectorConfig = {
    allowValues: new Set(),
    allowPatterns: [],
    mrnPatterns: [],
    extraPatterns: [],
    allowedEmailDomains: DEFAULT_ALLOWED_EMAIL_DOMAINS,
    allowedHosts: DEFAULT_ALLOWED_HOSTS,
};

// ---------------------------------------------------------------------------------------------
// Organisation regexes from config: compiled once per config, validated without throwing.

const MAX_ORG_REGEX_LENGTH = 300;
/** A quantified group that itself contains a quantifier: `(a+)+`, `(\w*x)*`, `(a|b+){2,}`. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]/;
/** Back-references, which no linear-time engine supports. */
const BACKREFERENCE = /\\[1-9]|\\k</;

/** Compiles an organisation regex; an error text (printable: config, not resource input) on failure. */
export function compileOrgRegex(source: unknown, flags = "i"): RegExp | string {
    if (typeof source !== "string" || source.length === 0) return "is not a non-empty string";
    if (source.length > MAX_ORG_REGEX_LENGTH) return `is longer than ${MAX_ORG_REGEX_LENGTH} characters`;
    if (NESTED_QUANTIFIER.test(source)) return "has a quantified group containing a quantifier (it could backtrack catastrophically)";
    if (BACKREFERENCE.test(source)) return "uses a back-reference (it could backtrack catastrophically)";
    try {
        return new RegExp(source, flags.includes("g") ? flags : flags + "g");
    } catch (e) {
        return `is not a valid regular expression (${(e as Error).message.replace(/^Invalid regular expression: /, "").slice(0, 80)})`;
    }
}

export interface RawDetectorConfig {
    allowlist?: unknown;
    allowlistPatterns?: unknown;
    mrnPatterns?: unknown;
    extraPatterns?: unknown;
    allowedEmailDomains?: unknown;
    allowedHosts?: unknown;
}

const configCache = new Map<string, { config: DetectorConfig; errors: string[] }>();

const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === "string") : []);

/** Compiles a policy's config into detector options; `errors` name the bad config entries (never throw). */
export function compileDetectorConfig(raw: RawDetectorConfig): { config: DetectorConfig; errors: string[] } {
    let key: string;
    try {
        key = JSON.stringify([
            raw.allowlist,
            raw.allowlistPatterns,
            raw.mrnPatterns,
            raw.extraPatterns,
            raw.allowedEmailDomains,
            raw.allowedHosts,
        ]);
    } catch {
        key = "";
    }
    const hit = key ? configCache.get(key) : undefined;
    if (hit) return hit;
    const errors: string[] = [];
    const rx = (list: unknown, what: string): RegExp[] => {
        const out: RegExp[] = [];
        strings(list).forEach((s, i) => {
            const r = compileOrgRegex(s);
            if (typeof r === "string") errors.push(`${what}[${i}] ${r}`);
            else out.push(r);
        });
        return out;
    };
    const extra: NamedPattern[] = [];
    if (Array.isArray(raw.extraPatterns)) {
        raw.extraPatterns.forEach((p, i) => {
            const o = (p ?? {}) as { name?: unknown; regex?: unknown };
            const name = typeof o.name === "string" && /^[A-Za-z0-9 _.-]{1,40}$/.test(o.name) ? o.name : `pattern ${i + 1}`;
            const r = compileOrgRegex(o.regex);
            if (typeof r === "string") errors.push(`extraPatterns[${i}].regex ${r}`);
            else extra.push({ name, re: r });
        });
    }
    const config: DetectorConfig = {
        allowValues: new Set(strings(raw.allowlist)),
        allowPatterns: rx(raw.allowlistPatterns, "allowlistPatterns"),
        mrnPatterns: rx(raw.mrnPatterns ?? [], "mrnPatterns"),
        extraPatterns: extra,
        allowedEmailDomains:
            raw.allowedEmailDomains === undefined
                ? DEFAULT_ALLOWED_EMAIL_DOMAINS
                : strings(raw.allowedEmailDomains).map((d) => d.toLowerCase()),
        allowedHosts: raw.allowedHosts === undefined ? DEFAULT_ALLOWED_HOSTS : strings(raw.allowedHosts).map((d) => d.toLowerCase()),
    };
    const out = { config, errors };
    if (key && configCache.size < 64) configCache.set(key, out);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Patterns. All bounded; all global (state reset before each use).

const URL_USERINFO = /\b[a-z][a-z0-9+.-]{1,20}:\/\/([^\s/:@'"<>]{0,128}):([^\s/@'"<>]{1,256})@[^\s/@'"<>]/gi;
const URL_SECRET_PARAM =
    /[?&;](?:password|passwd|pwd|pass|secret|client_secret|token|access_token|api_?key|sig|x-amz-signature|x-amz-security-token)=([^&\s#'"]{1,512})/gi;
const CONN_PASSWORD = /(?:^|[;\s"'])(?:password|pwd)\s*=\s*([^;\s'"]{1,256})/gi;
const AWS_KEY_ID = /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Z0-9])/g;
const AWS_SECRET_CANDIDATE = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
const AWS_SECRET_CONTEXT = /(?:secret|aws_secret_access_key|secretaccesskey|secret_key|sk)\W{0,6}$/i;
const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----|PuTTY-User-Key-File-\d/g;
const GITHUB_TOKEN = /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])/g;
const SLACK_TOKEN =
    /(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,250}|https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{20,300}/g;
const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{0,4096}/g;
const API_TOKEN = new RegExp(
    [
        "(?<![A-Za-z0-9_])(?:sk|rk)_live_[A-Za-z0-9]{20,99}",
        "(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])",
        "(?<![A-Za-z0-9_-])sk-ant-(?:api|admin)\\d{2}-[A-Za-z0-9_-]{60,200}",
        "(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250}",
        "(?<![A-Za-z0-9_-])sk-[A-Za-z0-9]{48}(?![A-Za-z0-9])",
        "(?<![A-Za-z0-9_])hf_[A-Za-z]{34}(?![A-Za-z0-9])",
        "(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])",
        "(?<![A-Za-z0-9_])glpat-[A-Za-z0-9_-]{20,60}",
        "(?<![A-Za-z0-9_])SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}",
        "(?<![A-Za-z0-9_])(?:AC|SK)[0-9a-f]{32}(?![A-Za-z0-9])",
        "(?<![A-Za-z0-9_])dop_v1_[a-f0-9]{64}",
        "(?<![A-Za-z0-9_])pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}",
    ].join("|"),
    "g",
);

/** `KEY=value` / `key: value` / `--password value` in scripts and text (one line at a time). */
const ASSIGNMENT =
    /(?:^|[\s;,{(])(?:export\s{1,4})?["']?([A-Za-z_][A-Za-z0-9_.-]{0,63})["']?\s{0,4}(?:=|:(?!\/\/))\s{0,4}(["']?)([^\s"';,]{1,256})/g;
const CLI_SECRET_FLAG = /--(password|passwd|token|api-key|apikey|secret|client-secret)(?:=|\s{1,4})["']?([^\s"']{1,256})/gi;

const SSN_DASHED = /(?<![A-Za-z0-9./_])(?<!\d-)(\d{3})-(\d{2})-(\d{4})(?![0-9A-Za-z_/]|[-.]\d)/g;
const SSN_PLAIN = /(?<![\w.-])(\d{3})[ ]?(\d{2})[ ]?(\d{4})(?![\w-])/g;
const SSN_CONTEXT = /\b(?:ssn|ss#|soc(?:ial)?[ _-]?sec(?:urity)?(?:[ _-]?(?:number|no|num|#))?|tin|itin)\b\W{0,4}$/i;
const SSN_KEY = /(?:^|_)(?:ssn|social_?security|socsec|itin)(?:$|_)/;

const CARD_CANDIDATE = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])/g;

const DATE = new RegExp(
    [
        "\\b(?:19|20)\\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01])\\b",
        "\\b(?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01])[-/.](?:19|20)?\\d{2}\\b",
        "\\b(?:0?[1-9]|[12]\\d|3[01])[ -](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}[ -](?:19|20)\\d{2}\\b",
        "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.? (?:0?[1-9]|[12]\\d|3[01]),? (?:19|20)\\d{2}\\b",
    ].join("|"),
    "gi",
);
const DOB_CONTEXT = /\b(?:dob|d\.o\.b\.?|date[ _-]?of[ _-]?birth|birth[ _-]?date|birthdate|birthday|born(?: on)?)\b\W{0,4}$/i;
const DOB_KEY = /(?:^|_)(?:dob|birth_?date|birthdate|date_?of_?birth|birthday)$/;

const EMAIL = /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]{1,64})@((?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24})(?![A-Za-z0-9-])/g;
const PHONE =
    /(?<![\w.+-])(?:\+?1[ .-]?)?(?:\([2-9]\d{2}\)[ .-]?|[2-9]\d{2}[ .-])[2-9]\d{2}[ .-]\d{4}(?![\w-]|\.\d)|(?<![\w.+])\+(?:[2-9]\d{0,2})[ .-]\d{1,4}[ .-]\d{2,4}[ .-]\d{3,4}(?:[ .-]\d{2,4})?(?![\w-]|\.\d)/g;
const PATIENT_LABEL =
    /\b(?:patient|member|beneficiary|subscriber|insured|guarantor|enrollee)(?:'s)?[ _-]?(?:e-?mail|phone|tel|telephone|mobile|cell|contact|address)?\s{0,2}[:=#]\s{0,2}$/i;
const PATIENT_KEY =
    /(?:^|_)(?:patient|member|beneficiary|subscriber|insured|guarantor|enrollee)_(?:e_?mail|phone|tel|telephone|mobile|cell|contact)$/;
const PATIENT_NAME_TEXT =
    /\b(?:[Pp]atient|PATIENT|[Mm]ember|[Bb]eneficiary)(?:'s)?(?:[ _-]?(?:[Nn]ame|NAME))?\s{0,2}[:=]\s{0,2}[A-Z][a-z]{1,20}(?: [A-Z]\.?)? [A-Z][a-zA-Z'-]{1,30}/g;
const PATIENT_ID_KEY =
    /(?:^|_)(?:patient|member|beneficiary|subscriber|enrollee)_?(?:name|first_?name|last_?name|full_?name|id|number|no)$/;
const STREET_ADDRESS =
    /\b\d{1,5} (?:[NSEW]\.? )?(?:[A-Z][a-z]{1,20} ){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Terrace|Place|Pl|Parkway|Pkwy|Circle|Cir)\b/g;
const DIAGNOSIS =
    /\b(?:diagnosis|diagnosed with|dx|icd-?10(?:-cm)?|icd)(?: code)?\s{0,2}[:=#]?\s{0,2}[A-TV-Z][0-9][0-9AB](?:\.[0-9A-TV-Z]{1,4})?\b/gi;

const INSECURE_URL = /\b(?:http|ftp|git|telnet|ldap):\/\/(?:[^\s/@?#'"<>]{1,256}@)?(\[[0-9a-fA-F:]{2,45}\]|[^\s/:?#'"<>@]{1,255})/gi;

/** Values that reference a secret instead of holding one, or placeholders. */
const REFERENCE_OR_PLACEHOLDER =
    /^(?:arn:|\$|%|<|\{\{|\[|\/|resolve:|ssm:|secretsmanager:|vault:|env:|file:|op:\/\/|\*+$|x{3,}$|redacted$|changeit$|none$|null$|nil$|undefined$|true$|false$|yes$|no$|todo|placeholder|your[_-]|replace[_-]?me|example|dummy|<)/i;
const SECRETISH_PART = new Set([
    "password",
    "passwd",
    "pwd",
    "passphrase",
    "secret",
    "token",
    "apikey",
    "credential",
    "credentials",
    "privatekey",
]);
const SECRETISH_PAIR =
    /(?:^|_)(?:api_key|private_key|access_key|client_secret|auth_token|signing_key|master_key|secret_key|session_token|bearer_token)(?:$|_)/;
const NON_SECRET_SUFFIX = new Set([
    "arn",
    "name",
    "id",
    "ids",
    "path",
    "file",
    "dir",
    "region",
    "ttl",
    "length",
    "enabled",
    "disabled",
    "header",
    "type",
    "mode",
    "version",
    "url",
    "uri",
    "endpoint",
    "location",
    "prefix",
    "suffix",
    "source",
    "policy",
    "rotation",
    "expiry",
    "expiration",
    "seconds",
    "secs",
    "minutes",
    "duration",
    "timeout",
    "count",
    "limit",
    "size",
    "max",
    "min",
    "format",
    "provider",
    "env",
    "var",
    "store",
    "manager",
    "ref",
    "key_id",
    "required",
    "scope",
    "scopes",
    "audience",
    "issuer",
    "method",
    "field",
    "class",
    "level",
]);

function snake(key: string): string {
    return key
        .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
        .replace(/[^A-Za-z0-9]+/g, "_")
        .toLowerCase();
}

/** A variable / tag name that by its name holds a secret (`DB_PASSWORD`, `hfToken`), not a reference to one. */
export function isSecretKey(key: string): { secret: boolean; password: boolean } {
    if (key.length > 128) return { secret: false, password: false };
    const s = snake(key);
    const parts = s.split("_").filter((p) => p);
    if (parts.length === 0) return { secret: false, password: false };
    const last = parts[parts.length - 1];
    if (NON_SECRET_SUFFIX.has(last) || (parts.length > 1 && NON_SECRET_SUFFIX.has(parts[parts.length - 2] + "_" + last))) {
        return { secret: false, password: false };
    }
    const password = parts.some((p) => p === "password" || p === "passwd" || p === "pwd" || p === "passphrase") || last === "pass";
    const secret = password || parts.some((p) => SECRETISH_PART.has(p)) || SECRETISH_PAIR.test(s);
    return { secret, password };
}

/** A literal secret value: not a reference, not a placeholder; for non-password names it must look random. */
export function isLiteralSecret(value: string, passwordKey: boolean): boolean {
    const v = value.trim();
    if (v.length < 6 || v.length > 4096) return false;
    if (REFERENCE_OR_PLACEHOLDER.test(v)) return false;
    if (/^\d{1,5}$/.test(v)) return false;
    if (/^[a-z][a-z-]{0,30}$/.test(v) && !passwordKey) return false; // a word: "enabled", "bearer", "none"
    if (passwordKey) return true;
    const classes = (/[a-z]/.test(v) ? 1 : 0) + (/[A-Z]/.test(v) ? 1 : 0) + (/\d/.test(v) ? 1 : 0) + (/[^A-Za-z0-9]/.test(v) ? 1 : 0);
    return v.length >= 8 && classes >= 2 && !/\s/.test(v);
}

function placeholderSecret(s: string): boolean {
    return REFERENCE_OR_PLACEHOLDER.test(s) || /^[*x.•]+$/i.test(s) || /^\{[^}]*\}$/.test(s);
}

function luhn(digits: string): boolean {
    let sum = 0;
    let dbl = false;
    for (let i = digits.length - 1; i >= 0; i--) {
        let d = digits.charCodeAt(i) - 48;
        if (dbl) {
            d *= 2;
            if (d > 9) d -= 9;
        }
        sum += d;
        dbl = !dbl;
    }
    return sum % 10 === 0;
}

function cardIssuer(d: string): boolean {
    const n = d.length;
    const p2 = +d.slice(0, 2);
    const p4 = +d.slice(0, 4);
    const p3 = +d.slice(0, 3);
    if (d[0] === "4") return n === 13 || n === 16 || n === 19;
    if (p2 >= 51 && p2 <= 55) return n === 16;
    if (p4 >= 2221 && p4 <= 2720) return n === 16;
    if (p2 === 34 || p2 === 37) return n === 15;
    if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) return n >= 16 && n <= 19;
    if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19;
    if (p2 === 36 || p2 === 38 || (p3 >= 300 && p3 <= 305)) return n === 14;
    if (p2 === 62) return n >= 16 && n <= 19;
    return false;
}

function cardGroupingOk(raw: string): boolean {
    if (!/[ -]/.test(raw)) return true;
    const sep = raw.includes(" ") ? " " : "-";
    if (raw.includes(sep === " " ? "-" : " ")) return false;
    const g = raw.split(sep).map((x) => x.length);
    const s = g.join(",");
    return /^4,4,4,4(,3)?$/.test(s) || s === "4,6,5" || s === "4,6,4" || /^4,4,4,[1-4]$/.test(s);
}

function validSsn(a: string, g: string, s: string): boolean {
    const area = +a;
    if (area === 0 || area === 666 || area >= 900) return false;
    if (g === "00" || s === "0000") return false;
    if ((a === "078" && g === "05" && s === "1120") || (a === "219" && g === "09" && s === "9999")) return false;
    return true;
}

function hostAllowed(host: string, allowed: readonly string[]): boolean {
    const h = host.toLowerCase().replace(/\.$/, "");
    if (h.endsWith(".localhost") || h === "[::1]" || /^127\./.test(h)) return true;
    for (const a of allowed) {
        if (a.startsWith("*.") ? h.endsWith(a.slice(1)) || h === a.slice(2) : h === a) return true;
    }
    return false;
}

const ROLE_LOCAL_PARTS = new Set(
    (
        "git noreply no-reply donotreply do-not-reply team teams ops devops sre admin administrator support security secops alerts alert " +
        "oncall on-call help helpdesk info contact platform ml mlops data dataeng engineering eng it billing finance aws cloud root " +
        "ec2-user ubuntu hostmaster postmaster webmaster abuse privacy compliance dpo hipaa owners owner group dl list notifications " +
        "notify service svc bot automation ci cd build release research analytics infra infrastructure networking dev prod staging " +
        "sagemaker bedrock ai science lab labs office legal audit risk governance soc incident incidents"
    ).split(" "),
);

function isRoleAddress(local: string): boolean {
    return local
        .toLowerCase()
        .split(/[._+-]/)
        .some((p) => ROLE_LOCAL_PARTS.has(p));
}

function emailDomainAllowed(domain: string, allowed: readonly string[]): boolean {
    const d = domain.toLowerCase();
    return allowed.some((a) => d === a || d.endsWith("." + a));
}

// ---------------------------------------------------------------------------------------------
// The scan.

interface Sink {
    add(kind: Kind, index: number, pattern?: string): void;
}

function allowed(match: string, cfg: DetectorConfig): boolean {
    if (cfg.allowValues.size > 0 && cfg.allowValues.has(match)) return true;
    for (const re of cfg.allowPatterns) {
        re.lastIndex = 0;
        const m = re.exec(match);
        if (m && m[0] === match) return true;
    }
    return false;
}

function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let guard = 0;
    while ((m = re.exec(text)) !== null && guard++ < 10000) {
        fn(m);
        if (m[0].length === 0) re.lastIndex++;
    }
}

function scanCredentials(text: string, ctx: ScanContext, cfg: DetectorConfig, out: Sink): void {
    const ok = (s: string) => !allowed(s, cfg);
    if (text.includes("://")) {
        each(URL_USERINFO, text, (m) => {
            if (!placeholderSecret(m[2]) && ok(m[0])) out.add("url-credentials", m.index);
        });
        if (text.includes("=")) {
            each(URL_SECRET_PARAM, text, (m) => {
                if (!placeholderSecret(m[1]) && m[1].length >= 4 && ok(m[0])) out.add("url-credentials", m.index);
            });
        }
    }
    if (text.includes("=") && /;/.test(text)) {
        each(CONN_PASSWORD, text, (m) => {
            if (!placeholderSecret(m[1]) && ok(m[0])) out.add("url-credentials", m.index);
        });
    }
    // AWS documentation placeholders (`AKIAIOSFODNN7EXAMPLE`, `...EXAMPLEKEY`) are not credentials.
    if (/A[KSBC][IC]A/.test(text))
        each(AWS_KEY_ID, text, (m) => !m[0].endsWith("EXAMPLE") && ok(m[0]) && out.add("aws-access-key-id", m.index));
    if (text.length >= 40) {
        const keyHint = ctx.key !== undefined && /secret|sk$/i.test(ctx.key);
        each(AWS_SECRET_CANDIDATE, text, (m) => {
            const v = m[0];
            if (!/[a-z]/.test(v) || !/[A-Z]/.test(v) || !/\d/.test(v)) return;
            if (v.startsWith("/") || v.endsWith("/") || v.includes("//")) return;
            if (new Set(v).size < 16 || v.includes("EXAMPLE")) return;
            const ctxOk = keyHint || AWS_SECRET_CONTEXT.test(text.slice(Math.max(0, m.index - 48), m.index));
            if ((ctxOk || /[/+]/.test(v)) && ok(v)) out.add("aws-secret-key", m.index);
        });
    }
    if (text.includes("PRIVATE KEY") || text.includes("PuTTY")) each(PRIVATE_KEY, text, (m) => out.add("private-key", m.index));
    if (text.includes("gh") || text.includes("github_pat_")) each(GITHUB_TOKEN, text, (m) => ok(m[0]) && out.add("github-token", m.index));
    if (text.includes("xox") || text.includes("hooks.slack.com"))
        each(SLACK_TOKEN, text, (m) => ok(m[0]) && out.add("slack-token", m.index));
    if (text.includes("eyJ")) each(JWT, text, (m) => ok(m[0]) && out.add("jwt", m.index));
    if (/sk|rk_|AIza|hf_|npm_|glpat|SG\.|AC|SK|dop_|pypi/.test(text)) {
        each(API_TOKEN, text, (m) => ok(m[0]) && out.add("api-token", m.index));
    }

    // Secret-like names with literal values.
    if (ctx.key !== undefined && (ctx.context === "env" || ctx.context === "tag")) {
        const k = isSecretKey(ctx.key);
        if (k.secret && isLiteralSecret(text, k.password) && ok(text)) out.add("password-literal", 0);
    }
    if (ctx.context === "script" || ctx.context === "text") {
        const strict = ctx.context === "text";
        if (text.includes("=") || text.includes(":")) {
            each(ASSIGNMENT, text, (m) => {
                const k = isSecretKey(m[1]);
                if (!k.secret) return;
                const v = m[3];
                if (v.startsWith("$") || v.startsWith("(") || /^[A-Za-z_][\w.]*\(/.test(v) || /^os\.|^process\.|^getenv/.test(v)) return;
                if (m[2] === "" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(v) && ctx.context === "script" && /^[a-z_]+$/.test(v)) return;
                if (isLiteralSecret(v, k.password && !strict) && ok(v)) out.add("password-literal", m.index);
            });
        }
        if (text.includes("--")) {
            each(CLI_SECRET_FLAG, text, (m) => {
                if (!m[2].startsWith("$") && isLiteralSecret(m[2], /pass/i.test(m[1]) && !strict) && ok(m[2]))
                    out.add("password-literal", m.index);
            });
        }
    }
}

/** True when the text at `index` is inside a URL's authority (`scheme://user:pass@host`). */
function inUrlAuthority(text: string, index: number): boolean {
    const from = Math.max(0, index - 300);
    const seg = text.slice(from, index);
    const ws = Math.max(seg.lastIndexOf(" "), seg.lastIndexOf("\n"), seg.lastIndexOf("\t"));
    const token = seg.slice(ws + 1);
    const p = token.indexOf("://");
    return p !== -1 && !token.slice(p + 3).includes("/");
}

function before(text: string, index: number, n = 40): string {
    return text.slice(Math.max(0, index - n), index);
}

function scanPhi(text: string, ctx: ScanContext, cfg: DetectorConfig, out: Sink): void {
    const ok = (s: string) => !allowed(s, cfg);
    const key = ctx.key !== undefined && ctx.key.length <= 128 ? snake(ctx.key) : undefined;
    const hasDigit = /\d/.test(text);
    if (hasDigit && text.includes("-")) {
        each(SSN_DASHED, text, (m) => validSsn(m[1], m[2], m[3]) && ok(m[0]) && out.add("us-ssn", m.index));
    }
    if (hasDigit) {
        const ssnKey = key !== undefined && SSN_KEY.test(key);
        if (ssnKey || /ssn|soc|tin|ss#/i.test(text)) {
            each(SSN_PLAIN, text, (m) => {
                if (!validSsn(m[1], m[2], m[3])) return;
                if ((ssnKey || SSN_CONTEXT.test(before(text, m.index, 32))) && ok(m[0])) out.add("us-ssn", m.index);
            });
        }
        each(CARD_CANDIDATE, text, (m) => {
            const d = m[0].replace(/[ -]/g, "");
            if (/^(\d)\1+$/.test(d)) return;
            if (cardIssuer(d) && luhn(d) && cardGroupingOk(m[0]) && ok(m[0])) out.add("payment-card", m.index);
        });
        for (const re of cfg.mrnPatterns) each(re, text, (m) => ok(m[0]) && out.add("mrn", m.index));
        if (
            key !== undefined &&
            /(?:^|_)(?:mrn|med(?:ical)?_?rec(?:ord)?(?:_?(?:number|num|no))?)$/.test(key) &&
            /^\s*[A-Z]{0,3}-?\d{5,12}\s*$/i.test(text) &&
            ok(text)
        ) {
            out.add("mrn", 0);
        }
        const dobKey = key !== undefined && DOB_KEY.test(key);
        if (dobKey || /dob|birth|born|d\.o\.b/i.test(text)) {
            each(DATE, text, (m) => {
                if ((dobKey || DOB_CONTEXT.test(before(text, m.index, 32))) && ok(m[0])) out.add("date-of-birth", m.index);
            });
        }
    }
    // A contact detail labelled as a patient's.
    const patientKey = key !== undefined && PATIENT_KEY.test(key);
    if (patientKey || /patient|member|beneficiar|subscriber|insured|guarantor|enrollee/i.test(text)) {
        const labelled = (i: number) => patientKey || PATIENT_LABEL.test(before(text, i, 40));
        if (text.includes("@")) each(EMAIL, text, (m) => labelled(m.index) && ok(m[0]) && out.add("patient-contact", m.index));
        if (hasDigit) each(PHONE, text, (m) => labelled(m.index) && ok(m[0]) && out.add("patient-contact", m.index));
    }
    for (const p of cfg.extraPatterns) each(p.re, text, (m) => ok(m[0]) && out.add("custom", m.index, p.name));
}

function scanPossiblePhi(text: string, ctx: ScanContext, cfg: DetectorConfig, out: Sink): void {
    const ok = (s: string) => !allowed(s, cfg);
    const key = ctx.key !== undefined && ctx.key.length <= 128 ? snake(ctx.key) : undefined;
    // Contact details labelled as a patient's are reported by the high-confidence check instead.
    const patientKey = key !== undefined && PATIENT_KEY.test(key);
    const labelled = (i: number) => patientKey || PATIENT_LABEL.test(before(text, i, 40));
    const hasDigit = /\d/.test(text);
    if (text.includes("@")) {
        each(EMAIL, text, (m) => {
            if (isRoleAddress(m[1]) || emailDomainAllowed(m[2], cfg.allowedEmailDomains) || labelled(m.index)) return;
            if (inUrlAuthority(text, m.index)) return; // user:password@host is a credential, ssh://git@host a URL
            if (ok(m[0])) out.add("email-address", m.index);
        });
    }
    if (hasDigit) {
        each(PHONE, text, (m) => !labelled(m.index) && ok(m[0]) && out.add("phone-number", m.index));
        each(STREET_ADDRESS, text, (m) => ok(m[0]) && out.add("street-address", m.index));
        if (/diagnos|dx|icd/i.test(text)) each(DIAGNOSIS, text, (m) => ok(m[0]) && out.add("diagnosis-code", m.index));
    }
    if (/patient|member|beneficiar/i.test(text)) each(PATIENT_NAME_TEXT, text, (m) => ok(m[0]) && out.add("patient-identifier", m.index));
    if (key !== undefined && (ctx.context === "tag" || ctx.context === "env") && PATIENT_ID_KEY.test(key)) {
        const v = text.trim();
        if (
            v.length >= 2 &&
            !REFERENCE_OR_PLACEHOLDER.test(v) &&
            !/^(?:n\/?a|unknown|any|all|redacted|masked|hashed|tokenized|synthetic)$/i.test(v) &&
            ok(v)
        ) {
            out.add("patient-identifier", 0);
        }
    }
}

function scanInsecureUrls(text: string, cfg: DetectorConfig, out: Sink): void {
    if (!text.includes("://")) return;
    each(INSECURE_URL, text, (m) => {
        if (!hostAllowed(m[1], cfg.allowedHosts) && !allowed(m[0], cfg)) out.add("insecure-url", m.index);
    });
}

/**
 * Scans one value for the detectors of `category`. Returns each kind found once (the first
 * occurrence; with its 1-based line when the text has several lines). Only the first
 * MAX_SCAN_CHARS characters are scanned. Never throws on strings; returns [] for anything else.
 */
export function detect(value: unknown, ctx: ScanContext, category: Category, cfg: DetectorConfig = EMPTY_CONFIG): Finding[] {
    if (typeof value !== "string" || value.length === 0) return NONE;
    const text = value.length > MAX_SCAN_CHARS ? value.slice(0, MAX_SCAN_CHARS) : value;
    if (cfg.allowValues.size > 0 && cfg.allowValues.has(text)) return NONE;
    let found: Finding[] | undefined;
    const seen = new Set<string>();
    const sink: Sink = {
        add(kind, index, pattern) {
            const id = pattern === undefined ? kind : `${kind}:${pattern}`;
            if (seen.has(id)) return;
            seen.add(id);
            (found ??= []).push({ kind, ...(pattern !== undefined ? { pattern } : {}), ...lineOf(text, index) });
        },
    };
    if (category === "credential") {
        scanCredentials(text, ctx, cfg, sink);
        // A value already reported as a specific credential is not also reported as a "literal secret".
        if (found && found.length > 1 && seen.has("password-literal")) found = found.filter((f) => f.kind !== "password-literal");
    } else if (category === "phi") scanPhi(text, ctx, cfg, sink);
    else if (category === "possible-phi") scanPossiblePhi(text, ctx, cfg, sink);
    else scanInsecureUrls(text, cfg, sink);
    return found ?? NONE;
}

const NONE: Finding[] = [];

function lineOf(text: string, index: number): { line?: number } {
    if (!text.includes("\n")) return {};
    let line = 1;
    for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
    return { line };
}

/** True when any detector of any category fires on `s` (used to decide whether a key may be printed). */
export function looksSensitive(s: string, cfg: DetectorConfig = EMPTY_CONFIG): boolean {
    const ctx: ScanContext = { context: "text" };
    return (["credential", "phi", "possible-phi"] as const).some((c) => detect(s, ctx, c, cfg).length > 0);
}
