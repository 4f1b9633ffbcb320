// The two halves of the workload-role policies (`iam-workload-role-*`: what reaches a role that
// SageMaker or Bedrock assume, or that their resources use). An account audit runs resource
// policies only; whether a role is a workload role by its use, and what reaches it through
// attachments and separate policies, are joins of the stack. But a role whose own trust policy
// names SageMaker or Bedrock shows it is a workload role itself, and what it holds itself can be
// judged from it alone. So, one finding per fact (docs/authoring-policies.md):
//
// - what a role resource holds itself (common.ts `ownGrants`: its `inlinePolicies` documents and the
//   AWS-managed policies its `managedPolicyArns` name), when its own known trust policy lets
//   SageMaker or Bedrock assume it (common.ts `trustIsEvidentlyMl`), is judged by the resource half,
//   `iam-ml-role-*`, made here from the stack policy: in any stack, and in an account audit;
// - everything else stays the stack policy's (`leftToStack`): roles that are workload roles by
//   their use, or whose trust is unknown at preview, and every grant that reaches a role through
//   another resource (RolePolicy, RolePolicyAttachment, PolicyAttachment, a customer policy's ARN).
//
// Both call the same per-grant judgement, so a finding reads the same from either.

import { GuardPolicy, resourcePolicy, sharedWithStackPolicy } from "../core/policy";
import { isUnknown, read } from "../core/values";
import { Grant, ownGrants, RoleView, roleLabel, T, trustIsEvidentlyMl, workloadServices } from "./common";
import { parseShared } from "./document-halves";

/** The findings (problems, without the fix) about one grant reaching a role, given how messages name the role. */
export type GrantJudge = (label: string, g: Grant) => string[];

/** Whether the stack policy judges this grant of this role (the resource half judges the others). */
export function leftToStack(v: RoleView, g: Grant): boolean {
    return !(g.own && trustIsEvidentlyMl(v.trust));
}

const STACK_PREFIX = "iam-workload-role-";

/**
 * The resource half of an `iam-workload-role-*` stack policy: `iam-ml-role-*`, with the same level,
 * severity, controls, fix and remediation, judging with `judge` (the function the stack policy
 * calls) what a role whose own trust policy names SageMaker or Bedrock holds itself.
 */
export function mlRoleHalf(stack: GuardPolicy, judge: GrantJudge): GuardPolicy {
    if (stack.kind !== "stack" || !stack.name.startsWith(STACK_PREFIX))
        throw new Error(`mlRoleHalf: ${stack.name} is not a workload-role stack policy`);
    const name = stack.name.replace(STACK_PREFIX, "iam-ml-role-");
    return resourcePolicy({
        name,
        description: `${stack.description.replace(/\.$/, "")}: the single-resource half of ${stack.name}, judging what a role whose own trust policy names SageMaker or Bedrock holds itself (inline policies, AWS-managed policy ARNs), which also runs in account audits.`,
        ...sharedWithStackPolicy(stack),
        resources: { [T.role]: {} },
        check(r, report) {
            const assume = r.get("assumeRolePolicy");
            const trust = parseShared(assume);
            if (!trustIsEvidentlyMl(trust)) {
                if (assume.state === "unknown") return r.notApplicable("its trust policy is unknown until apply (judged then)");
                return r.notApplicable(
                    `its trust policy names no SageMaker or Bedrock service principal: ${stack.name} judges roles that are workload roles by their use`,
                );
            }
            const grants = ownGrants(r, parseShared);
            if (grants.length === 0) return r.notApplicable(nothingOwn(r, stack.name));
            const label = roleLabel({ role: { name: r.name }, services: workloadServices(trust), usedByWorkload: false });
            for (const g of grants) for (const problem of judge(label, g)) report(problem);
        },
    });
}

/** Why a role SageMaker or Bedrock can assume holds nothing of its own to judge (for "not applicable"). */
function nothingOwn(r: { list(path: string): unknown[] | "unknown" }, stackName: string): string {
    const inline = r.list("inlinePolicies");
    if (inline === "unknown" || inline.some((n) => read(n, "policy").state === "unknown"))
        return "its inline policies are unknown until apply (judged then)";
    const managed = r.list("managedPolicyArns");
    if (managed === "unknown" || managed.some(isUnknown)) return "its managed policy ARNs are unknown until apply (judged then)";
    return `it holds no inline policy or AWS-managed policy ARN of its own: ${stackName} judges what reaches it through attachments and separate policies`;
}
