// The resource type tokens the installed provider SDKs define (`static __pulumiType = '…'`), for
// the test that fails when a policy targets a token no SDK defines.

import * as fs from "fs";
import * as path from "path";

export const PROVIDER_SDKS = ["@pulumi/aws", "@pulumi/aws-v6", "@pulumi/aws-native"];

let cache: Map<string, string> | undefined;

/** token → the SDK (package name) that defines it. */
export function providerTokens(): Map<string, string> {
    if (cache) return cache;
    cache = new Map();
    const re = /static __pulumiType = '([^']+)'/g;
    for (const sdk of PROVIDER_SDKS) {
        const root = path.dirname(require.resolve(`${sdk}/package.json`));
        const walk = (dir: string) => {
            for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
                const p = path.join(dir, e.name);
                if (e.isDirectory()) {
                    if (e.name !== "node_modules" && e.name !== "types") walk(p);
                } else if (e.name.endsWith(".js")) {
                    const text = fs.readFileSync(p, "utf8");
                    if (!text.includes("__pulumiType = '")) continue;
                    for (const m of text.matchAll(re)) if (!cache!.has(m[1])) cache!.set(m[1], sdk);
                }
            }
        };
        walk(root);
    }
    return cache;
}
