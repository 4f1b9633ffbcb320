// Control mappings shared by the two PHI policies.

import { ControlMappings, own } from "../core/frameworks";

export const phiControls: ControlMappings = {
    hipaa: {
        ids: ["164.312(a)(1)", "164.308(a)(3)(ii)(A)", "164.308(a)(4)(ii)(B)"],
        source: own(
            "Tags, names and descriptions are metadata: they reach billing reports, Cost Explorer, CloudTrail, AWS Config and every principal with List/Describe rights, outside the access control that protects ePHI (Security Hub SageMaker.6/.7 text: do not store PII or other sensitive information in tags).",
        ),
    },
    "nist-800-53": {
        ids: ["SI-12", "PM-5(1)", "AC-3", "SC-28"],
        source: own(
            "Information management and retention: PII only where it is needed and protected; metadata fields are not access-controlled stores.",
        ),
    },
    "pci-dss": {
        ids: ["3.2.1", "3.4.1"],
        source: own(
            "Account data is not stored beyond what is needed, and PAN is never displayed in full: resource metadata is shown to anyone with read access.",
        ),
    },
    iso27001: { ids: ["A.5.34", "A.8.11", "A.8.12"], source: own("Privacy and protection of PII; data masking; data leakage prevention.") },
};
