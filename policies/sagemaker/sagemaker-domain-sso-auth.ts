import { prowler } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";
import { T } from "./common";

export const sagemakerDomainSsoAuth = resourcePolicy({
    name: "sagemaker-domain-sso-auth",
    description: "SageMaker Studio domains should authenticate users through IAM Identity Center (authMode SSO).",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "access",
    resources: { [T.domain]: {}, [T.nativeDomain]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(d)", "164.308(a)(5)(ii)(D)"],
            source: prowler("sagemaker_domain_sso_configured (severity medium); HIPAA ids own: person or entity authentication"),
        },
        "nist-800-53": {
            ids: ["IA-2", "IA-2(1)", "AC-2"],
            source: prowler(
                "sagemaker_domain_sso_configured; NIST ids own: identification of organizational users through the identity provider",
            ),
        },
    },
    fix: 'set `authMode: "SSO"` (the domain must be created again; IAM Identity Center must be enabled in the account)',
    remediationSteps: [
        '1. Enable IAM Identity Center, then create the domain with `authMode: "SSO"`: each person signs in with their own identity, with your identity provider\'s MFA and off-boarding, and CloudTrail names them.',
        "```typescript",
        'new aws.sagemaker.Domain("studio", {',
        '    authMode: "SSO",',
        "    // ...",
        "});",
        "```",
        "Domains that must keep IAM authentication (federation through IAM roles with `sts:SourceIdentity`) can be exempted with the reason.",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.Domain("studio", { authMode: "IAM", /* ... */ });',
        after: 'new aws.sagemaker.Domain("studio", { authMode: "SSO", /* ... */ });',
    },
    check(r, report) {
        const v = r.get("authMode");
        // Required by both providers: absent is a malformed program, reported like IAM; unknown is judged at update.
        if (v.state === "unknown" || (v.state === "known" && v.value === "SSO")) return;
        report(
            `\`authMode\` is ${describe(v, ["IAM", "SSO"])}: users open Studio through IAM (presigned URLs, shared roles), not as named IAM Identity Center users with your identity provider's MFA and off-boarding.`,
        );
    },
});
