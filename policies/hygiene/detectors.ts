// The one detector module for sensitive data in text: credentials, PHI / personal data and
// insecure URLs. Pure functions over strings; every policy that scans text uses it.
//
// Design rules:
// - One call scans at most MAX_SCAN_CHARS (64 KiB); policies hand longer values over in overlapping
//   windows (`detectWhole` in ./scan.ts), so a value is scanned to its end.
// - Regexes are precompiled at module level and written to run in linear time: no nested
//   quantifiers over overlapping classes, every repetition bounded, cheap guards (`includes`)
//   before a regex runs at all.
// - A finding carries its kind and, for multi-line text, the line number; never the matched text.

import { compileLinearRegExp } from "./patterns";
import { ADOPTED_KINDS, holdsMaintainedConstant, scanAdoptedRules, scanMaintainedRules } from "./secret-rules";
import { healthFormatValues, SSN_VALUE } from "./health-formats";
import { MEMBER_ID_HINT, MEMBER_ID_LABELLED, memberId } from "./member-ids";
import { namesBesideRecordNumber } from "./patient-names";

/** Characters of one value that are scanned; the rest is ignored (said in the docs and messages). */
export const MAX_SCAN_CHARS = 64 * 1024;

/** Which policy reports a kind: credential and phi are mandatory, possible-* advisory (see `kindLevel`). */
export type Category = "credential" | "possible-credential" | "phi" | "possible-phi" | "insecure-url";

export type Kind =
    | "url-credentials"
    | "aws-access-key-id"
    | "aws-secret-key"
    | "private-key"
    | "private-key-material"
    | "github-token"
    | "slack-token"
    | "jwt"
    | "api-token"
    | "google-api-key"
    | "password-literal"
    | "weak-credential"
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
    // Advisory by its measured precision (docs/hygiene-detectors.md, outside-2027-06): key material without armour
    // and a body was right on 2 of 7 held-out detections, armoured keys with a body on 12 of 12.
    "private-key-material": {
        category: "possible-credential",
        phrase: "private key material without a PEM body (a key's DER or a PEM block in base64, or a private key's header alone)",
    },
    "github-token": { category: "credential", phrase: "a GitHub token" },
    "slack-token": { category: "credential", phrase: "a Slack token or webhook URL" },
    jwt: { category: "possible-credential", phrase: "a JSON Web Token" },
    "api-token": { category: "credential", phrase: "an API token of a well-known service" },
    "google-api-key": {
        category: "possible-credential",
        phrase: "a Google API key (often public by design, e.g. a browser or Firebase key)",
    },
    "password-literal": { category: "credential", phrase: "a literal password or secret under a secret-like name" },
    // Advisory: a guessable or test value is not a secret to block a deploy on, but the setting it fills is a credential.
    "weak-credential": {
        category: "possible-credential",
        phrase: "a word, a default or a test value (such as `changeme` or `test`) as the literal value of a credential's setting",
    },
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

/**
 * The kinds one policy reports, for its documentation page: a kind is mandatory (hygiene-no-*) when its
 * measured precision is at least 95% (docs/hygiene-detectors.md, "Levels"); under that it is advisory
 * (hygiene-possible-*).
 */
