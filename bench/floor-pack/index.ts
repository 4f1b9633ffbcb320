// The benchmark's floor: a pack with a single no-op policy. It costs the protocol, the SDK and the
// TypeScript loader, and nothing else.
import { PolicyPack } from "@pulumi/policy";

new PolicyPack("bench-floor", {
    policies: [{ name: "no-op", description: "Does nothing.", enforcementLevel: "advisory", validateResource: () => undefined }],
});
