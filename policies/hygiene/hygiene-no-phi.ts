import { DEFAULT_MRN_PATTERNS, kindsReportedBy } from "./detectors";
import { resourcePolicy } from "../core/policy";
import { phiControls } from "./phi-controls";
import { textScanResources } from "./resources";
import { allowlistSchema, scanResource } from "./scan";

export const hygieneNoPhi = resourcePolicy({
    name: "hygiene-no-phi",
    description: "Tags, names, free text, environment variables and scripts must not hold high-confidence PHI or personal data.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: textScanResources,
    controls: phiControls,
    fix: "remove the personal data from the resource's tags, names, descriptions, variables and scripts; refer to records by a non-identifying ID kept in an encrypted store",
    remediationSteps: [
        "1. Remove the value from the resource (tags, name, description, environment variable, prompt or script).",
        "2. Metadata is not a place for PHI: it reaches billing, CloudTrail, AWS Config and the Pulumi state. Keep records in an encrypted, access-controlled store and refer to them by an opaque ID.",
        "3. If a value is a known false positive (e.g. a documented test card number), add it to this policy's `allowlist`.",
        "```typescript",
        'new aws.sagemaker.TrainingJob("job", {',
        "    // ...",
        '    tags: { CostCenter: "1234", Cohort: "cohort-7" }, // not PatientSSN or MRN values',
        "});",
        "```",
        "",
        kindsReportedBy("phi"),
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.NotebookInstance("nb", {\n    // ...\n    tags: { Patient: "MRN 00482913" },\n});',
        after: 'new aws.sagemaker.NotebookInstance("nb", {\n    // ...\n    tags: { Study: "study-42" },\n});',
    },
    config: {
        ...allowlistSchema,
        mrnPatterns: {
            type: "array",
            items: { type: "string" },
            default: [...DEFAULT_MRN_PATTERNS],
            description:
                "Regular expressions (case-insensitive) for your medical record number formats. The default needs an MRN label next to the number; add your own formats (e.g. `\\\\bH\\\\d{8}\\\\b`).",
        },
        extraPatterns: {
            type: "array",
            default: [],
            description: "Organisation-defined patterns of sensitive data (member IDs, study subject IDs, ...), reported by name.",
            items: {
                type: "object",
                additionalProperties: false,
                required: ["name", "regex"],
                properties: {
                    name: { type: "string", minLength: 1, maxLength: 40, description: "Printed in messages." },
                    regex: { type: "string", minLength: 1, description: "Case-insensitive regular expression." },
                },
            },
        },
    },
    check(r, report) {
        scanResource(r, report, {
            category: "phi",
            why: "Resource metadata and configuration are copied to billing, CloudTrail, AWS Config and the Pulumi state, outside the controls that protect PHI.",
        });
    },
});
