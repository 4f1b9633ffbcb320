// Control mappings of the storage policies (check catalog section 4b: R20-R23).

import { cdkNag, ControlMappings, own, prowler, securityHub } from "../core/frameworks";

export const S3_KMS: ControlMappings = {
    hipaa: {
        ids: ["164.312(a)(2)(iv)", "164.312(e)(2)(ii)", "164.312(c)(1)", "164.312(c)(2)"],
        source: cdkNag("HIPAA.Security-S3DefaultEncryptionKMS (+ Prowler hipaa_aws.json: s3_bucket_default_encryption)"),
    },
    "nist-800-53": {
        ids: ["AU-9(3)", "CP-9d", "CP-9(8)", "SC-8(3)", "SC-13a", "SC-28(1)", "SI-19(4)"],
        source: cdkNag("NIST.800.53.R5-S3DefaultEncryptionKMS"),
    },
    "pci-dss": { ids: ["3.5.1", "8.3.2"], source: prowler("pci_4.0_aws.json: s3_bucket_default_encryption") },
    soc2: { ids: ["PI1.4"], source: prowler("soc2_aws.json: s3_bucket_default_encryption") },
    iso27001: { ids: ["A.8.11", "A.8.24"], source: prowler("iso27001_2022_aws.json: s3_bucket_kms_encryption") },
    hitrust: {
        ids: ["06.d"],
        source: own(
            "HITRUST CSF 06.d (data protection and privacy of covered information); Pulumi compliance-policies tag their S3 SSE/KMS policies hitrust without a control id.",
        ),
    },
};

export const S3_TLS: ControlMappings = {
    hipaa: {
        ids: ["164.312(a)(2)(iv)", "164.312(c)(2)", "164.312(e)(1)", "164.312(e)(2)(i)", "164.312(e)(2)(ii)"],
        source: cdkNag("HIPAA.Security-S3BucketSSLRequestsOnly"),
    },
    "nist-800-53": {
        ids: ["AC-4", "AC-17(2)", "SC-8", "SC-8(1)", "SC-13a", "SC-23"],
        source: cdkNag("NIST.800.53.R5-S3BucketSSLRequestsOnly"),
    },
    "pci-dss": {
        ids: ["1.2.5", "2.2.5", "2.2.7", "4.2.1", "8.3.2"],
        source: prowler("pci_4.0_aws.json: s3_bucket_secure_transport_policy"),
    },
    cis: { ids: ["2.1.1"], source: prowler("cis_5.0_aws.json: s3_bucket_secure_transport_policy") },
};

export const S3_PUBLIC_ACCESS: ControlMappings = {
    hipaa: {
        ids: ["164.308(a)(3)(i)", "164.308(a)(4)(ii)(A)", "164.308(a)(4)(ii)(C)", "164.312(a)(1)", "164.312(e)(1)"],
        source: cdkNag("HIPAA.Security-S3BucketLevelPublicAccessProhibited"),
    },
    "nist-800-53": {
        ids: ["AC-3", "AC-4(21)", "AC-6", "SC-7", "SC-25"],
        source: cdkNag("NIST.800.53.R5-S3BucketLevelPublicAccessProhibited"),
    },
    "pci-dss": {
        ids: ["1.3.1", "1.4.4"],
        source: own(
            "Stored data not directly accessible from untrusted networks (1.3.1, 1.4.4): translated to PCI DSS v4.0.1 numbering from cdk-nag's PCI.DSS.321 pack (S3BucketLevelPublicAccessProhibited: 1.2.1, 1.3.1, 1.3.2, 2.2.2).",
        ),
    },
    cis: {
        ids: ["2.1.4"],
        source: prowler("cis_5.0_aws.json: s3_bucket_level_public_access_block / s3_account_level_public_access_blocks"),
    },
    iso27001: { ids: ["A.8.1"], source: prowler("iso27001_2022_aws.json: s3_account_level_public_access_blocks") },
};

export const S3_VERSIONING: ControlMappings = {
    hipaa: {
        ids: ["164.308(a)(7)(i)", "164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)", "164.312(c)(1)", "164.312(c)(2)"],
        source: cdkNag("HIPAA.Security-S3BucketVersioningEnabled"),
    },
    "nist-800-53": { ids: ["CP-9", "CP-10", "SI-12"], source: cdkNag("NIST.800.53.R5-S3BucketVersioningEnabled") },
    soc2: { ids: ["CC7.4", "A1.1", "C1.2", "PI1.5"], source: prowler("soc2_aws.json: s3_bucket_object_versioning") },
    iso27001: {
        ids: ["A.8.10", "A.8.13"],
        source: securityHub("S3.14 related requirements; Prowler iso27001_2022_aws.json: s3_bucket_object_versioning"),
    },
};

/** Appended to findings on buckets that SageMaker or Bedrock resources of the stack use. */
export const ML_NOTE = " SageMaker or Bedrock resources of this stack use this bucket.";
