import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { isBlank, T } from "./common";

export const sagemakerDomainDefaultExecutionRole = resourcePolicy({
    name: "sagemaker-domain-default-execution-role",
    description: "SageMaker Studio domains must name a default execution role for their users.",
    severity: "medium",
    enforcementLevel: "mandatory",
    practice: "access",
    resources: { [T.domain]: {}, [T.nativeDomain]: {} },
    controls: {
        hipaa: {
            ids: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"],
            source: own(
                "Access authorization: the execution role is what every Studio app of a user without its own role acts as; naming it on purpose is the base of least privilege for the workspace.",
            ),
        },
        "nist-800-53": { ids: ["AC-6", "AC-3"], source: own("Least privilege: the role that apps assume is chosen explicitly.") },
    },
    fix: "set `defaultUserSettings.executionRole` to the ARN of a least-privilege role for Studio users",
    remediationSteps: [
        "1. Create a role SageMaker can assume, with only the permissions Studio users need (named buckets, no `*`).",
        "2. Set it as `defaultUserSettings.executionRole`; give user profiles their own roles where their access differs.",
        "```typescript",
        'new aws.sagemaker.Domain("studio", {',
        "    // ...",
        "    defaultUserSettings: { executionRole: studioRole.arn },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.Domain("studio", {\n    // ...\n    defaultUserSettings: { executionRole: "" },\n});',
        after: 'new aws.sagemaker.Domain("studio", {\n    // ...\n    defaultUserSettings: { executionRole: studioRole.arn },\n});',
    },
    check(r, report) {
        if (isBlank(r.get("defaultUserSettings.executionRole"))) {
            report(
                "`defaultUserSettings.executionRole` is not set: the domain has no default role chosen for what its users' apps may access.",
            );
        }
    },
});
