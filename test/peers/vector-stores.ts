// Other people's test inputs for the vector-store policies of issue 26 (h26a), translated to Pulumi
// inputs. Only the facts are kept (the document fields and the peer's verdict); kept apart from our own
// mutations (test/cases/genai-vectors.ts). Used by test/unit/peer-vector-stores.spec.ts.
//
// CloudSploit: repository aquasecurity/cloudsploit, commit 4b5bbd809f1ea2e91b87944920794d2bddf770ed
//   (last change to these files: e92a6ff8ed8e9e2873a39563d34cc72007fac8b0),
//   plugins/aws/openSearchServerless/opensearchCollectionCmkEncrypted.spec.js (getSecurityPolicy[0]: AWSOwnedKey,
//   FAIL "encrypted with awskms"; getSecurityPolicy[1]: KmsARN of a KeyManager CUSTOMER key, PASS "awscmk") and
//   plugins/aws/openSearchServerless/opensearchCollectionPublicAccess.spec.js (a network policy with AllowFromPublic
//   for collection/test, FAIL for collection "test"; the same for collection/temp, PASS for collection "test").
//   CloudSploit judges each listed collection; we judge the policy document (what the engine sees before deploy).
// Prowler: repository prowler-cloud/prowler, commit d1ab8b8ae51b74da992859486a4afe8ae1c5557a,
//   tests/providers/aws/services/iam/lib/policy_test.py, is_policy_public (the logic of Prowler's public S3 bucket
//   policy checks; no peer ships a check for S3 Vectors bucket policies yet). Their EFS action is replaced by an
//   S3 Vectors action; principals and conditions are theirs.
// AWS AI/ML security assessment sample: repository aws-samples/sample-aiml-security-assessment, commit
//   0a5ed702282469e4b381441b3b59b6a26bdedb88, aiml-security-assessment/functions/security/finserv_tests/test_checks.py
//   TestFS36GuardrailContentFilters.test_pass_content_filters_configured (SEXUAL, VIOLENCE, HATE, INSULTS at HIGH both
//   ways; its BR-23 check in bedrock_assessments/app.py requires those four). We also require MISCONDUCT.
//   tests/test_bedrock_checks.py TestBR13FlowsGuardrails (same commit): test_br13_flow_with_guardrails_returns_passed and
//   test_br13_flow_without_guardrails_returns_failed (GetFlow definitions with one Prompt node);
//   TestBR16GuardrailTier test_br16_standard_tier_returns_passed / test_br16_non_standard_tier_returns_failed
//   (contentPolicy.tier.tierName; a STANDARD guardrail is given the cross-Region profile AWS requires for it).

import type { StackResourceCase } from "../harness";

export interface PeerResourceCase {
    source: "cloudsploit" | "prowler" | "aws-aiml-assessment";
    check: string;
    title: string;
    policy: string;
    type: string;
    props: Record<string, unknown>;
    peer: "pass" | "fail";
    /** Where we disagree with the peer on purpose, why. */
    disagree?: string;
}

const SECURITY_POLICY = "aws:opensearch/serverlessSecurityPolicy:ServerlessSecurityPolicy";
const VECTOR_BUCKET_POLICY = "aws-native:s3vectors:VectorBucketPolicy";
const TRUSTED = "123456789012";

const bucketPolicy = (statement: Record<string, unknown>) => ({
    vectorBucketName: "test-vectors",
    policy: { Statement: [{ Effect: "Allow", Action: "s3vectors:QueryVectors", Resource: "*", ...statement }] },
});

const flow = (promptConfig: Record<string, unknown>) => ({
    name: "TestFlow",
    executionRoleArn: "arn:aws:iam::123456789012:role/flow",
    definition: { nodes: [{ name: "PromptNode", type: "Prompt", configuration: { prompt: promptConfig } }] },
});

const tiered = (tierName: string) => ({
    name: "guard1",
    blockedInputMessaging: "blocked",
    blockedOutputsMessaging: "blocked",
    crossRegionConfig: { guardrailProfileIdentifier: "us.guardrail.v1:0" },
    contentPolicyConfig: { tierConfigs: [{ tierName }], filtersConfigs: [{ type: "HATE", inputStrength: "HIGH", outputStrength: "HIGH" }] },
});

