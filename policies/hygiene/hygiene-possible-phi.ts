import { DEFAULT_ALLOWED_EMAIL_DOMAINS, kindsReportedBy } from "./detectors";
import { resourcePolicy } from "../core/policy";
import { phiControls } from "./phi-controls";
import { textScanResources } from "./resources";
import { allowlistSchema, scanResource } from "./scan";

export const hygienePossiblePhi = resourcePolicy({
    name: "hygiene-possible-phi",
    description:
        "Tags, names, free text, environment variables and scripts should not hold personal e-mail addresses, phone numbers, addresses or patient names.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "data",
    resources: textScanResources,
    controls: phiControls,
    fix: "remove the personal detail, or use a team address and add its domain to `allowedEmailDomains` in this policy's config",
    remediationSteps: [
        "1. Check the field: lower-confidence patterns (e-mail, phone, street address, diagnosis code, patient name) can be legitimate.",
        "2. Replace personal contact details with team or role addresses (e.g. `ml-platform@`), which are not reported.",
        "3. Allow your organisation's domains with `allowedEmailDomains`, or specific values with `allowlist`.",
        "```typescript",
        'new aws.sagemaker.Model("model", {',
        "    // ...",
        '    tags: { Owner: "ml-platform@example.org" }, // not jane.doe@gmail.com',
        "});",
        "```",
        "",
        kindsReportedBy("possible-phi"),
    ].join("\n"),
    example: {
        before: 'new aws.bedrock.AgentAgent("agent", {\n    // ...\n    description: "Escalate to jane.doe@gmail.com or 617-555-0142",\n});',
        after: 'new aws.bedrock.AgentAgent("agent", {\n    // ...\n    description: "Escalate to the care-team on-call rota",\n});',
    },
    config: {
        ...allowlistSchema,
        allowedEmailDomains: {
            type: "array",
            items: { type: "string" },
            default: [...DEFAULT_ALLOWED_EMAIL_DOMAINS],
            description: "E-mail domains (and their subdomains) whose addresses are not reported, e.g. your organisation's domain.",
        },
    },
    check(r, report) {
        scanResource(r, report, {
            category: "possible-phi",
            why: "If it identifies a person, it does not belong in resource metadata, which is copied to billing, CloudTrail and the Pulumi state.",
        });
    },
});
