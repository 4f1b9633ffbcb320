import { sagemakerNotebookImdsv2 } from "../../policies/sagemaker/sagemaker-notebook-imdsv2";
import { sagemakerNotebookInVpc } from "../../policies/sagemaker/sagemaker-notebook-in-vpc";
import { sagemakerNotebookKmsEncryption } from "../../policies/sagemaker/sagemaker-notebook-kms-encryption";
import { sagemakerNotebookNoDirectInternet } from "../../policies/sagemaker/sagemaker-notebook-no-direct-internet";
import { sagemakerNotebookNoRootAccess } from "../../policies/sagemaker/sagemaker-notebook-no-root-access";
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

export const cases: PolicyCases[] = [
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
        ],
        mutations: [
            {
                title: "no subnetId and no securityGroups",
                mutate: (p) => (delete p.subnetId, delete p.securityGroups),
                expect: /Neither `subnetId` nor `securityGroups`/,
            },
            { title: "no subnetId", mutate: (p) => delete p.subnetId, expect: /`subnetId` is not set/ },
            { title: "empty subnetId", mutate: (p) => (p.subnetId = ""), expect: /`subnetId` is not set/ },
            { title: "empty securityGroups", mutate: (p) => (p.securityGroups = []), expect: /`securityGroups` is empty/ },
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
