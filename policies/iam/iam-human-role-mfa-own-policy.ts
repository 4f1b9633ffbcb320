// The single-resource half of iam-human-role-mfa: a role that people assume, whose own inline
// policies or AWS-managed policy ARNs reach SageMaker or Bedrock, is judged from the role alone, so
// also in an account audit. A role that reaches them only through attachments, separate role
// policies, or a SageMaker or Bedrock resource that uses it stays the stack policy's (a join).

import { resourcePolicy, sharedWithStackPolicy } from "../core/policy";
import { isUnknown, read } from "../core/values";
import { ownGrants, peopleStatements, T } from "./common";
import { parseShared } from "./document-halves";
import { iamHumanRoleMfa, judgeHumanRoleTrust, reachesMl } from "./iam-human-role-mfa";

const stack = iamHumanRoleMfa;
if (stack.kind !== "stack") throw new Error("iam-human-role-mfa is a stack policy");

export const iamHumanRoleMfaOwnPolicy = resourcePolicy({
    name: "iam-human-role-mfa-own-policy",
    description: `${stack.description.replace(/\.$/, "")}: the single-resource half of ${stack.name}, judging a role whose own inline policies or AWS-managed policy ARNs reach SageMaker or Bedrock, which also runs in account audits.`,
    ...sharedWithStackPolicy(stack),
    resources: { [T.role]: {} },
    check(r, report) {
        const assume = r.get("assumeRolePolicy");
        if (assume.state === "unknown") return r.notApplicable("its trust policy is unknown until apply (judged then)");
        const people = peopleStatements(parseShared(assume));
        if (people.length === 0) return r.notApplicable("its trust policy lets no people (an account, its root or IAM users) assume it");
        if (!reachesMl(ownGrants(r, parseShared))) {
            const inline = r.list("inlinePolicies");
            const managed = r.list("managedPolicyArns");
            if (inline === "unknown" || inline.some((n) => read(n, "policy").state === "unknown"))
                return r.notApplicable("its inline policies are unknown until apply (judged then)");
            if (managed === "unknown" || managed.some(isUnknown))
                return r.notApplicable("its managed policy ARNs are unknown until apply (judged then)");
            return r.notApplicable(
                `nothing it holds itself reaches SageMaker or Bedrock: ${stack.name} judges it when what reaches it through attachments and separate policies, or a SageMaker or Bedrock resource that uses it, does`,
            );
        }
        for (const problem of judgeHumanRoleTrust(r.name, people)) report(problem);
    },
});
