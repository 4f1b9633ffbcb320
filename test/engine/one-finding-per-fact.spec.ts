// One finding per fact, never two (docs/authoring-policies.md): a bucket policy's TLS Deny is judged
// by s3-bucket-policy-tls-only (a resource policy, so also in an account audit) when the policy
// resource decides it alone, and by s3-bucket-tls-only (a stack policy) only when the joined bucket
// must. This drives the real pack over a mixed stack twice and counts the findings per fact:
//   - as a preview gives it: Analyze on every resource's inputs (unknowns where a first preview has
//     them), then AnalyzeStack with the dependency data;
//   - as an account audit gives it: Analyze only, on every resource's outputs (test/audit-shape.ts).
// A fact is one verdict about one resource (its TLS, its versioning); its findings are those of the
// fact's two policies (the stack policy and its single-resource half) on that resource. The same holds
// for s3-bucket-versioning / s3-bucket-versioning-config-enabled and iam-human-policy-mfa /
// iam-user-group-policy-mfa, counted here too; and for the seven identity-document policies and their
// single-resource halves (iam-policy-* / iam-ml-policy-*): a document that is evidently ML from its own
// resource (a SageMaker or Bedrock action, a role's inline policy under a SageMaker trust) is the
// resource half's, in both places; any other document of this ML stack (it has an endpoint) is the
// stack half's at preview, and not judged in an account audit. And for vpc-ml-endpoint-policy-restricted
// and its half vpc-ml-service-endpoint-policy-restricted: an endpoint for a SageMaker or Bedrock service
// that sets its own `policy` is the half's in both places; an ML endpoint without one is the stack
// policy's at preview (a VpcEndpointPolicy may set it) and the half's in an account audit, where the
// discovered endpoint's `policy` is the document AWS returns; other endpoints of the ML VPC are the
// stack policy's at preview only.
// Likewise the four workload-role policies and theirs (iam-workload-role-* / iam-ml-role-*), and
// iam-human-role-mfa / iam-human-role-mfa-own-policy: what a role whose own trust policy names SageMaker
// or Bedrock (or, for the MFA pair, people) holds itself is the resource half's; the joins stay the stack policy's.

import * as assert from "assert";
import { PACK_DIR, PackProcess, UNKNOWN, urnOf } from "../../cli/analyzer";
import { auditStack } from "../audit-shape";
import type { StackResourceCase } from "../harness";

const BUCKET = "aws:s3/bucket:Bucket";
const POLICY = "aws:s3/bucketPolicy:BucketPolicy";
const VERSIONING = "aws:s3/bucketVersioning:BucketVersioning";
const TLS = ["s3-bucket-tls-only", "s3-bucket-policy-tls-only"];
const VERSIONED = ["s3-bucket-versioning", "s3-bucket-versioning-config-enabled"];
const MFA = ["iam-human-policy-mfa", "iam-user-group-policy-mfa"];
/** The identity-document policies and their single-resource halves. */
const LEAST_PRIVILEGE = [
    "no-wildcard-actions",
    "no-unscoped-write-actions",
    "no-unscoped-permissions-management",
    "no-privilege-escalation",
    "no-credentials-exposure",
    "no-data-exfiltration",
    "no-bedrock-api-key-creation",
].map((rule) => [`iam-policy-${rule}`, `iam-ml-policy-${rule}`]);
const ENDPOINT_POLICY = ["vpc-ml-endpoint-policy-restricted", "vpc-ml-service-endpoint-policy-restricted"];
/** The workload-role policies and their single-resource halves. */
const WORKLOAD = ["least-privilege", "passrole-scoped", "s3-scoped", "no-full-access-policy"].map((rule) => [
    `iam-workload-role-${rule}`,
    `iam-ml-role-${rule}`,
]);
/** A role people assume without MFA: the stack policy and its single-resource half. */
const HUMAN_ROLE = ["iam-human-role-mfa", "iam-human-role-mfa-own-policy"];
const GROUPS = [TLS, VERSIONED, MFA, ...LEAST_PRIVILEGE, ...WORKLOAD, HUMAN_ROLE, ENDPOINT_POLICY];
const IAM = {
    group: "aws:iam/group:Group",
    groupPolicy: "aws:iam/groupPolicy:GroupPolicy",
    groupAttachment: "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
    user: "aws:iam/user:User",
    userAttachment: "aws:iam/userPolicyAttachment:UserPolicyAttachment",
    policy: "aws:iam/policy:Policy",
    role: "aws:iam/role:Role",
    rolePolicy: "aws:iam/rolePolicy:RolePolicy",
    roleAttachment: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
};
const urn = (type: string, name: string) => urnOf(type, name, "dev", "test");

