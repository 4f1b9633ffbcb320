import { kmsKeyDeletionWindow } from "../../policies/kms/kms-key-deletion-window";
import { kmsKeyNoLockoutBypass } from "../../policies/kms/kms-key-no-lockout-bypass";
import { kmsKeyPolicyNoPublicAccess } from "../../policies/kms/kms-key-policy-no-public-access";
import { kmsKeyRotationEnabled } from "../../policies/kms/kms-key-rotation-enabled";
import { UNKNOWN } from "../harness";
import type { PolicyCases } from "../policy-cases";

const KEY = "aws:kms/key:Key";
const KEY_POLICY = "aws:kms/keyPolicy:KeyPolicy";
const NATIVE_KEY = "aws-native:kms:Key";

const rootStatement = {
    Sid: "Root",
    Effect: "Allow",
    Principal: { AWS: "arn:aws:iam::111122223333:root" },
    Action: "kms:*",
    Resource: "*",
};
const keyPolicyDoc = (...extra: object[]) => ({ Version: "2012-10-17", Statement: [rootStatement, ...extra] });
const publicStatement = { Sid: "Public", Effect: "Allow", Principal: "*", Action: "kms:*", Resource: "*" };

/** A key as a first preview sees it. */
export const compliantKey = () => ({
    description: "PHI data key",
    enableKeyRotation: true,
    deletionWindowInDays: 30,
    policy: JSON.stringify(keyPolicyDoc()),
    tags: { team: "ml-platform" },
});

export const compliantNativeKey = () => ({
    description: "PHI data key",
    enableKeyRotation: true,
    pendingWindowInDays: 30,
    keyPolicy: keyPolicyDoc(),
});

const compliantKeyPolicy = () => ({ keyId: UNKNOWN, policy: JSON.stringify(keyPolicyDoc()) });

