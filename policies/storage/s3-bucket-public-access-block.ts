import type { StackResource } from "../core/policy";
import { stackPolicy } from "../core/policy";
import { bucketsBothProviders, configsByBucket, inlinePublicAccessBlockOff, mlBuckets, PUBLIC_ACCESS_SETTINGS, S3 } from "../core/s3";
import { nameOf } from "../core/stack";
import { ML_NOTE, S3_PUBLIC_ACCESS } from "./controls";

const SETTINGS = PUBLIC_ACCESS_SETTINGS;
/** aws-native buckets state their block inline. */
const NATIVE_FIX =
    "set `publicAccessBlockConfiguration` on the bucket with `blockPublicAcls`, `blockPublicPolicy`, `ignorePublicAcls` and `restrictPublicBuckets` all `true`";

/** The settings a public access block leaves off (absent = false on the resource); unknown counts as on. */
function off(pab: StackResource): string[] {
    return SETTINGS.filter((s) => {
        const v = pab.get(s, false);
        return v.state === "known" && v.value !== true;
    });
}

export const s3BucketPublicAccessBlock = stackPolicy({
    name: "s3-bucket-public-access-block",
    description: "S3 buckets must have all four S3 Block Public Access settings on, at bucket or account level.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    controls: S3_PUBLIC_ACCESS,
    config: {
        accountLevelBlock: {
            type: "boolean",
            default: false,
            description:
                "The account's S3 Block Public Access (all four settings) is managed outside this stack, so buckets need no bucket-level block.",
        },
    },
    fix: "add an `aws.s3.BucketPublicAccessBlock` for the bucket with `blockPublicAcls`, `blockPublicPolicy`, `ignorePublicAcls` and `restrictPublicBuckets` all `true`",
    remediationSteps: [
        "1. Add a public access block for the bucket (or an `aws.s3.AccountPublicAccessBlock` with all four settings on).",
        "```typescript",
        'new aws.s3.BucketPublicAccessBlock("ml-data", {',
        "    bucket: bucket.id,",
        "    blockPublicAcls: true,",
        "    blockPublicPolicy: true,",
        "    ignorePublicAcls: true,",
        "    restrictPublicBuckets: true,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.s3.BucketPublicAccessBlock("ml-data", { bucket: bucket.id, blockPublicAcls: true });',
        after: 'new aws.s3.BucketPublicAccessBlock("ml-data", {\n    bucket: bucket.id,\n    blockPublicAcls: true,\n    blockPublicPolicy: true,\n    ignorePublicAcls: true,\n    restrictPublicBuckets: true,\n});',
    },
    stackCheck(stack, report) {
        const all = bucketsBothProviders(stack.index);
        if (all.length === 0) return stack.notApplicable("no S3 bucket in this stack");
        const account = stack.index.ofType(S3.accountPublicAccessBlock);
        const accountBlocks = account.some((a) => off(a).length === 0);
        for (const a of account) {
            const o = off(a);
            if (o.length > 0)
                report(
                    `This account-level public access block leaves ${o.map((s) => `\`${s}\``).join(", ")} off (absent means false), so it does not protect the buckets of the account.`,
                    a.urn,
                );
        }
        if (accountBlocks) return;
        const pabs = configsByBucket(stack.index, S3.publicAccessBlock);
        const ml = mlBuckets(stack.index);
        for (const b of all) {
            const note = ml.has(b.urn) ? ML_NOTE : "";
            if (b.type === S3.nativeBucket) {
                const o = inlinePublicAccessBlockOff(b);
                if (o === "unknown" || (Array.isArray(o) && o.length === 0)) continue;
                if (o === "absent") {
                    if (stack.config.accountLevelBlock === true) continue;
                    report(
                        "No `publicAccessBlockConfiguration` on this bucket (and no account-level block in this stack): S3 turns Block Public Access on for new buckets, but nothing here keeps it on, and a later change can make the data public without this stack noticing." +
                            note,
                        b.urn,
                        NATIVE_FIX,
                    );
                } else
                    report(
                        `This bucket's \`publicAccessBlockConfiguration\` leaves ${o.map((x) => `\`${x}\``).join(", ")} off (absent means false), so a policy or ACL can make objects public.` +
                            note,
                        b.urn,
                        NATIVE_FIX,
                    );
                continue;
            }
            const joined = pabs.byTarget.get(b.urn);
            if (joined) {
                for (const p of joined) {
                    const o = off(p);
                    if (o.length > 0)
                        report(
                            `This public access block for bucket ${nameOf(b)} leaves ${o.map((s) => `\`${s}\``).join(", ")} off (absent means false), so a policy or ACL can make objects public.` +
                                note,
                            p.urn,
                        );
                }
                continue;
            }
            if (pabs.floating.length > 0 || stack.config.accountLevelBlock === true) continue;
            report(
                "No `aws.s3.BucketPublicAccessBlock` (or account-level block) in this stack for this bucket: S3 turns Block Public Access on for new buckets, but nothing here keeps it on, and a later change can make the data public without this stack noticing." +
                    note,
                b.urn,
            );
        }
    },
});
