// Focused tests for the SageMaker helpers (policies/sagemaker/common.ts) and the per-policy
// behaviour the case tables cannot express (policy config, provider-specific defaults, field maps).

import * as assert from "assert";
import {
    cappedReport,
    forEachListed,
    JOB_RESOURCES,
    MAX_LIST_FINDINGS,
    namesNothing,
    pathOf,
    T,
    vpcConfigProblem,
} from "../../policies/sagemaker/common";
import { datazoneConnectionTrustedIdentity } from "../../policies/sagemaker/datazone-connection-trusted-identity";
import { sagemakerJobNetworkIsolation } from "../../policies/sagemaker/sagemaker-job-network-isolation";
import { sagemakerNotebookSupportedPlatform } from "../../policies/sagemaker/sagemaker-notebook-supported-platform";
import { runResource, UNKNOWN, UNKNOWN_SENTINELS } from "../harness";
import { read } from "../../policies/core/values";

describe("sagemaker common helpers", () => {
    it("namesNothing: absent/empty/blank lists name nothing; unknown lists and elements name something", () => {
        assert.strictEqual(namesNothing([]), true);
        assert.strictEqual(namesNothing(["", " "]), true);
        assert.strictEqual(namesNothing([null, 3]), true);
        assert.strictEqual(namesNothing("unknown"), false);
        assert.strictEqual(namesNothing([UNKNOWN]), false);
        assert.strictEqual(namesNothing(["subnet-1"]), false);
    });

    it("pathOf mirrors the adapter mapping (whole field, first segment, unmapped)", () => {
        assert.strictEqual(pathOf(JOB_RESOURCES, T.trainingJob, "vpcConfig"), "vpcConfig");
        assert.strictEqual(pathOf(JOB_RESOURCES, T.dataQuality, "vpcConfig"), "networkConfig.vpcConfig");
        assert.strictEqual(pathOf(JOB_RESOURCES, T.dataQuality, "outputDataConfig.kmsKeyId"), "dataQualityJobOutputConfig.kmsKeyId");
        assert.strictEqual(
            pathOf(JOB_RESOURCES, T.nativeMonitoringSchedule, "resourceConfig.volumeKmsKeyId"),
            "monitoringScheduleConfig.monitoringJobDefinition.monitoringResources.clusterConfig.volumeKmsKeyId",
        );
        assert.strictEqual(pathOf(JOB_RESOURCES, "aws:s3/bucket:Bucket", "x.y"), "x.y");
    });

    it("vpcConfigProblem judges unknown as set and a wrong shape as missing", () => {
        const props = (vpc: unknown) => ({ vpcConfig: vpc });
        const judge = (vpc: unknown) =>
            vpcConfigProblem(
                (f) => read(props(vpc), f),
                (f) => {
                    const v = read(props(vpc), f);
                    return v.state === "unknown" ? "unknown" : v.state === "known" && Array.isArray(v.value) ? v.value : [];
                },
                "vpcConfig",
            );
        assert.strictEqual(judge(UNKNOWN_SENTINELS.object), undefined);
        assert.strictEqual(judge({ subnets: UNKNOWN_SENTINELS.array, securityGroupIds: [UNKNOWN] }), undefined);
        assert.match(judge(undefined) ?? "", /is not set/);
        assert.match(judge("x") ?? "", /names no subnets and no security groups/);
    });

    it("forEachListed: each known element of each list, unknown lists/elements skipped, stops when the cap is full", () => {
        const lists: Record<string, unknown[] | "unknown"> = { a: ["x", UNKNOWN, "y"], b: "unknown", c: ["z"] };
        const seen: string[] = [];
        forEachListed(
            (f) => lists[f] ?? [],
            ["a", "b", "c", "absent"],
            { full: () => false },
            (el, at, i) => seen.push(`${at}=${el}@${i}`),
        );
        assert.deepStrictEqual(seen, ["a[0]=x@0", "a[2]=y@2", "c[0]=z@0"]);
        // With the cap: a list of 10,000 failing elements is visited only until the cap is full (count calls, not time).
        const out: string[] = [];
        const capped = cappedReport((m) => out.push(m));
        let calls = 0;
        const many = Array.from({ length: 10_000 }, () => "bad");
        forEachListed(
            () => many,
            "big",
            capped,
            (_, at) => {
                calls++;
                capped.report(at);
            },
        );
        capped.finish();
        assert.strictEqual(calls, MAX_LIST_FINDINGS + 1);
        assert.strictEqual(out.length, MAX_LIST_FINDINGS + 1);
        assert.match(out[MAX_LIST_FINDINGS], /and more elements/);
    });

    it("every job type the policies target has a field map or is read natively", () => {
        for (const t of Object.keys(JOB_RESOURCES)) assert.ok(t.startsWith("aws:sagemaker/") || t.startsWith("aws-native:sagemaker:"), t);
    });
});

