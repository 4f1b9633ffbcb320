// Counts the three answers the engine records (failed / not applicable / passed) for the bundled
// examples, with this checkout's pack and, optionally, another checkout's (a before/after):
//
//   npx ts-node bench/not-applicable-counts.ts [../other-checkout]
//
// Per resource: the resource policies (Analyze, after Remediate as the engine does); per stack: the
// stack policies (AnalyzeStack). Passed = policies of the kind - failed - not applicable
// (pulumi/pulumi pkg/resource/analyzer/summary.go).

import * as path from "path";
import { PACK_DIR, PackProcess } from "../cli/analyzer";
import { runProgram } from "../cli/program";

const EXAMPLES = ["healthcare-ml-compliant", "healthcare-ml-noncompliant"];

async function count(packDir: string, example: string): Promise<Record<string, number>> {
    const target = await runProgram(path.join(__dirname, "..", "examples", example), {});
    const pack = await PackProcess.start(packDir, { stack: target.stack, project: target.project });
    try {
        const info = await pack.getAnalyzerInfo();
        await pack.configure({});
        const resourcePolicies = info.policies.filter((p) => p.policyType !== "stack").length;
        const stackPolicies = info.policies.length - resourcePolicies;
        const out = {
            resources: target.resources.length,
            resourceFailed: 0,
            resourceNotApplicable: 0,
            resourcePassed: 0,
            stackFailed: 0,
            stackNotApplicable: 0,
            stackPassed: 0,
        };
        for (const r of target.resources) {
            await pack.remediate(r);
            const a = await pack.analyze(r);
            const failed = new Set(a.diagnostics.map((d) => d.policyName)).size;
            out.resourceFailed += failed;
            out.resourceNotApplicable += a.notApplicable.length;
            out.resourcePassed += resourcePolicies - failed - a.notApplicable.length;
        }
        const s = await pack.analyzeStack(target.resources);
        out.stackFailed = new Set(s.diagnostics.map((d) => d.policyName)).size;
        out.stackNotApplicable = s.notApplicable.length;
        out.stackPassed = stackPolicies - out.stackFailed - out.stackNotApplicable;
        return out;
    } finally {
        await pack.close();
    }
}

async function main(): Promise<void> {
    const packs = [
        ["this checkout", PACK_DIR],
        ...(process.argv[2] ? [[path.basename(process.argv[2]), path.resolve(process.argv[2])]] : []),
    ];
    for (const example of EXAMPLES) {
        for (const [label, dir] of packs) console.log(example, label, JSON.stringify(await count(dir, example)));
    }
}

main().catch((err) => {
    console.error(err);
    process.exit(1);
});
