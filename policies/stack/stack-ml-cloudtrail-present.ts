import { isMlStack } from "../core/network";
import { stackPolicy } from "../core/policy";
import { TRAIL_MULTI_REGION } from "../logging/controls";

export const stackMlCloudtrailPresent = stackPolicy({
    name: "stack-ml-cloudtrail-present",
    description:
        "A stack with SageMaker or Bedrock resources should define a CloudTrail trail, unless the organisation's trail lives elsewhere.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "detection",
    controls: TRAIL_MULTI_REGION,
    config: {
        organizationLevel: {
            type: "boolean",
            default: false,
            description:
                "The organisation's CloudTrail trail is managed outside this stack (e.g. an organization trail); turns this check off.",
        },
    },
    fix: "add a multi-region, KMS-encrypted `aws.cloudtrail.Trail` with log file validation, or set `organizationLevel: true` in this policy's config if an organization trail covers the account",
    remediationSteps: [
        "1. Add a trail (or confirm that an organization trail covers this account and set `organizationLevel: true`).",
        "```typescript",
        'new aws.cloudtrail.Trail("audit", {',
        "    s3BucketName: trailBucket.id,",
        "    isMultiRegionTrail: true,",
        "    enableLogFileValidation: true,",
        "    kmsKeyId: trailKey.arn,",
        "});",
        "```",
    ].join("\n"),
    stackCheck(stack, report) {
        if (stack.config.organizationLevel === true)
            return stack.notApplicable("the policy config says an organization-level trail covers the account (organizationLevel)");
        if (stack.index.ofType("aws:cloudtrail/trail:Trail").length > 0) return;
        if (!isMlStack(stack.index)) return stack.notApplicable("no SageMaker or Bedrock resource (or role they assume) in this stack");
        report(
            "This stack has SageMaker or Bedrock resources (or a role they assume) but no CloudTrail trail: unless a trail outside the stack covers the account, nobody can tell who created, invoked or changed them.",
        );
    },
});
