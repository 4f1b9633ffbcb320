// Case tables for Studio: domains, user profiles and spaces, on both AWS providers.

import { T } from "../../policies/sagemaker/common";
import { sagemakerDomainDefaultExecutionRole } from "../../policies/sagemaker/sagemaker-domain-default-execution-role";
import { sagemakerDomainInVpc } from "../../policies/sagemaker/sagemaker-domain-in-vpc";
import { sagemakerDomainKmsEncryption } from "../../policies/sagemaker/sagemaker-domain-kms-encryption";
import { sagemakerDomainUserAttribution } from "../../policies/sagemaker/sagemaker-domain-user-attribution";
import { sagemakerDomainVpcOnly } from "../../policies/sagemaker/sagemaker-domain-vpc-only";
import { sagemakerSpacePrivate } from "../../policies/sagemaker/sagemaker-space-private";
import { sagemakerStudioNotebookSharingEncrypted } from "../../policies/sagemaker/sagemaker-studio-notebook-sharing-encrypted";
import { sagemakerUserProfileExecutionRole } from "../../policies/sagemaker/sagemaker-user-profile-execution-role";
import { UNKNOWN } from "../harness";
import { deletePath, PolicyCases, setPath } from "../policy-cases";

type Props = Record<string, unknown>;
const del = (path: string) => (p: Props) => deletePath(p, path);
const set = (path: string, v: unknown) => (p: Props) => setPath(p, path, v);
const ALIAS = "alias/aws/sagemaker";

/** A Studio domain as a first preview sees it (VPC, subnets, key and role from the same stack). */
const domain = (native: boolean): Props => ({
    domainName: "research",
    authMode: "IAM",
    appNetworkAccessType: "VpcOnly",
    vpcId: UNKNOWN,
    subnetIds: [UNKNOWN, UNKNOWN],
    kmsKeyId: UNKNOWN,
    defaultUserSettings: {
        executionRole: UNKNOWN,
        securityGroups: [UNKNOWN],
        sharingSettings: { notebookOutputOption: "Allowed", s3OutputPath: "s3://studio-share/out", s3KmsKeyId: UNKNOWN },
    },
    domainSettings: { executionRoleIdentityConfig: "USER_PROFILE_NAME", securityGroupIds: [UNKNOWN] },
    tags: native ? [{ key: "team", value: "ml-platform" }] : { team: "ml-platform" },
});

const profile = (): Props => ({
    domainId: UNKNOWN,
    userProfileName: "alice",
    userSettings: {
        executionRole: UNKNOWN,
        sharingSettings: { notebookOutputOption: "Allowed", s3OutputPath: "s3://studio-share/alice", s3KmsKeyId: UNKNOWN },
    },
});

const space = (): Props => ({
    domainId: UNKNOWN,
    spaceName: "alice-lab",
    ownershipSettings: { ownerUserProfileName: "alice" },
    spaceSharingSettings: { sharingType: "Private" },
});

const DOMAINS: [string, boolean][] = [
    [T.domain, false],
    [T.nativeDomain, true],
];

