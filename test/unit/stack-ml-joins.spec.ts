// The network, logging and storage stack policies beyond their case tables: unknown service names,
// external VPCs, floating resources, v6 tokens, config flags.

import * as assert from "assert";
import { endpointService } from "../../policies/core/network";
import { judgeTlsOnly } from "../../policies/core/s3";
import { vpcMlInterfaceEndpoints } from "../../policies/network/vpc-ml-interface-endpoints";
import { vpcMlFlowLogs } from "../../policies/network/vpc-ml-flow-logs";
import { s3BucketPublicAccessBlock } from "../../policies/storage/s3-bucket-public-access-block";
import { s3BucketSseKms } from "../../policies/storage/s3-bucket-sse-kms";
import { s3BucketVersioning } from "../../policies/storage/s3-bucket-versioning";
import { s3BucketTlsOnly } from "../../policies/storage/s3-bucket-tls-only";
import { stackMlCloudtrailPresent } from "../../policies/stack/stack-ml-cloudtrail-present";
import { stackMlGuarddutyPresent } from "../../policies/stack/stack-ml-guardduty-present";
import { catalog } from "../../policies/catalog";
import type { GuardPolicy } from "../../policies/core/policy";
import { runStack, StackResourceCase, UNKNOWN } from "../harness";
import { DENY_PLAIN_HTTP, referenceStack, res, T, U } from "../cases/stack-ml";

const find = (s: StackResourceCase[], name: string) => s.find((r) => r.name === name)!;
const clean = (p: GuardPolicy, s: StackResourceCase[], config?: Record<string, unknown>) => {
    const r = runStack(p, s, config);
    assert.deepStrictEqual(r.cantRun, []);
    assert.deepStrictEqual(r.violations, []);
};

