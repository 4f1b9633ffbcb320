// The text report is written a few resources a chunk (cli/format-text.ts formatTextChunks, issue 24):
// a chunk a resource made half a million writes on a large log. The chunks must join to the one text,
// end at line ends, stay bounded, and hold every resource in the report's order.

import * as assert from "assert";
import { Finding, groupByResource, makeFinding, Report } from "../../cli/findings";
import { formatText, formatTextChunks, terminalSafe } from "../../cli/format-text";

function report(n: number): Report {
    const findings: Finding[] = [];
    for (let i = 0; i < n; i++) {
        const name = i % 97 === 0 ? `evil\u001b[2J\u202e-${i}` : `nb-${i}`;
        const urn =
            i % 501 === 0 ? `urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev${i}` : `urn:pulumi:dev::p::aws:s3/bucket:Bucket::${name}`;
        for (let k = 0; k <= i % 3; k++) {
            findings.push(
                makeFinding({
                    policy: ["sagemaker-notebook-no-direct-internet", "kms-key-rotation-enabled", "other-policy"][k],
                    pack: "sagemaker-guard",
                    packVersion: "1.0.0",
                    level: (i + k) % 2 ? "mandatory" : "advisory",
                    severity: ["high", "", "low"][(i + k) % 3],
                    urn,
                    message: `description\nproblem ${i % 5}\r\nsecond line\nFix: set \`x\``,
                }),
            );
        }
    }
    return { tool: { name: "sagemaker-guard", version: "1.0.0" }, source: { kind: "events", path: "e" }, findings, exempted: [] };
}

describe("report: the text report's chunks", () => {
    it("join to the whole text, end at a line's end, stay bounded, and hold every resource once, in order", () => {
        const r = report(3_000);
        for (const verbosity of ["normal", "full", "summary"] as const) {
            const chunks = [...formatTextChunks(r, undefined, verbosity)];
            assert.strictEqual(chunks.join(""), formatText(r, undefined, verbosity));
            assert.ok(chunks.every((c) => c.endsWith("\n")));
            if (verbosity === "summary") continue;
            assert.ok(chunks.length > 10, `${chunks.length} chunks`);
            assert.ok(chunks.slice(0, -1).every((c) => c.split("\n").length < 1_200));
        }
        // Resources are blocks separated by an empty line, each headed by its name, in the groups' order.
        const blocks = formatText(r).split("\n\n").slice(0, -1);
        const groups = groupByResource(r.findings);
        assert.strictEqual(blocks.length, groups.length);
        groups.forEach((g, i) => {
            const name = g.type === "pulumi:pulumi:Stack" ? `stack ${g.name}` : g.name;
            assert.ok(blocks[i].startsWith(`${terminalSafe(name)}  ${g.type}\n`), `resource ${i}`);
            assert.strictEqual(blocks[i].split("\n").filter((l) => /^ {2}\S/.test(l)).length, g.findings.length, `resource ${i}`);
        });
    });
});
