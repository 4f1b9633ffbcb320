// The generated enforcement profiles (profiles/*.json) validated the way the Pulumi engine and
// `pulumi policy validate-config` validate a policy-pack config file: each policy's properties
// (without enforcementLevel) against `{type: "object", properties, required}` from its config schema,
// with a JSON Schema validator; plus the stale check (regenerate in memory, compare with the files).

import Ajv, { ValidateFunction } from "ajv";
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { catalog } from "../../policies/catalog";
import { FRAMEWORKS, PROFILE_FRAMEWORKS } from "../../policies/core/frameworks";
import { toPulumiPolicy } from "../../policies/core/policy";
import { autofixProfile, generatedFiles, mapsTo, MATRIX_FILE, profileFor, ROOT, staleFiles } from "../../scripts/generate-profiles";
import { COVERAGE_NOTICE_TAG } from "../../policies/core/framework-choice";

const LEVELS = ["advisory", "mandatory", "remediate", "disabled"];
const PROFILE_DIR = path.join(ROOT, "profiles");

const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new Map<string, ValidateFunction>();
function validatorFor(policy: string): ValidateFunction {
    let v = validators.get(policy);
    if (!v) {
        const p = catalog.find((c) => c.name === policy)!;
        const schema = toPulumiPolicy(p).configSchema ?? { properties: {} };
        v = ajv.compile({ type: "object", properties: schema.properties, required: schema.required ?? [] });
        validators.set(policy, v);
    }
    return v;
}

/** The engine's checks on a policy-pack config file; returns the errors (empty when valid). */
export function validatePackConfig(config: unknown): string[] {
    if (config === null || typeof config !== "object" || Array.isArray(config)) return ["the config must be a JSON object"];
    const errors: string[] = [];
    const names = new Set(catalog.map((p) => p.name));
    for (const [key, value] of Object.entries(config as Record<string, unknown>)) {
        if (key === "all") {
            if (typeof value !== "string" || !LEVELS.includes(value)) errors.push(`all: not an enforcement level`);
            continue;
        }
        if (!names.has(key)) {
            errors.push(`${key}: no such policy in sagemaker-guard`);
            continue;
        }
        if (typeof value === "string") {
            if (!LEVELS.includes(value)) errors.push(`${key}: ${value} is not an enforcement level`);
            continue;
        }
        if (value === null || typeof value !== "object" || Array.isArray(value)) {
            errors.push(`${key}: must be an enforcement level or an object`);
            continue;
        }
        const { enforcementLevel, ...props } = value as Record<string, unknown>;
        if (enforcementLevel !== undefined && !LEVELS.includes(enforcementLevel as string))
            errors.push(`${key}: enforcementLevel must be one of ${LEVELS.join(", ")}`);
        const validate = validatorFor(key);
        if (!validate(props)) for (const e of validate.errors ?? []) errors.push(`${key}: ${e.instancePath || "/"} ${e.message}`);
    }
    return errors;
}

const profileFilesOnDisk = (): string[] =>
    fs.existsSync(PROFILE_DIR)
        ? fs
              .readdirSync(PROFILE_DIR)
              .filter((f) => f.endsWith(".json"))
              .sort()
        : [];

