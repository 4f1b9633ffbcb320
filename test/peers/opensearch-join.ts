// Other people's OpenSearch Serverless vector stores, translated to Pulumi stacks, for the collection <->
// policy join (opensearch-serverless-collection-policies-in-stack, issue 26, h26-aoss). Only facts are kept:
// the collection's name and type, each policy document's rules, key and public switch, and the peer's own
// verdict. Kept apart from our own mutations (test/cases/opensearch-collections.ts). Used by
// test/unit/peer-opensearch-join.spec.ts.
//
// AWS's own construct for Bedrock knowledge-base vector stores: repository awslabs/generative-ai-cdk-constructs,
//   commit 9d49b9d3261598abaffec56914062ab3fa99214a, src/cdk-lib/opensearchserverless/vector-collection.ts (last
//   changed at c93677b17a841b73f8c0c63e6fe47e7b4b0ef179): VectorCollection creates a VECTORSEARCH collection, an
//   encryption policy `collection/<name>` with AWSOwnedKey true, a network policy `collection/<name>` for the
//   collection and dashboard endpoints with AllowFromPublic true, and a data access policy that is deployed only
//   once grantDataAccess(role) adds a rule block (`collection/<name>`: Describe/Create/UpdateCollectionItems;
//   `index/<name>/*`: UpdateIndex, DescribeIndex, ReadDocument, WriteDocument, CreateIndex; Principal: the role's
//   ARN); until then its Policy is "[]" under a CloudFormation condition that keeps it out of the deployment.
//   Its tests (test/cdk-lib/opensearchserverless/vector-collection.test.ts, last changed at
//   9d818d63538e29a3ff0617d3ea02b9196e525ea8): collection "test-aoss-collection"; "DataAccessPolicy should be
//   empty" (no grant), "DataAccessPolicy should allow testRole" (one grant), "Basic Creation with type TIMESERIES";
//   each passes there (the construct's intended output, cdk-nag clean).
// AWS's AI/ML security assessment sample: repository aws-samples/sample-aiml-security-assessment, commit
//   0a5ed702282469e4b381441b3b59b6a26bdedb88, aiml-security-assessment/functions/security/finserv_tests/
//   test_checks_coverage.py TestFS26VpcAccessPaths.test_warn_no_network_policies (no network policy: FS-26 WARN,
//   "vector store collections may be publicly accessible") and TestFS25OssEncryptionPaths.test_pass_no_policies
//   (no encryption policy: FS-25 N/A, "no collections exist"). Their checks list the account's policies without
//   joining them to collections; the translation puts a knowledge-base collection beside them.

import { AOSS } from "../../policies/core/opensearch-serverless";
import { StackResourceCase, UNKNOWN, urnFor } from "../harness";

export interface PeerJoinCase {
    source: "awslabs-generative-ai-cdk-constructs" | "aws-aiml-assessment";
    test: string;
    /** Preview (a document built from a role's ARN is unknown) or state (every value known). */
    shape: "preview" | "state";
    stack: StackResourceCase[];
    /** The peer's verdict on its own input. */
    peer: "pass" | "fail" | "n/a";
    /** What the join must say: nothing, not applicable, or a finding on the collection naming these kinds. */
    ours: { kind: "pass" } | { kind: "not-applicable" } | { kind: "finding"; missing: ("encryption" | "network" | "data")[] };
    /** The document policies' verdicts on the same stack (each fact reported by one policy). */
    documents?: Record<string, "pass" | "fail">;
    why: string;
}

const NAME = "test-aoss-collection";
const ROLE = "aws:iam/role:Role";
const ROLE_ARN = "arn:aws:iam::123456789012:role/TestStack-TestRole6C9272DF-Abc123";

const collection = (type = "VECTORSEARCH"): StackResourceCase => ({
    type: AOSS.nativeCollection,
    name: "test-aoss-vector",
    props: { name: NAME, type, standbyReplicas: "DISABLED" },
    dependencies: [urnFor(AOSS.nativeSecurityPolicy, "encryption-policy"), urnFor(AOSS.nativeSecurityPolicy, "network-policy")],
});
const encryption = (): StackResourceCase => ({
    type: AOSS.nativeSecurityPolicy,
    name: "encryption-policy",
    props: {
        name: "encryptionpolicytestaossvector",
        type: "encryption",
        policy: JSON.stringify({ Rules: [{ ResourceType: "collection", Resource: [`collection/${NAME}`] }], AWSOwnedKey: true }),
    },
});
const network = (): StackResourceCase => ({
    type: AOSS.nativeSecurityPolicy,
    name: "network-policy",
    props: {
        name: "networkpolicytestaossvector",
        type: "network",
        policy: JSON.stringify([
            {
                Rules: [
                    { ResourceType: "collection", Resource: [`collection/${NAME}`] },
                    { ResourceType: "dashboard", Resource: [`collection/${NAME}`] },
                ],
                AllowFromPublic: true,
            },
        ]),
    },
});
const grantDoc = (principal: string) =>
    JSON.stringify([
        {
            Rules: [
                {
                    Resource: [`collection/${NAME}`],
                    Permission: ["aoss:DescribeCollectionItems", "aoss:CreateCollectionItems", "aoss:UpdateCollectionItems"],
                    ResourceType: "collection",
                },
                {
                    Resource: [`index/${NAME}/*`],
                    Permission: ["aoss:UpdateIndex", "aoss:DescribeIndex", "aoss:ReadDocument", "aoss:WriteDocument", "aoss:CreateIndex"],
                    ResourceType: "index",
                },
            ],
            Principal: [principal],
            Description: "",
        },
    ]);
