// Preloaded into the pack process (node -r) by the side-effects test. It reports every outbound
// network operation and every file-system write the process attempts, as a `SIDE-EFFECT:` line on
// stderr, and lets the operation proceed (the test, not the guard, decides). Listening sockets (the
// gRPC server the engine connects to) are not outbound and are not reported.
"use strict";
const fs = require("fs");
const net = require("net");
const dgram = require("dgram");
const dns = require("dns");
const write = process.stderr.write.bind(process.stderr);
const report = (what) => write(`SIDE-EFFECT: ${what}\n`);

const wrap = (obj, name, describe) => {
    const orig = obj[name];
    if (typeof orig !== "function") return;
    obj[name] = function (...args) {
        const d = describe(args);
        if (d) report(d);
        return orig.apply(this, args);
    };
};

wrap(
    net.Socket.prototype,
    "connect",
    (a) =>
        `connect ${JSON.stringify(a[0] && typeof a[0] === "object" ? { host: a[0].host, port: a[0].port, path: a[0].path } : a.slice(0, 2))}`,
);
wrap(dgram, "createSocket", () => "udp socket");
// A lookup of an IP literal (the gRPC server binding 127.0.0.1) resolves locally and is not reported.
for (const f of ["lookup", "resolve", "resolve4", "resolve6"])
    wrap(dns, f, (a) => (net.isIP(String(a[0])) ? undefined : `dns ${f} ${a[0]}`));

const isWriteFlag = (flags) =>
    typeof flags === "string"
        ? /[wa+]/.test(flags)
        : typeof flags === "number" &&
          (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_APPEND)) !== 0;
const writes = [
    "writeFile",
    "appendFile",
    "mkdir",
    "rename",
    "unlink",
    "rm",
    "rmdir",
    "copyFile",
    "symlink",
    "link",
    "truncate",
    "chmod",
    "utimes",
    "mkdtemp",
    "cp",
];
for (const f of writes) {
    wrap(fs, f, (a) => `fs.${f} ${a[0]}`);
    wrap(fs, `${f}Sync`, (a) => `fs.${f}Sync ${a[0]}`);
    wrap(fs.promises, f, (a) => `fs.promises.${f} ${a[0]}`);
}
wrap(fs, "createWriteStream", (a) => `fs.createWriteStream ${a[0]}`);
wrap(fs, "open", (a) => (isWriteFlag(a[1]) ? `fs.open(write) ${a[0]}` : undefined));
wrap(fs, "openSync", (a) => (isWriteFlag(a[1]) ? `fs.openSync(write) ${a[0]}` : undefined));
wrap(fs.promises, "open", (a) => (isWriteFlag(a[1]) ? `fs.promises.open(write) ${a[0]}` : undefined));
