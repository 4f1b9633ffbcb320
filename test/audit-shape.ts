// The audit shape of a case: what Pulumi Cloud audit policy groups and `pulumi policy analyze` hand
// the pack. They run on the latest state of a stack (or on resources discovered in a cloud account):
// outputs only, every value known, the provider's computed fields present (`id`, `arn`, names), no
// dependencies, property dependencies or parents. A case table's preview fixture (IDs unknown,
// joins through property dependencies) is turned into that shape here, so that the engine tier can
// assert that the pack gives the same verdicts from state as at preview.
//
// Each unknown value becomes what the provider would have stored: the id, ARN, name or S3 URI of the
// resource its property depends on (chosen by the input's name), or, without a dependency, of a
// resource outside the stack. A whole document that was unknown (a bucket policy built from the
// bucket's ARN) has no generic value: the fixture says what it becomes (`StackResourceCase.applied`).

import { createHash } from "crypto";
import { UNKNOWN } from "./harness";
import type { StackResourceCase } from "./harness";

export const AUDIT_ACCOUNT = "111122223333";
export const AUDIT_REGION = "us-east-1";

type Props = Record<string, unknown>;

/** The computed outputs of a resource that a program did not set: id, ARN and names. */
export interface Identity {
    id: string;
    arn: string;
    /** Extra computed outputs (a bucket's `bucket`, a key's `keyId`, an auto-generated `name`). */
    outputs: Props;
}

