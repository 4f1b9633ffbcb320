import { allowsAction, isWildcardResource, Statement } from "../core/iam";
import { stackPolicy } from "../core/policy";
import { Grant, isWorkloadRole, leastPrivilegeControls, roleLabel, roleViews } from "./common";
import { leftToStack } from "./role-halves";
import { NO_WORKLOAD_ROLE } from "./scope";

/** Any role of any (or this) account: `arn:aws:iam::*:role/*`, `arn:aws:iam::123456789012:role/*`. */
const ANY_ROLE = /^arn:(\*|aws[a-z-]*):iam::(\*|\d{12}):(role\/)?\*$/;

function onAnyRole(st: Statement): boolean {
    return isWildcardResource(st) || !!st.resource?.values.some((r) => ANY_ROLE.test(r));
}

/** One grant's findings (both halves: role-halves.ts). */
export function judgePassRole(label: string, g: Grant): string[] {
    const out: string[] = [];
    if (g.managed === "AdministratorAccess")
        out.push(
            `${label} may pass any role (\`iam:PassRole\` on \`*\`) through the AWS-managed \`AdministratorAccess\` policy (${g.via}).`,
        );
    for (const st of g.statements ?? []) {
        if (allowsAction(st, "iam:PassRole") === true && onAnyRole(st))
            out.push(
                `${label} may pass any role (\`iam:PassRole\` on \`*\`) by ${g.via}, statement #${st.index + 1}: it can hand a more privileged role to a job it starts.`,
            );
    }
    return out;
}

export const iamWorkloadRolePassroleScoped = stackPolicy({
    name: "iam-workload-role-passrole-scoped",
    description: "Roles that SageMaker or Bedrock assume must not be allowed to pass every role (`iam:PassRole` on `*`).",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "access",
    controls: leastPrivilegeControls(false),
    fix: "limit `iam:PassRole` to the ARNs of the roles the workload launches, with an `iam:PassedToService` condition",
    remediationSteps: [
        "1. List the roles the workload hands to SageMaker or Bedrock (e.g. a training job's execution role).",
        "2. Allow `iam:PassRole` on those ARNs only, and only to the service that needs them.",
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
        before: '{ Effect: "Allow", Action: "iam:PassRole", Resource: "*" }',
        after: '{ Effect: "Allow", Action: "iam:PassRole", Resource: [trainingRole.arn], Condition: { StringEquals: { "iam:PassedToService": "sagemaker.amazonaws.com" } } }',
    },
    resourceHalf: "iam-ml-role-passrole-scoped",
    stackCheck(ctx, report) {
        const views = roleViews(ctx);
        if (!views.some(isWorkloadRole)) return ctx.notApplicable(NO_WORKLOAD_ROLE);
        for (const v of views) {
            if (!isWorkloadRole(v)) continue;
            for (const g of v.grants) if (leftToStack(v, g)) for (const problem of judgePassRole(roleLabel(v), g)) report(problem, g.urn);
        }
    },
});
