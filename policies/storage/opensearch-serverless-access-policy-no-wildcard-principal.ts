import { own } from "../core/frameworks";
import { AOSS, field, items, parseAossDocument } from "../core/opensearch-serverless";
import { resourcePolicy } from "../core/policy";
import { isUnknown } from "../core/values";

const ACCOUNT_ROOT = /^(?:arn:aws[a-z-]*:iam::)?\d{12}(?::root)?$/;

/** "wildcard" for `*` or a pattern with `*`, "account" for an account id or its root ARN, else undefined. */
export function broadPrincipal(p: string): "wildcard" | "account" | undefined {
    const s = p.trim();
    if (s.includes("*")) return "wildcard";
    return ACCOUNT_ROOT.test(s) ? "account" : undefined;
}

export const opensearchServerlessAccessPolicyNoWildcardPrincipal = resourcePolicy({
    name: "opensearch-serverless-access-policy-no-wildcard-principal",
    description:
        "OpenSearch Serverless data access policies must name the roles and users that may read or write collections, not everyone (`*`) or a whole account (`:root`).",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "access",
    resources: { [AOSS.accessPolicy]: {}, [AOSS.nativeAccessPolicy]: {} },
    // Peer: none ships this check for OpenSearch Serverless (CloudSploit, Prowler, Checkov, KICS searched); the
    // counterpart of Prowler opensearch_service_domains_not_publicly_accessible (wildcard principal in a domain's
    // access policy) and of AWS's own guidance to grant data access to the knowledge base's role only.
    controls: {
        hipaa: {
            ids: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"],
            source: own(
                "Access control to ePHI: a data access policy granting `*` or a whole account lets any principal that passes IAM read every document chunk and vector in the collection.",
            ),
        },
        "nist-800-53": {
            ids: ["AC-3", "AC-6"],
            source: own("Access enforcement and least privilege on the data plane of the vector store."),
        },
        iso27001: { ids: ["A.5.15", "A.8.3"], source: own("Access control and information access restriction.") },
    },
    fix: "list the knowledge base's service role and the named roles that load or query the index in `Principal`, not `*` or `arn:aws:iam::<account>:root`",
    remediationSteps: [
        "1. Replace wildcard and account-root principals with the roles that need the collection: the knowledge base's service role, the ingestion role, named readers.",
        "2. Grant only the permissions each needs (`aoss:ReadDocument` for readers).",
        "```typescript",
        'new aws.opensearch.ServerlessAccessPolicy("kb-data", {',
        '    type: "data",',
        "    policy: pulumi.jsonStringify([{",
        '        Rules: [{ ResourceType: "index", Resource: ["index/kb-vectors/*"], Permission: ["aoss:ReadDocument", "aoss:WriteDocument", "aoss:DescribeIndex"] }],',
        "        Principal: [kbRole.arn],",
        "    }]),",
        "});",
        "```",
    ].join("\n"),
    check(r, report) {
        const policy = r.get("policy");
        if (policy.state !== "known") return;
        const d = parseAossDocument(policy.value);
        if (d.kind !== "ok") return; // unknown: judged at update; malformed: AWS rejects it
        const wildcard: number[] = [];
        const account: number[] = [];
        items(d.doc).forEach((block, i) => {
            const principals = items(field(block, "Principal")).filter((p): p is string => typeof p === "string" && !isUnknown(p));
            const kinds = new Set(principals.map(broadPrincipal));
            if (kinds.has("wildcard")) wildcard.push(i + 1);
            else if (kinds.has("account")) account.push(i + 1);
        });
        const list = (xs: number[]) => (xs.length === 1 ? `rule #${xs[0]}` : `rules #${xs.slice(0, 10).join(", #")}`);
        if (wildcard.length > 0)
            report(
                `The data access policy's ${list(wildcard)} grants a wildcard principal (\`*\`): any principal that can sign a request reaches the collections' documents and vectors.`,
            );
        else if (account.length > 0)
            report(
                `The data access policy's ${list(account)} grants a whole account (\`:root\` or an account id): every role and user of the account with aoss:APIAccessAll reaches the collections' documents and vectors.`,
            );
    },
});
