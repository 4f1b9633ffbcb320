// The benchmark's floor: a pack with a single no-op policy, in plain JavaScript. It costs the
// protocol, the SDK and the loader, and nothing else (no TypeScript to compile or type-check).
const { PolicyPack } = require("@pulumi/policy");

new PolicyPack("bench-floor", {
    policies: [{ name: "no-op", description: "Does nothing.", enforcementLevel: "advisory", validateResource: () => undefined }],
});
