// Not applicable in bulk: the "other resource type" answers of an Analyze request without calling
// the policies that give them.
//
// Every (policy, resource) pair a policy does not judge must end as "not applicable" (policy.ts). The
// @pulumi/policy server (1.21) skips a policy that declares one type (`__pulumiType`) before calling
// it, but for a policy that lists several types it builds the call's arguments, calls it, catches the
// NotApplicableError it throws and adds one protobuf entry: about 2.5 µs per pair, some 60 pairs per
// resource on the bench stack (+37% on the 1,000-resource bench against answering nothing).
//
// The answer for another type depends only on the policy and the type (policy.ts's validate says it
// before reading anything else), so it can be given without the call. This seam sits between gRPC and
// the SDK's Analyze handler:
//   - per resource type, once: the policies that judge the type, and one prebuilt PolicyNotApplicable
//     entry (the SDK's own message, name and reason exactly as the policy gives them) for each policy
//     that declares its types and does not list this one (ours, marked by `declareTargets`, and any
//     with the SDK's `__pulumiType`);
//   - per request: the SDK's own handler (the exported `makeAnalyzeRpcFun`) over the judging policies
//     only, then its not-applicable list merged with the prebuilt entries in policy order, the order
//     the SDK gives. Disabled policies (their level, or the level sent by Configure) give no entry,
//     as in the SDK.
// The response is the one the SDK gives (test/unit/not-applicable-seam.spec.ts compares them byte for
// byte on a mixed stack, with levels set by Configure, exemptions and violations), built with about a
// tenth of the calls.
//
// It relies on SDK internals: `serve` reached through its module's exports, the handler table given to
// grpc's `Server.addService`, `makeAnalyzeRpcFun`, the Configure request's shape. `installNotApplicableSeam`
// checks the SDK's version and each of those and otherwise changes nothing (the SDK's own path, same
// answers, slower). A request it was not built for (no options, a type table past its bound, properties
// the SDK cannot read) goes to the SDK's own handler whole.

const TARGETS = Symbol.for("sagemaker-guard.targets");

/** The SDK versions this seam was written for and tested against (test/unit/not-applicable-seam.spec.ts). */
export const SEAM_SDK_VERSIONS: readonly string[] = ["1.21.0"];

/** At most this many resource types get a plan; others go to the SDK's own handler. */
const MAX_TYPES = 2_000;

/* eslint-disable @typescript-eslint/no-explicit-any */
type Callback = (err: unknown, resp?: any) => void;
type Handler = (call: { request: any }, callback: Callback) => unknown;
interface Targets {
    types: ReadonlySet<string>;
    reason: string;
}

/**
 * Marks a policy's `validateResource` with the types it judges and the not-applicable reason it gives
 * for any other type, which it must give for any other type before reading anything else.
 */
export function declareTargets(validate: object, types: readonly string[], reason: string): void {
    Object.defineProperty(validate, TARGETS, { value: { types: new Set(types), reason } satisfies Targets });
}

interface Sdk {
    server: any;
    protoutil: any;
    policy: any;
    deserialize: any;
    proxy: any;
    analyzerproto: any;
    analyzerrpc: any;
    grpc: any;
}

let sdkCache: Sdk | null | undefined;

