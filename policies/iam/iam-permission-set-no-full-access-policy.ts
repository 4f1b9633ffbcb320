import { prowler } from "../core/frameworks";
import { awsManagedPolicyName } from "../core/iam";
import { resourcePolicy } from "../core/policy";
import { leastPrivilegeControls, T } from "./common";
import { fullAccessOf } from "./ml-full-access";

export const iamPermissionSetNoFullAccessPolicy = resourcePolicy({
    name: "iam-permission-set-no-full-access-policy",
    description:
        "IAM Identity Center permission sets should not attach an AWS-managed FullAccess policy of an ML service (AmazonSageMakerFullAccess, AmazonBedrockFullAccess, BedrockAgentCoreFullAccess and the others AWS publishes).",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "access",
    resources: { [T.managedPolicyAttachment]: {} },
    controls: {
        ...leastPrivilegeControls(false),
        soc2: { ids: ["CC6.3"], source: prowler("soc2_aws.json cc_6_3: bedrock_full_access_policy_attached") },
        iso27001: { ids: ["A.8.2"], source: prowler("iso27001_2022_aws.json A.8.2: bedrock_full_access_policy_attached") },
    },
    fix: "attach a customer-managed policy (or a permission-set inline policy) with the SageMaker or Bedrock actions the team uses, on its own resources",
    remediationSteps: [
        "1. The ML services' `*FullAccess` managed policies (`AmazonSageMakerFullAccess`, `AmazonBedrockFullAccess`, `BedrockAgentCoreFullAccess`, ...) allow every action of the service on every resource, to everyone assigned the permission set.",
        "2. Give the team the actions it uses instead, e.g. opening its own Studio profiles and invoking approved models.",
        "```typescript",
        'new aws.ssoadmin.PermissionSetInlinePolicy("data-science", {',
        "    instanceArn,",
        "    permissionSetArn: dataScience.arn,",
        "    inlinePolicy: JSON.stringify({",
        '        Version: "2012-10-17",',
        '        Statement: [{ Effect: "Allow", Action: ["bedrock:InvokeModel"], Resource: [approvedModelArn] }],',
        "    }),",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.ssoadmin.ManagedPolicyAttachment("ds", { instanceArn, permissionSetArn: ps.arn, managedPolicyArn: "arn:aws:iam::aws:policy/AmazonSageMakerFullAccess" });',
        after: 'new aws.ssoadmin.PermissionSetInlinePolicy("ds", { instanceArn, permissionSetArn: ps.arn, inlinePolicy: scopedPolicyJson });',
    },
    check(r, report) {
        const arn = r.get("managedPolicyArn");
        const name = arn.state === "known" ? awsManagedPolicyName(arn.value) : undefined;
        const full = name ? fullAccessOf(name) : undefined;
        if (!full) return;
        report(`This attachment gives the permission set the AWS-managed \`${name}\` policy: it allows ${full}.`);
    },
});
