// The collection <-> policy join of opensearch-serverless-collection-policies-in-stack, rule by rule (AWS's
// matching rules: core/opensearch-serverless.ts), and what stays undecided at preview. The stack case
// tables (test/cases/opensearch-collections.ts) run the whole policy through every tier.

import * as assert from "assert";
import { AOSS, collectionPatternOf, PolicyCoverage } from "../../policies/core/opensearch-serverless";
import type { StackResource } from "../../policies/core/policy";
import { list, read } from "../../policies/core/values";
import { opensearchServerlessCollectionPoliciesInStack as policy } from "../../policies/storage/opensearch-serverless-collection-policies-in-stack";
import { knowledgeBaseStack, dataDoc, encryptionDoc, networkDoc } from "../cases/opensearch-collections";
import { runStack, StackResourceCase, UNKNOWN } from "../harness";
import { findResource } from "../policy-cases";

const res = (type: string, props: Record<string, unknown>, name = "p"): StackResource => ({
    type,
    name,
    urn: `urn:pulumi:dev::test::${type}::${name}`,
    get: (path) => read(props, path),
    list: (path) => list(props, path),
    raw: () => props,
    dependencies: [],
    propertyDependencies: {},
});
const security = (type: unknown, policy: unknown) => res(AOSS.securityPolicy, { type, policy });
const access = (policy: unknown, type: unknown = "data") => res(AOSS.accessPolicy, { type, policy });
const coverage = (sec: StackResource[], acc: StackResource[] = []) => new PolicyCoverage(sec, acc);

describe("OpenSearch Serverless join: resource patterns", () => {
    it("reads the collection part of collection/ and index/ patterns", () => {
        assert.strictEqual(collectionPatternOf("collection/kb-vectors", "collection"), "kb-vectors");
        assert.strictEqual(collectionPatternOf(" Collection/KB* ", "collection"), "kb*");
        assert.strictEqual(collectionPatternOf("index/kb-vectors/*", "index"), "kb-vectors");
        assert.strictEqual(collectionPatternOf("index/*/*", "index"), "*");
        assert.strictEqual(collectionPatternOf("index/kb*", "index"), "kb*");
        assert.strictEqual(collectionPatternOf("index/kb-vectors/*", "collection"), undefined);
        assert.strictEqual(collectionPatternOf("collection/kb", "index"), undefined);
    });

    it("encryption: an exact name, a prefix, `*`; not another name, not a network policy's rule", () => {
        const c = coverage([security("encryption", encryptionDoc(["collection/kb-vectors", "collection/sales*"]))]);
        assert.strictEqual(c.covers("encryption", "kb-vectors"), "yes");
        assert.strictEqual(c.covers("encryption", "sales-2026"), "yes");
        assert.strictEqual(c.covers("encryption", "kb-vectors-v2"), "no");
        assert.strictEqual(c.covers("network", "kb-vectors"), "no");
        assert.strictEqual(coverage([security("encryption", encryptionDoc(["collection/*"]))]).covers("encryption", "anything"), "yes");
        assert.strictEqual(coverage([security("network", networkDoc(["collection/*"]))]).covers("encryption", "anything"), "no");
    });

    it("case: names are lower case, patterns are compared without regard to case", () => {
        assert.strictEqual(
            coverage([security("Encryption", encryptionDoc(["collection/KB-*"]))]).covers("encryption", "kb-vectors"),
            "yes",
        );
    });

    it("`?` is no wildcard in AWS's patterns (and no collection name holds one)", () => {
        assert.strictEqual(
            coverage([security("encryption", encryptionDoc(["collection/kb-vector?"]))]).covers("encryption", "kb-vectors"),
            "no",
        );
    });

    it("network: a dashboard rule alone does not open the collection endpoint; any block of the list counts", () => {
        const dashboardOnly = JSON.stringify([
            { Rules: [{ ResourceType: "dashboard", Resource: ["collection/kb-vectors"] }], AllowFromPublic: false },
        ]);
        assert.strictEqual(coverage([security("network", dashboardOnly)]).covers("network", "kb-vectors"), "no");
        const two = JSON.stringify([
            { Rules: [{ ResourceType: "collection", Resource: ["collection/other"] }], AllowFromPublic: false },
            { Rules: [{ ResourceType: "collection", Resource: ["collection/kb-*"] }], AllowFromPublic: false },
        ]);
        assert.strictEqual(coverage([security("network", two)]).covers("network", "kb-vectors"), "yes");
    });

    it("data access: collection/ and index/<collection>/ rules both govern the collection", () => {
        assert.strictEqual(coverage([], [access(dataDoc([], ["index/kb-vectors/*"]))]).covers("data", "kb-vectors"), "yes");
        assert.strictEqual(
            coverage([], [access(dataDoc(["collection/kb-vectors"], ["index/other/*"]))]).covers("data", "kb-vectors"),
            "yes",
        );
        assert.strictEqual(coverage([], [access(dataDoc([], ["index/*/*"]))]).covers("data", "kb-vectors"), "yes");
        assert.strictEqual(coverage([], [access(dataDoc([], ["index/other/*"]))]).covers("data", "kb-vectors"), "no");
        assert.strictEqual(coverage([], [access(dataDoc([], ["index/kb-vectors/*"]), "lifecycle")]).covers("data", "kb-vectors"), "no");
    });

    it("a malformed or absent document governs nothing (AWS rejects it)", () => {
        assert.strictEqual(coverage([security("encryption", "{ Rules: ")]).covers("encryption", "kb"), "no");
        assert.strictEqual(coverage([security("encryption", undefined)]).covers("encryption", "kb"), "no");
    });
});

