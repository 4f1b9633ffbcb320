// Measures maintained detectors against the pack's own, per kind, on the independent corpus (the same
// placement and scoring as evaluate.ts): secretlint's recommended rule preset for credentials and
// libphonenumber-js for phone numbers. `npx ts-node test/corpus/compare-libraries.ts` prints the table
// that decided which detector the pack uses per kind (see docs/hygiene-detectors.md).

import type { Category, Kind } from "../../policies/hygiene/detectors";
import { decodeScript } from "../../policies/hygiene/text-fields";
import { CorpusEntry, evaluate, Evaluation, kindsFound } from "./evaluate";

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

// secretlint: its rules' `file()` handlers run synchronously on a source; the preset is ESM, loaded
// with require() (Node >= 20.19). Rule ids map to the pack's kinds.
interface SecretlintRule {
    meta: { id: string };
    create(ctx: unknown, options: unknown): { file?(source: unknown): void };
}
const SECRETLINT_KIND: Record<string, Kind> = {
    "@secretlint/secretlint-rule-gcp": "private-key",
    "@secretlint/secretlint-rule-privatekey": "private-key",
    "@secretlint/secretlint-rule-npm": "api-token",
    "@secretlint/secretlint-rule-basicauth": "url-credentials",
    "@secretlint/secretlint-rule-slack": "slack-token",
    "@secretlint/secretlint-rule-sendgrid": "api-token",
    "@secretlint/secretlint-rule-shopify": "api-token",
    "@secretlint/secretlint-rule-github": "github-token",
    "@secretlint/secretlint-rule-openai": "api-token",
    "@secretlint/secretlint-rule-anthropic": "api-token",
    "@secretlint/secretlint-rule-linear": "api-token",
    "@secretlint/secretlint-rule-1password": "api-token",
    "@secretlint/secretlint-rule-database-connection-string": "url-credentials",
};

function loadSecretlint(): (text: string) => Set<Kind> {
    const preset = require("@secretlint/secretlint-rule-preset-recommend") as { rules: SecretlintRule[] };
    const rules = preset.rules.filter((r) => SECRETLINT_KIND[r.meta.id] || r.meta.id.endsWith("-aws"));
    return (text) => {
        const out = new Set<Kind>();
        for (const rule of rules) {
            const ctx = {
                createTranslator: () => (id: string) => id,
                report: (d: { message: string }) =>
                    out.add(
                        rule.meta.id.endsWith("-aws")
                            ? /AccessKeyId/i.test(d.message)
                                ? "aws-access-key-id"
                                : "aws-secret-key"
                            : SECRETLINT_KIND[rule.meta.id],
                    ),
            };
            try {
                rule.create(ctx, {}).file?.({ content: text, filePath: "input.txt", ext: ".txt", contentType: "text" });
            } catch {
                // a rule that needs more than a text source (P12 files) finds nothing here
            }
        }
        return out;
    };
}

function loadLibphonenumber(): (text: string) => Set<Kind> {
    const { findPhoneNumbersInText } = require("libphonenumber-js/max") as typeof import("libphonenumber-js/max");
    return (text) => new Set<Kind>(findPhoneNumbersInText(text, { defaultCountry: "US" }).length > 0 ? ["phone-number"] : []);
}

/** The text the pack scans for an entry (a script decoded, as the policies do). */
const textOf = (e: CorpusEntry) => (e.field === "script" ? decodeScript(Buffer.from(e.value).toString("base64")) : e.value);

function row(kind: Kind, r: Evaluation): string {
    const x = r.stats.get(kind);
    if (!x) return "– | –";
    const right = x.detections - x.fpBenign - x.fpOther;
    const p = x.detections === 0 ? "–" : `${((right / x.detections) * 100).toFixed(1)}% (${right}/${x.detections})`;
    return `${p} | ${((x.found / Math.max(1, x.labelled)) * 100).toFixed(1)}% (${x.found}/${x.labelled})`;
}

function compare(label: string, kinds: Kind[], category: Category, load: () => (text: string) => Set<Kind>): string[] {
    const t0 = process.hrtime.bigint();
    const lib = load();
    const loadMs = ms(t0);
    const only = (found: Set<Kind>) => new Set([...found].filter((k) => kinds.includes(k)));
    const t1 = process.hrtime.bigint();
    const theirs = evaluate("independent", (e, cats) => (cats.includes(category) ? only(lib(textOf(e))) : new Set()));
    const theirMs = ms(t1);
    const t2 = process.hrtime.bigint();
    const ours = evaluate("independent", (e) => only(kindsFound(e, [category])));
    const ourMs = ms(t2);
    return [
        `${label}: loaded in ${loadMs.toFixed(0)} ms; corpus pass ${theirMs.toFixed(0)} ms (the pack's detectors: ${ourMs.toFixed(0)} ms)`,
        "",
        `| kind | ${label} precision | ${label} recall | pack precision | pack recall |`,
        "|---|---:|---:|---:|---:|",
        ...kinds.map((k) => `| ${k} | ${row(k, theirs)} | ${row(k, ours)} |`),
        "",
    ];
}

if (require.main === module) {
    const credentialKinds: Kind[] = [
        "url-credentials",
        "aws-access-key-id",
        "aws-secret-key",
        "private-key",
        "github-token",
        "slack-token",
        "api-token",
        "password-literal",
    ];
    console.log(
        [
            ...compare("secretlint preset-recommend", credentialKinds, "credential", loadSecretlint),
            ...compare("libphonenumber-js", ["phone-number"], "possible-phi", loadLibphonenumber),
        ].join("\n"),
    );
}
