import { awsManagedPolicyName } from "../core/iam";
import { resourcePolicy } from "../core/policy";
import { docOf, mfaControls, T } from "./common";
import { iamHumanPolicyMfa } from "./iam-human-policy-mfa";
import { MANAGED_WITHOUT_MFA, withoutMfa } from "./people-mfa";

// The single-resource half of iam-human-policy-mfa: a user or group policy's own document, and an
// AWS-managed policy attached to people, decide alone whether people reach SageMaker Studio or
// Bedrock models without MFA. A resource policy, so it also runs in an account audit (which runs no
// stack policy). One finding per fact (docs/authoring-policies.md): a customer-managed policy
// attached to people needs its document, a join, and stays iam-human-policy-mfa's.

export const iamUserGroupPolicyMfa = resourcePolicy({
    name: "iam-user-group-policy-mfa",
    description:
        "IAM user and group policies, and AWS-managed policies attached to users or groups, that let people open SageMaker Studio or invoke Bedrock models must require MFA.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "access",
    resources: {
        [T.userPolicy]: {},
        [T.groupPolicy]: {},
        [T.userPolicyAttachment]: {},
        [T.groupPolicyAttachment]: {},
        [T.policyAttachment]: {},
    },
    controls: mfaControls(),
    fix: iamHumanPolicyMfa.fix,
    remediationSteps: iamHumanPolicyMfa.remediationSteps,
    example: iamHumanPolicyMfa.example,
    tags: ["account-audit"],
    check(r, report) {
        if (r.type === T.userPolicy || r.type === T.groupPolicy) {
            const d = docOf(r.get("policy"));
            if (d.kind !== "ok") return; // malformed documents are iam-policy-document-no-admin's
            const where = r.type === T.userPolicy ? "This user policy" : "This group policy";
            for (const st of withoutMfa(d.statements)) {
                report(
                    `${where}, statement #${st.index + 1}, lets people open SageMaker Studio / notebooks or invoke Bedrock models without MFA.`,
                );
            }
            return;
        }
        if (r.type === T.policyAttachment) {
            const users = r.list("users");
            const groups = r.list("groups");
            if (users !== "unknown" && groups !== "unknown" && users.length === 0 && groups.length === 0) {
                return r.notApplicable("attaches its policy to no user or group");
            }
        }
        const arn = r.get("policyArn");
        if (arn.state !== "known") return; // unknown at preview; absent: the provider refuses it
        const name = awsManagedPolicyName(arn.value);
        if (!name) return r.notApplicable("attaches a customer-managed policy: iam-human-policy-mfa judges its document with the stack");
        if (MANAGED_WITHOUT_MFA.has(name)) {
            report(
                `This attachment gives people the AWS-managed \`${name}\` policy, which lets them open SageMaker Studio or invoke Bedrock models without MFA.`,
            );
        }
    },
});
