import { own, prowler } from "../core/frameworks";
import { actionPatternMatches, allowsAction, conditionsOn, coversAction, Statement, statementNumbers } from "../core/iam";
import { stackPolicy } from "../core/policy";
import type { IdentityDocument } from "./common";
import { judgeStackHalf } from "./document-halves";

const ACTION = "iam:CreateServiceSpecificCredential";
const KEY = "iam:ServiceSpecificCredentialServiceName";
const BEDROCK = "bedrock.amazonaws.com";

/** Whether a condition value (IAM wildcards allowed for *Like operators) names the Bedrock service. */
const namesBedrock = (values: readonly string[], like: boolean) =>
    values.some((v) => (like ? actionPatternMatches(v.toLowerCase(), BEDROCK) : v.trim().toLowerCase() === BEDROCK));

/**
 * Whether the statement's condition keeps Bedrock out: `StringEquals`/`StringLike` on the service name with
 * known values none of which is Bedrock, or `StringNotEquals`/`StringNotLike` that names Bedrock.
 * "unknown" when the condition cannot be read at preview.
 */
function excludesBedrock(st: Statement): boolean | "unknown" {
    const entries = conditionsOn(st, KEY);
    if (entries === "unknown") return "unknown";
    for (const c of entries) {
        const op = c.operator.replace(/IfExists$/i, "").toLowerCase();
        if (c.values.unknown) return "unknown";
        const like = op.endsWith("like");
        if ((op === "stringequals" || op === "stringlike") && c.values.values.length > 0 && !namesBedrock(c.values.values, like))
            return true;
        if ((op === "stringnotequals" || op === "stringnotlike") && namesBedrock(c.values.values, like)) return true;
    }
    return false;
}

/** Whether a Deny statement blocks creating Bedrock credentials ("unknown": its condition is unknown at preview). */
function deniesBedrock(st: Statement): boolean | "unknown" {
    if (st.effect !== "Deny" || coversAction(st, ACTION) !== true) return false;
    if (st.condition === undefined) return true;
    const entries = conditionsOn(st, KEY);
    if (entries === "unknown" || entries.some((c) => c.values.unknown)) return "unknown";
    return entries.some((c) => /^string(equals|like)/i.test(c.operator) && namesBedrock(c.values.values, /like/i.test(c.operator)));
}

/** One document's finding (both halves: document-halves.ts). */
export function judgeBedrockApiKeyCreation(doc: IdentityDocument): string[] {
    // A Deny in the same document for Bedrock (or for the action outright) wins; one unknown at preview is judged at update.
    if (doc.statements.map(deniesBedrock).some((d) => d !== false)) return [];
    const hits = doc.statements.filter((st) => allowsAction(st, ACTION) === true && excludesBedrock(st) === false);
    if (hits.length === 0) return [];
    return [
        `${doc.label} allows \`${ACTION}\` (${statementNumbers(hits.map((s) => s.index))}) without a \`${KEY}\` condition that keeps Bedrock out: whoever holds it can create long-term Bedrock API keys, static bearer secrets for model access.`,
    ];
}

export const iamPolicyNoBedrockApiKeyCreation = stackPolicy({
    name: "iam-policy-no-bedrock-api-key-creation",
    description:
        "IAM policy documents in a stack with SageMaker or Bedrock resources should not allow creating long-term Bedrock API keys (iam:CreateServiceSpecificCredential without a service-name condition that excludes Bedrock).",
    severity: "medium",
    // Advisory: the permission may be meant for CodeCommit or Keyspaces credentials; the finding says
    // how to keep Bedrock out with the condition key AWS provides for it.
    enforcementLevel: "advisory",
    practice: "access",
    // Peer: Prowler bedrock_api_key_no_long_term_credentials judges the keys that exist; the permission
    // that creates them is judged nowhere else (iam-policy-no-credentials-exposure: only on Resource "*").
    controls: {
        hipaa: {
            ids: ["164.308(a)(5)(ii)(D)", "164.312(d)"],
            source: own("Password management and authentication: the permission mints long-term bearer keys for model access."),
        },
        "nist-800-53": {
            ids: ["IA-5(1)", "AC-6"],
            source: prowler("bedrock_api_key_no_long_term_credentials (authenticator management: no long-term keys)"),
        },
        iso27001: { ids: ["A.5.17"], source: own("Authentication information: no long-lived shared secrets for model access.") },
    },
    fix: 'add `Condition: { StringNotEquals: { "iam:ServiceSpecificCredentialServiceName": "bedrock.amazonaws.com" } }` (or `StringEquals` on the service the credential is for), or remove the action',
    remediationSteps: [
        "1. Use short-term Bedrock API keys or IAM roles for model access; long-term keys are for exploration only.",
        "2. Where the permission is for another service (CodeCommit, Keyspaces), limit it to that service with the service-name condition key.",
        "```typescript",
        "{",
        '    Effect: "Allow",',
        '    Action: "iam:CreateServiceSpecificCredential",',
        '    Resource: "arn:aws:iam::*:user/${aws:username}",',
        '    Condition: { StringEquals: { "iam:ServiceSpecificCredentialServiceName": "codecommit.amazonaws.com" } },',
        "}",
        "```",
    ].join("\n"),
    tags: ["least-privilege"],
    resourceHalf: "iam-ml-policy-no-bedrock-api-key-creation",
    stackCheck: (ctx, report) => judgeStackHalf(ctx, report, judgeBedrockApiKeyCreation),
});
