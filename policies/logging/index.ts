import type { GuardPolicy } from "../core/policy";
import { cloudtrailTrailKmsEncryption } from "./cloudtrail-trail-kms-encryption";
import { cloudtrailTrailLogFileValidation } from "./cloudtrail-trail-log-file-validation";
import { cloudtrailTrailMlDataEvents } from "./cloudtrail-trail-ml-data-events";
import { cloudtrailTrailMultiRegion } from "./cloudtrail-trail-multi-region";
import { guarddutyDetectorEnabled } from "./guardduty-detector-enabled";
import { logsMlGroupKmsEncryption } from "./logs-ml-group-kms-encryption";
import { logsMlGroupRetention } from "./logs-ml-group-retention";

export const loggingPolicies: GuardPolicy[] = [
    cloudtrailTrailMultiRegion,
    cloudtrailTrailLogFileValidation,
    cloudtrailTrailKmsEncryption,
    cloudtrailTrailMlDataEvents,
    guarddutyDetectorEnabled,
    logsMlGroupKmsEncryption,
    logsMlGroupRetention,
];
