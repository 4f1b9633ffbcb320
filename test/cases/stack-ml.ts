// The compliant reference stack (VPC, subnet, security group, endpoints, flow log, role, key,
// bucket with its configuration resources, log group, trail, detector, notebook, model) as a first
// preview sees it: every ID and ARN created in the stack is unknown and joins only through the
// engine's property dependencies. Each mutation breaks one thing and expects one finding.

import { ec2MlSecurityGroupNoPublicIngress } from "../../policies/network/ec2-ml-security-group-no-public-ingress";
import { ec2MlSubnetNoPublicIp } from "../../policies/network/ec2-ml-subnet-no-public-ip";
import { vpcMlEndpointPolicyRestricted } from "../../policies/network/vpc-ml-endpoint-policy-restricted";
import { vpcMlFlowLogs } from "../../policies/network/vpc-ml-flow-logs";
import { vpcMlInterfaceEndpoints } from "../../policies/network/vpc-ml-interface-endpoints";
import { cloudtrailTrailMlDataEvents } from "../../policies/logging/cloudtrail-trail-ml-data-events";
import { logsMlGroupKmsEncryption } from "../../policies/logging/logs-ml-group-kms-encryption";
import { logsMlGroupRetention } from "../../policies/logging/logs-ml-group-retention";
import { s3BucketPublicAccessBlock } from "../../policies/storage/s3-bucket-public-access-block";
import { s3BucketSseKms } from "../../policies/storage/s3-bucket-sse-kms";
import { s3BucketTlsOnly } from "../../policies/storage/s3-bucket-tls-only";
import { s3BucketVersioning } from "../../policies/storage/s3-bucket-versioning";
import { stackMlCloudtrailPresent } from "../../policies/stack/stack-ml-cloudtrail-present";
import { stackMlGuarddutyPresent } from "../../policies/stack/stack-ml-guardduty-present";
import { StackResourceCase, UNKNOWN, urnFor } from "../harness";
import { findResource, StackCases, StackMutation } from "../policy-cases";
import { compliantNotebook } from "./sagemaker-notebook";

export const T = {
    vpc: "aws:ec2/vpc:Vpc",
    subnet: "aws:ec2/subnet:Subnet",
    sg: "aws:ec2/securityGroup:SecurityGroup",
    sgRule: "aws:ec2/securityGroupRule:SecurityGroupRule",
    ingressRule: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
    endpoint: "aws:ec2/vpcEndpoint:VpcEndpoint",
    flowLog: "aws:ec2/flowLog:FlowLog",
    key: "aws:kms/key:Key",
    role: "aws:iam/role:Role",
    bucket: "aws:s3/bucket:Bucket",
    bucketV2: "aws:s3/bucketV2:BucketV2",
    bucketV6: "aws:s3/bucket:Bucket",
    sse: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    sseV2: "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
    pab: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
    accountPab: "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
    bucketPolicy: "aws:s3/bucketPolicy:BucketPolicy",
    versioning: "aws:s3/bucketVersioning:BucketVersioning",
    versioningV2: "aws:s3/bucketVersioningV2:BucketVersioningV2",
    logging: "aws:s3/bucketLogging:BucketLogging",
    loggingV2: "aws:s3/bucketLoggingV2:BucketLoggingV2",
    acl: "aws:s3/bucketAcl:BucketAcl",
    aclV2: "aws:s3/bucketAclV2:BucketAclV2",
    nativeBucket: "aws-native:s3:Bucket",
    logGroup: "aws:cloudwatch/logGroup:LogGroup",
    trail: "aws:cloudtrail/trail:Trail",
    detector: "aws:guardduty/detector:Detector",
    notebook: "aws:sagemaker/notebookInstance:NotebookInstance",
    model: "aws:sagemaker/model:Model",
    customModel: "aws:bedrock/customModel:CustomModel",
    invocationLogging: "aws:bedrockmodel/invocationLoggingConfiguration:InvocationLoggingConfiguration",
} as const;

export const INTERFACE_SERVICES = ["sagemaker.api", "sagemaker.runtime", "sts", "logs", "kms", "ecr.api", "ecr.dkr"];
export const ML_BUCKET_NAME = "acme-ml-data-20260101";

/** A resource as the engine sends it: property dependencies, and their union as dependencies. */
export function res(type: string, name: string, props: Record<string, unknown>, deps: Record<string, string[]> = {}): StackResourceCase {
    return { type, name, props, propertyDependencies: deps, dependencies: [...new Set(Object.values(deps).flat())] };
}

