// Secret stack config under Pulumi's passphrase secrets provider, decrypted as the Pulumi CLI does it
// (github.com/pulumi/pulumi at 1b5949891b3cefcb9974752b24a5ecef0acc86c8: pkg/secrets/passphrase/manager.go,
// sdk/go/common/resource/config/crypt.go):
// - `encryptionsalt: v1:<base64 salt>:<check value>` in Pulumi.<stack>.yaml; the key is PBKDF2-SHA256 of
//   the passphrase with that salt, 1,000,000 iterations, 32 bytes; the check value decrypts to "pulumi"
//   with the right passphrase;
// - each `secure: v1:<base64 nonce>:<base64 ciphertext with the GCM tag>` is AES-256-GCM under that key;
// - the passphrase is PULUMI_CONFIG_PASSPHRASE (even empty) or the trimmed content of the file named by
//   PULUMI_CONFIG_PASSPHRASE_FILE.
// A decrypted value is handed to the program only; nothing here prints or keeps it.

import * as crypto from "crypto";
import * as path from "path";
import { readInputText } from "./input";

/** Far more than any passphrase. */
const MAX_PASSPHRASE_FILE = 64 * 1024;

export type Decrypt = (ciphertext: string) => string;

/** Where the passphrase comes from, or undefined when neither variable is set. */
function readPassphrase(env: NodeJS.ProcessEnv): string | undefined {
    if (env.PULUMI_CONFIG_PASSPHRASE !== undefined) return env.PULUMI_CONFIG_PASSPHRASE;
    const file = env.PULUMI_CONFIG_PASSPHRASE_FILE;
    if (!file) return undefined;
    // Like every input file: a regular file only (a FIFO or /dev/zero hung the scan or grew it to 11 GB), bounded.
    return readInputText(path.resolve(file), "PULUMI_CONFIG_PASSPHRASE_FILE", MAX_PASSPHRASE_FILE).trim();
}

function decryptWith(key: Buffer, value: string): string {
    const parts = value.split(":");
    if (parts.length !== 3 || parts[0] !== "v1") throw new Error("bad value");
    const nonce = Buffer.from(parts[1], "base64");
    const sealed = Buffer.from(parts[2], "base64");
    if (nonce.length !== 12 || sealed.length < 16) throw new Error("bad value");
    const decipher = crypto.createDecipheriv("aes-256-gcm", key, nonce);
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]).toString("utf8");
}

/**
 * A decrypter for a stack's `encryptionsalt`, or undefined when no passphrase is set. Throws
 * "incorrect passphrase" like Pulumi when the passphrase does not open the salt's check value.
 */
export async function passphraseDecrypter(encryptionSalt: string, env: NodeJS.ProcessEnv = process.env): Promise<Decrypt | undefined> {
    const phrase = readPassphrase(env);
    if (phrase === undefined) return undefined;
    const first = encryptionSalt.indexOf(":");
    const second = encryptionSalt.indexOf(":", first + 1);
    if (first < 0 || second < 0) throw new Error("malformed encryptionsalt");
    if (encryptionSalt.slice(0, first) !== "v1") throw new Error("unknown encryptionsalt version");
    const salt = Buffer.from(encryptionSalt.slice(first + 1, second), "base64");
    const key = await new Promise<Buffer>((resolve, reject) =>
        crypto.pbkdf2(phrase, salt, 1_000_000, 32, "sha256", (err, k) => (err ? reject(err) : resolve(k))),
    );
    let check = "";
    try {
        check = decryptWith(key, encryptionSalt.slice(second + 1));
    } catch {
        // Falls through to the error below.
    }
    if (check !== "pulumi") throw new Error("incorrect passphrase");
    return (value) => decryptWith(key, value);
}
