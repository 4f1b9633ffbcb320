// Which compliance framework the pack speaks for. An organisation chooses one: its policies'
// `framework` metadata (what Pulumi Cloud shows) and their default enforcement levels become that
// framework's, exactly as its generated profile (`profiles/<id>.json`) gives them. The levels come from
// `levelFor`, which `scripts/generate-profiles.ts` uses too, so the pack and the profiles cannot differ.
//
// The choice, first found wins:
//   1. SAGEMAKER_GUARD_FRAMEWORK=<id> in the pack's environment (a shell, CI, or an ESC environment
//      attached to the policy group: its `environmentVariables` reach the policy runtime);
//   2. `framework.json` at the pack's root, written by `npm run bake:framework -- <id>` before
//      `pulumi policy publish` (it is in package.json `files`, so the published tarball carries it);
//   3. none: HIPAA metadata, every policy at its own default level (the pack as it always was).
// An id that is not a profile's name stops the pack with one line (see `FrameworkChoiceError`).

import * as fs from "fs";
import * as path from "path";
import { FRAMEWORKS, FrameworkId, PROFILE_FRAMEWORKS } from "./frameworks";
import type { Level, PolicyMeta } from "./policy";

export const FRAMEWORK_ENV = "SAGEMAKER_GUARD_FRAMEWORK";
/** The baked choice, at the pack's root (beside PulumiPolicy.yaml). */
export const BAKED_FILE = "framework.json";

/** The framework whose metadata the pack shows when none is chosen. */
export const DEFAULT_METADATA_FRAMEWORK: FrameworkId = "hipaa";

/** True when the policy maps to at least one control of the framework. */
export function mapsTo(p: PolicyMeta, fw: FrameworkId): boolean {
    return (p.controls[fw]?.ids.length ?? 0) > 0;
}

/**
 * Policies tagged `coverage-notice` say what the pack did not judge (a type it has no check for, a
 * field past a scan limit). They keep their default level under every framework: blocking a deploy
 * because the pack looked less is noise, not a control.
 */
export const COVERAGE_NOTICE_TAG = "coverage-notice";

/** A policy's level under a framework's profile: mandatory when it maps to the framework, else its default. */
export function levelFor(p: PolicyMeta, fw?: FrameworkId): Level {
    if (p.tags?.includes(COVERAGE_NOTICE_TAG)) return p.enforcementLevel;
    return fw && mapsTo(p, fw) ? "mandatory" : p.enforcementLevel;
}

/** True when the framework's profile makes the policy stricter than its default (advisory -> mandatory). */
export function raisedBy(p: PolicyMeta, fw: FrameworkId): boolean {
    return levelFor(p, fw) !== p.enforcementLevel;
}

export interface FrameworkChoice {
    /** The chosen framework; undefined: none chosen (HIPAA metadata, default levels). */
    id?: FrameworkId;
    /** Where the choice came from. */
    from: "environment" | "framework.json" | "default";
}

/** A choice the pack cannot use: the message is one line, safe to print. */
export class FrameworkChoiceError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "FrameworkChoiceError";
    }
}

/** The framework ids an organisation can choose: the profile names. */
export const CHOOSABLE: readonly FrameworkId[] = PROFILE_FRAMEWORKS;

/** Prints at most 40 characters of an operator-supplied value, control characters replaced. */
function shown(value: string): string {
    const cut = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    // eslint-disable-next-line no-control-regex
    return JSON.stringify(cut.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "?"));
}

/** The framework id `value` names (`where`: where it was read, for the message), or a FrameworkChoiceError. */
export function parseFrameworkId(value: string, where: string): FrameworkId {
    const id = value.trim();
    if ((CHOOSABLE as readonly string[]).includes(id)) return id as FrameworkId;
    throw new FrameworkChoiceError(
        `sagemaker-guard: ${where} names the framework ${shown(value)}, which is not one of: ${CHOOSABLE.join(", ")} (the profile names in profiles/).`,
    );
}

/** The pack's root: the directory with PulumiPolicy.yaml (this file runs from policies/core/ or dist/policies/core/). */
export function packRoot(): string | undefined {
    return [path.resolve(__dirname, "..", ".."), path.resolve(__dirname, "..", "..", "..")].find((d) =>
        fs.existsSync(path.join(d, "PulumiPolicy.yaml")),
    );
}

/** Reads the choice from the environment value and the baked file (its path; absent: none baked). */
export function chooseFramework(envValue: string | undefined, bakedPath: string | undefined): FrameworkChoice {
    if (envValue !== undefined && envValue.trim() !== "") return { id: parseFrameworkId(envValue, FRAMEWORK_ENV), from: "environment" };
    if (bakedPath && fs.existsSync(bakedPath)) {
        let baked: unknown;
        try {
            baked = JSON.parse(fs.readFileSync(bakedPath, "utf8"));
        } catch {
            throw new FrameworkChoiceError(
                `sagemaker-guard: ${BAKED_FILE} is not valid JSON; run \`npm run bake:framework -- <id>\` again.`,
            );
        }
        const id = (baked as { framework?: unknown } | null)?.framework;
        if (typeof id !== "string") {
            throw new FrameworkChoiceError(
                `sagemaker-guard: ${BAKED_FILE} has no "framework" string; run \`npm run bake:framework -- <id>\` again.`,
            );
        }
        return { id: parseFrameworkId(id, BAKED_FILE), from: "framework.json" };
    }
    return { from: "default" };
}

/** The choice for this process: the environment, then the baked file, then none. */
export function currentFrameworkChoice(env: NodeJS.ProcessEnv = process.env): FrameworkChoice {
    const root = packRoot();
    return chooseFramework(env[FRAMEWORK_ENV], root ? path.join(root, BAKED_FILE) : undefined);
}

/** The framework whose name, version and control ids the policies' metadata carries. */
export function metadataFramework(choice: FrameworkChoice): FrameworkId {
    return choice.id ?? DEFAULT_METADATA_FRAMEWORK;
}

export function describeChoice(choice: FrameworkChoice): string {
    if (!choice.id)
        return `no framework chosen: ${FRAMEWORKS[DEFAULT_METADATA_FRAMEWORK].name} metadata, every policy at its default level`;
    return `${FRAMEWORKS[choice.id].name} ${FRAMEWORKS[choice.id].version} (from ${choice.from === "environment" ? FRAMEWORK_ENV : BAKED_FILE})`;
}
