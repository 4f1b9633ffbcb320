import { own } from "../core/frameworks";
import { grantsPublicAccess, parsePolicyDocument, statementNumbers } from "../core/iam";
import { resourcePolicy } from "../core/policy";

export const s3VectorBucketPolicyNoPublicAccess = resourcePolicy({
    name: "s3-vector-bucket-policy-no-public-access",
    description:
        "S3 Vectors bucket policies must not grant access to everyone (a `*` principal without a condition on the caller's account, organisation or network).",
    severity: "critical",
    enforcementLevel: "mandatory",
    practice: "access",
    resources: { "aws-native:s3vectors:VectorBucketPolicy": {}, "aws:s3/vectorsVectorBucketPolicy:VectorsVectorBucketPolicy": {} },
    // Peer: none ships this check for S3 Vectors yet; the logic is Prowler's is_policy_public (prowler/providers/aws/
    // services/iam/lib/policy.py), which its S3 bucket checks use. Its unit fixtures translated in test/peers/opensearch-vectors.ts.
    controls: {
        hipaa: {
            ids: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"],
            source: own(
                "Access control to ePHI: a vector bucket anyone can query or write returns the embeddings (and the text metadata stored with them) of the documents a knowledge base indexes.",
            ),
        },
        "nist-800-53": {
            ids: ["AC-3", "AC-6", "AC-21"],
            source: own("Access enforcement, least privilege and information sharing restricted to authorised principals."),
        },
        "pci-dss": { ids: ["7.2.1"], source: own("Access to stored data by least privilege, not to everyone.") },
        iso27001: { ids: ["A.5.15", "A.8.3"], source: own("Access control and information access restriction.") },
    },
    fix: "name the roles that use the vector bucket as principals, or restrict the `*` statement with a condition such as `aws:PrincipalOrgID` or `aws:SourceVpce`",
    remediationSteps: [
        '1. Replace `Principal: "*"` with the roles that load or query the vectors (the knowledge base\'s service role).',
        "2. Where a wildcard principal is needed, restrict it with `aws:PrincipalOrgID`, `aws:PrincipalAccount` or `aws:SourceVpce` (not an `...IfExists` operator).",
        "```typescript",
        'new awsnative.s3vectors.VectorBucketPolicy("vectors", {',
        "    vectorBucketName: bucket.vectorBucketName,",
        "    policy: {",
        '        Version: "2012-10-17",',
        '        Statement: [{ Effect: "Allow", Principal: { AWS: kbRole.arn }, Action: ["s3vectors:QueryVectors", "s3vectors:GetVectors"], Resource: "*" }],',
        "    },",
        "});",
        "```",
    ].join("\n"),
    check(r, report) {
        const v = r.get("policy");
        if (v.state !== "known") return; // unknown: judged at update
        const d = parsePolicyDocument(v.value);
        if (d.kind === "invalid") {
            report(`\`policy\` ${d.reason}, so S3 Vectors rejects it or it does not mean what it seems to.`);
            return;
        }
        if (d.kind !== "ok") return;
        const open = d.statements.filter((st) => grantsPublicAccess(st) === true).map((st) => st.index);
        if (open.length === 0) return;
        report(
            `Vector bucket policy ${statementNumbers(open)} allow${open.length === 1 ? "s" : ""} any principal (\`*\`) with no condition restricting the caller's account, organisation or network: anyone can reach the bucket's vectors.`,
        );
    },
});
