// Case tables for the vector-store policies of issue 26 (h26a): OpenSearch Serverless encryption,
// network and data access policies and collections. Fixtures are as a first preview sees them; a
// policy document built from another resource's outputs is unknown as a whole (pulumi.jsonStringify).

import { opensearchServerlessAccessPolicyNoWildcardPrincipal } from "../../policies/storage/opensearch-serverless-access-policy-no-wildcard-principal";
import { opensearchServerlessCollectionKmsEncryption } from "../../policies/storage/opensearch-serverless-collection-kms-encryption";
import { opensearchServerlessNetworkPolicyNoPublicAccess } from "../../policies/storage/opensearch-serverless-network-policy-no-public-access";
import { s3VectorBucketPolicyNoPublicAccess } from "../../policies/storage/s3-vector-bucket-policy-no-public-access";
import { AOSS } from "../../policies/core/opensearch-serverless";
import { UNKNOWN } from "../harness";
import { PolicyCases, setPath } from "../policy-cases";

type Props = Record<string, unknown>;

const KEY_ARN = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const ROLE_ARN = "arn:aws:iam::111122223333:role/kb-service-role";

const encryptionDoc = (over: Record<string, unknown> = {}) =>
    JSON.stringify({
        Rules: [{ ResourceType: "collection", Resource: ["collection/kb-vectors"] }],
        AWSOwnedKey: false,
        KmsARN: KEY_ARN,
        ...over,
    });
const encryptionPolicy = (): Props => ({ name: "kb-encryption", type: "encryption", policy: encryptionDoc() });

const networkBlock = (over: Record<string, unknown> = {}) => ({
    Rules: [
        { ResourceType: "collection", Resource: ["collection/kb-vectors"] },
        { ResourceType: "dashboard", Resource: ["collection/kb-vectors"] },
    ],
    AllowFromPublic: false,
    SourceVPCEs: ["vpce-0123456789abcdef0"],
    SourceServices: ["bedrock.amazonaws.com"],
    ...over,
});
const networkPolicy = (): Props => ({ name: "kb-network", type: "network", policy: JSON.stringify([networkBlock()]) });

const dataBlock = (principals: unknown) => ({
    Rules: [
        { ResourceType: "collection", Resource: ["collection/kb-vectors"], Permission: ["aoss:DescribeCollectionItems"] },
        { ResourceType: "index", Resource: ["index/kb-vectors/*"], Permission: ["aoss:ReadDocument", "aoss:WriteDocument"] },
    ],
    Principal: principals,
});
const accessPolicy = (): Props => ({ name: "kb-data", type: "data", policy: JSON.stringify([dataBlock([ROLE_ARN])]) });

function encryptionCases(type: string): PolicyCases {
    return {
        policy: opensearchServerlessCollectionKmsEncryption,
        type,
        compliant: encryptionPolicy(),
        alsoCompliant: [
            {
                title: "KmsARN without AWSOwnedKey",
                mutate: (p) =>
                    (p.policy = JSON.stringify({
                        Rules: [{ ResourceType: "collection", Resource: ["collection/kb-*"] }],
                        KmsARN: KEY_ARN,
                    })),
            },
            {
                title: "lower-case keys as some examples write them",
                mutate: (p) =>
                    (p.policy = JSON.stringify({ rules: [{ resourceType: "collection", resource: ["collection/kb"] }], kmsARN: KEY_ARN })),
            },
            { title: "malformed JSON (AWS rejects the policy; nothing is encrypted by it)", mutate: (p) => (p.policy = "{ Rules: ") },
        ],
        mutations: [
            {
                title: "AWSOwnedKey true",
                mutate: (p) => (p.policy = encryptionDoc({ AWSOwnedKey: true, KmsARN: undefined })),
                expect: /`AWSOwnedKey: true`/,
            },
            {
                title: 'AWSOwnedKey "true" (a string)',
                mutate: (p) => (p.policy = encryptionDoc({ AWSOwnedKey: "true", KmsARN: undefined })),
                expect: /`AWSOwnedKey: true`/,
            },
            {
                title: "no KmsARN and no AWSOwnedKey",
                mutate: (p) => (p.policy = encryptionDoc({ AWSOwnedKey: undefined, KmsARN: undefined })),
                expect: /names no `KmsARN`/,
            },
            {
                title: "an AWS-managed key alias",
                mutate: (p) => (p.policy = encryptionDoc({ KmsARN: "arn:aws:kms:us-east-1:111122223333:alias/aws/aoss" })),
                expect: /AWS-managed key/,
            },
            {
                title: "a wildcard pattern with an AWS-owned key",
                mutate: (p) =>
                    (p.policy = JSON.stringify({
                        Rules: [{ ResourceType: "collection", Resource: ["collection/*", "collection/kb-*"] }],
                        AWSOwnedKey: true,
                    })),
                expect: /2 resource patterns match/,
            },
        ],
        unknownPaths: ["policy", "type"],
    };
}

