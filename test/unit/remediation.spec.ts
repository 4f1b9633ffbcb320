// Safe auto-fixes (the `remediate` level): the allow-list meta-test, every remediating policy's case
// table run through its remediation, and the model's rules (unknowns, secrets, exemptions, shapes).

import * as assert from "assert";
import fc from "fast-check";
import { Secret } from "@pulumi/policy";
import { catalog } from "../../policies/catalog";
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { GuardPolicy, ResourcePolicyDef, toPulumiPolicy } from "../../policies/core/policy";
import { revealSecrets } from "../../policies/core/remediate";
import { NOT_REMEDIATED } from "../../policies/not-remediated";
import { cloudtrailTrailLogFileValidation } from "../../policies/logging/cloudtrail-trail-log-file-validation";
import { cloudtrailTrailMultiRegion } from "../../policies/logging/cloudtrail-trail-multi-region";
import { guarddutyDetectorEnabled } from "../../policies/logging/guardduty-detector-enabled";
import { kmsKeyRotationEnabled } from "../../policies/kms/kms-key-rotation-enabled";
import { sagemakerJobInterContainerEncryption } from "../../policies/sagemaker/sagemaker-job-inter-container-encryption";
import { sagemakerNotebookImdsv2 } from "../../policies/sagemaker/sagemaker-notebook-imdsv2";
import { sagemakerNotebookNoRootAccess } from "../../policies/sagemaker/sagemaker-notebook-no-root-access";
import { loadCases } from "../cases";
import { runRemediation, runResource, UNKNOWN, UNKNOWN_SENTINELS } from "../harness";
import { setPath } from "../policy-cases";

type Props = Record<string, unknown>;
type Remediating = GuardPolicy & ResourcePolicyDef & { kind: "resource" };

/**
 * Every property a policy may set, with why that is safe. A remediation that sets anything else, or
 * another value, fails here: widening what the pack changes on its own needs an entry with a reason.
 */
const ALLOWED: Record<string, { set: Record<string, unknown>; why: string }> = {
    "sagemaker-notebook-no-root-access": {
        set: { rootAccess: "Disabled" },
        why: "the only compliant value; lifecycle configurations still run as root",
    },
    "sagemaker-notebook-imdsv2": {
        set: { "instanceMetadataServiceConfiguration.minimumInstanceMetadataServiceVersion": "2" },
        why: "the only compliant value; the AWS SDKs in notebook images use IMDSv2",
    },
    "sagemaker-job-inter-container-encryption": {
        set: { enableInterContainerTrafficEncryption: true },
        why: "SageMaker encrypts between instances by itself; no key or network needed",
    },
    "kms-key-rotation-enabled": {
        set: { enableKeyRotation: true },
        why: "KMS keeps older key material, existing ciphertext still decrypts",
    },
    "cloudtrail-trail-log-file-validation": {
        set: { enableLogFileValidation: true },
        why: "digest files go to the prefix the trail's bucket policy already allows",
    },
    "cloudtrail-trail-multi-region": {
        set: { isMultiRegionTrail: true },
        why: "same bucket, key and selectors; other regions are recorded too",
    },
    "sagemaker-domain-docker-access-disabled": {
        set: { "domainSettings.dockerSettings.enableDockerAccess": "DISABLED" },
        why: "the AWS default; turns a feature off, spaces keep their data and apps",
    },
    "guardduty-detector-enabled": {
        set: { enable: true },
        why: "the AWS default; GuardDuty reads logs AWS already has",
    },
};

const remediating = catalog.filter((p): p is Remediating => p.kind === "resource" && p.remediation !== undefined);

/** Leaf paths where two input trees differ (a `Secret` is a leaf). */
function diffPaths(a: unknown, b: unknown, at = ""): string[] {
    if (a === b) return [];
    const isObj = (x: unknown) => x !== null && typeof x === "object" && !(x instanceof Secret);
    if (!isObj(a) || !isObj(b) || Array.isArray(a) !== Array.isArray(b)) {
        if (isObj(b) && !isObj(a) && (a === undefined || a === null)) return diffPaths({}, b, at); // a created block
        return [at];
    }
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    return [...keys].flatMap((k) => diffPaths((a as Props)[k], (b as Props)[k], at ? `${at}.${k}` : k));
}

const lastSegment = (path: string) => path.split(".").pop()!;

