// The generated profiles through the real pack: validated against the config schemas the pack reports
// over the analyzer protocol (what `pulumi policy publish` uploads and `pulumi policy validate-config`
// checks against), then sent with Configure; every diagnostic then carries the profile's level.

import Ajv from "ajv";
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { AnalyzerInfo, PACK_DIR, PackProcess, PolicyPackConfigFile } from "../../cli/analyzer";
import { PROFILE_FRAMEWORKS } from "../../policies/core/frameworks";

const PROFILES = ["baseline", "autofix", ...PROFILE_FRAMEWORKS].map((p) => path.join(PACK_DIR, "profiles", `${p}.json`));
const LEVELS = ["advisory", "mandatory", "remediate", "disabled"];

describe("engine: profiles", function () {
    let pack: PackProcess;
    let info: AnalyzerInfo;

    before(async () => {
        pack = await PackProcess.start(PACK_DIR);
        info = await pack.getAnalyzerInfo();
    });
    after(async () => pack?.close());

    it("every profile validates against the config schemas the pack reports", () => {
        const ajv = new Ajv({ strict: false, allErrors: true });
        const byName = new Map(info.policies.map((p) => [p.name, p]));
        for (const file of PROFILES) {
            const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
            for (const [name, entry] of Object.entries(profile)) {
                const p = byName.get(name);
                assert.ok(p, `${path.basename(file)}: ${name} is not a policy of the pack`);
                const { enforcementLevel, ...props } = (typeof entry === "string" ? { enforcementLevel: entry } : entry) as Record<
                    string,
                    unknown
                >;
                assert.ok(LEVELS.includes(enforcementLevel as string), `${path.basename(file)}: ${name} level`);
                const validate = ajv.compile({
                    type: "object",
                    properties: p!.configSchema.properties,
                    required: p!.configSchema.required ?? [],
                });
                assert.ok(validate(props), `${path.basename(file)}: ${name}: ${ajv.errorsText(validate.errors)}`);
            }
        }
    });

    it("a configured profile sets the level of every diagnostic", async () => {
        for (const file of PROFILES) {
            const profile = JSON.parse(fs.readFileSync(file, "utf8")) as PolicyPackConfigFile;
            await pack.configure(profile);
            const r = await pack.analyze({
                type: "aws:sagemaker/notebookInstance:NotebookInstance",
                name: "nb",
                properties: { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::111122223333:role/nb" },
            });
            assert.ok(r.diagnostics.length > 0);
            // A violation left after a remediation is reported as mandatory (the SDK's rule).
            const expected = (name: string) => (profile[name] === "remediate" ? "mandatory" : profile[name]);
            for (const d of r.diagnostics)
                assert.strictEqual(d.enforcementLevel, expected(d.policyName), `${path.basename(file)}: ${d.policyName}`);
        }
    });
});
