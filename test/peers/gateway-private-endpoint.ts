// AWS's own configurations of AgentCore gateway targets with private endpoints, translated to Pulumi
// resources as a program states them after deploy (known values, no dependency data), for
// bedrock-agentcore-gateway-target-private-endpoint. No peer scanner checks this (AWS's AI/ML security
// assessment sample @0a5ed70 and Prowler @3e000faa31 do not), so these are AWS's reference setups, each
// with the verdict AWS's guidance implies (the private path AWS recommends passes). Only facts are kept:
// the fields set and how the pieces connect; names and ids are stand-ins where the sample reads them at run
// time. Kept apart from our own mutations (test/cases/genai-gateway-private.ts); used by
// test/unit/peer-gateway-private-endpoint.spec.ts.
//
// awslabs/amazon-bedrock-agentcore-samples, commit 684d2087cb56490a8a756122b968ac4e71b6cb5d,
//   01-tutorials/02-AgentCore-gateway/16-vpc-egress/04-ecs-deployment/fargate-mcp-gateway-managed.ipynb:
//   a FastMCP server on ECS Fargate behind an internal ALB (HTTPS 443, public ACM certificate), a private
//   hosted zone with an alias record to the ALB, and a target `ecs-mcp-server` whose mcpServer endpoint is
//   `https://<domain>/mcp` with a managed private endpoint (VPC, private subnets, IPV4, the ALB's security
//   group, `routingDomain` = the ALB's DNS name). The sample writes the block as `managedLatticeResource`;
//   the API, CloudFormation and both Pulumi providers name it `managedVpcResource`: translated both ways.
// Same repository and commit, 01-tutorials/02-AgentCore-gateway/16-vpc-egress/05-eks-deployment/mcp-server-gateway-managed.ipynb:
//   two FastMCP servers on EKS behind one internal NLB that the AWS Load Balancer Controller creates (not a
//   resource of the deploying stack), two targets `eks-mcp-server` (endpoint `https://<domain>/mcp-server/mcp`,
//   resourcePriority 10) and `eks-stock-mcp` (`/stock-mcp/mcp`, resourcePriority 100), each with a managed
//   VPC private endpoint (VPC, private subnets, IPV4, the NLB's security group, no routingDomain).
// Same repository, commit 311575e3cc63ccbf4a60d31fe267703ccb7494ea,
//   01-tutorials/02-AgentCore-gateway/16-vpc-egress/02-self-managed-lattice/01-getting-started.ipynb: a
//   PRIVATE REST API with an execute-api VPC endpoint, and a target `self-managed-apigw` with an inline
//   OpenAPI schema whose `servers` URL is `https://<apiId>-<vpceId>.execute-api.us-west-2.amazonaws.com/prod`,
//   an API-key credential provider, and `privateEndpoint.selfManagedLatticeResource` naming the resource
//   configuration the notebook creates.
// AWS developer guide, "Configure Amazon Bedrock AgentCore Gateway VPC Egress for Gateway Targets"
//   (https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/gateway-vpc-egress.html, read December
//   2026; no commit): the example target `my-private-mcp-target`, endpoint
//   `https://my-mcp-server.internal.example.com/mcp`, managed VPC resource vpc-0abc123def456, subnets
//   subnet-0abc123 and subnet-0def456, IPV4, security group sg-0abc123def.

import type { StackResourceCase } from "../harness";

export interface AwsReferenceCase {
    source: string;
    title: string;
    stack: StackResourceCase[];
    /** The verdict AWS's guidance implies for each gateway target. */
    verdicts: Record<string, "pass" | "fail">;
}

const TARGET = "aws:bedrock/agentcoreGatewayTarget:AgentcoreGatewayTarget";
const NATIVE_TARGET = "aws-native:bedrockagentcore:GatewayTarget";
const REGION = "us-west-2";
const VPC = "vpc-0a1b2c3d4e5f60789";
const SUBNETS = ["subnet-0aaa1111bbbb2222c", "subnet-0ddd3333eeee4444f"];
const DOMAIN = "mcp.internal.example.com";
const ALB_DNS = `internal-McpEcs-Alb-1a2b3c4d5e-1234567890.${REGION}.elb.amazonaws.com`;

const SAMPLES = "awslabs/amazon-bedrock-agentcore-samples";

function ecs(blockName: "managedVpcResource" | "managedLatticeResource"): StackResourceCase[] {
    return [
        {
            type: "aws:lb/loadBalancer:LoadBalancer",
            name: "mcp-alb",
            props: {
                internal: true,
                loadBalancerType: "application",
                subnets: SUBNETS,
                securityGroups: ["sg-0alb1234567890abc"],
                dnsName: ALB_DNS,
            },
        },
        {
            type: "aws:route53/record:Record",
            name: "mcp-domain",
            props: {
                zoneId: "Z0PRIVATEZONE12345",
                name: DOMAIN,
                type: "A",
                aliases: [{ name: ALB_DNS, zoneId: "Z1H1FL5HABSF5", evaluateTargetHealth: false }],
                fqdn: DOMAIN,
            },
        },
        {
            type: TARGET,
            name: "ecs-mcp-server",
            props: {
                name: "ecs-mcp-server",
                gatewayIdentifier: "gw-0123456789",
                description: "MCP server on ECS Fargate via internal ALB and managed VPC egress",
                targetConfiguration: { mcp: { mcpServer: { endpoint: `https://${DOMAIN}/mcp` } } },
                privateEndpoint: {
                    [blockName]: {
                        vpcIdentifier: VPC,
                        subnetIds: SUBNETS,
                        endpointIpAddressType: "IPV4",
                        securityGroupIds: ["sg-0alb1234567890abc"],
                        routingDomain: ALB_DNS,
                    },
                },
            },
        },
    ];
}

