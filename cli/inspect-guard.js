// Preloaded (NODE_OPTIONS --require) into a program run by `sagemaker-guard scan --program`; plain
// CommonJS, so no loader setting of the program applies to it.
//
// Node 20.20's util.inspect never returns when it colours an error stack with a frame such as
// `.../node_modules/@pulumi/resource.ts:1598:22` (a scoped package with no file directory, which the
// SDK's source maps produce), and Pulumi's run code prints a program's unhandled error with
// `util.inspect(err, { colors: true })`: a program whose exported function throws would spin forever
// instead of failing. Errors are inspected without colours; nothing else changes.
"use strict";
const util = require("util");
const inspect = util.inspect;
function inspectWithoutErrorColours(value, options, ...rest) {
    if (value instanceof Error && options && typeof options === "object" && options.colors) options = { ...options, colors: false };
    return inspect.call(this, value, options, ...rest);
}
Object.defineProperties(inspectWithoutErrorColours, Object.getOwnPropertyDescriptors(inspect));
util.inspect = inspectWithoutErrorColours;
