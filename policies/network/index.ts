import type { GuardPolicy } from "../core/policy";
import { ec2MlSecurityGroupNoPublicIngress } from "./ec2-ml-security-group-no-public-ingress";
import { ec2MlSubnetNoPublicIp } from "./ec2-ml-subnet-no-public-ip";
import { vpcMlEndpointPolicyRestricted } from "./vpc-ml-endpoint-policy-restricted";
import { vpcMlFlowLogs } from "./vpc-ml-flow-logs";
import { vpcMlInterfaceEndpoints } from "./vpc-ml-interface-endpoints";
import { vpcMlServiceEndpointPolicyRestricted } from "./vpc-ml-service-endpoint-policy-restricted";

export const networkPolicies: GuardPolicy[] = [
    vpcMlInterfaceEndpoints,
    vpcMlEndpointPolicyRestricted,
    vpcMlServiceEndpointPolicyRestricted,
    ec2MlSecurityGroupNoPublicIngress,
    vpcMlFlowLogs,
    ec2MlSubnetNoPublicIp,
];
