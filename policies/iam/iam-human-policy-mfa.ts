import { allowsAction, coversAction, deniesWithoutMfa, requiresMfa, Statement } from "../core/iam";
import { stackPolicy, StackResource } from "../core/policy";
import { awsManagedPolicyName } from "../core/iam";
import { docOf, mfaControls, refs, T } from "./common";

/** What people do with SageMaker Studio and Bedrock models: open Studio, open a notebook, invoke a model. */
const PEOPLE_ACTIONS = [
    "sagemaker:CreatePresignedDomainUrl",
    "sagemaker:CreatePresignedNotebookInstanceUrl",
    "bedrock:InvokeModel",
    "bedrock:InvokeModelWithResponseStream",
    "bedrock:Converse",
    "bedrock:ConverseStream",
];

/** AWS-managed policies that allow those actions without an MFA condition (names printed: AWS constants). */
const MANAGED_WITHOUT_MFA = new Set(["AdministratorAccess", "PowerUserAccess", "AmazonSageMakerFullAccess", "AmazonBedrockFullAccess"]);

/** Statements that allow one of the people actions without MFA, and no Deny-without-MFA in the same document covers it. */
function withoutMfa(statements: readonly Statement[]): Statement[] {
    const out: Statement[] = [];
    for (const st of statements) {
        if (requiresMfa(st) !== false) continue;
        const bad = PEOPLE_ACTIONS.some(
            (a) =>
                allowsAction(st, a) === true &&
                !statements.some((d) => d.effect === "Deny" && coversAction(d, a) !== false && deniesWithoutMfa(d) !== false),
        );
        if (bad) out.push(st);
    }
    return out;
}

export const iamHumanPolicyMfa = stackPolicy({
    name: "iam-human-policy-mfa",
    description: "Policies that let IAM users or groups open SageMaker Studio or invoke Bedrock models must require MFA.",
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
        if (index.ofType(T.userPolicy, T.groupPolicy, T.userPolicyAttachment, T.groupPolicyAttachment, T.policyAttachment).length === 0)
            return ctx.notApplicable("no user or group policy, and no policy attachment, in this stack");
        const judgeDoc = (r: StackResource, prop: string, where: string, urn: string) => {
            const d = docOf(r.get(prop));
            if (d.kind !== "ok") return;
            for (const st of withoutMfa(d.statements)) {
                report(
                    `${where}, statement #${st.index + 1}, lets people open SageMaker Studio / notebooks or invoke Bedrock models without MFA.`,
                    urn,
                );
            }
        };
        for (const r of index.ofType(T.userPolicy)) judgeDoc(r, "policy", "This user policy", r.urn);
        for (const r of index.ofType(T.groupPolicy)) judgeDoc(r, "policy", "This group policy", r.urn);

        const judgeAttachment = (a: StackResource) => {
            const arn = a.get("policyArn");
            const name = arn.state === "known" ? awsManagedPolicyName(arn.value) : undefined;
            if (name) {
                if (MANAGED_WITHOUT_MFA.has(name)) {
                    report(
                        `This attachment gives people the AWS-managed \`${name}\` policy, which lets them open SageMaker Studio or invoke Bedrock models without MFA.`,
                        a.urn,
                    );
                }
                return;
            }
            for (const p of refs(ctx, a, "policyArn", T.policy))
                judgeDoc(p, "policy", `The policy \`${p.name}\` attached here to people`, a.urn);
        };
        for (const a of index.ofType(T.userPolicyAttachment, T.groupPolicyAttachment)) judgeAttachment(a);
        for (const a of index.ofType(T.policyAttachment)) {
            const users = a.list("users");
            const groups = a.list("groups");
            const toPeople = users === "unknown" || groups === "unknown" || users.length > 0 || groups.length > 0;
            if (toPeople) judgeAttachment(a);
        }
    },
});
