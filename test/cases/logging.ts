import { cloudtrailTrailKmsEncryption } from "../../policies/logging/cloudtrail-trail-kms-encryption";
import { cloudtrailTrailLogFileValidation } from "../../policies/logging/cloudtrail-trail-log-file-validation";
import { cloudtrailTrailMultiRegion } from "../../policies/logging/cloudtrail-trail-multi-region";
import { guarddutyDetectorEnabled } from "../../policies/logging/guardduty-detector-enabled";
import { UNKNOWN } from "../harness";
import type { PolicyCases } from "../policy-cases";

const trail = "aws:cloudtrail/trail:Trail";

/** A trail as a first preview sees it: the key and the data-event bucket ARN come from the same stack. */
export const compliantTrail = () => ({
    s3BucketName: "org-cloudtrail-logs",
    isMultiRegionTrail: true,
    enableLogFileValidation: true,
    includeGlobalServiceEvents: true,
    kmsKeyId: UNKNOWN,
    eventSelectors: [
        { readWriteType: "All", includeManagementEvents: true, dataResources: [{ type: "AWS::S3::Object", values: [UNKNOWN] }] },
    ],
    tags: { team: "security" },
});

export const cases: PolicyCases[] = [
    {
        policy: cloudtrailTrailMultiRegion,
        type: trail,
        compliant: compliantTrail(),
        mutations: [
            {
                title: "isMultiRegionTrail absent (AWS default false)",
                mutate: (p) => delete p.isMultiRegionTrail,
                expect: /not set \(AWS default false\)/,
            },
            { title: "isMultiRegionTrail false", mutate: (p) => (p.isMultiRegionTrail = false), expect: /`isMultiRegionTrail` is false/ },
            {
                title: "single-Region trail that also excludes global service events",
                mutate: (p) => Object.assign(p, { isMultiRegionTrail: false, includeGlobalServiceEvents: false }),
                expect: /`isMultiRegionTrail` is false/,
            },
        ],
        // Decided from AWS's rules (issue 27, KICS 8173d5eb positive 3): CloudTrail refuses this combination
        // (InvalidParameterCombinationException), so it is no security finding here; the policy page says so.
        alsoCompliant: [
            {
                title: "multi-Region trail with includeGlobalServiceEvents false (AWS refuses it)",
                mutate: (p) => (p.includeGlobalServiceEvents = false),
            },
        ],
        unknownPaths: ["isMultiRegionTrail"],
    },
    {
        policy: cloudtrailTrailLogFileValidation,
        type: trail,
        compliant: compliantTrail(),
        mutations: [
            {
                title: "enableLogFileValidation absent (AWS default false)",
                mutate: (p) => delete p.enableLogFileValidation,
                expect: /not set \(AWS default false\)/,
            },
            {
                title: "enableLogFileValidation false",
                mutate: (p) => (p.enableLogFileValidation = false),
                expect: /`enableLogFileValidation` is false/,
            },
            { title: "enableLogFileValidation a string", mutate: (p) => (p.enableLogFileValidation = "yes"), expect: /is another value/ },
        ],
        unknownPaths: ["enableLogFileValidation"],
    },
    {
        policy: cloudtrailTrailKmsEncryption,
        type: trail,
        compliant: compliantTrail(),
        alsoCompliant: [
            {
                title: "a known key ARN",
                mutate: (p) => (p.kmsKeyId = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
            },
        ],
        mutations: [
            { title: "no kmsKeyId", mutate: (p) => delete p.kmsKeyId, expect: /`kmsKeyId` is not set/ },
            { title: "AWS-managed alias", mutate: (p) => (p.kmsKeyId = "alias/aws/cloudtrail"), expect: /AWS-managed key/ },
        ],
        unknownPaths: ["kmsKeyId"],
    },
    {
        policy: guarddutyDetectorEnabled,
        type: "aws:guardduty/detector:Detector",
        compliant: { enable: true, findingPublishingFrequency: "FIFTEEN_MINUTES" },
        alsoCompliant: [{ title: "enable absent (AWS default true)", mutate: (p) => delete p.enable }],
        mutations: [{ title: "enable false", mutate: (p) => (p.enable = false), expect: /`enable` is false/ }],
        unknownPaths: ["enable"],
    },
];
