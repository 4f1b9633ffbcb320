// `report --events` no longer searches the whole log for control characters before parsing it (a pass
// over 230 MB, issue 24): a line JSON.parse takes holds none, so they are looked for only where a line is
// blank, cut or refused. A binary log must still be refused with the same error, wherever its control
// byte is, and every other log read as before: compared with the reader that searches first.

import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseEventLog, readEventLog } from "../../cli/events";
import { decodeText } from "../../cli/input";

const event = (n: number, extra = "") =>
    JSON.stringify({
        sequence: n,
        policyEvent: {
            resourceUrn: `urn:pulumi:dev::p::aws:s3/bucket:Bucket::b${n}${extra}`,
            message: "A bucket.\nFix: set `x`",
            policyName: "s3-bucket-sse-kms",
            policyPackName: "sagemaker-guard",
            policyPackVersion: "1.0.0",
            enforcementLevel: "mandatory",
        },
    });

/** What reading gives: the report (findings, warnings) or the error's message. */
function outcome(read: () => ReturnType<typeof parseEventLog>): unknown {
    try {
        const r = read();
        return { findings: r.findings.map((f) => f.urn), warnings: r.warnings, fixed: r.fixed?.length };
    } catch (e) {
        return { error: (e as Error).message };
    }
}

describe("report: a binary event log, found without a search of the whole log", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sg-binary-log-"));
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("gives what searching first gives, for every control character in every place a line can hold it", () => {
        const good = [event(1), event(2), JSON.stringify({ summaryEvent: { PolicyPacks: { "sagemaker-guard": "1" } } })];
        const logs: string[] = [good.join("\n") + "\n", good.join("\r\n"), "{\n", "", "\n\n", `{"x": 1}\n`];
        const controls = ["\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u000e", "\u001b", "\u001f"];
        for (const c of controls) {
            logs.push(
                [good[0], c, good[1]].join("\n"), // a line of it alone (blank to trim() for VT and FF)
                [good[0], ` ${c} `, good[1]].join("\n"),
                [good[0], good[1].replace("b2", `b2${c}`)].join("\n"), // inside a string
                [good[0], `${good[1]}${c}`].join("\n") + "\n", // after an event
                [good[0], good[1], good[2].slice(0, 20) + c].join("\n"), // in a cut last line
                [`{"notAnEvent": 1}`, good[0], c].join("\n"), // after a line that is not an event
                ["{", c].join("\n"), // after the summary's first line
                c + "\n",
                [good[0], "not json", c].join("\n"),
                [good[0], good[1]].join(`\n${c}\n`) + "\n" + good[2].slice(0, 9),
            );
        }
        let binary = 0;
        logs.forEach((text, i) => {
            const file = path.join(dir, `log-${i}.ndjson`);
            fs.writeFileSync(file, text);
            const searchingFirst = outcome(() => parseEventLog(decodeText(Buffer.from(text), "event log", file), file));
            assert.deepStrictEqual(
                outcome(() => readEventLog(file)),
                searchingFirst,
                JSON.stringify(text),
            );
            if (JSON.stringify(searchingFirst).includes("is not text (it holds control bytes)")) binary++;
        });
        assert.strictEqual(binary, controls.length * 10, "every log with a control byte refused as binary");
    });
});
