// Helpers shared by the KMS policies (not a policy): type tokens and field maps.

import type { ResourceAdapter } from "../core/policy";

export const T = {
    key: "aws:kms/key:Key",
    keyPolicy: "aws:kms/keyPolicy:KeyPolicy",
    nativeKey: "aws-native:kms:Key",
} as const;

/** The classic key's field names mapped to the aws-native (CloudFormation-shaped) key. */
export const NATIVE_KEY: ResourceAdapter = {
    fields: { policy: "keyPolicy", deletionWindowInDays: "pendingWindowInDays", customerMasterKeySpec: "keySpec" },
};