describe("sagemaker-notebook-supported-platform config", () => {
    const run = (props: Record<string, unknown>, type: string = T.notebook, config?: Record<string, unknown>) =>
        runResource(sagemakerNotebookSupportedPlatform, { type, props: { instanceType: "ml.t3.medium", ...props }, config });

    it("accepts the Security Hub SageMaker.8 list by default", () => {
        for (const p of ["notebook-al2-v2", "notebook-al2-v3", "notebook-al2023-v1"]) {
            assert.deepStrictEqual(run({ platformIdentifier: p }).violations, [], p);
        }
    });

    it("a tightened list applies to the provider default when the identifier is absent", () => {
        const r = run({}, T.notebook, { supportedPlatforms: ["notebook-al2023-v1"] });
        assert.strictEqual(r.violations.length, 1);
        assert.match(r.violations[0], /not set \(AWS default "notebook-al2-v3"\)/);
        // The aws-native provider documents notebook-al2023-v1 as its default.
        assert.deepStrictEqual(run({}, T.nativeNotebook, { supportedPlatforms: ["notebook-al2023-v1"] }).violations, []);
    });

    it("the aws-native fix names the aws-native default", () => {
        const r = run({ platformIdentifier: "notebook-al1-v1" }, T.nativeNotebook);
        assert.match(r.violations[0], /Fix: .*aws-native default/);
    });
});

describe("sagemaker job policies: tuning jobs", () => {
    const def = (iso: unknown) => ({ roleArn: UNKNOWN, enableNetworkIsolation: iso });
    const run = (props: Record<string, unknown>) => runResource(sagemakerJobNetworkIsolation, { type: T.tuningJob, props });

    it("reports each failing definition once, naming where it is", () => {
        const r = run({ trainingJobDefinition: def(false), trainingJobDefinitions: [def(true), def(false)] });
        assert.strictEqual(r.violations.length, 2);
        assert.match(r.violations[0], /^`trainingJobDefinition`: `trainingJobDefinition.enableNetworkIsolation` is false/);
        assert.match(r.violations[1], /^`trainingJobDefinitions\[1\]`: /);
    });

    it("an unknown definition list is judged at update", () => {
        assert.deepStrictEqual(run({ trainingJobDefinitions: UNKNOWN_SENTINELS.array }).violations, []);
        assert.deepStrictEqual(run({ trainingJobDefinitions: [UNKNOWN_SENTINELS.object] }).violations, []);
    });
});

describe("datazone-connection-trusted-identity scope", () => {
    it("connections that reach no per-user-authorized data (IAM, MLflow, Amazon Q, workflows) are not applicable, with a reason", () => {
        for (const props of [
            { iamProperties: {} },
            { mlflowProperties: { trackingServerArn: UNKNOWN } },
            { amazonQProperties: { isEnabled: true } },
            {},
        ]) {
            const r = runResource(datazoneConnectionTrustedIdentity, {
                type: T.nativeDatazoneConnection,
                props: { domainIdentifier: UNKNOWN, props },
            });
            assert.deepStrictEqual(r.violations, []);
            assert.match(r.notApplicable ?? "", /not a connection to a data source/);
        }
    });
});