const tlsDeny = (arns: string[]) =>
    JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Effect: "Deny",
                Principal: "*",
                Action: "s3:*",
                Resource: arns,
                Condition: { Bool: { "aws:SecureTransport": "false" } },
            },
        ],
    });
const readOnly = (name: string) =>
    JSON.stringify({
        Statement: [
            {
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::444455556666:root" },
                Action: "s3:GetObject",
                Resource: `arn:aws:s3:::${name}/*`,
            },
        ],
    });
const bucket = (name: string): StackResourceCase => ({ type: BUCKET, name, urn: urn(BUCKET, name), props: { bucket: `acme-${name}` } });
/** A bucket policy as a first preview sees it: `bucket` is the bucket's id (unknown), its document known. */
const policyOf = (b: string, name: string, document: string): StackResourceCase => ({
    type: POLICY,
    name,
    urn: urn(POLICY, name),
    props: { bucket: UNKNOWN, policy: document },
    propertyDependencies: { bucket: [urn(BUCKET, b)] },
    dependencies: [urn(BUCKET, b)],
});

/** The facts, the resource each is attributed to, and the policy that must report it in each place (none: not judged there). */
const FACTS: { title: string; on: string; policies: string[]; preview?: string; accountAudit?: string }[] = [
    { title: "a bucket policy with no TLS statement", on: "no-tls-policy", policies: TLS, preview: TLS[1], accountAudit: TLS[1] },
    {
        title: "a TLS Deny naming another bucket (the policy's bucket unknown at preview)",
        on: "other-bucket-policy",
        policies: TLS,
        preview: TLS[0],
        accountAudit: TLS[1],
    },
    {
        title: "a policy for a bucket not in the stack, no TLS statement",
        on: "external-policy",
        policies: TLS,
        preview: TLS[1],
        accountAudit: TLS[1],
    },
    { title: "a TLS-only policy", on: "good-policy", policies: TLS },
    { title: "a bucket without a policy (needs the join: not judged in an account audit)", on: "lonely", policies: TLS, preview: TLS[0] },
    {
        title: "a versioning configuration Suspended",
        on: "b-versioning",
        policies: VERSIONED,
        preview: VERSIONED[1],
        accountAudit: VERSIONED[1],
    },
    { title: "a versioning configuration Enabled", on: "d-versioning", policies: VERSIONED },
    {
        title: "a bucket without versioning (needs the join: not judged in an account audit)",
        on: "a",
        policies: VERSIONED,
        preview: VERSIONED[0],
    },
    { title: "another bucket without versioning", on: "lonely", policies: VERSIONED, preview: VERSIONED[0] },
    { title: "a group policy opening Studio without MFA", on: "studio-no-mfa", policies: MFA, preview: MFA[1], accountAudit: MFA[1] },
    { title: "a group policy opening Studio with MFA", on: "studio-mfa", policies: MFA },
    {
        title: "AmazonBedrockFullAccess attached to a user",
        on: "alice-bedrock",
        policies: MFA,
        preview: MFA[1],
        accountAudit: MFA[1],
    },
    {
        title: "a customer-managed policy without MFA attached to a group (needs the join: not judged in an account audit)",
        on: "invoke-analysts",
        policies: MFA,
        preview: MFA[0],
    },
];

