import { prowler } from "../core/frameworks";
import { awsManagedPolicyName } from "../core/iam";
import { resourcePolicy } from "../core/policy";
import { leastPrivilegeControls, T } from "./common";

export const iamPermissionSetNoAdministratorAccess = resourcePolicy({
    name: "iam-permission-set-no-administrator-access",
    description: "IAM Identity Center permission sets must not attach the AWS-managed AdministratorAccess policy.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "access",
    resources: { [T.managedPolicyAttachment]: {} },
    controls: {
        ...leastPrivilegeControls(true),
        "nist-800-53": {
            ids: ["AC-2(1)", "AC-3", "AC-6", "AC-6(2)", "AC-6(10)"],
            source: prowler("iam_aws_attached_policy_no_administrative_privileges (severity high); Security Hub IAM.1"),
        },
    },
    fix: "attach a job-function policy (e.g. `arn:aws:iam::aws:policy/job-function/DataScientist`) or a customer-managed policy that lists what the team needs",
    remediationSteps: [
        "1. People who sign in through IAM Identity Center get every permission of the permission set in every account it is assigned to.",
        "2. Attach what the team needs instead; keep a separate, rarely assigned break-glass permission set for administrators (and exempt it here with a reason and an expiry).",
        "```typescript",
        'new aws.ssoadmin.ManagedPolicyAttachment("data-science", {',
        "    instanceArn,",
        "    permissionSetArn: dataScience.arn,",
        '    managedPolicyArn: "arn:aws:iam::aws:policy/job-function/DataScientist",',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.ssoadmin.ManagedPolicyAttachment("ml-admin", { instanceArn, permissionSetArn: ps.arn, managedPolicyArn: "arn:aws:iam::aws:policy/AdministratorAccess" });',
        after: 'new aws.ssoadmin.ManagedPolicyAttachment("ml", { instanceArn, permissionSetArn: ps.arn, managedPolicyArn: "arn:aws:iam::aws:policy/job-function/DataScientist" });',
    },
    check(r, report) {
        const arn = r.get("managedPolicyArn");
        if (arn.state !== "known" || awsManagedPolicyName(arn.value) !== "AdministratorAccess") return;
        report(
            "This attachment gives the permission set the AWS-managed `AdministratorAccess` policy: everyone assigned to it can do anything in the account.",
        );
    },
});