describe("profiles", () => {
    it("exist for the baseline and every framework profile, and nothing else", () => {
        assert.deepStrictEqual(
            profileFilesOnDisk(),
            ["autofix.json", "baseline.json", ...PROFILE_FRAMEWORKS.map((f) => `${f}.json`)].sort(),
        );
    });

    it("are up to date with the catalog (run `npm run generate:profiles` when this fails)", () => {
        const stale = staleFiles();
        assert.deepStrictEqual(stale, [], `stale generated files, run \`npm run generate:profiles\`: ${stale.join(", ")}`);
    });

    for (const file of ["autofix.json", "baseline.json", ...PROFILE_FRAMEWORKS.map((f) => `${f}.json`)]) {
        describe(file, () => {
            const read = () => JSON.parse(fs.readFileSync(path.join(PROFILE_DIR, file), "utf8")) as Record<string, unknown>;

            it("is a valid policy-pack config for every policy's schema", () => {
                assert.deepStrictEqual(validatePackConfig(read()), []);
            });

            it("lists every policy of the catalog explicitly, and only those", () => {
                assert.deepStrictEqual(Object.keys(read()).sort(), catalog.map((p) => p.name).sort());
            });
        });
    }

    it("baseline keeps every policy at its default level", () => {
        const baseline = profileFor(catalog);
        for (const p of catalog) assert.strictEqual(baseline[p.name], p.enforcementLevel, p.name);
    });

    it("autofix: the policies with a safe auto-fix at remediate, the rest as in baseline", () => {
        const autofix = autofixProfile(catalog);
        const baseline = profileFor(catalog);
        const fixing = catalog.filter((p) => p.kind === "resource" && p.remediation).map((p) => p.name);
        assert.ok(fixing.length > 0);
        for (const p of catalog) assert.strictEqual(autofix[p.name], fixing.includes(p.name) ? "remediate" : baseline[p.name], p.name);
    });

    for (const fw of PROFILE_FRAMEWORKS) {
        it(`${fw}: the policies mapped to ${FRAMEWORKS[fw].label} are mandatory (coverage notices excepted), the rest at their default`, () => {
            const profile = profileFor(catalog, fw);
            for (const p of catalog) {
                const raised = mapsTo(p, fw) && !p.tags?.includes(COVERAGE_NOTICE_TAG);
                assert.strictEqual(profile[p.name], raised ? "mandatory" : p.enforcementLevel, p.name);
            }
        });
    }

    it("are generated deterministically", () => {
        assert.deepStrictEqual(generatedFiles(), generatedFiles());
        assert.deepStrictEqual(generatedFiles([...catalog].reverse()), generatedFiles(), "independent of catalog order");
        assert.ok(generatedFiles()[MATRIX_FILE].includes("| policy | severity | default level | HIPAA |"));
    });

    it("the compliance matrix names every policy", () => {
        const matrix = generatedFiles()[MATRIX_FILE];
        for (const p of catalog) assert.ok(matrix.includes(`[${p.name}](policies/${p.name}.md)`), p.name);
    });
});

describe("policy-pack config validation (as the engine does it)", () => {
    const some = catalog[0].name;

    it('accepts "all", level strings, and objects with a level and exemptions', () => {
        assert.deepStrictEqual(
            validatePackConfig({
                all: "advisory",
                [some]: {
                    enforcementLevel: "mandatory",
                    exemptions: [
                        { resource: "legacy-*", reason: "vendor image", expires: "2027-03-31", approvedBy: "security@example.org" },
                    ],
                },
            }),
            [],
        );
    });

    it("rejects an exemption without a reason, for every policy", () => {
        for (const p of catalog) {
            const errors = validatePackConfig({ [p.name]: { exemptions: [{ resource: "legacy-*" }] } });
            assert.ok(
                errors.some((e) => /reason/.test(e)),
                `${p.name}: ${errors.join("; ")}`,
            );
        }
    }).timeout(120_000); // hang guard; one engine-style schema validation per policy: 90 of them

    it("rejects an empty reason or resource, a malformed expiry date, and unknown exemption fields", () => {
        for (const ex of [
            { resource: "a", reason: "" },
            { resource: "", reason: "because" },
            { resource: "a", reason: "because", expires: "31/12/2027" },
            { resource: "a", reason: "because", approved: "me" },
            "legacy-*",
        ])
            assert.ok(validatePackConfig({ [some]: { exemptions: [ex] } }).length > 0, JSON.stringify(ex));
    });

    it("rejects unknown policy names and levels", () => {
        assert.ok(validatePackConfig({ "no-such-policy": "mandatory" }).length > 0);
        assert.ok(validatePackConfig({ [some]: "strict" }).length > 0);
        assert.ok(validatePackConfig({ [some]: { enforcementLevel: "strict" } }).length > 0);
        assert.ok(validatePackConfig({ all: "everything" }).length > 0);
    });
});
