// The linear-time matchers of core/patterns and hygiene/patterns: the wildcard matcher proven equal to a naive
// reference (and to the regular expression it replaced) on generated input, and organisation
// regexes on RE2 proven equal to RegExp on ordinary patterns, linear on the hostile ones.

import * as assert from "assert";
import fc from "fast-check";
import { wildcardMatch } from "../../policies/core/patterns";
import { compileLinearRegExp, LinearRegExp, MAX_ORG_PROGRAM_SIZE } from "../../policies/hygiene/patterns";
import { measureWork } from "../work-counter";

/** The textbook dynamic programme over (pattern position, subject position): obviously right, O(n·m) memory. */
function naiveWildcard(pattern: string, subject: string): boolean {
    const n = pattern.length;
    const m = subject.length;
    // ok[i][j]: pattern[i..] matches subject[j..]
    const ok: boolean[][] = Array.from({ length: n + 1 }, () => new Array<boolean>(m + 1).fill(false));
    ok[n][m] = true;
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m; j >= 0; j--) {
            const p = pattern[i];
            if (p === "*") ok[i][j] = ok[i + 1][j] || (j < m && ok[i][j + 1]);
            else ok[i][j] = j < m && (p === "?" || p === subject[j]) && ok[i + 1][j + 1];
        }
    }
    return ok[0][0];
}

/** The regular expression the matcher replaced (fine on short input). */
function oldRegExp(pattern: string, caseInsensitive: boolean): RegExp {
    const body = pattern
        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*")
        .replace(/\?/g, ".");
    return new RegExp(`^${body}$`, caseInsensitive ? "is" : "s");
}

/** Character reads and scans while `f` runs: deterministic, unlike its time (test/work-counter.ts). */
const steps = (f: () => unknown): number => {
    const { work } = measureWork(f);
    return work.stringSteps + work.regexChars;
};

// Small alphabets make matches (and near misses) frequent.
const patternArb = fc.string({ unit: fc.constantFrom("a", "b", "A", ":", "*", "?", "\n", "."), maxLength: 12 });
const subjectArb = fc.string({ unit: fc.constantFrom("a", "b", "A", "B", ":", "\n", ".", "é"), maxLength: 16 });

describe("core/patterns: wildcardMatch", function () {
    this.timeout(60_000);
    it("equals the naive reference on generated patterns and subjects", () => {
        fc.assert(
            fc.property(patternArb, subjectArb, (p, s) => wildcardMatch(p, s) === naiveWildcard(p, s)),
            { numRuns: 10_000 },
        );
    });

    it("equals the RegExp it replaced, case-sensitive and not", () => {
        fc.assert(
            fc.property(patternArb, subjectArb, fc.boolean(), (p, s, ci) => wildcardMatch(p, s, ci) === oldRegExp(p, ci).test(s)),
            { numRuns: 10_000 },
        );
    });

    it("matches subjects built from the pattern (every wildcard filled in)", () => {
        fc.assert(
            fc.property(patternArb, fc.array(fc.string({ maxLength: 4 }), { minLength: 12, maxLength: 12 }), (p, fills) => {
                let k = 0;
                const s = p.replace(/[*?]/g, (w) => (w === "*" ? fills[k++] : (fills[k++][0] ?? "x")));
                return wildcardMatch(p, s);
            }),
            { numRuns: 5_000 },
        );
    });

    it("handles IAM's cases: service prefixes, case, `?`, empty pattern", () => {
        assert.ok(wildcardMatch("s3:Get*", "s3:GetObject", true));
        assert.ok(wildcardMatch("S3:GET*", "s3:GetObject", true));
        assert.ok(!wildcardMatch("S3:GET*", "s3:GetObject", false));
        assert.ok(wildcardMatch("iam:Pass?ole", "iam:PassRole", true));
        assert.ok(!wildcardMatch("iam:Pass?ole", "iam:PasRole", true));
        assert.ok(wildcardMatch("*", ""));
        assert.ok(!wildcardMatch("", "a"));
        assert.ok(wildcardMatch("a*b*c", "aXbYbc"));
        assert.ok(!wildcardMatch("a*b*c", "aXbYbcd"));
        // One code unit per `?`, also for characters whose lower case is longer (İ → i̇).
        assert.ok(wildcardMatch("?", "İ", true));
    });

    it("does linear work on the patterns that made the RegExp backtrack", () => {
        for (const n of [26, 40, 1000, 100_000]) {
            const pattern = "*".repeat(n) + "!";
            const subject = "a".repeat(10_000);
            const s = steps(() => wildcardMatch(pattern, subject, true));
            assert.ok(s <= 4 * (pattern.length + subject.length), `${n} stars: ${s} steps`);
            assert.strictEqual(wildcardMatch(pattern, "a".repeat(40) + "!"), true);
        }
        const glob = "*?".repeat(5_000) + "!";
        const subject = "urn:pulumi:dev::p::aws:s3/bucket:Bucket::" + "b".repeat(20_000);
        const s = steps(() => wildcardMatch(glob, subject));
        assert.ok(s <= 4 * (glob.length + subject.length), `${s} steps`);
    });
});