/** The SDK's modules, resolved as the SDK resolves them; null when any is missing or not the version the seam knows. */
export function seamSdk(version?: string): Sdk | null {
    if (version === undefined && sdkCache !== undefined) return sdkCache;
    let sdk: Sdk | null = null;
    try {
        const dir = require("path").dirname(require.resolve("@pulumi/policy/server"));
        const req = (m: string) => require(require.resolve(m, { paths: [dir] }));
        const v = String(version ?? req("./version").version).replace(/^v/, "");
        if (SEAM_SDK_VERSIONS.includes(v)) {
            const s: Sdk = {
                server: req("./server"),
                protoutil: req("./protoutil"),
                policy: req("./policy"),
                deserialize: req("./deserialize"),
                proxy: req("./proxy"),
                analyzerproto: req("@pulumi/pulumi/proto/analyzer_pb"),
                analyzerrpc: req("@pulumi/pulumi/proto/analyzer_grpc_pb"),
                grpc: req("@grpc/grpc-js"),
            };
            const fns = [
                s.server.serve,
                s.server.makeAnalyzeRpcFun,
                s.protoutil.makeAnalyzeResponse,
                s.protoutil.convertEnforcementLevel,
                s.policy.isResourcePolicy,
                s.policy.getPulumiType,
                s.deserialize.deserializeProperties,
                s.proxy.unknownCheckingProxy,
                s.analyzerproto.PolicyNotApplicable,
                s.grpc.Server?.prototype?.addService,
            ];
            if (
                fns.every((f) => typeof f === "function") &&
                s.server.makeAnalyzeRpcFun.length === 4 &&
                s.analyzerrpc.AnalyzerService?.analyze
            )
                sdk = s;
        }
    } catch {
        sdk = null;
    }
    if (version === undefined) sdkCache = sdk;
    return sdk;
}

interface Answer {
    index: number;
    entry: any;
    /** The entry as field 3 of an AnalyzeResponse (tag, length, message): encoded once. */
    bytes: Uint8Array;
}
interface Enabled {
    generation: number;
    answers: Answer[];
    /** All of `answers` encoded, for a response with no other not-applicable entry. */
    bytes: Uint8Array;
}
interface Plan {
    /** The SDK's handler over the policies that judge the type; undefined when none does. */
    handler?: Handler;
    /** The prebuilt not-applicable entries, in policy order. */
    answers: Answer[];
    /** `answers` without the disabled policies of configuration `generation`. */
    enabled?: Enabled;
}

// AnalyzeResponse: `repeated AnalyzeDiagnostic diagnostics = 2; repeated PolicyNotApplicable not_applicable = 3;`
// (pulumi/proto/analyzer.proto), written in field order by the generated serializer.
const NOT_APPLICABLE_TAG = (3 << 3) | 2;

/** One `not_applicable` field: tag, varint length, the message. */
function encodeField(message: Uint8Array): Uint8Array {
    const head: number[] = [NOT_APPLICABLE_TAG];
    let n = message.length;
    while (n > 0x7f) {
        head.push((n & 0x7f) | 0x80);
        n >>>= 7;
    }
    head.push(n);
    const out = new Uint8Array(head.length + message.length);
    out.set(head, 0);
    out.set(message, head.length);
    return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
    let length = 0;
    for (const p of parts) length += p.length;
    const out = new Uint8Array(length);
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}

/**
 * The Analyze handler with bulk not-applicable answers, for the policies of one pack as `serve` got
 * them. `configure(request)` must see every successful Configure request (it tracks the levels).
 */
export class BulkNotApplicable {
    private readonly plans = new Map<string, Plan>();
    private readonly index = new Map<string, number>();
    private readonly targets: (Targets | undefined)[];
    private configured: Map<string, string> = new Map();
    private generation = 0;
    /** false: hand every request to the SDK's own handler (the policies' shape is not the one this seam knows). */
    readonly usable: boolean;
    /** Policy calls the seam saved and entries it reused (for tests: operations, not time). */
    readonly counts = { plans: 0, answered: 0, passedThrough: 0 };

    constructor(
        private readonly sdk: Sdk,
        private readonly packName: string,
        private readonly packVersion: string,
        private readonly packLevel: string,
        private readonly policies: readonly any[],
        private readonly original: Handler,
    ) {
        let usable = true;
        this.targets = policies.map((p, i) => {
            if (typeof p?.name !== "string" || this.index.has(p.name)) usable = false;
            else this.index.set(p.name, i);
            if (!sdk.policy.isResourcePolicy(p) || typeof p.validateResource !== "function") return undefined;
            const ours = (p.validateResource as { [TARGETS]?: Targets })[TARGETS];
            if (ours) return ours;
            const type = sdk.policy.getPulumiType(p.validateResource);
            return type ? { types: new Set([type]), reason: `Policy only applies to resources of type '${type}'` } : undefined;
        });
        this.usable = usable;
    }