export const U = {
    vpc: urnFor(T.vpc, "ml-vpc"),
    subnet: urnFor(T.subnet, "ml-private"),
    sg: urnFor(T.sg, "nb-sg"),
    key: urnFor(T.key, "data-key"),
    role: urnFor(T.role, "nb-role"),
    bucket: urnFor(T.bucket, "ml-data"),
    logGroup: urnFor(T.logGroup, "nb-logs"),
};

const DENY_PLAIN_HTTP = (resource: unknown) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "DenyInsecureTransport",
                Effect: "Deny",
                Principal: "*",
                Action: "s3:*",
                Resource: resource,
                Condition: { Bool: { "aws:SecureTransport": "false" } },
            },
        ],
    });
export { DENY_PLAIN_HTTP };

/** A stack that holds only a SageMaker execution role and a security group (the jobs start elsewhere). */
function onlyExecutionRole(s: StackResourceCase[]): void {
    const trust = {
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Principal: { Service: "sagemaker.amazonaws.com" }, Action: "sts:AssumeRole" }],
    };
    s.splice(
        0,
        s.length,
        res(T.role, "sm-exec", { assumeRolePolicy: JSON.stringify(trust) }),
        res(T.sg, "sm-sg", { vpcId: "vpc-0abc", description: "jobs" }),
    );
}

const BUCKET_ARN = `arn:aws:s3:::${ML_BUCKET_NAME}`;

