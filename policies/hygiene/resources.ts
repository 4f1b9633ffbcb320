// The type tokens the hygiene policies apply to, from ./text-fields (the one list).

import type { ResourceAdapter } from "../core/policy";
import { REPO_URL_TYPES, TEXT_SCAN_TYPES } from "./text-fields";

export const textScanResources: Record<string, ResourceAdapter> = Object.fromEntries(Object.keys(TEXT_SCAN_TYPES).map((t) => [t, {}]));
export const repoUrlResources: Record<string, ResourceAdapter> = Object.fromEntries(REPO_URL_TYPES.map((t) => [t, {}]));
