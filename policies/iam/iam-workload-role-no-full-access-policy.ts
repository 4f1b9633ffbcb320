import { prowler } from "../core/frameworks";
import { stackPolicy } from "../core/policy";
import { Grant, isWorkloadRole, leastPrivilegeControls, peopleStatements, roleLabel, roleViews } from "./common";
import { leftToStack } from "./role-halves";
import { fullAccessOf } from "./ml-full-access";
import { NO_WORKLOAD_ROLE } from "./scope";

/** One grant's findings (both halves: role-halves.ts). */
export function judgeFullAccess(label: string, g: Grant): string[] {
    const full = g.managed ? fullAccessOf(g.managed) : undefined;
    return full ? [`${label} gets the AWS-managed \`${g.managed}\` policy through ${g.via}: it allows ${full}.`] : [];
}

export const iamWorkloadRoleNoFullAccessPolicy = stackPolicy({
    name: "iam-workload-role-no-full-access-policy",
    description:
        "Roles that SageMaker, Bedrock or Bedrock AgentCore (or people) assume should not use an AWS-managed FullAccess policy of an ML service (AmazonSageMakerFullAccess, AmazonBedrockFullAccess, BedrockAgentCoreFullAccess and the others AWS publishes).",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "access",
    controls: {
        ...leastPrivilegeControls(false),
        soc2: { ids: ["CC6.3"], source: prowler("soc2_aws.json cc_6_3: bedrock_full_access_policy_attached") },
        iso27001: { ids: ["A.8.2"], source: prowler("iso27001_2022_aws.json A.8.2: bedrock_full_access_policy_attached") },
    },
    fix: "replace the *FullAccess managed policy with a customer policy that lists the actions and resources the workload uses",
    remediationSteps: [
        "1. Detach the `*FullAccess` managed policy (`AmazonSageMakerFullAccess`, `AmazonBedrockFullAccess`, `BedrockAgentCoreFullAccess`, `AmazonDataZoneFullAccess`, ...) from the execution role.",
        "2. Attach a policy with the actions the workload calls on its own resources (e.g. `bedrock:InvokeModel` on approved model ARNs).",
        "```typescript",
        'new aws.iam.RolePolicy("invoke", {',
        "    role: agentRole.name,",
        '    policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["bedrock:InvokeModel"], Resource: [modelArn] }] }),',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.iam.RolePolicyAttachment("full", { role: execRole.name, policyArn: "arn:aws:iam::aws:policy/AmazonSageMakerFullAccess" });',
        after: 'new aws.iam.RolePolicy("scoped", { role: execRole.name, policy: scopedPolicyJson });',
    },
    resourceHalf: "iam-ml-role-no-full-access-policy",
    stackCheck(ctx, report) {
        // Roles ML services assume, and roles people assume (Prowler bedrock_full_access_policy_attached
        // judges every role but service roles); a role only another service (Lambda, EC2) assumes is left alone.
        const judged = roleViews(ctx).filter((v) => isWorkloadRole(v) || peopleStatements(v.trust).length > 0);
        if (judged.length === 0) return ctx.notApplicable(`${NO_WORKLOAD_ROLE}, and none is assumed by people`);
        for (const v of judged) {
            const label = isWorkloadRole(v) ? roleLabel(v) : `Role \`${v.role.name}\` (assumable by people)`;
            for (const g of v.grants) if (leftToStack(v, g)) for (const problem of judgeFullAccess(label, g)) report(problem, g.urn);
        }
    },
});