const hex = (s: string, n: number) => createHash("sha256").update(s).digest("hex").slice(0, n);
const uuid = (s: string) => {
    const h = hex(s, 32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};
const arnOf = (service: string, resource: string, region = AUDIT_REGION) => `arn:aws:${service}:${region}:${AUDIT_ACCOUNT}:${resource}`;
const known = (v: unknown): v is string => typeof v === "string" && v !== UNKNOWN && v !== "";
/** Pulumi's auto-name: the logical name and a random suffix. */
const autoName = (name: string) => `${name}-${hex(name, 7)}`;

/** The provider's id and ARN formats for the resource types of the case tables; others get a name-style id. */
export function identityOf(type: string, name: string, props: Props): Identity {
    const given = (k: string) => (known(props[k]) ? (props[k] as string) : undefined);
    const [pkg, mod = ""] = type.split(":");
    const service = pkg === "aws-native" ? mod : mod.split("/")[0];
    const kind = type.split(":").pop()!;
    switch (type) {
        case "aws:s3/bucket:Bucket":
        case "aws:s3/bucketV2:BucketV2": {
            const bucket = given("bucket") ?? autoName(name);
            return { id: bucket, arn: `arn:aws:s3:::${bucket}`, outputs: { bucket, bucketDomainName: `${bucket}.s3.amazonaws.com` } };
        }
        case "aws:iam/role:Role":
        case "aws:iam/user:User":
        case "aws:iam/group:Group": {
            const n = given("name") ?? autoName(name);
            const path = kind === "Role" ? "role" : kind.toLowerCase();
            return {
                id: n,
                arn: `arn:aws:iam::${AUDIT_ACCOUNT}:${path}/${n}`,
                outputs: { name: n, uniqueId: `AROA${hex(n, 17).toUpperCase()}` },
            };
        }
        case "aws:iam/policy:Policy": {
            const n = given("name") ?? autoName(name);
            const arn = `arn:aws:iam::${AUDIT_ACCOUNT}:policy/${n}`;
            return { id: arn, arn, outputs: { name: n, policyId: `ANPA${hex(n, 17).toUpperCase()}` } };
        }
        case "aws:kms/key:Key": {
            const keyId = uuid(name);
            return { id: keyId, arn: arnOf("kms", `key/${keyId}`), outputs: { keyId } };
        }
        case "aws:cloudwatch/logGroup:LogGroup": {
            const n = given("name") ?? autoName(given("namePrefix") ?? name);
            return { id: n, arn: arnOf("logs", `log-group:${n}`), outputs: { name: n } };
        }
        case "aws:ec2/vpc:Vpc":
            return ec2("vpc", name);
        case "aws:ec2/subnet:Subnet":
            return ec2("subnet", name);
        case "aws:ec2/securityGroup:SecurityGroup":
            return ec2("security-group", name, "sg");
        case "aws:ec2/vpcEndpoint:VpcEndpoint":
            return ec2("vpc-endpoint", name, "vpce");
        case "aws:ec2/flowLog:FlowLog":
            return ec2("vpc-flow-log", name, "fl");
        case "aws:secretsmanager/secret:Secret": {
            const n = given("name") ?? autoName(name);
            return {
                id: arnOf("secretsmanager", `secret:${n}-${hex(n, 6)}`),
                arn: arnOf("secretsmanager", `secret:${n}-${hex(n, 6)}`),
                outputs: { name: n },
            };
        }
        case "aws:guardduty/detector:Detector":
            return { id: hex(name, 32), arn: arnOf("guardduty", `detector/${hex(name, 32)}`), outputs: {} };
        case "aws:cloudtrail/trail:Trail": {
            const n = given("name") ?? name;
            return { id: n, arn: arnOf("cloudtrail", `trail/${n}`), outputs: { name: n } };
        }
        // What serves a URL (the AgentCore gateway target cases): the DNS names, URLs and public IPs AWS assigns.
        case "aws:lb/loadBalancer:LoadBalancer":
        case "aws:alb/loadBalancer:LoadBalancer":
        case "aws-native:elasticloadbalancingv2:LoadBalancer":
        case "aws:elb/loadBalancer:LoadBalancer":
        case "aws-native:elasticloadbalancing:LoadBalancer": {
            const n = given("name") ?? autoName(name).slice(0, 32);
            const internal = props.internal === true || props.scheme === "internal";
            const arn = arnOf("elasticloadbalancing", `loadbalancer/app/${n}/${hex(name, 16)}`);
            const dnsName = `${internal ? "internal-" : ""}${n}-${parseInt(hex(name, 8), 16)}.${AUDIT_REGION}.elb.amazonaws.com`;
            return { id: arn, arn, outputs: { dnsName, ...(pkg === "aws" ? { name: n } : { loadBalancerArn: arn }) } };
        }
        case "aws:apigateway/restApi:RestApi":
        case "aws-native:apigateway:RestApi":
        case "aws:apigatewayv2/api:Api":
        case "aws-native:apigatewayv2:Api": {
            const id = hex(name, 10);
            const apiEndpoint = `https://${id}.execute-api.${AUDIT_REGION}.amazonaws.com`;
            return {
                id,
                arn: `arn:aws:apigateway:${AUDIT_REGION}::/${kind === "Api" ? "apis" : "restapis"}/${id}`,
                outputs: kind === "Api" ? { apiEndpoint, ...(pkg === "aws" ? {} : { apiId: id }) } : pkg === "aws" ? {} : { restApiId: id },
            };
        }
        case "aws:apigateway/stage:Stage":
        case "aws:apigatewayv2/stage:Stage": {
            // The invoke URL names the API's id, which only the stage's `restApi`/`apiId` input knows: a stand-in host.
            const stage = given("stageName") ?? given("name") ?? "prod";
            return {
                id: `ags-${hex(name, 8)}`,
                arn: arnOf("apigateway", `stage/${stage}`),
                outputs: { invokeUrl: `https://${hex(name, 10)}.execute-api.${AUDIT_REGION}.amazonaws.com/${stage}` },
            };
        }
        case "aws:lambda/functionUrl:FunctionUrl":
        case "aws-native:lambda:Url":
            return {
                id: hex(name, 12),
                arn: arnOf("lambda", `function:${name}`),
                outputs: { functionUrl: `https://${hex(name, 32)}.lambda-url.${AUDIT_REGION}.on.aws/` },
            };
        case "aws:ec2/instance:Instance": {
            const i = ec2("instance", name, "i");
            const ip = `54.${parseInt(hex(name, 2), 16)}.${parseInt(hex(`${name}1`, 2), 16)}.10`;
            return props.associatePublicIpAddress === true
                ? {
                      ...i,
                      outputs: { publicIp: ip, publicDns: `ec2-${ip.replace(/\./g, "-")}.compute-1.amazonaws.com`, privateIp: "10.0.1.10" },
                  }
                : { ...i, outputs: { publicIp: "", publicDns: "", privateIp: "10.0.1.10" } };
        }
        case "aws:ec2/eip:Eip": {
            const ip = `3.${parseInt(hex(name, 2), 16)}.${parseInt(hex(`${name}1`, 2), 16)}.20`;
            return {
                id: `eipalloc-0${hex(name, 16)}`,
                arn: arnOf("ec2", `elastic-ip/eipalloc-0${hex(name, 16)}`),
                outputs: { publicIp: ip, publicDns: `ec2-${ip.replace(/\./g, "-")}.compute-1.amazonaws.com` },
            };
        }
        case "aws:route53/record:Record": {
            const fqdn = given("name") ?? `${name}.example.com`;
            return { id: `Z0${hex(name, 12).toUpperCase()}_${fqdn}_A`, arn: "", outputs: { fqdn } };
        }
    }
    // SageMaker, Bedrock and the rest: id = the resource's name (auto-named when not given).
    const n = given("name") ?? autoName(name);
    const resource = kind.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase();
    return { id: n, arn: arnOf(service.replace(/model$/, ""), `${resource}/${n}`), outputs: pkg === "aws" ? { name: n } : {} };
}

function ec2(resource: string, name: string, prefix = resource): Identity {
    const id = `${prefix}-0${hex(name, 16)}`;
    return { id, arn: arnOf("ec2", `${resource}/${id}`), outputs: {} };
}

/** Which of several dependency targets an input refers to, by the input's name. */
const HINTS: [RegExp, RegExp][] = [
    [/subnet/i, /:Subnet$/],
    [/securitygroup|^groups$/i, /:SecurityGroup$/],
    [/vpc/i, /:Vpc$/],
    [/kms|key/i, /:Key$/],
    [/role/i, /:Role$/],
    [/loggroup/i, /:LogGroup$/],
    [/bucket|s3|uri|path|values/i, /:Bucket(V2)?$/],
    [/secret/i, /:Secret$/],
    [/resourcearn/i, /Cluster$/],
];

/** The value an input named `key` holds when it refers to `target`: its ARN, S3 URI or id. */
function referenceValue(key: string, target: Identity & { type: string }): string {
    const isBucket = /:Bucket(V2)?$/.test(target.type);
    if (isBucket && /uri|path/i.test(key)) return `s3://${target.id}/data`;
    if (isBucket && /^values$/.test(key)) return `${target.arn}/`;
    if (/arn$|kms|key|role|values|destination/i.test(key)) return target.arn;
    // A URL built from what serves it (a gateway target's endpoint), and an alias to a load balancer's DNS name.
    const o = target.outputs as Record<string, string | undefined>;
    if (/endpoint|url$|^inlinePayload$/i.test(key)) {
        const url =
            o.functionUrl ??
            o.invokeUrl ??
            o.apiEndpoint ??
            (o.dnsName ? `https://${o.dnsName}/mcp` : undefined) ??
            (o.fqdn ? `https://${o.fqdn}/mcp` : undefined) ??
            (o.publicDns ? `http://${o.publicDns}:8000/mcp` : undefined);
        // An inline OpenAPI schema built from the server's URL names it in `servers`.
        if (url) return key === "inlinePayload" ? JSON.stringify({ openapi: "3.0.0", servers: [{ url }], paths: {} }) : url;
    }
    if (/^(name|dnsname)$/i.test(key) && o.dnsName) return o.dnsName;
    return target.id;
}

/** A resource outside the stack, for an unknown with no dependency (an id known only after apply elsewhere). */
function externalValue(key: string): string {
    const ext = identityOf(
        /subnet/i.test(key)
            ? "aws:ec2/subnet:Subnet"
            : /securitygroup|^groups$/i.test(key)
              ? "aws:ec2/securityGroup:SecurityGroup"
              : /vpc/i.test(key)
                ? "aws:ec2/vpc:Vpc"
                : /kms|key/i.test(key)
                  ? "aws:kms/key:Key"
                  : /role/i.test(key)
                    ? "aws:iam/role:Role"
                    : /bucket/i.test(key)
                      ? "aws:s3/bucket:Bucket"
                      : "aws:x/y:External",
        `external-${key}`,
        {},
    );
    // A container image built from another resource's output (an ECR repository's `repositoryUrl`).
    if (/^(base)?image(uri)?$/i.test(key)) return `${AUDIT_ACCOUNT}.dkr.ecr.${AUDIT_REGION}.amazonaws.com/external-${key.toLowerCase()}:1`;
    if (/uri|path/i.test(key)) return `s3://external-data/${key}`;
    return /arn$|kms|key|role/i.test(key) ? ext.arn : ext.id;
}

/** Inputs that hold a whole document: an unknown one has no generic value (the fixture says what it becomes). */
const DOCUMENT = /polic(y|ies)$|document$/i;

/** Replaces every unknown string in `node` (whose nearest object key decides the value). */
function resolve(node: unknown, key: string, pick: (key: string, n: number) => string | undefined, count = { n: 0 }): unknown {
    if (node === UNKNOWN) {
        if (DOCUMENT.test(key))
            throw new Error(`no audit value for the unknown document \`${key}\`: give the fixture an \`applied\` value`);
        return pick(key, count.n++) ?? externalValue(key);
    }
    if (Array.isArray(node)) return node.map((x) => resolve(x, key, pick, count));
    if (node !== null && typeof node === "object") {
        return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, resolve(v, k, pick, count)]));
    }
    return node;
}