/** The bucket policy with its TLS statement changed (`undefined` removes a field); the bucket's name is known. */
function withTlsStatement(s: StackResourceCase[], change: Record<string, unknown>): void {
    const st: Record<string, unknown> = {
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [BUCKET_ARN, `${BUCKET_ARN}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
    };
    for (const [k, v] of Object.entries(change))
        if (v === undefined) delete st[k];
        else st[k] = v;
    props(s, "ml-data-policy").policy = JSON.stringify({ Version: "2012-10-17", Statement: [st] });
}

/**
 * A TLS statement whose shortfall only the bucket's name shows: here the policy's `bucket` is unknown (a
 * first preview), so the joined bucket decides. In an audit the policy's `bucket` is known, and
 * s3-bucket-policy-tls-only reports it from the policy alone (one finding per fact): no audit shape here.
 */
function tlsStatement(title: string, change: Record<string, unknown>, expect: RegExp): StackMutation[] {
    return [
        {
            title: `TLS statement ${title}`,
            mutate: (s) => withTlsStatement(s, change),
            expect,
            resource: "ml-data-policy",
            previewOnly: "the policy's `bucket` is known in an audit: s3-bucket-policy-tls-only judges the statement there",
        },
    ];
}

function tlsCompliant(title: string, change: Record<string, unknown>) {
    return [{ title: `TLS statement: ${title}`, mutate: (s: StackResourceCase[]) => withTlsStatement(s, change) }];
}

/** After apply, an endpoint's policy (built from the bucket's ARN) allows only this account's principals on the ML bucket. */
function withEndpointPolicy(r: StackResourceCase): StackResourceCase {
    return {
        ...r,
        applied: (ref) => ({
            policy: JSON.stringify({
                Version: "2012-10-17",
                Statement: [
                    {
                        Effect: "Allow",
                        Principal: "*",
                        Action: "*",
                        Resource: [ref("ml-data").arn, `${ref("ml-data").arn}/*`],
                        Condition: { StringEquals: { "aws:PrincipalAccount": "111122223333" } },
                    },
                ],
            }),
        }),
    };
}

export function referenceStack(): StackResourceCase[] {
    const endpointDeps = { vpcId: [U.vpc], subnetIds: [U.subnet], securityGroupIds: [U.sg] };
    return [
        res(T.vpc, "ml-vpc", { cidrBlock: "10.0.0.0/16", enableDnsHostnames: true, enableDnsSupport: true }),
        res(T.subnet, "ml-private", { vpcId: UNKNOWN, cidrBlock: "10.0.1.0/24", availabilityZone: "us-east-1a" }, { vpcId: [U.vpc] }),
        res(
            T.sg,
            "nb-sg",
            {
                vpcId: UNKNOWN,
                description: "notebook",
                ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["10.0.0.0/16"] }],
                egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
            },
            { vpcId: [U.vpc] },
        ),
        res(
            T.ingressRule,
            "nb-sg-https",
            { securityGroupId: UNKNOWN, ipProtocol: "tcp", fromPort: 443, toPort: 443, referencedSecurityGroupId: UNKNOWN },
            { securityGroupId: [U.sg], referencedSecurityGroupId: [U.sg] },
        ),
        ...INTERFACE_SERVICES.map((svc) =>
            res(
                T.endpoint,
                `ep-${svc}`,
                {
                    vpcId: UNKNOWN,
                    serviceName: `com.amazonaws.us-east-1.${svc}`,
                    vpcEndpointType: "Interface",
                    privateDnsEnabled: true,
                    subnetIds: [UNKNOWN],
                    securityGroupIds: [UNKNOWN],
                    policy: UNKNOWN,
                },
                { ...endpointDeps, policy: [U.bucket] },
            ),
        ).map(withEndpointPolicy),
        withEndpointPolicy(
            res(
                T.endpoint,
                "ep-s3",
                { vpcId: UNKNOWN, serviceName: "com.amazonaws.us-east-1.s3", routeTableIds: [UNKNOWN], policy: UNKNOWN },
                { vpcId: [U.vpc], policy: [U.bucket] },
            ),
        ),
        res(
            T.flowLog,
            "ml-vpc-flows",
            { vpcId: UNKNOWN, trafficType: "ALL", logDestination: UNKNOWN, iamRoleArn: UNKNOWN },
            { vpcId: [U.vpc] },
        ),
        res(T.key, "data-key", { description: "ML data", enableKeyRotation: true, deletionWindowInDays: 30 }),
        res(T.role, "nb-role", { assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [] }) }),
        res(T.bucket, "ml-data", { bucket: ML_BUCKET_NAME, forceDestroy: false }),
        res(
            T.sse,
            "ml-data-sse",
            {
                bucket: UNKNOWN,
                rules: [
                    { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: UNKNOWN }, bucketKeyEnabled: true },
                ],
            },
            { bucket: [U.bucket], rules: [U.key] },
        ),
        res(
            T.pab,
            "ml-data-pab",
            { bucket: UNKNOWN, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
            { bucket: [U.bucket] },
        ),
        {
            ...res(T.bucketPolicy, "ml-data-policy", { bucket: UNKNOWN, policy: UNKNOWN }, { bucket: [U.bucket], policy: [U.bucket] }),
            applied: (ref) => ({ policy: DENY_PLAIN_HTTP([ref("ml-data").arn, `${ref("ml-data").arn}/*`]) }),
        },
        res(
            T.versioning,
            "ml-data-versioning",
            { bucket: UNKNOWN, versioningConfiguration: { status: "Enabled" } },
            { bucket: [U.bucket] },
        ),
        res(
            T.logGroup,
            "nb-logs",
            { name: "/aws/sagemaker/NotebookInstances", kmsKeyId: UNKNOWN, retentionInDays: 2192 },
            { kmsKeyId: [U.key] },
        ),
        res(
            T.trail,
            "audit",
            {
                s3BucketName: "org-cloudtrail-logs",
                isMultiRegionTrail: true,
                enableLogFileValidation: true,
                kmsKeyId: UNKNOWN,
                eventSelectors: [
                    {
                        readWriteType: "All",
                        includeManagementEvents: true,
                        dataResources: [{ type: "AWS::S3::Object", values: [UNKNOWN] }],
                    },
                ],
            },
            { kmsKeyId: [U.key], eventSelectors: [U.bucket] },
        ),
        res(T.detector, "main", { enable: true }),
        res(T.notebook, "research-nb", compliantNotebook(), {
            subnetId: [U.subnet],
            securityGroups: [U.sg],
            kmsKeyId: [U.key],
            roleArn: [U.role],
        }),
        res(
            T.model,
            "risk-model",
            {
                executionRoleArn: UNKNOWN,
                enableNetworkIsolation: true,
                primaryContainer: {
                    image: "111122223333.dkr.ecr.us-east-1.amazonaws.com/risk:1",
                    modelDataUrl: `s3://${ML_BUCKET_NAME}/models/risk.tar.gz`,
                },
                vpcConfig: { subnets: [UNKNOWN], securityGroupIds: [UNKNOWN] },
            },
            { executionRoleArn: [U.role], vpcConfig: [U.subnet, U.sg] },
        ),
    ];
}

const drop = (stack: StackResourceCase[], name: string) => stack.splice(stack.indexOf(findResource(stack, name)), 1);
const props = (stack: StackResourceCase[], name: string) => findResource(stack, name).props;

const LOG_DELIVERY_URI = "http://acs.amazonaws.com/groups/s3/LogDelivery";

/** A bucket policy that lets `service` write objects (the S3 server access log delivery grant when it is logging.s3). */
const logDeliveryPolicy = (service: string) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "S3ServerAccessLogsPolicy",
                Effect: "Allow",
                Principal: { Service: service },
                Action: "s3:PutObject",
                Resource: `arn:aws:s3:::${ML_BUCKET_NAME}/logs/*`,
                Condition: { StringEquals: { "aws:SourceAccount": "111122223333" } },
            },
        ],
    });