export const cases: PolicyCases[] = [
    ...DOMAINS.flatMap(([type, native]): PolicyCases[] => [
        {
            policy: sagemakerDomainVpcOnly,
            type,
            compliant: domain(native),
            mutations: [
                {
                    title: "appNetworkAccessType absent (AWS default PublicInternetOnly)",
                    mutate: del("appNetworkAccessType"),
                    expect: /not set \(AWS default "PublicInternetOnly"\)/,
                },
                {
                    title: "PublicInternetOnly",
                    mutate: set("appNetworkAccessType", "PublicInternetOnly"),
                    expect: /type is "PublicInternetOnly"/,
                },
                { title: "lower-case value", mutate: set("appNetworkAccessType", "vpconly"), expect: /type is another value/ },
            ],
            unknownPaths: ["appNetworkAccessType"],
        },
        {
            policy: sagemakerDomainInVpc,
            type,
            compliant: domain(native),
            alsoCompliant: [{ title: "known ids", mutate: (p) => Object.assign(p, { vpcId: "vpc-0abc", subnetIds: ["subnet-0abc"] }) }],
            mutations: [
                {
                    title: "no vpcId and no subnetIds",
                    mutate: (p) => (delete p.vpcId, delete p.subnetIds),
                    expect: /Neither `vpcId` nor `subnetIds`/,
                },
                { title: "no vpcId", mutate: del("vpcId"), expect: /`vpcId` is not set/ },
                { title: "empty vpcId", mutate: set("vpcId", ""), expect: /`vpcId` is not set/ },
                { title: "empty subnetIds", mutate: set("subnetIds", []), expect: /`subnetIds` is empty/ },
                { title: "blank subnet id", mutate: set("subnetIds", [""]), expect: /`subnetIds` is empty/ },
            ],
            unknownPaths: ["vpcId", "subnetIds", "subnetIds.0"],
        },
        {
            policy: sagemakerDomainKmsEncryption,
            type,
            compliant: domain(native),
            alsoCompliant: [
                {
                    title: "a known key ARN",
                    mutate: set("kmsKeyId", "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
                },
            ],
            mutations: [
                { title: "no kmsKeyId", mutate: del("kmsKeyId"), expect: /`kmsKeyId` is not set/ },
                { title: "AWS-managed alias", mutate: set("kmsKeyId", ALIAS), expect: /AWS-managed key/ },
            ],
            unknownPaths: ["kmsKeyId"],
        },
        {
            policy: sagemakerDomainDefaultExecutionRole,
            type,
            compliant: domain(native),
            mutations: [
                {
                    title: "no executionRole",
                    mutate: del("defaultUserSettings.executionRole"),
                    expect: /`defaultUserSettings.executionRole` is not set/,
                },
                { title: "empty executionRole", mutate: set("defaultUserSettings.executionRole", ""), expect: /is not set/ },
                { title: "no defaultUserSettings", mutate: del("defaultUserSettings"), expect: /is not set/ },
            ],
            unknownPaths: ["defaultUserSettings", "defaultUserSettings.executionRole"],
        },
        {
            policy: sagemakerDomainUserAttribution,
            type,
            compliant: domain(native),
            mutations: [
                {
                    title: "no domainSettings (AWS default DISABLED)",
                    mutate: del("domainSettings"),
                    expect: /not set \(AWS default "DISABLED"\)/,
                },
                {
                    title: "DISABLED",
                    mutate: set("domainSettings.executionRoleIdentityConfig", "DISABLED"),
                    expect: /config is "DISABLED"/,
                },
            ],
            unknownPaths: ["domainSettings", "domainSettings.executionRoleIdentityConfig"],
        },
    ]),

    ...(
        [
            [T.domain, domain(false), "defaultUserSettings"],
            [T.nativeDomain, domain(true), "defaultUserSettings"],
            [T.userProfile, profile(), "userSettings"],
            [T.nativeUserProfile, profile(), "userSettings"],
        ] as [string, Props, string][]
    ).map(([type, compliant, at]): PolicyCases => ({
        policy: sagemakerStudioNotebookSharingEncrypted,
        type,
        compliant,
        alsoCompliant: [
            { title: "no sharing settings (AWS default Disabled)", mutate: del(`${at}.sharingSettings`) },
            { title: "sharing Disabled without a key", mutate: set(`${at}.sharingSettings`, { notebookOutputOption: "Disabled" }) },
            { title: "a known key ARN", mutate: set(`${at}.sharingSettings.s3KmsKeyId`, "arn:aws:kms:us-east-1:111122223333:key/abcd") },
        ],
        mutations: [
            {
                title: "Allowed without s3KmsKeyId",
                mutate: del(`${at}.sharingSettings.s3KmsKeyId`),
                expect: new RegExp(`sharing is "Allowed" and \`${at}\\.sharingSettings\\.s3KmsKeyId\` is not set`),
            },
            {
                title: "Allowed with an AWS-managed key",
                mutate: set(`${at}.sharingSettings.s3KmsKeyId`, ALIAS),
                expect: /names an AWS-managed key/,
            },
        ],
        unknownPaths: [`${at}.sharingSettings`, `${at}.sharingSettings.notebookOutputOption`, `${at}.sharingSettings.s3KmsKeyId`],
    })),

    ...[T.userProfile, T.nativeUserProfile].map((type): PolicyCases => ({
        policy: sagemakerUserProfileExecutionRole,
        type,
        compliant: profile(),
        mutations: [
            {
                title: "no executionRole (domain default)",
                mutate: del("userSettings.executionRole"),
                expect: /`userSettings.executionRole` is not set/,
            },
            { title: "no userSettings", mutate: del("userSettings"), expect: /`userSettings.executionRole` is not set/ },
        ],
        unknownPaths: ["userSettings", "userSettings.executionRole"],
    })),

    ...[T.space, T.nativeSpace].map((type): PolicyCases => ({
        policy: sagemakerSpacePrivate,
        type,
        compliant: space(),
        mutations: [
            {
                title: "no sharing settings (AWS default Shared)",
                mutate: del("spaceSharingSettings"),
                expect: /not set \(AWS default "Shared"\)/,
            },
            { title: "Shared", mutate: set("spaceSharingSettings.sharingType", "Shared"), expect: /sharing type is "Shared"/ },
        ],
        unknownPaths: ["spaceSharingSettings", "spaceSharingSettings.sharingType"],
    })),
];
