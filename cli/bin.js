#!/usr/bin/env node
// The `sagemaker-guard` command without a build step: ts-node in transpile-only mode (fast; the
// pack and the tests type-check), then cli/main.ts.
"use strict";
const path = require("path");
require("ts-node").register({
    transpileOnly: true,
    project: path.join(__dirname, "..", "tsconfig.json"),
    files: false,
});
require("./main")
    .main(process.argv.slice(2))
    .then(
        (code) => {
            process.exitCode = code;
        },
        (err) => {
            process.stderr.write(`error: ${err && err.message ? err.message : String(err)}\n`);
            process.exitCode = 2;
        },
    );
