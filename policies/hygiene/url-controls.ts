// Control mappings shared by the two insecure-URL policies.

import { ControlMappings, own } from "../core/frameworks";

export const transportControls: ControlMappings = {
    hipaa: {
        ids: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
        source: own(
            "Transmission security: code, credentials and data fetched over http, git or ftp travel unencrypted and can be read or altered in transit.",
        ),
    },
    "nist-800-53": {
        ids: ["SC-8", "SC-8(1)", "SC-13"],
        source: own("Transmission confidentiality and integrity with cryptographic protection."),
    },
    "pci-dss": { ids: ["4.2.1"], source: own("Strong cryptography protects data in transit over open networks.") },
    iso27001: { ids: ["A.8.24", "A.8.20"], source: own("Use of cryptography; network security.") },
};
