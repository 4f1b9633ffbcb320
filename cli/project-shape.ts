// What kind of project a directory is, when it is not one `scan --program` runs itself: a Pulumi
// program in another language, an SST app (and which SST), and which package manager installs it.
// Each answer is one line that says what to run instead.

import * as fs from "fs";
import * as path from "path";
import { PACK_DIR } from "./analyzer";

/** The directory as the user can paste it into a shell (relative when under the working directory). */
function shown(dir: string): string {
    const rel = path.relative(process.cwd(), dir);
    return !rel ? "." : rel.startsWith("..") || path.isAbsolute(rel) ? dir : rel;
}

/** The pack directory as given on a command line: quoted when it has spaces. */
function packArg(): string {
    return /\s/.test(PACK_DIR) ? JSON.stringify(PACK_DIR) : PACK_DIR;
}

const LANGUAGES: Record<string, string> = { python: "Python", go: "Go", dotnet: ".NET", java: "Java", yaml: "YAML" };

/** A Pulumi program in a language other than Node.js: the pack runs on it through `pulumi preview`. */
export function otherRuntimeAdvice(dir: string, runtime: string): string {
    const lang = LANGUAGES[runtime] ?? `"${runtime}"`;
    return (
        `${shown(dir)} is a ${lang} Pulumi program: the pack checks it through the Pulumi CLI, ` +
        `run \`pulumi preview --policy-pack ${packArg()}\` in ${shown(dir)} ` +
        `(scan --program runs Node.js programs itself; scan --state <file> checks any program's \`pulumi stack export\`)`
    );
}

/** The first SST release whose `sst diff` and `sst deploy` take `--policy <pack>`. */
export const SST_POLICY_SINCE = "3.19.0";

type Version = [number, number, number];
const parse = (v: string): Version | undefined => {
    const m = /(\d+)\.(\d+)\.(\d+)/.exec(v);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
};
const before = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

function readText(file: string): string | undefined {
    try {
        return fs.statSync(file).size < 64 * 1024 * 1024 ? fs.readFileSync(file, "utf8") : undefined;
    } catch {
        return undefined;
    }
}

/**
 * The app's SST version and where it was read: the installed package, then the lockfile, then the
 * range in package.json (its lowest version), in the app's directory or a workspace root above it.
 */
export function sstVersion(dir: string): { version: string; from: string } | undefined {
    for (let d = path.resolve(dir); ; d = path.dirname(d)) {
        const installed = readText(path.join(d, "node_modules", "sst", "package.json"));
        if (installed) {
            try {
                const v = JSON.parse(installed).version;
                if (typeof v === "string" && parse(v)) return { version: v, from: path.join(d, "node_modules", "sst", "package.json") };
            } catch {
                // The lockfile, then.
            }
        }
        const lock = readText(path.join(d, "package-lock.json"));
        if (lock) {
            try {
                const v = JSON.parse(lock).packages?.["node_modules/sst"]?.version;
                if (typeof v === "string" && parse(v)) return { version: v, from: path.join(d, "package-lock.json") };
            } catch {
                // Not JSON: the other lockfiles.
            }
        }
        for (const [name, re] of [
            ["pnpm-lock.yaml", /(?:^|[\s'"/])sst@(\d+\.\d+\.\d+)/m],
            ["bun.lock", /"sst@(\d+\.\d+\.\d+)"/],
            ["yarn.lock", /^"?sst@[^\n]*:\n\s+version:? "?(\d+\.\d+\.\d+)/m],
        ] as const) {
            const m = re.exec(readText(path.join(d, name)) ?? "");
            if (m) return { version: m[1], from: path.join(d, name) };
        }
        const pkg = readText(path.join(d, "package.json"));
        if (pkg) {
            try {
                const j = JSON.parse(pkg);
                const range = j.dependencies?.sst ?? j.devDependencies?.sst;
                if (typeof range === "string" && parse(range)) return { version: range, from: path.join(d, "package.json") };
            } catch {
                // Unreadable package.json: keep looking above.
            }
        }
        if (path.dirname(d) === d || fs.existsSync(path.join(d, ".git"))) return undefined;
    }
}

/** An SST v3 app: `sst diff --policy <pack>` when its SST has it, else what to upgrade to. */
export function sstAdvice(dir: string, configFile: string): string {
    const head = `${shown(dir)} is an SST app (${configFile}, no Pulumi.yaml): SST runs Pulumi itself`;
    const run = `\`sst diff --policy ${packArg()}\` (or \`sst deploy --policy ${packArg()}\`) there`;
    const found = sstVersion(dir);
    const v = found && parse(found.version);
    if (!found || !v)
        return `${head}, so run ${run}; --policy needs sst >= ${SST_POLICY_SINCE} (no SST version found in its package.json or lockfile)`;
    const where = path.relative(dir, found.from) || found.from;
    if (before(v, parse(SST_POLICY_SINCE)!) < 0)
        return `${head}, and its sst ${found.version} (${where}) has no --policy: upgrade sst to ${SST_POLICY_SINCE} or later, then run ${run}`;
    return `${head}, so run ${run} (sst ${found.version}, from ${where})`;
}

/** The package manager that installs the program, from the nearest lockfile (or Pulumi.yaml's packagemanager). */
export function packageManagerOf(dir: string, declared?: string): { name: string; dir: string; lockfile?: string } {
    const locks: [string, string][] = [
        ["pnpm-lock.yaml", "pnpm"],
        ["yarn.lock", "yarn"],
        ["bun.lock", "bun"],
        ["bun.lockb", "bun"],
        ["package-lock.json", "npm"],
        ["npm-shrinkwrap.json", "npm"],
    ];
    for (let d = path.resolve(dir); ; d = path.dirname(d)) {
        const hit = locks.find(([f]) => fs.existsSync(path.join(d, f)));
        if (hit) return { name: declared ?? hit[1], dir: d, lockfile: hit[0] };
        if (fs.existsSync(path.join(d, "pnpm-workspace.yaml")))
            return { name: declared ?? "pnpm", dir: d, lockfile: "pnpm-workspace.yaml" };
        if (path.dirname(d) === d || fs.existsSync(path.join(d, ".git"))) break;
    }
    return { name: declared ?? "npm", dir: path.resolve(dir) };
}

/** `cannot find @pulumi/pulumi`: where it was looked for, and the install command of this project's package manager. */
export function missingSdkAdvice(pwd: string, declared?: string): string {
    const pm = packageManagerOf(pwd, declared);
    const why = pm.lockfile ? ` (where ${pm.lockfile} is)` : declared ? " (Pulumi.yaml packagemanager)" : "";
    return (
        `cannot find @pulumi/pulumi in node_modules of ${shown(pwd)} or any directory above it: ` +
        `run \`${pm.name} install\` in ${shown(pm.dir)}${why}`
    );
}
