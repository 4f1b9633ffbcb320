// Stack cases for opensearch-serverless-collection-policies-in-stack (issue 26, h26-aoss): a knowledge base
// on an OpenSearch Serverless vector collection, with the encryption, network and data access policies
// whose rules name the collection (as AWS's Bedrock knowledge-base samples write them). The documents'
// content is judged by the three document policies (test/cases/genai-vectors.ts); here only whether a
// document of the stack matches the collection. Pattern rules one by one: test/unit/opensearch-join.spec.ts.

import { AOSS } from "../../policies/core/opensearch-serverless";
import { opensearchServerlessCollectionPoliciesInStack } from "../../policies/storage/opensearch-serverless-collection-policies-in-stack";
import { StackResourceCase, UNKNOWN, urnFor } from "../harness";
import { findResource, StackCases } from "../policy-cases";

const KEY_ARN = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const ROLE_ARN = "arn:aws:iam::111122223333:role/kb-service-role";

export const encryptionDoc = (patterns: string[]) =>
    JSON.stringify({ Rules: [{ ResourceType: "collection", Resource: patterns }], AWSOwnedKey: false, KmsARN: KEY_ARN });
export const networkDoc = (patterns: string[]) =>
    JSON.stringify([
        {
            Rules: [
                { ResourceType: "collection", Resource: patterns },
                { ResourceType: "dashboard", Resource: patterns },
            ],
            AllowFromPublic: false,
            SourceServices: ["bedrock.amazonaws.com"],
        },
    ]);
export const dataDoc = (collectionPatterns: string[], indexPatterns: string[]) =>
    JSON.stringify([
        {
            Rules: [
                ...(collectionPatterns.length
                    ? [{ ResourceType: "collection", Resource: collectionPatterns, Permission: ["aoss:DescribeCollectionItems"] }]
                    : []),
                {
                    ResourceType: "index",
                    Resource: indexPatterns,
                    Permission: ["aoss:ReadDocument", "aoss:WriteDocument", "aoss:DescribeIndex"],
                },
            ],
            Principal: [ROLE_ARN],
        },
    ]);

interface Types {
    collection: string;
    security: string;
    access: string;
    kb: string;
}
const CLASSIC: Types = {
    collection: AOSS.collection,
    security: AOSS.securityPolicy,
    access: AOSS.accessPolicy,
    kb: "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase",
};
const NATIVE: Types = {
    collection: AOSS.nativeCollection,
    security: AOSS.nativeSecurityPolicy,
    access: AOSS.nativeAccessPolicy,
    kb: "aws-native:bedrock:KnowledgeBase",
};

export function knowledgeBaseStack(t: Types): () => StackResourceCase[] {
    return () => [
        {
            type: t.security,
            name: "kb-encryption",
            props: { name: "kb-encryption", type: "encryption", policy: encryptionDoc(["collection/kb-vectors"]) },
        },
        {
            type: t.security,
            name: "kb-network",
            props: { name: "kb-network", type: "network", policy: networkDoc(["collection/kb-vectors"]) },
        },
        {
            type: t.access,
            name: "kb-data",
            props: { name: "kb-data", type: "data", policy: dataDoc(["collection/kb-vectors"], ["index/kb-vectors/*"]) },
        },
        {
            type: t.collection,
            name: "kb-vectors",
            props: { name: "kb-vectors", type: "VECTORSEARCH" },
            dependencies: [urnFor(t.security, "kb-encryption"), urnFor(t.security, "kb-network"), urnFor(t.access, "kb-data")],
        },
        {
            type: t.kb,
            name: "clinical-docs",
            props: {
                name: "clinical-docs",
                roleArn: UNKNOWN,
                knowledgeBaseConfiguration: {
                    type: "VECTOR",
                    vectorKnowledgeBaseConfiguration: {
                        embeddingModelArn: "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0",
                    },
                },
                storageConfiguration: {
                    type: "OPENSEARCH_SERVERLESS",
                    opensearchServerlessConfiguration: {
                        collectionArn: UNKNOWN,
                        vectorIndexName: "bedrock-knowledge-base-default-index",
                        fieldMapping: {
                            vectorField: "bedrock-knowledge-base-default-vector",
                            textField: "AMAZON_BEDROCK_TEXT_CHUNK",
                            metadataField: "AMAZON_BEDROCK_METADATA",
                        },
                    },
                },
            },
            propertyDependencies: { storageConfiguration: [urnFor(t.collection, "kb-vectors")] },
        },
    ];
}