// The identity documents: each fails all seven least-privilege policies, or none.
for (const lp of LEAST_PRIVILEGE) {
    FACTS.push(
        { title: `${lp[0]}: a document that names no ML action`, on: "lp-plain", policies: lp, preview: lp[0] },
        { title: `${lp[0]}: a document that names a SageMaker action`, on: "lp-ml", policies: lp, preview: lp[1], accountAudit: lp[1] },
        {
            title: `${lp[0]}: a role SageMaker assumes, its inline policy`,
            on: "lp-exec",
            policies: lp,
            preview: lp[1],
            accountAudit: lp[1],
        },
        { title: `${lp[0]}: a role Lambda assumes, its inline policy naming no ML action`, on: "lp-fn", policies: lp, preview: lp[0] },
        { title: `${lp[0]}: a right document that names a SageMaker action`, on: "lp-good", policies: lp },
    );
}
// The MFA facts' group policy allows a SageMaker Write action on every resource: a least-privilege fact
// too, of a document that is evidently ML.
const WRITE = LEAST_PRIVILEGE.find((lp) => lp[0] === "iam-policy-no-unscoped-write-actions")!;
FACTS.push({
    title: "a group policy that allows sagemaker:CreatePresignedDomainUrl on every resource",
    on: "studio-no-mfa",
    policies: WRITE,
    preview: WRITE[1],
    accountAudit: WRITE[1],
});

// The workload roles: what a role whose own trust policy names SageMaker or Bedrock holds itself is the
// iam-ml-role-* half's, in both places; a role that is a workload role by its use (a notebook's, trusting
// Lambda), and what reaches a role through an attachment or a role policy, are the stack policy's at
// preview, and not judged in an account audit. Each role below gives each policy at most one finding.
const [WR_LEAST, WR_PASS, WR_S3, WR_FULL] = WORKLOAD;
FACTS.push(
    // lp-exec (identityDocuments): SageMaker assumes it; its inline policy allows dynamodb:* and s3:GetObject on *.
    { title: "lp-exec's own inline dynamodb:* on *", on: "lp-exec", policies: WR_LEAST, preview: WR_LEAST[1], accountAudit: WR_LEAST[1] },
    { title: "lp-exec's own inline s3:GetObject on *", on: "lp-exec", policies: WR_S3, preview: WR_S3[1], accountAudit: WR_S3[1] },
    {
        title: "a SageMaker role's own AdministratorAccess",
        on: "wr-admin",
        policies: WR_LEAST,
        preview: WR_LEAST[1],
        accountAudit: WR_LEAST[1],
    },
    {
        title: "a SageMaker role's own AdministratorAccess (passes any role)",
        on: "wr-admin",
        policies: WR_PASS,
        preview: WR_PASS[1],
        accountAudit: WR_PASS[1],
    },
    {
        title: "a Bedrock role's own inline iam:PassRole on *",
        on: "wr-inline",
        policies: WR_PASS,
        preview: WR_PASS[1],
        accountAudit: WR_PASS[1],
    },
    { title: "a Bedrock role's own inline s3:GetObject on *", on: "wr-inline", policies: WR_S3, preview: WR_S3[1], accountAudit: WR_S3[1] },
    {
        title: "a SageMaker role's own AmazonSageMakerFullAccess",
        on: "wr-full",
        policies: WR_FULL,
        preview: WR_FULL[1],
        accountAudit: WR_FULL[1],
    },
    { title: "a right SageMaker role", on: "wr-good", policies: WR_LEAST },
    {
        title: "AmazonBedrockFullAccess held by a role a notebook uses, trusting Lambda (needs the join: not judged in an account audit)",
        on: "wr-used",
        policies: WR_FULL,
        preview: WR_FULL[0],
    },
    {
        title: "AdministratorAccess attached to a SageMaker role by a RolePolicyAttachment (needs the join)",
        on: "wr-attach",
        policies: WR_LEAST,
        preview: WR_LEAST[0],
    },
    { title: "the same attachment (passes any role)", on: "wr-attach", policies: WR_PASS, preview: WR_PASS[0] },
    {
        title: "a role policy allowing s3:GetObject on * to a SageMaker role (needs the join)",
        on: "wr-rp",
        policies: WR_S3,
        preview: WR_S3[0],
    },
);

