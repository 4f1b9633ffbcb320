import { sagemakerNotebookImdsv2 } from "../../policies/sagemaker/sagemaker-notebook-imdsv2";
import { sagemakerNotebookInVpc } from "../../policies/sagemaker/sagemaker-notebook-in-vpc";
import { sagemakerNotebookKmsEncryption } from "../../policies/sagemaker/sagemaker-notebook-kms-encryption";
import { sagemakerNotebookNoDirectInternet } from "../../policies/sagemaker/sagemaker-notebook-no-direct-internet";
import { sagemakerNotebookNoRootAccess } from "../../policies/sagemaker/sagemaker-notebook-no-root-access";
import { sagemakerNotebookSupportedPlatform } from "../../policies/sagemaker/sagemaker-notebook-supported-platform";
import { UNKNOWN } from "../harness";
import type { PolicyCases } from "../policy-cases";

const type = "aws:sagemaker/notebookInstance:NotebookInstance";

/** A notebook as a first preview sees it: the key, subnet and group come from the same stack. */
export const compliantNotebook = () => ({
    instanceType: "ml.t3.medium",
    roleArn: UNKNOWN,
    directInternetAccess: "Disabled",
    rootAccess: "Disabled",
    subnetId: UNKNOWN,
    securityGroups: [UNKNOWN],
    kmsKeyId: UNKNOWN,
    instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "2" },
    platformIdentifier: "notebook-al2023-v1",
    tags: { team: "ml-platform" },
});

/** The same notebook declared with the aws-native provider (CloudFormation shape). */
export const compliantNativeNotebook = () => ({
    instanceType: "ml.t3.medium",
    roleArn: UNKNOWN,
    directInternetAccess: "Disabled",
    rootAccess: "Disabled",
    subnetId: UNKNOWN,
    securityGroupIds: [UNKNOWN],
    kmsKeyId: UNKNOWN,
    instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "2" },
    platformIdentifier: "notebook-al2023-v1",
    tags: [{ key: "team", value: "ml-platform" }],
});

const nativeType = "aws-native:sagemaker:NotebookInstance";

