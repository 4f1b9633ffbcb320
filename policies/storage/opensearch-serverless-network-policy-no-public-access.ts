import { own } from "../core/frameworks";
import { AOSS, collectionRules, field, isTrueValue, items, parseAossDocument } from "../core/opensearch-serverless";
import { resourcePolicy } from "../core/policy";
import { isUnknown } from "../core/values";

export const opensearchServerlessNetworkPolicyNoPublicAccess = resourcePolicy({
    name: "opensearch-serverless-network-policy-no-public-access",
    description:
        "OpenSearch Serverless network security policies must not open collections (vector stores) to the public internet (`AllowFromPublic: true`).",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "network",
    resources: { [AOSS.securityPolicy]: {}, [AOSS.nativeSecurityPolicy]: {} },
    // Peer: CloudSploit opensearchCollectionPublicAccess (aquasecurity/cloudsploit,
    // plugins/aws/openSearchServerless/opensearchCollectionPublicAccess.js; severity Medium): a collection matched by a
    // network policy rule with AllowFromPublic fails. Fixtures in test/peers/opensearch-vectors.ts.
    controls: {
        hipaa: {
            ids: ["164.312(e)(1)", "164.312(a)(1)"],
            source: own(
                "Transmission security and access control: a vector store of PHI documents reachable from any network relies on its data access policy alone; a VPC endpoint keeps the path inside your network.",
            ),
        },
        "nist-800-53": {
            ids: ["SC-7", "AC-3", "AC-4"],
            source: own(
                "Boundary protection and flow enforcement: the data plane is reached through managed interfaces (VPC endpoints) only.",
            ),
        },
        iso27001: {
            ids: ["A.8.20", "A.8.22"],
            source: own("Networks security and segregation: the collection endpoint is reachable only through your VPC."),
        },
    },
    fix: 'set `AllowFromPublic: false` with `SourceVPCEs: [endpoint.id]` (an OpenSearch Serverless VPC endpoint) or `SourceServices: ["bedrock.amazonaws.com"]` in the network policy',
    remediationSteps: [
        "1. Create an OpenSearch Serverless VPC endpoint (`aws.opensearch.ServerlessVpcEndpoint`) in the VPC that queries the collection.",
        "2. In the network policy, set `AllowFromPublic: false` and allow that endpoint (and, for a knowledge base, the Bedrock service).",
        "```typescript",
        'new aws.opensearch.ServerlessSecurityPolicy("kb-network", {',
        '    type: "network",',
        "    policy: pulumi.jsonStringify([{",
        '        Rules: [{ ResourceType: "collection", Resource: ["collection/kb-vectors"] }],',
        "        AllowFromPublic: false,",
        "        SourceVPCEs: [endpoint.id],",
        '        SourceServices: ["bedrock.amazonaws.com"],',
        "    }]),",
        "});",
        "```",
    ].join("\n"),
    check(r, report) {
        const type = r.get("type");
        if (type.state === "unknown") return;
        if (type.state === "known" && String(type.value).toLowerCase() !== "network")
            return r.notApplicable("an encryption security policy: judged by opensearch-serverless-collection-kms-encryption");
        const policy = r.get("policy");
        if (policy.state !== "known") return;
        const d = parseAossDocument(policy.value);
        if (d.kind !== "ok") return; // unknown: judged at update; malformed: AWS rejects it
        const open: number[] = [];
        items(d.doc).forEach((block, i) => {
            const allow = field(block, "AllowFromPublic");
            if (isUnknown(allow) || !isTrueValue(allow)) return;
            if (collectionRules(block).length > 0) open.push(i + 1);
        });
        if (open.length === 0) return;
        const which = open.length === 1 ? `rule block #${open[0]}` : `rule blocks #${open.slice(0, 10).join(", #")}`;
        report(
            `The network policy's ${which} sets \`AllowFromPublic: true\` for collections: their endpoints (vector search over the knowledge base's documents) are reachable from the internet, guarded by the data access policy alone.`,
        );
    },
});