describe("OpenSearch Serverless join: unknown at preview decides nothing", () => {
    it("an unknown document: undecided for its kind only", () => {
        const c = coverage([security("encryption", UNKNOWN)]);
        assert.strictEqual(c.covers("encryption", "kb"), "undecided");
        assert.strictEqual(c.covers("network", "kb"), "no");
    });
    it("an unknown type: the document may be either kind", () => {
        const c = coverage([security(UNKNOWN, encryptionDoc(["collection/other"]))]);
        assert.strictEqual(c.covers("encryption", "kb"), "no");
        const u = coverage([security(UNKNOWN, UNKNOWN)]);
        assert.strictEqual(u.covers("encryption", "kb"), "undecided");
        assert.strictEqual(u.covers("network", "kb"), "undecided");
        assert.strictEqual(u.covers("data", "kb"), "no");
    });
    it("an unknown pattern or resource type inside a known document", () => {
        const pattern = JSON.stringify({ Rules: [{ ResourceType: "collection", Resource: [UNKNOWN] }], KmsARN: "k" });
        assert.strictEqual(coverage([security("encryption", pattern)]).covers("encryption", "kb"), "undecided");
        const type = JSON.stringify([{ Rules: [{ ResourceType: UNKNOWN, Resource: ["collection/other"] }], AllowFromPublic: false }]);
        assert.strictEqual(coverage([security("network", type)]).covers("network", "kb"), "undecided");
        // A match is a match, whatever else is unknown.
        const both = JSON.stringify({ Rules: [{ ResourceType: "collection", Resource: [UNKNOWN, "collection/kb"] }], KmsARN: "k" });
        assert.strictEqual(coverage([security("encryption", both)]).covers("encryption", "kb"), "yes");
    });
    it("bounded work: past 500 wildcard patterns of a kind, the rest may match anything (undecided)", () => {
        const many = (n: number) => encryptionDoc(Array.from({ length: n }, (_, i) => `collection/p${i}-*`));
        assert.strictEqual(coverage([security("encryption", many(500))]).covers("encryption", "kb"), "no");
        assert.strictEqual(coverage([security("encryption", many(501))]).covers("encryption", "kb"), "undecided");
    });
});

