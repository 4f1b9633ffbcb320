// A full garbage collection on request, for the one place that needs it: the SDK's pass over every
// resource for each stack policy leaves garbage that V8 collects late, so on a large stack the
// pack's peak memory grew with the number of stack policies (bench/RESULTS.md has the figures).

import * as v8 from "v8";
import * as vm from "vm";

let gc: (() => void) | null | undefined;

/** Runs a full collection; does nothing where the runtime does not allow it. Never throws. */
export function collectGarbage(): void {
    try {
        if (gc === undefined) {
            // The flag only makes `gc` visible to contexts created after it is set; nothing else changes.
            v8.setFlagsFromString("--expose-gc");
            const fn: unknown = vm.runInNewContext("gc");
            gc = typeof fn === "function" ? (fn as () => void) : null;
        }
        gc?.();
    } catch {
        gc = null;
    }
}
