// The sagemaker-guard policy pack: built from the catalog, nothing else.

import { PolicyPack } from "@pulumi/policy";
import { catalog } from "./policies/catalog";
import { toPulumiPolicy } from "./policies/core/policy";
import { shareDeserialization } from "./policies/core/shared-deserialization";

// Every policy of a request reads the same deserialized resource (see the module for why it is safe).
shareDeserialization();

new PolicyPack("sagemaker-guard", {
    displayName: "sagemaker-guard: SageMaker and Bedrock security for regulated data",
    description:
        "Checks planned Amazon SageMaker and Bedrock workloads, and the IAM, KMS, VPC, CloudTrail, GuardDuty and S3 resources around them, against security practices for regulated (healthcare) data, mapped to HIPAA, NIST 800-53 r5, PCI DSS v4, CIS, SOC 2, ISO 27001 and HITRUST.",
    provider: "aws",
    tags: ["aws", "sagemaker", "bedrock", "hipaa", "security"],
    repository: "https://github.com/sagemaker-guard/sagemaker-guard",
    policies: catalog.map(toPulumiPolicy),
});