describe("hygiene/patterns: LinearRegExp (RE2)", function () {
    this.timeout(60_000);
    const ORDINARY = [
        "\\bH\\d{8}\\b",
        "SUBJ-\\d{6}",
        "\\b(?:MRN|med(?:ical)?[ _-]?rec(?:ord)?)[ :#=]{0,3}\\d{5,12}\\b",
        "(?<![0-9])\\d{9}",
        "[A-Z]{2}-\\d+",
        "^study-[a-z]+$",
        "a|b|c",
        "(x)(y)?",
    ];
    const TEXTS = [
        "",
        "H12345678",
        "patient SUBJ-004211 and SUBJ-12",
        "MRN: 00482913, med rec 1234567",
        "id 123456789 x1234567890",
        "AB-12 cd-345",
        "study-abc",
        "xy x",
    ];

    it("finds the same matches as RegExp on ordinary patterns (global exec loops)", () => {
        for (const src of ORDINARY) {
            const linear = compileLinearRegExp(src, "gi");
            assert.ok(linear instanceof LinearRegExp, `${src}: ${linear}`);
            const native = new RegExp(src, "gi");
            for (const text of TEXTS) {
                const got: [number, string][] = [];
                const want: [number, string][] = [];
                for (let m = linear.exec(text); m; m = linear.exec(text)) got.push([m.index, m[0]]);
                for (let m = native.exec(text); m; m = native.exec(text)) want.push([m.index, m[0]]);
                assert.deepStrictEqual(got, want, `${src} on ${JSON.stringify(text)}`);
                assert.strictEqual(linear.lastIndex, 0);
                assert.deepStrictEqual(
                    [...text.matchAll(linear)].map((m) => m[0]),
                    [...text.matchAll(native)].map((m) => m[0]),
                );
                assert.strictEqual(text.replace(linear, "#"), text.replace(native, "#"));
            }
        }
    });

    it("equals RegExp on generated subjects for a generated literal-and-class pattern", () => {
        const atom = fc.constantFrom("a", "b", "\\d", "[ab]", "x?", "\\w+", "c{1,3}", "(?:a|bc)");
        fc.assert(
            fc.property(
                fc.array(atom, { minLength: 1, maxLength: 5 }),
                fc.string({ unit: fc.constantFrom("a", "b", "c", "1", "x", " "), maxLength: 20 }),
                (atoms, text) => {
                    const src = atoms.join("");
                    const linear = compileLinearRegExp(src, "g") as LinearRegExp;
                    const native = new RegExp(src, "g");
                    const a = [...text.matchAll(linear)].map((m) => `${m.index}:${m[0]}`);
                    const b = [...text.matchAll(native)].map((m) => `${m.index}:${m[0]}`);
                    return a.join() === b.join();
                },
            ),
            { numRuns: 500 },
        );
    });

    it("refuses what RE2 cannot run, with a reason and without throwing", () => {
        assert.match(String(compileLinearRegExp("(a)\\1", "g")), /back-reference/);
        assert.match(String(compileLinearRegExp("(?<n>a)\\k<n>", "g")), /back-reference/);
        assert.match(String(compileLinearRegExp("a(?=b)", "g")), /lookahead/);
        assert.match(String(compileLinearRegExp("a(?!b)", "g")), /lookahead/);
        assert.match(String(compileLinearRegExp("(?<=(a))b", "g")), /capturing group in a lookbehind/);
        assert.match(String(compileLinearRegExp("[unclosed", "g")), /not a valid regular expression/);
        assert.match(String(compileLinearRegExp("[\\s\\S]{1,999}\\d[\\s\\S]{1,999}z", "g")), new RegExp(`at most ${MAX_ORG_PROGRAM_SIZE}`));
    });

    it("runs the alternations that made RegExp backtrack in linear time", () => {
        for (const src of ["(\\d|\\w)+!", "(\\d|\\d)+x", "(\\w|[0-9])+!", "(a+)+$", "(.*a){20}"]) {
            const re = compileLinearRegExp(src, "gi") as LinearRegExp;
            assert.ok(re instanceof LinearRegExp, src);
            for (const unit of ["1", "a"]) {
                const run = (n: number) => {
                    re.lastIndex = 0;
                    return steps(() => re.exec(unit.repeat(n) + "b"));
                };
                const [small, large] = [16 * 1024, 32 * 1024].map(run);
                assert.ok(large <= 2.2 * small + 1_000, `${src}: ${small} steps on 16 KiB, ${large} on 32 KiB`);
            }
        }
    });

    it("scans each value up to its share of the work budget", () => {
        const simple = compileLinearRegExp("x\\d", "g") as LinearRegExp;
        assert.ok(simple.maxChars >= 64 * 1024, "an ordinary pattern scans whole values");
        const complex = compileLinearRegExp("[a-z]{1,400}x", "g") as LinearRegExp;
        assert.ok(complex.maxChars < 64 * 1024 && complex.maxChars >= 4_000, String(complex.maxChars));
        const far = "a ".repeat(complex.maxChars) + "abx";
        assert.strictEqual(complex.exec(far), null, "a match beyond the budget is not reached");
        complex.lastIndex = 0;
        assert.strictEqual(complex.exec("abx")?.[0], "abx");
    });
});
