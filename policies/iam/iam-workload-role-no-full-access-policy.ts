import { prowler } from "../core/frameworks";
import { stackPolicy } from "../core/policy";
import { isWorkloadRole, leastPrivilegeControls, roleLabel, roleViews } from "./common";
import { NO_WORKLOAD_ROLE } from "./scope";

/** Broad AWS-managed policies for the ML services (printed by name: they are AWS constants). */
const FULL_ACCESS = new Set(["AmazonSageMakerFullAccess", "AmazonBedrockFullAccess"]);

export const iamWorkloadRoleNoFullAccessPolicy = stackPolicy({
    name: "iam-workload-role-no-full-access-policy",
    description:
        "Roles that SageMaker or Bedrock assume should not use the AmazonSageMakerFullAccess or AmazonBedrockFullAccess managed policies.",
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
        "1. Detach `AmazonSageMakerFullAccess` / `AmazonBedrockFullAccess` from the execution role.",
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
    stackCheck(ctx, report) {
        const views = roleViews(ctx);
        if (!views.some(isWorkloadRole)) return ctx.notApplicable(NO_WORKLOAD_ROLE);
        for (const v of views) {
            if (!isWorkloadRole(v)) continue;
            for (const g of v.grants) {
                if (g.managed && FULL_ACCESS.has(g.managed)) {
                    report(
                        `${roleLabel(v)} gets the AWS-managed \`${g.managed}\` policy through ${g.via}: it allows every action of the service on every resource.`,
                        g.urn,
                    );
                }
            }
        }
    },
});
