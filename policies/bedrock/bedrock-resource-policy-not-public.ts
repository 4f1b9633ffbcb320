import { own } from "../core/frameworks";
import { hasCondition, isWildcardPrincipal, parsePolicyDocument } from "../core/iam";
import { resourcePolicy } from "../core/policy";

/** Condition keys that limit who (or from where) a `*` principal may be. */
const LIMITING_KEYS = [
    "aws:PrincipalAccount",
    "aws:PrincipalArn",
    "aws:PrincipalOrgID",
    "aws:PrincipalOrgPaths",
    "aws:SourceAccount",
    "aws:SourceArn",
    "aws:SourceOrgID",
    "aws:SourceOrgPaths",
    "aws:SourceVpce",
    "aws:SourceVpc",
    "aws:SourceIp",
    "aws:VpcSourceIp",
];

export const bedrockResourcePolicyNotPublic = resourcePolicy({
    name: "bedrock-resource-policy-not-public",
    description:
        "Bedrock and AgentCore resource policies should not allow every principal (`*`) without a condition that limits the account, organisation or network.",
    severity: "high",
    // Advisory: AgentCore runtimes and gateways behind a JWT authorizer may be shared with `*` on purpose
    // (the authorizer then decides); the finding says so.
    enforcementLevel: "advisory",
    practice: "access",
    resources: {
        "aws-native:bedrock:ResourcePolicy": { fields: { policy: "policyDocument" } },
        "aws-native:bedrockagentcore:ResourcePolicy": {},
        "aws:bedrock/agentcoreResourcePolicy:AgentcoreResourcePolicy": {},
    },
    // No peer judges the content of these policies (the AWS AI/ML security assessment sample's AC-10 checks
    // only that AgentCore runtimes and gateways have one); the rule is the pack's usual one for resource policies.
    controls: {
        hipaa: {
            ids: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"],
            source: own(
                "Access authorization: a resource policy open to every AWS principal lets any account invoke the agent or model that handles PHI.",
            ),
        },
        "nist-800-53": {
            ids: ["AC-3", "AC-21", "AC-6"],
            source: own("Resource policies that share only with named or conditioned principals."),
        },
        iso27001: { ids: ["A.5.15"], source: own("Access control on shared resources.") },
    },
    fix: "name the principals (account or role ARNs) instead of `*`, or add a condition such as `aws:PrincipalOrgID` or `aws:SourceVpce`",
    remediationSteps: [
        "1. Allow the roles or accounts that need the resource, by ARN, or keep `*` with a condition on the organisation, account or VPC endpoint.",
        "```typescript",
        'new aws.bedrock.AgentcoreResourcePolicy("runtime", {',
        "    resourceArn: runtime.agentRuntimeArn,",
        "    policy: JSON.stringify({",
        '        Version: "2012-10-17",',
        '        Statement: [{ Effect: "Allow", Principal: { AWS: callerRoleArn }, Action: "bedrock-agentcore:InvokeAgentRuntime", Resource: "*" }],',
        "    }),",
        "});",
        "```",
    ].join("\n"),
    check(r, report) {
        const v = r.get("policy");
        if (v.state !== "known") return;
        const doc = parsePolicyDocument(v.value);
        if (doc.kind !== "ok") return;
        const open = doc.statements.filter(
            (st) => st.effect === "Allow" && isWildcardPrincipal(st) && LIMITING_KEYS.every((k) => hasCondition(st, k) === false),
        );
        if (open.length === 0) return;
        const field = r.type === "aws-native:bedrock:ResourcePolicy" ? "policyDocument" : "policy";
        report(
            `${open.length === 1 ? "Statement" : "Statements"} ${open.map((s) => `#${s.index + 1}`).join(", ")} of \`${field}\` ${open.length === 1 ? "allows" : "allow"} every AWS principal (\`*\`) with no condition on account, organisation or network: any account can use the resource (unless a JWT authorizer on an AgentCore runtime or gateway decides instead).`,
        );
    },
});
