// The work counters that replace timing in the tests (test/work-counter.ts) see the work they claim to.

import * as assert from "assert";
import { countReads, measureWork, sizeOf } from "../work-counter";

describe("test/work-counter", () => {
    const s = "a".repeat(2_000);

    it("counts a linear scan as linear and a rescan from every position as quadratic", () => {
        const once = measureWork(() => /b/.test(s)).work.regexChars;
        const everyPosition = measureWork(() => {
            for (let i = 0; i < s.length; i++) /b/.test(s.slice(i));
        }).work.regexChars;
        assert.ok(once > s.length && once < 2 * s.length, String(once));
        assert.ok(everyPosition > (s.length * s.length) / 2, String(everyPosition));
    });

    it("counts regexes behind replace, split and matchAll, and global scans from lastIndex", () => {
        const { work } = measureWork(() => {
            s.replace(/a/g, "b");
            s.split(/,/);
            for (const m of s.matchAll(/aa/g)) void m;
        });
        assert.ok(work.regexCalls > 1_000 && work.regexChars < 20 * s.length, JSON.stringify(work));
    });

    it("counts string steps and reads through countReads, and restores what it patched", () => {
        const tree = countReads({ a: { b: [1, 2, 3] } });
        const { work } = measureWork(() => {
            s.indexOf("b");
            tree.a.b.forEach(() => undefined);
            return JSON.stringify(tree);
        });
        assert.ok(work.stringSteps >= s.length, JSON.stringify(work));
        assert.ok(work.reads > 5, JSON.stringify(work));
        const after = measureWork(() => undefined).work;
        tree.a.b.map((x) => x);
        assert.strictEqual(after.reads, 0);
        assert.strictEqual(RegExp.prototype.exec.name, "exec");
        assert.strictEqual(sizeOf({ ab: "xyz", c: [1] }), 1 + 2 + 4 + 1 + 3); // root, "ab", "xyz", "c", [1] with its key "0"
    });
});
