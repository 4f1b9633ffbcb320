import { own } from "../core/frameworks";
import { stackPolicy, StackResource } from "../core/policy";
import { forEachString, nameOf, StackIndex } from "../core/stack";
import { isTrue, isUnknown, rawChild, read, Value } from "../core/values";

// An AgentCore gateway target that calls a URL (an MCP server, an HTTP passthrough, an inference provider,
// the `servers` of an inline OpenAPI schema) served by a resource of the same stack that is reachable from
// the internet, and that has no `privateEndpoint`: the server is public only so that the gateway can reach
// it. Judged only on what the stack shows, so that the common, correct setups stay quiet: a SaaS MCP server (no resource here serves
// it; it cannot have a private endpoint), Lambda, AgentCore Runtime, Smithy and API Gateway targets
// (invoked through IAM; no URL input), an OpenAPI schema in S3 (not shown here), a custom domain that no
// resource of the stack resolves to.
//
// The serving resource is found through the engine's property dependencies of `targetConfiguration` (at
// preview the URL is unknown) or, when the URL is known, by its host equal to a resource's known DNS name,
// URL or public IP (in state and in an account audit, which have no dependency data). One hop through a
// Route 53 record (a custom domain aliased to the load balancer) is followed. Anything unknown (the
// serving resource's scheme, the target's `privateEndpoint`) says nothing, on purpose: judged again once known.
//
// Decided, not reported (docs): a literal AWS-hosted public host that no resource of the stack serves
// (`*.elb.amazonaws.com`, `*.execute-api.*`, `*.lambda-url.*.on.aws`): the host does not show whose account
// serves it, and a vendor's MCP server on its own API Gateway has the same shape as yours; and a private
// host (RFC 1918, `internal-*.elb.amazonaws.com`, `*.internal`) without a private endpoint: the gateway
// cannot reach it, a broken target that AWS reports when the target syncs its tools, not an exposure.
// No single-resource half for the same reason: the target alone never shows that its server is exposed.
//
// @pulumi/aws 7.48 (`aws.bedrock.AgentcoreGatewayTarget`) and aws-native 1.79
// (`aws-native:bedrockagentcore:GatewayTarget`) both have `privateEndpoint` with `managedVpcResource` or
// `selfManagedLatticeResource`, and the same target configuration paths.

const TARGETS = ["aws:bedrock/agentcoreGatewayTarget:AgentcoreGatewayTarget", "aws-native:bedrockagentcore:GatewayTarget"];

/**
 * The target configuration inputs that name the URL the gateway calls; `text`: a document (an inline
 * OpenAPI schema) whose URLs (its `servers`) are the ones called.
 */