// People's roles without MFA: reaching Studio through the role's own inline policy is the half's; through
// an attachment, the stack policy's at preview only.
FACTS.push(
    {
        title: "a role people assume without MFA, its own inline policy opening Studio",
        on: "hr-own",
        policies: HUMAN_ROLE,
        preview: HUMAN_ROLE[1],
        accountAudit: HUMAN_ROLE[1],
    },
    {
        title: "a role people assume without MFA, AmazonSageMakerReadOnly attached by a RolePolicyAttachment (needs the join)",
        on: "hr-joined",
        policies: HUMAN_ROLE,
        preview: HUMAN_ROLE[0],
    },
);

/** Workload roles, a notebook that uses one, and what reaches them through other resources. */
function workloadRoles(): StackResourceCase[] {
    const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
    const trust = (service: string) => doc({ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" });
    const managed = (name: string) => `arn:aws:iam::aws:policy/${name}`;
    // A condition, so that the identity-document halves (least privilege without a condition) have nothing to say.
    const cond = { Condition: { StringEquals: { "aws:ResourceAccount": "111122223333" } } };
    const of = (type: string, name: string, props: Record<string, unknown>, deps: Record<string, string[]> = {}): StackResourceCase => ({
        type,
        name,
        urn: urn(type, name),
        props,
        propertyDependencies: deps,
        dependencies: Object.values(deps).flat(),
    });
    const sm = trust("sagemaker.amazonaws.com");
    const people = doc({ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sts:AssumeRole" });
    return [
        of(IAM.role, "wr-admin", { assumeRolePolicy: sm, managedPolicyArns: [managed("AdministratorAccess")] }),
        of(IAM.role, "wr-inline", {
            assumeRolePolicy: trust("bedrock.amazonaws.com"),
            inlinePolicies: [
                {
                    name: "own",
                    policy: doc(
                        { Effect: "Allow", Action: "iam:PassRole", Resource: "*", ...cond },
                        { Effect: "Allow", Action: "s3:GetObject", Resource: "*", ...cond },
                    ),
                },
            ],
        }),
        of(IAM.role, "wr-full", { assumeRolePolicy: sm, managedPolicyArns: [managed("AmazonSageMakerFullAccess")] }),
        of(IAM.role, "wr-good", { assumeRolePolicy: sm, managedPolicyArns: [managed("AmazonSageMakerReadOnly")] }),
        of(IAM.role, "wr-used", {
            assumeRolePolicy: trust("lambda.amazonaws.com"),
            managedPolicyArns: [managed("AmazonBedrockFullAccess")],
        }),
        of(
            "aws:sagemaker/notebookInstance:NotebookInstance",
            "wr-notebook",
            { instanceType: "ml.t3.medium", roleArn: UNKNOWN },
            { roleArn: [urn(IAM.role, "wr-used")] },
        ),
        of(IAM.role, "wr-joined", { assumeRolePolicy: sm }),
        of(
            IAM.roleAttachment,
            "wr-attach",
            { role: UNKNOWN, policyArn: managed("AdministratorAccess") },
            { role: [urn(IAM.role, "wr-joined")] },
        ),
        of(IAM.role, "hr-own", {
            assumeRolePolicy: people,
            inlinePolicies: [
                {
                    name: "studio",
                    policy: doc({
                        Effect: "Allow",
                        Action: "sagemaker:CreatePresignedDomainUrl",
                        Resource: "arn:aws:sagemaker:us-east-1:111122223333:user-profile/*",
                    }),
                },
            ],
        }),
        of(IAM.role, "hr-joined", { assumeRolePolicy: people }),
        of(
            IAM.roleAttachment,
            "hr-joined-read",
            { role: UNKNOWN, policyArn: managed("AmazonSageMakerReadOnly") },
            { role: [urn(IAM.role, "hr-joined")] },
        ),
        of(
            IAM.rolePolicy,
            "wr-rp",
            { role: UNKNOWN, policy: doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "*", ...cond }) },
            { role: [urn(IAM.role, "wr-joined")] },
        ),
    ];
}

// The endpoint policies of a VPC that hosts a SageMaker domain.
FACTS.push(
    {
        title: "a sagemaker.runtime endpoint's own policy allows * to *",
        on: "ep-ml-open",
        policies: ENDPOINT_POLICY,
        preview: ENDPOINT_POLICY[1],
        accountAudit: ENDPOINT_POLICY[1],
    },
    {
        title: "a bedrock-runtime endpoint's own policy is not a policy document",
        on: "ep-ml-invalid",
        policies: ENDPOINT_POLICY,
        preview: ENDPOINT_POLICY[1],
        accountAudit: ENDPOINT_POLICY[1],
    },
    {
        title: "a sagemaker.api endpoint without a policy (the AWS default: the stack's at preview, the discovered document in an account audit)",
        on: "ep-ml-absent",
        policies: ENDPOINT_POLICY,
        preview: ENDPOINT_POLICY[0],
        accountAudit: ENDPOINT_POLICY[1],
    },
    { title: "a sagemaker.api endpoint with a restricted policy", on: "ep-ml-good", policies: ENDPOINT_POLICY },
    {
        title: "an S3 endpoint of the ML VPC whose policy allows * to * (needs the join: not judged in an account audit)",
        on: "ep-s3-open",
        policies: ENDPOINT_POLICY,
        preview: ENDPOINT_POLICY[0],
    },
    {
        title: "a logs endpoint of the ML VPC without a policy (needs the join: not judged in an account audit)",
        on: "ep-logs-absent",
        policies: ENDPOINT_POLICY,
        preview: ENDPOINT_POLICY[0],
    },
    {
        title: "a VpcEndpointPolicy that opens an AgentCore endpoint (a resource of the stack, not of the account)",
        on: "ep-agentcore-policy",
        policies: ENDPOINT_POLICY,
        preview: ENDPOINT_POLICY[0],
    },
    {
        title: "the AgentCore endpoint that VpcEndpointPolicy opens, discovered with that document as its policy",
        on: "ep-agentcore",
        policies: ENDPOINT_POLICY,
        accountAudit: ENDPOINT_POLICY[1],
    },
);

const EC2 = {
    vpc: "aws:ec2/vpc:Vpc",
    endpoint: "aws:ec2/vpcEndpoint:VpcEndpoint",
    endpointPolicy: "aws:ec2/vpcEndpointPolicy:VpcEndpointPolicy",
};
const AGENTCORE_OPEN = JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: "*", Action: "bedrock-agentcore:*", Resource: "*" }],
});

