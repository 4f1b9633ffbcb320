// The redacting sink of a program's output (cli/redact.ts, issue 24 item 2): a line longer than the sink
// holds (1 MiB) is passed on in parts, and a decrypted value cut between two parts is still redacted.
import * as assert from "assert";
import { forgetSecrets, REDACTED, redactingSink, rememberSecret } from "../../cli/redact";

describe("redact: a program's output line longer than the sink holds", () => {
    const secret = "tok-9f3Kq7Zr2Lw8Xv5Bn1Mc";
    afterEach(() => forgetSecrets());

    it("redacts a value wherever the 1 MiB cut falls in it, and passes every other character on in order", () => {
        rememberSecret(secret);
        const chunk = 64 * 1024;
        // The value placed across each chunk boundary around the sink's limit (16 and 17 chunks make 1 MiB and more).
        for (const boundary of [16 * chunk, 17 * chunk, 18 * chunk])
            for (let inside = 1; inside < secret.length; inside += 5) {
                const at = boundary - inside;
                const line = "a".repeat(at) + secret + "b".repeat(3 * chunk);
                const out: string[] = [];
                const sink = redactingSink((t) => out.push(t));
                for (let i = 0; i < line.length; i += chunk) sink.write(line.slice(i, i + chunk));
                sink.end();
                const printed = out.join("");
                assert.ok(
                    !printed.includes(secret.slice(0, 12)) && !printed.includes(secret.slice(-12)),
                    `cut ${inside} into the value at ${boundary}`,
                );
                assert.strictEqual(printed, "a".repeat(at) + REDACTED + "b".repeat(3 * chunk));
            }
    });

    it("with nothing remembered, passes a long line on unchanged", () => {
        const out: string[] = [];
        const sink = redactingSink((t) => out.push(t));
        const line = "x".repeat(3 * 1024 * 1024 + 7);
        for (let i = 0; i < line.length; i += 100_000) sink.write(line.slice(i, i + 100_000));
        sink.end();
        assert.strictEqual(out.join(""), line);
    });
});