describe("remediations: the allow-list", () => {
    it("every remediation is on the allow-list with the same fields and values", () => {
        for (const p of remediating) {
            const allowed = ALLOWED[p.name];
            assert.ok(allowed, `${p.name} remediates but is not on the allow-list in this test`);
            assert.deepStrictEqual(p.remediation!.set, allowed.set, `${p.name} sets something the allow-list does not name`);
            assert.ok(allowed.why.length > 10, `${p.name}: the allow-list entry needs a reason`);
            assert.ok(p.remediation!.safe.length > 40, `${p.name}: the declaration needs its reason (safe)`);
        }
        for (const name of Object.keys(ALLOWED)) {
            assert.ok(
                remediating.some((p) => p.name === name),
                `${name} is on the allow-list but has no remediation`,
            );
        }
    });

    it("sets only constants (never a value taken from another resource or the user)", () => {
        for (const p of remediating) {
            for (const v of Object.values(p.remediation!.set)) assert.ok(["string", "boolean", "number"].includes(typeof v));
        }
    });

    it("the considered-and-rejected list names real policies, none of which remediates", () => {
        const names = new Set(catalog.map((p) => p.name));
        for (const [name, why] of Object.entries(NOT_REMEDIATED)) {
            assert.ok(names.has(name), `not-remediated.ts names ${name}, which is not a policy`);
            assert.ok(!remediating.some((p) => p.name === name), `${name} is both rejected and remediating`);
            assert.ok(why.length > 40, `${name}: give the reason`);
        }
    });
});

describe("remediations on every case table of a remediating policy", () => {
    const { cases } = loadCases();
    for (const c of cases.filter((x) => remediating.includes(x.policy as Remediating))) {
        const p = c.policy as Remediating;
        const fields = Object.keys(p.remediation!.set).map(lastSegment);
        const remediate = (props: Props) => runRemediation(p, { type: c.type, props, config: c.config });
        const violations = (props: Props) => runResource(p, { type: c.type, props, config: c.config }).violations;

        describe(`${p.name} on ${c.type}`, () => {
            it("leaves the compliant fixture unchanged", () => {
                assert.strictEqual(remediate(structuredClone(c.compliant)).props, undefined);
            });

            let fixedSome = false;
            for (const m of c.mutations) {
                it(`mutation "${m.title}": changes only the declared fields, and leaves fewer violations`, () => {
                    const input = structuredClone(c.compliant);
                    m.mutate(input);
                    const before = violations(input);
                    const out = remediate(structuredClone(input)).props;
                    if (out === undefined) return;
                    const changed = diffPaths(input, out);
                    assert.ok(changed.length > 0, "a remediation that changes nothing must return undefined");
                    for (const path of changed) assert.ok(fields.includes(lastSegment(path)), `changed ${path}, not a declared field`);
                    const after = violations(revealSecrets(out) as Props);
                    assert.ok(after.length < before.length, `${before.length} violations before, ${after.length} after`);
                    if (after.length === 0) fixedSome = true;
                });
            }
            it("fixes at least one mutation completely", function () {
                if (c.mutations.length === 0) this.skip();
                assert.ok(fixedSome);
            });

            for (const path of c.unknownPaths ?? []) {
                it(`never turns the unknown at ${path} into a value`, () => {
                    const input = structuredClone(c.compliant);
                    setPath(input, path, UNKNOWN);
                    const out = remediate(input).props;
                    if (out !== undefined)
                        assert.deepStrictEqual(
                            diffPaths(input, out).filter((d) => path.startsWith(d) || d.startsWith(path)),
                            [],
                        );
                });
            }
        });
    }
});

const NOTEBOOK = "aws:sagemaker/notebookInstance:NotebookInstance";
const NATIVE_NOTEBOOK = "aws-native:sagemaker:NotebookInstance";
const notebook = (): Props => ({ instanceType: "ml.t3.medium", roleArn: UNKNOWN, kmsKeyId: UNKNOWN, subnetId: UNKNOWN });

