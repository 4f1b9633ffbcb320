// Checks of the environment made before anything of ours or the SDK's loads (cli/bin.js).
//
// @pulumi/pulumi loads its automation module, which loads `tmp`, whose `tmpdir` getter resolves the
// temporary directory with realpathSync: a TMPDIR that does not exist made every command die with
// a stack trace and exit 1 (the "findings" code) before it could say anything. Plain JavaScript, no
// dependency, so it runs first.
"use strict";
const fs = require("fs");
const os = require("os");

/** One line about an unusable temporary directory, or undefined when it is usable. */
function tmpdirProblem() {
    const dir = os.tmpdir();
    const name =
        process.env.TMPDIR !== undefined
            ? "TMPDIR"
            : process.env.TMP !== undefined
              ? "TMP"
              : process.env.TEMP !== undefined
                ? "TEMP"
                : "the temporary directory";
    let st;
    try {
        st = fs.statSync(dir);
    } catch (e) {
        return `${name} (${dir}) does not exist (${e.code || "unreadable"}): set it to an existing directory, or unset it`;
    }
    if (!st.isDirectory()) return `${name} (${dir}) is not a directory: set it to an existing directory, or unset it`;
    return undefined;
}

module.exports = { tmpdirProblem };
