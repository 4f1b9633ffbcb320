// Precision and recall of the detectors on the two labelled corpora (test/corpus/evaluate.ts).
import * as assert from "assert";
import { evaluate, table } from "../corpus/evaluate";

describe("hygiene: regression corpus (written for this pack)", () => {
    const r = evaluate("regression");
    it("has at least 300 benign and 100 sensitive values", () => {
        assert.ok(r.benign >= 300, `${r.benign} benign`);
        assert.ok(r.sensitive >= 100, `${r.sensitive} sensitive`);
    });
    it("prints precision and recall per kind for both corpora", () => {
        if (process.env.HYGIENE_TABLE) console.log(table());
    });
    for (const s of r.stats.values()) {
        const mandatory = s.level === "mandatory";
        it(`${s.kind}: ${mandatory ? "no false positive on the benign set" : "precision >= 90%"}, recall >= ${mandatory ? 95 : 75}%`, () => {
            if (mandatory) assert.strictEqual(s.fpBenign, 0, "false positives on benign values");
            else assert.ok(s.precision >= 0.9, `precision ${s.precision}`);
            assert.ok(s.recall >= (mandatory ? 0.95 : 0.75), `recall ${s.recall}`);
        });
    }
});
