// Stack cases for bedrock-agentcore-gateway-target-private-endpoint (issue 26, branch h26-gw): a gateway
// target whose MCP server (or HTTP endpoint) is served by a resource of the same stack. At preview the
// endpoint URL is unknown and the join is the engine's property dependencies of `targetConfiguration`; in
// audit shape (test/audit-shape.ts) the URL is the serving resource's DNS name or URL and the join is the host.

import { bedrockAgentcoreGatewayTargetPrivateEndpoint } from "../../policies/bedrock/bedrock-agentcore-gateway-target-private-endpoint";
import { StackResourceCase, UNKNOWN, urnFor } from "../harness";
import { findResource, setPath, StackCases, StackMutation } from "../policy-cases";

type Props = Record<string, unknown>;

const T = {
    classicTarget: "aws:bedrock/agentcoreGatewayTarget:AgentcoreGatewayTarget",
    nativeTarget: "aws-native:bedrockagentcore:GatewayTarget",
    lb: "aws:lb/loadBalancer:LoadBalancer",
    alb: "aws:alb/loadBalancer:LoadBalancer",
    nativeLb: "aws-native:elasticloadbalancingv2:LoadBalancer",
    elb: "aws:elb/loadBalancer:LoadBalancer",
    nativeElb: "aws-native:elasticloadbalancing:LoadBalancer",
    restApi: "aws:apigateway/restApi:RestApi",
    nativeRestApi: "aws-native:apigateway:RestApi",
    stage: "aws:apigateway/stage:Stage",
    httpApi: "aws:apigatewayv2/api:Api",
    httpStage: "aws:apigatewayv2/stage:Stage",
    fnUrl: "aws:lambda/functionUrl:FunctionUrl",
    nativeFnUrl: "aws-native:lambda:Url",
    instance: "aws:ec2/instance:Instance",
    eip: "aws:ec2/eip:Eip",
    record: "aws:route53/record:Record",
    bucket: "aws:s3/bucket:Bucket",
} as const;

const isNative = (type: string) => type.startsWith("aws-native:");
const MANAGED_VPC = { vpcIdentifier: UNKNOWN, subnetIds: [UNKNOWN, UNKNOWN], endpointIpAddressType: "IPV4", securityGroupIds: [UNKNOWN] };

/** The gateway target: an MCP server target served by `served` (its endpoint unknown at preview). */
function target(type: string, served: string[], extra: Props = {}): StackResourceCase {
    return {
        type,
        name: "tools",
        props: {
            name: "tools",
            gatewayIdentifier: UNKNOWN,
            targetConfiguration: { mcp: { mcpServer: { endpoint: UNKNOWN } } },
            privateEndpoint: { managedVpcResource: { ...MANAGED_VPC, routingDomain: UNKNOWN } },
            ...extra,
        },
        propertyDependencies: { targetConfiguration: served, privateEndpoint: served },
    };
}

/** An internal load balancer in front of the MCP server, reached through a managed VPC private endpoint. */
function stack(targetType: string, lbType: string): () => StackResourceCase[] {
    const internal: Props = isNative(lbType) ? { scheme: "internal" } : { internal: true };
    return () => [
        {
            type: lbType,
            name: "mcp-lb",
            props: {
                ...(lbType === T.nativeLb
                    ? { type: "application" }
                    : lbType === T.lb || lbType === T.alb
                      ? { loadBalancerType: "application" }
                      : {}),
                ...internal,
                subnets: [UNKNOWN, UNKNOWN],
            },
        },
        target(targetType, [urnFor(lbType, "mcp-lb")]),
    ];
}

const tgt = (s: StackResourceCase[]) => findResource(s, "tools");
const noPrivateEndpoint = (s: StackResourceCase[]) => {
    delete tgt(s).props.privateEndpoint;
    delete tgt(s).propertyDependencies!.privateEndpoint;
};
/** Replaces the serving resources: the target's endpoint now depends on `served`. */
const servedBy = (s: StackResourceCase[], ...rs: StackResourceCase[]) => {
    s.splice(0, s.length - 1, ...rs);
    tgt(s).propertyDependencies!.targetConfiguration = rs.filter((r) => r.name.startsWith("mcp")).map((r) => urnFor(r.type, r.name));
};
const res = (type: string, name: string, props: Props, propertyDependencies?: Record<string, string[]>): StackResourceCase => ({
    type,
    name,
    props,
    ...(propertyDependencies ? { propertyDependencies } : {}),
});
const expectExposed = (kind: string, name: string, why: RegExp) =>
    new RegExp(
        `Gateway target \`tools\` calls the server named in \`targetConfiguration\\.[a-z.A-Z]+\`, served by ${kind} \`${name}\`, which is reachable from the internet \\(${why.source}\\), and has no \`privateEndpoint\``,
    );