/** What the values of a resource case's unknown inputs become after apply, for inputs no generic rule can fill. */
export type Applied = (ref: (name: string) => Identity) => Props;

/** A resource-policy case's props in audit shape: unknowns resolved to external resources, computed outputs added. */
export function auditResource(type: string, name: string, props: Props): Props {
    const resolved = resolve(props, "", () => undefined) as Props;
    const id = identityOf(type, name, resolved);
    return { ...id.outputs, ...resolved, id: id.id, arn: id.arn };
}

/** A stack case in audit shape: every resource's outputs, no dependency data. */
export function auditStack(stack: StackResourceCase[]): StackResourceCase[] {
    const urnOf = (r: StackResourceCase) => r.urn ?? `urn:pulumi:dev::test::${r.type}::${r.name}`;
    const byUrn = new Map<string, StackResourceCase>(stack.map((r) => [urnOf(r), r]));
    const identities = new Map<StackResourceCase, Identity & { type: string }>();
    const identity = (r: StackResourceCase) => {
        let i = identities.get(r);
        if (!i) identities.set(r, (i = { ...identityOf(r.type, r.name, r.props), type: r.type }));
        return i;
    };
    const byName = (name: string) => {
        const r = stack.find((x) => x.name === name);
        if (!r) throw new Error(`applied: no resource named ${name}`);
        return identity(r);
    };
    return stack.map((r) => {
        const applied = r.applied ? r.applied(byName) : {};
        const props: Props = {};
        for (const [k, v] of Object.entries(r.props)) {
            if (k in applied && v === UNKNOWN) {
                props[k] = applied[k];
                continue;
            }
            const targets = (r.propertyDependencies?.[k] ?? []).map((u) => byUrn.get(u)).filter((t): t is StackResourceCase => !!t);
            props[k] = resolve(v, k, (key, n) => {
                if (targets.length === 0) return undefined;
                const hinted = HINTS.find(([re]) => re.test(key));
                const fitting = hinted ? targets.filter((t) => hinted[1].test(t.type)) : [];
                const t = fitting.length > 0 ? fitting[Math.min(n, fitting.length - 1)] : targets[Math.min(n, targets.length - 1)];
                return referenceValue(key, identity(t));
            });
        }
        const id = identity(r);
        return { type: r.type, name: r.name, urn: r.urn, props: { ...id.outputs, ...props, id: id.id, arn: id.arn } };
    });
}