/** A VPC that hosts a SageMaker domain, its endpoints, and a VpcEndpointPolicy, as a first preview sees them. */
function endpoints(): StackResourceCase[] {
    const vpc = urn(EC2.vpc, "ml-vpc");
    const of = (type: string, name: string, props: Record<string, unknown>, deps: Record<string, string[]>): StackResourceCase => ({
        type,
        name,
        urn: urn(type, name),
        props,
        propertyDependencies: deps,
        dependencies: Object.values(deps).flat(),
    });
    const endpoint = (name: string, svc: string, policy?: string) =>
        of(
            EC2.endpoint,
            name,
            {
                vpcId: UNKNOWN,
                serviceName: `com.amazonaws.us-east-1.${svc}`,
                vpcEndpointType: svc === "s3" ? "Gateway" : "Interface",
                ...(policy === undefined ? {} : { policy }),
            },
            { vpcId: [vpc] },
        );
    const open = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: "*", Action: "*", Resource: "*" }] });
    const restricted = JSON.stringify({
        Version: "2012-10-17",
        Statement: [
            {
                Effect: "Allow",
                Principal: "*",
                Action: "*",
                Resource: "*",
                Condition: { StringEquals: { "aws:PrincipalOrgID": "o-exampleorgid" } },
            },
        ],
    });
    return [
        of(EC2.vpc, "ml-vpc", { cidrBlock: "10.0.0.0/16" }, {}),
        of(
            "aws:sagemaker/domain:Domain",
            "studio",
            { domainName: "studio", authMode: "SSO", vpcId: UNKNOWN, subnetIds: [] },
            { vpcId: [vpc] },
        ),
        endpoint("ep-ml-open", "sagemaker.runtime", open),
        endpoint("ep-ml-invalid", "bedrock-runtime", "{not json"),
        endpoint("ep-ml-absent", "sagemaker.api"),
        endpoint("ep-ml-good", "sagemaker.api", restricted),
        endpoint("ep-s3-open", "s3", open),
        endpoint("ep-logs-absent", "logs"),
        endpoint("ep-agentcore", "bedrock-agentcore"),
        of(
            EC2.endpointPolicy,
            "ep-agentcore-policy",
            { vpcEndpointId: UNKNOWN, policy: AGENTCORE_OPEN },
            { vpcEndpointId: [urn(EC2.endpoint, "ep-agentcore")] },
        ),
    ];
}

