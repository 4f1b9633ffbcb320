// The benchmark's shape: this pack's policies (same names, types, kinds and remediations, read from
// the built catalog) with every check a no-op, sharing deserialization as the pack does. It costs
// what the protocol and the @pulumi/policy server cost for a pack of our shape, and nothing of our
// checks: the row between the floor and ours in bench/RESULTS.md. Like the pack, a multi-type policy
// answers "not applicable" for the types it does not target (one SDK error per policy, thrown again).
const { PolicyPack } = require("@pulumi/policy");
const { catalog } = require("../../dist/policies/catalog");
const { shareDeserialization } = require("../../dist/policies/core/shared-deserialization");

const typed = (types, fn) => {
    if (types.length === 1) fn.__pulumiType = types[0];
    return fn;
};

/** A no-op check that is not applicable to other types, as the pack's are. */
const noop = (types) => {
    const targets = new Set(types);
    let error;
    return (args) => {
        if (targets.has(args.type)) return undefined;
        if (error === undefined) {
            try {
                args.notApplicable("Policy only applies to other resource types");
            } catch (e) {
                error = e;
            }
        }
        throw error;
    };
};

shareDeserialization();
new PolicyPack("bench-shape", {
    policies: catalog.map((p) => {
        const base = { name: p.name, description: p.description, enforcementLevel: p.enforcementLevel };
        if (p.kind === "stack") return { ...base, validateStack: () => undefined };
        const types = Object.keys(p.resources);
        return {
            ...base,
            validateResource: typed(types, noop(types)),
            ...(p.remediation ? { remediateResource: typed(types, noop(types)) } : {}),
        };
    }),
});