const ENDPOINTS: readonly { path: string; text?: boolean }[] = [
    { path: "targetConfiguration.mcp.mcpServer.endpoint" },
    { path: "targetConfiguration.http.passthrough.endpoint" },
    { path: "targetConfiguration.inference.provider.endpoint" },
    { path: "targetConfiguration.mcp.openApiSchema.inlinePayload", text: true },
];
/** http(s) URLs in a document (linear: one character class, no nesting); the first 50. */
const urlsIn = (text: string): string[] => (text.match(/\bhttps?:\/\/[^\s"'<>`\\,]+/gi) ?? []).slice(0, 50);

type Kind = "load balancer" | "REST API" | "HTTP API" | "function URL" | "instance" | "Elastic IP";
/** What makes a resource reachable from the internet, and what to change on it. */
interface Exposure {
    kind: Kind;
    /** Why it is public, naming the input (never a value). */
    why: string;
    fix: string;
}
type Verdict = Exposure | "private" | "unknown";

const LB_FIX =
    'set `privateEndpoint: { managedVpcResource: { vpcIdentifier, subnetIds, endpointIpAddressType: "IPV4" } }` on the target and make the load balancer internal';
const API_FIX =
    'make the REST API PRIVATE (`endpointConfiguration.types: ["PRIVATE"]`) and reach it through a `privateEndpoint` whose `routingDomain` is its execute-api VPC endpoint, or serve the MCP server from an internal load balancer';
const HTTP_API_FIX =
    "serve the MCP server from an internal load balancer reached through `privateEndpoint: { managedVpcResource: { ... } }` (HTTP APIs cannot be private)";
const URL_FIX =
    "use an `mcp.lambda` target (the gateway invokes the function through IAM), or set the function URL's auth type to `AWS_IAM`";
const HOST_FIX =
    'move the server to a private subnet without a public IP and set `privateEndpoint: { managedVpcResource: { vpcIdentifier, subnetIds, endpointIpAddressType: "IPV4" } }` on the target';

const LBS = new Set([
    "aws:lb/loadBalancer:LoadBalancer",
    "aws:alb/loadBalancer:LoadBalancer",
    "aws:elb/loadBalancer:LoadBalancer",
    "aws-native:elasticloadbalancingv2:LoadBalancer",
    "aws-native:elasticloadbalancing:LoadBalancer",
]);
const REST_APIS = new Set(["aws:apigateway/restApi:RestApi", "aws-native:apigateway:RestApi"]);
const HTTP_APIS = new Set(["aws:apigatewayv2/api:Api", "aws-native:apigatewayv2:Api"]);
/** Stages lead to their API: `restApi` / `restApiId` / `apiId`. */
const STAGES: ReadonlyMap<string, string> = new Map([
    ["aws:apigateway/stage:Stage", "restApi"],
    ["aws-native:apigateway:Stage", "restApiId"],
    ["aws:apigatewayv2/stage:Stage", "apiId"],
    ["aws-native:apigatewayv2:Stage", "apiId"],
]);
/** Function URLs: the input that holds the auth type. */
const FUNCTION_URLS: ReadonlyMap<string, string> = new Map([
    ["aws:lambda/functionUrl:FunctionUrl", "authorizationType"],
    ["aws-native:lambda:Url", "authType"],
]);
const INSTANCES = new Set(["aws:ec2/instance:Instance", "aws-native:ec2:Instance"]);
const EIPS = new Set(["aws:ec2/eip:Eip", "aws-native:ec2:Eip"]);
/** Route 53 records lead to what they alias or point at. */
const RECORDS: ReadonlyMap<string, readonly string[]> = new Map([
    ["aws:route53/record:Record", ["aliases", "records"]],
    ["aws-native:route53:RecordSet", ["aliasTarget", "resourceRecords"]],
]);

/** Whether `r` is reachable from the internet (absent means the AWS default). */
function exposure(r: StackResource): Verdict | undefined {
    if (LBS.has(r.type)) {
        if (r.type.startsWith("aws-native:")) {
            const s = r.get("scheme", "internet-facing");
            if (s.state === "unknown") return "unknown";
            return s.state === "known" && s.value === "internal"
                ? "private"
                : { kind: "load balancer", why: "`scheme` is internet-facing", fix: LB_FIX };
        }
        const v = r.get("internal", false);
        if (v.state === "unknown") return "unknown";
        return isTrue(v) ? "private" : { kind: "load balancer", why: "`internal` is not true", fix: LB_FIX };
    }
    if (REST_APIS.has(r.type)) {
        const t = r.get("endpointConfiguration.types");
        if (t.state === "unknown" || r.get("endpointConfiguration").state === "unknown") return "unknown";
        const types = t.state === "known" ? (Array.isArray(t.value) ? t.value : [t.value]) : [];
        if (types.some(isUnknown)) return "unknown";
        if (types.some((x) => typeof x === "string" && x.toUpperCase() === "PRIVATE")) return "private";
        return { kind: "REST API", why: "its endpoint type is not PRIVATE", fix: API_FIX };
    }
    if (HTTP_APIS.has(r.type)) {
        const p = r.get("protocolType", "HTTP");
        if (p.state === "unknown") return "unknown";
        return { kind: "HTTP API", why: "API Gateway HTTP APIs are always public", fix: HTTP_API_FIX };
    }
    const auth = FUNCTION_URLS.get(r.type);
    if (auth !== undefined) {
        const a = r.get(auth);
        if (a.state !== "known") return "unknown";
        // AWS_IAM: only SigV4-signed callers, as a Lambda target invoked through IAM; not an exposure.
        return a.value === "NONE" ? { kind: "function URL", why: "its auth type is NONE", fix: URL_FIX } : "private";
    }
    if (INSTANCES.has(r.type)) {
        const nics = r.type === "aws:ec2/instance:Instance" ? [] : r.list("networkInterfaces");
        const assoc =
            r.type === "aws:ec2/instance:Instance"
                ? [r.get("associatePublicIpAddress")]
                : nics === "unknown"
                  ? []
                  : nics.map((n) => read(n, "associatePublicIpAddress"));
        if (assoc.some(isTrue)) return { kind: "instance", why: "`associatePublicIpAddress` is true", fix: HOST_FIX };
        const ip = r.get("publicIp"); // in state
        if (ip.state === "known" && typeof ip.value === "string" && ip.value.trim() !== "")
            return { kind: "instance", why: "it has a public IP address", fix: HOST_FIX };
        // Not set: the subnet's `mapPublicIpOnLaunch` decides, which is not judged here.
        return "unknown";
    }
    if (EIPS.has(r.type)) return { kind: "Elastic IP", why: "an Elastic IP is a public address", fix: HOST_FIX };
    return undefined;
}

/** The lower-case host of a URL or bare host name, or undefined. */
function hostOf(s: string): string | undefined {
    const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]+)/i.exec(s.trim());
    const h = m?.[1]?.toLowerCase().replace(/\.$/, "");
    return h && h.length > 0 && h.length <= 253 ? h : undefined;
}

/** The types that can serve a target's URL, directly or one hop on (a stage, a record). */
const SERVING_TYPES = [
    ...LBS,
    ...REST_APIS,
    ...HTTP_APIS,
    ...STAGES.keys(),
    ...FUNCTION_URLS.keys(),
    ...INSTANCES,
    ...EIPS,
    ...RECORDS.keys(),
];

/** Output names that hold a host or URL a target's endpoint can name, per type. */
const HOST_OUTPUTS = ["dnsName", "functionUrl", "invokeUrl", "apiEndpoint", "publicDns", "publicDnsName", "publicIp", "fqdn"];

/** Resources by the hosts they answer on (known values only), built once per run. */
function hostIndex(index: StackIndex): Map<string, StackResource[]> {
    const m = new Map<string, StackResource[]>();
    const add = (h: string | undefined, r: StackResource) => {
        if (!h) return;
        const l = m.get(h);
        if (l) {
            if (!l.includes(r)) l.push(r);
        } else m.set(h, [r]);
    };
    for (const r of index.ofType(...SERVING_TYPES)) {
        for (const k of HOST_OUTPUTS) {
            const v = r.get(k);
            if (v.state === "known" && typeof v.value === "string") add(hostOf(v.value), r);
        }
        if (RECORDS.has(r.type)) {
            const n = r.get("name");
            if (n.state === "known" && typeof n.value === "string") add(hostOf(n.value), r);
        }
    }
    return m;
}

/** A REST API's default host (`<id>.execute-api.<region>.amazonaws.com`) leads to the API by its id. */
function restApiByHost(index: StackIndex, host: string): StackResource[] {
    const m = /^([a-z0-9]+)\.execute-api\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/.exec(host);
    if (!m) return [];
    return index.ofType(...REST_APIS, ...HTTP_APIS).filter((r) =>
        ["id", "restApiId", "apiId"].some((k) => {
            const v = r.get(k);
            return v.state === "known" && typeof v.value === "string" && v.value.toLowerCase() === m[1];
        }),
    );
}

/**
 * The resources that serve `r` when it is a stage (its API) or a Route 53 record (what it aliases or
 * points at: by dependency, or by a known DNS name in the stack, as in state).
 */
function next(index: StackIndex, hosts: () => Map<string, StackResource[]>, r: StackResource): StackResource[] {
    const api = STAGES.get(r.type);
    if (api !== undefined) return index.referencedBy(r, api).filter((a) => REST_APIS.has(a.type) || HTTP_APIS.has(a.type));
    const props = RECORDS.get(r.type);
    if (!props) return [];
    const out = new Set(props.flatMap((p) => index.referencedBy(r, p)));
    for (const p of props) {
        const v = r.get(p);
        if (v.state !== "known") continue;
        forEachString(v.value, (s) => {
            const h = hostOf(s)?.replace(/^dualstack\./, ""); // Route 53 writes an alias to an ELB as `dualstack.<dnsName>`
            for (const t of (h && hosts().get(h)) || []) out.add(t);
        });
    }
    return [...out].filter((t) => !RECORDS.has(t.type));
}

/** The exposed resources among `start` and one hop from it; "unknown" when one of them cannot be judged. */
function judge(
    index: StackIndex,
    hosts: () => Map<string, StackResource[]>,
    start: readonly StackResource[],
): { exposed: [StackResource, Exposure][]; unknown: boolean } {
    const exposed: [StackResource, Exposure][] = [];
    let unknown = false;
    const seen = new Set<StackResource>();
    const visit = (r: StackResource, depth: number) => {
        if (seen.has(r) || depth > 1) return;
        seen.add(r);
        const v = exposure(r);
        if (v === "unknown") unknown = true;
        else if (v !== undefined && v !== "private") exposed.push([r, v]);
        else if (v === undefined) for (const n of next(index, hosts, r)) visit(n, depth + 1);
    };
    for (const r of start) visit(r, 0);
    return { exposed, unknown };
}

/** The endpoint input of a target that calls a URL: its path and value; undefined for other targets. */
function endpointOf(t: StackResource): { path: string; text?: boolean; value: Value } | undefined {
    for (const e of ENDPOINTS) {
        const v = t.get(e.path);
        if (v.state !== "absent") return { ...e, value: v };
    }
    return undefined;
}

/** Whether a private endpoint is set: known and non-empty (`unknown` when it is unknown at preview). */
function privateEndpoint(t: StackResource): boolean | "unknown" {
    const v = t.get("privateEndpoint");
    if (v.state === "unknown") return "unknown";
    if (v.state === "absent") return false;
    const node = Array.isArray(v.value) ? rawChild(v.value, 0) : v.value;
    if (node === null || node === undefined) return false;
    if (isUnknown(node)) return "unknown";
    return typeof node !== "object" || Object.keys(node).length > 0;
}

export const bedrockAgentcoreGatewayTargetPrivateEndpoint = stackPolicy({
    name: "bedrock-agentcore-gateway-target-private-endpoint",
    description:
        "AgentCore gateway targets whose MCP server or HTTP endpoint is served by an internet-facing resource of the same stack should reach it through a private endpoint (VPC Lattice) instead, with the server made internal.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "network",
    judges: TARGETS,
    // No peer checks this (AWS's AI/ML security assessment sample @0a5ed70 and Prowler @3e000faa31 do not).
    // AWS's AgentCore developer guide (gateway-vpc-egress, vpc-egress-private-endpoints): private endpoints
    // reach self-hosted MCP servers "without exposing them to the public internet".
    controls: {
        hipaa: {
            ids: ["164.312(e)(1)", "164.312(a)(1)"],
            source: own(
                "Transmission security and access control: a tool server that handles the agent's (PHI-bearing) tool calls is reachable by anyone on the internet, although only the gateway needs it.",
            ),
        },
        "nist-800-53": {
            ids: ["SC-7", "SC-7(5)", "AC-4"],
            source: own(
                "Boundary protection: internal components are not exposed to external networks; deny by default, allow by exception.",
            ),
        },
        "pci-dss": { ids: ["1.3.1", "1.4.1"], source: own("Inbound traffic to internal systems restricted to what is necessary.") },
        iso27001: { ids: ["A.8.20", "A.8.22"], source: own("Network security and segregation of networks.") },
    },
    fix: LB_FIX,
    remediationSteps: [
        "1. Make the load balancer in front of the MCP server internal.",
        "2. Give the gateway target a private endpoint: AgentCore creates a VPC Lattice resource gateway in your subnets and calls the server through it.",
        "```typescript",
        'const alb = new aws.lb.LoadBalancer("mcp", { internal: true, subnets: privateSubnetIds, securityGroups: [albSg.id] });',
        'new aws.bedrock.AgentcoreGatewayTarget("tools", {',
        "    gatewayIdentifier: gateway.gatewayId,",
        '    targetConfiguration: { mcp: { mcpServer: { endpoint: "https://mcp.internal.example.com/mcp" } } },',
        "    privateEndpoint: {",
        '        managedVpcResource: { vpcIdentifier: vpc.id, subnetIds: privateSubnetIds, endpointIpAddressType: "IPV4", securityGroupIds: [albSg.id], routingDomain: alb.dnsName },',
        "    },",
        "});",
        "```",
        "",
        "What is judged: a target with a URL (`mcp.mcpServer`, `http.passthrough`, `inference.provider`, the `servers` of an inline `mcp.openApiSchema`) and no `privateEndpoint`, whose URL the stack shows is served by an internet-facing load balancer (no `internal: true` / `scheme: \"internal\"`), a REST API that is not PRIVATE, an HTTP API, a function URL with auth type NONE, an instance with a public IP or an Elastic IP, directly, through an API Gateway stage or through a Route 53 record. The join is the engine's property dependencies of `targetConfiguration` at preview, and the URL's host (the resource's DNS name, URL or IP) in state.",
        "",
        "Not reported, on purpose:",
        "- A literal AWS-hosted public host (`*.elb.amazonaws.com`, `*.execute-api.<region>.amazonaws.com`, `*.lambda-url.<region>.on.aws`) that no resource of the stack serves: the host does not show whose account it is in (a vendor's MCP server on its own API Gateway looks the same), so there is no single-resource half and account audits do not judge this.",
        "- A private host (RFC 1918 or 100.64.0.0/10 address, `internal-*.elb.amazonaws.com`, `*.internal`, `*.vpce.amazonaws.com`) without a private endpoint: the gateway cannot reach it; a broken target, which AWS reports when the target syncs its tools, not an exposure.",
        "- SaaS servers; Lambda, AgentCore Runtime, Smithy, API Gateway and connector targets (invoked through IAM, no URL input of their own); an OpenAPI schema stored in S3 (its servers are not shown to the pack).",
        "- A function URL with auth type AWS_IAM (only SigV4-signed callers), and anything unknown at preview (the private endpoint, the load balancer's scheme, an instance's public IP left to its subnet): judged once known.",
        "- A target that has a private endpoint: the gateway's path is private even when the load balancer is still internet-facing.",
        "",
        "Both providers have the input: `privateEndpoint` with `managedVpcResource` or `selfManagedLatticeResource` on `aws.bedrock.AgentcoreGatewayTarget` (@pulumi/aws 7.48) and on `aws-native:bedrockagentcore:GatewayTarget` (1.79).",
    ].join("\n"),
    example: {
        before: 'const alb = new aws.lb.LoadBalancer("mcp", { subnets: publicSubnetIds });\nnew aws.bedrock.AgentcoreGatewayTarget("tools", {\n    gatewayIdentifier: gateway.gatewayId,\n    targetConfiguration: { mcp: { mcpServer: { endpoint: pulumi.interpolate`https://${alb.dnsName}/mcp` } } },\n});',
        after: 'const alb = new aws.lb.LoadBalancer("mcp", { internal: true, subnets: privateSubnetIds });\nnew aws.bedrock.AgentcoreGatewayTarget("tools", {\n    gatewayIdentifier: gateway.gatewayId,\n    targetConfiguration: { mcp: { mcpServer: { endpoint: "https://mcp.internal.example.com/mcp" } } },\n    privateEndpoint: { managedVpcResource: { vpcIdentifier: vpc.id, subnetIds: privateSubnetIds, endpointIpAddressType: "IPV4", routingDomain: alb.dnsName } },\n});',
    },
    stackCheck(stack, report) {
        const targets = stack.index.ofType(...TARGETS);
        if (targets.length === 0) return stack.notApplicable("no AgentCore gateway target in this stack");
        let byHost: Map<string, StackResource[]> | undefined;
        const hosts = () => (byHost ??= hostIndex(stack.index));
        for (const t of targets) {
            const pe = privateEndpoint(t);
            if (pe !== false) continue; // set, or unknown until apply: nothing to say
            const ep = endpointOf(t);
            if (!ep) continue; // Lambda, Runtime, Smithy, OpenAPI in S3, API Gateway, connector: no URL shown here
            const serving = new Set(stack.index.referencedBy(t, "targetConfiguration"));
            if (ep.value.state === "known" && typeof ep.value.value === "string") {
                for (const url of ep.text ? urlsIn(ep.value.value) : [ep.value.value]) {
                    const host = hostOf(url);
                    if (!host) continue;
                    for (const r of hosts().get(host) ?? []) serving.add(r);
                    for (const r of restApiByHost(stack.index, host)) serving.add(r);
                }
            }
            if (serving.size === 0) continue; // a SaaS or otherwise outside server: not shown here
            const { exposed, unknown } = judge(stack.index, hosts, [...serving]);
            if (unknown || exposed.length === 0) continue;
            const [r, e] = exposed[0];
            report(
                `Gateway target ${nameOf(t)} calls the server named in \`${ep.path}\`, served by ${e.kind} ${nameOf(r)}, which is reachable from the internet (${e.why}), and has no \`privateEndpoint\`: the server behind the gateway is exposed to the internet only so that the gateway can reach it.`,
                t.urn,
                e.fix,
            );
        }
    },
});