/**
 * A discovered endpoint's `policy` is the document AWS returns for it (DescribeVpcEndpoints
 * `PolicyDocument`): the one a VpcEndpointPolicy set, else AWS's default full-access document.
 */
function discovered(resources: StackResourceCase[]): StackResourceCase[] {
    const AWS_DEFAULT = JSON.stringify({
        Version: "2008-10-17",
        Statement: [{ Effect: "Allow", Principal: "*", Action: "*", Resource: "*" }],
    });
    return resources.map((r) =>
        r.type !== EC2.endpoint || r.props.vpcEndpointType === "GatewayLoadBalancer" || r.props.policy !== undefined
            ? r
            : { ...r, props: { ...r.props, policy: r.name === "ep-agentcore" ? AGENTCORE_OPEN : AWS_DEFAULT } },
    );
}

/** An endpoint (the stack is an ML stack), and identity documents that fail the least-privilege policies. */
function identityDocuments(): StackResourceCase[] {
    const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
    const invoke = {
        Effect: "Allow",
        Action: "sagemaker:InvokeEndpoint",
        Resource: ["arn:aws:sagemaker:us-east-1:111122223333:endpoint/churn"],
    };
    const bad = [
        {
            Effect: "Allow",
            Action: ["dynamodb:*", "s3:GetObject", "iam:CreateAccessKey", "iam:PutRolePolicy", "iam:CreatePolicyVersion"],
            Resource: "*",
        },
        { Effect: "Allow", Action: "iam:CreateServiceSpecificCredential", Resource: "*" },
    ];
    const trust = (service: string) => doc({ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" });
    const of = (type: string, name: string, props: Record<string, unknown>): StackResourceCase => ({
        type,
        name,
        urn: urn(type, name),
        props,
    });
    return [
        of("aws:sagemaker/endpoint:Endpoint", "churn", { endpointConfigName: UNKNOWN }),
        of(IAM.policy, "lp-plain", { policy: doc(...bad) }),
        of(IAM.policy, "lp-ml", { policy: doc(invoke, ...bad) }),
        of(IAM.policy, "lp-good", { policy: doc(invoke) }),
        of(IAM.role, "lp-exec", {
            assumeRolePolicy: trust("sagemaker.amazonaws.com"),
            inlinePolicies: [{ name: "exec", policy: doc(...bad) }],
        }),
        of(IAM.role, "lp-fn", { assumeRolePolicy: trust("lambda.amazonaws.com"), inlinePolicies: [{ name: "fn", policy: doc(...bad) }] }),
    ];
}

/** A versioning configuration as a first preview sees it. */
const versioningOf = (b: string, status: string): StackResourceCase => ({
    type: VERSIONING,
    name: `${b}-versioning`,
    urn: urn(VERSIONING, `${b}-versioning`),
    props: { bucket: UNKNOWN, versioningConfiguration: { status } },
    propertyDependencies: { bucket: [urn(BUCKET, b)] },
    dependencies: [urn(BUCKET, b)],
});

function stack(): StackResourceCase[] {
    return [
        bucket("a"),
        policyOf("a", "no-tls-policy", readOnly("acme-a")),
        bucket("b"),
        policyOf("b", "other-bucket-policy", tlsDeny(["arn:aws:s3:::acme-bx", "arn:aws:s3:::acme-bx/*"])),
        {
            type: POLICY,
            name: "external-policy",
            urn: urn(POLICY, "external-policy"),
            props: { bucket: "acme-shared", policy: readOnly("acme-shared") },
        },
        bucket("d"),
        policyOf("d", "good-policy", tlsDeny(["arn:aws:s3:::acme-d", "arn:aws:s3:::acme-d/*"])),
        bucket("lonely"),
        versioningOf("b", "Suspended"),
        versioningOf("d", "Enabled"),
        ...people(),
        ...identityDocuments(),
        ...endpoints(),
        ...workloadRoles(),
    ];
}

/** Users and groups, and what lets them open Studio or invoke models. */
function people(): StackResourceCase[] {
    const studio = (condition: object) =>
        JSON.stringify({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Action: "sagemaker:CreatePresignedDomainUrl", Resource: "*", ...condition }],
        });
    const of = (type: string, name: string, props: Record<string, unknown>, deps: Record<string, string[]> = {}): StackResourceCase => ({
        type,
        name,
        urn: urn(type, name),
        props,
        propertyDependencies: deps,
        dependencies: Object.values(deps).flat(),
    });
    const group = urn(IAM.group, "analysts");
    return [
        of(IAM.group, "analysts", { name: "analysts" }),
        of(IAM.groupPolicy, "studio-no-mfa", { group: UNKNOWN, policy: studio({}) }, { group: [group] }),
        of(
            IAM.groupPolicy,
            "studio-mfa",
            { group: UNKNOWN, policy: studio({ Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }) },
            { group: [group] },
        ),
        of(IAM.user, "alice", { name: "alice" }),
        of(
            IAM.userAttachment,
            "alice-bedrock",
            { user: UNKNOWN, policyArn: "arn:aws:iam::aws:policy/AmazonBedrockFullAccess" },
            { user: [urn(IAM.user, "alice")] },
        ),
        of(IAM.policy, "invoke", {
            policy: JSON.stringify({
                Version: "2012-10-17",
                Statement: [{ Effect: "Allow", Action: "bedrock:InvokeModel", Resource: "*" }],
            }),
        }),
        of(
            IAM.groupAttachment,
            "invoke-analysts",
            { group: UNKNOWN, policyArn: UNKNOWN },
            { group: [group], policyArn: [urn(IAM.policy, "invoke")] },
        ),
    ];
}

