import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";
import { GUARDDUTY } from "./controls";

export const guarddutyDetectorEnabled = resourcePolicy({
    name: "guardduty-detector-enabled",
    description: "GuardDuty detectors must be enabled.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "detection",
    resources: { "aws:guardduty/detector:Detector": {} },
    controls: GUARDDUTY,
    fix: "set `enable: true` on the detector (or remove `enable`; the AWS default is true)",
    remediationSteps: [
        "1. Remove `enable: false` from the detector (the default is true).",
        "```typescript",
        'new aws.guardduty.Detector("main", { enable: true });',
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.guardduty.Detector("main", { enable: false });',
        after: 'new aws.guardduty.Detector("main", { enable: true });',
    },
    // Remediable: `true` is the AWS default and the only compliant value; resuming a suspended
    // detector changes no other resource (GuardDuty reads logs AWS already has). It resumes billing.
    remediation: {
        set: { enable: true },
        safe: "Needs no other value and changes no other resource: GuardDuty analyses logs AWS already collects. A suspended detector resumes billing.",
    },
    check(r, report) {
        const v = r.get("enable", true);
        if (v.state !== "known" || v.value === true) return;
        report(
            `\`enable\` is ${describe(v, [true, false])}: the detector is suspended, so no threat findings (credential misuse, exfiltration from ML buckets) are produced.`,
        );
    },
});
