import { cdkNag, prowler } from "../core/frameworks";
import { awsManagedPolicyName } from "../core/iam";
import { resourcePolicy } from "../core/policy";
import { docOf, T } from "./common";

/** AWS-managed policies that grant nothing (deny-only guardrails), so attaching them to a user is fine. */
const DENY_ONLY_MANAGED = new Set(["AWSDenyAll"]);

export const iamUserNoDirectPolicies = resourcePolicy({
    name: "iam-user-no-direct-policies",
    description: "IAM users must get permissions only through groups or roles, not from policies attached to the user.",
    severity: "medium",
    enforcementLevel: "mandatory",
    practice: "access",
    resources: { [T.userPolicy]: {}, [T.userPolicyAttachment]: {}, [T.policyAttachment]: {} },
    controls: {
        hipaa: {
            ids: ["164.308(a)(3)(i)", "164.308(a)(4)(i)", "164.308(a)(4)(ii)(B)", "164.308(a)(4)(ii)(C)", "164.312(a)(1)"],
            source: cdkNag("HIPAA.Security-IAMUserNoPolicies (AWS Config HIPAA pack iam-user-no-policies-check)"),
        },
        "nist-800-53": { ids: ["AC-2(1)", "AC-3", "AC-6"], source: cdkNag("NIST.800.53.R5-IAMUserNoPolicies") },
        cis: { ids: ["1.14"], source: prowler("cis_5.0_aws.json 1.14: iam_policy_attached_only_to_group_or_roles") },
        "pci-dss": {
            ids: ["7.2.1", "7.2.2"],
            source: cdkNag("PCI.DSS.321-IAMUserNoPolicies (7.1.2, 7.1.3, 7.2.1, 7.2.2; v4 7.2.1, 7.2.2)"),
        },
        soc2: { ids: ["CC6.3"], source: prowler("soc2_aws.json cc_6_3: iam_policy_attached_only_to_group_or_roles") },
        iso27001: { ids: ["A.5.15", "A.5.18"], source: prowler("iso27001_2022_aws.json: iam_policy_attached_only_to_group_or_roles") },
    },
    fix: "attach the policy to an IAM group (`aws.iam.GroupPolicyAttachment`) and add the user to it, or have people assume a role",
    remediationSteps: [
        "1. Create a group per job function and attach the policy to the group.",
        "2. Add the user to the group; better, let people sign in through IAM Identity Center and assume roles.",
        "```typescript",
        'const analysts = new aws.iam.Group("analysts");',
        'new aws.iam.GroupPolicyAttachment("analysts", { group: analysts.name, policyArn: analystPolicy.arn });',
        'new aws.iam.UserGroupMembership("alice", { user: alice.name, groups: [analysts.name] });',
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.iam.UserPolicyAttachment("alice", { user: alice.name, policyArn: analystPolicy.arn });',
        after: 'new aws.iam.GroupPolicyAttachment("analysts", { group: analysts.name, policyArn: analystPolicy.arn });',
    },
    check(r, report) {
        if (r.type === T.userPolicy) {
            const d = docOf(r.get("policy"));
            if (d.kind === "unknown" || d.kind === "absent") return; // judged at update
            if (d.kind === "ok" && d.statements.every((st) => st.effect === "Deny")) return; // grants nothing
            report("This inline policy is attached directly to an IAM user: permissions granted per user drift and escape review.");
            return;
        }
        if (r.type === T.userPolicyAttachment) {
            const arn = r.get("policyArn");
            if (arn.state === "known" && DENY_ONLY_MANAGED.has(awsManagedPolicyName(arn.value) ?? "")) return;
            report("This attachment attaches a policy directly to an IAM user: permissions granted per user drift and escape review.");
            return;
        }
        // aws.iam.PolicyAttachment: `users` named (an unknown element is a user of the stack).
        const users = r.list("users");
        if (users === "unknown" || users.length === 0) return;
        const arn = r.get("policyArn");
        if (arn.state === "known" && DENY_ONLY_MANAGED.has(awsManagedPolicyName(arn.value) ?? "")) return;
        report("`users` attaches the policy directly to IAM users: permissions granted per user drift and escape review.");
    },
});
