import { own } from "../core/frameworks";
import { allowsAction, hasCondition, statementNumbers } from "../core/iam";
import { stackPolicy } from "../core/policy";
import { mlStackDocuments } from "./common";

const GUARDRAILS = ["aws:bedrock/guardrail:Guardrail", "aws-native:bedrock:Guardrail"];
/** The model invocation actions the condition key applies to (Converse and ConverseStream are authorized by these). */
const INVOKE = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"];
const KEY = "bedrock:GuardrailIdentifier";

export const iamPolicyBedrockInvokeGuardrail = stackPolicy({
    name: "iam-policy-bedrock-invoke-guardrail",
    description:
        "In a stack that defines a Bedrock guardrail, IAM policies that allow model invocation should require it with the bedrock:GuardrailIdentifier condition key.",
    severity: "low",
    // Advisory: the guardrail may be applied by the application (or an agent's own configuration);
    // the condition makes IAM refuse invocations that skip it.
    enforcementLevel: "advisory",
    practice: "access",
    // Peer: AWS AI/ML security assessment sample BR-10 (roles with bedrock:InvokeModel and no
    // bedrock:GuardrailIdentifier condition fail, where the account has a guardrail).
    controls: {
        hipaa: {
            ids: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"],
            source: own(
                "Access control: only invocations that go through the guardrail that filters PHI and prompt attacks are authorized.",
            ),
        },
        "nist-800-53": { ids: ["AC-3", "AC-4"], source: own("Access and information flow enforcement on model invocation.") },
    },
    fix: 'add `Condition: { StringEquals: { "bedrock:GuardrailIdentifier": `${guardrail.guardrailArn}:${version.version}` } }` to the statement that allows `bedrock:InvokeModel`',
    remediationSteps: [
        "1. Publish a guardrail version and require it on every statement that allows model invocation.",
        "```typescript",
        "{",
        '    Effect: "Allow",',
        '    Action: ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],',
        "    Resource: [modelArn],",
        '    Condition: { StringEquals: { "bedrock:GuardrailIdentifier": guardrailVersionArn } },',
        "}",
        "```",
    ].join("\n"),
    tags: ["least-privilege"],
    stackCheck(ctx, report) {
        if (ctx.index.ofType(...GUARDRAILS).length === 0) return ctx.notApplicable("no Bedrock guardrail in this stack");
        for (const doc of mlStackDocuments(ctx)) {
            const hits = doc.statements.filter((st) => INVOKE.some((a) => allowsAction(st, a) === true) && hasCondition(st, KEY) === false);
            if (hits.length === 0) continue;
            report(
                `${doc.label} allows Bedrock model invocation (${statementNumbers(hits.map((s) => s.index))}) without a \`${KEY}\` condition: a caller can invoke models without the stack's guardrail.`,
                doc.urn,
            );
        }
    },
});
