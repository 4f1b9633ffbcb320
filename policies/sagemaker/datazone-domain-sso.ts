import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";
import { T } from "./common";

export const datazoneDomainSso = resourcePolicy({
    name: "datazone-domain-sso",
    description: "SageMaker Unified Studio (Amazon DataZone) domains should sign users in through IAM Identity Center.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "access",
    resources: { [T.datazoneDomain]: {}, [T.nativeDatazoneDomain]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(d)", "164.308(a)(5)(ii)(D)"],
            source: own("Person or entity authentication, as for Studio domains (Prowler sagemaker_domain_sso_configured)."),
        },
        "nist-800-53": {
            ids: ["IA-2", "IA-2(1)", "AC-2"],
            source: own("Identification of organizational users through the identity provider."),
        },
    },
    fix: 'set `singleSignOn: { type: "IAM_IDC", userAssignment: "MANUAL" }`',
    remediationSteps: [
        "1. Enable IAM Identity Center and set `singleSignOn.type` to `IAM_IDC`; `MANUAL` user assignment keeps the domain closed to users you have not added.",
        "```typescript",
        'new aws.datazone.Domain("unified-studio", {',
        "    domainExecutionRole: executionRole.arn,",
        '    singleSignOn: { type: "IAM_IDC", userAssignment: "MANUAL" },',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.datazone.Domain("unified-studio", { domainExecutionRole: executionRole.arn });',
        after: 'new aws.datazone.Domain("unified-studio", { domainExecutionRole: executionRole.arn, singleSignOn: { type: "IAM_IDC", userAssignment: "MANUAL" } });',
    },
    check(r, report) {
        const v = r.get("singleSignOn.type", "DISABLED");
        if (v.state !== "known" || v.value === "IAM_IDC") return;
        report(
            `\`singleSignOn.type\` is ${describe(v, ["DISABLED", "IAM_IDC"])}: users reach the portal through IAM roles, not as named IAM Identity Center users with your identity provider's MFA and off-boarding.`,
        );
    },
});