    /** The levels of a successful Configure request, read as the SDK reads them. */
    configure(request: any): void {
        const levels = new Map<string, string>();
        try {
            for (const [k, v] of request.getPolicyconfigMap().entries())
                levels.set(k, this.sdk.protoutil.convertEnforcementLevel(v.getEnforcementlevel()));
        } catch {
            // The SDK refused it too (and keeps its old config), or read it differently: stop answering.
            (this as { usable: boolean }).usable = false;
            return;
        }
        this.configured = levels;
        this.generation++;
    }

    private disabled(i: number): boolean {
        const p = this.policies[i];
        return (this.configured.get(p.name) || p.enforcementLevel || this.packLevel) === "disabled";
    }

    private plan(type: string): Plan | undefined {
        let plan = this.plans.get(type);
        if (plan) return plan;
        if (this.plans.size >= MAX_TYPES) return undefined;
        const judging: any[] = [];
        const answers: Answer[] = [];
        this.policies.forEach((p, index) => {
            const t = this.targets[index];
            if (!t || t.types.has(type)) {
                judging.push(p);
                return;
            }
            const entry = new this.sdk.analyzerproto.PolicyNotApplicable();
            entry.setPolicyName(p.name);
            if (t.reason) entry.setReason(t.reason);
            answers.push({ index, entry, bytes: encodeField(entry.serializeBinary()) });
        });
        // Stack policies are skipped by the SDK's Analyze handler: with nothing else left, no handler at all.
        const handler = judging.some((p) => this.sdk.policy.isResourcePolicy(p))
            ? (this.sdk.server.makeAnalyzeRpcFun(this.packName, this.packVersion, this.packLevel, judging) as Handler)
            : undefined;
        plan = { handler, answers };
        this.plans.set(type, plan);
        this.counts.plans++;
        return plan;
    }

    private enabledAnswers(plan: Plan): Enabled {
        if (plan.enabled?.generation !== this.generation) {
            const answers = plan.answers.filter((a) => !this.disabled(a.index));
            plan.enabled = { generation: this.generation, answers, bytes: concat(answers.map((a) => a.bytes)) };
        }
        return plan.enabled;
    }

    /**
     * Sets the response's not-applicable list and makes its serialization (what gRPC sends) write the
     * prebuilt entries from their bytes: the same bytes the generated serializer writes, encoded once
     * per type instead of once per response.
     */
    private finish(resp: any, theirs: any[], enabled: Enabled): any {
        const merged = theirs.length === 0 ? enabled.answers.map((a) => a.entry) : this.merge(theirs, enabled.answers);
        if (merged.length === 0) return resp;
        resp.setNotApplicableList(merged);
        const parts: Uint8Array[] = [];
        if (theirs.length === 0) parts.push(enabled.bytes);
        else {
            const known = new Map(enabled.answers.map((a) => [a.entry, a.bytes]));
            for (const e of merged) parts.push(known.get(e) ?? encodeField(e.serializeBinary()));
        }
        const serialize = this.sdk.analyzerproto.AnalyzeResponse.prototype.serializeBinary;
        resp.serializeBinary = function (this: any) {
            // Unchanged since: everything but field 3 from the generated serializer, then the entries.
            if (this.getNotApplicableList() !== merged) return serialize.call(this);
            this.setNotApplicableList([]);
            try {
                return concat([serialize.call(this), ...parts]);
            } finally {
                this.setNotApplicableList(merged);
            }
        };
        return resp;
    }

