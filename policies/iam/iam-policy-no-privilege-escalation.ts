import { checkov } from "../core/frameworks";
import { analyseDocument, collapseActions, statementNumbers } from "../core/iam";
import { stackPolicy } from "../core/policy";
import { IdentityDocument, leastPrivilegeControls } from "./common";
import { judgeStackHalf } from "./document-halves";
import { PRIVILEGE_ESCALATION } from "./risky-actions";

/** The escalation methods a set of allowed actions completes, without those that merely extend another one found. */
function methodsIn(allowed: ReadonlySet<string>): (readonly [string, readonly string[]])[] {
    const found = PRIVILEGE_ESCALATION.filter(([, actions]) => actions.every((a) => allowed.has(a)));
    return found.filter(([, mine]) => !found.some(([, other]) => other.length < mine.length && other.every((a) => mine.includes(a))));
}

/** One document's finding (both halves: document-halves.ts). */
export function judgePrivilegeEscalation(doc: IdentityDocument): string[] {
    const allowed = analyseDocument(doc.statements).unconstrained;
    if (allowed.size === 0) return [];
    const methods = methodsIn(new Set(allowed.keys()));
    if (methods.length === 0) return [];
    const actions = [...new Set(methods.flatMap(([, a]) => a))];
    const where = statementNumbers(actions.flatMap((a) => allowed.get(a)?.statements ?? []));
    const names = methods.map(([m]) => m);
    const shown = names.slice(0, 3).join(", ") + (names.length > 3 ? ` and ${names.length - 3} more` : "");
    return [
        `${doc.label} allows privilege escalation on every resource without a condition (${where}): ${collapseActions(actions, 4)} (${shown}).`,
    ];
}

export const iamPolicyNoPrivilegeEscalation = stackPolicy({
    name: "iam-policy-no-privilege-escalation",
    description:
        "IAM policy documents in a stack with SageMaker or Bedrock resources must not allow a known privilege-escalation path on every resource without a condition.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "access",
    controls: {
        ...leastPrivilegeControls(false),
        "nist-800-53": {
            ids: ["AC-3", "AC-6", "AC-6(10)"],
            source: checkov(
                "CKV_AWS_286 (privilege escalation, via cloudsplaining: Rhino Security Labs and pathfinding.cloud methods, severity high)",
            ),
        },
    },
    fix: "scope the named actions to the resources the workload owns (e.g. `iam:PassRole` to one role ARN with an `iam:PassedToService` condition), or remove them",
    remediationSteps: [
        "1. Each method in the finding is a set of actions that together let the principal gain more privileges (attach a policy to itself, pass a stronger role to new compute, edit code that runs with another role).",
        "2. Remove one action of each set, or scope it to named resources with a condition.",
        "```typescript",
        "{",
        '    Effect: "Allow",',
        '    Action: "iam:PassRole",',
        "    Resource: [trainingRole.arn],",
        '    Condition: { StringEquals: { "iam:PassedToService": "sagemaker.amazonaws.com" } },',
        "}",
        "```",
    ].join("\n"),
    example: {
        before: '{ Effect: "Allow", Action: ["iam:PassRole", "sagemaker:CreateTrainingJob"], Resource: "*" }',
        after: '{ Effect: "Allow", Action: "iam:PassRole", Resource: [trainingRole.arn], Condition: { StringEquals: { "iam:PassedToService": "sagemaker.amazonaws.com" } } }',
    },
    tags: ["least-privilege"],
    resourceHalf: "iam-ml-policy-no-privilege-escalation",
    stackCheck: (ctx, report) => judgeStackHalf(ctx, report, judgePrivilegeEscalation),
});
