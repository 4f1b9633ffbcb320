import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";
import { T } from "./common";

export const sagemakerDomainUserAttribution = resourcePolicy({
    name: "sagemaker-domain-user-attribution",
    description: "SageMaker Studio domains should record the user profile name as the source identity of every execution-role session.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "detection",
    resources: { [T.domain]: {}, [T.nativeDomain]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(b)", "164.308(a)(1)(ii)(D)"],
            source: own(
                "Audit controls: with a shared execution role, CloudTrail shows only the role; sts:SourceIdentity = user profile name attributes each access to PHI to a person.",
            ),
        },
        "nist-800-53": { ids: ["AU-3", "AU-10", "IA-2"], source: own("Audit records identify the individual, not only the shared role.") },
        soc2: { ids: ["CC7.2"], source: own("Monitoring of system components with attributable activity records.") },
    },
    fix: 'set `domainSettings: { executionRoleIdentityConfig: "USER_PROFILE_NAME" }`',
    remediationSteps: [
        '1. Set `domainSettings.executionRoleIdentityConfig` to "USER_PROFILE_NAME" (the AWS default is "DISABLED").',
        "2. Allow `sts:SetSourceIdentity` in the execution role's trust policy.",
        "```typescript",
        'new aws.sagemaker.Domain("studio", {',
        "    // ...",
        '    domainSettings: { executionRoleIdentityConfig: "USER_PROFILE_NAME" },',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.Domain("studio", {\n    // ...\n});',
        after: 'new aws.sagemaker.Domain("studio", {\n    // ...\n    domainSettings: { executionRoleIdentityConfig: "USER_PROFILE_NAME" },\n});',
    },
    check(r, report) {
        const v = r.get("domainSettings.executionRoleIdentityConfig", "DISABLED");
        if (v.state !== "known" || v.value === "USER_PROFILE_NAME") return;
        report(
            `The execution role identity config is ${describe(v, ["DISABLED", "USER_PROFILE_NAME"])}: CloudTrail records Studio users' actions under the shared execution role only, so access to PHI cannot be attributed to a person.`,
        );
    },
});
