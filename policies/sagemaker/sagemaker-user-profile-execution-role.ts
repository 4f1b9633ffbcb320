import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { isBlank, T } from "./common";

export const sagemakerUserProfileExecutionRole = resourcePolicy({
    name: "sagemaker-user-profile-execution-role",
    description: "SageMaker Studio user profiles should each have their own execution role instead of the domain's shared default.",
    severity: "low",
    enforcementLevel: "advisory",
    practice: "access",
    resources: { [T.userProfile]: {}, [T.nativeUserProfile]: {} },
    controls: {
        hipaa: {
            ids: ["164.308(a)(4)(ii)(B)", "164.308(a)(3)(ii)(A)"],
            source: own(
                "Access authorization per workforce member: with the domain's default role every user can read what any user's role may read; a role per profile scopes PHI access to the person's duties.",
            ),
        },
        "nist-800-53": { ids: ["AC-6", "AC-2"], source: own("Least privilege and account management per user.") },
    },
    fix: "set `userSettings.executionRole` to a role scoped to this user's data",
    remediationSteps: [
        "1. Create a role per user (or per team) with access only to the data the user works on.",
        "2. Set it as the profile's `userSettings.executionRole`.",
        "```typescript",
        'new aws.sagemaker.UserProfile("alice", {',
        "    domainId: domain.id,",
        '    userProfileName: "alice",',
        "    userSettings: { executionRole: aliceRole.arn },",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.UserProfile("alice", {\n    domainId: domain.id,\n    userProfileName: "alice",\n});',
        after: 'new aws.sagemaker.UserProfile("alice", {\n    domainId: domain.id,\n    userProfileName: "alice",\n    userSettings: { executionRole: aliceRole.arn },\n});',
    },
    check(r, report) {
        if (isBlank(r.get("userSettings.executionRole"))) {
            report(
                "`userSettings.executionRole` is not set: the profile uses the domain's default execution role, shared by every user, so its access is not scoped to this user.",
            );
        }
    },
});