const remove = (s: StackResourceCase[], name: string) => s.splice(s.indexOf(findResource(s, name)), 1);
const setDoc = (s: StackResourceCase[], name: string, policy: string) => (findResource(s, name).props.policy = policy);

function cases(t: Types, ownEncryption: Record<string, unknown>): StackCases {
    return {
        policy: opensearchServerlessCollectionPoliciesInStack,
        compliant: knowledgeBaseStack(t),
        alsoCompliant: [
            {
                title: "prefix patterns (collection/kb-*, index/kb-*/*) in all three documents",
                mutate: (s) => {
                    setDoc(s, "kb-encryption", encryptionDoc(["collection/kb-*"]));
                    setDoc(s, "kb-network", networkDoc(["collection/other", "collection/kb-*"]));
                    setDoc(s, "kb-data", dataDoc([], ["index/kb-*/*"]));
                },
            },
            {
                title: "`*` for every collection, and the data access policy's index rule only",
                mutate: (s) => {
                    setDoc(s, "kb-encryption", encryptionDoc(["collection/*"]));
                    setDoc(s, "kb-network", networkDoc(["collection/*"]));
                    setDoc(s, "kb-data", dataDoc([], ["index/*/*"]));
                },
            },
            {
                title: "no encryption policy, the collection's own encryptionConfig names a key",
                mutate: (s) => {
                    remove(s, "kb-encryption");
                    Object.assign(findResource(s, "kb-vectors").props, ownEncryption);
                },
            },
            {
                title: "patterns written in upper case (collection names are lower case)",
                mutate: (s) => setDoc(s, "kb-network", networkDoc(["collection/KB-Vectors"])),
            },
            {
                title: "a SEARCH collection that no policy matches and no knowledge base uses (not a vector store)",
                mutate: (s) => s.push({ type: t.collection, name: "app-logs", props: { name: "app-logs", type: "SEARCH" } }),
            },
            {
                title: "the encryption policy's document built from the key's ARN (unknown at preview)",
                mutate: (s) => {
                    const e = findResource(s, "kb-encryption");
                    e.props.policy = UNKNOWN;
                    // After apply it names the collection (the audit shape's value).
                    e.applied = () => ({ policy: encryptionDoc(["collection/kb-vectors"]) });
                },
            },
        ],
        mutations: [
            {
                title: "the collection renamed: no policy of the stack matches it",
                mutate: (s) => (findResource(s, "kb-vectors").props.name = "kb-vectors-v2"),
                expect: /Collection `kb-vectors` \(a VECTORSEARCH collection\): no encryption policy of this stack matches its name.*; no network policy.*; no data access policy/,
                resource: "kb-vectors",
            },
            {
                title: "the encryption policy removed (its key comes from an account-level policy)",
                mutate: (s) => remove(s, "kb-encryption"),
                expect: /^Collection `kb-vectors` \(a VECTORSEARCH collection\): no encryption policy of this stack matches its name and it sets no `encryptionConfig`[^;]*\. sagemaker-guard did not judge that policy/m,
                resource: "kb-vectors",
            },
            {
                title: "the network policy removed",
                mutate: (s) => remove(s, "kb-network"),
                expect: /^Collection `kb-vectors` [^:]*: no network policy of this stack matches its name: whether its endpoint is reachable from the internet is decided outside the stack/m,
                resource: "kb-vectors",
            },
            {
                title: "the data access policy removed",
                mutate: (s) => remove(s, "kb-data"),
                expect: /^Collection `kb-vectors` [^:]*: no data access policy of this stack matches it/m,
                resource: "kb-vectors",
            },
            {
                title: "a collection with no `type` input (not VECTORSEARCH by default) that the knowledge base uses, renamed",
                mutate: (s) => {
                    const c = findResource(s, "kb-vectors");
                    delete c.props.type;
                    c.props.name = "docs-store";
                },
                expect: /Collection `kb-vectors` \(the vector store of knowledge base `clinical-docs`\): no encryption policy/,
                resource: "kb-vectors",
            },
            {
                title: "a second vector collection that no policy of the stack matches",
                mutate: (s) => s.push({ type: t.collection, name: "scratch", props: { name: "scratch-vectors", type: "VECTORSEARCH" } }),
                expect: /Collection `scratch` \(a VECTORSEARCH collection\): no encryption policy/,
                resource: "scratch",
            },
        ],
    };
}

export const stackCases: StackCases[] = [
    cases(CLASSIC, { encryptionConfigs: [{ kmsKeyArn: UNKNOWN }] }),
    cases(NATIVE, { encryptionConfig: { kmsKeyArn: UNKNOWN } }),
];