export function kindsReportedBy(category: Category): string {
    const list = (Object.keys(KINDS) as Kind[]).filter((k) => KINDS[k].category === category && k !== "custom");
    return `Kinds reported by this policy (level by measured precision, see docs/hygiene-detectors.md): ${list.map((k) => `\`${k}\``).join(", ")}.`;
}

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
    "\\b(?:MRN|med(?:ical)?[ _-]?rec(?:ord)?(?:[ _-]?(?:number|num|no|nbr|#))?)[ \\t:#=._-]{0,3}[A-Z]{0,4}-?\\d{5,12}[A-Z]{0,2}\\b",
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

/**
 * Compiles an organisation regex; an error text (printable: config, not resource input) on failure.
 * Organisation patterns run on RE2 (linear time, see hygiene/patterns); the pack's own defaults are
 * reviewed for linear time and run on the native engine, which starts faster.
 */
export function compileOrgRegex(source: unknown, flags = "i"): RegExp | string {
    if (typeof source !== "string" || source.length === 0) return "is not a non-empty string";
    if (source.length > MAX_ORG_REGEX_LENGTH) return `is longer than ${MAX_ORG_REGEX_LENGTH} characters`;
    const global = flags.includes("g") ? flags : flags + "g";
    if (DEFAULT_MRN_PATTERNS.includes(source)) return new RegExp(source, global);
    return compileLinearRegExp(source, global);
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

/** `scheme://user:password@host`; the user may be an e-mail address written as it is (`smtps://me@gmail.com:…@smtp.gmail.com`). */
const URL_USERINFO = /\b[a-z][a-z0-9+.-]{1,20}:\/\/((?:[^\s/:@'"<>]{1,64}@)?[^\s/:@'"<>]{0,128}):([^\s/@'"<>]{1,256})@[^\s/@'"<>]/gi;
/**
 * A connection URL that is the whole value (an environment variable's), whose password holds spaces a parser keeps as
 * written (SQLAlchemy, redis-py and dj-database-url split the user-info at its last `@`): `redis://:my pass@host/0`.
 * Anchored at both ends, nothing after the host part but a path and query without spaces.
 */
const WHOLE_URL_SPACED_PASSWORD =
    /^[a-z][a-z0-9+.-]{1,20}:\/\/([^\s/:@'"<>]{0,128}):([^/@'"<>\r\n]{1,256}) ?@[^\s/@'"<>][^\s'"<>]{0,2048}$/i;
/** A secret in a URL's query: passwords, secrets, API keys, signatures, and tokens that authorise (`oauth_token`, `refresh_token`, `id_token`; not a page token). */
const URL_SECRET_PARAM =
    /[?&;](?:[a-z_]{0,12}pass(?:word|wd)?|pwd|secret|client_secret|(?:(?:access|oauth|auth|refresh|id|session|bot|app)_?)?token|api_?key|sig|x-amz-signature|x-amz-security-token)=([^&\s#'"]{1,512})/gi;
/** An API key in a URL's query under the bare name `key` (Google's and many other APIs' parameter); judged by `secretLike`. */
const URL_KEY_PARAM = /[?&;]key=([^&\s#'"]{16,512})/gi;
/**
 * HTTP Basic credentials written anywhere (`AUTH = ("Basic …")`, a header in a log): judged by `basicAuthPair`. The base64
 * ends the value: one that runs on in base64url or into a dotted token (`Basic eyJ….eyJ….sig`) is no Basic credential.
 */
const BASIC_CREDENTIAL = /(?<![A-Za-z0-9_])Basic[ \t]{1,4}([A-Za-z0-9+/]{8,700}={0,2})(?![A-Za-z0-9+/=_-]|\.[A-Za-z0-9])/gi;
/** Connection-string secrets: ADO.NET / ODBC `Password=`, Azure `AccountKey=` / `SharedAccessKey=` / `Secret=`, Redis `,password=`. */
/** A connection string's secret (`Password=…;`, `AccountKey=…`); not a hash rocket (`password => $pw,`: Puppet, Ruby, Perl). */
const CONN_SECRET = /(?:^|[;,\s"'])(?:password|pwd|accountkey|sharedaccesskey|secret)\s{0,4}=(?![=>])\s{0,4}([^;,\s'"]{1,256})/gi;
const AWS_KEY_ID = /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Z0-9])/g;
const AWS_SECRET_CANDIDATE = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
const AWS_SECRET_CONTEXT = /(?:secret|aws_secret_access_key|secretaccesskey|secret_?key|sk)\W{0,6}$/i;
const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----|PuTTY-User-Key-File-\d|AGE-SECRET-KEY-1[0-9A-Z]{58}/g;
/**
 * A private key's DER in base64 without its armour (a key pasted into code or an environment variable): a SEQUENCE whose
 * first member is the version INTEGER 0, which private keys have and certificates and public keys do not: PKCS #1
 * (`MII…IBAAJ…` / `…IBAAK…`), PKCS #8 (`MII…IBADAN…`, `…IBADAL…`), SEC 1 EC (`MHcCAQEE`), Ed25519 PKCS #8 (`MC4CAQAw`).
 * The header bytes are checked in code.
 */
const DER_PRIVATE_KEY = /(?<![A-Za-z0-9+/])(?:MII[A-Za-z0-9+/]{3}IBA(?:A[JK]|D[A-Z])|MHcCAQEE|MC4CAQAw)[A-Za-z0-9+/]{40,8192}/g;
/** A JSON Web Key's private member (with `"kty"` in the same text): base64url of 20 or more characters. */
const JWK_PRIVATE = /"d"[ \t]{0,4}:[ \t]{0,4}"([A-Za-z0-9_-]{20,4096})"/g;
/** Base64 of `-----BEGIN` (a PEM block encoded once more, as in `PRIVATE_KEY_B64=`). */
const PEM_BASE64 = /LS0tLS1CRUdJTi[A-Za-z0-9+/]{8,80}/g;
const GITHUB_TOKEN = /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])/g;
const SLACK_TOKEN =
    /(?<![A-Za-z0-9])(?:xox[abpsr]-\d{8,16}-[A-Za-z0-9-]{8,250}|xapp-\d-[A-Z0-9]{8,16}-\d{8,16}-[a-f0-9]{32,80})|https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{20,300}/g;
/**
 * Slack tokens of the other shapes: workspace and user ids that are not 8 or more digits (`xoxp-523423-…`, older and
 * Enterprise Grid tokens), refresh and configuration tokens (`xoxe-1-…`, `xoxe.xoxp-1-…`). The prefix is Slack's own;
 * the body (judged in code) must be 20 or more characters, not filler, its secret part must pass `secretLike`, and its
 * ids must not be a placeholder.
 */
const SLACK_TOKEN_OTHER =
    /(?<![A-Za-z0-9.])xox(?:[abposr]|e(?:\.xox[bp])?)-[A-Za-z0-9]{1,250}(?:-[A-Za-z0-9]{1,250}){1,5}(?![A-Za-z0-9-])/g;
const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{0,4096}/g;
/** Tokens of well-known services, recognised by their documented prefix or shape. */
const API_TOKEN = new RegExp(
    [
        "(?<![A-Za-z0-9_])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,99}",
        "(?<![A-Za-z0-9_.-])(?:eyJrIjoi[A-Za-z0-9+/=_-]{40,300}|(?:sk|tk)\\.eyJ[A-Za-z0-9_-]{20,400}\\.[A-Za-z0-9_-]{20,200}|cio[A-Za-z0-9]{32}|00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,200})(?![A-Za-z0-9_-])",
        "(?<![A-Za-z0-9_-])sk-ant-(?:api|admin)\\d{2}-[A-Za-z0-9_-]{60,200}",
        "(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250}",
        "(?<![A-Za-z0-9_-])sk-[A-Za-z0-9]{48}(?![A-Za-z0-9])",
        "(?<![A-Za-z0-9_])hf_[A-Za-z]{34}(?![A-Za-z0-9])",
        "(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])",
        "(?<![A-Za-z0-9_])SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}",
        "(?<![A-Za-z0-9_])(?:AC|SK)[0-9a-f]{32}(?![A-Za-z0-9])",
        "(?<![A-Za-z0-9_])pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}",
        // Dotted and upper-case prefixes the generic prefixed-token shape below does not cover.
        "(?<![A-Za-z0-9_.])(?:dp\\.(?:ct|pt|sa|scim|audit|st(?:\\.[a-z0-9_-]{1,30})?)\\.[A-Za-z0-9]{40,44}|hv[sbr]\\.[A-Za-z0-9_-]{24,400}|ya29\\.[A-Za-z0-9_-]{30,400}|sl\\.[A-Za-z0-9_-]{100,300}|hawk\\.[A-Za-z0-9_-]{20}\\.[A-Za-z0-9_-]{20})",
        // New Relic REST API keys are `NRRA-` and 42 hexadecimal digits (PaperMtn/watchman-signatures' signature: a body of
        // other letters is not one).
        "(?<![A-Za-z0-9_-])(?:GOCSPX-[A-Za-z0-9_-]{28}|NR(?:AK|AA|II|IQ)-[A-Za-z0-9_-]{20,60}|NRRA-[a-f0-9]{42}|(?:eu01xx)?[a-f0-9]{30,36}NRAL|AKCp[A-Za-z0-9]{69}|ATATT3[A-Za-z0-9_=-]{150,300}|GR1348941[A-Za-z0-9_-]{20}|PMAK-[a-f0-9]{24}-[a-f0-9]{34}|EAA[A-Za-z0-9]{90,300}|sq0(?:atp|csp)-[A-Za-z0-9_-]{22,60}|dapi[a-f0-9]{32}(?:-\\d)?|key-[a-f0-9]{32}|[a-f0-9]{32}-us\\d{1,2}|live_\\d{6,12}_[A-Za-z0-9]{30}|oy2[a-z0-9]{43}|\\d{8,10}:AA[A-Za-z0-9_-]{32,33})(?![A-Za-z0-9_-])",
        "https:\\/\\/(?:[A-Za-z0-9-]{1,60}\\.webhook\\.office\\.com\\/webhookb2|outlook\\.office\\.com\\/webhook)\\/[A-Za-z0-9@/_-]{60,400}",
        // Cloud session tokens: AWS STS (base64 of the token's binary header), Entra ID / Azure AD refresh tokens.
        "(?<![A-Za-z0-9+/])(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE|FQoGZXIvYXdzE|AgoJb3JpZ2luX2Vj)[A-Za-z0-9+/]{80,4000}={0,2}",
        "(?<![A-Za-z0-9_.-])[01]\\.A[A-Za-z0-9_-]{100,4000}(?:\\.[A-Za-z0-9_-]{20,400}){0,3}(?![A-Za-z0-9_-])",
        // …and with a short first part: the client and tenant, then (`.1` in some) the encrypted part, which starts `AgAB`.
        "(?<![A-Za-z0-9_.-])[01]\\.A[A-Za-z0-9_-]{20,200}(?:\\.\\d)?\\.AgAB[A-Za-z0-9_-]{60,4000}(?:\\.[A-Za-z0-9_-]{20,400}){0,3}(?![A-Za-z0-9_-])",
        // Docker swarm join tokens: `SWMTKN-1-`, the root CA's digest and the secret (base 36, 50 and 25 characters).
        "(?<![A-Za-z0-9_-])SWMTKN-1-[a-z0-9]{50}-[a-z0-9]{25}(?![A-Za-z0-9_-])",
        // Django's generated development SECRET_KEY (`django-insecure-` and 50 characters), Artifactory reference tokens
        // (base64 of `reftkn:01:`), Infura project keys in their endpoint URLs.
        "(?<![A-Za-z0-9_-])django-insecure-[a-z0-9!@#$%^&*(=+)_-]{50}(?![a-z0-9!@#$%^&*(=+)_-])",
        "(?<![A-Za-z0-9+/])cmVmdGtuOjAx[A-Za-z0-9+/]{40,120}={0,2}(?![A-Za-z0-9+/=])",
        "\\b(?:https|wss)?:\\/\\/[a-z0-9-]{1,40}\\.infura\\.io\\/(?:ws\\/)?v3\\/[0-9a-f]{32}(?![0-9a-f])",
        // Discord bot tokens.
        "(?<![A-Za-z0-9_.-])[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_-])",
        // Vendor formats of outside-2027-06's tuning half, each the vendor's documented shape: Facebook app access tokens
        // (`<app id>|<app secret>`), Mailgun API keys (`<32 hex>-<8 hex>-<8 hex>`), Bitbucket Data Center HTTP access tokens
        // (`BBDC-`), Akamai EdgeGrid client tokens (`akab-<16>-<16>`), New Relic browser tokens (`NRJS-`), Instagram tokens (`IGQVJ`).
        "(?<![\\w|.-])\\d{15,16}\\|(?=[\\w-]{0,40}\\d)(?=[\\w-]{0,40}[A-Z])(?=[\\w-]{0,40}[a-z])[A-Za-z0-9_-]{27,40}(?![\\w-])",
        "(?<![A-Za-z0-9_-])[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}(?![A-Za-z0-9_-])",
        "(?<![A-Za-z0-9_-])(?:BBDC-[A-Za-z0-9+/_-]{40,60}|akab-[a-z0-9]{16}-[a-z0-9]{16}|NRJS-[a-f0-9]{19}|IGQVJ[A-Za-z0-9_-]{100,400})(?![A-Za-z0-9+/_-])",
        // Vendor formats after scoring outside-2027-06, each the vendor's documented shape: Heroku's prefixed API keys (`HRKU-`
        // and a UUID or 58 to 64 characters), Postman collection access tokens (`PMAT-` and a 26-character ULID), Defined
        // Networking keys (`dnkey-<26>-<52>`), Bitbucket app passwords (`ATBB` and 32), Terraform Cloud tokens
        // (`<14>.atlasv1.<60-70>`), 1Password service account tokens (`ops_eyJ…`), New Relic license keys with any region
        // (`eu01x…NRAL`). Not Microsoft Entra client secrets (`…8Q~…`): checkov's negatives hold one under a plain name.
        "(?<![A-Za-z0-9_-])(?:HRKU-(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9_-]{58,64})|PMAT-[0-9A-Z]{26}|dnkey-[A-Za-z0-9=_]{26}-[A-Za-z0-9=_]{52}|ATBB[A-Za-z0-9]{32}|[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}|ops_eyJ[A-Za-z0-9+/_-]{250,4000}={0,3}|[a-z]{2}\\d{2}x{1,2}[a-f0-9]{30,36}NRAL)(?![A-Za-z0-9_-])",
        // Braintree access tokens: `access_token$production$` (or `sandbox`), the merchant id (16) and 32 hexadecimal digits.
        "(?<![A-Za-z0-9_])access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32}(?![A-Za-z0-9_])",
    ].join("|"),
    "g",
);
/** Grafana Cloud access policy tokens: `glc_` and base64 of the token's JSON claims, which hold the key (`"k"`). */
const GRAFANA_CLOUD_TOKEN = /(?<![A-Za-z0-9_])glc_(eyJ[A-Za-z0-9+/]{30,600}={0,2})(?![A-Za-z0-9+/=])/g;
/**
 * Atlassian (Jira, Confluence) personal access tokens have no prefix: 44 characters of base64 of the token's numeric id (12
 * digits), `:` and 20 random bytes, standing alone or as a URL's last segment. The decoded form is checked in code.
 */
const ATLASSIAN_PAT = /(?<![A-Za-z0-9+])[MNO][A-Za-z0-9+/]{43}(?![A-Za-z0-9+/=])/g;
/** Chat-bot tokens without a prefix: `<bot id>:<base64url secret>` (Telegram and similar); the body is judged by `randomLooking`. */
const BOT_TOKEN = /(?<![\w:/.-])(\d{6,12}):([A-Za-z0-9_-]{30,50})(?![\w-])/g;
/**
 * A webhook URL with its secret in the path (Zapier, Tines, Discord, Mattermost, Teams, generic): a path
 * segment named like a hook, then a random-looking segment of 16 or more characters.
 */
const WEBHOOK_URL =
    /https?:\/\/[A-Za-z0-9.-]{1,253}(?::\d{1,5})?\/(?:[^\s/'"?#<>]{1,80}\/){0,4}(?:hooks?|webhooks?|webhookb2|IncomingWebhook|catch|trigger|triggers)\/((?:[^\s/'"?#<>]{1,200}\/?){1,6})/gi;
/** Google API keys (`AIza…`): a credential, but often published on purpose (browser and Firebase keys), so advisory. */
const GOOGLE_API_KEY = /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g;
/**
 * A token with a lower-case vendor prefix (`glsa_`, `dckr_pat_`, `shpat_`, `rubygems_`, `tvly-`, `tkn.v1_`): the shape most
 * services use now. The body must look random: mixed case with digits, or long hexadecimal; base64url bodies may open with
 * `_` or `-` (Figma's `figd__…`).
 */
const PREFIXED_TOKEN =
    /(?<![A-Za-z0-9_.-])([a-z][a-z0-9]{1,9}(?:\.[a-z][a-z0-9]{0,3})?[_-](?:[a-z][a-z0-9]{0,9}[_-])?)([_-]?[A-Za-z0-9][A-Za-z0-9_-]{18,250})(?![A-Za-z0-9_-])/g;
/**
 * Sentry organisation tokens: `sntrys_`, base64 of the token's JSON claims (`{"iat":…`), `_`, a 43-character secret.
 * A `sntrys_` value of another shape is not one (gitleaks' and 2ms's rule tests hold such negatives).
 */
const SENTRY_ORG_TOKEN = /^sntrys_eyJ[A-Za-z0-9+/]{20,600}={0,2}_[A-Za-z0-9+/]{43}(?![A-Za-z0-9+/=_-])/;
/** The end of an assignment to an id's name, just before its quoted value: `id='`, `"id": "`, `credential_id="`, `callId: '`. */
const ID_NAME_BEFORE =
    /(?:^|[^A-Za-z0-9_-])([A-Za-z0-9_-]{0,60}(?:[_-][iI][dD]|[a-z0-9]Id|ID)|[iI][dD])["'`]?\]?[ \t]{0,4}(?:==|=>|=|:)[ \t]{0,4}["'`]$/;
/** Prefixes that are not tokens (hashes, AWS resource IDs), publishable keys, and those with a rule of their own above. */
const NOT_TOKEN_PREFIX =
    /^(?:sha\d*|md5|sha|uuid|guid|id|v\d|ami|vpc|subnet|sg|vol|snap|eni|igw|rtb|acl|arn|i|pr|test|sample|example|build|commit|rev|pk|xox[a-z]|xapp|gh[pousr]|github|sk|rk)[_-]/;

/**
 * `KEY = value`, `key: "value"`, `key := value`, `key => value`, `"key": "value"` (one line at a time; quoted values may hold
 * spaces); also Makefile `::=` / `:::=` / `?=`, PHP `.=`, and a type between the name and the operator (Go `var key string = …`,
 * TypeScript `key: string = …`), a string prefix before a quoted value (Python `f"…"`, `r'…'`, `b"…"`; C# `@"…"`), and C
 * declarations: an array with or without its size (`char secret[] = "…"`, `const char password[65] = "…"`) and a pointer
 * (`char *password = "…"`). A `::` is a namespace's, not a separator: hiera's `jira::dbpassword: …` assigns `dbpassword`.
 */
const ASSIGNMENT =
    /(?:^|[\s;,{([@>:/#=*]|(?<=(?:^|\n)[ \t]{0,32})%)(?:export[ \t]{1,4}|set[ \t]{1,4}|ENV[ \t]{1,4}|\$|-D|--set[ \t]{1,4})?(["'`]?)(\.?[A-Za-z0-9_][A-Za-z0-9_.>-]{0,127})(?:["'`]\]?|\]|\[\d{0,5}\])?(?:[ \t]{1,4}(?:string|String|str|\[\]byte)(?=[ \t]{0,4}=)|[ \t]{0,4}:[ \t]{0,4}(?:string|String|str|&str)(?=[ \t]{0,4}=))?[ \t]{0,32}(?::{2,3}=|[?.]=|:=|=>|===?|!==?|=|:(?!\/\/|:)|(?=[ \t]["'`]))[ \t]{0,32}(@|[fFrRbBuU]{1,2}(?=["']))?(?:(["'`])((?:(?!\4)[^\n]){1,4096})\4|([^\s"'`;,)]{1,2048}))/g;
/** What follows a type annotation taken for a value (`name: Type = …`): `=` and the value, group 2 when quoted. */
const TYPED_VALUE = /^[ \t]{0,4}=(?![=>~])[ \t]{0,32}(?:(["'`])((?:(?!\1)[^\n]){1,1024})\1)?/;
/** ASSIGNMENT again, for an assignment inside another's unquoted value (a regex of its own: `each` keeps its position in it). */
const ASSIGNMENT_INNER = new RegExp(ASSIGNMENT.source, "g");
/**
 * A literal inside a call that only marks it secret, assigned to a name (`password => Sensitive('…')`: Puppet; `Sensitive.new`,
 * `SecretStr("…")`: Pydantic; `pulumi.secret("…")`, `SecretValue.unsafePlainText("…")`): the literal is the name's value.
 */
const WRAPPED_SECRET =
    /(?:^|[\s;,{(])["':]?([A-Za-z_][\w-]{0,63})["']?[ \t]{0,4}(?:=>|=|:)[ \t]{0,4}(?:[A-Za-z_]\w{0,30}\.){0,3}(?:Sensitive|SecretStr|SecretBytes|secret|unsafe_?[Pp]lain_?[Tt]ext|plain_?[Tt]ext)(?:\.new)?\([ \t]{0,4}(["'])([^"'\n]{1,256})\2[ \t]{0,4}\)/g;
/** A form-encoded body, two to 33 `name=value` pairs joined by `&` (names and values hold neither `&` nor `=` before it). */
const FORM_BODY = /^[\w.-]{1,32}=[^&\s]{0,256}(?:&[\w.-]{1,32}=[^&\s]{0,256}){1,32}$/;
/** ASSIGNMENT at one position only (sticky): the first member after a bracket the previous match took. */
const ASSIGNMENT_AT = new RegExp(ASSIGNMENT.source, "y");
/**
 * A namespaced setting (Pulumi's stack configuration, `project:dbPassword: …` in `Pulumi.<stack>.yaml` or
 * `"project:dbPassword": "…"` in JSON): ASSIGNMENT reads the namespace as the name, so the setting is read here, by the
 * name after the namespace (group 2) and its literal (groups 3-5; a nested `secure:` block has none on the line).
 */
const NAMESPACED_SETTING =
    /(?:^|[\s{,])(["']?)[A-Za-z][\w-]{0,63}:([A-Za-z_][\w.-]{0,63})\1[ \t]{0,8}:[ \t]{0,8}(?:"([^"\n]{1,1024})"|'([^'\n]{1,1024})'|([^\s"'#,{}[\]][^\s#,}]{0,1023}))/g;
/** `"value" == password`: a comparison with the literal first. */
const REVERSED_COMPARISON = /(["'])([^"'\n]{1,256})\1\s{0,4}(?:===?|!==?)\s{0,4}([A-Za-z_][A-Za-z0-9_.]{0,63})/g;
/** XML configuration: `<add key="SmtpPassword" value="..."/>`. */
const XML_KEY_VALUE = /\bkey\s*=\s*"([^"\n]{1,64})"\s{1,8}value\s*=\s*"([^"\n]{1,256})"/gi;
/**
 * Command-line flags with a secret argument: `--password x`, `--registration-token x`, gpg's `--passphrase x`, curl's
 * `--oauth2-bearer x`, PowerShell `-Password x` / `-Password:x`, PuTTY's `-pw x` (and `-pw:x`).
 */
const CLI_SECRET_FLAG =
    /(?:^|\s)(?:--(?:(?:http|https|proxy|ftp|db|database|admin|root|user|ssh|smtp|ldap|vault|keystore|store|key|registry|repo|master|bind|client|server|auth|basic-auth)-)?(?:password|passwd|token|api-?key|secret|client-secret|registration-token|access-token|auth-token|license-key|passphrase|(?:oauth2-)?bearer)|-(?:Password|Passwd|Secret|Token|ApiKey|Credential|pw|pwd))(?:[=:]|\s{1,4})["']?([^\s"']{1,256})/gi;
/** Credential constructors and calls with the password as the last string argument: `NetworkCredential("u", "p")`, `auth=("u", "p")`. */
const CREDENTIAL_CALL =
    /\b(?:NetworkCredential|DirectoryEntry|UsernamePasswordCredential|PasswordAuthentication|HTTPBasicAuth|HTTPDigestAuth|BasicAuth|auth\s{0,2}=)\s{0,2}\(\s{0,64}(?:(["'])[^"'\n]{0,256}\1\s{0,64},\s{0,64}){1,2}(["'])([^"'\n]{1,256})\2\s{0,64}\)/g;
/**
 * An API key passed to a service's login or key-credential constructor, as notebooks write it: `wandb.login(key="…")`
 * (after other keyword arguments too), `comet_ml.login(api_key="…")`, Weaviate's `Auth.api_key("…")` / `AuthApiKey("…")`,
 * Azure's `AzureKeyCredential("…")`; and Elasticsearch's `api_key=("id", "…")` pair (group 3 of API_KEY_PAIR).
 */
const API_KEY_CALL =
    /\b(?:wandb\.login|comet_ml\.login|neptune\.init(?:_run)?|Auth\.api_key|AuthApiKey|AzureKeyCredential|ApiKeyCredential)\s{0,2}\(\s{0,64}(?:[A-Za-z_]\w{0,30}\s{0,4}=\s{0,4}[^,()"'\n]{0,64},\s{0,8}){0,4}(?:(?:key|api_key|api_token)\s{0,4}=\s{0,4})?(["'])([^"'\n]{1,256})\1/g;
const API_KEY_PAIR = /\bapi_key\s{0,2}=\s{0,2}\(\s{0,8}(["'])[^"'\n]{1,128}\1\s{0,8},\s{0,8}(["'])([^"'\n]{1,256})\2\s{0,8}\)/g;
/**
 * A default in a settings lookup: `os.getenv("API_TOKEN", "…")`, `env('JIRA_API_TOKEN', '…')`; also a name and its value as
 * a call's first two arguments, with more after them (PHP `define("DB_PASSWORD", "…", true)`, `set("token", "…", ttl)`).
 */
const LOOKUP_DEFAULT = /\(\s{0,4}(["'])([A-Za-z_][\w.-]{0,63})\1\s{0,4},\s{0,4}(["'])([^"'\n]{4,256})\3\s{0,4}(?:,[^()\n]{0,64})?\)/g;
/**
 * A builder's or an object's setter named for the credential it sets, with one literal: `.withPassword("…")`,
 * `postgres.WithPassword("…")`, `with_password("…")`, `setApiKey("…")`, `.WithClientSecret("…")` (testcontainers' and
 * SDKs' builders). Group 1 is the setting's name after `with` / `set`.
 */
const SETTER_CALL = /\b(?:[Ww]ith|[Ss]et)_?([A-Z_a-z][A-Za-z0-9_]{0,63})\(\s{0,4}(["'])([^"'\n]{1,256})\2\s{0,4}\)/g;
/**
 * A constant naming a secret passed before its value: `curl_easy_setopt(h, CURLOPT_PROXYPASSWORD, "…")`, `set(CFG, API_TOKEN,
 * "…")`. Upper-case names only (a constant, not a variable whose value would be the secret).
 */
const CONSTANT_ARGUMENT = /[(,][ \t]{0,4}([A-Z][A-Z0-9_]{2,63})[ \t]{0,4},[ \t]{0,4}(["'])([^"'\n]{1,256})\2[ \t]{0,4}[,)]/g;
/**
 * A settings lookup's literal default assigned to a secret's name: `SECRET := getenv("X", "…")`, `PASSWORD =
 * os.environ.get("X") or "…"` is FALLBACK_DEFAULT's; here the default is the call's second argument, whatever the looked-up
 * name (`db_pass = env("DB", "…")`).
 */
const LOOKUP_ASSIGNED =
    /(?:^|[\s;,{(])([A-Za-z_][\w.]{0,63})[ \t]{0,4}(?::=|=)[ \t]{0,4}[A-Za-z_][\w.]{0,40}\([ \t]{0,4}[^,()"'\n]{0,8}(["'])[^"'\n]{1,64}\2[ \t]{0,4},[ \t]{0,4}[bru]?(["'])([^"'\n]{1,256})\3[ \t]{0,4}\)/g;
/** A literal fallback after an environment lookup: `const accountKey = process.env.ACCOUNT_KEY || "…"` (also `??`, Python `or`). */
const FALLBACK_DEFAULT =
    /(?:^|[\s;,{(])(?:const[ \t]{1,4}|let[ \t]{1,4}|var[ \t]{1,4})?([A-Za-z_$][\w$.]{0,63})[ \t]{0,4}(?::=|=)[ \t]{0,4}[A-Za-z_$][\w$.[\]'"()]{0,120}?[ \t]{0,4}(?:\|\||\?\?|\bor\b)[ \t]{0,4}(["'`])([^"'`\n]{4,256})\2/g;
/** `-p secret` after the commands whose `-p` is a password (`docker login`, `psexec`, `mysql`, `sshpass`). */
const CLI_P_FLAG =
    /\b(?:docker\s{1,4}login|psexec(?:\.exe)?|sshpass|mysql(?:dump|admin)?|redis-cli)\b[^\n]{0,200}?\s-(?:p|a)\s{0,4}["']?([^\s"']{1,256})/gi;
/** `curl -u user:password` (and `--user`; either half may be quoted on its own: `--user kevin:'p4ss'`). */
const CLI_USER_PASS =
    /(?:^|\s)(?:-u|-U|--user|--proxy-user|--http-user|--digest[ \t]{1,4}-u)(?:\s{1,4}|=)["']?([^\s:"']{1,128})["']?:["']?([^\s"'@]{1,256})["']?/g;
/** An XML element holding a value: `<password>…</password>`, `<aws_key>…</aws_key>`, also with the text on a line of its own (the closing name is compared in code). */
const XML_ELEMENT =
    /<([A-Za-z_][\w.:-]{0,63})(?:[ \t][^<>\n]{0,200})?>(?:[ \t]{0,64}\r?\n[ \t]{0,64})?([^<>\n]{1,4096})(?:\r?\n[ \t]{0,64})?<\/([A-Za-z_][\w.:-]{0,63})>/g;
/**
 * A name and its value as two members: YAML / JSON `name: DB_PASSWORD` + `value: …` (Kubernetes and ECS
 * environments), `key: Password` + `value: …`, XML `<key>Password</key><value>…</value>`.
 */
const NAME_VALUE_PAIR =
    /(?:["']?\b(?:key|name)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([A-Za-z_][\w.-]{0,63})["']?|<(?:key|name)>([A-Za-z_][\w.-]{0,63})<\/(?:key|name)>)[\s,]{0,64}(?:-[ \t]{1,4})?(?:["']?value["']?[ \t]{0,4}[:=][ \t]{0,4}(?:(["'])([^"'\n]{1,256})\3|([^\s"',}]{1,256}))|<value>([^<>\n]{1,256})<\/value>)/gi;
/** Dockerfile `ENV NAME value` (the older form, without `=`). */
const DOCKER_ENV = /^[ \t]{0,16}ENV[ \t]{1,4}([A-Za-z_][\w]{0,63})[ \t]{1,8}([^\s=][^\s]{0,2047})[ \t]*$/gm;
/**
 * `Authorization: Bearer …` / `Basic …` / `SSWS …` with a literal token; header names are case-insensitive (HTTP/2 sends
 * them in lower case: `"authorization": "Bearer …"`, `proxy-authorization`).
 */
const AUTH_HEADER = /\bAuthorization["']?\s{0,4}[:=,]\s{0,4}["'`]?\s{0,4}(?:Bearer|Basic|Token|SSWS)\s{1,4}([A-Za-z0-9._~+/=-]{8,4096})/gi;
/** `Authorization: <token>` without a scheme, as sent by API clients (`-H "Authorization: 5eb4…"`, a JSON member `"authorization": "…"`); judged by `schemeLessToken`. */
const AUTH_HEADER_BARE = /\bAuthorization["']?\s{0,4}:\s{0,4}["']?([^\s"'`,;]{16,4096})/gi;
/** `.netrc`: `machine host login user password secret`. */
const NETRC = /\bmachine\s{1,16}\S{1,253}\s{1,16}login\s{1,16}\S{1,128}\s{1,16}password\s{1,16}(\S{1,256})/g;
/**
 * An account written as a pair under a pair's label (documentation, tickets, wikis): `ID/PW: admin/S3cr3t!`, `id/pass:
 * admin,S3cr3t!`, `User/Password admin/S3cr3t!`, `ID PW admin S3cr3t!`, `ID(PW):admin(S3cr3t!)`, with the account's label
 * in English or Korean (`계정`, `아이디`); an arrow after the label and spaces or `//` around the pair's separator (`ID/PW->admin/…`,
 * `id pw admin // …`, `ID / PW : admin / …`). The password is the second value.
 */
const ID_PW_PAIR =
    /(?<![A-Za-z0-9])(?:id|user(?:[ _]?name)?|login|account|계정|아이디)[ \t]{0,2}[/&,(\t ][ \t]{0,2}(?:pw|pwd|pass(?:word|wd)?)\)?[ \t]{0,4}(?:->|=>|[:=(]|[ \t])[ \t]{0,4}\(?([^\s/:,()]{1,64})(?:[ \t]{0,2}(?:\/{1,2}|->|[:,(])[ \t]{0,2}|[ \t]{1,4})([^\s()]{4,128})/gi;
/**
 * "Password" in another language as a label, then `:` / `=` and the value (`비밀번호: …`, `암호=…`, `Passwort: …`, `密码：…`):
 * the label vocabulary of PASSWORD_WORD_TRANSLATED and the short Korean forms (`비번`, `암호`, `패스워드`).
 */
const TRANSLATED_PASSWORD_LABEL =
    /(?<![\p{L}\p{N}_])(?:passord|passwort|kennwort|contrase[ñn]a|senha|mot de passe|wachtwoord|l[öo]senord|adgangskode|salasana|has[łl]o|heslo|jelsz[óo]|parola|parol[ăa]|пароль|パスワード|密码|密碼|비밀번호|비번|암호|패스워드|[şs]ifre|lozinka|geslo)[ \t]{0,4}[:=：][ \t]{0,4}(["']?)([^\s"']{4,128})\1/giu;
const TRANSLATED_LABEL_HINT =
    /[\u0080-\uffff]|passord|passwort|kennwort|contrase|senha|mot de passe|wachtwoord|senord|adgangskode|salasana|has[łl]o|heslo|jelsz|parol|sifre|lozinka|geslo/i;
/**
 * SQL: `IDENTIFIED BY '…'` (MySQL, Oracle; also `IDENTIFIED WITH <plugin> BY '…'` and unquoted), the password hash of
 * `IDENTIFIED … AS '*…'`, and `PASSWORD('…')` (MySQL's `SET PASSWORD … = PASSWORD('…')`).
 */
const SQL_PASSWORD =
    /\bIDENTIFIED(?:[ \t]{1,4}WITH[ \t]{1,4}["'`]?[\w-]{1,64}["'`]?)?[ \t]{1,4}(?:BY|AS)(?:[ \t]{1,4}PASSWORD)?[ \t]{1,4}(?:(["'])([^"'\n]{1,256})\1|([^\s;"'\\]{4,128}))|\bPASSWORD[ \t]{0,4}\([ \t]{0,4}(["'])([^"'\n]{1,256})\4[ \t]{0,4}\)/gi;
/**
 * An account in a table of hosts (inventories, runbooks): an IPv4 address, then `user/password` as the next cell
 * (`10.0.0.5 root/…`), or user and password in cells of their own (tabs, commas, semicolons or bars between cells). The
 * password must have letters and digits, and both cases or a symbol other than `-`, `_`, `.`: `usr/local`,
 * `models/resnet50` and `eu-west-1` are paths and names.
 */
const HOST_ACCOUNT =
    /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?(?:[ \t]{1,8}|[ \t]{0,2}[,;|][ \t]{0,2})([A-Za-z][\w.-]{0,31})(?:\/|\t|[ \t]{0,2}[,;|][ \t]{0,2})([^\s/,;|]{6,64})(?![^\s,;|])/g;
/** PowerShell: `ConvertTo-SecureString "…" -AsPlainText -Force` (the plain text is the secret; flags may come first). */
const SECURE_STRING = /\bConvertTo-SecureString(?:[ \t]{1,4}-[A-Za-z]{1,20}){0,8}[ \t]{1,4}\\?["']?([^\s"'\\]{4,256})/gi;
/** Prose: `the default password is "blooberry"`, `Ldap password ---- H7IKC85R#@4$` (dashes then a space: `--url=` is a flag, not a separator). */
const PROSE_PASSWORD =
    /\bpass(?:word|wd|phrase)\b[^\n.;]{0,48}?(?:\bis\b|\bwas\b|-{2,}(?=[ \t]))[ \t]{0,8}(?:(["'])([^"'\n]{2,128})\1|([^\s"']{6,128}))/gi;

const SSN_DASHED = /(?<![A-Za-z0-9./_])(?<!\d-)(\d{3})-(\d{2})-(\d{4})(?![0-9A-Za-z_/]|[-.]\d)/g;
/** Written with spaces, dots or nothing between the groups (the same separator twice); needs an SSN label. */
const SSN_PLAIN = /(?<![\w.-])(\d{3})([ .]?)(\d{2})\2(\d{4})(?![\w-]|\.\d)/g;
const SSN_CONTEXT = /\b(?:ssn|ss#|soc(?:ial)?[ _-]?sec(?:urity)?(?:[ _-]?(?:number|no|num|#))?|tin|itin)\b(?:\s{1,4}(?:is|was))?\W{0,4}$/i;
const SSN_KEY = /(?:^|_)(?:ssn|social_?security|socsec|itin)(?:$|_)/;

/** A card number standing alone: not digits inside a longer token of letters and digits (`shpat_08ee…b629270204527375593c…`). */
const CARD_CANDIDATE = /(?<![\dA-Za-z_-])\d(?:[ -]?\d){12,18}(?![\dA-Za-z_])/g;

const DATE = new RegExp(
    [
        // an ISO date, also as a date-time's date (`2003-07-05T00:00:00Z`: OMOP's birth_datetime, FHIR's birthTime)
        "\\b(?:19|20)\\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01])(?:\\b|(?=T\\d))",
        "\\b(?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01])[-/.](?:19|20)?\\d{2}\\b",
        "\\b(?:0?[1-9]|[12]\\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)\\d{2}\\b",
        "\\b(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?: of)?[ -](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?,?[ -](?:19|20)\\d{2}\\b",
        "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.? (?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?,? (?:19|20)\\d{2}\\b",
    ].join("|"),
    "gi",
);
/** A birth-date label before the date, in the same sentence ("date of birth is", "was born … on"). */
const DOB_CONTEXT =
    /(?:\bdob|\bd\.o\.b\.?|\bdate[ _-]?of[ _-]?birth|\bbirth[ _-]?date(?:[ _-]?time)?|\bbirth[ _-]?time|\bbirthdate|\bbirthday|\bborn)\b[^\n.!?;]{0,40}$/i;
/** …or after it ("1985-01-01 is my birthday"). */
const DOB_AFTER = /^[ \t]{0,4}(?:is|was)[ \t]{1,4}(?:my|his|her|their|the)?[ \t]{0,4}(?:birthday|birth[ _-]?date|date of birth|dob)\b/i;
/** A month and year without a day, in the orders they are written (`12/1974`, `1974-12`, `December, 1974`). */
const YEAR_MONTH =
    "(?:0?[1-9]|1[0-2])[-/.](?:19|20)\\d{2}|(?:19|20)\\d{2}[-/](?:0[1-9]|1[0-2])|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?,?[ \\t]{1,3}(?:19|20)\\d{2}";
/** A value that is a month and year and nothing else, under a birth-date name (`birth_date: 1974-12`). */
const YEAR_MONTH_VALUE = new RegExp(`^[ \\t]*(?:${YEAR_MONTH})[ \\t]*$`, "i");
/**
 * A birth-date label and the date right after it, also when the date runs into the next word
 * (`DOB01/02/1990Male`) or has no year (`born January 11`: month and day are PHI too).
 */
const DOB_LABELLED = new RegExp(
    "(?:\\bdob|\\bd\\.o\\.b\\.?|\\bdate[ _-]?of[ _-]?birth|\\bbirth[ _-]?date|\\bborn(?:[ \\t]{1,3}on)?)[ \\t:#=()-]{0,4}(?:" +
        [
            "(?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01])[-/.](?:19|20)?\\d{2}",
            "(?:0?[1-9]|[12]\\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)\\d{2}",
            "(?:19|20)\\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01])",
            // the year first in two digits (`90/01/15`): after a birth label, a date in any order
            "\\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01])",
            // a month's name between day and year, spaced or dashed (`15-Jan-90`, `Jan-15-1990`)
            "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?(?:[ \\t]{1,3}|-)(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?",
            "(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?:[ \\t]{1,3}|-)(?:of[ \\t]{1,3})?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}",
            // a month and year alone (`DOB: 12/1974`, `1974-12`, `Dec 1974`): every element of a birth date but the year is PHI
            YEAR_MONTH,
        ].join("|") +
        ")(?!\\d)",
    "gi",
);
/**
 * Medical record numbers by a label vocabulary and a value shape (not one regex per spelling): `MRN`, `MR#`,
 * `MED REC #`, `Medical Record number is`, `EMR`, `chart #`, `patient #`, `hospital number`, then a number
 * of 6 to 12 digits (4 with a site's letter prefix under a record number's own label) that may be written with dashes, spaces, dots, parentheses or `#`. The words of a label may be
 * spaced irregularly (`Medical  Record #`, `MR  #`), as text typed or extracted from forms is.
 */
const MRN_LABELLED =
    /(?:\bMRN|\bMR[ \t]{0,3}#|\bMR[ \t]{0,3}(?:no|num|number)\b\.?|\bmed(?:ical)?\.?[ \t_-]{0,3}rec(?:ord)?s?\.?(?:[ \t_-]{0,3}(?:number|num|no|nbr|#))?|\b[EC]MR\b|\bEHR\b|\bchart[ \t]{0,3}(?:number|no\b|#)|\bpatient[ \t]{0,3}(?:#|id\b|number|no\b)|\bhospital[ \t]{0,3}(?:number|no\b|#)|\bunit[ \t]{0,3}(?:number|no\b))(?:[ \t]{0,3}(?:is|was)\b)?[ \t:=#.(-]{0,4}(?:MRN[ \t:#-]{0,2})?(#?[ \t]?(?:[A-Z]{1,3}-?)?\d[\d \t().#/-]{2,22}\d\)?)/gi;
/** A birth date's name, with its date-time forms (OMOP's `birth_datetime`, FHIR's `birthTime`). */
const DOB_KEY = /(?:^|_)(?:dob|birth_?date(?:_?time)?|birth_?time|birthdate|date_?(?:time_?)?of_?birth|birthday)$/;
const MRN_KEY = /(?:^|_)(?:mrn|med(?:ical)?_?rec(?:ord)?(?:_?(?:number|num|no))?)$/;
/**
 * A table column named as a patient's identifier (`PID`, `patient_id`, `patient_number`): the words MRN_LABELLED takes for
 * a record number's label in text, as a column's name; its cells must still be record numbers (MRN_CELL).
 */
const MRN_COLUMN = /^(?:patient_?)?pid$|(?:^|_)(?:pat_?id|patient_?(?:id|number|num|no))$/;
/** Columns of a process listing (`ps -o pid,ppid,comm`): beside them, a `pid` column holds process ids. */
const PROCESS_COLUMN = /^(?:ppid|pgid|tid|comm|cmd|command|args|tty|stat|user|uid|time|etime|rss|vsz|cpu|mem|nlwp)$/;

/** A whole cell that is a date (DATE's shapes, anchored). */
const DATE_CELL = new RegExp(`^(?:${DATE.source})$`, "i");
/** A whole cell that is an SSN, in any of the written forms (dashes, spaces, dots or none). */
const SSN_CELL = /^(\d{3})([ .-]?)(\d{2})\2(\d{4})$/;
/** A whole cell that is a record number (as under an MRN key). */
const MRN_CELL = /^[A-Z]{0,3}-?\d{5,12}$/i;
/** A header cell: a column's name (letters first; words, digits, `_`, `.`, `-`, spaces). */
const HEADER_CELL = /^[A-Za-z][A-Za-z0-9 _.()#/-]{0,47}$/;
const TABLE_MAX_COLUMNS = 64;

/**
 * The cells of a table line split by `sep` (a character, or "" for a one-column table), trimmed of spaces and quotes, with
 * their offsets (`at`: the line's); a `|` table's outer bars are no cells. Undefined past TABLE_MAX_COLUMNS cells.
 */
function tableCells(line: string, sep: string, at: number): { text: string; index: number }[] | undefined {
    let from = 0;
    let to = line.length;
    if (sep === "|") {
        const a = line.indexOf("|");
        if (line.slice(0, a).trim() === "") from = a + 1;
        const b = line.lastIndexOf("|");
        if (b >= from && line.slice(b + 1).trim() === "") to = b;
    }
    const cells: { text: string; index: number }[] = [];
    for (;;) {
        const j = sep === "" ? -1 : line.indexOf(sep, from);
        const stop = j === -1 || j > to ? to : j;
        const raw = line.slice(from, stop);
        const lead = raw.length - raw.trimStart().length;
        let text = raw.trim();
        let index = at + from + lead;
        if (text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0]) {
            text = text.slice(1, -1).trim();
            index++;
        }
        cells.push({ text, index });
        if (stop === to || cells.length > TABLE_MAX_COLUMNS) break;
        from = stop + 1;
    }
    return cells.length > TABLE_MAX_COLUMNS ? undefined : cells;
}

/** The kinds a table's column can hold, by its header. */
type ColumnKind = "date-of-birth" | "us-ssn" | "mrn" | "patient-id" | "patient-contact" | "phone-number" | "street-address";
/** What a cell is reported as: its column's kind, or for a patient-id column, mrn or patient-identifier by its shape. */
type CellKind = Exclude<ColumnKind, "patient-id"> | "patient-identifier";
/** A column of the patient's own phone number or e-mail address (`Patient_phone_number`, `patientEmail`, `member_cell`). */
const PATIENT_CONTACT_COLUMN =
    /(?:^|_)(?:patient|member|beneficiary|subscriber|insured|guarantor|enrollee)_(?:home_|mobile_|cell_|work_)?(?:e_?mail|phone|tel|telephone|mobile|cell)(?:_(?:number|num|no|address))?$/;
/** A column of a phone number (anyone's: a facility's, a provider's). */
const PHONE_COLUMN = /(?:^|_)(?:phone|tel|telephone|mobile|cell|fax)(?:_(?:number|num|no))?$/;
/** A column of a street address's first line (`street`, `street_address`, `address_line1`, `home_address`; not `street_2`). */
const STREET_COLUMN = /(?:^|_)(?:street(?:_address)?|address(?:_line)?(?:_?1)?|home_address)$/;
/** A whole cell that is a compact date, `YYYYMMDD` (as report files and HL7 write it). */
const COMPACT_DATE_CELL = /^(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
/** A whole cell that is a phone number: 10 to 15 digits, with or without the separators numbers are written with. */
const PHONE_CELL = /^\+?[\d ().-]{10,24}$/;
/** A whole cell that is an e-mail address. */
const EMAIL_CELL = /^[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}$/;
/** A whole cell that is a street line: a house number, then words. */
const STREET_CELL = /^\d{1,6}[A-Za-z]?[ \t]{1,3}\p{L}[\p{L}\d .'#,-]{1,80}$/u;

/** The kind of a column by its header (snake case), if any. */
function columnKind(k: string, processes: boolean): ColumnKind | undefined {
    if (DOB_KEY.test(k)) return "date-of-birth";
    if (SSN_KEY.test(k)) return "us-ssn";
    if (MRN_KEY.test(k)) return "mrn";
    if (MRN_COLUMN.test(k) && !(k === "pid" && processes)) return "patient-id";
    if (PATIENT_CONTACT_COLUMN.test(k)) return "patient-contact";
    if (PHONE_COLUMN.test(k)) return "phone-number";
    if (STREET_COLUMN.test(k)) return "street-address";
    return undefined;
}

/** A whole cell that is an identifier: letters, digits and id separators, with a digit (`49h4b7pnz`, a UUID). */
const ID_CELL = /^(?=[^\d]{0,63}\d)[A-Za-z0-9][A-Za-z0-9_.-]{3,63}$/;

/**
 * What a cell of a column of `kind` is reported as, when it has the shape of the kind: a patient-id column's cell is a
 * record number when it has an MRN's shape, else a patient identifier (advisory) when it has an id's.
 */
function cellKind(kind: ColumnKind, cell: string): CellKind | undefined {
    switch (kind) {
        case "date-of-birth":
            return DATE_CELL.test(cell) || COMPACT_DATE_CELL.test(cell) ? kind : undefined;
        case "us-ssn":
            return SSN_CELL.test(cell) ? kind : undefined;
        case "mrn":
            return MRN_CELL.test(cell) ? kind : undefined;
        case "patient-id":
            return MRN_CELL.test(cell) ? "mrn" : ID_CELL.test(cell) ? "patient-identifier" : undefined;
        case "patient-contact":
            return EMAIL_CELL.test(cell) || phoneCell(cell) ? kind : undefined;
        case "phone-number":
            return phoneCell(cell) ? kind : undefined;
        case "street-address":
            return STREET_CELL.test(cell) ? kind : undefined;
    }
}

function phoneCell(cell: string): boolean {
    if (!PHONE_CELL.test(cell)) return false;
    const d = cell.replace(/\D/g, "").length;
    return d >= 10 && d <= 15;
}

/**
 * A label in a table's header (CSV, TSV, `;`- or `|`-separated, or a one-column list under its name): the label vocabulary
 * of keys (`dob`, `birthdate`, `date_of_birth`; `ssn`, `social_security`; `mrn`, `medical_record_number`; the patient's
 * phone or e-mail, `patient_phone_number`; anyone's phone, `lab_phone`; a street, `patient_street`) names a column, and
 * each cell of that column in the rows below, up to the first line with another number of cells, is judged by the value
 * shape of its kind: a date (also compact, `19700512`), an SSN in any written form, a record number, a phone number
 * (also bare digits) or e-mail address, a street line. The same label and value, as a key and its value, are found
 * already; a header on the line above is the table's way of writing them. Each line is split once as a row and at most
 * once more as a header (linear).
 */
function tableColumns(text: string, fn: (kind: CellKind, index: number, cell: string) => void): void {
    let sep: string | undefined; // the open table's separator, undefined when no table is open
    let width = 0;
    let columns: (ColumnKind | undefined)[] = [];
    const lineEnd = /\n/g; // the next line break (a regex: its scan stops there, and is counted so)
    for (let at = 0; at <= text.length;) {
        lineEnd.lastIndex = at;
        const nl = lineEnd.exec(text) === null ? -1 : lineEnd.lastIndex - 1;
        const end = nl === -1 ? text.length : nl;
        const line = text.slice(at, end).replace(/\r$/, "");
        if (sep !== undefined) {
            const cells = tableCells(line, sep, at);
            if (cells !== undefined && cells.length === width && line.trim() !== "") {
                cells.forEach((c, i) => {
                    const column = columns[i];
                    const kind = column === undefined || c.text === "" ? undefined : cellKind(column, c.text);
                    if (kind !== undefined) fn(kind, c.index, c.text);
                });
                at = end + 1;
                continue;
            }
            if (!/^[\s|:+-]*$/.test(line) || line.trim() === "")
                sep = undefined; // a Markdown rule (`|---|`) keeps the table open
            else {
                at = end + 1;
                continue;
            }
        }
        // A header: every cell a name, one of them a label of a kind.
        const s = ["\t", "|", ";", ","].find((c) => line.includes(c)) ?? "";
        const cells = line.length <= 4096 ? tableCells(line, s, at) : undefined;
        if (cells !== undefined && cells.every((c) => HEADER_CELL.test(c.text))) {
            const processes = cells.some((c) => PROCESS_COLUMN.test(snake(c.text)));
            const kinds = cells.map((c) => columnKind(snake(c.text), processes));
            if (kinds.some((k) => k !== undefined)) {
                sep = s;
                width = cells.length;
                columns = kinds;
            }
        }
        at = end + 1;
    }
}

/** True where tableColumns may find a column (a cheap test before it runs). */
const TABLE_HINT = /dob|birth|ssn|soc|mrn|med|pid|pat|phone|tel|mobile|cell|fax|mail|street|addr/i;

type TableCell = { kind: CellKind; index: number; cell: string };
let lastTable: { text: string; cells: TableCell[] } | undefined;

/**
 * The cells of `text`'s table columns (tableColumns), read once per text: the mandatory and the advisory scans ask for the
 * same text one after the other, so the last text's answer is kept.
 */
function tableCellsOf(text: string): readonly TableCell[] {
    if (lastTable?.text !== text) {
        const cells: TableCell[] = [];
        if (text.includes("\n") && TABLE_HINT.test(text)) tableColumns(text, (kind, index, cell) => cells.push({ kind, index, cell }));
        lastTable = { text, cells };
    }
    return lastTable.cells;
}

const EMAIL = /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]{1,64})@((?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24})(?![A-Za-z0-9-])/g;
/**
 * North American numbers (and international ones with a `+`), not starting inside a longer run of digit groups (`51 824
 * 753 5564`, an Australian business number: a number's groups go on before it, so it is another identifier). An
 * extension may be written in capitals (`…-4567EXT12`, ` X12`), as forms and exports write it.
 */
const PHONE =
    /(?<![\w.+-])(?<!\d[ .-])(?:(?:\+?1|001)[ .-]?)?(?:\([2-9]\d{2}\)[ .-]?|[2-9]\d{2}[ .-]?)[2-9]\d{2}[ .-]\d{4}(?:[ \t]?(?:[xX]|[eE][xX][tT]\.?)[ \t]?\d{1,6})?(?![\w-]|\.\d)|(?<![\w.+])\+(?:[2-9]\d{0,2})[ .-]\d{1,4}[ .-]\d{2,4}[ .-]\d{3,4}(?:[ .-]\d{2,4})?(?![\w-]|\.\d)/g;
/**
 * A phone number after a phone label, in any national or international written form: the label vocabulary
 * (`phone`, `tel`, `telephone`, `mobile`, `cell`, `fax`, `ph.`, with `number`/`no`/`#`, then `is`, `:` or `-`; also the
 * Chinese and Hindi words for telephone and fax) and then a value shape, 7 to 15 digits with the separators phone
 * numbers are written with (spaces, dashes, dots, slashes, parentheses, a leading `+` or `00`) and an optional
 * extension. Not one pattern per country: a labelled number is a phone number whether or not a numbering plan knows
 * it (`0176 12345678`, `(21) 996205563`, `+31 12-3456789`). Bounded quantifiers only (linear).
 */
const PHONE_LABELLED = new RegExp(
    "(?:\\b(?:tel(?:ephone|efone|efono|efon)?|phone|mobile|mob|cell(?:phone)?|fax|whats[ _-]?app|sms)\\b\\.?" +
        "(?:[ \\t]{0,2}(?:(?:number|num|no|nr)\\b\\.?|#))?|\\bph\\.|电话|傳真|传真|手机|फ़?ोन(?:[ \\t]नंबर)?)" +
        "(?:[ \\t]{1,3}(?:is|was)\\b|是|为|為)?[ \\t]{0,3}[:：#=-]?[ \\t]{0,3}" +
        "(\\(?[ \\t]?\\+?\\d[\\d \\t()./-]{4,24}\\d\\)?(?:[ \\t]{0,2}(?:x|ext\\.?)[ \\t]{0,2}\\d{1,6})?)(?![\\w@]|[.-]\\d)",
    "gi",
);
/** True where PHONE_LABELLED can match (a cheap test before it runs). */
const PHONE_LABEL_HINT = /tel|phone|mob|cell|fax|whats|sms|ph\.|电话|傳真|传真|手机|फ/i;
/** An IPv4 address: digits and dots that are no phone number. */
const IPV4_SHAPE = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** An extension at the end of a phone number (`x470`, ` ext. 12`). */
const PHONE_EXTENSION = /[ \t]{0,2}(?:x|ext\.?)[ \t]{0,2}\d{1,6}$/i;
/**
 * The non-value test for a phone number: judged without its extension, so that `(797)203-4036x470` is not taken for an
 * expression in brackets (a number in brackets is one only when it holds letters).
 */
const phoneOk = (ok: (s: string) => boolean) => (s: string) => ok(s.replace(PHONE_EXTENSION, ""));

/** Each phone number written after a phone label (PHONE_LABELLED): its index (of the number) and text. */
function labelledPhones(text: string, fn: (index: number, value: string) => void): void {
    if (!PHONE_LABEL_HINT.test(text)) return;
    each(PHONE_LABELLED, text, (m) => {
        const v = m[1].trim();
        const digits = v.replace(PHONE_EXTENSION, "").replace(/\D/g, "").length;
        if (digits < 7 || digits > 15 || IPV4_SHAPE.test(v)) return;
        DATE.lastIndex = 0;
        const date = DATE.test(v);
        DATE.lastIndex = 0;
        if (!date) fn(m.index + m[0].length - m[1].length, v);
    });
}

const PATIENT_LABEL =
    /\b(?:patient|member|beneficiary|subscriber|insured|guarantor|enrollee)(?:'s)?[ _-]?(?:e-?mail|phone|tel|telephone|mobile|cell|contact|address)?\s{0,2}[:=#]\s{0,2}$/i;
/**
 * A patient's contact as prose writes it (outside-2027-14, clinical questions put to an LLM): whose it is, then the kind of
 * contact, then `is`/`was` or a colon (`her phone number is …`, `His email is …`, `pt's cell: …`, `patient's home phone
 * was …`). Whose: the patient's word (with `pt`) or a possessive pronoun, which in a clinical text is the patient's; the
 * contact word must follow it at once, so `contact his family at …` or `call her doctor at …` is no label.
 */
const PATIENT_LABEL_PROSE =
    /\b(?:(?:patient|pt|member|beneficiary|subscriber|enrollee)(?:'s)?|his|her|their)[ \t]{1,2}(?:(?:home|cell|mobile|personal|contact)[ \t]{1,2})?(?:e-?mail|phone|telephone|tel|mobile|cell|contact)(?:[ \t]{1,2}(?:number|no\.?|address|info))?(?:[ \t]{1,2}(?:is|was)[ \t]{1,2}|[ \t]{0,2}:[ \t]{0,2})$/i;
/** Words that PATIENT_LABEL or PATIENT_LABEL_PROSE needs (a cheap test before they run). */
const PATIENT_HINT = /patient|member|beneficiar|subscriber|insured|guarantor|enrollee|\bpt\b|\bhis\b|\bher\b|\btheir\b/i;
/** Whether the text just before `index` labels a contact detail as a patient's. */
function patientLabelled(text: string, index: number): boolean {
    const b = before(text, index, 40);
    return PATIENT_LABEL.test(b) || PATIENT_LABEL_PROSE.test(b);
}
const PATIENT_KEY =
    /(?:^|_)(?:patient|member|beneficiary|subscriber|insured|guarantor|enrollee)_(?:e_?mail|phone|tel|telephone|mobile|cell|contact)$/;
/**
 * "Patient: Jane Doe", "patient name is Jane Doe", "patient John Smith was admitted" (a capitalised name after the word);
 * letters of any alphabet (`Patient: João Silva`, `François Dubois`).
 */
const PATIENT_NAME_TEXT =
    /\b(?:[Pp]atient|PATIENT|[Mm]ember|[Bb]eneficiary)(?:'s)?(?:[ _-]?(?:[Nn]ame|NAME))?(?:\s{0,2}[:=]\s{0,2}|\s{1,2}(?:is|was|named)\s{1,2}|\s{1,2}(?=\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\.?)? \p{Lu}[\p{L}'-]{1,30}\s{0,2}(?:$|[,.;(]|is\b|was\b|has\b|had\b)))\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\.?)? \p{Lu}[\p{L}'-]{1,30}/gu;
const PATIENT_ID_KEY =
    /(?:^|_)(?:patient|member|beneficiary|subscriber|enrollee)_?(?:name|first_?name|last_?name|full_?name|id|number|no)$/;
/**
 * A street address: a house number (with a letter: `221B`), up to three words of the street's name (capitalised words, an
 * initial as in `O Conner`, an ordinal as in `63rd`) and a USPS suffix. Advisory.
 */
const STREET_ADDRESS =
    /\b\d{1,5}[A-Z]? (?:[NSEW]\.? )?(?:(?:[A-Z][a-z]{1,20}|[A-Z]|\d{1,3}(?:st|nd|rd|th)) ){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Terrace|Place|Pl|Parkway|Pkwy|Circle|Cir|Way|Alley|Aly|Trail|Trl|Highway|Hwy|Square|Sq|Plaza|Pike|Crescent)\b/g;
const DIAGNOSIS =
    /\b(?:diagnosis|diagnosed with|dx|icd-?10(?:-cm)?|icd)(?: code)?\s{0,2}[:=#]?\s{0,2}[A-TV-Z][0-9][0-9AB](?:\.[0-9A-TV-Z]{1,4})?\b/gi;

const INSECURE_URL = /\b(?:http|ftp|git|telnet|ldap):\/\/(?:[^\s/@?#'"<>]{1,256}@)?(\[[0-9a-fA-F:]{2,45}\]|[^\s/:?#'"<>@]{1,255})/gi;

// ---------------------------------------------------------------------------------------------
// Non-values: what sits where a secret or personal datum would, but is not one. Applied to the
// candidate (the secret part of a match, the value of an assignment) before any finding is made.

/** References and templates: the value names where the secret comes from (CloudFormation's `!Ref X` and other short-form intrinsics too). */
const REFERENCE =
    /^(?:!(?:Ref|Sub|GetAtt|ImportValue|FindInMap|Join|Select|If|Base64|Split|GetAZs|Cidr|Transform)\b|arn:|resolve:|ssm:|secretsmanager:|vault:|env:|file:|op:\/\/|@Microsoft\.KeyVault\(|\$|%[A-Za-z_][\w.]*%|#\{|\{\{|\{%|<%|<[^<>]*>$|\{[^{}]*\}$|\[[^\][]*\]$|(?:process\.)?env\.|(?:os\.)?(?:getenv|environ)\b|System\.getenv|System\.getProperty|Environment\.GetEnvironmentVariable|ENV\[|ENV\.fetch|request\.|params\[|secrets\.|config\.|settings\.)|\$\{[A-Za-z_][\w.:-]*\}|\{\{[\w.\s|'"-]+\}\}|\$\([\w.\s-]+\)|<%=/;
/**
 * A password's hash in crypt(3)'s format (`$1$` MD5, `$5$` / `$6$` SHA-256 / SHA-512, `$2b$` bcrypt, `$y$` yescrypt, with
 * `rounds=` or a cost): what `/etc/shadow`, Salt's and Puppet's `user` resources and Samba's pillars hold. Written where a
 * password goes it is the password's stand-in (an offline guess recovers a weak one), not a `$1` shell parameter.
 */
const CRYPT_HASH = /^\$(?:1|2[aby]|5|6|y|gy|7)\$(?:[./A-Za-z0-9=]{1,64}\$){1,3}[./A-Za-z0-9]{22,86}$/;
/**
 * A lookup path whose last parts are filled in per request (Dovecot's and Postfix's `passdb/%u`, `shared/%d/%n`): segments
 * of a name's characters joined by `/`, one of them opening with a `%` variable (tested apart: linear in the value).
 */
const LOOKUP_PATH = /^[\w.-]{1,64}(?:\/[\w.%{}-]{1,64}){1,8}$/;
/** A printf-style format specifier standing for the value (`%s`, `%v`, `%(password)s`, `%1$s`): filled in at run time. */
const FORMAT_SPECIFIER = /^%(?:\([\w.]+\)|\d+\$)?[-+ #]*\d*(?:\.\d+)?[sdvqxXi]$/;
/** `${NAME:-default}`, `${NAME-default}`, `${NAME:=default}`: group 1 is the default. */
const SHELL_DEFAULT = /^\$\{[A-Za-z_]\w*:?[-=]([^{}]*)\}$/;
/** Words that say "not a real value". */
const PLACEHOLDER_WORD =
    /(?:^|[^a-z])(?:your|my|some|the)[_ -]?(?:[a-z]+[_ -])?(?:password|passwd|pass|token|key|secret|api[_-]?key|username|user|account)(?:$|[^a-z0-9])|replace|change[_ -]?me|changeit|example|sample|dummy|fake|placeholder|redacted|masked|not[_ -]?(?:a[_ -]?)?(?:real|set|valid)|insert[_ -]|[_ -]here(?:$|[^a-z])|^todo|^tbd$|^n\/?a$|lorem|foobar|^test(?:ing)?$/i;
/**
 * The same written as one word, with a word between (`mynewcreds`, `yourdbpwd`, `mysecretpassword`): a placeholder where a
 * value stands alone. In a connection URL a short word stays the password a client sends (`urlPassword`).
 */
const PLACEHOLDER_GLUED = /^(?:your|my|some|the)[a-z]{1,12}(?:password|passwd|pass|pwd|token|key|secret|creds?|credentials?)$/i;
/**
 * A constant's or an environment variable's name naming a secret (`GITHUB_AUTH_KEY`, `DB_PASSWORD`, `STRIPE_API_KEY`): upper-case
 * words joined by underscores (or hyphens: Azure's template placeholders `GEN-PASSWORD`, `GEN-SSH-PUB-KEY`), one of them a
 * secret's kind, perhaps numbered (`QUEUE_SECRET1`, `AWS_KEY2`: the tests' second secret of a kind). A reference to where the
 * secret is, not the secret. The kind's word may come first when another word follows (`KEY_PATH`, `TOKEN_FILE`).
 */
const CONSTANT_NAME =
    /^(?:[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*[_-](?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|PWD|AUTH|CREDENTIALS?|CREDS|APIKEY)\d{0,3}(?:[_-][A-Z0-9]+)*|(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|PWD|AUTH|CREDENTIALS?|CREDS|APIKEY)\d{0,3}(?:[_-][A-Z0-9]+)+)$/;
/** A value that is only a word a form or a program would use, not a secret. */
const WORD_VALUE =
    /^(?:password|passwd|pass|pwd|secret|token|apikey|api_key|key|value|string|str|null|none|nil|undefined|true|false|yes|no|on|off|empty|blank|default|required|optional|enabled|disabled|mypassword|mypass|mysecret|userid|username|user|login|admin_password|bearer|basic|word|key\d?|auto|random|generated?|prompt|ask|keyring|keychain|inherit|xxx+|\*+|#+|\.+|-+|_+|•+|0+)$/i;
/**
 * A file name where a secret would be (`credentials = "service-account.json"`, `GOOGLE_APPLICATION_CREDENTIALS=sa-key.json`,
 * `ssl_key: server.key`, `credentials = "path/to/sa.json"`): where the secret is kept, not the secret.
 */
const FILE_NAME =
    /^[\w.-]{1,200}(?:\/[\w.-]{1,200}){0,16}\.(?:json|pem|key|p8|p12|pfx|jks|keystore|truststore|crt|cer|der|csr|yaml|yml|txt|cfg|conf|ini|env|toml|properties|xml|gpg|asc|ppk|pub|kdbx)$/i;

/**
 * Published constants: keys printed in vendors' documentation and built into emulators, the same in
 * every copy (not secrets). AWS's documented example keys (docs.aws.amazon.com, "Understanding and
 * getting your AWS credentials"), the Azurite / Azure Storage Emulator account key and the Azure Cosmos DB
 * emulator key (learn.microsoft.com), Stripe's documentation test key, the jwt.io example signature, the publicly
 * known Infura project key of wallet and library defaults (SonarSource/sonar-text's Infura rule excludes it as such), the
 * swarm join token of Docker's documentation.
 */
export const PUBLISHED_CONSTANTS: readonly string[] = [
    "AKIAIOSFODNN7EXAMPLE",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "AKIAI44QH8DHBEXAMPLE",
    "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "9aa3d95b3bc440fa88ea12eaa4456161",
    // Docker's documentation swarm join token (docs.docker.com, "Create a swarm" and `docker swarm join`).
    "SWMTKN-1-49nj1cmql0jkz5s954yi3oex3nedyz0fb0xx14ie39trti4wxv-8vxv8rssmk743ojnwacrr2d7c",
    // The secret parts of the other swarm join tokens printed in Docker's documentation (`docker swarm join-token`, `docker
    // info`, `docker swarm inspect` output), as SonarSource/sonar-text lists them (Docker-swarm.yaml, commit 459e538e).
    ...[
        "bdjfnkcflhooyafetgjod97sz",
        "ebmn5u927reawo27s3azntd44",
        "7p73s1dx5in4tatdymyhg9hu2",
        "1awxwuwd3z9j1z3puu7rcgdbx",
        "5vy9t8u35tuqm7vh67lrz9xp6",
        "2h4ly330d0j917ocvzw30j5x9",
        "8ex8j0bc40s6hgvy5ui5gl4gy",
        "b30ljddcqhef9b9v4rs7mel7t",
        "7bnxvvlz2mrcpfonjuztmtts9",
    ].map((secret) => `-${secret}`),
];

/** Keys that are public by design: Stripe-style publishable keys, Supabase publishable keys. */
const PUBLISHABLE = /^(?:pk[_.]|sb_publishable_|rk_test_)/;

/** A reference into a variable, map or array in code: `env["X"]`, `os.environ['X']`, `userPass[2]`, `config.db['pw']`. */
const INDEXED_REFERENCE = /^[A-Za-z_$][\w$]{0,63}(?:\.[A-Za-z_$][\w$]{0,63}){0,8}(?:\[[^\][\n]{1,64}\]){1,4}$/;
/**
 * A Terraform reference through a counted or keyed resource (`google_secret_manager_secret.hf_token[0].id`,
 * `aws_secretsmanager_secret.db["a"].arn`): a resource type (provider and type joined by `_`), a name, an index, attributes.
 */
const TERRAFORM_INDEXED_REFERENCE =
    /^[a-z][a-z0-9]{1,30}_[a-z0-9_]{1,80}\.[A-Za-z_][\w-]{0,63}\[[^\][\n]{1,64}\](?:\.[A-Za-z_]\w{0,63}){1,4}$/;
/**
 * A Terraform reference to a resource's or a data source's attribute (`azurerm_storage_account.logs.primary_access_key`,
 * `data.aws_secretsmanager_secret_version.db.secret_string`): a resource type (provider and type joined by `_`), a name,
 * one to four attributes. HCL writes it unquoted where a value would be.
 */
const TERRAFORM_REFERENCE = /^(?:data\.)?[a-z][a-z0-9]{1,30}_[a-z0-9_]{1,80}\.[A-Za-z_][\w-]{0,63}(?:\.[A-Za-z_]\w{0,63}){1,4}$/;
/**
 * A reference to one of Terraform's named values (`var.ngc_api_key`, `local.db_password`, `module.secrets.api_key`,
 * `each.value.token`, `var.keys["hf"]`): an input variable, a local, a module's output; HCL writes it unquoted where a
 * value would be. Identifiers in snake_case, as Terraform writes them.
 */
const TERRAFORM_NAMED_REFERENCE =
    /^(?:var|local|module|each|self|count|path|terraform)\.[a-z_][a-z0-9_-]{0,63}(?:\[[^\][\n]{1,64}\])?(?:\.[a-z_][a-z0-9_-]{0,63}){0,4}$/;
/**
 * A CloudFormation dynamic reference anywhere in a value (`Prefix-{{resolve:ssm-secure:DbPassword:1}}-Postfix`): the secret
 * is in Systems Manager or Secrets Manager, and the rest of the value is literal text around it.
 */
const DYNAMIC_REFERENCE = /\{\{resolve:(?:ssm|ssm-secure|secretsmanager):[^{}\s]{1,512}\}\}/;
/**
 * Two members, the last a camel-case field that names a credential or its file (`kubeletconfig.tlsPrivateKeyFile`,
 * `settings.apiToken`, or its id: `launcher.credentialsId`, a Jenkins credential's): a setting's path written where its value would be. No digits (a password has them).
 */
const SETTING_PATH = /^[a-z_$][\w$]{1,40}\.[a-z]{1,20}(?:[A-Z][a-z]{1,20}){0,4}(?:Key|Token|Secret|Password|File|Path|Id|Name)$/;

/**
 * A chain of three or more member names, one of them camel-case (`PropTypes.string.isRequired`, `this.props.apiToken`):
 * an expression in code, not a value. No digits (a password such as `Summer.Time.2024` has them), and a chain of
 * lower-case words (`does.not.matter`) stays a value: only code joins camel-case names with dots.
 */
const MEMBER_CHAIN = /^[A-Za-z_$][\w$]{1,40}(?:\.[A-Za-z_$][\w$]{1,40}){2,8}$/;

/** Long runs of one character, or of a sequence (`123456`, `abcdef`), that only filler has. */
function fillerLike(v: string): boolean {
    if (/^[\d\s.()+-]+$/.test(v)) return /^\d{6,}$/.test(v) && (digitRun(v) || mostlyRepeats(v)); // numbers: judged by their checksums and ranges (4111 1111 1111 1111 is a card number); `123456…`, `123123123…` are filler
    // One character making three fifths of 12 or more letters and digits (`xxxxxxxx1234xxxx`), or mostly repeats.
    const alnum = v.replace(/[^A-Za-z0-9]/g, "");
    if (alnum.length >= 12 && alnum.length <= 4096) {
        const counts = new Map<string, number>();
        let most = 0;
        for (const c of alnum) {
            const n = (counts.get(c) ?? 0) + 1;
            counts.set(c, n);
            if (n > most) most = n;
        }
        if (most * 5 >= alnum.length * 3) return true;
    }
    if (mostlyRepeats(v)) return true;
    const body = v.replace(/^[A-Za-z]{1,8}[_-](?:[A-Za-z0-9]{1,6}[_-])?/, ""); // a vendor prefix (`ghp_`, `xoxb-`, `sk-ant-api03-`)
    if (body.length === 0) return true;
    if (/^[xX*#.•0\-_]+$/.test(body) || /(.)\1{7,}/.test(body)) return true;
    // A token's body (after a vendor prefix) that opens with an ascending run of six (`lin_api_abcdefg…`, `sk-1234567…`):
    // the example's author typed it. Not a password or a short value (`abcdef`, `012345abcdef` are the values they are).
    let opening = 1;
    while (opening < body.length && opening < 6 && body.charCodeAt(opening) === body.charCodeAt(opening - 1) + 1) opening++;
    if (opening >= 6 && body !== v && body.length >= 16) return true;
    if (body !== v && body.length >= 16 && typedEdges(body)) return true;
    const distinct = new Set(body).size;
    if (body.length >= 16 && distinct < Math.min(10, body.length / 3)) return true;
    // Sequences: 8 or more consecutive ascending characters (`0123456789`, `ABCDEFGHIJKL`, `abcdefgh`).
    let run = 1;
    for (let i = 1; i < v.length; i++) {
        run = v.charCodeAt(i) === v.charCodeAt(i - 1) + 1 ? run + 1 : 1;
        if (run >= 8) return true;
    }
    return /(?:a1b2c3|1a2b3c|abc123|123abc|deadbeef|abcdef12)/i.test(v);
}

/**
 * The ends of a token's body (after its vendor prefix) typed by hand: a run of five or more of one character at either end
 * (`sk_live_aaaaaarmZltoKlnSZMaaaaaa`), or an ascending run of six closing it (`tvly-dev-…SGi012345`). A random body of a
 * token's alphabet has either by chance about once in a million.
 */
function typedEdges(body: string): boolean {
    const n = body.length;
    let head = 1;
    while (head < n && head < 5 && body[head] === body[0]) head++;
    let tail = 1;
    while (tail < n && tail < 5 && body[n - 1 - tail] === body[n - 1]) tail++;
    if (head >= 5 || tail >= 5) return true;
    let closing = 1;
    while (closing < n && closing < 6 && body.charCodeAt(n - 1 - closing) === body.charCodeAt(n - closing) - 1) closing++;
    return closing >= 6;
}

/** All digits in one ascending or descending run, wrapping at 9/0 (`123456`, `1234567890`, `0987654321`). */
function digitRun(v: string): boolean {
    const step = (v.charCodeAt(1) - v.charCodeAt(0) + 10) % 10;
    if (step !== 1 && step !== 9) return false;
    for (let i = 1; i < v.length; i++) if ((v.charCodeAt(i) - v.charCodeAt(i - 1) + 10) % 10 !== step) return false;
    return true;
}

/**
 * Mostly repeats: in a value of 16 or more characters, half or more of the characters lie in a group of 2 to 12
 * characters written three times in a row or in a run of one character four or more long (`ABABAB1111111ABABAB…`,
 * `abcd1234abcd1234abcd1234`). Base64 of a few repeated bytes (`ZmZmZm` in a longer key) or of zeros (`AAAA`) in a
 * token covers far less. Linear: one pass per group length, each position marked at most once per pass.
 */
function mostlyRepeats(v: string): boolean {
    const n = v.length;
    if (n < 16 || n > 4096) return false; // a token's length: a password may hold `hahaha`
    const covered = new Uint8Array(n);
    for (let p = 1; p <= 12; p++) {
        const need = p === 1 ? 3 : 2 * p; // v[i] repeating the character p back `need` times in a row: 3 groups, or 4 of one
        let run = 0;
        for (let i = p; i < n; i++) {
            run = v.charCodeAt(i) === v.charCodeAt(i - p) ? run + 1 : 0;
            if (run === need) covered.fill(1, i - need - p + 1, i + 1);
            else if (run > need) covered[i] = 1;
        }
    }
    let c = 0;
    for (let i = 0; i < n; i++) c += covered[i];
    return c * 2 >= n;
}

/** Maven's encrypted password (`{jSMOWnoPFgsHVpMvz5VrIt5kRbzGpI8u+9EF1iFQyJQ=}` in settings.xml): a value, not a template. */
function mavenEncrypted(v: string): boolean {
    return /^\{[A-Za-z0-9+/]{16,700}={0,2}\\?\}$/.test(v) && /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v);
}

/** A candidate as written between quotes: trimmed, its quotes and trailing punctuation dropped, an escaped `<…>` undone. */
function unquoted(value: string): string {
    return value
        .trim()
        .replace(/^&lt;(.*)&gt;/, "<$1>")
        .replace(/^["'`]+|["'`,;)]+$/g, "");
}

/**
 * Where a value would be, what says where it comes from or stands for it: a path, an expression or template, a reference
 * (`${VAR}`, `!Ref`, `env.X`, a Terraform or dynamic reference, a setting's path or a member chain), a format specifier, a
 * file's or a constant's name, a documented example, a display truncation, one character repeated.
 */
function referenceLike(v: string): boolean {
    if (/^(?:\/|\.{1,2}\/|~\/)/.test(v)) return true; // a path
    if (CRYPT_HASH.test(v)) return false; // `$6$salt$…`: a password's hash, not a shell variable
    if ((/^[[<{(]/.test(v) && !/^[\d\s.()+-]+$/.test(v) && !mavenEncrypted(v)) || /^(.)\1{2,}$/.test(v)) return true; // an expression or template (`(char *)`, `[… goes here]`); one character repeated
    if (v.includes("EXAMPLE")) return true;
    if (/[^.](?:\.{3}|…)$/.test(v)) return true; // truncated for display (`0.AXEA…AgAB...`)
    // A published constant, or 20 characters or more of one (a documented key cut short: the Azurite key's first half).
    if (PUBLISHED_CONSTANTS.some((c) => v.includes(c) || (v.length >= 20 && c.includes(v)))) return true;
    if (PUBLISHABLE.test(v) || INDEXED_REFERENCE.test(v)) return true;
    if (
        TERRAFORM_INDEXED_REFERENCE.test(v) ||
        TERRAFORM_REFERENCE.test(v) ||
        TERRAFORM_NAMED_REFERENCE.test(v) ||
        DYNAMIC_REFERENCE.test(v)
    )
        return true;
    if (!/\d/.test(v) && SETTING_PATH.test(v)) return true;
    if (v.length <= 300 && !/\d/.test(v) && MEMBER_CHAIN.test(v) && /[a-z][A-Z]/.test(v)) return true;
    // A chain of snake_case names (`aggregator.utils.push_credentials`: a Python module path or dotted setting a framework
    // imports, outside-2027-20): only code joins names with `_` inside and dots between.
    if (v.length <= 300 && !/\d/.test(v) && MEMBER_CHAIN.test(v) && /[a-z]_[a-z]/.test(v)) return true;
    if ((v.length <= 40 && FORMAT_SPECIFIER.test(v)) || REFERENCE.test(v) || FILE_NAME.test(v)) return true;
    if (LOOKUP_PATH.test(v) && /\/%[A-Za-z{]/.test(v)) return true;
    return v.length <= 64 && CONSTANT_NAME.test(v); // `authKey: GITHUB_AUTH_KEY`: the name of where the secret is
}

/**
 * True when `value`, found where a secret or personal datum would be, is not one: empty, a
 * placeholder or filler (`PUT_YOUR_TOKEN_HERE`, `ghp_xxxx…`, `changeme`), a template or reference
 * (`${VAR}`, `{{ secret }}`, `env.PASSWORD`, an ARN), a bare word (`password`, `none`), or a
 * documented example value (AWS's `…EXAMPLE` keys). Every credential and PHI detector asks it first; PHI
 * detectors without the filler rules (`filler: false`), since identifiers and numbers may repeat or run in sequence.
 */
export function isNonValue(value: string, opts: { filler?: boolean } = {}): boolean {
    const v = unquoted(value);
    if (v.length === 0) return true;
    if (mavenEncrypted(v)) return isNonValue(v.slice(1, -1).replace(/\\$/, ""), opts); // braces that hold a value, not a template
    // A shell parameter with a default (`${DB_PASSWORD:-s3cr3t}`): the default is the value used when the variable is unset.
    const shellDefault = SHELL_DEFAULT.exec(v);
    if (shellDefault) return isNonValue(shellDefault[1], opts);
    if (referenceLike(v)) return true;
    if (WORD_VALUE.test(v) || PLACEHOLDER_WORD.test(v) || PLACEHOLDER_GLUED.test(v) || /^your/i.test(v)) return true;
    if (WORD_VALUE.test(v.replace(/^[<[(]+|[>\])]+$/g, ""))) return true; // `<password>`, `[PASSWORD]`
    // A vendor's prefix on a word (`pypi-test`, `ghp_token`): the shape of a token with nothing in it.
    const prefixed = /^[A-Za-z]{2,8}[_-]([A-Za-z]{1,12})$/.exec(v);
    if (prefixed && (WORD_VALUE.test(prefixed[1]) || /^test(?:ing)?$/i.test(prefixed[1]))) return true;
    // A dotted token with a part named instead of written (`eyJ….body.signature`, `header.payload.signature`); not an
    // address or text (`x@mail.header.org`), and not for the PHI detectors.
    if (
        opts.filler !== false &&
        v.includes(".") &&
        v.length <= 8192 &&
        !/[@\s]/.test(v) &&
        v.split(".").some((p) => /^(?:header|payload|body|claims|signature|sig)$/i.test(p))
    )
        return true;
    // A value naming what it is ("#add-password", "forgot_password", "Password:"): a label, not a secret.
    // One lower-case run (`thisismypassword`) is a password someone chose, not a label.
    if (/password|passwd|secret|token/i.test(v) && !/[0-9]/.test(v.replace(/^[a-z]{2,8}[_-]/i, "")) && !/^[a-z]{12,}$/.test(v)) return true;
    return opts.filler !== false && fillerLike(v);
}

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
    "cred",
    "creds",
    "privatekey",
    "authkey",
    // A bearer token by its scheme's name (curl's `CURLOPT_XOAUTH2_BEARER`, `oauth_bearer`).
    "bearer",
]);
/** Parts that name a bundle of credentials, not one secret. */
const BUNDLE_PART = new Set(["credentials", "creds"]);
const SECRETISH_PAIR =
    /(?:^|_)(?:api_key|private_key|access_key|auth_key|client_secret|auth_token|signing_key|master_key|secret_key|session_token|bearer_token|license_key|licence_key|stream_key|unseal_key|account_key|shared_access_key|app_secret|pat)(?:$|_)/;
/**
 * A part of a name that names a password: `password` / `passwd` / `pwd` with up to nine letters glued before it
 * (`PGPASSWORD`, `proxypassword`, curl's `CURLOPT_USERPWD`), `pw`, `passphrase`, Kubernetes' `.dockercfg` /
 * `.dockerconfigjson` (registry auths), and the word written without its vowels or with one `s` (`PSWD`, `PSSWRD`,
 * `PASWORD`, `paswd`: outside-2027-06), and `pass` glued after a service's name (`MYSQLPASS`, `SMTPPASS`, `dbpass`; not `bypass`,
 * `compass`, `surpass`, `trespass`, `overpass`, `underpass`).
 */
const PASSWORD_PART =
    /^(?:[a-z]{0,9}(?:password|passwd|pwd)|pa?s{1,2}w(?:o?r)?d|pw|passphrase|dockercfg|dockerconfigjson|(?!(?:by|com|sur|tres|over|under|im|en|mis|boarding)pass$)[a-z]{2,9}pass)$/;
/**
 * What a Kubernetes Secret holds, as fields that name one say it: `imagePullSecret`, `tlsSecret`, `sslSecret`. Not a
 * certificate's: `certificate_secret` is also the secret of a client certificate (outside-2027-10).
 */
const SECRET_OBJECT_WORD = new Set(["pull", "tls", "ssl"]);
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
    "spec",
    "usage",
    "algorithm",
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
    "label",
    "placeholder",
    "hint",
    "text",
    "title",
    "message",
    "prompt",
    "variable",
    "input",
    "regex",
    "pattern",
    "selector",
    // What names the credential's place or handling rather than holding it: an LDAP schema's attribute
    // (`userPasswordAttribute: unicodePwd`), a hash function (`password_hash_function: sha256`).
    "attribute",
    "attr",
    "function",
    // What is kept or done instead of the credential: its hash (`password_sha256_hex`, `password_double_sha1_hex`,
    // `password_hash`, `token_digest`: ClickHouse's users, a stored hash) or how it is encrypted (`password_encryption:
    // scram-sha-256`, PostgreSQL's setting). Parts lose their trailing digits (`sha256` is read as `sha`); `hex` counts only
    // after a hash's name: `SECRET_KEY_HEX` is the key, written in hex.
    // An identifier of where a secret is kept (`rbd_secret_uuid`: Ceph's libvirt secret, by its UUID).
    "uuid",
    "guid",
    "hash",
    "hashed",
    "digest",
    "sha",
    // `password_md5: $1$…` (a Chef data bag's crypt hash), `password_crypt`: the hash again, by its function's name.
    "md5",
    "crypt",
    "crypted",
    "sha_hex",
    "encryption",
]);

function snake(key: string): string {
    return key
        .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
        .replace(/[^A-Za-z0-9]+/g, "_")
        .toLowerCase();
}

/**
 * Words before `key` that make a `*_KEY` name something other than a secret: database and cache keys,
 * object keys, key ids and public halves of key pairs.
 */
const NON_SECRET_KEY_WORD = new Set(
    (
        "anon primary sort partition hash range foreign unique composite cache object s3 bucket kms cmk public ssh host gpg pgp " +
        "idempotency routing dedup dedupe deduplication group message lookup map dict index row column field attribute " +
        "foreign join shard tenant order entity resource metric dimension translation i18n locale hot short shortcut " +
        "sort_by license_plate api_gateway fingerprint checksum"
    ).split(" "),
);

/**
 * Words before `token` that make it a list API's cursor (`NextToken`, `previousToken`, `page_token`, `continuation_token`)
 * or a request's idempotency token (`idempotence_token`, `IdempotencyToken`: a client's dedup id, which AWS's and the ML
 * SDKs' APIs take in the clear).
 */
const PAGE_TOKEN_WORD = new Set(["next", "prev", "previous", "page", "continuation", "pagination", "idempotency", "idempotence"]);
/** Words before `key` that name a lookup key even after a secret's word (`token_cache_key`): a cache's, a database's, a dedup key. */
const LOOKUP_KEY_WORD = new Set(
    "cache idempotency idempotence dedup dedupe deduplication partition sort primary foreign lookup routing index shard row column".split(
        " ",
    ),
);

/**
 * A variable / tag name that by its name holds a secret (`DB_PASSWORD`, `hfToken`), not a reference to one.
 * `generic`: the name is only a `*_KEY` / `*key` name (`GITLAB_KEY`, `slackKey`, `aws_key`), which many
 * non-secrets share; its value must then pass the character-class and entropy test (`secretLike`).
 */
export function isSecretKey(key: string): SecretKeyVerdict {
    // Names repeat (every step of a pipeline has its `Name`, `Type`, `Arguments`): each is judged once, in a bounded memo.
    let verdict = secretKeyMemo.get(key);
    if (verdict === undefined) {
        if (secretKeyMemo.size >= 4096) secretKeyMemo.clear();
        secretKeyMemo.set(key, (verdict = judgeSecretKey(key)));
    }
    return verdict;
}

/** `bundle`: the name is a bundle's (`credentials`), under which an identifier names the bundle (see judgeSecretKey). */
type SecretKeyVerdict = Readonly<{ secret: boolean; password: boolean; generic: boolean; bundle?: boolean }>;
const secretKeyMemo = new Map<string, SecretKeyVerdict>();

function judgeSecretKey(key: string): SecretKeyVerdict {
    const no = { secret: false, password: false, generic: false };
    if (key.length > 128) return no;
    const s = snake(key);
    // `static_password09` -> `password`, `hardcoded_passwords` -> `password`.
    const parts = s
        .split("_")
        .filter((p) => p && !/^\d+$/.test(p))
        .map((p) => p.replace(/(?<=[a-z]{3})\d{1,4}$/, "").replace(/^(password|passwd)s$/, "$1"));
    if (parts.length === 0) return no;
    // Helm's convention: `existingSecret`, `existingSecretName`, `existing_secret_password_key` name a Secret that already
    // exists (or a key inside it), never the credential itself.
    if (parts[0] === "existing" && parts.length > 1) return no;
    const last = parts[parts.length - 1];
    const prevPart = parts.length > 1 ? parts[parts.length - 2] : "";
    // A Secret named by what it holds (`imagePullSecret`, `tlsSecret`: operators' and Helm charts' fields): its value is
    // the name of a Kubernetes Secret. `client_secret`, `oauth_token_secret` stay credentials.
    if (last === "secret" && SECRET_OBJECT_WORD.has(prevPart)) return no;
    if (
        NON_SECRET_SUFFIX.has(last) ||
        // The plural of one (`enabled_secret_stores`, `token_labels`, `secret_files`): a list of what is not the secret.
        (/^[a-z]{2,}[^s]s$/.test(last) && NON_SECRET_SUFFIX.has(last.slice(0, -1))) ||
        (parts.length > 1 && NON_SECRET_SUFFIX.has(parts[parts.length - 2] + "_" + last)) ||
        parts.some((p) => p === "public" || p === "publishable" || p === "csrf" || p === "xsrf" || p === "authenticity")
    ) {
        return no;
    }
    // A page's token (`nextToken`, `page_token`: AWS's and Google's list cursors) and a lookup key whose last words say so
    // (`token_cache_key`, `secret_idempotency_key`): what the name holds is a cursor or an index, whatever it is about.
    if ((last === "token" && PAGE_TOKEN_WORD.has(prevPart)) || (last === "key" && LOOKUP_KEY_WORD.has(prevPart))) return no;
    // etcd's `initial-cluster-token` (the cluster's name while it bootstraps) and Cassandra's `initial_token` (a node's place
    // on the token ring): an `initial…token` is a setting's start value, no credential.
    if (last === "token" && parts[0] === "initial") return no;
    const joined = parts.join("_");
    const password = parts.some((p) => PASSWORD_PART.test(p)) || last === "pass" || joined === "secret"; // `PGPASSWORD`, `DBPASSWD`, `pw`; Kubernetes' `.dockercfg` / `.dockerconfigjson` (registry auths)
    const secret =
        password ||
        parts.some((p) => SECRETISH_PART.has(p)) ||
        SECRETISH_PAIR.test(joined) ||
        (parts.length > 1 && last === "auth") ||
        /^[a-z]{2,20}(?:token|secret|password)$/.test(last); // `authtoken`, `appsecret`
    // A bundle's name (`credentials`, `s3_creds`) with no other secret word: an identifier under it names the bundle (Kedro's
    // catalog: `credentials: orders_db`, an entry of its credentials file); any other value is judged as under a secret's name.
    // So is a credentials' Secret (`credentialsSecret: my-cluster-backup-s3`, an operator's field naming a Kubernetes
    // Secret), while `AUTH_CREDENTIAL_SECRET = '<random>'` is judged by its value.
    const bundle =
        secret &&
        !password &&
        ((BUNDLE_PART.has(last) && parts.filter((p) => SECRETISH_PART.has(p)).length === 1 && !SECRETISH_PAIR.test(joined)) ||
            (last === "secret" && /^(?:credentials?|creds)$/.test(prevPart)));
    if (secret) return bundle ? { secret, password, generic: false, bundle } : { secret, password, generic: false };
    // `*_KEY` (`ADMIN_KEY`, `GITLAB_KEY`) and `<service>key` (`GITHUBKEY`): a key of something, judged by its value.
    const generic =
        (last === "key" && prevPart !== "" && !NON_SECRET_KEY_WORD.has(prevPart)) ||
        (/^[a-z]{3,20}key$/.test(last) && !/(?:mon|tur|hoc|don|whis|joc|hot|pass|sort|primary|hash)key$/.test(last));
    return { secret: generic, password: false, generic };
}

/** Shannon entropy of a string in bits per character. */
export function shannonEntropy(v: string): number {
    const counts = new Map<string, number>();
    for (const c of v) counts.set(c, (counts.get(c) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values()) {
        const p = n / v.length;
        h -= p * Math.log2(p);
    }
    return h;
}

/** A UUID, or a few joined (`<uuid>-<uuid>`: a compound record id, as Synthea writes one; outside-2027-19): an id. */
const UUIDS =
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:[-_:.][0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}){0,3}$/i;

/** The least entropy (bits per character) of a value taken for a key by its shape alone; calibrated on the corpora (docs/hygiene-detectors.md). */
export const MIN_SECRET_ENTROPY = 3.2;

/**
 * The character-class and entropy test of the context detector (in the manner of detect-secrets'
 * high-entropy strings): a token-alphabet string of 16 or more characters, with digits and letters (or
 * both cases), no long word, not a URL, path, ARN or UUID, and at least MIN_SECRET_ENTROPY bits per
 * character. A `Bearer ` / `Basic ` scheme in front is skipped.
 */
export function secretLike(value: string): boolean {
    const v = value.trim().replace(/^(?:Bearer|Basic|Token|bearer|token)\s{1,4}/, "");
    if (v.length < 16 || v.length > 4096 || !/^[A-Za-z0-9+/=_.~!@#$%^&*|:-]+$/.test(v)) return false;
    if (/^[a-z][a-z0-9+.-]{1,20}:\/\//i.test(v) || /^arn:/i.test(v) || (v.includes("/") && /\.[A-Za-z][A-Za-z0-9]{0,9}$/.test(v)))
        return false;
    if (UUIDS.test(v)) return false; // an id
    if (/^\d[\d.:-]*$/.test(v) || /^0x[0-9a-f]+$/i.test(v) || /^[\w.-]+@[\w.-]+$/.test(v)) return false; // a number (also hexadecimal `0x…`), a version, an address
    const lower = /[a-z]/.test(v);
    const upper = /[A-Z]/.test(v);
    const digits = v.replace(/\D/g, "").length;
    if (!(lower || upper) || (digits < 2 && !(lower && upper))) return false;
    const letters = v.replace(/[^A-Za-z]/g, "");
    if (hasLongWord(v, digits) || (lower && upper && letters.length >= 12 && camelCaseWords(letters))) return false;
    return shannonEntropy(v) >= MIN_SECRET_ENTROPY;
}

/**
 * A run of ten or more letters of one case: a word (`configuration`), unless the value is a quarter
 * digits or more and the run has fewer vowels than words do (a random lower-case and digit key, such
 * as `b9dgkd4atdrm1tl7mdsrciiijh087fp3c58`, holds such runs by chance).
 */
function hasLongWord(v: string, digits: number): boolean {
    const runs = v.match(/[a-z]{10,}|[A-Z]{10,}/g);
    if (runs === null) return false;
    if (digits < v.length / 4) return true;
    return runs.some((r) => (r.match(/[aeiou]/gi)?.length ?? 0) >= r.length * 0.35);
}

/** A literal secret value: not a reference, not a placeholder; for non-password names it must look random (`generic` names: `secretLike`). */
export function isLiteralSecret(value: string, passwordKey: boolean, generic = false, bundle = false): boolean {
    const v = value.trim().replace(/^(?:Bearer|Token|bearer|token)[ \t]{1,4}(?=\S{8})/, "");
    // A `*_KEY` name adds nothing to a vendor shape, whose own rule judges it; but a JWT's rule is advisory (ID tokens and
    // examples are often harmless), and one assigned to a key's name is the key: a bearer credential.
    if (generic) return !isNonValue(v) && (!VENDOR_SHAPED.test(v) || v.startsWith("eyJ")) && !encodedText(v) && secretLike(v);
    // A query string without a signature (an Azure SAS token's parameters alone: `st=…&se=…&sr=c`) grants nothing.
    if (
        /^[\w.-]{1,32}=[^&\s]{0,256}(?:&[\w.-]{1,32}=[^&\s]{0,256}){1,32}$/.test(v) &&
        !/(?:^|&)(?:sig|signature|token|secret|password|key)=/i.test(v)
    )
        return false;
    if (v.length < (passwordKey ? 4 : 6) || v.length > 4096) return false; // `admin` is a password; a 4-letter API key is not
    if (isNonValue(v) || encodedPlaceholder(v)) return false;
    // Base64 of a short printable word (a Secret's `data:` shown in a doc or a manifest: `token: cm9vdA==` is `root`): the
    // length floor and the non-values apply to the text it encodes, as to the word written plainly (a key's random bytes
    // are not text).
    const encoded = encodedWord(v);
    if (encoded !== undefined && (encoded.length < (passwordKey ? 4 : 6) || isNonValue(encoded))) return false;
    if (/^\d{1,5}$/.test(v)) return false;
    if (/^0x[0-9a-fA-F]{1,32}$/.test(v)) return false; // a number in code (`#define PASSWORD 0x0dead1beef7cafe2`), not a password
    if (/^[a-z][a-z-]{0,30}$/.test(v) && !passwordKey) return false; // a word: "enabled", "bearer", "none"
    // Under a bundle's name, an identifier of words (`orders_db`, `lake_reader`; a random key mixes digits into its letters).
    // Kedro also names an entry inside a credentials file after a `#` (`companies#csv_credentials`).
    if (bundle && /^[a-z]{1,30}\d{0,2}(?:[_#-][a-z]{1,30}\d{0,2}){0,8}$/.test(v)) return false;
    // `a==b` inside the value: a comparison written where the value would be, not a password (base64 pads only at the end).
    if (passwordKey) return !uiText(v) && !/\w==\w/.test(v);
    const classes = (/[a-z]/.test(v) ? 1 : 0) + (/[A-Z]/.test(v) ? 1 : 0) + (/\d/.test(v) ? 1 : 0) + (/[^A-Za-z0-9]/.test(v) ? 1 : 0);
    // A number of 20 or more digits under a key's or token's name is a numeric key (timestamps and ids are shorter).
    if (/^\d{20,128}$/.test(v)) return true;
    return v.length >= 8 && classes >= 2 && !/\s/.test(v);
}

const CJK_TEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2}/u;
/** "password" in other languages: a form's label for the field, the value of a localisation key named `password`. */
const PASSWORD_WORD_TRANSLATED =
    /^(?:passord|passwort|kennwort|contrase[ñn]a|senha|mot de passe|wachtwoord|l[öo]senord|adgangskode|salasana|has[łl]o|heslo|jelsz[óo]|parola|parol[ăa]|пароль|パスワード|密码|密碼|비밀번호|[şs]ifre|lozinka|geslo)$/i;

/**
 * Text a person reads, not a password: a localisation string under a password key (`"new_password": "Nytt passord"`,
 * `"password_hint": "Passordet må ha minst 6 tegn."`), a label (`Engangskode:`), a sentence written as a slug. Two or
 * more words of letters (a short number may stand as a word of its own) with a capital first or a sentence's end, or
 * one word ending in a colon; no digit inside a word, no symbol a password would have.
 */
function uiText(v: string): boolean {
    if (PASSWORD_WORD_TRANSLATED.test(v)) return true;
    // Two or more Chinese, Japanese or Korean characters in a row: text in one of those languages (`密码不能为空`), which a
    // password typed on a keyboard almost never holds.
    if (CJK_TEXT.test(v)) return true;
    // A sentence written as a slug (`publication-to-the-package-on-every-release`): six or more words of letters.
    if (v.length <= 600 && /^[a-z]+(?:[-_][a-z]+){5,}$/.test(v)) return true;
    if (/^\p{L}[\p{L}'’-]{1,40}:$/u.test(v)) return true;
    // Word by word (no regular expression over the whole text: linear in its length).
    const words = v.length <= 600 ? v.split(" ") : [];
    if (words.length < 2 || !/^\p{L}/u.test(words[0])) return false;
    let letterWords = 0;
    for (const w of words) {
        if (/^[\p{L}'’-]+[,.!?:]?$/u.test(w)) letterWords++;
        else if (!/^\d{1,4}[,.!?:]?$/.test(w)) return false;
    }
    if (letterWords < 2) return false; // `Summer 2024` is a password
    return /^\p{Lu}/u.test(v) || /[.!?:]$/.test(v);
}

/** Values with a vendor's own shape: their rules judge them (a JWT, a Google key, a Slack token), not a `*_KEY` name. */
const VENDOR_SHAPED = /^(?:xox[abposr]-|xapp-|gh[pousr]_|github_pat_|AIza|eyJ|A[KSBC][IC]A|[sr]k_(?:live|test)_|glpat-)/;

/**
 * A Grafana API key is base64 of `{"k":"<secret>","n":"<name>","id":<n>}`: one whose claims hold no secret of 16 or more
 * characters under `k` (`{"k":"@LoadText", …}`) only has its shape (a key cut short after its secret is still one).
 */
function grafanaKey(token: string): boolean {
    return /^\{"k":"[^"\s]{16,}/.test(Buffer.from(token.replace(/[^A-Za-z0-9+/=_-]/g, ""), "base64").toString("latin1"));
}

/** A Grafana Cloud token's claims (base64 JSON) hold a key of 16 or more characters. */
function grafanaClaims(b64: string): boolean {
    return /"k":"[^"\s]{16,}"/.test(Buffer.from(b64, "base64").toString("latin1"));
}

/** Base64 of a 12-digit id, `:` and 20 bytes that are not text (random): an Atlassian personal access token. */
function atlassianPat(b64: string): boolean {
    const d = Buffer.from(b64, "base64").toString("latin1");
    return d.length === 33 && /^\d{12}:/.test(d) && /[^\x20-\x7e]/.test(d.slice(13));
}

/**
 * Base64 of a placeholder (a Kubernetes Secret's `data:` value that decodes to `REPLACE-WITH-…`, `your-password`,
 * `${DB_PASSWORD}`): the template encoded its fill-in, not a credential.
 */
function encodedPlaceholder(v: string): boolean {
    if (v.length < 8 || v.length > 1024 || v.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(v)) return false;
    const d = Buffer.from(v, "base64").toString("latin1").replace(/\n$/, "");
    return /^[\x20-\x7e]{3,}$/.test(d) && (isNonValue(d) || FILL_IN.test(d));
}

/**
 * The text base64 of one printable word encodes (`cm9vdA==` = `root`; a trailing line break, as `echo x | base64` writes
 * it, dropped), else undefined: bytes that are not all printable ASCII without white space (a random key's bytes almost
 * never are), or not canonical base64 of 8 to 256 characters.
 */
function encodedWord(v: string): string | undefined {
    if (v.length < 8 || v.length > 256 || v.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(v)) return undefined;
    const d = Buffer.from(v, "base64")
        .toString("latin1")
        .replace(/\r?\n$/, "");
    return /^[\x21-\x7e]{3,}$/.test(d) ? d : undefined;
}

/** Base64 of prose (`ZHVtbXkgdGV4dC…` = "dummy text…"): encoded words, not a key. */
function encodedText(v: string): boolean {
    if (!/^[A-Za-z0-9+/]{16,}={0,2}$/.test(v) || v.length % 4 !== 0) return false;
    const d = Buffer.from(v, "base64").toString("latin1");
    return (/ [a-z]/i.test(d) && d.replace(/[A-Za-z ]/g, "").length <= d.length * 0.1) || ENCODED_HOST.test(d);
}

/**
 * What base64 of a host name or a URL without a query decodes to (`bedrock.amazonaws.com`, `https://api.example.net/v1`):
 * a name, not a secret (a signed URL's secret is in its query).
 */
const ENCODED_HOST = /^(?:https?:\/\/)?[A-Za-z][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,8}(?::\d{1,5})?(?:\/[\w./-]{0,200})?$/;

/** A token's body (after its vendor prefix) whose last part is base64 of prose or of a host name (`…-key-YmVk…`): encoded text. */
function encodedBody(body: string): boolean {
    const last = body.split(/[_-]/).pop() ?? "";
    const padded = last.length % 4 === 0 ? last : last + "=".repeat(4 - (last.length % 4));
    return last.length >= 16 && last.length % 4 !== 1 && encodedText(padded);
}

/**
 * The text of base64 `user:password` bytes: UTF-8 (RFC 7617's charset, `user:passé`, a Cyrillic password) or, when the
 * bytes are not UTF-8, Latin-1 (what older clients send), with at most a quarter of its characters outside ASCII;
 * undefined when the bytes are not printable text (a random key's bytes rarely are).
 */
function basicAuthText(bytes: Buffer): string | undefined {
    const ascii = bytes.toString("latin1");
    if (/^[\x20-\x7e]+$/.test(ascii)) return ascii;
    const utf8 = bytes.toString("utf8");
    if (!utf8.includes("\ufffd") && /^[\x20-\x7e\p{L}\p{M}\p{N}]+$/u.test(utf8)) return utf8;
    const high = ascii.replace(/[\x20-\x7e]/g, "");
    return /^[\xa0-\xff]*$/.test(high) && high.length * 4 <= ascii.length && /^[\x20-\x7e\xa0-\xff]+$/.test(ascii) ? ascii : undefined;
}

/** The `user:password` text a base64 value decodes to, if it decodes to printable text with a colon (else undefined). */
function basicAuthText64(v: string): string | undefined {
    if (!/^[A-Za-z0-9+/]{8,700}={0,2}$/.test(v) || v.length % 4 !== 0) return undefined;
    // `echo user:pass | base64` encodes the line break `echo` adds: one at the end is not part of the password.
    const bytes = Buffer.from(v, "base64");
    let end = bytes.length;
    if (bytes[end - 1] === 0x0a) end -= bytes[end - 2] === 0x0d ? 2 : 1;
    const d = basicAuthText(bytes.subarray(0, end));
    return d !== undefined && d.includes(":") ? d : undefined;
}

/** Base64 of `user:password` (a Docker `config.json` or `.npmrc` `auth`), with a password that is not a non-value. */
function basicAuthPair(v: string): boolean {
    const d = basicAuthText64(v);
    if (d === undefined) return false; // bytes that are not printable text: not base64 of `user:password`
    const m = /^([^:\s]{1,128}):(\S{4,256})$/.exec(d);
    return m !== null && m[2] !== m[1] && !isNonValue(m[2]);
}

/**
 * A keyword argument of a call bound to a variable (`Redis(host="h", password=redis_pw, port=1)`): an identifier, then `,`
 * or `)`, outside any quoted string of its line (counted over at most 256 characters back), after a `(` on that line or
 * beside another keyword argument given a quoted literal.
 * A connection string inside quotes (`Connect("h:6379,password=s3cr3t,ssl=False")`) is not one.
 */
function keywordArgumentReference(text: string, start: number, end: number, value: string): boolean {
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(value) || !/^\s{0,4}[,)]/.test(text.slice(end, end + 5))) return false;
    const from = Math.max(text.lastIndexOf("\n", start) + 1, start - 256);
    const before = text.slice(from, start);
    const nl = text.indexOf("\n", end);
    const after = text.slice(end, Math.min(nl < 0 ? text.length : nl, end + 256));
    // In a call: its `(` on the line, or another keyword argument given a quoted literal (a call over several lines).
    if (!before.includes("(") && !/\w\s{0,2}=\s{0,2}["']/.test(before + after)) return false;
    const count = (q: string) => before.split(q).length - 1;
    return count('"') % 2 === 0 && count("'") % 2 === 0;
}

/**
 * The value is the name it is assigned to (`TRAVEL_API_KEY: TRAVEL_API_KEY`), or a shortened spelling of it
 * (`SEARCHAPI_API_KEY=searchapi_key`, `openai_api_key = "openai-key"`: two or more of the name's words, in its order, ending
 * with its last word, letters and separators only): a template left unfilled.
 */
function sameAsName(name: string, value: string): boolean {
    const n = (x: string) => x.replace(/[^A-Za-z0-9]/g, "").toLowerCase();
    if (n(value) === n(name) || n(value) === n(lastSegment(name))) return true;
    if (value.length > 64 || !/^[A-Za-z]{1,30}(?:[_-][A-Za-z]{1,30}){1,6}$/.test(value)) return false;
    const vw = value.toLowerCase().split(/[_-]/);
    const nw = snake(lastSegment(name))
        .split("_")
        .filter((w) => w !== "");
    if (nw.length > 12 || vw[vw.length - 1] !== nw[nw.length - 1]) return false;
    let at = 0;
    for (const w of vw) {
        while (at < nw.length && nw[at] !== w) at++;
        if (at === nw.length) return false;
        at++;
    }
    return true;
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
    if (p2 === 36 || p2 === 38 || p2 === 39 || (p3 >= 300 && p3 <= 305) || p4 === 3095) return n >= 14 && n <= 19; // Diners Club International
    if (p2 === 62 || (p4 >= 8100 && p4 <= 8171)) return n >= 16 && n <= 19; // UnionPay
    // Less common brands: UATP, Dankort, Maestro, Mir, RuPay.
    if (d[0] === "1") return n === 15;
    if (p4 === 5019) return n === 16;
    if ([5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763].includes(p4)) return n >= 12 && n <= 19;
    if (p4 >= 2200 && p4 <= 2204) return n >= 16 && n <= 19;
    if (p2 === 60 || p2 === 81 || p2 === 82 || p3 === 508) return n === 16;
    // Maestro's wider ranges (50, 56-58, the rest of 6: Elo, Switch/Solo, Bancontact, Bankcard) at 16 to 19 digits only:
    // shorter numbers with these prefixes collide with account ids and national phone numbers.
    if (p2 === 50 || (p2 >= 56 && p2 <= 58) || d[0] === "6") return n >= 16 && n <= 19;
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
    if (a === "123" && g === "45" && s === "6789") return false; // the SSA's example number, never issued
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

/**
 * Top-level names that never reach a mailbox: those RFC 2606 and RFC 6761 reserve for documentation and tests
 * (`test`, `example`, `invalid`, `localhost`), mDNS's `local`, and `tld`, the word documentation writes for "a domain here".
 */
const DOCUMENTATION_TLD = /\.(?:test|example|invalid|localhost|local|tld)$/i;

/**
 * Whether a match of EMAIL is an address at all: RFC 5322's unquoted local part is dot-separated atoms (no dot first,
 * last or twice in a row: `ends.with.dot.@x.com`, `multiple..dots@x.com` are not addresses), a domain runs on into no
 * empty label (`x@bar.coffee..coffee`), and its top-level name is not reserved for documentation (`email@domain.tld`).
 */
function emailShaped(text: string, m: RegExpExecArray): boolean {
    const local = m[1];
    if (local.startsWith(".") || local.endsWith(".") || local.includes("..")) return false;
    if (/^\.\.[A-Za-z0-9]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return false;
    return !DOCUMENTATION_TLD.test(m[2]);
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

/** The last segment of a dotted or member key (`creds.Secret` -> `Secret`, `$mail->Password` -> `Password`). */
function lastSegment(key: string): string {
    const i = Math.max(key.lastIndexOf("."), key.lastIndexOf(">"));
    return i === -1 ? key : key.slice(i + 1);
}

function scanCredentials(text: string, ctx: ScanContext, cfg: DetectorConfig, out: Sink): void {
    // Not allowlisted, and not a constant published in SDKs and documentation (gitleaks' data; asked last, when a finding
    // is about to be made, so the data loads only then).
    const ok = (s: string) => !allowed(s, cfg) && !holdsMaintainedConstant(s);
    /** A secret candidate that is a value (not a placeholder, template, filler or example) and not allowlisted. */
    const real = (secret: string, match = secret, index?: number) =>
        !isNonValue(secret) && ok(match) && (index === undefined || !inTemplate(text, index, index + match.length));
    if (text.includes("://")) {
        // A password shorter than 4 characters, or equal to the user name (`postgres:postgres`), is a default in an
        // example; one that is a placeholder word is documentation. A default is still the password the client sends, so
        // a guessable one is advisory (`weak-credential`), as under a credential's name.
        each(URL_USERINFO, text, (m) => {
            const kind =
                m[2] !== m[1] && urlPassword(m[2])
                    ? "url-credentials"
                    : !URL_PASSWORD_WORD.test(m[2]) && weakCredential(m[2])
                      ? "weak-credential"
                      : undefined;
            if (kind && ok(m[0]) && !inTemplate(text, m.index, m.index + m[0].length)) out.add(kind, m.index);
        });
        const whole = text.trim();
        const spaced = whole.length <= 2600 && /\s/.test(whole) ? WHOLE_URL_SPACED_PASSWORD.exec(whole) : null;
        if (spaced && /\s/.test(spaced[2]) && urlPassword(spaced[2].trim()) && ok(whole)) out.add("url-credentials", text.indexOf(whole));
        if (text.includes("="))
            each(
                URL_SECRET_PARAM,
                text,
                (m) =>
                    urlPassword(m[1]) &&
                    ok(m[0]) &&
                    !inTemplate(text, m.index, m.index + m[0].length) &&
                    out.add("url-credentials", m.index),
            );
        if (/[?&;]key=/i.test(text))
            each(URL_KEY_PARAM, text, (m) => {
                const v = m[1];
                if (VENDOR_SHAPED.test(v) || !secretLike(v) || isNonValue(v) || encodedText(v) || !ok(m[0])) return; // `key=AIza…`: the Google rule's
                if (!inTemplate(text, m.index, m.index + m[0].length)) out.add("url-credentials", m.index);
            });
    }
    if (text.includes("=") && /[;,]/.test(text)) {
        each(CONN_SECRET, text, (m) => {
            const end = m.index + m[0].length;
            if (/[()]/.test(m[1]) || /^\s*[(.]/.test(text.slice(end, end + 3))) return; // `accountKey = Buffer.from(…)`: code
            if (keywordArgumentReference(text, m.index, end, m[1])) return; // `connect(host="h", password=pw)`: a variable
            if (real(m[1], m[0], m.index)) out.add("url-credentials", m.index);
        });
    }
    if (/A[KSBC][IC]A/.test(text)) each(AWS_KEY_ID, text, (m) => real(m[0], m[0], m.index) && out.add("aws-access-key-id", m.index));
    if (text.length >= 40) {
        const keyHint = ctx.key !== undefined && /secret|sk$/i.test(ctx.key);
        each(AWS_SECRET_CANDIDATE, text, (m) => {
            const v = m[0];
            if (!/[a-z]/.test(v) || !/[A-Z]/.test(v) || !/\d/.test(v)) return;
            if (v.startsWith("/") || v.endsWith("/") || v.includes("//")) return;
            if (new Set(v).size < 16) return;
            const ctxOk = keyHint || AWS_SECRET_CONTEXT.test(text.slice(Math.max(0, m.index - 48), m.index));
            if (ctxOk && real(v)) out.add("aws-secret-key", m.index);
        });
    }
    if (text.includes("PRIVATE KEY") || text.includes("PuTTY") || text.includes("AGE-SECRET-KEY"))
        each(PRIVATE_KEY, text, (m) => {
            if (m[0].startsWith("AGE-SECRET-KEY-1")) return void (bech32Valid(m[0]) && out.add("private-key", m.index));
            const body = privateKeyBody(text, m.index + m[0].length);
            if (body) out.add(body === "alone" ? "private-key-material" : "private-key", m.index);
        });
    // A JSON Web Key with its private member (`"d"`: the private exponent or the EC / OKP private key).
    if (text.includes('"kty"')) each(JWK_PRIVATE, text, (m) => real(m[1]) && out.add("private-key", m.index));
    // A DER body inside PEM armour is the armoured key's, judged above.
    if (/MII|MHcCAQEE|MC4CAQAw/.test(text) && !text.includes("PRIVATE KEY-----"))
        each(DER_PRIVATE_KEY, text, (m) => derPrivateKey(m[0]) && out.add("private-key-material", m.index));
    if (text.includes("LS0tLS1CRUdJTi"))
        each(
            PEM_BASE64,
            text,
            (m) => /PRIVATE KEY/.test(Buffer.from(m[0], "base64").toString("latin1")) && out.add("private-key-material", m.index),
        );
    if (text.includes("gh") || text.includes("github_pat_"))
        each(GITHUB_TOKEN, text, (m) => real(m[0], m[0], m.index) && out.add("github-token", m.index));
    if (text.includes("xox") || text.includes("xapp-") || text.includes("hooks.slack.com")) {
        each(SLACK_TOKEN, text, (m) => real(m[0], m[0], m.index) && out.add("slack-token", m.index));
        each(SLACK_TOKEN_OTHER, text, (m) => {
            const parts = m[0].split("-").slice(1);
            const body = parts.join("");
            // Ids written as a placeholder (`xoxp-1234-1234-1234-…`): runs of digits, or one id repeated.
            const ids = parts.filter((p) => /^\d{2,}$/.test(p));
            if (ids.some((p) => p.length >= 4 && digitRun(p)) || (ids.length > 1 && ids.every((p) => p === ids[0]))) return;
            // The secret is the last part (the ones before are ids, whose digits lower the entropy of the whole).
            const secret = parts[parts.length - 1].length >= 16 ? parts[parts.length - 1] : body;
            if (body.length >= 20 && secretLike(secret) && !fillerLike(body) && real(m[0], m[0], m.index)) out.add("slack-token", m.index);
        });
        // gitleaks' Slack rules, adopted by measurement (secret-rules.ts); loaded on the first text that gets here.
        for (const f of scanMaintainedRules(text, ADOPTED_KINDS))
            if (ok(f.secret) && !PUBLISHED_CONSTANTS.some((c) => f.secret.includes(c))) out.add(f.kind, f.index);
    }
    if (text.includes("eyJ")) each(JWT, text, (m) => real(m[0], m[0], m.index) && out.add("jwt", m.index));
    if (text.length < 16) {
        // Shorter than any token: only the name of the field can say it holds a secret.
        if (ctx.key !== undefined && (ctx.context === "env" || ctx.context === "tag")) {
            const k = isSecretKey(ctx.key);
            if (k.secret) namedLiteral(k, ctx.key, text, 0, ok, out);
        }
        if (ctx.context !== "repo-url" && /[=:]/.test(text)) scanScriptSecrets(text, ok, out);
        return;
    }
    each(
        API_TOKEN,
        text,
        (m) => (!m[0].startsWith("eyJrIjoi") || grafanaKey(m[0])) && real(m[0], m[0], m.index) && out.add("api-token", m.index),
    );
    if (text.includes("glc_eyJ"))
        each(GRAFANA_CLOUD_TOKEN, text, (m) => grafanaClaims(m[1]) && real(m[0], m[0], m.index) && out.add("api-token", m.index));
    if (text.length >= 44)
        each(ATLASSIAN_PAT, text, (m) => atlassianPat(m[0]) && real(m[0], m[0], m.index) && out.add("api-token", m.index));
    // Single gitleaks rules adopted by measurement (secret-rules.ts ADOPTED_RULES): vendor shapes the pack has no rule for.
    for (const f of scanAdoptedRules(text))
        if (!isNonValue(f.secret) && ok(f.secret) && !PUBLISHED_CONSTANTS.some((c) => f.secret.includes(c))) out.add(f.kind, f.index);
    if (text.includes(":")) {
        each(BOT_TOKEN, text, (m) => randomLooking(m[2]) && real(m[0], m[0], m.index) && out.add("api-token", m.index));
        if (/hook|catch|trigger/i.test(text))
            each(WEBHOOK_URL, text, (m) => {
                if (!m[1].split("/").some((seg) => seg.length >= 16 && (randomLooking(seg) || secretLike(seg)))) return;
                if (real(m[1], m[0], m.index) && !text.slice(m.index, m.index + 40).includes("hooks.slack.com"))
                    out.add("api-token", m.index);
            });
    }
    if (text.includes("AIza")) each(GOOGLE_API_KEY, text, (m) => real(m[0], m[0], m.index) && out.add("google-api-key", m.index));
    if (/[a-z0-9][_-]{1,2}[A-Za-z0-9]/.test(text)) {
        each(PREFIXED_TOKEN, text, (m) => {
            const body = m[2];
            if (NOT_TOKEN_PREFIX.test(m[1]) || !randomLooking(body) || insideArn(text, m.index) || encodedBody(body)) return;
            if (UUIDS.test(m[1] + body)) return; // UUIDs joined (`<uuid>-<uuid>`): a hex group read as a prefix, an id
            if (assignedToIdName(text, m.index)) return; // an object's id (`"id": "msg_…"`), not a token
            // A prefix whose vendor publishes the whole format: only that format is the vendor's token.
            if (m[1] === "sntrys_" && !SENTRY_ORG_TOKEN.test(text.slice(m.index, m.index + 700))) return;
            if (/^\.[a-z]{2,4}\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return; // a content-hashed file name
            if (real(m[0], m[0], m.index)) out.add("api-token", m.index);
        });
    }

    // Secret-like names with literal values.
    if (ctx.key !== undefined && (ctx.context === "env" || ctx.context === "tag")) {
        const k = isSecretKey(ctx.key);
        if (k.secret) namedLiteral(k, ctx.key, text, 0, ok, out);
    }
    if (ctx.context !== "repo-url") scanScriptSecrets(text, ok, out);
}

/**
 * The value of a setting whose name says it holds a credential: a literal secret (mandatory), else, under a name that is
 * not only a `*_KEY` one, a guessable or test value (advisory: `weakCredential`).
 */
function namedLiteral(
    k: SecretKeyVerdict,
    key: string,
    value: string,
    index: number,
    ok: (s: string) => boolean,
    out: Sink,
    mayBeSecret = true,
    mayBeWeak = true,
): void {
    if (sameAsName(key, value) || !ok(value)) return;
    if (mayBeSecret && isLiteralSecret(value, k.password, k.generic, k.bundle)) out.add("password-literal", index);
    else if (mayBeWeak && !k.generic && !k.bundle && CREDENTIAL_NAME_END.test(snake(key).replace(/_?\d+$/, "")) && weakCredential(value))
        out.add("weak-credential", index);
}

/**
 * A name that ends with the credential it holds (`db_password`, `PGPASSWORD`, `client_secret`, `authToken`, `api_key`), not
 * one of its attributes (`token_placement`, `password_policy`), a key's name inside a Kubernetes secret that already exists
 * (Helm's `existingSecretPasswordKey`), or CloudFormation's `ServiceToken` (a function's ARN).
 */
const CREDENTIAL_NAME_END =
    /^(?!.*(?:^|_)existing(?:_|$))(?!service_token$).*(?:^|_)(?:[a-z]{0,9}(?:password|passwd|pwd)|pa?s{1,2}w(?:o?r)?d|pw|pass|passphrase|secret|token|apikey|authkey|privatekey|bearer|(?:api|private|access|auth|secret|signing|master|account|app|client)_?(?:key|secret|token)|[a-z]{2,20}(?:token|secret|password))$/;

/**
 * Words that stand for "no value here" or "made elsewhere", not a value a credential was given; and an access level
 * (`read`, `write`: a GitHub Actions workflow's `permissions: {id-token: write}` grants the job a token, it holds none).
 */
const NO_VALUE_WORD =
    /^(?:null|none|nil|undefined|true|false|yes|no|on|off|empty|blank|default|required|optional|enabled|disabled|string|str|value|auto|random|generated?|prompt|ask|keyring|keychain|inherit|bearer|basic|secret|token|read|write|read-?only|read-?write|(?:read|write)-all)$/i;
/** A credential's own word inside a value. */
const SELF_NAMED = /password|passwd|pwd|secret|token|cred|key/i;
/** Words that say "fill this in": documentation, not a value anybody deploys as it is. */
const FILL_IN =
    /^your|replace|insert[_ -]|[_ -]here(?:$|[^a-z])|^todo|^tbd$|^n\/?a$|placeholder|redacted|masked|example|sample|lorem|not[_ -]?(?:a[_ -]?)?(?:real|set|valid)/i;

/**
 * A value the mandatory test refused for its shape, written where a credential goes: a word, a default, a test value or a
 * short number (`changeme`, `test`, `eggs`, `1234`). Not a reference, template, format, path, file or
 * constant name, not a mask (`****`, `xxx`), not a word for "no value" or "fill this in", not a label or a sentence.
 */
function weakCredential(value: string): boolean {
    const v = unquoted(value);
    if (v.length < 3 || v.length > 64 || /\s/.test(v) || v.endsWith(":")) return false;
    if (NO_VALUE_WORD.test(v) || FILL_IN.test(v) || /^[xX*#.•_-]+$/.test(v) || uiText(v)) return false;
    if (!/^[A-Za-z0-9]/.test(v) || /^[a-z][a-z0-9+.-]{1,20}:\/\//i.test(v) || /^[A-Za-z_][\w.]*\(/.test(v)) return false; // a URL, a call
    // A value that names what it is (`my-client-secret`, `valid_password`, `api-token`): a stand-in that says so. A chain of
    // names (`var.db_password`, `settings.secret`): an expression.
    // A comparison written where the value would be (`a==b`), as for a literal secret.
    if (SELF_NAMED.test(v) || /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/.test(v) || /\w==\w/.test(v)) return false;
    // A random-looking value that the mandatory test refused was refused for a reason (a documented example, filler, a
    // published constant, not a key of the name's kind): no word anybody guesses.
    return !SHELL_DEFAULT.test(v) && !referenceLike(v) && !fillerLike(v) && !secretLike(v);
}

/** A URL's password that only says where a password goes (`user:password@`, `:xxx@`). */
const URL_PASSWORD_WORD = /^(?:password|passwd|pass|pwd|passw0rd|pa\$\$word|secret|user|username|token|key|value|xxx+|\*+|word)$/i;

/**
 * A password in a URL or connection string (percent-decoded): four characters or more and not a
 * non-value. In a connection URL a plain word (`root`, `mypass`) is still the password a
 * client sends, so only the words that stand for "a password goes here" (`password`, `secret`, the
 * documentation's own example) are documentation.
 */
function urlPassword(raw: string): boolean {
    let p = raw;
    if (p.includes("%")) {
        try {
            p = decodeURIComponent(p);
        } catch {
            /* not percent-encoded after all */
        }
    }
    if (p.length < 4 || URL_PASSWORD_WORD.test(p)) return false;
    if (/^[a-z0-9]{1,12}$/i.test(p)) return !PLACEHOLDER_WORD.test(p) && !/^(?:x+|0+|(.)\1+)$/i.test(p); // `root`, `mypass`, `marmalade`
    return !isNonValue(p);
}

/** Whether `index` falls in the resource part of an ARN (`arn:aws:iam::…:role/<name>`): names and ids, never secrets. */
function insideArn(text: string, index: number): boolean {
    const start = text.lastIndexOf("arn:", index);
    return start >= 0 && index - start < 2048 && !/[\s"'`,;]/.test(text.slice(start, index));
}

/**
 * Whether the value at `index` is assigned to a name that says it is an id (`id=`, `"id": `, `credential_id=`, `callId:`):
 * an object's id (`msg_…`, `call_…`, `chatcmpl-…`, `cus_…`), which vendors prefix and randomise like a token but which
 * grants nothing. Names of a secret's id are the secret's own rules' (`secret_id` is Vault's AppRole credential).
 */
function assignedToIdName(text: string, index: number): boolean {
    const m = ID_NAME_BEFORE.exec(text.slice(Math.max(0, index - 72), index));
    return m !== null && !/secret/i.test(m[1]);
}

/** A PEM header followed by a key body (not armour around nothing, as in documentation). */
/** The DER header of a base64 private key: SEQUENCE (long or short length), then the version INTEGER (0; 1 in SEC 1 EC keys). */
function derPrivateKey(b64: string): boolean {
    const b = Buffer.from(b64.slice(0, 16), "base64");
    if (b[0] !== 0x30) return false;
    const at = b[1] === 0x82 ? 4 : b[1] === 0x81 ? 3 : b[1] < 0x80 ? 2 : -1;
    return at > 0 && b[at] === 0x02 && b[at + 1] === 0x01 && b[at + 2] <= 0x01 && !fillerLike(b64); // 1: SEC 1 EC keys
}

/**
 * Whether a private key's header starts a key: its body follows ("body"), nothing follows ("alone": perhaps a key cut
 * short, reported as key material), or it is documentation (false).
 */
function privateKeyBody(text: string, from: number): "body" | "alone" | false {
    if (!text.startsWith("-----", from - 5)) return "body"; // PuTTY keys carry their body in the match
    // Armour around nothing (`-----BEGIN … PRIVATE KEY----------END …`) is documentation; a header alone may be a truncated key.
    const after = text.slice(from, from + 400).replace(/\\[rn]|["'+\s]|Proc-Type:[^\n]*|DEK-Info:[^\n]*/g, "");
    if (after.startsWith("-----END") || /^(?:\.{3}|…)/.test(after)) return false;
    // A body under 24 characters before the end line (17 bytes at most): no private key is that short (an Ed25519 key's
    // PKCS #8 body, the shortest, has 64 characters), so it is an illustration (`-----BEGIN PRIVATE KEY-----AABBCC…=\n-----END
    // PRIVATE KEY-----`). Bodies of 24 to 63 characters stay keys: truncated keys in test data are labelled keys (trivy's).
    const end = after.indexOf("-----END");
    if (end >= 0 && end < 24) return false;
    // A placeholder inside the armour (`<your key here>`, `${PRIVATE_KEY}`, `REDACTED`, `xxxx…`) is documentation.
    const raw = text
        .slice(from, from + 400)
        .replace(/\\[rn]|Proc-Type:[^\n]*|DEK-Info:[^\n]*/g, "\n")
        .trim();
    const first = raw
        .split(/\n|-----END/)[0]
        .trim()
        .replace(/^["'+\s]+|["'+\s]+$/g, "");
    if (first.length === 0) return "alone";
    // The header as a string of its own in code (`regexReplaceAll "-----BEGIN RSA PRIVATE KEY-----"`): no body character follows.
    if (!/[A-Za-z0-9+/]/.test(first)) return false;
    const documentation =
        /^[<[{$%]/.test(first) ||
        PLACEHOLDER_WORD.test(first) ||
        /^[xX*.•#]+$/.test(first) ||
        /^[A-Za-z]{1,24}$/.test(first) || // one word (`anything`, `KEY`): no key body is letters only and that short
        /^[A-Za-z]+(?: [A-Za-z]+){2,}/.test(first);
    return documentation ? false : "body";
}

const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
/** An age secret key's bech32 checksum (BIP 173): a made-up or mistyped key fails it, as a card number fails Luhn. */
function bech32Valid(key: string): boolean {
    const s = key.toLowerCase();
    const sep = s.lastIndexOf("1");
    const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
    let chk = 1;
    const step = (v: number) => {
        const top = chk >>> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i];
    };
    for (let i = 0; i < sep; i++) step(s.charCodeAt(i) >> 5);
    step(0);
    for (let i = 0; i < sep; i++) step(s.charCodeAt(i) & 31);
    for (let i = sep + 1; i < s.length; i++) {
        const d = BECH32.indexOf(s[i]);
        if (d < 0) return false;
        step(d);
    }
    return chk === 1;
}

/**
 * True when the match sits inside a template expression on its line (`${{ secrets.X }}`, `{{ … }}`) or runs
 * into filler (`xoxp-…-#####`): a reference or a truncated placeholder, not a value.
 */
function inTemplate(text: string, start: number, end: number): boolean {
    if (/^(?:[#*•]|\.{3}|…)/.test(text.slice(end, end + 3))) return true; // filler or a truncation mark after the match
    const lineStart = text.lastIndexOf("\n", start) + 1;
    const before = text.slice(Math.max(lineStart, start - 200), start);
    if (EXAMPLE_BEFORE.test(before.slice(-48))) return true;
    const open = Math.max(before.lastIndexOf("{{"), before.lastIndexOf("${"));
    return open !== -1 && !before.slice(open).includes("}");
}

/**
 * Documentation's words for "an example follows" right before a value (`e.g. sk_live_…`, `for example: …`) and an HTML
 * form field's `placeholder="…"` (the hint an empty field shows): an illustration of the shape, not a key in use.
 */
const EXAMPLE_BEFORE =
    /(?:\be\.g\.|\be\.g(?=[:,])|\beg:|\bfor example\b|\bplaceholder[ \t]{0,2}=)[ \t]{0,2}[:,]?[ \t]{0,2}["'`]?[ \t]{0,2}(?:e\.g\.?[:,]?[ \t]{0,2})?$/i;

/** Random-looking: mixed case with digits and no long word, or long hexadecimal. */
function randomLooking(body: string): boolean {
    const b = body.replace(/[_-]/g, "");
    if (/^[0-9a-f]{32,}$/.test(b) && /\d/.test(b) && /[a-f]/.test(b)) return true;
    // Long lower-case and digits (base-36 keys), a quarter digits or more, no word, and dense.
    const digits = b.match(/\d/g)?.length ?? 0;
    if (/^[a-z0-9]{32,}$/.test(b) && digits >= b.length / 4 && !hasLongWord(b, digits) && shannonEntropy(b) >= 4) return true;
    return (
        /[a-z]/.test(b) && /[A-Z]/.test(b) && digits >= 2 && !/[a-z]{9,}|[A-Z]{9,}/.test(b) && new Set(b).size >= 12 && !camelCaseWords(b)
    );
}

/**
 * Mostly words in camel case (`agentResourceRoleArn27b16d5`, CloudFormation's `MyRoleABCD-1A2B3C`
 * physical names): a resource name with a generated suffix, not a random token body, in which runs
 * of three or more lower-case letters are rare.
 */
function camelCaseWords(b: string): boolean {
    const letters = b.replace(/[^A-Za-z]/g, "").length;
    let wordy = 0;
    // Only runs with a word's share of vowels: `Jkdskdp` in a random key is not a word.
    for (const w of b.match(/[A-Z]?[a-z]{3,}/g) ?? []) if ((w.match(/[aeiou]/gi)?.length ?? 0) >= w.length / 4) wordy += w.length;
    return wordy >= 0.6 * letters;
}

/** A line that opens a block under a name: YAML `Name:`, JSON `"Name": {` (also after the document's `{`), Terraform `variable "name" {`. */
const BLOCK_OPEN =
    /^([ \t]{0,64})(?:\{[ \t]{0,64})?(?:["']?([A-Za-z_][\w.-]{0,63})["']?[ \t]{0,4}:[ \t]{0,4}\{?|variable[ \t]{1,4}"([\w-]{1,64})"[ \t]{0,4}\{)[ \t]*$/;
/**
 * A block's `Default` / `default` / `value` member with a literal (quoted, or a YAML plain scalar), and the braces it closes;
 * `terraform fmt` aligns the `=` of a block's members with spaces.
 */
const BLOCK_DEFAULT =
    /^([ \t]{0,64})["']?(?:Default|default|Value|value)["']?[ \t]{0,32}[:=][ \t]{0,4}(?:"([^"\n]{1,256})"|'([^'\n]{1,256})'|([^\s"'#,{[][^\s#,}]{0,255}))[ \t]*,?[ \t]*\}{0,8}[ \t]*$/;

/**
 * Each `Default` / `default` / `value` line with the name of the block it is in (the nearest line above, less indented, that
 * opens a block under a name; `…Parameter` / `…Param` dropped from the name): one pass, a stack of open blocks.
 */
function parameterDefaults(text: string, fn: (key: string, value: string, index: number) => void): void {
    const open: { indent: number; name: string }[] = [];
    let at = 0;
    for (const line of text.split("\n")) {
        const start = at;
        at += line.length + 1;
        if (line.length > 400 || !/\S/.test(line)) continue;
        const indent = /^[ \t]*/.exec(line)![0].length;
        while (open.length > 0 && open[open.length - 1].indent >= indent) open.pop();
        const d = BLOCK_DEFAULT.exec(line);
        if (d && open.length > 0) {
            // Terraform's `default = var.x`: unquoted after `=` is an expression (a YAML plain scalar follows `:`).
            if (d[4] !== undefined && /=/.test(line.slice(0, line.indexOf(d[4], d[1].length)))) continue;
            const v = d[2] ?? d[3] ?? d[4];
            fn(open[open.length - 1].name, v, start + line.indexOf(v, d[1].length));
            continue;
        }
        const o = BLOCK_OPEN.exec(line);
        if (o) open.push({ indent, name: (o[2] ?? o[3]).replace(/_?Param(?:eter)?$/i, "") });
    }
}

/**
 * Secrets written in scripts, configuration files and prose, one construct at a time: assignments
 * (`.ini`, `.env`, YAML, JSON, code), reversed comparisons, XML `key`/`value` pairs, command-line
 * flags, `Authorization` headers, `.netrc` entries and sentences such as "the password is …".
 */
function scanScriptSecrets(text: string, ok: (s: string) => boolean, out: Sink): void {
    // `inferred`: the name comes from around the value (a lookup's default, a comparison), not from the value's own
    // assignment; there a word is as likely an argument (`Buffer.from(key, "base64")`) as a credential, and only a literal
    // secret is reported.
    const literal = (key: string, value: string, index: number, inferred = false) => {
        const seg = lastSegment(key);
        // `api.key = …`: a bare `key` takes its name from the whole path.
        const k = isSecretKey(/^(?:key|value|token)$/i.test(seg) && seg !== key ? key : seg);
        // Docker `config.json` and `.npmrc` `auth` / `_auth`: base64 of `user:password`.
        if (!k.secret && /^_?auth$/i.test(seg) && basicAuthPair(value.trim()) && ok(value.trim())) out.add("password-literal", index);
        if (!k.secret) return;
        const v = value.trim();
        if (/^[A-Za-z_][\w.]*\(/.test(v) || (/^[([{]/.test(v) && !mavenEncrypted(v))) return; // a call or an expression, not a literal
        if (/^[a-z][a-z0-9+.-]{1,20}:\/\//i.test(v)) return; // a URL: its credentials, if any, are the URL detectors' finding
        // A vendor's shape with a placeholder body (`xoxp-1234-1234-…` under `token3`) is the vendor rule's to judge
        // (it rejected it); an AWS secret key has 40 characters.
        if (!k.password && VENDOR_SHAPED.test(v) && /1234|0000|abcd/i.test(v.slice(0, 24))) return;
        // Not 40 characters of base64: not an AWS secret key, but it may still be a test word in its place.
        const notAwsKey = /aws_?secret_?access_?key/i.test(seg) && v.length !== 40 && /^[A-Za-z0-9/+=]+$/.test(v);
        namedLiteral(k, key, v, index, ok, out, !notAwsKey, !inferred);
    };
    const assignment = (src: string, m: RegExpExecArray, at: number, nested: boolean) => {
        const quoted = m[5] !== undefined;
        let v = quoted ? m[5] : m[6];
        // A Python f-string with a field (`f"prefix_{value}"`) is built at run time: an expression, not a literal.
        if (quoted && /f/i.test(m[3] ?? "") && /\{[^{}\n]{1,128}\}/.test(v)) return;
        // A form-encoded body in a string (`body = "grant_type=password&username=u&password=…"`, an OAuth token request):
        // each parameter is an assignment of its own (in a URL, the URL rules read them).
        if (quoted && !nested && v.length <= 4096 && FORM_BODY.test(v))
            for (const pair of v.split("&")) literal(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1), at);
        if (!quoted) {
            // An assignment in an element's text (`<environment>GITHUBKEY=…</environment>`) ends at the closing tag.
            const close = v.indexOf("</");
            if (close > 0) v = v.slice(0, close);
            // An unquoted value that holds the line's real assignment (`.npmrc`'s `//host:4873/:_authToken=…`, where
            // `host:4873/…` reads as one): that assignment is judged too, one level down.
            // Also a pair of assignments run together (`user:admin/password:S3cr3t`, `ID:admin,PW:…` in prose).
            if (!nested && (v.includes("=") || (/[A-Za-z]:[^/\s]/.test(v) && !/[{}$]/.test(v))))
                each(ASSIGNMENT_INNER, v, (n) => assignment(v, n, at, true));
            // A value that opens a dict, an object or a call (`x = {"password": "…"}`, `c = Client(api_key="…")`): its first
            // member lost the bracket before it to this match, so it is read here, once, from the bracket (the others follow).
            // (A bracket the value opens itself, or a call's; not a shell expansion's `${…}`.)
            const open = nested ? null : /^(?:[A-Za-z_][\w.]{0,60})?[{([]/.exec(v.slice(0, 64));
            if (open !== null) {
                ASSIGNMENT_AT.lastIndex = m.index + m[0].length - m[6].length + open[0].length - 1;
                const n = ASSIGNMENT_AT.exec(src);
                if (n !== null) assignment(src, n, n.index, true);
            }
        }
        // In code an unquoted lower-case identifier on the right is a variable (`password = pwd`); in
        // environment files (`DB_PASSWORD=hunter`, upper-case names) it is the value.
        if (!quoted && /^[a-z_][a-z0-9_]*$/.test(v) && !/\d/.test(v) && !/^[A-Z][A-Z0-9_]*$/.test(lastSegment(m[2])) && !configLine(src, m))
            return;
        // An unquoted PowerShell cmdlet (`$pw = ConvertTo-SecureString …`): a call, not a literal.
        if (!quoted && /^[A-Z][A-Za-z]{2,15}-[A-Z][A-Za-z]{2,40}$/.test(v)) return;
        // Part of an expression (`"user:" + secret`), not a literal; but a string that holds a whole
        // `Name: value` (an HTTP header after `-H "`, `"DB_PASSWORD=…"`) ends with its own quote.
        const end = m.index + m[0].length;
        // A type between the name and `=` (Swift's `field: UITextField! = nil`, Kotlin's `val pw: Secret = "…"`): the value
        // is what follows the `=`, a literal only when quoted.
        if (!quoted) {
            const typed = TYPED_VALUE.exec(src.slice(end, end + 1100));
            if (typed) return void (typed[2] !== undefined && literal(m[2], typed[2], at));
        }
        const closesOwnString = !quoted && m[1] !== "" && src[end] === m[1] && !/^\s*[+.[(]/.test(src.slice(end + 1, end + 5));
        if ((!closesOwnString && /^\s*[+.[(]|^["'`]/.test(src.slice(end, end + 4))) || /^\s*\+|\+\s*$/.test(v)) return;
        literal(m[2], v, at);
    };
    // Also a name and a quoted value with no operator (C `#define PASSWORD "…"`, RPM `%global PASSWORD "…"`).
    if (/[=:>]|\w[ \t]["'`]/.test(text)) {
        each(ASSIGNMENT, text, (m) => assignment(text, m, m.index, false));
        each(REVERSED_COMPARISON, text, (m) => literal(m[3], m[2], m.index, true));
    }
    if (/key\s*=/i.test(text)) each(XML_KEY_VALUE, text, (m) => literal(m[1], m[2], m.index));
    if (/[A-Za-z]:[A-Za-z_]/.test(text)) each(NAMESPACED_SETTING, text, (m) => literal(m[2], m[3] ?? m[4] ?? m[5], m.index));
    // A parameter's default on a line of its own (CloudFormation's `DBPassword:` / `"DBPassword": {` then `Default: …`, ARM's
    // `"value"`, Terraform's `variable "db_password" {` then `default = "…"`): the parameter's name says what it is.
    if (/\b(?:[Dd]efault|[Vv]alue)\b/.test(text)) parameterDefaults(text, (key, value, index) => literal(key, value, index));
    // Maven's settings-security.xml keeps the master password in `<master>`.
    if (text.includes("</"))
        each(XML_ELEMENT, text, (m) => m[1] === m[3] && literal(m[1] === "master" ? "master_password" : m[1], m[2], m.index));
    if (/value/i.test(text)) each(NAME_VALUE_PAIR, text, (m) => literal(m[1] ?? m[2], m[4] ?? m[5] ?? m[6], m.index));
    if (text.includes("ENV")) each(DOCKER_ENV, text, (m) => literal(m[1], m[2], m.index));
    if (text.includes("(")) {
        each(CREDENTIAL_CALL, text, (m) => isLiteralSecret(m[3], true) && ok(m[3]) && out.add("password-literal", m.index));
        if (/ecret|ensitive|lain_?[Tt]ext/.test(text)) each(WRAPPED_SECRET, text, (m) => literal(m[1], m[3], m.index));
        each(LOOKUP_DEFAULT, text, (m) => literal(m[2], m[4], m.index, true));
        if (/login|Auth|Credential|neptune/.test(text)) each(API_KEY_CALL, text, (m) => literal("api_key", m[2], m.index));
        if (text.includes("api_key")) each(API_KEY_PAIR, text, (m) => literal("api_key", m[3], m.index));
        if (/with|set/i.test(text)) each(SETTER_CALL, text, (m) => literal(m[1], m[3], m.index));
        if (text.includes(",")) {
            each(CONSTANT_ARGUMENT, text, (m) => literal(m[1], m[3], m.index, true));
            each(LOOKUP_ASSIGNED, text, (m) => literal(m[1], m[4], m.index, true));
        }
    }
    if (/\|\||\?\?|\bor\b/.test(text)) each(FALLBACK_DEFAULT, text, (m) => literal(m[1], m[3], m.index, true));
    if (text.includes("-")) {
        each(
            CLI_SECRET_FLAG,
            text,
            (m) =>
                !/^[a-z][a-z0-9+.-]{1,20}:\/\//i.test(m[1]) &&
                isLiteralSecret(m[1], true) &&
                ok(m[1]) &&
                out.add("password-literal", m.index),
        );
        // `-password …` and `-port …` after `mysql` are other flags, not `-p` glued to a password (`-pS3cret`).
        each(
            CLI_P_FLAG,
            text,
            (m) =>
                !/^(?:ass(?:word|wd)|ort)(?:$|[=:])/i.test(m[1]) &&
                isLiteralSecret(m[1], true) &&
                ok(m[1]) &&
                out.add("password-literal", m.index),
        );
        each(CLI_USER_PASS, text, (m) => isLiteralSecret(m[2], true) && ok(m[2]) && out.add("password-literal", m.index));
    }
    if (/basic[ \t]/i.test(text))
        each(BASIC_CREDENTIAL, text, (m) => basicAuthPair(m[1]) && ok(m[1]) && out.add("password-literal", m.index));
    if (/authorization/i.test(text)) {
        // The Basic scheme carries base64 of `user:password`; a value of other characters (a JWT, `a.b.c`) is not Basic
        // credentials, and its own rules judge it (a JWT's is advisory).
        each(
            AUTH_HEADER,
            text,
            (m) =>
                !(/\bbasic\s+\S*$/i.test(m[0]) && !/^[A-Za-z0-9+/]+={0,2}$/.test(m[1])) &&
                !isNonValue(m[1]) &&
                ok(m[1]) &&
                out.add("password-literal", m.index),
        );
        each(AUTH_HEADER_BARE, text, (m) => schemeLessToken(m[1]) && ok(m[1]) && out.add("password-literal", m.index));
    }
    if (text.includes("machine")) each(NETRC, text, (m) => isLiteralSecret(m[1], true) && ok(m[1]) && out.add("password-literal", m.index));
    if (/pass(?:word|wd|phrase)/i.test(text)) {
        each(PROSE_PASSWORD, text, (m) => {
            const v = m[2] ?? m[3];
            if (!/\s/.test(v) && isLiteralSecret(v, true) && !PROSE_WORD.test(v) && ok(v)) out.add("password-literal", m.index);
        });
    }
    if (/identified|password[ \t]{0,4}\(/i.test(text))
        each(SQL_PASSWORD, text, (m) => {
            const v = m[2] ?? m[3] ?? m[5];
            // Unquoted, a word is prose (`identified by name`) or a keyword; a password there has a digit or a symbol.
            if (m[3] !== undefined && !/[^A-Za-z]/.test(v)) return;
            if (isLiteralSecret(v, true) && ok(v)) out.add("password-literal", m.index);
        });
    if (/securestring/i.test(text))
        each(
            SECURE_STRING,
            text,
            (m) => !/^[$(@]/.test(m[1]) && isLiteralSecret(m[1], true) && ok(m[1]) && out.add("password-literal", m.index),
        );
    if (/pw|pass/i.test(text))
        each(ID_PW_PAIR, text, (m) => {
            const v = m[2].replace(/[).,;]+$/, "");
            if (v !== m[1] && isLiteralSecret(v, true) && !PROSE_WORD.test(v) && ok(v)) out.add("password-literal", m.index);
        });
    if (/\d\.\d{1,3}(?::\d{1,5})?[ \t,;|]/.test(text))
        each(HOST_ACCOUNT, text, (m) => {
            const v = m[2];
            const mixed = /[a-z]/.test(v) && /[A-Z]/.test(v);
            if (!/\d/.test(v) || !/[A-Za-z]/.test(v) || !(mixed || /[^\w.-]/.test(v)) || /\.[A-Za-z]{1,5}$/.test(v)) return;
            if (isLiteralSecret(v, true) && ok(v)) out.add("password-literal", m.index);
        });
    if (TRANSLATED_LABEL_HINT.test(text))
        each(TRANSLATED_PASSWORD_LABEL, text, (m) => isLiteralSecret(m[2], true) && ok(m[2]) && out.add("password-literal", m.index));
    scanNamedTokens(text, ok, out);
}

/**
 * The value of an `Authorization:` header with no scheme: a token (letters and digits, 16 or more characters),
 * not a scheme word, a reference or a placeholder.
 */
function schemeLessToken(v: string): boolean {
    if (/^(?:Bearer|Basic|Token|SSWS|Digest|Negotiate|AWS4-HMAC-SHA256|HMAC|OAuth)$/i.test(v)) return false;
    return /\d/.test(v) && /[A-Za-z]/.test(v) && !/^[A-Za-z_][\w.]*\(/.test(v) && !isNonValue(v);
}

/** Python's built-in types, which an annotation (`password: bytes`) names where a YAML value would be. */
const PYTHON_TYPE = /^(?:str|bytes|bytearray|int|float|bool|dict|list|tuple|set|frozenset|object|complex|any)$/;

/**
 * Whether an assignment is a line of a configuration file rather than code: the name starts the line
 * (after indentation or a list dash), the separator is `: ` (YAML, .pypirc) or `=` without spaces (.env,
 * .properties), and nothing follows the value on the line (code goes on with `,` `;` `)`).
 */
function configLine(text: string, m: RegExpExecArray): boolean {
    // Bounded look-back and look-ahead (a line of one long assignment chain must not cost its length per match).
    const keyAt = m.index + m[0].indexOf(m[2]);
    const from = Math.max(0, keyAt - 40);
    const back = text.slice(from, keyAt);
    const nlBack = back.lastIndexOf("\n");
    if (nlBack === -1 && from > 0) return false; // more than 40 characters of the line before the name
    // A key may carry a namespace (hiera's `jira::dbpassword: …`, `profile::db::password: …`: Puppet's class parameters).
    // A Quarkus / MicroProfile profile's `%prod.` before a key (`%prod.quarkus.datasource.password=…`) starts the line too.
    if (!/^[ \t]{0,32}(?:-[ \t]{1,4})?%?["']?(?:[A-Za-z_]\w{0,40}::){0,6}$/.test(back.slice(nlBack + 1))) return false;
    const sep = m[0].slice(m[0].indexOf(m[2]) + m[2].length);
    // `key = value` with spaces is a .properties line only where it cannot be code: after a profile's `%` or under a key
    // with a dash (`client-secret = …`, which no language assigns to); `a.b.password = word` may assign a variable.
    const spaced = /^[ \t]{1,4}=[ \t]{1,4}[^ \t=]/.test(sep) && (back.endsWith("%") || /%[\w,-]{1,40}\.$/.test(back) || m[2].includes("-"));
    if (!spaced && !/^["']?(?::[ \t]|=[^ \t=])/.test(sep)) return false;
    const end = m.index + m[0].length;
    const ahead = text.slice(end, end + 64);
    const nl = ahead.indexOf("\n");
    // A YAML line may end in a comment (`password: rabbit # the broker's password`: outside-2027-20); a `#` after `=` may be
    // the value's own (a .properties value runs to the end of the line), and Python's `password: bytes  # raw` annotates a type.
    const rest = nl === -1 ? ahead : ahead.slice(0, nl);
    const blank = /^[ \t]*$/.test(rest) || (sep.startsWith(":") && /^[ \t]+#/.test(rest) && !PYTHON_TYPE.test(m[6] ?? ""));
    return blank && (nl !== -1 || end + 64 >= text.length);
}

/**
 * A token of 16 or more characters standing alone (prose, logs, command output), for the detector of
 * a secret's name followed by its value without an operator (`clarifai access key dkHL49…`,
 * `tyntec SECRET b19a…`, `dd_secret_key-3c0c…`).
 */
const LONE_TOKEN = /(?<![^\s"'(=:])[A-Za-z0-9][A-Za-z0-9+/_.~-]{15,599}={0,2}(?![^\s"'),;])/g;
/** A value of 8 to 15 characters standing alone after an operator, for names of several words (`SECRET KEY: …`). */
const SHORT_NAMED_VALUE = /(?<=[:=][ \t]{0,4})[A-Za-z0-9][A-Za-z0-9+/_.~!@#$%^&*-]{7,14}(?![^\s"'),;])/g;
/** Up to three words ending a line's text before a token, then spaces or an operator (`access key `, `SECRET key = `). */
const NAME_BEFORE =
    /(?:^|[^A-Za-z0-9_])((?:[A-Za-z][A-Za-z0-9_]{0,40}[ \t]{1,2}){0,2}[A-Za-z][A-Za-z0-9_]{0,40})(?:[ \t]{1,4}|[ \t]{0,4}([=:])[ \t]{0,4})$/;

/** An identifier made of words (`alias/clinical-data-2024`, `feature-flag-rollout`): two lower-case words between separators. */
function slugLike(v: string): boolean {
    return v.split(/[-/._]/).filter((p) => /^[a-z]{3,}$/.test(p)).length >= 2;
}

/** A value that a secret's name in prose stands for: random-looking, not a non-value, not a vendor's shape (its rule judges it). */
function namedSecretValue(v: string): boolean {
    return !VENDOR_SHAPED.test(v) && !slugLike(v) && !isNonValue(v) && !encodedText(v) && secretLike(v);
}

/**
 * A secret named in words before it, with no assignment (prose, logs, `curl` output): the last one to
 * three words before the token (`access key`, `SECRET key`, `weatherbitSECRET`), or the part of the
 * token before a dash (`getemail-SECRET-…`), must be a secret's name by `isSecretKey`; the value must
 * pass `secretLike`. The assignment detectors judge `name = value` themselves; this adds the names
 * they cannot see (several words) and the forms without an operator.
 */
function scanNamedTokens(text: string, ok: (s: string) => boolean, out: Sink): void {
    if (!/key|secret|token|passw|pwd|credential|auth|pat\b/i.test(text)) return;
    each(LONE_TOKEN, text, (m) => {
        const t = m[0];
        if (/^AGE-SECRET-KEY-1/i.test(t)) return; // an age key: its own rule judges it, checksum included
        // Glued by a dash: the name is the word before it (`getemail-SECRET-…`, `dd_secret_key-…`).
        for (let j = t.indexOf("-"), tries = 0; j > 2 && tries < 8; j = t.indexOf("-", j + 1), tries++) {
            const value = t.slice(j + 1);
            if (value.length < 16 || !/^[A-Za-z][\w-]*$/.test(t.slice(0, j))) break;
            const word = t.slice(t.lastIndexOf("-", j - 1) + 1, j);
            if (isSecretKey(word).secret && namedSecretValue(value) && ok(value)) return out.add("password-literal", m.index);
        }
        const lineStart = text.lastIndexOf("\n", m.index - 1) + 1;
        const name = NAME_BEFORE.exec(text.slice(Math.max(lineStart, m.index - 96), m.index));
        if (!name || !namedSecretValue(t) || !ok(t)) return;
        const words = name[1].split(/[ \t]+/);
        // One name and an operator: the assignment detectors' construct, judged there.
        if (name[2] !== undefined && words.length === 1) return;
        for (let n = 1; n <= words.length; n++)
            if (isSecretKey(words.slice(-n).join("_")).secret) return out.add("password-literal", m.index);
    });
    // A shorter value after a name of two or three words and an operator (`SECRET KEY: …`, `DB password = …` in prose and
    // tickets): the name must be a secret's as a whole, and the value have letters of both cases and digits.
    if (/[:=]/.test(text))
        each(SHORT_NAMED_VALUE, text, (m) => {
            const v = m[0];
            if (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) return;
            const lineStart = text.lastIndexOf("\n", m.index - 1) + 1;
            const name = NAME_BEFORE.exec(text.slice(Math.max(lineStart, m.index - 96), m.index));
            if (!name || name[2] === undefined) return;
            const words = name[1].split(/[ \t]+/);
            if (words.length < 2) return;
            const k = isSecretKey(words.join("_"));
            if (k.secret && !k.generic && isLiteralSecret(v, k.password, false, k.bundle) && ok(v)) out.add("password-literal", m.index);
        });
}

/** Words that follow "password is" in prose without being one. */
const PROSE_WORD =
    /^(?:required|optional|stored|saved|set|not|the|a|an|your|incorrect|invalid|wrong|empty|blank|missing|correct|valid|too|being|changed|expired|hashed|encrypted|generated|sent|reset|used|needed|case|at|in|of|for|to|from|now|also|only|ignored|disabled|enabled|displayed|shown|masked|protected|secure|insecure|weak|strong|short|long)$/i;

/** What a health format says a value is that the advisory PHI policy reports (the rest are mandatory kinds). */
const ADVISORY_HEALTH_KINDS: ReadonlySet<string> = new Set(["street-address", "phone-number", "patient-identifier", "diagnosis-code"]);

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
    const ok = (s: string) => !allowed(s, cfg) && !isNonValue(s, { filler: false });
    const key = ctx.key !== undefined && ctx.key.length <= 128 ? snake(ctx.key) : undefined;
    const hasDigit = /\d/.test(text);
    if (hasDigit && text.includes("-")) {
        each(SSN_DASHED, text, (m) => validSsn(m[1], m[2], m[3]) && ok(m[0]) && out.add("us-ssn", m.index));
    }
    if (hasDigit) {
        const ssnKey = key !== undefined && SSN_KEY.test(key);
        if (ssnKey || /ssn|soc|tin|ss#/i.test(text)) {
            each(SSN_PLAIN, text, (m) => {
                if (!validSsn(m[1], m[3], m[4])) return;
                if ((ssnKey || SSN_CONTEXT.test(before(text, m.index, 40))) && ok(m[0])) out.add("us-ssn", m.index);
            });
        }
        each(CARD_CANDIDATE, text, (m) => {
            const d = m[0].replace(/[ -]/g, "");
            // One digit repeated, or digits typed in order (`123456789…`, `98765432…`): a made-up number, not a card's.
            if (/^(\d)\1+$/.test(d) || digitRun(d.slice(0, 8))) return;
            if (cardIssuer(d) && luhn(d) && cardGroupingOk(m[0]) && ok(m[0])) out.add("payment-card", m.index);
        });
        for (const re of cfg.mrnPatterns) each(re, text, (m) => ok(m[0]) && out.add("mrn", m.index));
        if (key !== undefined && MRN_KEY.test(key) && /^\s*[A-Z]{0,3}-?\d{5,12}\s*$/i.test(text) && ok(text)) {
            out.add("mrn", 0);
        }
        if (/mr|rec|emr|ehr|chart|patient|hospital|unit/i.test(text)) {
            each(MRN_LABELLED, text, (m) => {
                // A letter prefix (`AB2340291`, `MR-00123456`), as under an MRN's key: capitals glued to the digits, not a word.
                if (/^#?[ \t]?[A-Za-z]/.test(m[1]) && !/^#?[ \t]?[A-Z]{1,3}-?\d/.test(m[1])) return;
                const digits = m[1].replace(/\D/g, "").length;
                // A site's letter prefix makes a shorter number an id (`MRN: BRK-4410`), under a record number's own label
                // (`MRN`, `MR#`, `med rec`), not a chart's, a unit's or an EHR's.
                const prefixed = /^#?[ \t]?[A-Z]{1,3}-?\d/.test(m[1]) && /^(?:MRN|MR[ \t]{0,3}#|med)/i.test(m[0]);
                if (digits >= (prefixed ? 4 : 6) && digits <= 12 && !DATE.test(m[1]) && ok(m[1])) out.add("mrn", m.index);
                DATE.lastIndex = 0;
            });
        }
        if (/dob|birth|born|d\.o\.b/i.test(text)) each(DOB_LABELLED, text, (m) => ok(m[0]) && out.add("date-of-birth", m.index));
        const dobKey = key !== undefined && DOB_KEY.test(key);
        if (dobKey && YEAR_MONTH_VALUE.test(text) && ok(text)) out.add("date-of-birth", 0);
        if (dobKey || /dob|birth|born|d\.o\.b/i.test(text)) {
            each(DATE, text, (m) => {
                const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
                if ((dobKey || DOB_CONTEXT.test(before(text, m.index, 64)) || DOB_AFTER.test(after)) && ok(m[0]))
                    out.add("date-of-birth", m.index);
            });
        }
    }
    // A table's columns by their headers (the patient's e-mail column may hold no digit).
    for (const { kind, index, cell } of tableCellsOf(text)) {
        if (kind === "phone-number" || kind === "street-address" || kind === "patient-identifier") continue; // advisory: scanPossiblePhi
        if (kind === "us-ssn") {
            const m = SSN_CELL.exec(cell)!;
            if (!validSsn(m[1], m[3], m[4])) continue;
        }
        if (kind === "patient-contact" && !EMAIL_CELL.test(cell) ? phoneOk(ok)(cell) : ok(cell)) out.add(kind, index);
    }
    // PHI by the structure of a healthcare format: an HL7 v2 PID, MRG, NK1, GT1, IN1 or IN2 field, a FHIR member or identifier
    // type, a CDA header's patientRole element. Each kind once: a value's position is looked up only for the first one reported.
    const health = new Set<string>();
    for (const v of healthFormatValues(text)) {
        if (health.has(v.kind) || ADVISORY_HEALTH_KINDS.has(v.kind)) continue; // those are scanPossiblePhi's
        if (v.kind === "us-ssn") {
            const m = SSN_VALUE.exec(v.value)!;
            if (!validSsn(m[1], m[3], m[4])) continue;
        }
        if (!ok(v.value)) continue;
        health.add(v.kind);
        out.add(v.kind, v.at());
    }
    // A contact detail labelled as a patient's.
    const patientKey = key !== undefined && PATIENT_KEY.test(key);
    if (patientKey || PATIENT_HINT.test(text)) {
        const labelled = (i: number) => patientKey || patientLabelled(text, i);
        if (text.includes("@"))
            each(EMAIL, text, (m) => labelled(m.index) && emailShaped(text, m) && ok(m[0]) && out.add("patient-contact", m.index));
        if (hasDigit) {
            const okPhone = phoneOk(ok);
            each(PHONE, text, (m) => labelled(m.index) && okPhone(m[0]) && out.add("patient-contact", m.index));
            labelledPhones(text, (i, v) => labelled(i) && okPhone(v) && out.add("patient-contact", i));
        }
    }
    for (const p of cfg.extraPatterns) each(p.re, text, (m) => ok(m[0]) && out.add("custom", m.index, p.name));
}

/**
 * Whether a phone number or e-mail address is one a healthcare format says is the patient's contact (a FHIR Patient's
 * telecom, a CDA patientRole's): the mandatory check reports those, the advisory one must not report them again. By the
 * value (a number's digits, an address in lower case), looked up in a set: linear in the text.
 */
function patientContactOf(text: string): (v: string) => boolean {
    // (an address the format wrote as a URL, `mailto:…`, is the same address)
    const key = (v: string) =>
        v.includes("@")
            ? v
                  .trim()
                  .toLowerCase()
                  .replace(/^mailto:(?:\/\/)?[ \t]{0,2}/, "")
            : v.replace(/\D/g, "");
    const contacts = new Set(healthFormatValues(text).flatMap((h) => (h.kind === "patient-contact" ? [key(h.value)] : [])));
    return contacts.size === 0 ? () => false : (v) => contacts.has(key(v));
}

function scanPossiblePhi(text: string, ctx: ScanContext, cfg: DetectorConfig, out: Sink): void {
    const ok = (s: string) => !allowed(s, cfg) && !isNonValue(s, { filler: false });
    const key = ctx.key !== undefined && ctx.key.length <= 128 ? snake(ctx.key) : undefined;
    // Contact details labelled as a patient's are reported by the high-confidence check instead.
    const patientKey = key !== undefined && PATIENT_KEY.test(key);
    const patientContact = patientContactOf(text);
    const labelled = (i: number, v: string) => patientKey || patientLabelled(text, i) || patientContact(v);
    const hasDigit = /\d/.test(text);
    if (text.includes("@")) {
        each(EMAIL, text, (m) => {
            if (
                isRoleAddress(m[1]) ||
                emailDomainAllowed(m[2], cfg.allowedEmailDomains) ||
                labelled(m.index, m[0]) ||
                !emailShaped(text, m)
            )
                return;
            if (inUrlAuthority(text, m.index)) return; // user:password@host is a credential, ssh://git@host a URL
            if (ok(m[0])) out.add("email-address", m.index);
        });
    }
    if (hasDigit) {
        const okPhone = phoneOk(ok);
        each(PHONE, text, (m) => !labelled(m.index, m[0]) && okPhone(m[0]) && out.add("phone-number", m.index));
        labelledPhones(text, (i, v) => !labelled(i, v) && okPhone(v) && out.add("phone-number", i));
        if (/\d[\d\s().-]{5,}\d/.test(text)) {
            for (const m of internationalPhones(text)) if (!labelled(m.index, m.text) && okPhone(m.text)) out.add("phone-number", m.index);
        }
        each(STREET_ADDRESS, text, (m) => ok(m[0]) && out.add("street-address", m.index));
        // A table's phone and street columns, and a patient-id column's ids (the patient's contact columns, and ids of an
        // MRN's shape, are the mandatory check's).
        for (const { kind, index, cell } of tableCellsOf(text))
            if (kind === "phone-number" ? okPhone(cell) : (kind === "street-address" || kind === "patient-identifier") && ok(cell))
                out.add(kind, index);
        if (/diagnos|dx|icd/i.test(text)) each(DIAGNOSIS, text, (m) => ok(m[0]) && out.add("diagnosis-code", m.index));
    }
    const health = new Set<string>();
    for (const v of healthFormatValues(text)) {
        if (health.has(v.kind) || !ADVISORY_HEALTH_KINDS.has(v.kind)) continue;
        if (!(v.kind === "phone-number" ? phoneOk(ok) : ok)(v.value)) continue;
        health.add(v.kind);
        out.add(v.kind, v.at());
    }
    if (/patient|member|beneficiar/i.test(text)) each(PATIENT_NAME_TEXT, text, (m) => ok(m[0]) && out.add("patient-identifier", m.index));
    if (hasDigit) namesBesideRecordNumber(text, (i, name) => ok(name) && out.add("patient-identifier", i));
    if (hasDigit && MEMBER_ID_HINT.test(text))
        each(
            MEMBER_ID_LABELLED,
            text,
            (m) => memberId(m[1]) && ok(m[1]) && out.add("patient-identifier", m.index + m[0].length - m[1].length),
        );
    if (key !== undefined && (ctx.context === "tag" || ctx.context === "env") && PATIENT_ID_KEY.test(key)) {
        const v = text.trim();
        if (
            v.length >= 2 &&
            !isNonValue(v) &&
            !/^(?:n\/?a|unknown|any|all|redacted|masked|hashed|tokenized|synthetic)$/i.test(v) &&
            ok(v)
        ) {
            out.add("patient-identifier", 0);
        }
    }
}

/** A run that may be a phone number: digits with spaces, dots, dashes or brackets, up to 24 characters. */
const PHONE_RUN = /(?<![\w+])\+?\(?\d[\d \t().-]{5,22}\d(?![\w])/g;
/** Words that make a number next to them a phone number. */
const PHONE_WORD = /\b(?:phone|tel|telephone|mobile|cell|call|fax|contact|reach|number|whatsapp|sms)\b/i;
/** The same words without word boundaries: true wherever PHONE_WORD is true in any part of the text. */
const PHONE_HINT = /phone|tel|mobile|cell|call|fax|contact|reach|number|whatsapp|sms/i;

type FindPhones = typeof import("libphonenumber-js/max").findPhoneNumbersInText;
let findPhones: FindPhones | undefined;

/**
 * Phone numbers outside the North American plan, found by libphonenumber-js (Google's libphonenumber
 * metadata; loaded on the first text that needs it): numbers written with a country code (`+44 20 …`)
 * or next to a word such as "phone" or "call". Measured against the pack's own pattern on the
 * independent corpus (see docs/hygiene-detectors.md).
 */
function internationalPhones(text: string): { index: number; text: string }[] {
    const find = (findPhones ??= (require("libphonenumber-js/max") as typeof import("libphonenumber-js/max")).findPhoneNumbersInText);
    const out: { index: number; text: string }[] = [];
    // The library is handed short phone-like runs only (it is not linear on long digit runs), at most 100 per value.
    let n = 0;
    each(PHONE_RUN, text, (r) => {
        if (n++ >= 100) return;
        // A number is kept only after a "+" or a phone word (below); a run with neither in reach
        // cannot yield one, so the library is not asked (most runs are account ids in ARNs).
        if (!r[0].includes("+") && !PHONE_HINT.test(text.slice(Math.max(0, r.index - 40), r.index + r[0].length))) return;
        for (const m of find(r[0], { defaultCountry: "US" })) {
            const at = r.index + m.startsAt;
            if (text[at] === "+" || PHONE_WORD.test(text.slice(Math.max(0, at - 40), at)))
                out.push({ index: at, text: r[0].slice(m.startsAt, m.endsAt) });
        }
    });
    return out;
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
            if (KINDS[kind].category !== category) return; // a kind belongs to one policy
            const id = pattern === undefined ? kind : `${kind}:${pattern}`;
            if (seen.has(id)) return;
            seen.add(id);
            // A match that starts with the line break before it belongs to the next line.
            const at = text.charCodeAt(index) === 10 ? index + 1 : index;
            (found ??= []).push({ kind, ...(pattern !== undefined ? { pattern } : {}), ...lineOf(text, at) });
        },
    };
    if (category === "credential" || category === "possible-credential") {
        scanCredentials(text, ctx, cfg, sink);
        // Text escaped for where it was kept (code in a string, a coloured log) is scanned once more as written; a finding's
        // position is mapped back to the text as given. Private keys are judged on the text as given: escapes hide no armour,
        // and an escaped quote after a header is what tells a header in a string of code from a truncated key.
        const plain = unescapedText(text);
        if (plain !== undefined)
            scanCredentials(plain.text, ctx, cfg, {
                add: (k, i, p) => k !== "private-key" && k !== "private-key-material" && sink.add(k, plain.at[i] ?? 0, p),
            });
        // An HTML / XML attribute whose text is escaped for the markup (`onclick="alert(&quot;password:…&quot;)"`, a diagram
        // cell's `value="&lt;div&gt;password: …"`): its value is scanned once more with the character references undone, on its
        // own, so that the undone quotes cannot close the attribute's string. Positions map to the attribute's value.
        if (text.includes("&")) {
            for (const attr of escapedAttributes(text))
                scanCredentials(attr.text, ctx, cfg, {
                    add: (k, _i, p) => k !== "private-key" && k !== "private-key-material" && sink.add(k, attr.at, p),
                });
        }
        // A value already reported as a specific credential is not also reported as a "literal secret".
        if (found && found.length > 1 && seen.has("password-literal")) found = found.filter((f) => f.kind !== "password-literal");
    } else if (category === "phi") scanPhi(text, ctx, cfg, sink);
    else if (category === "possible-phi") scanPossiblePhi(text, ctx, cfg, sink);
    else scanInsecureUrls(text, cfg, sink);
    return found ?? NONE;
}

const NONE: Finding[] = [];

/**
 * Escapes that hide a credential's syntax: a backslash before a quote (code inside a string: `getenv(\"SECRET\", \"…\")`,
 * a JSON string holding code) and terminal colour codes (`\x1b[94m` glued before a token in a log).
 */
const ESC = String.fromCharCode(27);
const ESCAPE = new RegExp(`\\\\(["'])|${ESC}\\[[0-9;]{0,16}[A-Za-z]`, "g");

/** The text with those escapes undone, and for each of its characters the position it came from; undefined when it has none. */
function unescapedText(text: string): { text: string; at: Int32Array } | undefined {
    if (!/\\["']/.test(text) && !text.includes(`${ESC}[`)) return undefined;
    const at = new Int32Array(text.length);
    let out = "";
    let from = 0;
    const copy = (to: number) => {
        for (let i = from; i < to; i++) at[out.length + i - from] = i;
        out += text.slice(from, to);
    };
    ESCAPE.lastIndex = 0;
    for (let m = ESCAPE.exec(text); m !== null; m = ESCAPE.exec(text)) {
        copy(m.index);
        const r = m[1] ?? "";
        for (let j = 0; j < r.length; j++) at[out.length + j] = m.index;
        out += r;
        from = m.index + m[0].length;
    }
    copy(text.length);
    return { text: out, at };
}

/** A double-quoted attribute value that holds a character reference. */
const ESCAPED_ATTRIBUTE = /[\s<][A-Za-z_:][\w:.-]{0,63}[ \t]{0,4}=[ \t]{0,4}"([^"\n]{1,4096})"/g;
const CHARACTER_REFERENCE = /&(quot|apos|lt|gt|amp|#34|#39|#x22|#x27);/g;
const REFERENCED: Record<string, string> = {
    quot: '"',
    apos: "'",
    lt: "<",
    gt: ">",
    amp: "&",
    "#34": '"',
    "#39": "'",
    "#x22": '"',
    "#x27": "'",
};

/** The values of the attributes escaped for markup, with their character references undone once (at most 64 a text). */
function escapedAttributes(text: string): { text: string; at: number }[] {
    const out: { text: string; at: number }[] = [];
    ESCAPED_ATTRIBUTE.lastIndex = 0;
    for (let m = ESCAPED_ATTRIBUTE.exec(text); m !== null && out.length < 64; m = ESCAPED_ATTRIBUTE.exec(text)) {
        if (!m[1].includes("&")) continue;
        const plain = m[1].replace(CHARACTER_REFERENCE, (_r, name: string) => REFERENCED[name]);
        if (plain !== m[1]) out.push({ text: plain, at: m.index + m[0].indexOf('"') + 1 });
    }
    return out;
}

function lineOf(text: string, index: number): { line?: number } {
    if (!text.includes("\n")) return {};
    let line = 1;
    for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
    return { line };
}

/** True when any detector of any category fires on `s` (used to decide whether a key may be printed). */
export function looksSensitive(s: string, cfg: DetectorConfig = EMPTY_CONFIG): boolean {
    const ctx: ScanContext = { context: "text" };
    return (["credential", "possible-credential", "phi", "possible-phi"] as const).some((c) => detect(s, ctx, c, cfg).length > 0);
}