export const PEER_RESOURCE_CASES: PeerResourceCase[] = [
    {
        source: "aws-aiml-assessment",
        check: "BR-16",
        title: "test_br16_standard_tier_returns_passed",
        policy: "bedrock-guardrail-standard-tier",
        type: "aws:bedrock/guardrail:Guardrail",
        props: tiered("STANDARD"),
        peer: "pass",
    },
    {
        source: "aws-aiml-assessment",
        check: "BR-16",
        title: "test_br16_non_standard_tier_returns_failed",
        policy: "bedrock-guardrail-standard-tier",
        type: "aws:bedrock/guardrail:Guardrail",
        props: tiered("CLASSIC"),
        peer: "fail",
    },
    {
        source: "aws-aiml-assessment",
        check: "BR-13",
        title: "test_br13_flow_with_guardrails_returns_passed",
        policy: "bedrock-flow-node-guardrail",
        type: "aws-native:bedrock:Flow",
        props: flow({ guardrailConfiguration: { guardrailIdentifier: "gr-123" } }),
        peer: "pass",
    },
    {
        source: "aws-aiml-assessment",
        check: "BR-13",
        title: "test_br13_flow_without_guardrails_returns_failed",
        policy: "bedrock-flow-node-guardrail",
        type: "aws-native:bedrock:Flow",
        props: flow({}),
        peer: "fail",
    },
    {
        source: "aws-aiml-assessment",
        check: "FS-36 / BR-23",
        title: "test_pass_content_filters_configured (four categories at HIGH)",
        policy: "bedrock-guardrail-content-filters-complete",
        type: "aws:bedrock/guardrail:Guardrail",
        props: {
            name: "guard1",
            blockedInputMessaging: "blocked",
            blockedOutputsMessaging: "blocked",
            contentPolicyConfig: {
                filtersConfigs: ["SEXUAL", "VIOLENCE", "HATE", "INSULTS"].map((type) => ({
                    type,
                    inputStrength: "HIGH",
                    outputStrength: "HIGH",
                })),
            },
        },
        peer: "pass",
        disagree: "MISCONDUCT is a content filter category (since 2024) that the sample's list predates; the issue requires every category",
    },
    {
        source: "cloudsploit",
        check: "opensearchCollectionCmkEncrypted",
        title: "should FAIL ... encrypted with awskms (AWSOwnedKey)",
        policy: "opensearch-serverless-collection-kms-encryption",
        type: SECURITY_POLICY,
        props: {
            name: "auto-test",
            type: "encryption",
            policy: JSON.stringify({ Rules: [{ Resource: ["collection/test"], ResourceType: "collection" }], AWSOwnedKey: true }),
        },
        peer: "fail",
    },
    {
        source: "cloudsploit",
        check: "opensearchCollectionCmkEncrypted",
        title: "should PASS ... encrypted with awscmk (KmsARN, KeyManager CUSTOMER)",
        policy: "opensearch-serverless-collection-kms-encryption",
        type: SECURITY_POLICY,
        props: {
            name: "auto-test",
            type: "encryption",
            policy: JSON.stringify({
                Rules: [{ Resource: ["collection/auto-test"], ResourceType: "collection" }],
                KmsARN: "arn:aws:kms:us-east-1:000011112222:key/2cff2321-73c6-4bac-95eb-bc9633d3e8a9",
            }),
        },
        peer: "pass",
    },
    {
        source: "cloudsploit",
        check: "opensearchCollectionPublicAccess",
        title: "AllowFromPublic for collection/test (collection test: publicly accessible)",
        policy: "opensearch-serverless-network-policy-no-public-access",
        type: SECURITY_POLICY,
        props: {
            name: "auto-test",
            type: "network",
            policy: JSON.stringify([{ Rules: [{ Resource: ["collection/test"], ResourceType: "collection" }], AllowFromPublic: true }]),
        },
        peer: "fail",
    },
    {
        source: "cloudsploit",
        check: "opensearchCollectionPublicAccess",
        title: "AllowFromPublic for collection/temp (collection test: not publicly accessible)",
        policy: "opensearch-serverless-network-policy-no-public-access",
        type: SECURITY_POLICY,
        props: {
            name: "auto-test",
            type: "network",
            policy: JSON.stringify([{ Rules: [{ Resource: ["collection/temp"], ResourceType: "collection" }], AllowFromPublic: true }]),
        },
        peer: "pass",
        disagree:
            "CloudSploit's verdict is on collection test, which the policy does not match; the document itself opens collection/temp to the internet, and we judge the document before any collection exists",
    },
    ...(
        [
            ["test_is_policy_public_", { Principal: "*" }, "fail"],
            ["test_is_policy_public_with_principal_dict", { Principal: { AWS: "*" } }, "fail"],
            [
                "test_is_policy_public_with_secure_conditions_and_allowed_conditions",
                {
                    Principal: "*",
                    Condition: {
                        Bool: { "elasticfilesystem:AccessedViaMountTarget": "true" },
                        StringEquals: { "aws:SourceOwner": TRUSTED },
                    },
                },
                "pass",
            ],
            [
                "test_is_policy_public_with_secure_conditions_and_allowed_conditions_nested",
                {
                    Principal: "*",
                    Condition: {
                        Bool: { "elasticfilesystem:AccessedViaMountTarget": "true" },
                        StringEquals: { "aws:SourceOwner": TRUSTED },
                        StringEqualsIfExists: { "aws:SourceVpce": "vpce-1234567890abcdef0" },
                    },
                },
                "pass",
            ],
            ["test_is_policy_public_with_action_wildcard", { Principal: "*", Action: "s3vectors:*" }, "fail"],
            ["test_is_policy_public_allowing_all_actions", { Principal: "*", Action: "*" }, "fail"],
            ["test_is_policy_public_allowing_other_account", { Principal: { AWS: `arn:aws:iam::${TRUSTED}:root` }, Action: "*" }, "pass"],
        ] as const
    ).map(([title, statement, peer]): PeerResourceCase => ({
        source: "prowler",
        check: "is_policy_public",
        title,
        policy: "s3-vector-bucket-policy-no-public-access",
        type: VECTOR_BUCKET_POLICY,
        props: bucketPolicy(statement as Record<string, unknown>),
        peer,
    })),
];

