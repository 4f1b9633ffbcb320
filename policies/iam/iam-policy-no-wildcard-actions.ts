import { cdkNag } from "../core/frameworks";
import {
    analyseDocument,
    collapseActions,
    DOCUMENT_WORK_BUDGET,
    expandActionPattern,
    isAdminStatement,
    Statement,
    WorkMeter,
} from "../core/iam";
import { stackPolicy } from "../core/policy";
import { IdentityDocument, leastPrivilegeControls } from "./common";
import { judgeStackHalf } from "./document-halves";

const ALL_ACTIONS = /^\*+(:\*+)?$/;
const SERVICE_WILDCARD = /^([^:*?]+):\*+$/;

/** What the statement's wildcard action patterns grant beyond reading, in words with AWS's names only (never the pattern as written). */
function wildcardGrants(st: Statement, meter: WorkMeter): string[] {
    if (st.notAction) return ["everything but a list (`NotAction`)"];
    const services = new Set<string>();
    const writes = new Set<string>();
    for (const p of st.action?.values ?? []) {
        if (!/[*?]/.test(p)) continue;
        if (ALL_ACTIONS.test(p)) return ["every action (`*`)"];
        const e = expandActionPattern(p, meter);
        if (e.unknownService || e.actions.length === 0) continue; // a service AWS's data does not know: nothing to judge
        if (SERVICE_WILDCARD.test(p)) services.add(e.actions[0].name.split(":")[0]);
        else for (const a of e.actions) if (a.level !== "Read" && a.level !== "List") writes.add(a.name);
    }
    const out: string[] = [];
    if (services.size > 0)
        out.push(
            `every action of ${[...services]
                .sort()
                .map((s) => `\`${s}\``)
                .join(", ")}`,
        );
    if (writes.size > 0) out.push(`${writes.size} Write, Tagging or Permissions-management actions (${collapseActions([...writes])})`);
    return out;
}

/** One document's findings (both halves: document-halves.ts). */
export function judgeWildcardActions(doc: IdentityDocument): string[] {
    const out: string[] = [];
    const analysis = analyseDocument(doc.statements);
    for (const st of doc.statements) {
        if (st.effect !== "Allow" || isAdminStatement(st)) continue; // `*` on `*`: iam-policy-document-no-admin
        const grants = wildcardGrants(st, analysis.meter);
        if (grants.length === 0) continue;
        out.push(`${doc.label}, statement #${st.index + 1}, grants by wildcard ${grants.join(", and ")}.`);
    }
    // Said once, here (every document this reaches has wildcards): the IAM policies judged it in part.
    if (analysis.meter.exhausted)
        out.push(
            `${doc.label} was not fully analysed: its wildcard patterns need more than ${DOCUMENT_WORK_BUDGET.toLocaleString("en-US")} comparisons with AWS's action list, the limit per document, so the IAM policies judged only the part analysed. Name the actions instead of matching them by wildcard.`,
        );
    return out;
}

export const iamPolicyNoWildcardActions = stackPolicy({
    name: "iam-policy-no-wildcard-actions",
    description:
        "IAM policy documents in a stack with SageMaker or Bedrock resources should name their actions instead of using wildcards that reach more than reading (`service:*`, `s3:Put*`).",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "access",
    controls: {
        ...leastPrivilegeControls(false),
        "nist-800-53": {
            ids: ["AC-3", "AC-6"],
            source: cdkNag("AwsSolutions-IAM5 (wildcard permissions); Checkov CKV_AWS_63 (no `*` actions)"),
        },
    },
    fix: "list the actions the workload calls instead of the wildcard (wildcards that reach only Read or List actions, such as `s3:Get*`, are fine)",
    remediationSteps: [
        "1. Find what the principal calls (CloudTrail, IAM Access Analyzer policy generation).",
        "2. Replace `service:*` and write-reaching wildcards with those actions; read-only wildcards (`s3:Get*`, `sagemaker:Describe*`) may stay.",
        "```typescript",
        "{",
        '    Effect: "Allow",',
        '    Action: ["sagemaker:CreateTrainingJob", "sagemaker:Describe*"],',
        "    Resource: [pulumi.interpolate`arn:aws:sagemaker:${region}:${accountId}:training-job/churn-*`],",
        "}",
        "```",
    ].join("\n"),
    example: {
        before: '{ Effect: "Allow", Action: ["sagemaker:*", "s3:Put*"], Resource: [bucket.arn] }',
        after: '{ Effect: "Allow", Action: ["sagemaker:CreateTrainingJob", "s3:PutObject"], Resource: [jobArnPattern, objectsArn] }',
    },
    tags: ["least-privilege"],
    resourceHalf: "iam-ml-policy-no-wildcard-actions",
    stackCheck: (ctx, report) => judgeStackHalf(ctx, report, judgeWildcardActions),
});