function cases(targetType: string, lbType: string): StackCases {
    const publicLb = (s: StackResourceCase[]) => {
        const lb = findResource(s, "mcp-lb");
        if (isNative(lbType)) delete lb.props.scheme;
        else delete lb.props.internal;
    };
    const lbKind = isNative(lbType) ? /`scheme` is internet-facing/ : /`internal` is not true/;
    const mutations: StackMutation[] = [
        {
            title: "an internet-facing load balancer (the AWS default) and no private endpoint",
            mutate: (s) => {
                publicLb(s);
                noPrivateEndpoint(s);
            },
            expect: expectExposed("load balancer", "mcp-lb", lbKind),
            resource: "tools",
        },
        {
            title: "an HTTP passthrough target on an internet-facing load balancer",
            mutate: (s) => {
                publicLb(s);
                noPrivateEndpoint(s);
                tgt(s).props.targetConfiguration = { http: { passthrough: { endpoint: UNKNOWN, protocolType: "HTTPS" } } };
            },
            expect: /calls the server named in `targetConfiguration\.http\.passthrough\.endpoint`, served by load balancer `mcp-lb`/,
            resource: "tools",
        },
        {
            title: "an inference provider target on an internet-facing load balancer",
            mutate: (s) => {
                publicLb(s);
                noPrivateEndpoint(s);
                tgt(s).props.targetConfiguration = { inference: { provider: { endpoint: UNKNOWN } } };
            },
            expect: /calls the server named in `targetConfiguration\.inference\.provider\.endpoint`, served by load balancer `mcp-lb`/,
            resource: "tools",
        },
        {
            title: "an OpenAPI target whose inline schema names the internet-facing load balancer in `servers`",
            mutate: (s) => {
                publicLb(s);
                noPrivateEndpoint(s);
                tgt(s).props.targetConfiguration = { mcp: { openApiSchema: { inlinePayload: UNKNOWN } } };
            },
            expect: /calls the server named in `targetConfiguration\.mcp\.openApiSchema\.inlinePayload`, served by load balancer `mcp-lb`/,
            resource: "tools",
        },
        {
            title: "a custom domain: a Route 53 alias record to an internet-facing load balancer",
            mutate: (s) => {
                publicLb(s);
                noPrivateEndpoint(s);
                const lb = findResource(s, "mcp-lb");
                servedBy(
                    s,
                    lb,
                    res(
                        T.record,
                        "mcp-dns",
                        {
                            zoneId: UNKNOWN,
                            name: "mcp.example.com",
                            type: "A",
                            aliases: [{ name: UNKNOWN, zoneId: UNKNOWN, evaluateTargetHealth: false }],
                        },
                        { aliases: [urnFor(lb.type, lb.name)] },
                    ),
                );
                tgt(s).propertyDependencies!.targetConfiguration = [urnFor(T.record, "mcp-dns")];
            },
            expect: expectExposed("load balancer", "mcp-lb", lbKind),
            resource: "tools",
        },
    ];
    if (!isNative(lbType))
        mutations.push({
            title: "`internal: false` set explicitly",
            mutate: (s) => {
                findResource(s, "mcp-lb").props.internal = false;
                noPrivateEndpoint(s);
            },
            expect: expectExposed("load balancer", "mcp-lb", lbKind),
            resource: "tools",
        });
    else
        mutations.push({
            title: '`scheme: "internet-facing"` set explicitly',
            mutate: (s) => {
                findResource(s, "mcp-lb").props.scheme = "internet-facing";
                noPrivateEndpoint(s);
            },
            expect: expectExposed("load balancer", "mcp-lb", lbKind),
            resource: "tools",
        });
    return {
        policy: bedrockAgentcoreGatewayTargetPrivateEndpoint,
        compliant: stack(targetType, lbType),
        alsoCompliant: [
            {
                title: "an internet-facing load balancer, but the target has a private endpoint (judged: the gateway's path is private)",
                mutate: publicLb,
            },
            {
                title: "a self-managed VPC Lattice resource configuration as the private endpoint",
                mutate: (s) => {
                    publicLb(s);
                    tgt(s).props.privateEndpoint = { selfManagedLatticeResource: { resourceConfigurationIdentifier: UNKNOWN } };
                },
            },
            {
                title: "an internal load balancer without a private endpoint (the gateway cannot reach it: a broken target, not an exposure)",
                mutate: noPrivateEndpoint,
            },
            {
                title: "the private endpoint unknown at preview (built from another output): nothing to say",
                mutate: (s) => {
                    publicLb(s);
                    tgt(s).props.privateEndpoint = UNKNOWN;
                },
            },
            {
                title: "the load balancer's scheme unknown at preview: nothing to say",
                mutate: (s) => {
                    noPrivateEndpoint(s);
                    const lb = findResource(s, "mcp-lb");
                    if (isNative(lbType)) lb.props.scheme = UNKNOWN;
                    else lb.props.internal = UNKNOWN;
                    // Internal once applied (in state the value is known and judged).
                    lb.applied = () => (isNative(lbType) ? { scheme: "internal" } : { internal: true });
                },
            },
            {
                title: "a SaaS MCP server (a literal URL no resource of the stack serves), no private endpoint",
                mutate: (s) => {
                    publicLb(s);
                    noPrivateEndpoint(s);
                    setPath(tgt(s).props, "targetConfiguration.mcp.mcpServer.endpoint", "https://mcp.vendor.example/mcp");
                    tgt(s).propertyDependencies!.targetConfiguration = [];
                },
            },
            {
                title: "a literal public AWS host that no resource of the stack serves (whose it is does not show)",
                mutate: (s) => {
                    noPrivateEndpoint(s);
                    setPath(
                        tgt(s).props,
                        "targetConfiguration.mcp.mcpServer.endpoint",
                        "https://abc123.execute-api.us-east-1.amazonaws.com/prod/mcp",
                    );
                    tgt(s).propertyDependencies!.targetConfiguration = [];
                },
            },
            {
                title: "a literal private host (RFC 1918) without a private endpoint (broken, not exposed)",
                mutate: (s) => {
                    noPrivateEndpoint(s);
                    setPath(tgt(s).props, "targetConfiguration.mcp.mcpServer.endpoint", "https://10.0.1.25/mcp");
                    tgt(s).propertyDependencies!.targetConfiguration = [];
                },
            },
            {
                title: "a Lambda target next to an internet-facing load balancer (invoked through IAM)",
                mutate: (s) => {
                    publicLb(s);
                    noPrivateEndpoint(s);
                    tgt(s).props.targetConfiguration = { mcp: { lambda: { lambdaArn: UNKNOWN, toolSchema: { inlinePayload: [] } } } };
                },
            },
            {
                title: "an AgentCore Runtime HTTP target (invoked through IAM)",
                mutate: (s) => {
                    publicLb(s);
                    noPrivateEndpoint(s);
                    tgt(s).props.targetConfiguration = { http: { agentcoreRuntime: { arn: UNKNOWN } } };
                },
            },
            {
                title: "an OpenAPI target whose schema sits in an S3 bucket of the stack",
                mutate: (s) => {
                    noPrivateEndpoint(s);
                    servedBy(s, res(T.bucket, "mcp-schemas", { bucket: "mcp-schemas" }));
                    tgt(s).props.targetConfiguration = { mcp: { openApiSchema: { s3: { uri: UNKNOWN } } } };
                    tgt(s).propertyDependencies!.targetConfiguration = [urnFor(T.bucket, "mcp-schemas")];
                },
            },
        ],
        mutations,
    };
}

