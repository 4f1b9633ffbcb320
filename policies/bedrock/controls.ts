// Control mappings shared by the Bedrock policies. No scanner maps a Bedrock check to HIPAA (check
// catalog section 4a), so most mappings here are the project's own, each with its one-line rationale;
// where a peer publishes a mapping (Prowler's compliance files), the policy uses that instead.

import { ControlMappings, own, prowler } from "../core/frameworks";

/** Customer-managed key on a Bedrock resource that stores (or may store) PHI. */
export function cmkControls(what: string, prowlerCheck?: string): ControlMappings {
    return {
        hipaa: {
            ids: ["164.312(a)(2)(iv)"],
            source: own(
                `Encryption of ePHI at rest: with a customer-managed key you control, audit (CloudTrail) and can revoke access to ${what}; an AWS-owned key gives you none of that.`,
            ),
        },
        "nist-800-53": {
            ids: ["SC-28", "SC-28(1)", "SC-12", "SC-13"],
            source: own(
                "Protection of information at rest with keys the organisation manages; the same set the AWS Config NIST pack maps to the SageMaker *-kms-key-configured rules.",
            ),
        },
        "pci-dss": {
            ids: ["3.5.1"],
            source: own("Stored sensitive data rendered unreadable with keys under the entity's key-management process (3.5.1, 3.6, 3.7)."),
        },
        iso27001: {
            ids: ["A.8.24"],
            source: prowlerCheck
                ? prowler(`iso27001_2022_aws.json: ${prowlerCheck}`)
                : own("Use of cryptography: keys under the organisation's key management (as Prowler maps the Bedrock prompt CMK check)."),
        },
    };
}

/** A Bedrock / AgentCore workload that must run in (or reach the network only through) your VPC. */
export function privateNetworkControls(what: string): ControlMappings {
    return {
        hipaa: {
            ids: ["164.312(e)(1)", "164.312(a)(1)"],
            source: own(
                `Transmission security and access control: ${what} outside your VPC sends and fetches data over a path your security groups, endpoint policies and flow logs do not see.`,
            ),
        },
        "nist-800-53": {
            ids: ["SC-7", "SC-7(5)", "AC-4"],
            source: own("Boundary protection and information flow enforcement: traffic passes managed interfaces you control."),
        },
        iso27001: {
            ids: ["A.8.20", "A.8.22"],
            source: own("Networks security and segregation (as Prowler maps the SageMaker VPC checks to A.8.20-A.8.22)."),
        },
    };
}
