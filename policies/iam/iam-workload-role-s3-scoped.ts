import { own } from "../core/frameworks";
import { hasWildcardAction, isWildcardResource, Statement, wildcardRegExp } from "../core/iam";
import { stackPolicy } from "../core/policy";
import { Grant, isWorkloadRole, leastPrivilegeControls, roleLabel, roleViews } from "./common";
import { leftToStack } from "./role-halves";
import { NO_WORKLOAD_ROLE } from "./scope";

// Every bucket: arn:aws:s3:::* and arn:aws:s3:::*/* (all objects).
const ALL_BUCKETS = /^arn:(\*|aws[a-z-]*):s3:::\*(\/\*)?$/;

/** Whether a statement names S3 actions explicitly (not `*`, which the least-privilege policy reports). */
function namesS3Actions(st: Statement): boolean {
    if (!st.action || hasWildcardAction(st)) return false;
    return st.action.values.some((p) => {
        const colon = p.indexOf(":");
        return colon > 0 && wildcardRegExp(p.slice(0, colon), true).test("s3") && p.slice(0, colon) !== "*";
    });
}

/** One grant's findings (both halves: role-halves.ts). */
export function judgeS3Scoped(label: string, g: Grant): string[] {
    const out: string[] = [];
    for (const st of g.statements ?? []) {
        if (st.effect !== "Allow" || !namesS3Actions(st)) continue;
        if (isWildcardResource(st) || st.resource?.values.some((r) => ALL_BUCKETS.test(r)))
            out.push(`${label} is allowed S3 actions on every bucket by ${g.via}, statement #${st.index + 1}.`);
    }
    return out;
}

export const iamWorkloadRoleS3Scoped = stackPolicy({
    name: "iam-workload-role-s3-scoped",
    description: "Roles that SageMaker or Bedrock assume should reach only named S3 buckets, not every bucket.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "data",
    controls: {
        ...leastPrivilegeControls(false),
        hipaa: {
            ids: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"],
            source: own(
                "Access authorization: a notebook or job that can read every bucket can read PHI it has no business with; the seed practice 'notebooks only access certain data sets'.",
            ),
        },
    },
    fix: 'replace `"Resource": "*"` in S3 statements with the ARNs of the buckets (and prefixes) the workload uses',
    remediationSteps: [
        "1. List the buckets and prefixes the notebook, job or agent reads and writes.",
        "2. Name them in the S3 statements of its role.",
        "```typescript",
        "{",
        '    Effect: "Allow",',
        '    Action: ["s3:GetObject", "s3:PutObject"],',
        "    Resource: [pulumi.interpolate`${trainingBucket.arn}/datasets/*`],",
        "}",
        "```",
    ].join("\n"),
    example: {
        before: '{ Effect: "Allow", Action: ["s3:GetObject"], Resource: "*" }',
        after: '{ Effect: "Allow", Action: ["s3:GetObject"], Resource: [pulumi.interpolate`${trainingBucket.arn}/datasets/*`] }',
    },
    resourceHalf: "iam-ml-role-s3-scoped",
    stackCheck(ctx, report) {
        const views = roleViews(ctx);
        if (!views.some(isWorkloadRole)) return ctx.notApplicable(NO_WORKLOAD_ROLE);
        for (const v of views) {
            if (!isWorkloadRole(v)) continue;
            for (const g of v.grants) if (leftToStack(v, g)) for (const problem of judgeS3Scoped(roleLabel(v), g)) report(problem, g.urn);
        }
    },
});
