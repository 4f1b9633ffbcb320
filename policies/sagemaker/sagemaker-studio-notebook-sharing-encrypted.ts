import { judgeKmsKey } from "../core/kms";
import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";
import { PROFILE_AS_DOMAIN, T } from "./common";

export const sagemakerStudioNotebookSharingEncrypted = resourcePolicy({
    name: "sagemaker-studio-notebook-sharing-encrypted",
    description: "SageMaker Studio notebook sharing must be disabled or encrypt the shared cell output with a customer-managed KMS key.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { [T.domain]: {}, [T.nativeDomain]: {}, [T.userProfile]: PROFILE_AS_DOMAIN, [T.nativeUserProfile]: PROFILE_AS_DOMAIN },
    controls: {
        hipaa: {
            ids: ["164.312(a)(2)(iv)", "164.308(a)(4)(ii)(B)"],
            source: own(
                "Encryption at rest and access authorization: shared notebooks copy cell output (query results, i.e. PHI) to S3; it must be encrypted with a key whose policy limits who can read it.",
            ),
        },
        "nist-800-53": { ids: ["SC-28(1)", "AC-21"], source: own("Protection at rest of information shared between users.") },
        iso27001: { ids: ["A.8.24", "A.5.14"], source: own("Cryptography for information transferred to other users.") },
    },
    fix: 'set `sharingSettings: { notebookOutputOption: "Disabled" }`, or keep "Allowed" and set `s3KmsKeyId` to a customer-managed key',
    remediationSteps: [
        '1. Either disable sharing of cell output (`notebookOutputOption: "Disabled"`, the AWS default),',
        "2. or, where teams must share output, set `s3KmsKeyId` to a customer-managed key whose policy admits only those teams.",
        "```typescript",
        'new aws.sagemaker.Domain("studio", {',
        "    // ...",
        "    defaultUserSettings: {",
        "        executionRole: studioRole.arn,",
        '        sharingSettings: { notebookOutputOption: "Allowed", s3OutputPath: sharedPath, s3KmsKeyId: sharingKey.arn },',
        "    },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.Domain("studio", {\n    // ...\n    defaultUserSettings: {\n        executionRole: role.arn,\n        sharingSettings: { notebookOutputOption: "Allowed", s3OutputPath: sharedPath },\n    },\n});',
        after: 'new aws.sagemaker.Domain("studio", {\n    // ...\n    defaultUserSettings: {\n        executionRole: role.arn,\n        sharingSettings: { notebookOutputOption: "Allowed", s3OutputPath: sharedPath, s3KmsKeyId: key.arn },\n    },\n});',
    },
    check(r, report) {
        const option = r.get("defaultUserSettings.sharingSettings.notebookOutputOption", "Disabled");
        // Unknown: cannot be judged until update.
        if (option.state !== "known" || option.value === "Disabled") return;
        const where = r.type === T.userProfile || r.type === T.nativeUserProfile ? "userSettings" : "defaultUserSettings";
        const field = `${where}.sharingSettings.s3KmsKeyId`;
        const key = judgeKmsKey(r.get("defaultUserSettings.sharingSettings.s3KmsKeyId"));
        const shown = describe(option, ["Allowed", "Disabled"]);
        if (key === "missing") {
            report(
                `Notebook output sharing is ${shown} and \`${field}\` is not set: shared cell output (often PHI) is stored in S3 without a key you control.`,
            );
        } else if (key === "aws-managed") {
            report(
                `Notebook output sharing is ${shown} and \`${field}\` names an AWS-managed key (alias/aws/...), whose key policy you cannot restrict to the teams that may read shared output.`,
            );
        }
    },
});
