// Text output on hostile names and messages: no control character reaches the terminal but our colours.

import * as assert from "assert";
import { parseEventLog } from "../../cli/events";
import { colors, formatText, terminalSafe } from "../../cli/format-text";
import { cli, eventLog, tmpdir, write } from "./cli-fixtures";

const ATTACKS = [
    "\u001b[2J\u001b[H", // clear the screen, cursor home
    "\u001b]0;pwned\u0007", // window title
    "\u001b]8;;https://x.example\u001b\\click\u001b]8;;\u001b\\", // OSC 8 hyperlink
    "\u001b[1A\u001b[2K", // cursor up, erase line
    "ok\rNo findings.", // lone CR overwrites the line
    "\u009b31m\u0085\u007f", // C1 CSI, NEL, DEL
    "\u202eevil\u202c", // right-to-left override
];

/** Every ESC in `s` starts one of our colour codes. */
function onlyOurColours(s: string): void {
    // eslint-disable-next-line no-control-regex
    const withoutOurs = s.replace(/\u001b\[(?:1|2|22|31|32|33|35|36|39)m/g, "");
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(withoutOurs, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
}

describe("hostile cli: text output", function () {
    const events = ATTACKS.flatMap((a) => [
        { resourceUrn: `urn:pulumi:dev::clinical::aws:s3/bucket:Bucket::b${a}` },
        { message: `problem ${a}\nFix: ${a}`, policyName: `p${a}`, enforcementLevel: "advisory" },
    ]);
    const log = eventLog(events, { stack: `dev${ATTACKS[0]}` });

    it("shows control characters as visible escapes; only our colours are left", () => {
        const report = parseEventLog(log, "x.ndjson");
        for (const on of [false, true]) onlyOurColours(formatText(report, colors(on)));
        const text = formatText(report, colors(false));
        assert.match(text, /b\\u\{1b\}\[2J\\u\{1b\}\[H/, "the name is still readable");
        assert.strictEqual(terminalSafe("a\tb\u0007"), "a b\\u{7}");
    });

    it("`report --format text --color` on the hostile log: exit 0, nothing but our escapes", function () {
        this.timeout(60_000);
        const r = cli(["report", "--events", write(tmpdir(), "esc.ndjson", log), "--format", "text", "--color"], { timeoutMs: 45_000 });
        assert.strictEqual(r.code, 0, r.stderr);
        onlyOurColours(r.stdout);
        onlyOurColours(r.stderr);
        assert.ok(r.stdout.includes("\u001b[31m"), "our colours are on");
    });

    it("errors and warnings on stderr are escaped too", function () {
        this.timeout(60_000);
        const r = cli(["report", "--events", `no-such\u001b]0;title\u0007.ndjson`], { timeoutMs: 45_000 });
        assert.strictEqual(r.code, 2);
        onlyOurColours(r.stderr);
        assert.match(r.stderr, /no-such\\u\{1b\}\]0;title\\u\{7\}\.ndjson: ENOENT/);
    });
});