function collectionCases(type: string, cfgPath: string): PolicyCases {
    const base: Props = { name: "kb-vectors", type: "VECTORSEARCH", standbyReplicas: "ENABLED" };
    return {
        policy: opensearchServerlessCollectionKmsEncryption,
        type,
        compliant: {
            ...base,
            ...(cfgPath === "encryptionConfig"
                ? { encryptionConfig: { kmsKeyArn: UNKNOWN } }
                : { encryptionConfigs: [{ kmsKeyArn: UNKNOWN }] }),
        },
        alsoCompliant: [{ title: "a known key ARN", mutate: (p) => setPath(p, `${cfgPath}.kmsKeyArn`, KEY_ARN) }],
        mutations: [
            {
                title: "awsOwnedKey true",
                mutate: (p) => {
                    setPath(p, cfgPath, {});
                    setPath(p, `${cfgPath}.awsOwnedKey`, true);
                },
                expect: /`encryptionConfig.awsOwnedKey` is true/,
            },
            { title: "an empty encryptionConfig", mutate: (p) => setPath(p, cfgPath, {}), expect: /names no `kmsKeyArn`/ },
            {
                title: "an AWS-managed alias",
                mutate: (p) => setPath(p, `${cfgPath}.kmsKeyArn`, "alias/aws/aoss"),
                expect: /AWS-managed key/,
            },
        ],
        unknownPaths: [`${cfgPath}.kmsKeyArn`, cfgPath],
    };
}

function networkCases(type: string): PolicyCases {
    return {
        policy: opensearchServerlessNetworkPolicyNoPublicAccess,
        type,
        compliant: networkPolicy(),
        alsoCompliant: [
            {
                title: "public access to the dashboard only",
                mutate: (p) =>
                    (p.policy = JSON.stringify([
                        networkBlock(),
                        { Rules: [{ ResourceType: "dashboard", Resource: ["collection/kb-vectors"] }], AllowFromPublic: true },
                    ])),
            },
            { title: "a single rule block (not a list)", mutate: (p) => (p.policy = JSON.stringify(networkBlock())) },
            {
                title: "AllowFromPublic unknown in one block",
                mutate: (p) => (p.policy = JSON.stringify([networkBlock({ AllowFromPublic: UNKNOWN })])),
            },
        ],
        mutations: [
            {
                title: "AllowFromPublic true for the collection",
                mutate: (p) => (p.policy = JSON.stringify([networkBlock({ AllowFromPublic: true, SourceVPCEs: undefined })])),
                expect: /rule block #1 sets `AllowFromPublic: true`/,
            },
            {
                title: "the second block public for collection/*",
                mutate: (p) =>
                    (p.policy = JSON.stringify([
                        networkBlock(),
                        { Rules: [{ ResourceType: "collection", Resource: ["collection/*"] }], AllowFromPublic: "true" },
                    ])),
                expect: /rule block #2/,
            },
        ],
        unknownPaths: ["policy", "type"],
    };
}

function accessCases(type: string): PolicyCases {
    return {
        policy: opensearchServerlessAccessPolicyNoWildcardPrincipal,
        type,
        compliant: accessPolicy(),
        alsoCompliant: [
            {
                title: "a SAML user principal",
                mutate: (p) => (p.policy = JSON.stringify([dataBlock(["saml/111122223333/idp/user/dr.who@example.org"])])),
            },
            {
                title: "a principal unknown at preview inside the document",
                mutate: (p) => (p.policy = JSON.stringify([dataBlock([UNKNOWN])])),
            },
        ],
        mutations: [
            {
                title: 'Principal ["*"]',
                mutate: (p) => (p.policy = JSON.stringify([dataBlock(["*"])])),
                expect: /rule #1 grants a wildcard principal/,
            },
            {
                title: "a role-name wildcard",
                mutate: (p) => (p.policy = JSON.stringify([dataBlock([ROLE_ARN]), dataBlock(["arn:aws:iam::111122223333:role/*"])])),
                expect: /rule #2 grants a wildcard/,
            },
            {
                title: "the account root",
                mutate: (p) => (p.policy = JSON.stringify([dataBlock(["arn:aws:iam::111122223333:root"])])),
                expect: /grants a whole account/,
            },
            {
                title: "a bare account id as a single string",
                mutate: (p) => (p.policy = JSON.stringify([dataBlock("111122223333")])),
                expect: /grants a whole account/,
            },
        ],
        unknownPaths: ["policy"],
    };
}

