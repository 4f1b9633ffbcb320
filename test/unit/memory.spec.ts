import * as assert from "assert";
import { collectGarbage } from "../../policies/core/memory";

describe("core/memory: collectGarbage", () => {
    it("frees unreachable objects at once (the SDK's per-stack-policy garbage on a large stack)", () => {
        let garbage: number[][] | undefined = Array.from({ length: 64 }, () => new Array(131_072).fill(1.5)); // ~64 MB
        const held = process.memoryUsage().heapUsed;
        assert.ok(garbage.length === 64);
        garbage = undefined;
        collectGarbage();
        const after = process.memoryUsage().heapUsed;
        assert.ok(held - after > 32 * 2 ** 20, `heap ${(held / 2 ** 20).toFixed(0)} MB -> ${(after / 2 ** 20).toFixed(0)} MB`);
    });

    it("can be called again", () => {
        collectGarbage();
        collectGarbage();
    });
});
