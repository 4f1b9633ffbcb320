// The organisation's framework through the real pack (run-policy-pack over gRPC): what
// GetAnalyzerInfo reports (what `pulumi policy publish` uploads and Pulumi Cloud shows) with
// SAGEMAKER_GUARD_FRAMEWORK unset, set to each profile's id, and set to an id the pack does not know.

import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { AnalyzerInfo, PACK_DIR, PackProcess } from "../../cli/analyzer";
import { catalog } from "../../policies/catalog";
import { FRAMEWORKS, PROFILE_FRAMEWORKS } from "../../policies/core/frameworks";

const byName = new Map(catalog.map((p) => [p.name, p]));

async function infoWith(env: Record<string, string>): Promise<AnalyzerInfo> {
    const pack = await PackProcess.start(PACK_DIR, { env });
    try {
        return await pack.getAnalyzerInfo();
    } finally {
        await pack.close();
    }
}

describe("engine: the organisation's framework in GetAnalyzerInfo", function () {
    it("without a choice: HIPAA metadata, every policy at its default level, a display name and the readme", async () => {
        const info = await infoWith({ SAGEMAKER_GUARD_FRAMEWORK: "" });
        assert.ok(!fs.existsSync(path.join(PACK_DIR, "framework.json")), "no framework.json baked in this checkout");
        const names = new Set<string>();
        for (const p of info.policies) {
            const def = byName.get(p.name)!;
            assert.strictEqual(p.enforcementLevel, def.enforcementLevel, p.name);
            assert.ok(p.displayName.length > 3 && p.displayName.length <= 60, `${p.name}: display name ${p.displayName}`);
            assert.ok(!names.has(p.displayName), `${p.name}: display name not unique`);
            names.add(p.displayName);
            const hipaa = def.controls.hipaa?.ids ?? [];
            if (hipaa.length) assert.deepStrictEqual(p.framework, { ...pick(FRAMEWORKS.hipaa), specification: hipaa.join(", ") }, p.name);
            else assert.strictEqual(p.framework, undefined, p.name);
        }
        assert.match(info.readme, /^# sagemaker-guard\n/);
        assert.match(info.readme, /no framework chosen: HIPAA Security Rule metadata/);
        assert.ok(info.tags.includes("hipaa"));
    });

    for (const fw of PROFILE_FRAMEWORKS) {
        it(`SAGEMAKER_GUARD_FRAMEWORK=${fw}: its name, version and control ids, and its profile's levels`, async () => {
            const info = await infoWith({ SAGEMAKER_GUARD_FRAMEWORK: fw });
            const profile = JSON.parse(fs.readFileSync(path.join(PACK_DIR, "profiles", `${fw}.json`), "utf8")) as Record<string, string>;
            assert.strictEqual(info.policies.length, catalog.length);
            let mapped = 0;
            for (const p of info.policies) {
                const ids = byName.get(p.name)!.controls[fw]?.ids ?? [];
                if (ids.length) {
                    mapped++;
                    assert.deepStrictEqual(p.framework, { ...pick(FRAMEWORKS[fw]), specification: ids.join(", ") }, p.name);
                } else assert.strictEqual(p.framework, undefined, p.name);
                assert.strictEqual(p.enforcementLevel, profile[p.name], `${p.name}: the level of profiles/${fw}.json`);
            }
            assert.ok(mapped > 0, `some policies map to ${fw}`);
            assert.ok(
                info.readme.includes(`${FRAMEWORKS[fw].name} ${FRAMEWORKS[fw].version} (from SAGEMAKER_GUARD_FRAMEWORK)`),
                info.readme,
            );
            assert.ok(info.tags.includes(fw));
        });
    }

    it("an unknown id stops the pack with one clear line, the value cut short and quoted", async () => {
        const hostile = `pci\u001b[31m-dss-${"x".repeat(500)}`;
        const err = await PackProcess.start(PACK_DIR, { env: { SAGEMAKER_GUARD_FRAMEWORK: hostile } }).then(
            async (p) => {
                await p.close();
                return undefined;
            },
            (e: Error) => e,
        );
        assert.ok(err, "the pack must not start");
        const lines = err!.message.split("\n").filter((l) => l.includes("sagemaker-guard:"));
        assert.strictEqual(lines.length, 1, err!.message);
        assert.match(lines[0], /SAGEMAKER_GUARD_FRAMEWORK names the framework ".{40}…", which is not one of: hipaa, nist-800-53, pci-dss/);
        assert.ok(!lines[0].includes("\u001b"), "no control characters echoed");
        assert.ok(!lines[0].includes("x".repeat(41)), "the value is cut short");
        assert.match(err!.message, /exited with code 1/);
    });
});

function pick(f: { name: string; version: string; reference: string }) {
    return { name: f.name, version: f.version, reference: f.reference };
}