const eksTarget = (name: string, path: string, resourcePriority: number): StackResourceCase => ({
    type: NATIVE_TARGET,
    name,
    props: {
        name,
        gatewayIdentifier: "gw-0123456789",
        targetConfiguration: { mcp: { mcpServer: { endpoint: `https://${DOMAIN}${path}`, resourcePriority } } },
        privateEndpoint: {
            managedVpcResource: {
                vpcIdentifier: VPC,
                subnetIds: SUBNETS,
                endpointIpAddressType: "IPV4",
                securityGroupIds: ["sg-0nlb1234567890abc"],
            },
        },
    },
});

const API_ID = "a1b2c3d4e5";
const VPCE_ID = "vpce-0123456789abcdef0";

export const AWS_REFERENCE_CASES: AwsReferenceCase[] = [
    {
        source: `${SAMPLES}@684d2087 16-vpc-egress/04-ecs-deployment`,
        title: "ECS Fargate behind an internal ALB, managed VPC private endpoint with routingDomain (API block name)",
        stack: ecs("managedVpcResource"),
        verdicts: { "ecs-mcp-server": "pass" },
    },
    {
        source: `${SAMPLES}@684d2087 16-vpc-egress/04-ecs-deployment`,
        title: "the same, with the block named as the sample writes it (`managedLatticeResource`)",
        stack: ecs("managedLatticeResource"),
        verdicts: { "ecs-mcp-server": "pass" },
    },
    {
        source: `${SAMPLES}@684d2087 16-vpc-egress/05-eks-deployment`,
        title: "two EKS MCP servers behind an NLB outside the stack, managed VPC private endpoints",
        stack: [eksTarget("eks-mcp-server", "/mcp-server/mcp", 10), eksTarget("eks-stock-mcp", "/stock-mcp/mcp", 100)],
        verdicts: { "eks-mcp-server": "pass", "eks-stock-mcp": "pass" },
    },
    {
        source: `${SAMPLES}@311575e3 16-vpc-egress/02-self-managed-lattice`,
        title: "a PRIVATE REST API called through an inline OpenAPI schema and a self-managed Lattice resource configuration",
        stack: [
            {
                type: "aws:apigateway/restApi:RestApi",
                name: "private-api",
                props: { name: "PrivateApigw", endpointConfiguration: { types: "PRIVATE", vpcEndpointIds: [VPCE_ID] }, id: API_ID },
            },
            {
                type: TARGET,
                name: "self-managed-apigw",
                props: {
                    name: "self-managed-apigw",
                    gatewayIdentifier: "gw-0123456789",
                    description: "Private API Gateway via self-managed VPC Lattice",
                    targetConfiguration: {
                        mcp: {
                            openApiSchema: {
                                inlinePayload: JSON.stringify({
                                    openapi: "3.0.1",
                                    servers: [{ url: `https://${API_ID}-${VPCE_ID}.execute-api.${REGION}.amazonaws.com/prod` }],
                                    paths: { "/health": { get: {} }, "/items": { get: {}, post: {} } },
                                }),
                            },
                        },
                    },
                    credentialProviderConfiguration: {
                        apiKey: {
                            providerArn: `arn:aws:bedrock-agentcore:${REGION}:111122223333:token-vault/default/apikeycredentialprovider/self-managed-apigw-api-key`,
                            credentialParameterName: "x-api-key",
                            credentialLocation: "HEADER",
                        },
                    },
                    privateEndpoint: {
                        selfManagedLatticeResource: {
                            resourceConfigurationIdentifier: `arn:aws:vpc-lattice:${REGION}:111122223333:resourceconfiguration/rcfg-0123456789abcdef0`,
                        },
                    },
                },
            },
        ],
        verdicts: { "self-managed-apigw": "pass" },
    },
    {
        source: "AWS developer guide, gateway-vpc-egress (no commit)",
        title: "the guide's private MCP server target",
        stack: [
            {
                type: NATIVE_TARGET,
                name: "my-private-mcp-target",
                props: {
                    name: "my-private-mcp-target",
                    gatewayIdentifier: "gw-0123456789",
                    targetConfiguration: { mcp: { mcpServer: { endpoint: "https://my-mcp-server.internal.example.com/mcp" } } },
                    privateEndpoint: {
                        managedVpcResource: {
                            vpcIdentifier: "vpc-0abc123def456",
                            subnetIds: ["subnet-0abc123", "subnet-0def456"],
                            endpointIpAddressType: "IPV4",
                            securityGroupIds: ["sg-0abc123def"],
                        },
                    },
                },
            },
        ],
        verdicts: { "my-private-mcp-target": "pass" },
    },
];
