// The JSON report renders its findings itself (cli/format-report.ts findingRenderer), so that what
// 500,000 findings repeat is rendered once (issue 24): the text must be exactly what
// `JSON.stringify(report, null, 2)` gives, for hostile strings and keys too. The fingerprint's
// joined facts are cached per message: the value must stay the one earlier baselines hold.

import * as assert from "assert";
import { createHash } from "crypto";
import { factsOf, fingerprint } from "../../cli/baseline";
import { Finding, makeFinding, Report } from "../../cli/findings";
import { ByteChunks, findingRenderer, formatJson, formatJsonChunks } from "../../cli/format-report";
import { outputBatches } from "../../cli/output";

const HOSTILE = [
    '"quoted"',
    "line\nbreak",
    "tab\there",
    "\u2028\u2029",
    "\ud800 lone",
    "back\\slash",
    "`code` and `more`",
    "<{%reset%}>",
    "é ü 漢",
];

function findings(n: number, distinctTexts: number): Finding[] {
    const out: Finding[] = [];
    for (let i = 0; i < n; i++) {
        const text = HOSTILE[i % HOSTILE.length];
        const f = makeFinding({
            policy: i % 3 ? "sagemaker-notebook-no-direct-internet" : `other-pack-policy-${i % distinctTexts}`,
            pack: i % 5 ? "sagemaker-guard" : "other",
            packVersion: "0.1.0",
            level: i % 2 ? "mandatory" : "advisory",
            severity: ["high", "", "low"][i % 3],
            urn: `urn:pulumi:dev::p::aws:s3/bucket:Bucket::b-${i}-${text}`,
            message: `description ${i % distinctTexts}\n${text} \`prop${i % 7}\` = \`"v"\`\nFix: fix ${i % distinctTexts}`,
        });
        if (i % 4 === 0) f.source = { file: `/src/${text}.ts`, line: i, column: 0 };
        if (i % 6 === 0) f.baseline = i % 12 ? "new" : "unchanged";
        if (i % 8 === 0) f.fingerprint = "f".repeat(32);
        out.push(f);
    }
    return out;
}

describe("report: the JSON text", () => {
    it("a finding renders as JSON.stringify({ ...finding, ...override }, null, 2) at its indent, members in the same order", () => {
        for (const indent of ["", "    ", "\t"]) {
            const render = findingRenderer(indent);
            for (const f of findings(200, 50)) {
                const override = { fingerprint: f.fingerprint ?? "x", controls: { hipaa: ["164.312(a)(1)"] }, extra: undefined };
                const expected = JSON.stringify({ ...f, ...override }, null, 2).replace(/\n/g, `\n${indent}`);
                assert.strictEqual(render(f, override), expected);
            }
        }
    });

    it("keys the SDK or a prototype would treat specially are members like any other", () => {
        const f = JSON.parse('{"__proto__": {"a": 1}, "constructor": "c", "toString": 3, "policy": "p", "u": null}');
        assert.strictEqual(findingRenderer("  ")(f), JSON.stringify({ ...f }, null, 2).replace(/\n/g, "\n  "));
        assert.strictEqual(findingRenderer("")({}), "{}");
    });

    it("a whole report is the canonical JSON.stringify text, past the repeated-value cache's bound", () => {
        // 12,000 distinct descriptions and fixes: the cache of repeated values is cleared on the way.
        const report: Report = {
            tool: { name: "sagemaker-guard", version: "1.0.0" },
            source: { kind: "events", path: "e" },
            findings: findings(36_000, 12_000),
            exempted: [],
        };
        const text = formatJson(report);
        assert.strictEqual(text, JSON.stringify(JSON.parse(text), null, 2) + "\n");
        const parsed = JSON.parse(text);
        assert.strictEqual(parsed.findings.length, 36_000);
        assert.ok(parsed.findings.every((f: { fingerprint?: string }) => typeof f.fingerprint === "string"));
    });

    it("the command's bytes (findings encoded as they are rendered, then gathered into writes) are the UTF-8 of that text", () => {
        // Hostile strings (a lone surrogate, a pair, U+2028) and values long enough not to be kept rendered.
        const list = findings(9_000, 3_000);
        list[17].description = "d".repeat(40_000) + "\ud83d\ude00";
        list[18].fix = "\ud800".repeat(10_000);
        const report: Report = {
            tool: { name: "sagemaker-guard", version: "1.0.0" },
            source: { kind: "events", path: "e" },
            findings: list,
            exempted: [],
        };
        const chunks = [...formatJsonChunks(report)];
        assert.ok(chunks.some((c) => Buffer.isBuffer(c)) && chunks.length > 3, "findings come encoded, in several chunks");
        const text = formatJson(report);
        assert.strictEqual(text, JSON.stringify(JSON.parse(text), null, 2) + "\n");
        const bytes = Buffer.concat([...outputBatches(chunks)].map((b) => (typeof b === "string" ? Buffer.from(b) : b)));
        assert.ok(bytes.equals(Buffer.from(text)));
        assert.ok(bytes.equals(Buffer.from(JSON.stringify(JSON.parse(text), null, 2) + "\n")));
    });

    it("a string written as encoded JSON is JSON.stringify's text, escaped or not, across buffer ends", () => {
        const strings = [
            ...HOSTILE,
            "",
            "a",
            "\u0000",
            "\u001f",
            "\u007f",
            "\udc00x",
            "\ud83d\ude00",
            "<>&'",
            "x".repeat(300_000),
            "\u2028",
        ];
        const out = new ByteChunks();
        const all: string[] = [];
        for (let i = 0; i < 40; i++) for (const s of strings) all.push(s.slice(i % 3));
        for (const s of all) out.string(s);
        out.flush();
        assert.ok(out.ready.length > 1, "more than one buffer");
        assert.ok(Buffer.concat(out.ready).equals(Buffer.from(all.map((s) => JSON.stringify(s)).join(""))));
    });

    it("the fingerprint is the one earlier baselines hold: SHA-256 over the policy, the URN and the sorted facts joined by NUL", () => {
        for (const f of findings(500, 40)) {
            const joined = ["sagemaker-guard/facts/v1", f.policy, f.urn, ...factsOf(f.problem)].join("\u0000");
            assert.strictEqual(fingerprint(f), createHash("sha256").update(joined).digest("hex").slice(0, 32));
        }
    });
});
