// The event log's hot path (`sagemaker-guard report` on a 230 MB log, issue 24): URN parsing by index
// instead of splitting, and duplicates dropped per resource instead of by one joined key per event.
// Both must give what the plain definitions give.

import * as assert from "assert";
import { parseEventLog } from "../../cli/events";
import { groupByResource, parseUrn, summarize } from "../../cli/findings";

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

    it("the resource groups made while reading the log are those made from the findings afresh (events without a URN, repeats, several levels)", () => {
        const event = (urn: string | undefined, policy: string, level: string, message: string) =>
            JSON.stringify({
                policyEvent: {
                    ...(urn === undefined ? {} : { resourceUrn: urn }),
                    message,
                    policyName: policy,
                    policyPackName: "sagemaker-guard",
                    policyPackVersion: "0.1.0",
                    enforcementLevel: level,
                },
            });
        const urn = (n: number) => `urn:pulumi:dev::p::aws:s3/bucket:Bucket::b${n % 7}`;
        const logs = {
            "every event on a resource": [] as string[],
            "some events on the stack (no URN)": [] as string[],
        };
        for (let i = 0; i < 60; i++) {
            const line = event(urn(i * 3), `p${i % 4}`, i % 5 === 0 ? "mandatory" : "advisory", `m${i % 9}`);
            logs["every event on a resource"].push(line);
            logs["some events on the stack (no URN)"].push(i % 11 === 0 ? event(undefined, "p9", "advisory", `s${i}`) : line);
        }
        for (const [what, lines] of Object.entries(logs)) {
            const report = parseEventLog(lines.join("\n") + "\n");
            const afresh = [...report.findings]; // another list: grouped from nothing
            const strip = (groups: ReturnType<typeof groupByResource>) =>
                groups.map((g) => ({ ...g, findings: g.findings.map((f) => `${f.policy} ${f.problem}`) }));
            assert.deepStrictEqual(strip(groupByResource(report.findings)), strip(groupByResource(afresh)), what);
            assert.deepStrictEqual(summarize(report.findings), summarize(afresh), what);
            // A caller reordering what it was given does not reorder the next caller's groups.
            groupByResource(report.findings).reverse();
            assert.deepStrictEqual(strip(groupByResource(report.findings)), strip(groupByResource(afresh)), what);
        }
    });

    it("keeps the first of each (resource, pack, policy, message), as a set of joined keys would: first findings, lists, sets, no pack", () => {
        // Small pools, so that resources have 1, a few and many (past the per-resource list) findings, repeated in any order.
        let seed = 7;
        const next = (n: number) => Math.floor((seed = (seed * 1_103_515 + 12_345) % 2_147_483_648) / 65_536) % n;
        const events: { urn: string; pack?: string; policy: string; message: string }[] = [];
        for (let i = 0; i < 4_000; i++) {
            const r = next(40);
            const many = r < 3; // three resources with up to 60 distinct findings each
            events.push({
                urn: `urn:pulumi:dev::p::aws:s3/bucket:Bucket::b${r}`,
                ...(next(6) === 0 ? {} : { pack: ["sagemaker-guard", "other"][next(2)] }),
                policy: `p${next(many ? 6 : 2)}`,
                message: `m${next(many ? 10 : 2)}`,
            });
        }
        const lines = events.map((e) =>
            JSON.stringify({
                policyEvent: {
                    resourceUrn: e.urn,
                    message: e.message,
                    policyName: e.policy,
                    ...(e.pack === undefined ? {} : { policyPackName: e.pack, policyPackVersion: "1" }),
                    enforcementLevel: "advisory",
                },
            }),
        );
        const seen = new Set<string>();
        const expected = events.filter((e) => {
            const key = JSON.stringify([e.urn, e.pack, e.policy, e.message]);
            return !seen.has(key) && !!seen.add(key);
        });
        const report = parseEventLog(lines.join("\n") + "\n");
        assert.deepStrictEqual(
            report.findings.map((f) => [f.urn, f.pack, f.policy, f.problem]),
            expected.map((e) => [e.urn, e.pack ?? "", e.policy, e.message]),
        );
        assert.ok(expected.length < events.length && expected.length > 200, `${expected.length} of ${events.length}`);
    });
});
