// Where the SageMaker and Bedrock resources of a stack live in the network, for the stack policies
// that judge the VPCs, subnets and security groups around them.
//
// A resource "hosts ML" when it is a SageMaker or Bedrock resource. Its network is found through
// what it refers to: the engine's dependency URNs (propertyDependencies, dependencies) and known
// ids/names in its inputs, never by comparing unknown values. A subnet or security group leads to
// its VPC through its own `vpcId`. Every structure here is built in one linear pass over the stack.

import { parsePolicyDocument, servicePrincipals, Statement } from "./iam";
import type { StackResource } from "./policy";
import { forEachString, nameOf, StackIndex } from "./stack";

export const NET = {
    vpc: "aws:ec2/vpc:Vpc",
    subnet: "aws:ec2/subnet:Subnet",
    securityGroup: "aws:ec2/securityGroup:SecurityGroup",
    securityGroupRule: "aws:ec2/securityGroupRule:SecurityGroupRule",
    ingressRule: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
    vpcEndpoint: "aws:ec2/vpcEndpoint:VpcEndpoint",
    vpcEndpointPolicy: "aws:ec2/vpcEndpointPolicy:VpcEndpointPolicy",
    flowLog: "aws:ec2/flowLog:FlowLog",
} as const;

const ML_PREFIXES = [
    "aws:sagemaker/",
    "aws:bedrock/",
    "aws:bedrockmodel/",
    "aws-native:sagemaker:",
    "aws-native:bedrock:",
    "aws-native:bedrockagentcore:",
];
const BEDROCK_PREFIXES = ["aws:bedrock/", "aws:bedrockmodel/", "aws-native:bedrock:", "aws-native:bedrockagentcore:"];

export const isMlType = (type: string): boolean => ML_PREFIXES.some((p) => type.startsWith(p));
export const isBedrockType = (type: string): boolean => BEDROCK_PREFIXES.some((p) => type.startsWith(p));

/** The SageMaker and Bedrock resources of the stack, in stack order. */
export function mlResources(index: StackIndex): StackResource[] {
    return index.resources.filter((r) => isMlType(r.type));
}

const ML_SERVICE_PRINCIPAL = /^(sagemaker|bedrock|bedrock-agentcore)\.amazonaws\.com(\.cn)?$/;

/** Whether a trust policy lets SageMaker or Bedrock (a known service principal of an Allow) assume the role. */
export function trustsMlService(statements: readonly Statement[]): boolean {
    return statements.some((st) => servicePrincipals(st).some((p) => ML_SERVICE_PRINCIPAL.test(p)));
}

/**
 * Whether the stack runs SageMaker or Bedrock workloads: it has their resources, or an IAM role
 * whose trust policy lets SageMaker or Bedrock assume it (an execution role declared on its own,
 * with the jobs started from a pipeline or notebook, is an ML stack too).
 */
export function isMlStack(index: StackIndex): boolean {
    if (index.resources.some((r) => isMlType(r.type))) return true;
    return index.ofType("aws:iam/role:Role", "aws-native:iam:Role").some((role) => {
        const doc = role.get(role.type === "aws:iam/role:Role" ? "assumeRolePolicy" : "assumeRolePolicyDocument");
        if (doc.state !== "known") return false;
        const d = parsePolicyDocument(doc.value);
        return d.kind === "ok" && trustsMlService(d.statements);
    });
}

/**
 * The resources of `types` that `r` refers to: through the engine's URNs (dependencies and
 * property dependencies) and through known ids/ARNs/names anywhere in its inputs.
 */
export function referencedOfType(index: StackIndex, r: StackResource, types: ReadonlySet<string>): StackResource[] {
    const out = new Set<StackResource>();
    for (const t of index.references(r)) if (types.has(t.type)) out.add(t);
    forEachString(r.raw(), (s) => {
        for (const t of index.withIdentity(s)) if (t !== r && types.has(t.type)) out.add(t);
    });
    return [...out];
}

/** Items grouped by the resource their `prop` refers to. */
export interface Grouped {
    byTarget: Map<string, StackResource[]>;
    /**
     * Items whose `prop` is unknown and leads to no resource of the stack (no dependency data):
     * they may belong to any target, so requirement checks count them as possibly satisfying.
     */
    floating: StackResource[];
}

/** Groups `items` by the resources of `targetTypes` that their input `prop` refers to. */
export function groupByReference(
    index: StackIndex,
    items: readonly StackResource[],
    prop: string,
    targetTypes: ReadonlySet<string>,
): Grouped {
    const byTarget = new Map<string, StackResource[]>();
    const floating: StackResource[] = [];
    for (const item of items) {
        const targets = index.referencedBy(item, prop).filter((t) => targetTypes.has(t.type));
        if (targets.length > 0) {
            for (const t of targets) {
                const l = byTarget.get(t.urn);
                if (l) l.push(item);
                else byTarget.set(t.urn, [item]);
            }
        } else if (item.get(prop).state === "unknown") {
            floating.push(item);
        }
    }
    return { byTarget, floating };
}

export interface Hosted {
    resource: StackResource;
    /** The SageMaker/Bedrock resources it hosts (directly, or through its subnets/groups for a VPC). */
    hosts: StackResource[];
}

export interface MlNetwork {
    vpcs: Map<string, Hosted>;
    subnets: Map<string, Hosted>;
    securityGroups: Map<string, Hosted>;
    /** The stack has Bedrock resources (their VPCs then need a bedrock-runtime endpoint too). */
    bedrockUsed: boolean;
}

