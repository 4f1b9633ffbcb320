import { awsManagedPolicyName } from "../core/iam";
import { stackPolicy } from "../core/policy";
import { docOf, mfaControls, refs, T } from "./common";
import { withoutMfa } from "./people-mfa";

// The join half: a customer-managed policy of the stack attached to users or groups. What one
// resource decides alone (a user or group policy's own document, an AWS-managed policy attached to
// people) is iam-user-group-policy-mfa's, a resource policy that also runs in an account audit (one
// finding per fact, docs/authoring-policies.md).

export const iamHumanPolicyMfa = stackPolicy({
    name: "iam-human-policy-mfa",
    description:
        "Customer-managed policies attached to IAM users or groups that let them open SageMaker Studio or invoke Bedrock models must require MFA.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "access",
    controls: mfaControls(),
    fix: 'add `Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } }` to the statement (or a Deny with `BoolIfExists` `"false"`)',
    remediationSteps: [
        "1. Add an MFA condition to the statements that allow `sagemaker:CreatePresignedDomainUrl`, notebook URLs or model invocation.",
        "2. Or add a Deny statement for those actions when `aws:MultiFactorAuthPresent` is false; better, use IAM Identity Center.",
        "```typescript",
        "{",
        '    Effect: "Allow",',
        '    Action: "sagemaker:CreatePresignedDomainUrl",',
        "    Resource: [userProfile.arn],",
        '    Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } },',
        "}",
        "```",
    ].join("\n"),
    example: {
        before: '{ Effect: "Allow", Action: "sagemaker:CreatePresignedDomainUrl", Resource: [userProfile.arn] }',
        after: '{ Effect: "Allow", Action: "sagemaker:CreatePresignedDomainUrl", Resource: [userProfile.arn], Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }',
    },
    stackCheck(ctx, report) {
        const index = ctx.index;
        const toPeople = [
            ...index.ofType(T.userPolicyAttachment, T.groupPolicyAttachment),
            ...index.ofType(T.policyAttachment).filter((a) => {
                const users = a.list("users");
                const groups = a.list("groups");
                return users === "unknown" || groups === "unknown" || users.length > 0 || groups.length > 0;
            }),
        ];
        const joined = toPeople.filter((a) => {
            const arn = a.get("policyArn");
            return !(arn.state === "known" && awsManagedPolicyName(arn.value));
        });
        if (joined.length === 0) return ctx.notApplicable("no customer-managed policy attached to a user or group in this stack");
        for (const a of joined) {
            for (const p of refs(ctx, a, "policyArn", T.policy)) {
                const d = docOf(p.get("policy"));
                if (d.kind !== "ok") continue;
                for (const st of withoutMfa(d.statements)) {
                    report(
                        `The policy \`${p.name}\` attached here to people, statement #${st.index + 1}, lets people open SageMaker Studio / notebooks or invoke Bedrock models without MFA.`,
                        a.urn,
                    );
                }
            }
        }
    },
});
