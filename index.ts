// The sagemaker-guard policy pack: built from the catalog, nothing else.

import { PolicyPack } from "@pulumi/policy";
import { catalog } from "./policies/catalog";
import { currentFrameworkChoice, FrameworkChoice, FrameworkChoiceError, metadataFramework } from "./policies/core/framework-choice";
import { toPulumiPolicy } from "./policies/core/policy";
import { packReadme } from "./policies/core/readme";
import { installNotApplicableSeam } from "./policies/core/not-applicable-seam";
import { shareDeserialization } from "./policies/core/shared-deserialization";

// Every policy of a request reads the same deserialized resource (see the module for why it is safe).
shareDeserialization();
// Other resource types are answered "not applicable" without calling the policies (see the module).
installNotApplicableSeam();

// The organisation's framework (SAGEMAKER_GUARD_FRAMEWORK, or framework.json baked in before publishing).
// An id that is not a profile name stops the pack with one line: a preview that ran under another
// framework's levels than the organisation chose would look compliant when it is not.
let choice: FrameworkChoice;
try {
    choice = currentFrameworkChoice();
} catch (err) {
    if (!(err instanceof FrameworkChoiceError)) throw err;
    console.error(`${err.message} The pack does not start with a framework it does not know.`);
    process.exit(1);
}

new PolicyPack("sagemaker-guard", {
    displayName: "sagemaker-guard: SageMaker and Bedrock security for regulated data",
    description:
        "Checks planned Amazon SageMaker and Bedrock workloads, and the IAM, KMS, VPC, CloudTrail, GuardDuty and S3 resources around them, against security practices for regulated (healthcare) data, mapped to HIPAA, NIST 800-53 r5, PCI DSS v4, CIS, SOC 2, ISO 27001 and HITRUST.",
    readme: packReadme(catalog, choice),
    provider: "aws",
    tags: ["aws", "sagemaker", "bedrock", metadataFramework(choice), "security"],
    repository: "https://github.com/sagemaker-guard/sagemaker-guard",
    policies: catalog.map((p) => toPulumiPolicy(p, choice)),
});