/** Serving resources other than load balancers, on the @pulumi/aws target (the join is the same for both). */
function servers(targetType: string): StackCases {
    const base = cases(targetType, T.lb);
    const exposedBy = (title: string, rs: StackResourceCase[], expect: RegExp, previewOnly?: string): StackMutation => ({
        title,
        mutate: (s) => {
            noPrivateEndpoint(s);
            servedBy(s, ...rs);
        },
        expect,
        resource: "tools",
        ...(previewOnly ? { previewOnly } : {}),
    });
    const api = res(T.restApi, "mcp-api", { name: "mcp-api" });
    const stageOf = (apiType: string, apiName: string, input: string) =>
        res(
            apiType === T.httpApi ? T.httpStage : T.stage,
            "mcp-stage",
            { [input]: UNKNOWN, stageName: "prod", deployment: UNKNOWN },
            { [input]: [urnFor(apiType, apiName)] },
        );
    return {
        policy: base.policy,
        compliant: base.compliant,
        alsoCompliant: [
            {
                title: "a PRIVATE REST API behind the stage",
                mutate: (s) => {
                    noPrivateEndpoint(s);
                    servedBy(
                        s,
                        res(T.restApi, "mcp-api", { name: "mcp-api", endpointConfiguration: { types: "PRIVATE" } }),
                        stageOf(T.restApi, "mcp-api", "restApi"),
                    );
                    tgt(s).propertyDependencies!.targetConfiguration = [urnFor(T.stage, "mcp-stage")];
                },
            },
            {
                title: "a PRIVATE aws-native REST API (types as a list)",
                mutate: (s) => {
                    noPrivateEndpoint(s);
                    servedBy(s, res(T.nativeRestApi, "mcp-api", { name: "mcp-api", endpointConfiguration: { types: ["PRIVATE"] } }));
                },
            },
            {
                title: "a function URL with AWS_IAM auth (only SigV4-signed callers)",
                mutate: (s) => {
                    noPrivateEndpoint(s);
                    servedBy(s, res(T.fnUrl, "mcp-url", { functionName: UNKNOWN, authorizationType: "AWS_IAM" }));
                },
            },
            {
                title: "an instance whose public IP is decided by its subnet (not shown here)",
                mutate: (s) => {
                    noPrivateEndpoint(s);
                    servedBy(s, res(T.instance, "mcp-host", { ami: "ami-0abcdef1234567890", instanceType: "t3.small", subnetId: UNKNOWN }));
                },
            },
        ],
        mutations: [
            (() => {
                const m = exposedBy(
                    "an EDGE (default) REST API, through its stage",
                    [api, stageOf(T.restApi, "mcp-api", "restApi")],
                    /served by REST API `mcp-api`, which is reachable from the internet \(its endpoint type is not PRIVATE\)/,
                );
                const inner = m.mutate;
                m.mutate = (s) => {
                    inner(s);
                    tgt(s).propertyDependencies!.targetConfiguration = [urnFor(T.stage, "mcp-stage")];
                };
                return m;
            })(),
            exposedBy(
                "a REGIONAL aws-native REST API",
                [res(T.nativeRestApi, "mcp-api", { name: "mcp-api", endpointConfiguration: { types: ["REGIONAL"] } })],
                /served by REST API `mcp-api`/,
            ),
            (() => {
                const m = exposedBy(
                    "an HTTP API, through its stage",
                    [res(T.httpApi, "mcp-http", { name: "mcp-http", protocolType: "HTTP" }), stageOf(T.httpApi, "mcp-http", "apiId")],
                    /served by HTTP API `mcp-http`, which is reachable from the internet \(API Gateway HTTP APIs are always public\)/,
                );
                const inner = m.mutate;
                m.mutate = (s) => {
                    inner(s);
                    tgt(s).propertyDependencies!.targetConfiguration = [urnFor(T.httpStage, "mcp-stage")];
                };
                return m;
            })(),
            exposedBy(
                "a function URL with auth type NONE",
                [res(T.fnUrl, "mcp-url", { functionName: UNKNOWN, authorizationType: "NONE" })],
                /served by function URL `mcp-url`, which is reachable from the internet \(its auth type is NONE\)/,
            ),
            exposedBy(
                "an aws-native function URL with auth type NONE",
                [res(T.nativeFnUrl, "mcp-url", { targetFunctionArn: UNKNOWN, authType: "NONE" })],
                /served by function URL `mcp-url`/,
            ),
            exposedBy(
                "an instance with a public IP",
                [res(T.instance, "mcp-host", { ami: "ami-0abcdef1234567890", instanceType: "t3.small", associatePublicIpAddress: true })],
                /served by instance `mcp-host`, which is reachable from the internet \((`associatePublicIpAddress` is true|it has a public IP address)\)/,
            ),
            exposedBy(
                "an Elastic IP",
                [res(T.eip, "mcp-ip", { domain: "vpc", instance: UNKNOWN })],
                /served by Elastic IP `mcp-ip`, which is reachable from the internet \(an Elastic IP is a public address\)/,
            ),
        ],
    };
}

