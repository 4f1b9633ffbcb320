import { own } from "../core/frameworks";
import { requireCustomerManagedKey } from "../core/kms";
import { resourcePolicy } from "../core/policy";
import { T } from "./common";

export const datazoneDomainKmsEncryption = resourcePolicy({
    name: "datazone-domain-kms-encryption",
    description: "SageMaker Unified Studio (Amazon DataZone) domains must encrypt their metadata with a customer-managed KMS key.",
    severity: "medium",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { [T.datazoneDomain]: {}, [T.nativeDatazoneDomain]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(a)(2)(iv)"],
            source: own(
                "Encryption at rest with a key you control: the domain's catalog holds the names, schemas, glossary and sample data of the PHI datasets and models it publishes.",
            ),
        },
        "nist-800-53": { ids: ["SC-28(1)", "SC-12"], source: own("Protection of information at rest (no scanner checks this field).") },
    },
    fix: "set `kmsKeyIdentifier` to the ARN of a customer-managed KMS key (at creation: it cannot change later)",
    remediationSteps: [
        "1. Create the domain with your key; DataZone cannot change the key of an existing domain.",
        "```typescript",
        'new aws.datazone.Domain("unified-studio", {',
        "    domainExecutionRole: executionRole.arn,",
        "    kmsKeyIdentifier: key.arn,",
        '    singleSignOn: { type: "IAM_IDC", userAssignment: "MANUAL" },',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.datazone.Domain("unified-studio", { domainExecutionRole: executionRole.arn });',
        after: 'new aws.datazone.Domain("unified-studio", { domainExecutionRole: executionRole.arn, kmsKeyIdentifier: key.arn });',
    },
    check(r, report) {
        requireCustomerManagedKey(r.get("kmsKeyIdentifier"), "kmsKeyIdentifier", "the domain's catalog metadata", report);
    },
});
