// The not-applicable seam (policies/core/not-applicable-seam.ts) answers "not applicable" for a
// policy's other resource types without calling it. It must give the response the SDK's own Analyze
// handler gives, byte for byte, and fall back to that handler when the SDK is not the version it was
// written for. This drives both handlers with the same protobuf requests over a mixed stack and
// counts the policy calls (operations, not time; the bench has the times). The engine tier
// (test/engine/not-applicable-seam.spec.ts) does the same through the real pack process, with levels
// and exemptions sent by Configure.

import * as assert from "assert";
import * as path from "path";
import { catalog } from "../../policies/catalog";
import { BulkNotApplicable, installNotApplicableSeam, SEAM_SDK_VERSIONS, seamSdk } from "../../policies/core/not-applicable-seam";
import { toPulumiPolicy } from "../../policies/core/policy";
import { shareDeserialization } from "../../policies/core/shared-deserialization";
import { loadCases } from "../cases";

/* eslint-disable @typescript-eslint/no-explicit-any */
const pb = require("@pulumi/pulumi/proto/analyzer_pb");
const { Struct } = require(
    require.resolve("google-protobuf/google/protobuf/struct_pb", {
        paths: [path.dirname(require.resolve("@pulumi/pulumi/proto/analyzer_pb"))],
    }),
);
const server = require("@pulumi/policy/server");

const { cases } = loadCases();

interface R {
    type: string;
    name: string;
    properties: Record<string, unknown>;
    provider?: boolean;
}

/** Per covered type: the compliant resource and each case's first mutation (violations); two types no policy targets. */
function mixedStack(): R[] {
    const out: R[] = [];
    const seen = new Set<string>();
    cases.forEach((c, i) => {
        if (!seen.has(c.type)) {
            seen.add(c.type);
            out.push({ type: c.type, name: `ok${i}`, properties: structuredClone(c.compliant), provider: i % 2 === 0 });
        }
        const m = c.mutations[0];
        if (m) {
            const props = structuredClone(c.compliant);
            m.mutate(props);
            out.push({ type: c.type, name: `bad${i}`, properties: props });
        }
    });
    out.push({ type: "aws:ec2/instance:Instance", name: "vm", properties: { instanceType: "t3.micro" }, provider: true });
    out.push({
        type: "aws:lambda/function:Function",
        name: "fn",
        properties: { runtime: "nodejs20.x", role: "arn:aws:iam::111122223333:role/fn" },
    });
    return out;
}

function request(r: R): any {
    const q = new pb.AnalyzeRequest();
    q.setType(r.type);
    q.setName(r.name);
    q.setUrn(`urn:pulumi:dev::p::${r.type}::${r.name}`);
    q.setProperties(Struct.fromJavaScript(JSON.parse(JSON.stringify(r.properties))));
    q.setOptions(new pb.AnalyzerResourceOptions());
    if (r.provider) {
        const prov = new pb.AnalyzerProviderResource();
        prov.setType("pulumi:providers:aws");
        prov.setName("default");
        prov.setUrn("urn:pulumi:dev::p::pulumi:providers:aws::default");
        prov.setProperties(Struct.fromJavaScript({ region: "us-east-1" }));
        q.setProvider(prov);
    }
    // A fresh message per call, as gRPC gives.
    return pb.AnalyzeRequest.deserializeBinary(q.serializeBinary());
}

const run = (handler: (call: any, cb: (err: unknown, res: any) => void) => unknown, req: any) =>
    new Promise<any>((resolve, reject) => void handler({ request: req }, (err, res) => (err ? reject(err) : resolve(res))));

/** The pack's policies with their validate functions counted (the function's own properties kept: the type marks). */
function countedPolicies(levels: Record<string, string> = {}) {
    const calls = new Map<string, number>();
    const policies = catalog.map((p) => {
        const pol: any = { ...toPulumiPolicy(p) };
        if (levels[p.name]) pol.enforcementLevel = levels[p.name];
        const v = pol.validateResource;
        if (typeof v === "function") {
            const counted = (...args: unknown[]) => {
                calls.set(p.name, (calls.get(p.name) ?? 0) + 1);
                return v(...args);
            };
            for (const k of Reflect.ownKeys(v)) {
                if (k !== "length" && k !== "name" && k !== "prototype")
                    Object.defineProperty(counted, k, Object.getOwnPropertyDescriptor(v, k)!);
            }
            pol.validateResource = counted;
        }
        return pol;
    });
    // Policies of another pack's kind (no declared types) that answer not applicable themselves, first,
    // in the middle and last: the SDK's entries and the prebuilt ones must interleave in policy order.
    const says = (name: string, when: (args: any) => boolean) => ({
        name,
        description: "Says not applicable itself.",
        enforcementLevel: "advisory",
        validateResource: (args: any) => (when(args) ? args.notApplicable(`${name} skips ${args.name}`) : undefined),
    });
    policies.unshift(says("test-first", () => true));
    policies.splice(
        policies.length >> 1,
        0,
        says("test-middle", (a) => a.name.startsWith("ok")),
    );
    policies.push(says("test-last", (a) => a.name.length % 2 === 0));
    return { policies, calls, total: () => [...calls.values()].reduce((a, b) => a + b, 0) };
}

// One multi-type policy and one single-type policy disabled by their own level: no entry from either.
const MULTI = catalog.find((p) => p.kind === "resource" && Object.keys(p.resources).length > 1)!.name;
const SINGLE = catalog.find((p) => p.kind === "resource" && Object.keys(p.resources).length === 1)!.name;