const classicCases: PolicyCases[] = [
    {
        policy: sagemakerNotebookNoDirectInternet,
        type,
        compliant: compliantNotebook(),
        mutations: [
            {
                title: "directInternetAccess absent (AWS default Enabled)",
                mutate: (p) => delete p.directInternetAccess,
                expect: /not set \(AWS default "Enabled"\)/,
            },
            {
                title: 'directInternetAccess "Enabled"',
                mutate: (p) => (p.directInternetAccess = "Enabled"),
                expect: /Direct internet access is "Enabled"/,
            },
            {
                title: "directInternetAccess lower-case (not a valid value)",
                mutate: (p) => (p.directInternetAccess = "disabled"),
                expect: /Direct internet access is another value/,
            },
        ],
        unknownPaths: ["directInternetAccess"],
    },

    {
        policy: sagemakerNotebookInVpc,
        type,
        compliant: compliantNotebook(),
        alsoCompliant: [
            {
                title: "known subnet and group ids",
                mutate: (p) => Object.assign(p, { subnetId: "subnet-0abc", securityGroups: ["sg-0abc"] }),
            },
            // Before: "`securityGroups` is empty" (mandatory); after: in the VPC, with its default group.
            { title: "a subnet without securityGroups (the VPC's default group)", mutate: (p) => delete p.securityGroups },
            { title: "a subnet with an empty securityGroups list", mutate: (p) => (p.securityGroups = []) },
        ],
        mutations: [
            {
                title: "no subnetId and no securityGroups",
                mutate: (p) => (delete p.subnetId, delete p.securityGroups),
                expect: /`subnetId` is not set/,
            },
            { title: "no subnetId", mutate: (p) => delete p.subnetId, expect: /`subnetId` is not set/ },
            { title: "empty subnetId", mutate: (p) => (p.subnetId = ""), expect: /`subnetId` is not set/ },
        ],
        unknownPaths: ["subnetId", "securityGroups"],
    },

    {
        policy: sagemakerNotebookKmsEncryption,
        type,
        compliant: compliantNotebook(),
        alsoCompliant: [
            {
                title: "a known key ARN",
                mutate: (p) => (p.kmsKeyId = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
            },
        ],
        mutations: [
            { title: "no kmsKeyId", mutate: (p) => delete p.kmsKeyId, expect: /`kmsKeyId` is not set/ },
            { title: "empty kmsKeyId", mutate: (p) => (p.kmsKeyId = ""), expect: /`kmsKeyId` is not set/ },
            { title: "AWS-managed alias", mutate: (p) => (p.kmsKeyId = "alias/aws/sagemaker"), expect: /AWS-managed key/ },
            {
                title: "AWS-managed alias ARN",
                mutate: (p) => (p.kmsKeyId = "arn:aws:kms:us-east-1:111122223333:alias/aws/sagemaker"),
                expect: /AWS-managed key/,
            },
        ],
        unknownPaths: ["kmsKeyId"],
    },

    {
        policy: sagemakerNotebookNoRootAccess,
        type,
        compliant: compliantNotebook(),
        mutations: [
            {
                title: "rootAccess absent (AWS default Enabled)",
                mutate: (p) => delete p.rootAccess,
                expect: /Root access is not set \(AWS default "Enabled"\)/,
            },
            { title: 'rootAccess "Enabled"', mutate: (p) => (p.rootAccess = "Enabled"), expect: /Root access is "Enabled"/ },
        ],
        unknownPaths: ["rootAccess"],
    },

    {
        policy: sagemakerNotebookImdsv2,
        type,
        compliant: compliantNotebook(),
        mutations: [
            {
                title: "no metadata service configuration (AWS default 1)",
                mutate: (p) => delete p.instanceMetadataServiceConfiguration,
                expect: /not set \(AWS default "1"\)/,
            },
            {
                title: 'minimum version "1"',
                mutate: (p) => (p.instanceMetadataServiceConfiguration = { minimumInstanceMetadataServiceVersion: "1" }),
                expect: /version is "1"/,
            },
        ],
        unknownPaths: [
            "instanceMetadataServiceConfiguration",
            "instanceMetadataServiceConfiguration.minimumInstanceMetadataServiceVersion",
        ],
    },
];

/** The classic tables again on the aws-native shape: the same fields, `securityGroupIds` renamed. */
const nativeCases: PolicyCases[] = classicCases.map((c) =>
    c.policy === sagemakerNotebookInVpc
        ? {
              ...c,
              type: nativeType,
              compliant: compliantNativeNotebook(),
              alsoCompliant: [
                  {
                      title: "known subnet and group ids",
                      mutate: (p) => Object.assign(p, { subnetId: "subnet-0abc", securityGroupIds: ["sg-0abc"] }),
                  },
                  { title: "a subnet without securityGroupIds (the VPC's default group)", mutate: (p) => delete p.securityGroupIds },
              ],
              mutations: [
                  {
                      title: "no subnetId and no securityGroupIds",
                      mutate: (p) => (delete p.subnetId, delete p.securityGroupIds),
                      expect: /`subnetId` is not set/,
                  },
                  { title: "no subnetId", mutate: (p) => delete p.subnetId, expect: /`subnetId` is not set/ },
              ],
              unknownPaths: ["subnetId", "securityGroupIds"],
          }
        : { ...c, type: nativeType, compliant: compliantNativeNotebook() },
);

const platformCases: PolicyCases[] = [
    {
        policy: sagemakerNotebookSupportedPlatform,
        type,
        compliant: compliantNotebook(),
        alsoCompliant: [
            { title: "absent (provider default notebook-al2-v3, supported)", mutate: (p) => delete p.platformIdentifier },
            { title: "notebook-al2-v3", mutate: (p) => (p.platformIdentifier = "notebook-al2-v3") },
        ],
        mutations: [
            {
                title: "notebook-al1-v1",
                mutate: (p) => (p.platformIdentifier = "notebook-al1-v1"),
                expect: /identifier is "notebook-al1-v1"/,
            },
            {
                title: "notebook-al2-v1",
                mutate: (p) => (p.platformIdentifier = "notebook-al2-v1"),
                expect: /identifier is "notebook-al2-v1"/,
            },
            {
                title: "an unknown platform",
                mutate: (p) => (p.platformIdentifier = "notebook-custom"),
                expect: /identifier is another value/,
            },
        ],
        unknownPaths: ["platformIdentifier"],
    },
    {
        policy: sagemakerNotebookSupportedPlatform,
        type: nativeType,
        compliant: compliantNativeNotebook(),
        alsoCompliant: [{ title: "absent (aws-native default notebook-al2023-v1)", mutate: (p) => delete p.platformIdentifier }],
        mutations: [
            {
                title: "notebook-al2-v1",
                mutate: (p) => (p.platformIdentifier = "notebook-al2-v1"),
                expect: /identifier is "notebook-al2-v1"/,
            },
        ],
        unknownPaths: ["platformIdentifier"],
    },
];

export const cases: PolicyCases[] = [...classicCases, ...nativeCases, ...platformCases];