describe("stack ML joins", () => {
    it("every stack policy of the reference stack passes it clean", () => {
        for (const p of catalog.filter((x) => x.kind === "stack" && /^(vpc|ec2|cloudtrail|logs|s3|stack)-/.test(x.name)))
            clean(p, referenceStack());
    });
    it("parses endpoint service names (FIPS, China)", () => {
        assert.strictEqual(endpointService("com.amazonaws.us-east-1.sagemaker.api"), "sagemaker.api");
        assert.strictEqual(endpointService("com.amazonaws.us-gov-west-1.kms-fips"), "kms");
        assert.strictEqual(endpointService("cn.com.amazonaws.cn-north-1.ecr.dkr"), "ecr.dkr");
        assert.strictEqual(endpointService("something-else"), undefined);
    });
    it("an endpoint whose serviceName is unknown (interpolated region) may be any service: no false alarm", () => {
        const s = referenceStack();
        for (const r of s) if (r.type === T.endpoint && r.name !== "ep-s3") r.props.serviceName = UNKNOWN;
        s.splice(s.indexOf(find(s, "ep-sagemaker.api")), 1);
        clean(vpcMlInterfaceEndpoints, s);
    });
    it("says nothing about a VPC outside the stack (known external subnet id)", () => {
        const s = referenceStack().filter((r) => r.type !== T.endpoint && r.type !== T.flowLog);
        const nb = find(s, "research-nb");
        nb.props.subnetId = "subnet-0abc1234";
        nb.props.securityGroups = ["sg-0abc1234"];
        nb.propertyDependencies = {};
        nb.dependencies = [];
        s.splice(s.indexOf(find(s, "risk-model")), 1);
        clean(vpcMlInterfaceEndpoints, s);
        clean(vpcMlFlowLogs, s);
    });
    it("a flow log whose VPC is unknown and unattributed may be on any VPC", () => {
        const s = referenceStack();
        const f = find(s, "ml-vpc-flows");
        f.propertyDependencies = {};
        f.dependencies = [];
        clean(vpcMlFlowLogs, s);
    });
    it("understands @pulumi/aws v6 tokens: BucketV2 with ...V2 configuration resources", () => {
        const s = referenceStack();
        find(s, "ml-data").type = T.bucketV2;
        find(s, "ml-data-sse").type = T.sseV2;
        find(s, "ml-data-versioning").type = T.versioningV2;
        const v2 = `urn:pulumi:dev::test::${T.bucketV2}::ml-data`;
        for (const r of s)
            for (const k of Object.keys(r.propertyDependencies ?? {}))
                r.propertyDependencies![k] = r.propertyDependencies![k].map((u) => (u === U.bucket ? v2 : u));
        for (const p of [s3BucketSseKms, s3BucketVersioning, s3BucketTlsOnly, s3BucketPublicAccessBlock]) clean(p, s);
    });
    it("understands legacy inline bucket settings (v6 Bucket, v6 BucketV2)", () => {
        const s = referenceStack().filter((r) => !["ml-data-sse", "ml-data-versioning", "ml-data-policy"].includes(r.name));
        Object.assign(find(s, "ml-data").props, {
            serverSideEncryptionConfiguration: {
                rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: UNKNOWN } },
            },
            versioning: { enabled: true },
            policy: DENY_PLAIN_HTTP("*"),
        });
        for (const p of [s3BucketSseKms, s3BucketVersioning, s3BucketTlsOnly]) clean(p, s);
        const b = find(s, "ml-data");
        b.type = T.bucketV2;
        b.props = {
            bucket: "x-bucket",
            serverSideEncryptionConfigurations: [
                { rules: [{ applyServerSideEncryptionByDefaults: [{ sseAlgorithm: "aws:kms", kmsMasterKeyId: UNKNOWN }] }] },
            ],
            versionings: [{ enabled: true }],
            policy: DENY_PLAIN_HTTP("*"),
        };
        for (const p of [s3BucketSseKms, s3BucketVersioning, s3BucketTlsOnly]) clean(p, s);
    });
    it("an account-level public access block satisfies the bucket-level check; so does the config flag", () => {
        const s = referenceStack().filter((r) => r.name !== "ml-data-pab");
        clean(s3BucketPublicAccessBlock, s, { accountLevelBlock: true });
        s.push(
            res(T.accountPab, "account", {
                blockPublicAcls: true,
                blockPublicPolicy: true,
                ignorePublicAcls: true,
                restrictPublicBuckets: true,
            }),
        );
        clean(s3BucketPublicAccessBlock, s);
    });
    it("buckets that receive S3 access logs are exempt from SSE-KMS (S3 supports only SSE-S3 there)", () => {
        const s = referenceStack();
        s.push(res(T.bucket, "access-logs", { bucket: "acme-access-logs" }));
        s.push(
            res(
                "aws:s3/bucketLogging:BucketLogging",
                "ml-data-logging",
                { bucket: UNKNOWN, targetBucket: UNKNOWN, targetPrefix: "ml/" },
                { bucket: [U.bucket], targetBucket: ["urn:pulumi:dev::test::aws:s3/bucket:Bucket::access-logs"] },
            ),
        );
        clean(s3BucketSseKms, s);
    });
    it("organizationLevel turns the trail and detector presence checks off", () => {
        const s = referenceStack().filter((r) => r.type !== T.trail && r.type !== T.detector);
        assert.strictEqual(runStack(stackMlCloudtrailPresent, s).violations.length, 1);
        assert.strictEqual(runStack(stackMlGuarddutyPresent, s).violations.length, 1);
        clean(stackMlCloudtrailPresent, s, { organizationLevel: true });
        clean(stackMlGuarddutyPresent, s, { organizationLevel: true });
        clean(
            stackMlCloudtrailPresent,
            s.filter((r) => !r.type.startsWith("aws:sagemaker/")),
        );
    });
    it("judges TLS-only bucket policies", () => {
        const known = (value: unknown) => ({ state: "known" as const, value });
        const verdict = (v: Parameters<typeof judgeTlsOnly>[0], name?: string) => judgeTlsOnly(v, name).verdict;
        const deny = (over: Record<string, unknown>) => ({
            Statement: [
                {
                    Effect: "Deny",
                    Principal: "*",
                    Action: "s3:*",
                    Resource: "*",
                    Condition: { Bool: { "aws:SecureTransport": "false" } },
                    ...over,
                },
            ],
        });
        assert.strictEqual(verdict(known(DENY_PLAIN_HTTP("*"))), "yes");
        assert.strictEqual(verdict({ state: "unknown" }), "unknown");
        assert.strictEqual(verdict({ state: "absent" }), "no");
        assert.strictEqual(verdict(known("{not json")), "no");
        assert.strictEqual(
            verdict(known(deny({ Principal: { AWS: ["*"] }, Action: ["s3:*"], Condition: { Bool: { "aws:SecureTransport": false } } }))),
            "yes",
        );
        assert.strictEqual(verdict(known(deny({ Action: "s3:GetObject" }))), "no");
        assert.strictEqual(judgeTlsOnly(known(deny({ Action: "s3:GetObject" }))).shortfall, "action");
        assert.strictEqual(verdict(known(deny({ Condition: UNKNOWN }))), "unknown");
        assert.strictEqual(verdict(known(deny({ Resource: undefined }))), "no", "a statement without Resource covers nothing");
        // The bucket's name unknown at preview: a specific Resource is judged at update, "*" decides now.
        assert.strictEqual(verdict(known(deny({ Resource: ["arn:aws:s3:::foo", "arn:aws:s3:::foo/*"] }))), "unknown");
        // Known name: the statement must cover the bucket ARN and every object ARN, in any partition.
        assert.strictEqual(verdict(known(deny({ Resource: ["arn:aws:s3:::foo", "arn:aws:s3:::foo/*"] })), "foo"), "yes");
        assert.strictEqual(verdict(known(deny({ Resource: ["arn:aws-cn:s3:::foo", "arn:aws-cn:s3:::foo/*"] })), "foo"), "yes");
        assert.strictEqual(verdict(known(deny({ Resource: ["arn:aws:s3:::food", "arn:aws:s3:::food/*"] })), "foo"), "no");
        assert.strictEqual(verdict(known(deny({ Resource: ["arn:aws:s3:::foo", "arn:aws:s3:::foo/s/*"] })), "foo"), "no");
        assert.strictEqual(verdict(known(deny({ Resource: "arn:aws:s3:::fo?*" })), "foo"), "yes");
        assert.strictEqual(verdict(known(deny({ Resource: ["arn:aws:s3:::foo", UNKNOWN] })), "foo"), "unknown");
        assert.strictEqual(verdict(known(deny({ Resource: undefined, NotResource: "arn:aws:s3:::other/*" })), "foo"), "yes");
        assert.strictEqual(verdict(known(deny({ Resource: undefined, NotResource: "arn:aws:s3:::foo/secret/*" })), "foo"), "no");
    });
});
