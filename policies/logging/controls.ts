// Control mappings of the logging and detection policies (check catalog section 4b: R1-R7, R35).

import { cdkNag, ControlMappings, own, prowler, securityHub } from "../core/frameworks";

export const TRAIL_MULTI_REGION: ControlMappings = {
    hipaa: {
        ids: ["164.308(a)(3)(ii)(A)", "164.312(b)", "164.308(a)(1)(ii)(D)", "164.308(a)(6)(ii)"],
        source: prowler("hipaa_aws.json: cloudtrail_multi_region_enabled (+ Config HIPAA pack multi-region-cloudtrail-enabled)"),
    },
    "nist-800-53": {
        ids: ["AC-2(4)", "AU-2b", "AU-3", "AU-12a", "AU-12c", "SI-4(2)"],
        source: prowler("nist_800_53_revision_5_aws.json: cloudtrail_multi_region_enabled"),
    },
    "pci-dss": { ids: ["10.2.1", "10.2.2", "10.3.1"], source: prowler("pci_4.0_aws.json: cloudtrail_multi_region_enabled") },
    cis: { ids: ["3.1"], source: prowler("cis_5.0_aws.json: cloudtrail_multi_region_enabled") },
    soc2: { ids: ["CC2.1", "CC7.2"], source: prowler("soc2_aws.json: cloudtrail_multi_region_enabled") },
};

export const TRAIL_KMS: ControlMappings = {
    hipaa: {
        ids: ["164.312(a)(2)(iv)", "164.312(e)(2)(ii)", "164.312(c)(1)"],
        source: cdkNag("HIPAA.Security-CloudTrailEncryptionEnabled"),
    },
    "nist-800-53": { ids: ["AU-9(3)", "SC-13a", "SC-28(1)", "SI-19(4)"], source: cdkNag("NIST.800.53.R5-CloudTrailEncryptionEnabled") },
    "pci-dss": { ids: ["10.3.2", "10.3.3", "3.5.1"], source: prowler("pci_4.0_aws.json: cloudtrail_kms_encryption_enabled") },
    cis: { ids: ["3.5"], source: prowler("cis_5.0_aws.json: cloudtrail_kms_encryption_enabled") },
    iso27001: { ids: ["A.8.11", "A.8.15", "A.8.24"], source: prowler("iso27001_2022_aws.json: cloudtrail_kms_encryption_enabled") },
};

export const TRAIL_VALIDATION: ControlMappings = {
    hipaa: { ids: ["164.312(c)(1)", "164.312(c)(2)"], source: cdkNag("HIPAA.Security-CloudTrailLogFileValidationEnabled") },
    "nist-800-53": { ids: ["AU-9a", "SI-7a", "SI-7(1)", "SI-7(3)"], source: cdkNag("NIST.800.53.R5-CloudTrailLogFileValidationEnabled") },
    "pci-dss": {
        ids: ["10.3.2", "10.3.4", "11.5.2"],
        source: own(
            "Audit logs protected from modification and change-detected (10.3.2, 10.3.4, 11.5.2): translated to PCI DSS v4.0.1 numbering from cdk-nag's PCI.DSS.321 pack (CloudTrailLogFileValidationEnabled: 10.5.2, 10.5.5, 11.5).",
        ),
    },
    cis: { ids: ["3.2"], source: prowler("cis_5.0_aws.json: cloudtrail_log_file_validation_enabled") },
    soc2: { ids: ["CC7.3", "PI1.3"], source: prowler("soc2_aws.json: cloudtrail_log_file_validation_enabled") },
    iso27001: { ids: ["A.8.15", "A.8.16"], source: prowler("iso27001_2022_aws.json: cloudtrail_log_file_validation_enabled") },
};

export const TRAIL_DATA_EVENTS: ControlMappings = {
    hipaa: {
        ids: ["164.308(a)(3)(ii)(A)", "164.312(b)", "164.312(a)(2)(i)"],
        source: prowler("hipaa_aws.json: cloudtrail_s3_dataevents_read_enabled (+ Config HIPAA pack cloudtrail-s3-dataevents-enabled)"),
    },
    "nist-800-53": {
        ids: ["AU-2b", "AU-3", "AU-12a", "AU-12c"],
        source: prowler("nist_800_53_revision_5_aws.json: cloudtrail_s3_dataevents_read_enabled"),
    },
    cis: { ids: ["3.8", "3.9"], source: prowler("cis_5.0_aws.json: cloudtrail_s3_dataevents_write_enabled / _read_enabled") },
    soc2: { ids: ["CC2.1", "CC7.2"], source: prowler("soc2_aws.json: cloudtrail_s3_dataevents_read_enabled") },
    iso27001: { ids: ["A.8.15", "A.8.16"], source: prowler("iso27001_2022_aws.json: cloudtrail_s3_dataevents_read_enabled") },
};

export const GUARDDUTY: ControlMappings = {
    hipaa: {
        ids: ["164.308(a)(5)(ii)(C)", "164.308(a)(6)(ii)", "164.312(b)", "164.308(a)(1)(ii)(D)"],
        source: prowler("hipaa_aws.json: guardduty_is_enabled (+ Config HIPAA pack guardduty-enabled-centralized)"),
    },
    "nist-800-53": {
        ids: ["CA-7", "IR-4a", "RA-5a", "SI-3(8)(a)", "SI-4a", "SI-4(2)"],
        source: securityHub("GuardDuty.1 related requirements"),
    },
    "pci-dss": { ids: ["11.5.1"], source: prowler("pci_4.0_aws.json: guardduty_is_enabled") },
    soc2: { ids: ["CC7.1", "CC7.2", "CC7.3"], source: prowler("soc2_aws.json: guardduty_is_enabled") },
    iso27001: { ids: ["A.5.25", "A.8.7", "A.8.16"], source: prowler("iso27001_2022_aws.json: guardduty_is_enabled") },
};

export const LOG_GROUP_KMS: ControlMappings = {
    hipaa: { ids: ["164.312(a)(2)(iv)", "164.312(e)(2)(ii)"], source: cdkNag("HIPAA.Security-CloudWatchLogGroupEncrypted") },
    "nist-800-53": { ids: ["AU-9(3)", "SC-13a", "SC-28(1)", "SI-19(4)"], source: cdkNag("NIST.800.53.R5-CloudWatchLogGroupEncrypted") },
    "pci-dss": { ids: ["3.5.1", "10.3.2"], source: prowler("pci_4.0_aws.json: cloudwatch_log_group_kms_encryption_enabled") },
    iso27001: { ids: ["A.8.11", "A.8.24"], source: prowler("iso27001_2022_aws.json: cloudwatch_log_group_kms_encryption_enabled") },
};

export const LOG_GROUP_RETENTION: ControlMappings = {
    hipaa: {
        ids: ["164.312(b)", "164.316(b)(2)(i)"],
        source: own(
            "Audit controls and documentation retention: an explicit retention period of at least a year (six for HIPAA documentation) keeps the audit record, and ends the storage of PHI-bearing logs on a documented schedule instead of never.",
        ),
    },
    "nist-800-53": { ids: ["AU-11", "SI-12"], source: cdkNag("NIST.800.53.R5-CloudWatchLogGroupRetentionPeriod") },
    "pci-dss": { ids: ["10.5.1"], source: prowler("pci_4.0_aws.json: cloudwatch_log_group_retention_policy_specific_days_enabled") },
    iso27001: { ids: ["A.8.15"], source: prowler("iso27001_2022_aws.json: cloudwatch_log_group_retention_policy_specific_days_enabled") },
};