describe("engine: one finding per fact, in a preview and in an account audit", function () {
    let pack: PackProcess;
    before(async () => {
        pack = await PackProcess.start(PACK_DIR, { project: "test" });
        await pack.getAnalyzerInfo();
        await pack.configure({});
    });
    after(async () => pack?.close());

    /** Findings of the fact policies, per "resource name / fact policies": the policy names, one per finding. */
    const byFact = (findings: { policyName: string; urn: string }[]) => {
        const out = new Map<string, string[]>();
        for (const d of findings) {
            const group = GROUPS.find((g) => g.includes(d.policyName));
            if (!group) continue;
            const key = `${d.urn.split("::").pop()} / ${group.join(", ")}`;
            out.set(key, [...(out.get(key) ?? []), d.policyName]);
        }
        return out;
    };

    const check = (got: Map<string, string[]>, place: "preview" | "accountAudit") => {
        const keys = FACTS.map((f) => `${f.on} / ${f.policies.join(", ")}`);
        FACTS.forEach((f, i) => {
            const expected = f[place] ? [f[place]] : [];
            assert.deepStrictEqual(got.get(keys[i]) ?? [], expected, `${place}: ${f.title}`);
        });
        const stray = [...got.keys()].filter((k) => !keys.includes(k));
        assert.deepStrictEqual(stray, [], `${place}: findings with no fact`);
    };

    it("preview (Analyze on inputs, then AnalyzeStack): each fact once", async () => {
        const resources = stack().map((r) => ({ ...r, properties: r.props }));
        const findings = [];
        for (const r of resources) findings.push(...(await pack.analyze(r)).diagnostics);
        findings.push(...(await pack.analyzeStack(resources)).diagnostics);
        check(byFact(findings), "preview");
    });

    it("account audit (Analyze only, on outputs): each fact a resource can show, once", async () => {
        const findings = [];
        for (const r of discovered(auditStack(stack())))
            findings.push(...(await pack.analyze({ type: r.type, name: r.name, urn: r.urn, properties: r.props })).diagnostics);
        check(byFact(findings), "accountAudit");
    });
});