describe("remediations: input → remediated input", () => {
    it("notebook root access: sets rootAccess and nothing else", () => {
        const out = runRemediation(sagemakerNotebookNoRootAccess, { type: NOTEBOOK, props: notebook() }).props;
        assert.deepStrictEqual(out, { ...notebook(), rootAccess: "Disabled" });
        const native = runRemediation(sagemakerNotebookNoRootAccess, {
            type: NATIVE_NOTEBOOK,
            props: { ...notebook(), rootAccess: "Enabled" },
        });
        assert.strictEqual(native.props?.rootAccess, "Disabled");
    });

    it("notebook IMDSv2: creates the settings block, or sets the field inside an existing one", () => {
        const created = runRemediation(sagemakerNotebookImdsv2, { type: NOTEBOOK, props: notebook() }).props;
        assert.deepStrictEqual(created, {
            ...notebook(),
            instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "2" },
        });
        const inBlock = runRemediation(sagemakerNotebookImdsv2, {
            type: NOTEBOOK,
            props: { ...notebook(), instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "1" } },
        }).props;
        assert.deepStrictEqual(inBlock?.instanceMetadataServiceConfiguration, { minimumInstanceMetadataServiceVersion: "2" });
    });

    it("training job, tuning job definitions, monitoring job definition and schedule: inter-container encryption on", () => {
        const p = sagemakerJobInterContainerEncryption;
        assert.deepStrictEqual(runRemediation(p, { type: "aws:sagemaker/trainingJob:TrainingJob", props: { roleArn: UNKNOWN } }).props, {
            roleArn: UNKNOWN,
            enableInterContainerTrafficEncryption: true,
        });
        const tuning = runRemediation(p, {
            type: "aws:sagemaker/hyperParameterTuningJob:HyperParameterTuningJob",
            props: { trainingJobDefinitions: [{ roleArn: UNKNOWN }, { roleArn: UNKNOWN, enableInterContainerTrafficEncryption: true }] },
        }).props;
        // The definitions that are there are fixed; no single `trainingJobDefinition` is invented.
        assert.deepStrictEqual(tuning, {
            trainingJobDefinitions: [
                { roleArn: UNKNOWN, enableInterContainerTrafficEncryption: true },
                { roleArn: UNKNOWN, enableInterContainerTrafficEncryption: true },
            ],
        });
        const dq = runRemediation(p, {
            type: "aws:sagemaker/dataQualityJobDefinition:DataQualityJobDefinition",
            props: { roleArn: UNKNOWN, networkConfig: { enableNetworkIsolation: true } },
        }).props;
        assert.deepStrictEqual(dq?.networkConfig, { enableNetworkIsolation: true, enableInterContainerTrafficEncryption: true });
        const byName = { monitoringScheduleConfig: { monitoringJobDefinitionName: "dq-job", monitoringType: "DataQuality" } };
        assert.strictEqual(
            runRemediation(p, { type: "aws:sagemaker/monitoringSchedule:MonitoringSchedule", props: byName }).props,
            undefined,
            "a schedule that references a separate job definition is not given an embedded one",
        );
    });

    it("KMS key rotation: symmetric keys only", () => {
        const key = (extra: Props) =>
            runRemediation(kmsKeyRotationEnabled, { type: "aws:kms/key:Key", props: { description: "phi", ...extra } }).props;
        assert.deepStrictEqual(key({}), { description: "phi", enableKeyRotation: true });
        assert.strictEqual(key({ customerMasterKeySpec: "RSA_2048" }), undefined, "asymmetric keys cannot rotate");
        assert.strictEqual(key({ customKeyStoreId: UNKNOWN }), undefined, "keys in a custom key store cannot rotate");
        const native = runRemediation(kmsKeyRotationEnabled, { type: "aws-native:kms:Key", props: { enableKeyRotation: false } }).props;
        assert.deepStrictEqual(native, { enableKeyRotation: true });
    });

    it("CloudTrail and GuardDuty: the one flag", () => {
        const trail = { name: "org", s3BucketName: UNKNOWN, kmsKeyId: UNKNOWN };
        assert.deepStrictEqual(
            runRemediation(cloudtrailTrailLogFileValidation, { type: "aws:cloudtrail/trail:Trail", props: trail }).props,
            {
                ...trail,
                enableLogFileValidation: true,
            },
        );
        assert.deepStrictEqual(
            runRemediation(cloudtrailTrailMultiRegion, {
                type: "aws:cloudtrail/trail:Trail",
                props: { ...trail, isMultiRegionTrail: false },
            }).props,
            { ...trail, isMultiRegionTrail: true },
        );
        assert.deepStrictEqual(
            runRemediation(guarddutyDetectorEnabled, { type: "aws:guardduty/detector:Detector", props: { enable: false } }).props,
            {
                enable: true,
            },
        );
        assert.strictEqual(
            runRemediation(guarddutyDetectorEnabled, { type: "aws:guardduty/detector:Detector", props: {} }).props,
            undefined,
        );
    });
});