const SRC_KEY = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
/** A source bucket's own inline SSE-KMS (v7 Bucket / v6 BucketV2 shapes), so that only the log target is in question. */
const SRC_SSE = {
    serverSideEncryptionConfiguration: {
        rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: SRC_KEY } },
    },
};
const SRC_SSE_V2 = {
    serverSideEncryptionConfigurations: [
        { rules: [{ applyServerSideEncryptionByDefaults: [{ sseAlgorithm: "aws:kms", kmsMasterKeyId: SRC_KEY }] }] },
    ],
};

/** The ML bucket without its SSE configuration, made an S3 access-log target by `change` or `extra`. */
function asLogTarget(s: StackResourceCase[], change?: (bucket: Record<string, unknown>) => void, extra?: StackResourceCase): void {
    drop(s, "ml-data-sse");
    change?.(props(s, "ml-data"));
    if (extra) s.push(extra);
}

export const stackCases: StackCases[] = [
    {
        policy: vpcMlInterfaceEndpoints,
        compliant: referenceStack,
        mutations: [
            {
                title: "no sagemaker.api endpoint",
                mutate: (s) => drop(s, "ep-sagemaker.api"),
                expect: /no VPC endpoint for sagemaker\.api:/,
                resource: "ml-vpc",
            },
            { title: "no S3 gateway endpoint", mutate: (s) => drop(s, "ep-s3"), expect: /no VPC endpoint for s3:/, resource: "ml-vpc" },
            {
                title: "kms endpoint without private DNS",
                mutate: (s) => (props(s, "ep-kms").privateDnsEnabled = false),
                expect: /This VPC endpoint for kms in VPC `ml-vpc` .* is not an Interface endpoint/,
                resource: "ep-kms",
            },
            {
                title: "sts endpoint of the default (Gateway) type",
                mutate: (s) => delete props(s, "ep-sts").vpcEndpointType,
                expect: /This VPC endpoint for sts in VPC `ml-vpc` .* is not an Interface endpoint/,
                resource: "ep-sts",
            },
            {
                title: "a Bedrock custom model in the VPC needs bedrock-runtime",
                mutate: (s) =>
                    s.push(
                        res(
                            T.customModel,
                            "tuned",
                            { customModelName: "tuned", vpcConfig: { subnetIds: [UNKNOWN], securityGroupIds: [UNKNOWN] } },
                            { vpcConfig: [U.subnet, U.sg] },
                        ),
                    ),
                expect: /no VPC endpoint for bedrock-runtime:/,
                resource: "ml-vpc",
            },
        ],
    },
    {
        policy: vpcMlEndpointPolicyRestricted,
        compliant: referenceStack,
        mutations: [
            {
                title: "sts endpoint without a policy (AWS default full access)",
                mutate: (s) => delete props(s, "ep-sts").policy,
                expect: /has no `policy` \(AWS default: full access/,
                resource: "ep-sts",
            },
            {
                title: "s3 endpoint policy allows * to *",
                mutate: (s) =>
                    (props(s, "ep-s3").policy = JSON.stringify({
                        Statement: [{ Effect: "Allow", Principal: "*", Action: "*", Resource: "*" }],
                    })),
                expect: /allows every principal every action on every resource/,
                resource: "ep-s3",
            },
            {
                title: "the sagemaker.runtime endpoint without a policy (absent: a VpcEndpointPolicy may set it, so the stack's)",
                mutate: (s) => delete props(s, "ep-sagemaker.runtime").policy,
                expect: /This endpoint in VPC `ml-vpc` .* has no `policy` \(AWS default: full access/,
                resource: "ep-sagemaker.runtime",
            },
            {
                title: "a separate VpcEndpointPolicy for the sagemaker.api endpoint allows * to *",
                mutate: (s) => {
                    delete props(s, "ep-sagemaker.api").policy;
                    s.push(
                        res(
                            "aws:ec2/vpcEndpointPolicy:VpcEndpointPolicy",
                            "ep-sagemaker.api-policy",
                            {
                                vpcEndpointId: UNKNOWN,
                                policy: JSON.stringify({
                                    Statement: [{ Effect: "Allow", Principal: "*", Action: "sagemaker:*", Resource: "*" }],
                                }),
                            },
                            { vpcEndpointId: [urnFor(T.endpoint, "ep-sagemaker.api")] },
                        ),
                    );
                },
                expect: /This endpoint policy for endpoint `ep-sagemaker\.api` in VPC `ml-vpc` .* allows every principal every action/,
                resource: "ep-sagemaker.api-policy",
            },
        ],
        alsoCompliant: [
            {
                // One finding per fact: an ML service endpoint's own document is vpc-ml-service-endpoint-policy-restricted's.
                title: "the sagemaker.api endpoint's own policy allows * to * (the resource half's finding, not this policy's)",
                mutate: (s) =>
                    (props(s, "ep-sagemaker.api").policy = JSON.stringify({
                        Statement: [{ Effect: "Allow", Principal: "*", Action: "*", Resource: "*" }],
                    })),
            },
            {
                title: "the sagemaker.runtime endpoint's own policy is not a policy document (the resource half's finding)",
                mutate: (s) => (props(s, "ep-sagemaker.runtime").policy = "{not json"),
            },
            {
                title: "an open VpcEndpointPolicy for the sagemaker.api endpoint, whose own policy holds that document (as in a stack's state: the resource half's finding, once)",
                mutate: (s) => {
                    const open = JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "sagemaker:*", Resource: "*" }] });
                    props(s, "ep-sagemaker.api").policy = open;
                    s.push(
                        res(
                            "aws:ec2/vpcEndpointPolicy:VpcEndpointPolicy",
                            "ep-sagemaker.api-policy",
                            { vpcEndpointId: UNKNOWN, policy: open },
                            { vpcEndpointId: [urnFor(T.endpoint, "ep-sagemaker.api")] },
                        ),
                    );
                },
            },
        ],
    },
    {
        policy: ec2MlSecurityGroupNoPublicIngress,
        compliant: referenceStack,
        mutations: [
            {
                title: "inline ingress from 0.0.0.0/0",
                mutate: (s) => ((props(s, "nb-sg").ingress as { cidrBlocks: string[] }[])[0].cidrBlocks = ["0.0.0.0/0"]),
                expect: /inline `ingress` rule .* 0\.0\.0\.0\/0/,
                resource: "nb-sg",
            },
            {
                title: "ingress rule resource from 0.0.0.0/0",
                mutate: (s) => {
                    const p = props(s, "nb-sg-https");
                    delete p.referencedSecurityGroupId;
                    p.cidrIpv4 = "0.0.0.0/0";
                },
                expect: /This ingress rule .* allows traffic from 0\.0\.0\.0\/0/,
                resource: "nb-sg-https",
            },
            {
                title: "security group rule resource (type ingress) from ::/0",
                mutate: (s) =>
                    s.push(
                        res(
                            T.sgRule,
                            "nb-sg-v6",
                            {
                                type: "ingress",
                                securityGroupId: UNKNOWN,
                                protocol: "tcp",
                                fromPort: 22,
                                toPort: 22,
                                ipv6CidrBlocks: ["::/0"],
                            },
                            { securityGroupId: [U.sg] },
                        ),
                    ),
                expect: /security group rule \(`type: "ingress"`\)/,
                resource: "nb-sg-v6",
            },
        ],
    },
    {
        policy: vpcMlFlowLogs,
        compliant: referenceStack,
        mutations: [{ title: "no flow log", mutate: (s) => drop(s, "ml-vpc-flows"), expect: /no `aws\.ec2\.FlowLog`/, resource: "ml-vpc" }],
    },
    {
        policy: ec2MlSubnetNoPublicIp,
        compliant: referenceStack,
        mutations: [
            {
                title: "mapPublicIpOnLaunch true",
                mutate: (s) => (props(s, "ml-private").mapPublicIpOnLaunch = true),
                expect: /`mapPublicIpOnLaunch` is true/,
                resource: "ml-private",
            },
        ],
    },
    {
        policy: cloudtrailTrailMlDataEvents,
        compliant: referenceStack,
        mutations: [
            {
                title: "trail without data events",
                mutate: (s) => delete props(s, "audit").eventSelectors,
                expect: /logs S3 data events \(object reads and writes\) for bucket `ml-data`/,
                resource: "audit",
            },
            {
                title: "data events for another bucket only",
                mutate: (s) =>
                    (props(s, "audit").eventSelectors = [
                        { dataResources: [{ type: "AWS::S3::Object", values: ["arn:aws:s3:::other-bucket/"] }] },
                    ]),
                expect: /logs S3 data events/,
                resource: "audit",
            },
        ],
    },
    {
        policy: logsMlGroupKmsEncryption,
        compliant: referenceStack,
        mutations: [
            {
                title: "no kmsKeyId",
                mutate: (s) => delete props(s, "nb-logs").kmsKeyId,
                expect: /`kmsKeyId` is not set on this log group/,
                resource: "nb-logs",
            },
            {
                title: "AWS-managed key",
                mutate: (s) => (props(s, "nb-logs").kmsKeyId = "alias/aws/logs"),
                expect: /AWS-managed key/,
                resource: "nb-logs",
            },
            {
                title: "a log group that Bedrock invocation logging writes to (joined by property dependency)",
                mutate: (s) => {
                    const lg = urnFor(T.logGroup, "invocations");
                    s.push(res(T.logGroup, "invocations", { name: "team-invocations", retentionInDays: 2192 }));
                    s.push(
                        res(
                            T.invocationLogging,
                            "bedrock-logging",
                            { loggingConfig: { cloudwatchConfig: { logGroupName: UNKNOWN, roleArn: UNKNOWN } } },
                            { loggingConfig: [lg, U.role] },
                        ),
                    );
                },
                expect: /`kmsKeyId` is not set on this log group/,
                resource: "invocations",
            },
        ],
    },
    {
        policy: logsMlGroupRetention,
        compliant: referenceStack,
        mutations: [
            {
                title: "retention absent (never expire)",
                mutate: (s) => delete props(s, "nb-logs").retentionInDays,
                expect: /not set \(AWS default 0, never expire\)/,
                resource: "nb-logs",
            },
            {
                title: "retention 30 days",
                mutate: (s) => (props(s, "nb-logs").retentionInDays = 30),
                expect: /shorter than the required 365 days/,
                resource: "nb-logs",
            },
        ],
    },
    {
        policy: s3BucketSseKms,
        compliant: referenceStack,
        mutations: [
            {
                title: "no encryption configuration (AWS default SSE-S3)",
                mutate: (s) => drop(s, "ml-data-sse"),
                expect: /AWS default: SSE-S3/,
                resource: "ml-data",
            },
            {
                title: "AES256",
                mutate: (s) => (props(s, "ml-data-sse").rules = [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }]),
                expect: /This server-side encryption configuration for bucket `ml-data` sets `sseAlgorithm` "AES256"/,
                resource: "ml-data-sse",
            },
            {
                title: "SSE-KMS with the aws/s3 key",
                mutate: (s) =>
                    delete (props(s, "ml-data-sse").rules as { applyServerSideEncryptionByDefault: Record<string, unknown> }[])[0]
                        .applyServerSideEncryptionByDefault.kmsMasterKeyId,
                expect: /configuration for bucket `ml-data` uses SSE-KMS with the AWS-managed `aws\/s3` key/,
                resource: "ml-data-sse",
            },
            {
                title: "legacy inline AES256 (v6 Bucket)",
                mutate: (s) => {
                    drop(s, "ml-data-sse");
                    props(s, "ml-data").serverSideEncryptionConfiguration = {
                        rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } },
                    };
                },
                expect: /This bucket's inline default encryption sets `sseAlgorithm` "AES256"/,
                resource: "ml-data",
            },
            // A grant to the LogDelivery group that cannot write does not make the bucket a log target.
            {
                title: "no encryption configuration, LogDelivery group granted READ_ACP only (not a log target)",
                mutate: (s) => asLogTarget(s, (b) => (b.grants = [{ type: "Group", uri: LOG_DELIVERY_URI, permissions: ["READ_ACP"] }])),
                expect: /AWS default: SSE-S3/,
                resource: "ml-data",
            },
            {
                title: "no encryption configuration, a bucket policy for another service (not a log target)",
                mutate: (s) => asLogTarget(s, (b) => (b.policy = logDeliveryPolicy("delivery.logs.amazonaws.com"))),
                expect: /AWS default: SSE-S3/,
                resource: "ml-data",
            },
        ],
        // Before: each of these but the first was flagged (only `BucketLogging` targets were exempt).
        alsoCompliant: [
            {
                title: "S3 access-log target of a BucketLogging resource",
                mutate: (s) =>
                    asLogTarget(
                        s,
                        undefined,
                        res(T.logging, "src-logging", { bucket: "other-bucket", targetBucket: UNKNOWN }, { targetBucket: [U.bucket] }),
                    ),
            },
            {
                title: "S3 access-log target of a BucketLoggingV2 resource (v6), joined by name",
                mutate: (s) =>
                    asLogTarget(s, undefined, res(T.loggingV2, "src-logging", { bucket: "other-bucket", targetBucket: ML_BUCKET_NAME })),
            },
            {
                title: "S3 access-log target of another bucket's inline `logging` (v7 Bucket)",
                mutate: (s) =>
                    asLogTarget(
                        s,
                        undefined,
                        res(
                            T.bucket,
                            "src",
                            { bucket: "src-bucket", logging: { targetBucket: UNKNOWN }, ...SRC_SSE },
                            { logging: [U.bucket] },
                        ),
                    ),
            },
            {
                title: "S3 access-log target of another bucket's inline `loggings` (v6 Bucket / BucketV2)",
                mutate: (s) =>
                    asLogTarget(
                        s,
                        undefined,
                        res(T.bucketV2, "src", { bucket: "src-bucket", loggings: [{ targetBucket: ML_BUCKET_NAME }], ...SRC_SSE_V2 }),
                    ),
            },
            {
                title: "S3 access-log target of an aws-native bucket's `loggingConfiguration`",
                mutate: (s) =>
                    asLogTarget(
                        s,
                        undefined,
                        res(
                            T.nativeBucket,
                            "src",
                            {
                                loggingConfiguration: { destinationBucketName: UNKNOWN, logFilePrefix: "s3/" },
                                // aws-native buckets are judged too (issue 27): the log source itself is encrypted with a key.
                                bucketEncryption: {
                                    serverSideEncryptionConfiguration: [
                                        { serverSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: UNKNOWN } },
                                    ],
                                },
                            },
                            { loggingConfiguration: [U.bucket] },
                        ),
                    ),
            },
            {
                title: "`log-delivery-write` canned ACL on the bucket",
                mutate: (s) => asLogTarget(s, (b) => (b.acl = "log-delivery-write")),
            },
            {
                title: "inline grant of WRITE to the LogDelivery group",
                mutate: (s) =>
                    asLogTarget(s, (b) => (b.grants = [{ type: "Group", uri: LOG_DELIVERY_URI, permissions: ["WRITE", "READ_ACP"] }])),
            },
            {
                title: "`log-delivery-write` on a BucketAcl resource (v7)",
                mutate: (s) =>
                    asLogTarget(
                        s,
                        undefined,
                        res(T.acl, "ml-data-acl", { bucket: UNKNOWN, acl: "log-delivery-write" }, { bucket: [U.bucket] }),
                    ),
            },
            {
                title: "BucketAclV2 grant of FULL_CONTROL to the LogDelivery group (v6)",
                mutate: (s) =>
                    asLogTarget(
                        s,
                        undefined,
                        res(
                            T.aclV2,
                            "ml-data-acl",
                            {
                                bucket: UNKNOWN,
                                accessControlPolicy: {
                                    owner: { id: "owner" },
                                    grants: [{ grantee: { type: "Group", uri: LOG_DELIVERY_URI }, permission: "FULL_CONTROL" }],
                                },
                            },
                            { bucket: [U.bucket] },
                        ),
                    ),
            },
            {
                title: "inline bucket policy that allows logging.s3.amazonaws.com",
                mutate: (s) => asLogTarget(s, (b) => (b.policy = logDeliveryPolicy("logging.s3.amazonaws.com"))),
            },
            {
                title: "BucketPolicy that allows logging.s3.amazonaws.com",
                mutate: (s) =>
                    asLogTarget(
                        s,
                        undefined,
                        res(T.bucketPolicy, "ml-data-logs-policy", {
                            bucket: ML_BUCKET_NAME,
                            policy: logDeliveryPolicy("logging.s3.amazonaws.com"),
                        }),
                    ),
            },
        ],
    },
    {
        policy: s3BucketTlsOnly,
        compliant: referenceStack,
        mutations: [
            {
                title: "no bucket policy",
                mutate: (s) => drop(s, "ml-data-policy"),
                expect: /No `aws\.s3\.BucketPolicy` for this bucket/,
                resource: "ml-data",
            },
            // What a bucket policy decides alone (no TLS statement at all; a TLS Deny for some principals,
            // some actions or under another condition; a policy for a bucket not declared in the stack) is
            // s3-bucket-policy-tls-only's since issue 25 (one finding per fact): test/cases/s3-tls.ts. The
            // statements below name the bucket, whose name only the joined bucket gives at a first preview.
            // Before: each of these passed (any Deny with aws:SecureTransport counted); after: the statement must cover the bucket.
            ...tlsStatement(
                "names another bucket",
                { Resource: [`arn:aws:s3:::${ML_BUCKET_NAME}x`, `arn:aws:s3:::${ML_BUCKET_NAME}x/*`] },
                /does not cover the bucket's own ARN/,
            ),
            ...tlsStatement("covers a prefix only", { Resource: [BUCKET_ARN, `${BUCKET_ARN}/path/*`] }, /does not cover every object/),
            ...tlsStatement(
                "covers the objects but not the bucket",
                { Resource: `${BUCKET_ARN}/*` },
                /does not cover the bucket's own ARN/,
            ),
            ...tlsStatement("covers the bucket but not its objects", { Resource: BUCKET_ARN }, /does not cover every object/),
            {
                title: "two BucketPolicy resources for one external bucket",
                mutate: (s) => {
                    const tls = DENY_PLAIN_HTTP(["arn:aws:s3:::acme-shared-datasets", "arn:aws:s3:::acme-shared-datasets/*"]);
                    s.push(res(T.bucketPolicy, "shared-a", { bucket: "acme-shared-datasets", policy: tls }));
                    s.push(res(T.bucketPolicy, "shared-b", { bucket: "acme-shared-datasets", policy: tls }));
                },
                expect: /one of 2 `aws\.s3\.BucketPolicy` resources for the same bucket \(not declared in this stack\)/,
                resource: "shared-a",
            },
            {
                title: "two BucketPolicy resources for one bucket (S3 keeps one)",
                // Inserted before the first one, so that its finding comes first (both are reported).
                mutate: (s) =>
                    s.splice(s.indexOf(findResource(s, "ml-data-policy")), 0, {
                        ...res(
                            T.bucketPolicy,
                            "ml-data-policy-2",
                            { bucket: UNKNOWN, policy: UNKNOWN },
                            { bucket: [U.bucket], policy: [U.bucket] },
                        ),
                        applied: (ref) => ({ policy: DENY_PLAIN_HTTP([ref("ml-data").arn, `${ref("ml-data").arn}/*`]) }),
                    }),
                expect: /one of 2 `aws\.s3\.BucketPolicy` resources for bucket `ml-data`/,
                resource: "ml-data-policy-2",
            },
        ],
        alsoCompliant: [
            ...tlsCompliant("the documented statement with the bucket's known name", {}),
            ...tlsCompliant("a boolean false", { Condition: { Bool: { "aws:SecureTransport": false } } }),
            ...tlsCompliant("BoolIfExists", { Condition: { BoolIfExists: { "aws:SecureTransport": "false" } } }),
            ...tlsCompliant('Principal {"AWS": "*"} and Action "*"', { Principal: { AWS: "*" }, Action: "*" }),
            ...tlsCompliant("a wildcard that covers the bucket and its objects", {
                Resource: `arn:aws:s3:::${ML_BUCKET_NAME.slice(0, 8)}*`,
            }),
            ...tlsCompliant('Resource "*"', { Resource: "*" }),
            ...tlsCompliant("a NotAction outside S3", { Action: undefined, NotAction: "iam:*" }),
            {
                title: "a TLS-only BucketPolicy for a bucket not declared in the stack",
                mutate: (s) =>
                    s.push(
                        res(T.bucketPolicy, "shared-policy", {
                            bucket: "acme-shared-datasets",
                            policy: DENY_PLAIN_HTTP(["arn:aws:s3:::acme-shared-datasets", "arn:aws:s3:::acme-shared-datasets/*"]),
                        }),
                    ),
            },
            {
                title: "a BucketPolicy whose bucket is unknown and has no dependency, TLS Deny on every bucket",
                mutate: (s) => s.push(res(T.bucketPolicy, "shared-policy", { bucket: UNKNOWN, policy: DENY_PLAIN_HTTP("*") })),
            },
        ],
    },
    {
        policy: s3BucketPublicAccessBlock,
        compliant: referenceStack,
        mutations: [
            {
                title: "no public access block",
                mutate: (s) => drop(s, "ml-data-pab"),
                expect: /No `aws\.s3\.BucketPublicAccessBlock`/,
                resource: "ml-data",
            },
            {
                title: "restrictPublicBuckets absent (false)",
                mutate: (s) => delete props(s, "ml-data-pab").restrictPublicBuckets,
                expect: /leaves `restrictPublicBuckets` off/,
                resource: "ml-data-pab",
            },
        ],
    },
    {
        policy: s3BucketVersioning,
        compliant: referenceStack,
        mutations: [
            {
                title: "no versioning",
                mutate: (s) => drop(s, "ml-data-versioning"),
                expect: /Versioning is not enabled/,
                resource: "ml-data",
            },
            // A configuration's own status is s3-bucket-versioning-config-enabled's since issue 25 (one
            // finding per fact): test/cases/s3-tls.ts.
        ],
    },
    {
        policy: stackMlCloudtrailPresent,
        compliant: referenceStack,
        mutations: [
            { title: "no trail in the stack", mutate: (s) => drop(s, "audit"), expect: /no CloudTrail trail/ },
            // Before: silent (no SageMaker resource); after: the execution role makes it an ML stack.
            {
                title: "a stack of only a SageMaker execution role and its security group",
                mutate: onlyExecutionRole,
                expect: /no CloudTrail trail/,
            },
        ],
    },
    {
        policy: stackMlGuarddutyPresent,
        compliant: referenceStack,
        mutations: [
            { title: "no detector in the stack", mutate: (s) => drop(s, "main"), expect: /no GuardDuty detector/ },
            {
                title: "a stack of only a SageMaker execution role and its security group",
                mutate: onlyExecutionRole,
                expect: /no GuardDuty detector/,
            },
        ],
    },
];
