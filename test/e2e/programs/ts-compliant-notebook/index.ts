// e2e fixture: a notebook that satisfies every mandatory rule; kmsKeyId is unknown at preview.
import * as aws from "@pulumi/aws";

const notebookKey = new aws.kms.Key("notebookKey", {
    description: "sagemaker-guard e2e notebook volume key",
    enableKeyRotation: true,
    deletionWindowInDays: 30,
});

export const notebook = new aws.sagemaker.NotebookInstance("notebook", {
    instanceType: "ml.t3.medium",
    roleArn: "arn:aws:iam::123456789012:role/sagemaker-guard-e2e",
    directInternetAccess: "Disabled",
    rootAccess: "Disabled",
    subnetId: "subnet-0123456789abcdef0",
    securityGroups: ["sg-0123456789abcdef0"],
    kmsKeyId: notebookKey.arn,
    instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "2" },
}).name;