describe("remediations: the model's rules", () => {
    const p = sagemakerNotebookImdsv2;

    it("an unknown on the path means no change, and the next Analyze says why", () => {
        for (const sentinel of Object.values(UNKNOWN_SENTINELS)) {
            for (const props of [
                { ...notebook(), instanceMetadataServiceConfiguration: sentinel },
                { ...notebook(), instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: sentinel } },
            ]) {
                assert.strictEqual(runRemediation(p, { type: NOTEBOOK, props }).props, undefined);
            }
        }
    });

    it("a secret is never touched, and other secrets pass through still wrapped", () => {
        const props = { ...notebook(), rootAccess: new Secret("Enabled"), tags: { owner: new Secret("team-a") } };
        assert.strictEqual(runRemediation(sagemakerNotebookNoRootAccess, { type: NOTEBOOK, props }).props, undefined);
        const out = runRemediation(p, { type: NOTEBOOK, props }).props!;
        assert.ok(out.rootAccess instanceof Secret && out.rootAccess.value === "Enabled");
        assert.ok((out.tags as Props).owner instanceof Secret);
        const inBlock = { ...notebook(), instanceMetadataServiceConfiguration: new Secret({ minimumInstanceMetadataServiceVersion: "1" }) };
        assert.strictEqual(runRemediation(p, { type: NOTEBOOK, props: inBlock }).props, undefined);
    });

    it("an exempt resource is left alone (not applicable), an expired exemption is not", () => {
        const exemptions = (expires: string) => [{ resource: "res", reason: "vendor image", expires }];
        const exempt = runRemediation(p, { type: NOTEBOOK, props: notebook(), config: { exemptions: exemptions("2999-01-01") } });
        assert.strictEqual(exempt.props, undefined);
        assert.match(exempt.notApplicable ?? "", /exempted: vendor image/);
        const expired = runRemediation(p, { type: NOTEBOOK, props: notebook(), config: { exemptions: exemptions("2000-01-01") } });
        assert.ok(expired.props);
    });

    it("a wrong shape is never overwritten; the Analyze after it reports the violation with the reason", () => {
        const props = { ...notebook(), instanceMetadataServiceConfiguration: "v2 please" };
        const built = toPulumiPolicy(p) as ResourceValidationPolicy; // one instance: the engine's Remediate, then Analyze
        assert.strictEqual(runRemediation(p, { type: NOTEBOOK, props }, built).props, undefined);
        const [first] = runResource(p, { type: NOTEBOOK, props }, built).violations;
        assert.match(first, /Not fixed automatically: `instanceMetadataServiceConfiguration` has an unexpected shape\./);
        assert.doesNotMatch(first, /v2 please/);
        assert.doesNotMatch(
            runResource(p, { type: NOTEBOOK, props }, built).violations[0],
            /Not fixed/,
            "the note is for the Analyze right after",
        );
    });

    it("never throws, whatever the inputs (fast-check)", function () {
        this.timeout(60_000);
        const leaf = fc.oneof(
            fc.string(),
            fc.boolean(),
            fc.integer(),
            fc.constant(null),
            fc.constantFrom(...Object.values(UNKNOWN_SENTINELS)),
            fc.string().map((s) => new Secret(s)),
        );
        const tree = fc.letrec((tie) => ({
            node: fc.oneof(
                { depthSize: "small" },
                leaf,
                fc.array(tie("node"), { maxLength: 3 }),
                fc.dictionary(fc.string(), tie("node"), { maxKeys: 3 }),
            ),
        })).node;
        const keys = new Set<string>();
        for (const x of remediating) for (const f of Object.keys(x.remediation!.set)) keys.add(f.split(".")[0]);
        const props = fc.record(
            Object.fromEntries([...keys, "trainingJobDefinitions", "trainingJobDefinition", "networkConfig"].map((k) => [k, tree])),
            {
                requiredKeys: [],
            },
        );
        fc.assert(
            fc.property(props, (input) => {
                for (const x of remediating)
                    for (const type of Object.keys(x.resources)) runRemediation(x, { type, props: input as Props });
            }),
            { numRuns: Number(process.env.FUZZ_RUNS ?? 100) },
        );
    });
});