const role = (): StackResourceCase => ({
    type: ROLE,
    name: "TestRole",
    props: {
        assumeRolePolicy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "sts:AssumeRole" }],
        }),
    },
});
const access = (policy: string, deps: string[] = []): StackResourceCase => ({
    type: AOSS.nativeAccessPolicy,
    name: "data-access-policy",
    props: { name: "dataaccesspolicytestaossvector", type: "data", policy },
    propertyDependencies: deps.length ? { policy: deps } : {},
});

const DOC_POLICIES = {
    "opensearch-serverless-collection-kms-encryption": "fail",
    "opensearch-serverless-network-policy-no-public-access": "fail",
} as const;

export const PEER_JOIN_CASES: PeerJoinCase[] = [
    {
        source: "awslabs-generative-ai-cdk-constructs",
        test: "DataAccessPolicy should allow testRole",
        shape: "state",
        stack: [encryption(), network(), role(), access(grantDoc(ROLE_ARN)), collection()],
        peer: "pass",
        ours: { kind: "pass" },
        documents: { ...DOC_POLICIES, "opensearch-serverless-access-policy-no-wildcard-principal": "pass" },
        why: "all three documents name the collection: the join is quiet; the AWS-owned key and the public network policy are the document policies' findings, once each",
    },
    {
        source: "awslabs-generative-ai-cdk-constructs",
        test: "DataAccessPolicy should allow testRole",
        shape: "preview",
        stack: [encryption(), network(), role(), access(UNKNOWN, [urnFor(ROLE, "TestRole")]), collection()],
        peer: "pass",
        ours: { kind: "pass" },
        why: "the data access document is built from the role's ARN (Fn::Join there, pulumi.jsonStringify here): unknown at preview, so whether it matches is not decided and nothing is said",
    },
    {
        source: "awslabs-generative-ai-cdk-constructs",
        test: "DataAccessPolicy should be empty",
        shape: "state",
        stack: [encryption(), network(), collection()],
        peer: "pass",
        ours: { kind: "finding", missing: ["data"] },
        documents: DOC_POLICIES,
        why: "no grant: the construct keeps its data access policy out of the deployment (a false condition); no data access policy of the stack names the collection, so who may read it is decided elsewhere (or nobody may)",
    },
    {
        source: "awslabs-generative-ai-cdk-constructs",
        test: "DataAccessPolicy should be empty (the policy deployed with its empty document)",
        shape: "state",
        stack: [encryption(), network(), access("[]"), collection()],
        peer: "pass",
        ours: { kind: "finding", missing: ["data"] },
        why: 'a data access policy of "[]" has no rule: it governs no collection',
    },
    {
        source: "awslabs-generative-ai-cdk-constructs",
        test: "Basic Creation with type TIMESERIES",
        shape: "state",
        stack: [encryption(), network(), collection("TIMESERIES")],
        peer: "pass",
        ours: { kind: "not-applicable" },
        why: "a TIMESERIES collection that no knowledge base uses is not a vector store",
    },
    {
        source: "aws-aiml-assessment",
        test: "TestFS26VpcAccessPaths.test_warn_no_network_policies",
        shape: "state",
        stack: [encryption(), role(), access(grantDoc(ROLE_ARN)), collection()],
        peer: "fail",
        ours: { kind: "finding", missing: ["network"] },
        why: "agreed that a vector store without a network policy is a finding; theirs says it may be public, AWS's guide says a collection no network policy matches is unreachable; ours says its network access is decided outside the stack",
    },
    {
        source: "aws-aiml-assessment",
        test: "TestFS25OssEncryptionPaths.test_pass_no_policies",
        shape: "state",
        stack: [network(), role(), access(grantDoc(ROLE_ARN)), collection()],
        peer: "n/a",
        ours: { kind: "finding", missing: ["encryption"] },
        why: "their scope is the account, where no encryption policy means no collection (AWS refuses to create one that none matches): N/A; a stack that creates a collection without one relies on a policy of another stack or the console, which is the finding here",
    },
];
