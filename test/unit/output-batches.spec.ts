// How the command writes a report (cli/output.ts outputBatches): chunks gathered into writes of about
// 1 MiB, encoded straight into buffers when nothing is to be redacted, redacted otherwise, and a
// remembered value that a batch boundary cuts in two still redacted (issue 24: no value printed).

import * as assert from "assert";
import { outputBatches } from "../../cli/output";
import { forgetSecrets, REDACTED, rememberSecret } from "../../cli/redact";

const text = (batches: Iterable<string | Buffer>) =>
    Buffer.concat([...batches].map((b) => (typeof b === "string" ? Buffer.from(b) : b))).toString("utf8");

describe("output: the report's chunks as writes", () => {
    afterEach(() => forgetSecrets());

    it("with nothing to redact, the bytes are the chunks' UTF-8, in writes of at most about 1 MiB, a surrogate pair cut between chunks kept whole", () => {
        const chunks: string[] = [];
        for (let i = 0; i < 40_000; i++) chunks.push(`{"n": ${i}, "s": "é ✓ \u{1f600}"}\n`);
        chunks.push("tail \ud83d", "\ude00 end", "x".repeat(3 << 20), "\ud83d"); // a pair across chunks; one chunk over the batch size; a lone half at the end
        const batches = [...outputBatches(chunks)];
        assert.ok(batches.every((b) => Buffer.isBuffer(b)));
        assert.ok(batches.length > 2, `${batches.length} writes`);
        assert.ok(batches.slice(0, -2).every((b) => b.length <= 1 << 20));
        assert.strictEqual(Buffer.concat(batches as Buffer[]).toString("utf8"), Buffer.from(chunks.join("")).toString("utf8"));
    });

    it("chunks that come encoded (the JSON report's findings) are copied or written as they are, in order, between text chunks", () => {
        const chunks: (string | Buffer)[] = [];
        for (let i = 0; i < 3_000; i++) {
            chunks.push(`{"n": ${i}, "s": "é ✓`);
            chunks.push(Buffer.from(` \u{1f600} ${"x".repeat(i % 700)}"}`));
            if (i % 500 === 0) chunks.push(Buffer.from("y".repeat((1 << 20) + i)), Buffer.alloc(0), ""); // larger than a write; empty
        }
        // A lone first half before encoded bytes: encoded alone, as the text chunks' own would be.
        chunks.push("tail \ud83d", Buffer.from(" after"), "end \ud83d");
        const expected = Buffer.from(chunks.map((c) => (typeof c === "string" ? c : c.toString("utf8"))).join(""));
        const batches = [...outputBatches(chunks)];
        assert.ok(batches.every((b) => Buffer.isBuffer(b)));
        assert.ok(batches.length > 10, `${batches.length} writes`);
        assert.ok(Buffer.concat(batches as Buffer[]).equals(expected));
    });

    it("encoded chunks are decoded and redacted like text ones when a value is remembered", () => {
        const secret = "s3cr3t-VALUE-0123456789";
        rememberSecret(secret);
        const chunks = ["a".repeat((1 << 20) - 3), Buffer.from(secret.slice(0, 5)), secret.slice(5), Buffer.from(` é ${secret} ✓`)];
        assert.strictEqual(text(outputBatches(chunks)), `${"a".repeat((1 << 20) - 3)}${REDACTED} é ${REDACTED} ✓`);
    });

    it("a remembered value is redacted wherever the batches cut it, and nothing else changes", () => {
        const secret = "s3cr3t-VALUE-0123456789";
        rememberSecret(secret);
        for (const at of [(1 << 20) - 5, (1 << 20) - 1, 1 << 20, (2 << 20) - 11]) {
            const before = "a".repeat(at);
            const chunks = [...before.match(/[\s\S]{1,4096}/g)!, secret.slice(0, 7), secret.slice(7), "b".repeat(1 << 20), secret];
            const out = text(outputBatches(chunks));
            assert.ok(!out.includes(secret) && !out.includes(secret.slice(0, 12)), `value cut at ${at}`);
            assert.strictEqual(out, `${before}${REDACTED}${"b".repeat(1 << 20)}${REDACTED}`, `value cut at ${at}`);
        }
    });
});
