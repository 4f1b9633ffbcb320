// The Markdown report (a pull-request comment) on hostile input, checked through a real renderer
// (markdown-it with linkify, stricter than GitHub: it also links bare domains): no link, image,
// heading, HTML or @mention that we did not write, and never over GitHub's comment limit.

import * as assert from "assert";
import MarkdownIt from "markdown-it";
import { parseEventLog } from "../../cli/events";
import { Report } from "../../cli/findings";
import { formatMarkdown, GITHUB_COMMENT_LIMIT } from "../../cli/format-report";
import { DOCS_BASE_URL } from "../../policies/core/policy";
import { measureWork } from "../work-counter";
import { cli, eventLog, manyFindings, tmpdir, write } from "./cli-fixtures";

const OUR_LINKS = [DOCS_BASE_URL, "https://github.com/sagemaker-guard/sagemaker-guard/"];
const OUR_HTML = /^<\/?(details|summary|sub|b)>$/;

interface Rendered {
    links: string[];
    images: number;
    headings: string[];
    html: string[];
    /** Text outside code, where GitHub would turn `@name` into a mention. */
    text: string;
    code: string;
}

function render(md: string): Rendered {
    const it = new MarkdownIt({ html: true, linkify: true });
    const r: Rendered = { links: [], images: 0, headings: [], html: [], text: "", code: "" };
    const walk = (tokens: ReturnType<typeof it.parse>) => {
        for (const t of tokens) {
            if (t.type === "link_open") r.links.push(String(t.attrGet("href") ?? ""));
            if (t.type === "image") r.images++;
            if (t.type === "heading_open") r.headings.push(t.tag);
            if (t.type === "html_inline" || t.type === "html_block") for (const m of t.content.matchAll(/<[^>]*>?/g)) r.html.push(m[0]);
            if (t.type === "text") r.text += t.content + "\n";
            if (t.type === "code_inline" || t.type === "fence") r.code += t.content + "\n";
            if (t.children) walk(t.children);
        }
    };
    walk(it.parse(md, {}));
    return r;
}

function assertOnlyOurs(md: string, headings: string[]): Rendered {
    const r = render(md);
    for (const l of r.links)
        assert.ok(
            OUR_LINKS.some((o) => l.startsWith(o)),
            `a link we did not write: ${l}`,
        );
    assert.strictEqual(r.images, 0, "an image");
    assert.deepStrictEqual(r.headings, headings);
    for (const h of r.html) assert.match(h, OUR_HTML);
    assert.doesNotMatch(r.text, /(^|[^\w`])@[A-Za-z0-9-]+/m, "a mention outside code");
    return r;
}

const HOSTILE = [
    "nb` [Approve this PR](https://x.example/a) `x",
    "![](https://x.example/t.png)",
    "ok\r## ✅ no violations",
    "```\nopen fence",
    "<img src=x onerror=alert(1)> <details open>",
    "@org/team and mail@example.com www.example.com https://example.com",
    "[x]: https://x.example/ref [x]",
    "*emph* _u_ ~~s~~ &#64;org &lt;b&gt;",
];

function hostileReport(): Report {
    const events = HOSTILE.flatMap((h, i) => [
        { resourceUrn: `urn:pulumi:dev::clinical::aws:s3/bucket:Bucket::${h}` },
        { message: `Bad thing ${i}: ${h}\nFix: set \`${h}\`` },
        { policyName: `pol|${h}|${i}`, policyPackName: "other-pack", enforcementLevel: "advisory" },
    ]);
    const report = parseEventLog(eventLog(events, { stack: `prod ${HOSTILE.join(" ")}` }), "hostile.ndjson");
    report.exempted = HOSTILE.map((h) => ({ policy: `p ${h}`, urn: `urn:pulumi:dev::c::t::${h}`, reason: `because ${h}` }));
    return report;
}

describe("hostile cli: Markdown report", function () {
    it("renders no link, image, heading, HTML or mention that we did not write", () => {
        const report = hostileReport();
        const md = formatMarkdown(report);
        const resources = new Set(report.findings.map((f) => f.urn)).size;
        const r = assertOnlyOurs(md, ["h2", "h3", ...Array(resources).fill("h4")]);
        // escaped, not dropped: the reviewer still sees what the names say
        assert.ok(r.code.includes("nb` [Approve this PR](https://x.example/a) `x"), "a name in a code span, verbatim");
        assert.ok(r.text.replace(/\u200b/g, "").includes("![](https://x.example/t.png)"), "a message as plain text");
        assert.ok(!/\r/.test(md), "no CR left");
    });

    it("keeps the table cells of a policy name with `|`", () => {
        const report = hostileReport();
        report.findings = report.findings.filter((f) => f.level === "advisory");
        const md = formatMarkdown(report, 4_000); // too small for the items: the per-policy summary table

        assert.match(md, /\| Policy \| Resources \|/);
        const html = new MarkdownIt().render(md);
        const rows = html.split("<tr>").filter((row) => row.includes("pol|"));
        assert.strictEqual(rows.length, HOSTILE.length);
        for (const row of rows) assert.strictEqual(row.split("<td").length - 1, 2, row);
    });

    it("stays under GitHub's limit whatever counts: long reasons, a huge stack name, 100,000 findings", () => {
        const report = parseEventLog(eventLog(manyFindings(100_000), { stack: "s".repeat(100_000) }), "many.ndjson");
        report.exempted = Array.from({ length: 500 }, (_, i) => ({ policy: "p", urn: `u::r${i}`, reason: "why ".repeat(10_000) }));
        const md = formatMarkdown(report);
        assert.ok(Buffer.byteLength(md) < GITHUB_COMMENT_LIMIT, String(Buffer.byteLength(md)));
        assert.match(
            md,
            /_\d+ more findings and \d+ exemptions are not listed here to keep this comment under GitHub's 65,536-character limit/,
        );
        assert.match(md, /\*\*50000 mandatory\*\* and \*\*50000 advisory\*\*/, "the counts are of everything");
        assertOnlyOurs(md, ["h2", "h3", ...Array(render(md).headings.length - 2).fill("h4")]);
    });

    it("the Markdown report's work grows linearly with the findings (counted, not timed)", () => {
        const work = (n: number) => {
            const report = parseEventLog(eventLog(manyFindings(n)), "many.ndjson");
            const { work } = measureWork(() => formatMarkdown(report));
            return work.regexChars + work.stringSteps;
        };
        const [w1, w2] = [20_000, 40_000].map(work);
        assert.ok(w2 <= 2.2 * w1, `${w1} for 20,000 findings, ${w2} for 40,000`);
    });

    it("`report --format markdown` on 100,000 findings: exit 0, under the limit, no stack overflow", function () {
        this.timeout(180_000);
        const f = write(tmpdir(), "many.ndjson", eventLog(manyFindings(100_000)));
        const r = cli(["report", "--events", f, "--format", "markdown"], { timeoutMs: 150_000 });
        assert.strictEqual(r.code, 0, r.stderr);
        assert.strictEqual(r.stderr, "");
        assert.ok(Buffer.byteLength(r.stdout) < GITHUB_COMMENT_LIMIT);
        assert.match(r.stdout, /more findings are not listed here/);
    });
});
