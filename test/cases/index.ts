// Loads every case table in this folder (one file per area, each exporting `cases` and/or
// `stackCases`), so that the unit tier, the engine tier and the catalog meta-tests all use them
// without a shared list to edit.

import * as fs from "fs";
import * as path from "path";
import type { PolicyCases, StackCases } from "../policy-cases";

export function loadCases(): { cases: PolicyCases[]; stackCases: StackCases[] } {
    const cases: PolicyCases[] = [];
    const stackCases: StackCases[] = [];
    for (const f of fs.readdirSync(__dirname).sort()) {
        if (!f.endsWith(".ts") || f === "index.ts" || f.endsWith(".d.ts")) continue;
        const m = require(path.join(__dirname, f));
        cases.push(...(m.cases ?? []));
        stackCases.push(...(m.stackCases ?? []));
    }
    return { cases, stackCases };
}