// Prowler: repository prowler-cloud/prowler, commit f39c92b8f83b392ea79f065587bdc4f07459776e,
//   tests/providers/aws/services/bedrock/bedrock_guardrail_contextual_grounding_filter_enabled/
//   bedrock_guardrail_contextual_grounding_filter_enabled_test.py (its _filter defaults: threshold 0.75, action BLOCK,
//   enabled true). Prowler judges every guardrail; we judge a guardrail that guards RAG, so each of its guardrails is
//   placed behind a flow's knowledge-base node here (an aws-native guardrail: its filters have action and enabled),
//   in state shape (the guardrail's computed guardrailId, which the node names).
export interface PeerStackCase {
    source: "prowler";
    check: string;
    title: string;
    policy: string;
    stack: StackResourceCase[];
    /** The resource whose verdict is compared. */
    subject: string;
    peer: "pass" | "fail";
}

const groundingFilter = (type: string, over: Record<string, unknown> = {}) => ({
    type,
    threshold: 0.75,
    action: "BLOCK",
    enabled: true,
    ...over,
});
const ragBehindFlow = (grounding: Record<string, unknown> | undefined): StackResourceCase[] => [
    {
        type: "aws-native:bedrock:Guardrail",
        name: "test-guardrail",
        props: {
            name: "test-guardrail",
            guardrailId: "gr-test0001",
            blockedInputMessaging: "x",
            blockedOutputsMessaging: "y",
            ...(grounding ? { contextualGroundingPolicyConfig: grounding } : {}),
        },
    },
    {
        type: "aws-native:bedrock:Flow",
        name: "rag-flow",
        props: {
            name: "rag-flow",
            executionRoleArn: "arn:aws:iam::123456789012:role/flow",
            definition: {
                nodes: [
                    {
                        name: "lookup",
                        type: "KnowledgeBase",
                        configuration: {
                            knowledgeBase: {
                                knowledgeBaseId: "KB12345678",
                                modelId: "anthropic.claude-3-haiku-20240307-v1:0",
                                guardrailConfiguration: { guardrailIdentifier: "gr-test0001", guardrailVersion: "DRAFT" },
                            },
                        },
                    },
                ],
            },
        },
    },
];

export const PEER_STACK_CASES: PeerStackCase[] = (
    [
        ["test_both_filters_blocking_passes", { filtersConfig: [groundingFilter("GROUNDING"), groundingFilter("RELEVANCE")] }, "pass"],
        ["test_no_grounding_policy_fails", undefined, "fail"],
        ["test_empty_filter_list_fails", { filtersConfig: [] }, "fail"],
        ["test_missing_relevance_filter_fails", { filtersConfig: [groundingFilter("GROUNDING")] }, "fail"],
        ["test_missing_grounding_filter_fails", { filtersConfig: [groundingFilter("RELEVANCE")] }, "fail"],
        [
            "test_action_none_fails",
            { filtersConfig: [groundingFilter("GROUNDING", { action: "NONE" }), groundingFilter("RELEVANCE")] },
            "fail",
        ],
        [
            "test_zero_threshold_fails",
            { filtersConfig: [groundingFilter("GROUNDING"), groundingFilter("RELEVANCE", { threshold: 0 })] },
            "fail",
        ],
        [
            "test_disabled_filter_fails",
            { filtersConfig: [groundingFilter("GROUNDING", { enabled: false }), groundingFilter("RELEVANCE")] },
            "fail",
        ],
    ] as const
).map(([title, grounding, peer]) => ({
    source: "prowler",
    check: "bedrock_guardrail_contextual_grounding_filter_enabled",
    title,
    policy: "bedrock-guardrail-contextual-grounding",
    stack: ragBehindFlow(grounding as Record<string, unknown> | undefined),
    subject: "test-guardrail",
    peer,
}));
