// The outside corpora (issue 28, part 4: outside-2026-12 to outside-2027-13): their files are what the
// committed candidates give, every value sits in the half its hash says, every source is named, and the
// scorer never prints a value. No detector runs on either corpus here: the held-out halves are scored
// once, by the lead.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import {
    build,
    DEFAULT_SET,
    halfOf,
    KIND_LEVEL,
    OutsideFile,
    outsideSets,
    setArg,
    setDir,
    UNSCORED_HELDOUT,
} from "../corpus/build-outside";
import { details, emptyScore, Score, score, table } from "../corpus/evaluate-outside";

/** The issue asks for 600 values a set; outside-2027-03 has the 406, outside-2027-04 the 278, outside-2027-07 the 368, outside-2027-08 the 587 outside-2027-12 the 446, outside-2027-20 the 569 and outside-2027-21 the 567 their sources honestly gave (their ABOUT.md says why). */
const MIN_VALUES: Readonly<Record<string, number>> = {
    "outside-2026-12": 600,
    "outside-2027-01": 600,
    "outside-2027-02": 600,
    "outside-2027-03": 400,
    "outside-2027-04": 270,
    "outside-2027-05": 600,
    "outside-2027-06": 600,
    "outside-2027-07": 360,
    "outside-2027-08": 580,
    "outside-2027-09": 800,
    "outside-2027-10": 990,
    "outside-2027-11": 1350,
    "outside-2027-12": 440,
    "outside-2027-13": 600,
    "outside-2027-14": 700,
    "outside-2027-15": 650,
    "outside-2027-16": 600,
    "outside-2027-17": 600,
    "outside-2027-18": 600,
    "outside-2027-19": 800,
    "outside-2027-20": 565,
    "outside-2027-21": 560,
    "outside-2027-22": 900,
};

for (const set of Object.keys(MIN_VALUES))
    describe(`${set} corpus: files and split`, () => {
        const built = build(set);
        const read = (f: string) => fs.readFileSync(path.join(setDir(set), f), "utf8");
        const halves = [JSON.parse(read("tuning.json")), JSON.parse(read("heldout.json"))] as OutsideFile[];
        it("tuning.json, heldout.json and SOURCES.md are what candidates.json gives", () => {
            assert.strictEqual(read("tuning.json"), JSON.stringify(built.tuning, null, 1) + "\n");
            assert.strictEqual(read("heldout.json"), JSON.stringify(built.heldout, null, 1) + "\n");
            assert.strictEqual(read("SOURCES.md"), built.sourcesMd);
        });
        it(`holds at least ${MIN_VALUES[set]} values, each half between 40% and 60% of them`, () => {
            const [t, h] = halves.map((f) => f.entries.length);
            assert.ok(t + h >= MIN_VALUES[set], `${t + h} values`);
            for (const n of [t, h]) assert.ok(n >= 0.4 * (t + h) && n <= 0.6 * (t + h), `${t} / ${h}`);
        });
        it("puts every value in the half of its hash (repository, path, value), under a unique id", () => {
            const ids = new Set<string>();
            for (const f of halves)
                for (const e of f.entries) {
                    assert.strictEqual(e.half, f.half, e.id);
                    assert.strictEqual(halfOf(f.sources[e.source], e.value), f.half, e.id);
                    assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
                    ids.add(e.id);
                }
        });
        it("names repository, path, commit and licence of every value's source, and labels every value", () => {
            for (const f of halves)
                for (const e of f.entries) {
                    const s = f.sources[e.source];
                    assert.ok(s && s.repo && s.path && /^[0-9a-f]{40}$/.test(s.commit) && s.licence, e.id);
                    assert.ok(e.kind === "benign" || e.kind in KIND_LEVEL, `${e.id}: ${e.kind}`);
                    assert.strictEqual(e.mandatory, e.kind !== "benign" && KIND_LEVEL[e.kind] === "mandatory", e.id);
                }
        });
        it("the scorer's details name ids, labels and sources of its values, never a value (no detector runs)", () => {
            // Every entry as a miss and as a false positive: the most the scorer ever prints about them.
            for (const f of halves) {
                const s: Score = {
                    ...emptyScore(f),
                    misses: f.entries,
                    falsePositives: f.entries.map((e) => ({ e, by: ["hygiene-no-credentials" as const] })),
                };
                const out = [table(s, set), ...details(s)].join("\n");
                // A value that is also part of a source's path (a C-CDA document's id is its file's name) is printed as provenance.
                const named = Object.keys(f.sources).join("\n");
                for (const e of f.entries)
                    if (e.value.length >= 12 && !named.includes(e.value))
                        assert.ok(!out.includes(e.value), `${e.id}: its value was printed`);
            }
        });
    });

describe("outside corpora: the set option", () => {
    it("defaults to outside-2026-12 and takes --set <name>", () => {
        assert.strictEqual(setArg(["node", "x", "--half", "tuning"]), DEFAULT_SET);
        assert.strictEqual(setArg(["node", "x", "--set", "outside-2027-01", "--half", "tuning"]), "outside-2027-01");
    });
    it("names only existing sets as not yet scored, and every set has a size floor here", () => {
        for (const s of UNSCORED_HELDOUT) assert.ok(outsideSets().includes(s), s);
        assert.deepStrictEqual(outsideSets(), Object.keys(MIN_VALUES).sort());
    });
    it("refuses a set that is not an outside directory name", () => {
        assert.throws(() => setDir("../corpus"), /not an outside set/);
        assert.throws(() => setDir("outside-2027-01/../x"), /not an outside set/);
    });
});

describe("outside-2026-12 scorer", () => {
    // Synthetic entries (not from the corpus): the printed table and details name ids, never values.
    const values = ["Zq9xK2mP7vL4wR8tYb3N", "ghp_0123456789abcdefghijABCDEFGHIJ012345", "not-a-secret-lookalike-77"];
    const file: OutsideFile = {
        note: "",
        half: "tuning",
        sources: { "x/y:z": { repo: "x/y", path: "z", commit: "0".repeat(40), licence: "MIT" } },
        entries: [
            {
                id: "o1",
                half: "tuning",
                mandatory: true,
                value: values[0],
                kind: "password-literal",
                class: "c",
                syntax: "yaml",
                line: `db_password: ${values[0]}`,
                source: "x/y:z",
                origin: "a",
            },
            {
                id: "o2",
                half: "tuning",
                mandatory: true,
                value: values[1],
                kind: "github-token",
                class: "c",
                syntax: "env",
                key: "GH_TOKEN",
                source: "x/y:z",
                origin: "b",
            },
            {
                id: "o3",
                half: "tuning",
                mandatory: false,
                value: values[2],
                kind: "benign",
                class: "c",
                syntax: "prose",
                line: values[2],
                source: "x/y:z",
                origin: "c",
            },
        ],
    };
    it("prints per-kind, per-class and per-policy tables without any value", () => {
        const s = score(file);
        const out = [table(s), ...details(s)].join("\n");
        assert.match(out, /\| github-token \| mandatory \| 1 \|/);
        for (const v of values) assert.ok(!out.includes(v), "a value was printed");
    });
});
