// The event log's hot path (`sagemaker-guard report` on a 230 MB log, issue 24): URN parsing by index
// instead of splitting, and duplicates dropped per resource instead of by one joined key per event.
// Both must give what the plain definitions give.

import * as assert from "assert";
import { parseEventLog } from "../../cli/events";
import { parseUrn } from "../../cli/findings";

/** The definition: `urn:pulumi:<stack>::<project>::<qualified type>::<name>`, split on `::`. */
function parseUrnBySplit(urn: string) {
    const parts = urn.split("::");
    if (parts.length < 4 || !parts[0].startsWith("urn:pulumi:")) return undefined;
    return {
        stack: parts[0].slice("urn:pulumi:".length),
        project: parts[1],
        type: parts[2].split("$").pop()!,
        name: parts.slice(3).join("::"),
    };
}

describe("report: URNs and repeated events", () => {
    it("parseUrn gives what splitting on `::` gives, for every string of up to 6 pieces of URN syntax", () => {
        const pieces = ["urn:pulumi:", ":", "::", "a", "$", "b:c"];
        let checked = 0;
        const walk = (s: string, depth: number): void => {
            if (depth === 0) {
                checked++;
                assert.deepStrictEqual(parseUrn(s), parseUrnBySplit(s), JSON.stringify(s));
                return;
            }
            for (const p of pieces) walk(s + p, depth - 1);
        };
        for (let d = 1; d <= 6; d++) walk("", d);
        assert.ok(checked > 50_000, `${checked} strings`);
    });

    it("drops an event repeated on the same resource, keeps the same finding on other resources, on many findings per resource too", () => {
        const event = (urn: string, policy: string, message: string) =>
            JSON.stringify({
                policyEvent: {
                    resourceUrn: urn,
                    message,
                    color: "never",
                    policyName: policy,
                    policyPackName: "sagemaker-guard",
                    policyPackVersion: "0.1.0",
                    enforcementLevel: "advisory",
                },
            });
        const urn = (n: number) => `urn:pulumi:dev::p::aws:s3/bucket:Bucket::b${n}`;
        const lines: string[] = [];
        // Resource 0: 30 distinct findings (past the per-resource list), each written twice.
        for (let round = 0; round < 2; round++) for (let i = 0; i < 30; i++) lines.push(event(urn(0), `p${i % 3}`, `m${i}`));
        // The same finding on three resources, each once; and one repeated on resource 1.
        for (const n of [1, 2, 3, 1]) lines.push(event(urn(n), "p0", "m0"));
        const report = parseEventLog(lines.join("\n") + "\n");
        assert.strictEqual(report.findings.length, 30 + 3);
        assert.strictEqual(report.findings.filter((f) => f.urn === urn(0)).length, 30);
    });
});