describe("not-applicable seam (bulk answers for other types, in front of @pulumi/policy's Analyze)", () => {
    const stack = mixedStack();
    const sdk = seamSdk()!;

    before(() => assert.strictEqual(shareDeserialization(), true));

    it("is written for the installed SDK; another version gets the SDK's own path", () => {
        const installed = String(require("@pulumi/policy/package.json").version).replace(/^v/, "");
        assert.ok(SEAM_SDK_VERSIONS.includes(installed), `@pulumi/policy ${installed}: check the seam against its server.js, then list it`);
        assert.ok(sdk, "the SDK's modules are the shape the seam knows");
        assert.strictEqual(seamSdk("1.22.0"), null);
        assert.strictEqual(seamSdk("v1.21.0") !== null, true);
    });

    it("installs on the SDK's serve, once", () => {
        assert.strictEqual(installNotApplicableSeam(), true);
        const serve = server.serve;
        assert.strictEqual(installNotApplicableSeam(), true);
        assert.strictEqual(server.serve, serve);
    });

    for (const [title, levels] of [
        ["default levels", {}],
        ["a multi-type and a single-type policy disabled", { [MULTI]: "disabled", [SINGLE]: "disabled" }],
    ] as const) {
        it(`gives the SDK's response byte for byte, on ${stack.length} resources (${title}), calling only the policies that judge each type`, async () => {
            const sdkSide = countedPolicies(levels);
            const seamSide = countedPolicies(levels);
            const original = server.makeAnalyzeRpcFun("sagemaker-guard", "0.0.0", "advisory", sdkSide.policies);
            const seam = new BulkNotApplicable(
                sdk,
                "sagemaker-guard",
                "0.0.0",
                "advisory",
                seamSide.policies,
                server.makeAnalyzeRpcFun("sagemaker-guard", "0.0.0", "advisory", seamSide.policies),
            );
            assert.strictEqual(seam.usable, true);
            let entries = 0;
            let diagnostics = 0;
            let judged = 0;
            for (const r of stack) {
                const a = await run(original, request(r));
                const b = await run(seam.analyze, request(r));
                assert.deepStrictEqual(Buffer.from(b.serializeBinary()), Buffer.from(a.serializeBinary()), `${r.type} ${r.name}: bytes`);
                assert.deepStrictEqual(b.toObject(), a.toObject(), `${r.type} ${r.name}`);
                entries += a.getNotApplicableList().length;
                diagnostics += a.getDiagnosticsList().length;
                judged += catalog.filter(
                    (p) => p.kind === "resource" && r.type in p.resources && levels[p.name as keyof typeof levels] !== "disabled",
                ).length;
            }
            assert.ok(diagnostics > stack.length / 2, `the stack has violations (${diagnostics})`);
            assert.ok(entries > 40 * stack.length, `most pairs are not applicable (${entries})`);
            // The SDK calls every multi-type policy for every resource; the seam only those that judge its type.
            const multi = catalog.filter(
                (p) => p.kind === "resource" && Object.keys(p.resources).length > 1 && levels[p.name as keyof typeof levels] !== "disabled",
            );
            assert.strictEqual(sdkSide.total() >= multi.length * stack.length, true);
            assert.strictEqual(seamSide.total(), judged);
            assert.strictEqual(seam.counts.passedThrough, 0);
        });
    }

    it("a request without options, or past the bound of types, goes to the SDK whole", async () => {
        const { policies } = countedPolicies();
        const original = server.makeAnalyzeRpcFun("sagemaker-guard", "0.0.0", "advisory", policies);
        const seam = new BulkNotApplicable(sdk, "sagemaker-guard", "0.0.0", "advisory", policies, original);
        const req = request(stack[0]);
        req.setOptions(undefined);
        await assert.rejects(run(seam.analyze, req), /more recent version of the Pulumi CLI/);
        assert.strictEqual(seam.counts.passedThrough, 1);
    });

    it("a pack whose policy names repeat is left to the SDK", () => {
        const { policies } = countedPolicies();
        const seam = new BulkNotApplicable(sdk, "p", "0", "advisory", [...policies, policies[0]], () => undefined);
        assert.strictEqual(seam.usable, false);
    });

    it("levels from Configure: a policy disabled there gives no entry, one set to another level still does", async () => {
        const { policies } = countedPolicies();
        const original = server.makeAnalyzeRpcFun("sagemaker-guard", "0.0.0", "advisory", policies);
        const seam = new BulkNotApplicable(sdk, "sagemaker-guard", "0.0.0", "advisory", policies, original);
        const lambda = stack.find((r) => r.type === "aws:lambda/function:Function")!;
        const before = (await run(seam.analyze, request(lambda))).getNotApplicableList().map((n: any) => n.getPolicyName());
        assert.ok(before.includes(MULTI) && before.includes(SINGLE));
        const cfg = new pb.ConfigureAnalyzerRequest();
        for (const [name, level] of [
            [MULTI, pb.EnforcementLevel.DISABLED],
            [SINGLE, pb.EnforcementLevel.MANDATORY],
        ] as const) {
            const c = new pb.PolicyConfig();
            c.setEnforcementlevel(level);
            c.setProperties(Struct.fromJavaScript({}));
            cfg.getPolicyconfigMap().set(name, c);
        }
        seam.configure(cfg);
        const after = (await run(seam.analyze, request(lambda))).getNotApplicableList().map((n: any) => n.getPolicyName());
        assert.deepStrictEqual(
            after,
            before.filter((n: string) => n !== MULTI),
        );
    });
});
