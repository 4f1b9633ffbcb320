// Control mappings of the network policies (check catalog section 4b, rows R25-R31), with sources.

import { cdkNag, ControlMappings, own, prowler } from "../core/frameworks";

/** R27: no 0.0.0.0/0 or ::/0 ingress. */
export const OPEN_INGRESS: ControlMappings = {
    hipaa: {
        ids: [
            "164.308(a)(3)(i)",
            "164.308(a)(3)(ii)(B)",
            "164.308(a)(4)(i)",
            "164.308(a)(4)(ii)(A)",
            "164.308(a)(4)(ii)(C)",
            "164.312(a)(1)",
            "164.312(e)(1)",
        ],
        source: cdkNag("HIPAA.Security-EC2RestrictedSSH / vpc-sg-open-only-to-authorized-ports (AWS Config HIPAA conformance pack)"),
    },
    "nist-800-53": {
        ids: ["AC-4(21)", "AC-17(1)", "CM-7b", "SC-7", "SC-7(3)", "SC-7(5)"],
        source: cdkNag("NIST.800.53.R5-EC2RestrictedCommonPorts"),
    },
    "pci-dss": {
        ids: ["1.3.1", "1.4.2"],
        source: own(
            "Inbound traffic restricted (1.3.1) and from untrusted networks (1.4.2): translated to PCI DSS v4.0.1 numbering from cdk-nag's PCI.DSS.321 pack (EC2RestrictedCommonPorts: 1.2.1, 1.3.1, 1.3.2, 2.2.2).",
        ),
    },
    cis: { ids: ["5.3", "5.4"], source: prowler("cis_5.0_aws.json: ec2_securitygroup_allow_ingress_from_internet_to_all_ports") },
    soc2: { ids: ["CC6.6"], source: prowler("soc2_aws.json: ec2_securitygroup_allow_ingress_from_internet_to_any_port") },
    iso27001: {
        ids: ["A.8.20", "A.8.21", "A.8.22"],
        source: prowler("iso27001_2022_aws.json: ec2_securitygroup_allow_ingress_from_internet_to_any_port"),
    },
};

/** R25: VPC flow logs. */
export const FLOW_LOGS: ControlMappings = {
    hipaa: { ids: ["164.308(a)(3)(ii)(A)", "164.312(b)"], source: cdkNag("HIPAA.Security-VPCFlowLogsEnabled") },
    "nist-800-53": {
        ids: ["AC-4(26)", "AU-2b", "AU-3", "AU-12", "SI-4(17)", "SI-7(8)"],
        source: cdkNag("NIST.800.53.R5-VPCFlowLogsEnabled"),
    },
    "pci-dss": {
        ids: ["10.2.1"],
        source: own(
            "Audit logs enabled and active (10.2.1): translated to PCI DSS v4.0.1 numbering from cdk-nag's PCI.DSS.321 pack (VPCFlowLogsEnabled: 10.1, 10.3.2, 10.3.3).",
        ),
    },
    cis: { ids: ["3.7"], source: prowler("cis_5.0_aws.json: vpc_flow_logs_enabled") },
    soc2: { ids: ["CC7.2", "CC7.3"], source: prowler("soc2_aws.json: vpc_flow_logs_enabled") },
    iso27001: { ids: ["A.8.15", "A.8.16", "A.8.20"], source: prowler("iso27001_2022_aws.json: vpc_flow_logs_enabled") },
};

/** R29: subnets do not auto-assign public IPs. */
export const NO_PUBLIC_IP: ControlMappings = {
    hipaa: {
        ids: ["164.308(a)(3)(i)", "164.308(a)(4)(ii)(A)", "164.308(a)(4)(ii)(C)", "164.312(a)(1)", "164.312(e)(1)"],
        source: cdkNag("HIPAA.Security-VPCSubnetAutoAssignPublicIpDisabled"),
    },
    "nist-800-53": { ids: ["AC-3", "AC-4(21)", "SC-7", "SC-7(3)"], source: cdkNag("NIST.800.53.R5-VPCSubnetAutoAssignPublicIpDisabled") },
    "pci-dss": {
        ids: ["1.4.2", "1.4.4"],
        source: own(
            "Not directly reachable from untrusted networks (1.4.2, 1.4.4): translated to PCI DSS v4.0.1 numbering from cdk-nag's PCI.DSS.321 pack (VPCSubnetAutoAssignPublicIpDisabled: 1.2.1, 1.3.1, 1.3.2, 2.2.2).",
        ),
    },
};

/** R30 (B12): interface endpoints for the services an ML VPC needs. */
export const ENDPOINTS: ControlMappings = {
    hipaa: {
        ids: ["164.312(e)(1)"],
        source: own(
            "Transmission security: with private endpoints, calls that carry PHI (SageMaker, Bedrock, S3, KMS, Logs) stay on the AWS network and are subject to endpoint policies instead of leaving the VPC through a NAT or internet gateway.",
        ),
    },
    "nist-800-53": {
        ids: ["SC-7", "SC-7(4)", "AC-4"],
        source: own(
            "Boundary protection: managed interfaces for the AWS APIs the workload calls (Config service-vpc-endpoint-enabled maps no r5 ids).",
        ),
    },
    "pci-dss": {
        ids: ["1.2.8", "1.3.1", "1.3.2", "1.4.2", "1.5.1"],
        source: prowler("pci_4.0_aws.json: bedrock_vpc_endpoints_configured"),
    },
    iso27001: { ids: ["A.8.20", "A.8.21", "A.8.22"], source: prowler("iso27001_2022_aws.json: bedrock_vpc_endpoints_configured") },
};

/** R31: endpoint policies not wide open. */
export const ENDPOINT_POLICY: ControlMappings = {
    hipaa: {
        ids: ["164.308(a)(4)(ii)(C)", "164.312(a)(1)"],
        source: own(
            "Access control: an endpoint policy that allows every principal every action on every resource lets the VPC reach any account's buckets and models, an exfiltration path for PHI.",
        ),
    },
    "nist-800-53": {
        ids: ["AC-4", "AC-6", "SC-7(5)"],
        source: prowler("nist_800_53_revision_5_aws.json: vpc_endpoint_connections_trust_boundaries"),
    },
    iso27001: { ids: ["A.8.20"], source: own("Network security: endpoint policies define what may pass the network boundary.") },
};
