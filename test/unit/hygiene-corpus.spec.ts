// Precision and recall of the detectors on the labelled corpus (test/corpus/corpus.json).
import * as assert from "assert";
import { evaluate, table } from "../corpus/evaluate";

describe("hygiene: labelled corpus", () => {
    const r = evaluate();
    it("has at least 300 benign and 100 sensitive values", () => {
        assert.ok(r.benign >= 300, `${r.benign} benign`);
        assert.ok(r.sensitive >= 100, `${r.sensitive} sensitive`);
    });
    it("prints precision and recall per kind", () => {
        if (process.env.HYGIENE_TABLE) console.log(table());
    });
    for (const s of r.stats) {
        it(`${s.kind}: ${s.mandatory ? "no false positive on the benign set" : "precision >= 90%"}, recall >= ${s.mandatory ? 95 : 75}%`, () => {
            if (s.mandatory) assert.strictEqual(s.fpBenign, 0, "false positives on benign values");
            else assert.ok(s.precision >= 0.9, `precision ${s.precision}`);
            assert.ok(s.recall >= (s.mandatory ? 0.95 : 0.75), `recall ${s.recall}`);
        });
    }
});
