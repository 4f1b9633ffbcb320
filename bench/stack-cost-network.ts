// Stack-policy cost of the network, logging and storage stack policies: generates stacks of ~1,000
// and ~10,000 resources (VPCs, subnets, security groups and rules, endpoints, flow logs, buckets with
// their configuration resources, log groups, SageMaker notebooks and models, a trail, a detector;
// every ID unknown, joined by property dependencies as at a first preview) and times AnalyzeStack
// through the real pack over gRPC, with only these stack policies enabled, against a baseline with
// every policy disabled (transport and deserialization).
//
//   npx ts-node bench/stack-cost-network.ts [sizes...]     (default: 1000 10000)

import { PACK_DIR, PackProcess, ResourceInput, UNKNOWN, urnOf } from "../cli/analyzer";
import { loggingPolicies } from "../policies/logging";
import { networkPolicies } from "../policies/network";
import { stackPolicies } from "../policies/stack";
import { storagePolicies } from "../policies/storage";

const MINE = [...networkPolicies, ...loggingPolicies, ...storagePolicies, ...stackPolicies]
    .filter((p) => p.kind === "stack")
    .map((p) => p.name);
const SERVICES = ["sagemaker.api", "sagemaker.runtime", "sts", "logs", "kms", "ecr.api", "ecr.dkr", "s3"];

function generate(target: number): ResourceInput[] {
    const out: ResourceInput[] = [];
    const add = (type: string, name: string, properties: Record<string, unknown>, deps: Record<string, string[]> = {}) => {
        const urn = urnOf(type, name);
        out.push({ type, name, urn, properties, propertyDependencies: deps, dependencies: [...new Set(Object.values(deps).flat())] });
        return urn;
    };
    const key = add("aws:kms/key:Key", "key", { enableKeyRotation: true });
    add(
        "aws:cloudtrail/trail:Trail",
        "audit",
        {
            s3BucketName: "org-trail",
            isMultiRegionTrail: true,
            enableLogFileValidation: true,
            kmsKeyId: UNKNOWN,
            eventSelectors: [{ dataResources: [{ type: "AWS::S3::Object", values: ["arn:aws:s3"] }] }],
        },
        { kmsKeyId: [key] },
    );
    add("aws:guardduty/detector:Detector", "main", { enable: true });
    for (let i = 0; out.length < target; i++) {
        const vpc = add("aws:ec2/vpc:Vpc", `vpc-${i}`, { cidrBlock: "10.0.0.0/16" });
        const subnet = add("aws:ec2/subnet:Subnet", `subnet-${i}`, { vpcId: UNKNOWN, cidrBlock: "10.0.1.0/24" }, { vpcId: [vpc] });
        const sg = add(
            "aws:ec2/securityGroup:SecurityGroup",
            `sg-${i}`,
            { vpcId: UNKNOWN, ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["10.0.0.0/16"] }] },
            { vpcId: [vpc] },
        );
        add(
            "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
            `sgr-${i}`,
            { securityGroupId: UNKNOWN, ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "10.0.0.0/16" },
            { securityGroupId: [sg] },
        );
        for (const svc of SERVICES) {
            add(
                "aws:ec2/vpcEndpoint:VpcEndpoint",
                `ep-${i}-${svc}`,
                {
                    vpcId: UNKNOWN,
                    serviceName: `com.amazonaws.us-east-1.${svc}`,
                    ...(svc === "s3" ? {} : { vpcEndpointType: "Interface", privateDnsEnabled: true }),
                    policy: UNKNOWN,
                },
                { vpcId: [vpc] },
            );
        }
        add("aws:ec2/flowLog:FlowLog", `flow-${i}`, { vpcId: UNKNOWN, trafficType: "ALL" }, { vpcId: [vpc] });
        const name = `ml-data-${i}-bench`;
        const bucket = add("aws:s3/bucket:Bucket", `bucket-${i}`, { bucket: name });
        add(
            "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
            `sse-${i}`,
            { bucket: UNKNOWN, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: UNKNOWN } }] },
            { bucket: [bucket], rules: [key] },
        );
        add(
            "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
            `pab-${i}`,
            { bucket: UNKNOWN, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
            { bucket: [bucket] },
        );
        add(
            "aws:s3/bucketPolicy:BucketPolicy",
            `policy-${i}`,
            { bucket: UNKNOWN, policy: UNKNOWN },
            { bucket: [bucket], policy: [bucket] },
        );
        add(
            "aws:s3/bucketVersioning:BucketVersioning",
            `ver-${i}`,
            { bucket: UNKNOWN, versioningConfiguration: { status: "Enabled" } },
            { bucket: [bucket] },
        );
        add(
            "aws:cloudwatch/logGroup:LogGroup",
            `lg-${i}`,
            { name: `/aws/sagemaker/Endpoints/ep-${i}`, kmsKeyId: UNKNOWN, retentionInDays: 2192 },
            { kmsKeyId: [key] },
        );
        add(
            "aws:sagemaker/notebookInstance:NotebookInstance",
            `nb-${i}`,
            {
                instanceType: "ml.t3.medium",
                subnetId: UNKNOWN,
                securityGroups: [UNKNOWN],
                kmsKeyId: UNKNOWN,
                directInternetAccess: "Disabled",
            },
            { subnetId: [subnet], securityGroups: [sg], kmsKeyId: [key] },
        );
        add(
            "aws:sagemaker/model:Model",
            `model-${i}`,
            {
                primaryContainer: { modelDataUrl: `s3://${name}/model.tar.gz` },
                vpcConfig: { subnets: [UNKNOWN], securityGroupIds: [UNKNOWN] },
            },
            { vpcConfig: [subnet, sg] },
        );
    }
    return out;
}

async function time(pack: PackProcess, stack: ResourceInput[], runs = 3): Promise<{ ms: number; diagnostics: number }> {
    const times: number[] = [];
    let diagnostics = 0;
    for (let i = 0; i < runs; i++) {
        const t0 = process.hrtime.bigint();
        const r = await pack.analyzeStack(stack);
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
        diagnostics = r.diagnostics.length;
    }
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)], diagnostics };
}

async function main(): Promise<void> {
    const sizes = process.argv
        .slice(2)
        .map(Number)
        .filter((n) => n > 0);
    const pack = await PackProcess.start(PACK_DIR, { project: "sagemaker-guard-test" });
    try {
        await pack.getAnalyzerInfo();
        const rows: string[] = [];
        for (const n of sizes.length ? sizes : [1000, 10000]) {
            const stack = generate(n);
            await pack.configure({ all: "disabled" });
            await pack.analyzeStack(stack); // warm-up
            const base = await time(pack, stack);
            await pack.configure({ all: "disabled", ...Object.fromEntries(MINE.map((p) => [p, "advisory" as const])) });
            await pack.analyzeStack(stack);
            const mine = await time(pack, stack);
            rows.push(
                `${String(stack.length).padStart(6)} resources: AnalyzeStack ${mine.ms.toFixed(0).padStart(6)} ms with ${MINE.length} stack policies, ${base.ms.toFixed(0).padStart(6)} ms with none (policies: ${(mine.ms - base.ms).toFixed(0)} ms); ${mine.diagnostics} findings`,
            );
        }
        console.log(rows.join("\n"));
    } finally {
        await pack.close();
    }
}

main().catch((e) => {
    console.error(e);
    process.exit(1);
});