describe("opensearch-serverless-collection-policies-in-stack: what it leaves alone", () => {
    const stack = knowledgeBaseStack({
        collection: AOSS.collection,
        security: AOSS.securityPolicy,
        access: AOSS.accessPolicy,
        kb: "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase",
    });
    const drop = (s: StackResourceCase[], ...names: string[]) => s.filter((r) => !names.includes(r.name));
    const messages = (s: StackResourceCase[]) => runStack(policy, s).violations.map((v) => v.split("\n")[0]);

    it("no collection: not applicable", () => {
        const r = runStack(policy, drop(stack(), "kb-vectors", "clinical-docs"));
        assert.strictEqual(r.notApplicable, "no OpenSearch Serverless collection in this stack");
    });
    it("collections but no vector store: not applicable, with why", () => {
        const s = drop(stack(), "clinical-docs");
        findResource(s, "kb-vectors").props.type = "SEARCH";
        const r = runStack(policy, s);
        assert.match(r.notApplicable ?? "", /^no OpenSearch Serverless collection of this stack is a vector store/);
        assert.deepStrictEqual(r.violations, []);
    });
    it("a collection name unknown at preview, or absent (auto-named): nothing said", () => {
        for (const name of [UNKNOWN, undefined]) {
            const s = drop(stack(), "kb-encryption", "kb-network", "kb-data");
            findResource(s, "kb-vectors").props.name = name;
            assert.deepStrictEqual(messages(s), []);
        }
    });
    it("Pulumi's auto-name (the logical name and a random suffix, set by the provider's check) is not the name the policies were written for", () => {
        const s = stack();
        findResource(s, "kb-vectors").props.name = "kb-vectors-4f1c2ab";
        assert.match(
            messages(s)[0] ?? "",
            /no encryption policy of this stack matches its name.*; no network policy.*; no data access policy/,
        );
    });
    it("an encryption policy of unknown type and document: no encryption or network finding, the data access one stays", () => {
        const s = drop(stack(), "kb-network", "kb-data");
        Object.assign(findResource(s, "kb-encryption").props, { type: UNKNOWN, policy: UNKNOWN });
        const m = messages(s);
        assert.strictEqual(m.length, 1);
        assert.match(m[0], /: no data access policy of this stack matches it/);
        assert.doesNotMatch(m[0], /encryption|network policy/);
    });
    it("a collection's own encryptionConfig unknown at preview: a key is set, no encryption finding", () => {
        const s = drop(stack(), "kb-encryption");
        findResource(s, "kb-vectors").props.encryptionConfigs = [{ kmsKeyArn: UNKNOWN }];
        assert.deepStrictEqual(messages(s), []);
    });
    it("a knowledge base joined by the collection's known ARN alone (state, no dependencies)", () => {
        const s = drop(stack(), "kb-encryption", "kb-network", "kb-data");
        const c = findResource(s, "kb-vectors");
        delete c.props.type;
        c.props.arn = "arn:aws:aoss:us-east-1:111122223333:collection/07tjusf2h91cunochc";
        const kb = findResource(s, "clinical-docs");
        kb.propertyDependencies = {};
        (
            kb.props.storageConfiguration as { opensearchServerlessConfiguration: Record<string, unknown> }
        ).opensearchServerlessConfiguration.collectionArn = c.props.arn;
        assert.match(messages(s)[0] ?? "", /\(the vector store of knowledge base `clinical-docs`\)/);
    });
    it("a public network policy or an AWS-owned key is not reported again here (the document policies report it)", () => {
        const s = stack();
        findResource(s, "kb-encryption").props.policy = JSON.stringify({
            Rules: [{ ResourceType: "collection", Resource: ["collection/kb-vectors"] }],
            AWSOwnedKey: true,
        });
        findResource(s, "kb-network").props.policy = JSON.stringify([
            { Rules: [{ ResourceType: "collection", Resource: ["collection/kb-vectors"] }], AllowFromPublic: true },
        ]);
        findResource(s, "kb-data").props.policy = dataDoc([], ["index/kb-vectors/*"]).replace(
            /arn:aws:iam::111122223333:role\/kb-service-role/,
            "*",
        );
        assert.deepStrictEqual(messages(s), []);
    });
    it("never prints the collection's name or a pattern (inputs): only logical names", () => {
        const s = drop(stack(), "kb-encryption");
        findResource(s, "kb-vectors").props.name = "phi-secret-name";
        for (const m of runStack(policy, s).violations) assert.doesNotMatch(m, /phi-secret-name/);
    });

    it("hostile input: a name past AWS's 64 characters is not matched; long starred patterns stay linear", () => {
        const s = drop(stack(), "kb-encryption");
        findResource(s, "kb-vectors").props.name = "a".repeat(100_000);
        assert.deepStrictEqual(messages(s), []);
        const t = stack();
        findResource(t, "kb-vectors").props.name = "a".repeat(64);
        findResource(t, "kb-encryption").props.policy = encryptionDoc(["collection/" + "*a".repeat(20_000) + "b"]);
        assert.match(messages(t)[0] ?? "", /no encryption policy of this stack matches/);
    });
});
