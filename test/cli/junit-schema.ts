// JUnit XML validation against the Jenkins xUnit plugin's junit-10.xsd (test/cli/fixtures/junit-10.xsd,
// MIT; see fixtures/README.md) with libxml2's validator compiled to WebAssembly (xmllint-wasm).

import * as fs from "fs";
import * as path from "path";

export async function validateJunit(xml: string): Promise<{ valid: boolean; errors: string[] }> {
    const { validateXML } = require("xmllint-wasm");
    const schema = fs.readFileSync(path.join(__dirname, "fixtures", "junit-10.xsd"), "utf8");
    const r = await validateXML({
        xml: [{ fileName: "report.xml", contents: xml }],
        schema: [{ fileName: "junit-10.xsd", contents: schema }],
    });
    return {
        valid: r.valid,
        errors: (r.errors ?? []).map((e: { rawMessage?: string; message?: string }) => e.rawMessage ?? e.message ?? String(e)),
    };
}