const vectorStatement = (over: Record<string, unknown> = {}) => ({
    Effect: "Allow",
    Principal: { AWS: ROLE_ARN },
    Action: ["s3vectors:QueryVectors", "s3vectors:GetVectors"],
    Resource: "*",
    ...over,
});
const vectorPolicy = (...statements: Record<string, unknown>[]) => ({ Version: "2012-10-17", Statement: statements });

const vectorBucketPolicyCases: PolicyCases = {
    policy: s3VectorBucketPolicyNoPublicAccess,
    type: "aws-native:s3vectors:VectorBucketPolicy",
    compliant: { vectorBucketName: "kb-vectors", policy: vectorPolicy(vectorStatement()) },
    alsoCompliant: [
        { title: "the policy as a JSON string", mutate: (p) => (p.policy = JSON.stringify(vectorPolicy(vectorStatement()))) },
        {
            title: "a * principal restricted to the organisation",
            mutate: (p) =>
                (p.policy = vectorPolicy(
                    vectorStatement({ Principal: "*", Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123def4" } } }),
                )),
        },
        {
            title: "a * principal restricted to a VPC endpoint unknown at preview",
            mutate: (p) =>
                (p.policy = vectorPolicy(vectorStatement({ Principal: "*", Condition: { StringEquals: { "aws:SourceVpce": UNKNOWN } } }))),
        },
        {
            title: "a * Deny (a guard, not a grant)",
            mutate: (p) =>
                (p.policy = vectorPolicy(vectorStatement(), vectorStatement({ Effect: "Deny", Principal: "*", Action: "s3vectors:*" }))),
        },
        {
            title: "a principal unknown at preview",
            mutate: (p) => (p.policy = vectorPolicy(vectorStatement({ Principal: { AWS: UNKNOWN } }))),
        },
    ],
    mutations: [
        {
            title: 'Principal "*"',
            mutate: (p) => (p.policy = vectorPolicy(vectorStatement({ Principal: "*" }))),
            expect: /statement #1 allows any principal/,
        },
        {
            title: "Principal { AWS: * } in the second statement",
            mutate: (p) => (p.policy = vectorPolicy(vectorStatement(), vectorStatement({ Principal: { AWS: "*" } }))),
            expect: /statement #2 allows/,
        },
        {
            title: "arn:aws:iam::*:root",
            mutate: (p) => (p.policy = vectorPolicy(vectorStatement({ Principal: { AWS: ["arn:aws:iam::*:root"] } }))),
            expect: /allows any principal/,
        },
        {
            title: "a * principal with only an IfExists condition",
            mutate: (p) =>
                (p.policy = vectorPolicy(
                    vectorStatement({
                        Principal: "*",
                        Condition: { StringEqualsIfExists: { "aws:SourceVpce": "vpce-0123456789abcdef0" } },
                    }),
                )),
            expect: /allows any principal/,
        },
        {
            title: "a * principal with a condition that restricts nothing about the caller",
            mutate: (p) =>
                (p.policy = vectorPolicy(vectorStatement({ Principal: "*", Condition: { Bool: { "aws:SecureTransport": "true" } } }))),
            expect: /allows any principal/,
        },
        { title: "malformed JSON", mutate: (p) => (p.policy = "{ Statement: "), expect: /`policy` is not valid JSON/ },
    ],
    unknownPaths: ["policy", "policy.Statement"],
};

export const cases: PolicyCases[] = [
    vectorBucketPolicyCases,
    // @pulumi/aws 7.x: the same policy in the s3 module (`policy` a JSON string there).
    {
        ...vectorBucketPolicyCases,
        type: "aws:s3/vectorsVectorBucketPolicy:VectorsVectorBucketPolicy",
        compliant: { vectorBucketArn: UNKNOWN, policy: JSON.stringify(vectorPolicy(vectorStatement())) },
    },
    encryptionCases(AOSS.securityPolicy),
    encryptionCases(AOSS.nativeSecurityPolicy),
    collectionCases(AOSS.collection, "encryptionConfigs.0"),
    collectionCases(AOSS.nativeCollection, "encryptionConfig"),
    networkCases(AOSS.securityPolicy),
    networkCases(AOSS.nativeSecurityPolicy),
    accessCases(AOSS.accessPolicy),
    accessCases(AOSS.nativeAccessPolicy),
];
