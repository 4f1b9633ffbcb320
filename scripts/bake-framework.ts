// Bakes the organisation's compliance framework into the pack before `pulumi policy publish`:
// writes framework.json at the pack's root (packed by package.json `files`; not in git). Pulumi Cloud
// reads the policies' metadata (framework name, version, control ids, default levels) when the pack
// is published, so the choice must be in what is uploaded, not only in the publisher's shell.
// `npm pack` (run by publish) and the enforced install both run `prepare`, which rebuilds dist/ from
// scratch; a file at the root survives both.
//
//   npm run bake:framework -- pci-dss    write framework.json ({"framework": "pci-dss"})
//   npm run bake:framework -- --clear    remove it (the pack is HIPAA metadata, default levels again)
//   npm run bake:framework               print the current choice
//
// SAGEMAKER_GUARD_FRAMEWORK in the pack's environment still overrides the baked choice at run time.

import * as fs from "fs";
import * as path from "path";
import { BAKED_FILE, chooseFramework, describeChoice, FrameworkChoiceError, parseFrameworkId } from "../policies/core/framework-choice";

export function bake(root: string, arg: string | undefined): string {
    const file = path.join(root, BAKED_FILE);
    if (arg === undefined) return describeChoice(chooseFramework(undefined, file));
    if (arg === "--clear") {
        fs.rmSync(file, { force: true });
        return `removed ${BAKED_FILE}: ${describeChoice(chooseFramework(undefined, file))}`;
    }
    const id = parseFrameworkId(arg, "the argument"); // a FrameworkChoiceError for an unknown id
    fs.writeFileSync(file, JSON.stringify({ framework: id }, null, 4) + "\n");
    return `wrote ${BAKED_FILE}: ${describeChoice(chooseFramework(undefined, file))}`;
}

if (require.main === module) {
    try {
        console.log(bake(path.resolve(__dirname, ".."), process.argv[2]));
    } catch (err) {
        if (!(err instanceof FrameworkChoiceError)) throw err;
        console.error(err.message);
        process.exit(1);
    }
}
