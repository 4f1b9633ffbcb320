import { coversService, requiresMfa, Statement } from "../core/iam";
import { stackPolicy } from "../core/policy";
import { Grant, mfaControls, peopleStatements, roleViews } from "./common";

const ML_SERVICES = ["sagemaker", "bedrock"];
/** AWS-managed policies that reach SageMaker or Bedrock. */
const ML_MANAGED = /^(AdministratorAccess|PowerUserAccess|.*SageMaker.*|.*Bedrock.*)$/;

/** Whether the grants reach SageMaker or Bedrock (an ML AWS-managed policy, or an Allow covering their actions). */
export function reachesMl(grants: readonly Grant[]): boolean {
    return grants.some(
        (g) =>
            (g.managed !== undefined && ML_MANAGED.test(g.managed)) ||
            (g.statements ?? []).some((st) => st.effect === "Allow" && ML_SERVICES.some((s) => coversService(st, s) === true)),
    );
}

/**
 * The findings about a role people assume that reaches SageMaker or Bedrock: one per trust statement
 * that lets people assume it without MFA (both halves: iam-human-role-mfa-own-policy.ts).
 */
export function judgeHumanRoleTrust(roleName: string, people: readonly Statement[]): string[] {
    return people
        .filter((st) => requiresMfa(st) === false)
        .map(
            (st) =>
                `Role \`${roleName}\` reaches SageMaker or Bedrock, and \`assumeRolePolicy\` statement #${st.index + 1} lets people (an account, its root or IAM users) assume it without MFA (\`aws:MultiFactorAuthPresent\`).`,
        );
}

export const iamHumanRoleMfa = stackPolicy({
    name: "iam-human-role-mfa",
    description: "Roles that people assume to reach SageMaker or Bedrock must require MFA in their trust policy.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "access",
    controls: mfaControls(),
    fix: 'add `Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } }` to the trust statement that lets people assume the role',
    remediationSteps: [
        "1. In the role's trust policy, require MFA on the statement that names the account or IAM users.",
        "2. Better: let people sign in through IAM Identity Center (SAML/OIDC federation), where the identity provider enforces MFA.",
        "```typescript",
        'new aws.iam.Role("data-scientist", {',
        "    assumeRolePolicy: JSON.stringify({",
        '        Version: "2012-10-17",',
        "        Statement: [{",
        '            Effect: "Allow",',
        '            Principal: { AWS: "arn:aws:iam::111122223333:root" },',
        '            Action: "sts:AssumeRole",',
        '            Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } },',
        "        }],",
        "    }),",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: '{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sts:AssumeRole" }',
        after: '{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sts:AssumeRole", Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }',
    },
    resourceHalf: "iam-human-role-mfa-own-policy",
    stackCheck(ctx, report) {
        const judged = roleViews(ctx)
            .map((v) => ({ v, people: peopleStatements(v.trust) }))
            .filter(({ v, people }) => people.length > 0 && (v.usedByWorkload || reachesMl(v.grants)));
        if (judged.length === 0)
            return ctx.notApplicable("no role in this stack both lets people assume it and reaches SageMaker or Bedrock");
        for (const { v, people } of judged) {
            // What the role holds itself reaches SageMaker or Bedrock: iam-human-role-mfa-own-policy's (one finding per fact).
            if (reachesMl(v.grants.filter((g) => g.own))) continue;
            for (const problem of judgeHumanRoleTrust(v.role.name, people)) report(problem, v.role.urn);
        }
    },
});
