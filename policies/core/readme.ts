// The pack's README as Pulumi Cloud shows it (PolicyPackArgs.readme): what the pack checks, which
// framework it speaks for in this build, and where the organisation's knobs are. Built from the
// catalog when the pack loads, so its figures are the pack's own.

import { describeChoice, FrameworkChoice, levelFor, mapsTo, metadataFramework } from "./framework-choice";
import { FRAMEWORKS } from "./frameworks";
import { GuardPolicy, PolicyMeta } from "./policy";

const REPO = "https://github.com/sagemaker-guard/sagemaker-guard";

export function packReadme(policies: readonly (GuardPolicy | PolicyMeta)[], choice: FrameworkChoice): string {
    const fw = metadataFramework(choice);
    const mapped = policies.filter((p) => mapsTo(p, fw)).length;
    const mandatory = policies.filter((p) => levelFor(p, choice.id) === "mandatory").length;
    return [
        "# sagemaker-guard",
        "",
        "Checks planned Amazon SageMaker and Bedrock workloads, and the IAM, KMS, VPC, CloudTrail, GuardDuty and S3",
        "resources around them, against security practices for regulated (healthcare) data, before they deploy.",
        "Every violation says what is wrong, the exact fix, the compliance controls it supports and a docs link.",
        "",
        "## This build",
        "",
        `- Framework: ${describeChoice(choice)}.`,
        `- ${policies.length} policies; ${mapped} map to ${FRAMEWORKS[fw].name} controls (the \`framework\` field of each policy shows its control ids);`,
        `  ${mandatory} are \`mandatory\` by default, the rest \`advisory\`.`,
        "- Choose the framework with `SAGEMAKER_GUARD_FRAMEWORK=<id>` in the pack's environment, or bake it in before",
        "  publishing with `npm run bake:framework -- <id>`; ids: hipaa, nist-800-53, pci-dss, cis, soc2, iso27001.",
        "",
        "## Configure",
        "",
        `- Profiles: \`profiles/<framework>.json\` set every policy's level for a framework ([compliance matrix](${REPO}/blob/main/docs/compliance-matrix.md)).`,
        "- Exemptions: every policy takes `exemptions` (resource, reason, expiry, approver); an exempt resource is reported",
        "  as not applicable with its reason, and an expired exemption is a violation.",
        "- Resource-declared exemptions: a `sagemaker-guard:exempt` tag on the resource, honoured only for the policies",
        "  whose config sets `allowTagExemptions: true`.",
        '- Stack scope: `phiStackTag` (e.g. `{"data-classification": "phi"}`) keeps the framework\'s stricter levels',
        "  for stacks with that tag; other stacks get the default levels, and each finding says which applied.",
        "",
        `Guide for organisations: ${REPO}/blob/main/docs/organisations.md`,
        "",
    ].join("\n");
}
