import { fullServiceWildcards, hasWildcardAction, isWildcardResource } from "../core/iam";
import { stackPolicy } from "../core/policy";
import { Grant, isWorkloadRole, leastPrivilegeControls, roleLabel, roleViews } from "./common";
import { leftToStack } from "./role-halves";
import { NO_WORKLOAD_ROLE } from "./scope";

/** AWS-managed policies that are administrator access. */
const ADMIN_MANAGED = new Set(["AdministratorAccess"]);

/** One grant's findings (both halves: role-halves.ts). */
export function judgeLeastPrivilege(label: string, g: Grant): string[] {
    const out: string[] = [];
    if (g.managed && ADMIN_MANAGED.has(g.managed))
        out.push(
            `${label} gets the AWS-managed \`AdministratorAccess\` policy through ${g.via}: the workload could do anything in the account.`,
        );
    for (const st of g.statements ?? []) {
        if (st.effect !== "Allow" || !isWildcardResource(st)) continue;
        if (hasWildcardAction(st) || st.notAction) {
            out.push(
                `${label} is allowed every action (\`*\` or \`NotAction\`) on every resource by ${g.via}, statement #${st.index + 1}.`,
            );
        } else if (fullServiceWildcards(st).length > 0) {
            out.push(
                `${label} is allowed all actions of a service (\`service:*\`) on every resource by ${g.via}, statement #${st.index + 1}.`,
            );
        }
    }
    return out;
}

export const iamWorkloadRoleLeastPrivilege = stackPolicy({
    name: "iam-workload-role-least-privilege",
    description: "Roles that SageMaker or Bedrock assume must not get administrator access or all actions of a service on every resource.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "access",
    controls: leastPrivilegeControls(true),
    fix: "grant the workload role only the actions it calls, on the ARNs of the buckets, keys and models it uses",
    remediationSteps: [
        '1. Remove `AdministratorAccess` and any `*` / `service:*` statement on `"Resource": "*"` from the execution role.',
        "2. Grant the actions the job or notebook calls on the resources it uses (IAM Access Analyzer can generate the list).",
        "```typescript",
        'const execRole = new aws.iam.Role("training", {',
        '    assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "sagemaker.amazonaws.com" }, Action: "sts:AssumeRole" }] }),',
        "});",
        'new aws.iam.RolePolicy("training", {',
        "    role: execRole.name,",
        '    policy: pulumi.jsonStringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["s3:GetObject", "s3:PutObject"], Resource: [pulumi.interpolate`${bucket.arn}/*`] }] }),',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.iam.RolePolicyAttachment("training-admin", { role: execRole.name, policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" });',
        after: 'new aws.iam.RolePolicy("training", {\n    role: execRole.name,\n    policy: pulumi.jsonStringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["s3:GetObject"], Resource: [pulumi.interpolate`${bucket.arn}/*`] }] }),\n});',
    },
    resourceHalf: "iam-ml-role-least-privilege",
    stackCheck(ctx, report) {
        const views = roleViews(ctx);
        if (!views.some(isWorkloadRole)) return ctx.notApplicable(NO_WORKLOAD_ROLE);
        for (const v of views) {
            if (!isWorkloadRole(v)) continue;
            for (const g of v.grants)
                if (leftToStack(v, g)) for (const problem of judgeLeastPrivilege(roleLabel(v), g)) report(problem, g.urn);
        }
    },
});