export const cases: PolicyCases[] = [
    {
        policy: kmsKeyRotationEnabled,
        type: KEY,
        compliant: compliantKey(),
        alsoCompliant: [
            {
                title: "asymmetric key (rotation not supported)",
                mutate: (p) => Object.assign(p, { enableKeyRotation: false, customerMasterKeySpec: "RSA_2048" }),
            },
            {
                title: "key in a custom key store",
                mutate: (p) => Object.assign(p, { enableKeyRotation: false, customKeyStoreId: "cks-1234" }),
            },
            // The class of trivy's signing-key fixture: every key AWS cannot rotate, by spec or usage.
            {
                title: "signing key by usage alone (SIGN_VERIFY, spec not set)",
                mutate: (p) => Object.assign(p, { enableKeyRotation: false, keyUsage: "SIGN_VERIFY" }),
            },
            {
                title: "HMAC key (HMAC_256, GENERATE_VERIFY_MAC)",
                mutate: (p) =>
                    Object.assign(p, { enableKeyRotation: false, customerMasterKeySpec: "HMAC_256", keyUsage: "GENERATE_VERIFY_MAC" }),
            },
            {
                title: "ECC signing key (ECC_NIST_P256, SIGN_VERIFY)",
                mutate: (p) =>
                    Object.assign(p, { enableKeyRotation: false, customerMasterKeySpec: "ECC_NIST_P256", keyUsage: "SIGN_VERIFY" }),
            },
            {
                title: "RSA encryption key (RSA_4096, ENCRYPT_DECRYPT)",
                mutate: (p) =>
                    Object.assign(p, { enableKeyRotation: false, customerMasterKeySpec: "RSA_4096", keyUsage: "ENCRYPT_DECRYPT" }),
            },
            {
                title: "ECC key agreement key (KEY_AGREEMENT)",
                mutate: (p) =>
                    Object.assign(p, { enableKeyRotation: false, customerMasterKeySpec: "ECC_NIST_P384", keyUsage: "KEY_AGREEMENT" }),
            },
            {
                title: "SM2 key (China regions)",
                mutate: (p) => Object.assign(p, { enableKeyRotation: false, customerMasterKeySpec: "SM2", keyUsage: "SIGN_VERIFY" }),
            },
        ],
        mutations: [
            {
                title: "symmetric encryption key named exactly (SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT), rotation off",
                mutate: (p) =>
                    Object.assign(p, { enableKeyRotation: false, customerMasterKeySpec: "SYMMETRIC_DEFAULT", keyUsage: "ENCRYPT_DECRYPT" }),
                expect: /`enableKeyRotation` is false/,
            },
            {
                title: "enableKeyRotation absent (AWS default false)",
                mutate: (p) => delete p.enableKeyRotation,
                expect: /`enableKeyRotation` is not set \(AWS default false\)/,
            },
            { title: "enableKeyRotation false", mutate: (p) => (p.enableKeyRotation = false), expect: /`enableKeyRotation` is false/ },
        ],
        unknownPaths: ["enableKeyRotation", "customerMasterKeySpec", "keyUsage"],
    },
    {
        policy: kmsKeyRotationEnabled,
        type: NATIVE_KEY,
        compliant: compliantNativeKey(),
        alsoCompliant: [
            { title: "imported key material", mutate: (p) => Object.assign(p, { enableKeyRotation: false, origin: "EXTERNAL" }) },
            {
                title: "asymmetric signing key (keySpec RSA_2048, SIGN_VERIFY)",
                mutate: (p) => Object.assign(p, { enableKeyRotation: false, keySpec: "RSA_2048", keyUsage: "SIGN_VERIFY" }),
            },
            {
                title: "HMAC key (keySpec HMAC_512, GENERATE_VERIFY_MAC)",
                mutate: (p) => Object.assign(p, { enableKeyRotation: false, keySpec: "HMAC_512", keyUsage: "GENERATE_VERIFY_MAC" }),
            },
            { title: "signing key by usage alone", mutate: (p) => Object.assign(p, { enableKeyRotation: false, keyUsage: "SIGN_VERIFY" }) },
        ],
        mutations: [
            { title: "enableKeyRotation absent", mutate: (p) => delete p.enableKeyRotation, expect: /AWS default false/ },
            {
                title: "symmetric encryption key named exactly (keySpec SYMMETRIC_DEFAULT), rotation off",
                mutate: (p) => Object.assign(p, { enableKeyRotation: false, keySpec: "SYMMETRIC_DEFAULT", keyUsage: "ENCRYPT_DECRYPT" }),
                expect: /`enableKeyRotation` is false/,
            },
        ],
        unknownPaths: ["enableKeyRotation", "keySpec", "keyUsage"],
    },
    {
        policy: kmsKeyDeletionWindow,
        type: KEY,
        compliant: compliantKey(),
        alsoCompliant: [
            { title: "deletionWindowInDays absent (AWS default 30)", mutate: (p) => delete p.deletionWindowInDays },
            { title: "14 days", mutate: (p) => (p.deletionWindowInDays = 14) },
        ],
        mutations: [
            {
                title: "7 days (the minimum)",
                mutate: (p) => (p.deletionWindowInDays = 7),
                expect: /`deletionWindowInDays` is shorter than 14 days/,
            },
        ],
        unknownPaths: ["deletionWindowInDays"],
    },
    {
        policy: kmsKeyDeletionWindow,
        type: NATIVE_KEY,
        compliant: compliantNativeKey(),
        mutations: [{ title: "pendingWindowInDays 7", mutate: (p) => (p.pendingWindowInDays = 7), expect: /shorter than 14 days/ }],
        unknownPaths: ["pendingWindowInDays"],
    },
    {
        policy: kmsKeyPolicyNoPublicAccess,
        type: KEY,
        compliant: compliantKey(),
        alsoCompliant: [
            { title: "no policy (default key policy)", mutate: (p) => delete p.policy },
            {
                title: "wildcard principal with a condition",
                mutate: (p) =>
                    (p.policy = JSON.stringify(
                        keyPolicyDoc({ ...publicStatement, Condition: { StringEquals: { "kms:CallerAccount": "111122223333" } } }),
                    )),
            },
            { title: "policy as an object", mutate: (p) => (p.policy = keyPolicyDoc()) },
            {
                title: "wildcard principal in a Deny",
                mutate: (p) => (p.policy = JSON.stringify(keyPolicyDoc({ ...publicStatement, Effect: "Deny" }))),
            },
        ],
        mutations: [
            {
                title: 'Principal "*" with kms:*',
                mutate: (p) => (p.policy = JSON.stringify(keyPolicyDoc(publicStatement))),
                expect: /statement #2 allows any principal \(`\*`\) with no condition/,
            },
            {
                title: 'Principal {AWS: "*"} with kms:Decrypt',
                mutate: (p) =>
                    (p.policy = JSON.stringify(keyPolicyDoc({ ...publicStatement, Principal: { AWS: ["*"] }, Action: ["kms:Decrypt"] }))),
                expect: /allows any principal/,
            },
            {
                title: "malformed JSON",
                mutate: (p) => (p.policy = '{"Version": "2012-10-17", "Statement": ['),
                expect: /`policy` is not valid JSON/,
            },
            {
                title: "no Statement",
                mutate: (p) => (p.policy = JSON.stringify({ Version: "2012-10-17" })),
                expect: /`policy` has no `Statement`/,
            },
        ],
        unknownPaths: ["policy"],
    },
    {
        policy: kmsKeyPolicyNoPublicAccess,
        type: KEY_POLICY,
        compliant: compliantKeyPolicy(),
        mutations: [
            {
                title: 'Principal "*"',
                mutate: (p) => (p.policy = JSON.stringify(keyPolicyDoc(publicStatement))),
                expect: /allows any principal/,
            },
        ],
        unknownPaths: ["policy", "keyId"],
    },
    {
        policy: kmsKeyPolicyNoPublicAccess,
        type: NATIVE_KEY,
        compliant: compliantNativeKey(),
        mutations: [
            {
                title: 'keyPolicy with Principal "*"',
                mutate: (p) => (p.keyPolicy = keyPolicyDoc(publicStatement)),
                expect: /allows any principal/,
            },
            { title: "keyPolicy not an object", mutate: (p) => (p.keyPolicy = 42), expect: /`keyPolicy` is not a JSON object/ },
        ],
        unknownPaths: ["keyPolicy", "keyPolicy.Statement", "keyPolicy.Statement.0.Principal"],
    },
    {
        policy: kmsKeyNoLockoutBypass,
        type: KEY,
        compliant: compliantKey(),
        alsoCompliant: [{ title: "bypass false", mutate: (p) => (p.bypassPolicyLockoutSafetyCheck = false) }],
        mutations: [
            {
                title: "bypass true",
                mutate: (p) => (p.bypassPolicyLockoutSafetyCheck = true),
                expect: /`bypassPolicyLockoutSafetyCheck` is true/,
            },
        ],
        unknownPaths: ["bypassPolicyLockoutSafetyCheck"],
    },
    {
        policy: kmsKeyNoLockoutBypass,
        type: KEY_POLICY,
        compliant: compliantKeyPolicy(),
        mutations: [
            { title: "bypass true", mutate: (p) => (p.bypassPolicyLockoutSafetyCheck = true), expect: /lockout|locks every administrator/ },
        ],
        unknownPaths: ["bypassPolicyLockoutSafetyCheck"],
    },
    {
        policy: kmsKeyNoLockoutBypass,
        type: NATIVE_KEY,
        compliant: compliantNativeKey(),
        mutations: [
            { title: "bypass true", mutate: (p) => (p.bypassPolicyLockoutSafetyCheck = true), expect: /bypassPolicyLockoutSafetyCheck/ },
        ],
    },
];
