import { hasWildcardAction, isWildcardResource, parsePolicyDocument } from "../core/iam";
import { resourcePolicy, Report } from "../core/policy";
import { read, Value } from "../core/values";
import { leastPrivilegeControls, T } from "./common";

/** Reports a malformed document, or each statement that allows every action on every resource. */
function judge(v: Value, where: string, report: Report): void {
    if (v.state !== "known") return; // unknown at preview: judged at update; absent: nothing granted
    const d = parsePolicyDocument(v.value);
    if (d.kind === "invalid") {
        report(
            `${where} ${d.reason}, so AWS rejects it or it does not mean what it seems to.`,
            'write the document with `JSON.stringify({ Version: "2012-10-17", Statement: [...] })`',
        );
        return;
    }
    if (d.kind !== "ok") return;
    for (const st of d.statements) {
        if (st.effect !== "Allow" || !isWildcardResource(st)) continue;
        if (hasWildcardAction(st)) {
            report(`${where}, statement #${st.index + 1}, allows every action (\`*\`) on every resource: full administrator access.`);
        } else if (st.notAction) {
            report(
                `${where}, statement #${st.index + 1}, allows everything but a list (\`NotAction\`) on every resource: near-administrator access.`,
            );
        }
    }
}

export const iamPolicyDocumentNoAdmin = resourcePolicy({
    name: "iam-policy-document-no-admin",
    description: "IAM policy documents must be well-formed and must not allow every action on every resource.",
    severity: "critical",
    enforcementLevel: "mandatory",
    practice: "access",
    resources: {
        [T.policy]: {},
        [T.rolePolicy]: {},
        [T.userPolicy]: {},
        [T.groupPolicy]: {},
        [T.role]: {},
        // IAM Identity Center: people who sign in get the permission set's inline policy.
        [T.permissionSetInlinePolicy]: { fields: { policy: "inlinePolicy" } },
    },
    controls: leastPrivilegeControls(true),
    fix: 'list the actions and resource ARNs the workload needs instead of `"Action": "*"` on `"Resource": "*"`',
    remediationSteps: [
        "1. Find what the principal actually calls (CloudTrail, IAM Access Analyzer policy generation).",
        "2. Replace the `*` statement with those actions on the ARNs of the resources it uses.",
        "```typescript",
        'new aws.iam.Policy("training", {',
        "    policy: JSON.stringify({",
        '        Version: "2012-10-17",',
        '        Statement: [{ Effect: "Allow", Action: ["s3:GetObject"], Resource: [`${bucketArn}/training/*`] }],',
        "    }),",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.iam.Policy("admin", {\n    policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] }),\n});',
        after: 'new aws.iam.Policy("training", {\n    policy: JSON.stringify({\n        Version: "2012-10-17",\n        Statement: [{ Effect: "Allow", Action: ["s3:GetObject"], Resource: [`${bucketArn}/training/*`] }],\n    }),\n});',
    },
    check(r, report) {
        if (r.type !== T.role) {
            judge(r.get("policy"), r.type === T.permissionSetInlinePolicy ? "`inlinePolicy`" : "`policy`", report);
            return;
        }
        judge(r.get("assumeRolePolicy"), "`assumeRolePolicy`", (problem, fix) => {
            // A trust policy is judged for shape only: its Action is sts:AssumeRole* and it has no Resource.
            if (!problem.includes("statement #")) report(problem, fix);
        });
        const inline = r.list("inlinePolicies");
        if (inline === "unknown") return;
        inline.forEach((node, i) => judge(read(node, "policy"), `\`inlinePolicies[${i}].policy\``, report));
    },
});
