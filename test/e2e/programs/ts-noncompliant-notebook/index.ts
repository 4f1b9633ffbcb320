// e2e fixture: directInternetAccess omitted and no kmsKeyId -> mandatory violations.
import * as aws from "@pulumi/aws";

export const notebook = new aws.sagemaker.NotebookInstance("notebook", {
    instanceType: "ml.t3.medium",
    roleArn: "arn:aws:iam::123456789012:role/sagemaker-guard-e2e",
}).name;
