import { own } from "../core/frameworks";
import { AOSS, PolicyCoverage, PolicyKind } from "../core/opensearch-serverless";
import { stackPolicy, StackResource } from "../core/policy";
import { nameOf, StackIndex } from "../core/stack";

const COLLECTIONS = [AOSS.collection, AOSS.nativeCollection];
const KNOWLEDGE_BASES = ["aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase", "aws-native:bedrock:KnowledgeBase"];
const COLLECTION_TYPES = new Set<string>(COLLECTIONS);

/** A collection's own encryption setting, by provider (it takes the place of an encryption policy). */
const OWN_ENCRYPTION: Record<string, string> = { [AOSS.collection]: "encryptionConfigs[0]", [AOSS.nativeCollection]: "encryptionConfig" };

/** What the finding says for each kind of document that no policy of the stack matches. */
const MISSING: Record<PolicyKind, string> = {
    encryption:
        "no encryption policy of this stack matches its name and it sets no `encryptionConfig`: its KMS key comes from an encryption policy outside the stack (AWS refuses to create a collection that none matches)",
    network:
        "no network policy of this stack matches its name: whether its endpoint is reachable from the internet is decided outside the stack (with no matching network policy at all, it is unreachable)",
    data: "no data access policy of this stack matches it (`collection/...` or `index/<collection>/...` rules): who may read and write its vectors and documents is decided outside the stack",
};
const KINDS: PolicyKind[] = ["encryption", "network", "data"];
const MAX_NAME = 64;