const NET_TYPES: ReadonlySet<string> = new Set([NET.vpc, NET.subnet, NET.securityGroup]);
const VPC_TYPES: ReadonlySet<string> = new Set([NET.vpc]);
const cache = new WeakMap<StackIndex, MlNetwork>();

/**
 * The VPCs, subnets and security groups of the stack that host SageMaker or Bedrock resources.
 * VPCs, subnets and groups that are not resources of this stack (known external ids) are not in
 * it: their endpoints and flow logs are managed elsewhere, and this pack cannot see them.
 */
export function mlNetwork(index: StackIndex): MlNetwork {
    const cached = cache.get(index);
    if (cached) return cached;
    const net: MlNetwork = { vpcs: new Map(), subnets: new Map(), securityGroups: new Map(), bedrockUsed: false };
    const add = (m: Map<string, Hosted>, r: StackResource, host: StackResource) => {
        const h = m.get(r.urn);
        if (!h) m.set(r.urn, { resource: r, hosts: [host] });
        else if (h.hosts[h.hosts.length - 1] !== host) h.hosts.push(host);
    };
    const vpcOf = new Map<string, StackResource[]>();
    const vpcsOf = (r: StackResource): StackResource[] => {
        let v = vpcOf.get(r.urn);
        if (!v) vpcOf.set(r.urn, (v = index.referencedBy(r, "vpcId").filter((t) => VPC_TYPES.has(t.type))));
        return v;
    };
    for (const m of mlResources(index)) {
        if (isBedrockType(m.type)) net.bedrockUsed = true;
        for (const t of referencedOfType(index, m, NET_TYPES)) {
            if (t.type === NET.vpc) add(net.vpcs, t, m);
            else {
                add(t.type === NET.subnet ? net.subnets : net.securityGroups, t, m);
                for (const v of vpcsOf(t)) add(net.vpcs, v, m);
            }
        }
    }
    cache.set(index, net);
    return net;
}

/** The ML resources a network resource hosts, for messages: "SageMaker notebook `nb`", "… and 2 more". */
export function hostsText(hosts: readonly StackResource[]): string {
    const kind = (r: StackResource) => {
        const [pkg, mod] = r.type.split(":");
        const svc = pkg === "aws-native" ? mod : mod.split("/")[0];
        return `${/^bedrock/.test(svc) ? "Bedrock" : "SageMaker"} ${r.type
            .split(":")
            .pop()!
            .replace(/([a-z])([A-Z])/g, "$1 $2")
            .toLowerCase()}`;
    };
    const shown = hosts.slice(0, 2).map((h) => `${kind(h)} ${nameOf(h)}`);
    return hosts.length > 2 ? `${shown.join(", ")} and ${hosts.length - 2} more` : shown.join(" and ");
}

/** `com.amazonaws.<region>.sagemaker.api` → `sagemaker.api` (FIPS suffix dropped); undefined if not that shape. */
const SERVICE_NAME = /^(?:cn\.)?com\.amazonaws\.[a-z0-9-]+\.(.+?)(?:-fips)?$/;

export function endpointService(serviceName: string): string | undefined {
    const m = SERVICE_NAME.exec(serviceName.trim());
    return m ? m[1] : undefined;
}

/** SageMaker's own PrivateLink services: `aws.sagemaker.<region>.notebook`, `.studio` (and later ones of that shape). */
const SAGEMAKER_OWN_SERVICE = /^aws\.sagemaker\.[a-z0-9-]+\.[a-z0-9.-]+$/;

/** The IAM service prefix of a SageMaker or Bedrock VPC endpoint service. */
export type MlEndpointService = "sagemaker" | "bedrock" | "bedrock-agentcore";

/**
 * Whether a VPC endpoint's `serviceName` is a SageMaker or Bedrock service, by its own name: the
 * IAM service prefix its endpoint policy is written for, or undefined. `sagemaker.api`,
 * `sagemaker.runtime`, `sagemaker.featurestore-runtime`, `sagemaker.metrics`, the notebook and Studio
 * services → sagemaker; `bedrock`, `bedrock-runtime`, `bedrock-agent`, `bedrock-agent-runtime`,
 * `bedrock-data-automation(-runtime)` → bedrock; `bedrock-agentcore`, `bedrock-agentcore.gateway`,
 * `bedrock-agentcore-control` → bedrock-agentcore (their actions are `bedrock-agentcore:*`).
 */
export function mlEndpointService(serviceName: string): MlEndpointService | undefined {
    if (SAGEMAKER_OWN_SERVICE.test(serviceName.trim())) return "sagemaker";
    const label = endpointService(serviceName)?.split(".")[0];
    if (label === undefined) return undefined;
    if (/^sagemaker(-[a-z0-9-]+)?$/.test(label)) return "sagemaker";
    if (/^bedrock-agentcore(-[a-z0-9-]+)?$/.test(label)) return "bedrock-agentcore";
    if (/^bedrock(-[a-z0-9-]+)?$/.test(label)) return "bedrock";
    return undefined;
}

/** True for a known CIDR that opens to the whole internet. */
export function isOpenCidr(v: unknown): boolean {
    return typeof v === "string" && (v.trim() === "0.0.0.0/0" || v.trim() === "::/0");
}
