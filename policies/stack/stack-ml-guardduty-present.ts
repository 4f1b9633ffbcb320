import { isMlStack } from "../core/network";
import { stackPolicy } from "../core/policy";
import { GUARDDUTY } from "../logging/controls";

export const stackMlGuarddutyPresent = stackPolicy({
    name: "stack-ml-guardduty-present",
    description:
        "A stack with SageMaker or Bedrock resources should define a GuardDuty detector, unless the organisation's detector lives elsewhere.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "detection",
    controls: GUARDDUTY,
    config: {
        organizationLevel: {
            type: "boolean",
            default: false,
            description:
                "GuardDuty is managed outside this stack (e.g. a delegated administrator enables it for the organisation); turns this check off.",
        },
    },
    fix: "add an `aws.guardduty.Detector` (`enable: true`), or set `organizationLevel: true` in this policy's config if a delegated administrator enables GuardDuty",
    remediationSteps: [
        "1. Add a detector (or confirm that the organisation's delegated administrator enables GuardDuty here and set `organizationLevel: true`).",
        "```typescript",
        'new aws.guardduty.Detector("main", { enable: true });',
        "```",
    ].join("\n"),
    stackCheck(stack, report) {
        if (stack.config.organizationLevel === true)
            return stack.notApplicable(
                "the policy config says an organization-level GuardDuty detector covers the account (organizationLevel)",
            );
        if (stack.index.ofType("aws:guardduty/detector:Detector").length > 0) return;
        if (!isMlStack(stack.index)) return stack.notApplicable("no SageMaker or Bedrock resource (or role they assume) in this stack");
        report(
            "This stack has SageMaker or Bedrock resources (or a role they assume) but no GuardDuty detector: unless GuardDuty is enabled outside the stack, credential misuse and data exfiltration around them go undetected.",
        );
    },
});
