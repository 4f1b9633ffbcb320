#!/usr/bin/env node
// The `sagemaker-guard` command: the compiled CLI in dist/cli (built by `npm run build:pack`, and by
// `prepare` on npm ci / npm install), so no TypeScript compiler runs and nothing of ours is ever
// loaded under a scanned program's loader settings.
"use strict";
const fs = require("fs");
const path = require("path");
const main = path.join(__dirname, "..", "dist", "cli", "main.js");
if (!fs.existsSync(main)) {
    process.stderr.write(
        `error: ${path.relative(process.cwd(), main) || main} is missing: run \`npm run build:pack\` in ${path.dirname(__dirname)}\n`,
    );
    process.exit(2);
}
const tmpdir = require("./environment").tmpdirProblem();
if (tmpdir) {
    process.stderr.write(`error: ${tmpdir.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?")}\n`);
    process.exit(2);
}
require(main)
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
