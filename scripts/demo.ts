// A first look without a cloud account: starts the pack as the Pulumi engine does and analyses a
// notebook that makes the usual mistakes. (Replaced by `sagemaker-guard scan` on the examples.)

import { PACK_DIR, PackProcess } from "../cli/analyzer";

async function main(): Promise<number> {
    const pack = await PackProcess.start(PACK_DIR);
    try {
        await pack.getAnalyzerInfo();
        await pack.configure({});
        const r = await pack.analyze({
            type: "aws:sagemaker/notebookInstance:NotebookInstance",
            name: "research-notebook",
            properties: { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::111122223333:role/research" },
        });
        for (const d of r.diagnostics) {
            console.log(`[${d.enforcementLevel}] [severity: ${d.severity}] ${d.policyName}  (${d.urn.split("::").slice(-2).join(": ")})`);
            console.log(`    ${d.message.split("\n").join("\n    ")}\n`);
        }
        return r.diagnostics.some((d) => d.enforcementLevel === "mandatory") ? 1 : 0;
    } finally {
        await pack.close();
    }
}

main().then(
    (code) => process.exit(code),
    (err) => {
        console.error(err instanceof Error ? err.message : err);
        process.exit(2);
    },
);