/** As in state (and after a first deploy): the URL is known, no dependency, the load balancer's DNS name known. */
function byHost(): StackCases {
    const DNS = "mcp-lb-1234567890.us-east-1.elb.amazonaws.com";
    const known = (internal: boolean) => (): StackResourceCase[] => [
        res(T.alb, "mcp-lb", { internal, loadBalancerType: "application", dnsName: internal ? `internal-${DNS}` : DNS }),
        res(T.classicTarget, "tools", {
            name: "tools",
            gatewayIdentifier: "gw-abc123",
            targetConfiguration: { mcp: { mcpServer: { endpoint: `https://${internal ? "internal-" : ""}${DNS.toUpperCase()}/mcp` } } },
        }),
    ];
    return {
        policy: bedrockAgentcoreGatewayTargetPrivateEndpoint,
        compliant: known(true),
        alsoCompliant: [
            {
                title: "a known inline OpenAPI schema whose `servers` name a SaaS API, next to an internet-facing load balancer",
                mutate: (s) => {
                    findResource(s, "mcp-lb").props.internal = false;
                    tgt(s).props.targetConfiguration = {
                        mcp: {
                            openApiSchema: {
                                inlinePayload: JSON.stringify({
                                    openapi: "3.0.1",
                                    servers: [{ url: "https://api.vendor.example/v1" }],
                                    paths: {},
                                }),
                            },
                        },
                    };
                },
            },
            {
                title: "a known URL on a host no resource serves",
                mutate: (s) => setPath(tgt(s).props, "targetConfiguration.mcp.mcpServer.endpoint", "https://mcp.example.com/mcp"),
            },
        ],
        mutations: [
            {
                title: "the URL's host is an internet-facing load balancer's DNS name (no dependency data)",
                mutate: (s) => {
                    const lb = findResource(s, "mcp-lb");
                    lb.props.internal = false;
                    lb.props.dnsName = DNS;
                    setPath(tgt(s).props, "targetConfiguration.mcp.mcpServer.endpoint", `https://${DNS}:443/mcp`);
                },
                expect: /served by load balancer `mcp-lb`, which is reachable from the internet/,
                resource: "tools",
            },
            {
                title: "a known inline OpenAPI schema (JSON) whose `servers` name the internet-facing load balancer",
                mutate: (s) => {
                    const lb = findResource(s, "mcp-lb");
                    lb.props.internal = false;
                    lb.props.dnsName = DNS;
                    tgt(s).props.targetConfiguration = {
                        mcp: {
                            openApiSchema: {
                                inlinePayload: JSON.stringify({ openapi: "3.0.1", servers: [{ url: `https://${DNS}/v1` }], paths: {} }),
                            },
                        },
                    };
                },
                expect: /calls the server named in `targetConfiguration\.mcp\.openApiSchema\.inlinePayload`, served by load balancer `mcp-lb`/,
                resource: "tools",
            },
            {
                title: "a known inline OpenAPI schema (YAML) whose `servers` name the internet-facing load balancer",
                mutate: (s) => {
                    const lb = findResource(s, "mcp-lb");
                    lb.props.internal = false;
                    lb.props.dnsName = DNS;
                    tgt(s).props.targetConfiguration = {
                        mcp: { openApiSchema: { inlinePayload: `openapi: 3.0.1\nservers:\n  - url: http://${DNS}\npaths: {}\n` } },
                    };
                },
                expect: /served by load balancer `mcp-lb`/,
                resource: "tools",
            },
            {
                title: "the URL's host is a Route 53 record whose alias names the load balancer's DNS name",
                mutate: (s) => {
                    const lb = findResource(s, "mcp-lb");
                    lb.props.internal = false;
                    lb.props.dnsName = DNS;
                    s.push(
                        res(T.record, "mcp-dns", {
                            name: "mcp.example.com",
                            type: "A",
                            zoneId: "Z123",
                            aliases: [{ name: `dualstack.${DNS}.`, zoneId: "Z35SXDOTRQ7X7K", evaluateTargetHealth: false }],
                        }),
                    );
                    setPath(tgt(s).props, "targetConfiguration.mcp.mcpServer.endpoint", "https://MCP.example.com/mcp");
                },
                expect: /served by load balancer `mcp-lb`/,
                resource: "tools",
            },
        ],
    };
}

export const stackCases: StackCases[] = [
    cases(T.classicTarget, T.lb),
    cases(T.nativeTarget, T.nativeLb),
    cases(T.classicTarget, T.elb),
    cases(T.nativeTarget, T.nativeElb),
    cases(T.classicTarget, T.alb),
    servers(T.classicTarget),
    servers(T.nativeTarget),
    byHost(),
];
