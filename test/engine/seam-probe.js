// Preloaded into the pack process (node -r) by test/engine/not-applicable-seam.spec.ts. With
// SEAM_PROBE_SDK_VERSION set, it makes @pulumi/policy report that version, as another SDK release
// would (the seam must then leave the SDK alone). It reports on stderr which Analyze handler gRPC got:
// `SEAM-PROBE: analyze=seam` or `SEAM-PROBE: analyze=sdk`.
"use strict";
const path = require("path");
const dir = path.dirname(require.resolve("@pulumi/policy/server"));
if (process.env.SEAM_PROBE_SDK_VERSION) require(path.join(dir, "version")).version = process.env.SEAM_PROBE_SDK_VERSION;
const grpc = require(require.resolve("@grpc/grpc-js", { paths: [dir] }));
const addService = grpc.Server.prototype.addService;
grpc.Server.prototype.addService = function (service, impl) {
    if (impl && typeof impl.analyze === "function") {
        const seam = impl.analyze[Symbol.for("sagemaker-guard.notApplicableSeam.handler")];
        process.stderr.write(`SEAM-PROBE: analyze=${seam ? "seam" : "sdk"}\n`);
    }
    return addService.call(this, service, impl);
};