    /** The gRPC Analyze handler. */
    readonly analyze: Handler = (call, callback) => {
        const req = call?.request;
        let type: unknown;
        let plan: Plan | undefined;
        try {
            type = this.usable ? req.getType() : undefined;
            plan = typeof type === "string" && req.getOptions() ? this.plan(type) : undefined;
        } catch {
            plan = undefined;
        }
        if (!plan) {
            this.counts.passedThrough++;
            return this.original(call, callback);
        }
        const enabled = this.enabledAnswers(plan);
        this.counts.answered += enabled.answers.length;
        if (!plan.handler) {
            // Nobody judges this type: the SDK would still have read the properties (and failed on what
            // it cannot read). Read them the same way; anything unusual goes to the SDK whole.
            try {
                this.sdk.proxy.unknownCheckingProxy(this.sdk.deserialize.deserializeProperties(req.getProperties(), false));
                const prov = req.getProvider();
                if (prov) this.sdk.deserialize.deserializeProperties(prov.getProperties(), false);
            } catch {
                this.counts.passedThrough++;
                return this.original(call, callback);
            }
            return callback(undefined, this.finish(this.sdk.protoutil.makeAnalyzeResponse([], []), [], enabled));
        }
        return plan.handler(call, (err, resp) => {
            if (err || !resp) return callback(err, resp);
            try {
                resp = this.finish(resp, resp.getNotApplicableList(), enabled);
            } catch (e) {
                return callback(e);
            }
            return callback(undefined, resp);
        });
    };

    /** The SDK's entries and the prebuilt ones, in policy order (the SDK's order; stable within a policy). */
    private merge(theirs: any[], ours: Answer[]): any[] {
        if (theirs.length === 0) return ours.map((a) => a.entry);
        const out: any[] = [];
        let j = 0;
        for (const e of theirs) {
            const at = this.index.get(e.getPolicyName()) ?? Number.MAX_SAFE_INTEGER;
            while (j < ours.length && ours[j].index < at) out.push(ours[j++].entry);
            out.push(e);
        }
        while (j < ours.length) out.push(ours[j++].entry);
        return out;
    }
}

const INSTALLED = Symbol.for("sagemaker-guard.notApplicableSeam");
/** On the Analyze handler given to gRPC when the seam is in effect: the BulkNotApplicable behind it. */
export const SEAM = Symbol.for("sagemaker-guard.notApplicableSeam.handler");

/**
 * Installs the seam for the next `serve` (the PolicyPack constructor calls it). Returns whether it is
 * in effect; false leaves the SDK as it is. Safe to call more than once.
 */
export function installNotApplicableSeam(): boolean {
    try {
        const sdk = seamSdk();
        if (!sdk) return false;
        const serve = sdk.server.serve;
        if (serve[INSTALLED]) return true;
        const wrapped = function (this: unknown, ...args: any[]) {
            const [name, version, level, packArgs] = args;
            const proto = sdk.grpc.Server.prototype;
            const addService = proto.addService;
            proto.addService = function (this: unknown, service: unknown, impl: any) {
                if (
                    service === sdk.analyzerrpc.AnalyzerService &&
                    typeof impl?.analyze === "function" &&
                    typeof impl.configure === "function"
                ) {
                    try {
                        impl = withSeam(sdk, impl, name, version, level, packArgs?.policies ?? []);
                    } catch {
                        // keep the SDK's handlers
                    }
                }
                return addService.call(this, service, impl);
            };
            try {
                return serve.apply(this, args);
            } finally {
                proto.addService = addService;
            }
        };
        (wrapped as any)[INSTALLED] = true;
        sdk.server.serve = wrapped;
        return sdk.server.serve === wrapped;
    } catch {
        return false;
    }
}

function withSeam(sdk: Sdk, impl: any, name: string, version: string, level: string, policies: any[]): any {
    const seam = new BulkNotApplicable(sdk, name, version, level, policies, impl.analyze);
    if (!seam.usable) return impl;
    const configure = impl.configure;
    const analyze: Handler = (call, callback) => seam.analyze(call, callback);
    Object.defineProperty(analyze, SEAM, { value: seam });
    return {
        ...impl,
        analyze,
        configure: (call: { request: any }, callback: Callback) =>
            configure(call, (err: unknown, resp: unknown) => {
                if (!err) seam.configure(call.request);
                callback(err, resp);
            }),
    };
}
