// The pack shares one deserialization of a resource among all policies of a request
// (policies/core/shared-deserialization.ts). That relies on how @pulumi/policy's server calls its
// deserializer, so this drives the server's own Analyze and AnalyzeStack handlers with real protobuf
// requests and counts the protobuf-to-JavaScript conversions. When an SDK upgrade changes the seam,
// these tests fail: the pack would still be correct (it falls back to the normal path), only slower.

import * as assert from "assert";
import * as path from "path";
import { catalog } from "../../policies/catalog";
import { toPulumiPolicy } from "../../policies/core/policy";
import { shareDeserialization } from "../../policies/core/shared-deserialization";
import { runResource, TEST_TYPE, testPolicy } from "../harness";

/* eslint-disable @typescript-eslint/no-explicit-any */
const pb = require("@pulumi/pulumi/proto/analyzer_pb");
const { Struct } = require(
    require.resolve("google-protobuf/google/protobuf/struct_pb", {
        paths: [path.dirname(require.resolve("@pulumi/pulumi/proto/analyzer_pb"))],
    }),
);
const server = require("@pulumi/policy/server");
const deserialize = require("@pulumi/policy/deserialize");
const proxy = require("@pulumi/policy/proxy");

const policies = catalog.map((p) => toPulumiPolicy(p));
const stackPolicies = policies.filter((p) => "validateStack" in p).length;

const NOTEBOOK = {
    type: "aws:sagemaker/notebookInstance:NotebookInstance",
    name: "nb",
    properties: { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::111122223333:role/sm", directInternetAccess: "Enabled" },
};
const BUCKET = { type: "aws:s3/bucket:Bucket", name: "data", properties: { bucket: "phi-data" } };
const KEY = { type: "aws:kms/key:Key", name: "key", properties: { enableKeyRotation: false } };

function fill(req: any, r: { type: string; name: string; properties: object }, withProvider: boolean): any {
    req.setType(r.type);
    req.setName(r.name);
    req.setUrn(`urn:pulumi:dev::p::${r.type}::${r.name}`);
    req.setProperties(Struct.fromJavaScript(r.properties));
    req.setOptions(new pb.AnalyzerResourceOptions());
    if (withProvider) {
        const prov = new pb.AnalyzerProviderResource();
        prov.setType("pulumi:providers:aws");
        prov.setName("default");
        prov.setUrn("urn:pulumi:dev::p::pulumi:providers:aws::default");
        prov.setProperties(Struct.fromJavaScript({ region: "us-east-1" }));
        req.setProvider(prov);
    }
    return req;
}

/** Runs a server handler and counts Struct.toJavaScript calls made while it runs. */
async function counted(handler: (call: any, cb: (err: unknown, res: any) => void) => unknown, request: any) {
    const original = Struct.prototype.toJavaScript;
    let conversions = 0;
    Struct.prototype.toJavaScript = function (this: unknown) {
        conversions++;
        return original.call(this);
    };
    try {
        const response = await new Promise<any>((resolve, reject) => {
            void handler({ request }, (err, res) => (err ? reject(err) : resolve(res)));
        });
        return { conversions, diagnostics: response.getDiagnosticsList().length as number };
    } finally {
        Struct.prototype.toJavaScript = original;
    }
}

describe("shared deserialization (seam in @pulumi/policy's server)", () => {
    before(() => assert.strictEqual(shareDeserialization(), true, "the SDK's deserializer could not be shared"));

    it("is installed once, however often it is asked for", () => {
        const installed = deserialize.deserializeProperties;
        assert.strictEqual(shareDeserialization(), true);
        assert.strictEqual(deserialize.deserializeProperties, installed);
    });

    it("Analyze converts the resource's and the provider's properties once each, for all policies", async () => {
        const analyze = server.makeAnalyzeRpcFun("sagemaker-guard", "0.0.0", "advisory", policies);
        const { conversions, diagnostics } = await counted(analyze, fill(new pb.AnalyzeRequest(), NOTEBOOK, true));
        assert.strictEqual(conversions, 2);
        assert.ok(diagnostics > 0, "the notebook has findings");
    });

    it("AnalyzeStack converts each resource once, not once per stack policy", async () => {
        assert.ok(stackPolicies > 1);
        const analyzeStack = server.makeAnalyzeStackRpcFun("sagemaker-guard", "0.0.0", "advisory", policies);
        const req = new pb.AnalyzeStackRequest();
        req.setResourcesList([NOTEBOOK, BUCKET, KEY].map((r) => fill(new pb.AnalyzerResource(), r, false)));
        const { conversions } = await counted(analyzeStack, req);
        assert.strictEqual(conversions, 3);
    });

    it("a new request is converted again (results are per request)", async () => {
        const analyze = server.makeAnalyzeRpcFun("sagemaker-guard", "0.0.0", "advisory", policies);
        const first = await counted(analyze, fill(new pb.AnalyzeRequest(), KEY, false));
        const second = await counted(analyze, fill(new pb.AnalyzeRequest(), KEY, false));
        assert.deepStrictEqual([first.conversions, second.conversions], [1, 1]);
        assert.strictEqual(first.diagnostics, second.diagnostics);
    });

    it("one unknown-checking proxy per deserialized object, still checking unknowns", () => {
        const props = { a: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", b: { c: 1 } };
        const p = proxy.unknownCheckingProxy(props);
        assert.strictEqual(proxy.unknownCheckingProxy(props), p);
        assert.notStrictEqual(proxy.unknownCheckingProxy({ ...props }), p);
        assert.throws(() => p.a, proxy.UnknownValueError);
        assert.strictEqual(p.b.c, 1);
    });

    it("remediation inputs (secret-preserving, changed by remediations) are never shared", () => {
        const s = Struct.fromJavaScript({ a: { b: 1 } });
        assert.notStrictEqual(deserialize.deserializeProperties(s, true), deserialize.deserializeProperties(s, true));
        assert.strictEqual(deserialize.deserializeProperties(s, false), deserialize.deserializeProperties(s, false));
    });
});

describe("shared deserialization: policies only read their inputs", () => {
    // Every test that runs a policy through test/harness.ts checks this; here, that the check can fail.
    const meddler = testPolicy("test-meddler", "Changes its input on purpose.", (r) => {
        ((r.raw() as { tags: Record<string, string> }).tags ??= {}).changed = "yes";
    });

    it("the harness fails a policy that changes the resource's inputs", () => {
        assert.throws(() => runResource(meddler, { type: TEST_TYPE, props: { tags: {} } }), /changed the resource's inputs/);
    });
});
