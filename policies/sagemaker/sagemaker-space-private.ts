import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";
import { T } from "./common";

export const sagemakerSpacePrivate = resourcePolicy({
    name: "sagemaker-space-private",
    description: "SageMaker Studio spaces should be private to one user profile unless they are shared on purpose.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "access",
    resources: { [T.space]: {}, [T.nativeSpace]: {} },
    controls: {
        hipaa: {
            ids: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"],
            source: own(
                "Access authorization: every profile of the domain can open a shared space and read the data in its storage; a private space limits it to its owner.",
            ),
        },
        "nist-800-53": { ids: ["AC-3", "AC-6"], source: own("Access enforcement and least privilege for workspace storage.") },
    },
    fix: 'set `spaceSharingSettings: { sharingType: "Private" }` and `ownershipSettings.ownerUserProfileName`, or exempt the space as shared on purpose',
    remediationSteps: [
        "1. Make the space private to its owner (without sharing settings AWS creates a shared space):",
        "```typescript",
        'new aws.sagemaker.Space("alice-lab", {',
        "    domainId: domain.id,",
        '    spaceName: "alice-lab",',
        '    ownershipSettings: { ownerUserProfileName: "alice" },',
        '    spaceSharingSettings: { sharingType: "Private" },',
        "});",
        "```",
        "2. A team space that is shared on purpose: add an exemption with the reason and an expiry date in the policy config.",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.Space("lab", {\n    domainId: domain.id,\n    spaceName: "lab",\n});',
        after: 'new aws.sagemaker.Space("lab", {\n    domainId: domain.id,\n    spaceName: "lab",\n    ownershipSettings: { ownerUserProfileName: "alice" },\n    spaceSharingSettings: { sharingType: "Private" },\n});',
    },
    check(r, report) {
        // Without sharing settings SageMaker creates a shared space (the Studio Classic kind).
        const v = r.get("spaceSharingSettings.sharingType", "Shared");
        if (v.state !== "known" || v.value === "Private") return;
        report(
            `The space's sharing type is ${describe(v, ["Private", "Shared"])}: every user profile of the domain can open it and read its data.`,
        );
    },
});
