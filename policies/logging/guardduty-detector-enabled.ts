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
    check(r, report) {
        const v = r.get("enable", true);
        if (v.state !== "known" || v.value === true) return;
        report(
            `\`enable\` is ${describe(v, [true, false])}: the detector is suspended, so no threat findings (credential misuse, exfiltration from ML buckets) are produced.`,
        );
    },
});