export const opensearchServerlessCollectionPoliciesInStack = stackPolicy({
    name: "opensearch-serverless-collection-policies-in-stack",
    description:
        "Says which OpenSearch Serverless vector-store collections of the stack no encryption, network or data access policy of the stack matches, so that their key, network exposure and readers (decided outside the stack, not judged) are not read as compliant.",
    severity: "low",
    enforcementLevel: "advisory",
    practice: "data",
    tags: ["coverage-notice"],
    judges: COLLECTIONS,
    // Peer: none joins collections to their policies before deployment. CloudSploit's opensearchCollectionCmkEncrypted and
    // opensearchCollectionPublicAccess (aquasecurity/cloudsploit) list each collection's matching policies in the account
    // after deployment; here the documents' own content is judged by the three document policies, and this policy says
    // only which vector stores the stack leaves to documents it does not hold.
    controls: {
        hipaa: {
            ids: ["164.308(a)(1)(ii)(A)", "164.308(a)(8)"],
            source: own(
                "the risk analysis and the technical evaluation must know that a vector store of PHI document chunks takes its key, its network access and its readers from policies that the review did not see",
            ),
        },
        "nist-800-53": {
            ids: ["CA-2", "CA-7", "CM-2"],
            source: own(
                "a control assessment states its scope: the vector store's encryption, network and data access configuration lives outside the assessed stack",
            ),
        },
    },
    fix: "add to this stack the policies whose rules match the collection's name (an encryption policy with a customer-managed `KmsARN`, a network policy with `AllowFromPublic: false`, a data access policy naming the knowledge base's role), or exempt the collection in this policy's config once the account-level policies are reviewed",
    remediationSteps: [
        "1. Keep a vector store's three OpenSearch Serverless policies in the stack that creates it, with rules that name the collection, so that sagemaker-guard judges them (opensearch-serverless-collection-kms-encryption, -network-policy-no-public-access, -access-policy-no-wildcard-principal).",
        "2. If the organisation manages them centrally (a `collection/*` policy in another stack), review those by hand and record the review as an exemption of the collection in this policy's config.",
        "3. Name the collection exactly (`collection/kb-vectors`) in its encryption policy: a prefix rule in the stack counts as matching here, but AWS gives a collection the key of the most specific matching rule, and a more specific one in another stack would win. Give the collection an explicit `name`: Pulumi's auto-name adds a suffix that the policies' patterns do not expect.",
        "```typescript",
        'const encryption = new aws.opensearch.ServerlessSecurityPolicy("kb-encryption", {',
        '    name: "kb-encryption",',
        '    type: "encryption",',
        '    policy: pulumi.jsonStringify({ Rules: [{ ResourceType: "collection", Resource: ["collection/kb-vectors"] }], AWSOwnedKey: false, KmsARN: key.arn }),',
        "});",
        'new aws.opensearch.ServerlessSecurityPolicy("kb-network", {',
        '    name: "kb-network",',
        '    type: "network",',
        '    policy: pulumi.jsonStringify([{ Rules: [{ ResourceType: "collection", Resource: ["collection/kb-vectors"] }], AllowFromPublic: false, SourceServices: ["bedrock.amazonaws.com"] }]),',
        "});",
        'new aws.opensearch.ServerlessAccessPolicy("kb-data", {',
        '    name: "kb-data",',
        '    type: "data",',
        '    policy: pulumi.jsonStringify([{ Rules: [{ ResourceType: "index", Resource: ["index/kb-vectors/*"], Permission: ["aoss:ReadDocument", "aoss:WriteDocument", "aoss:DescribeIndex", "aoss:CreateIndex"] }], Principal: [kbRole.arn] }]),',
        "});",
        'new aws.opensearch.ServerlessCollection("kb-vectors", { name: "kb-vectors", type: "VECTORSEARCH" }, { dependsOn: [encryption] });',
        "```",
    ].join("\n"),
    stackCheck(stack, report) {
        const collections = stack.index.ofType(...COLLECTIONS);
        if (collections.length === 0) return stack.notApplicable("no OpenSearch Serverless collection in this stack");
        const stores = vectorStores(stack.index, collections);
        if (stores.size === 0)
            return stack.notApplicable(
                "no OpenSearch Serverless collection of this stack is a vector store (type VECTORSEARCH, or the vector store of a Bedrock knowledge base)",
            );
        const coverage = new PolicyCoverage(
            stack.index.ofType(AOSS.securityPolicy, AOSS.nativeSecurityPolicy),
            stack.index.ofType(AOSS.accessPolicy, AOSS.nativeAccessPolicy),
        );
        for (const [c, why] of stores) {
            const name = c.get("name");
            // An unknown (or auto-generated, absent from the inputs) name: which patterns match is not decided here.
            if (name.state !== "known" || typeof name.value !== "string" || name.value.trim() === "") continue;
            // AWS takes 3 to 64 characters; a longer name is refused at create (and would only make matching costly).
            if (name.value.length > MAX_NAME) continue;
            const missing = KINDS.filter((kind) => {
                if (kind === "encryption" && c.get(OWN_ENCRYPTION[c.type]).state !== "absent") return false; // judged on the collection
                return coverage.covers(kind, name.value as string) === "no";
            });
            if (missing.length === 0) continue;
            report(
                `Collection ${nameOf(c)} (${why}): ${missing.map((k) => MISSING[k]).join("; ")}. sagemaker-guard did not judge ${missing.length === 1 ? "that policy" : "those policies"}: a clean result says nothing about them.`,
                c.urn,
            );
        }
    },
});

/** The collections that are vector stores, with why: their type, or a knowledge base that stores its vectors there. */
function vectorStores(index: StackIndex, collections: readonly StackResource[]): Map<StackResource, string> {
    const out = new Map<StackResource, string>();
    for (const c of collections) {
        const t = c.get("type");
        if (t.state === "known" && typeof t.value === "string" && t.value.trim().toUpperCase() === "VECTORSEARCH")
            out.set(c, "a VECTORSEARCH collection");
    }
    for (const kb of index.ofType(...KNOWLEDGE_BASES)) {
        for (const c of index.referencedBy(kb, "storageConfiguration")) {
            if (COLLECTION_TYPES.has(c.type) && !out.has(c)) out.set(c, `the vector store of knowledge base ${nameOf(kb)}`);
        }
    }
    return out;
}
