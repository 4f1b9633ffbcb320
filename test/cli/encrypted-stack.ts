// A stack settings file whose secrets are encrypted as Pulumi's passphrase secrets provider does (PBKDF2-SHA256 x
// 1,000,000, AES-256-GCM; from its Go source), for the CLI and hostile specs of `scan --program` with secret config.
import * as crypto from "crypto";

/** `Pulumi.<stack>.yaml` text: `secrets` encrypted under `passphrase`, `plain` written as plain values. */
export function encryptedStack(passphrase: string, secrets: Record<string, string>, plain: Record<string, string> = {}): string {
    const salt = crypto.randomBytes(8);
    const key = crypto.pbkdf2Sync(passphrase, salt, 1_000_000, 32, "sha256");
    const seal = (text: string) => {
        const nonce = crypto.randomBytes(12);
        const c = crypto.createCipheriv("aes-256-gcm", key, nonce);
        const sealed = Buffer.concat([c.update(text, "utf8"), c.final(), c.getAuthTag()]);
        return `v1:${nonce.toString("base64")}:${sealed.toString("base64")}`;
    };
    const lines = [`encryptionsalt: v1:${salt.toString("base64")}:${seal("pulumi")}`, "config:"];
    for (const [k, v] of Object.entries(plain)) lines.push(`    ${k}: ${v}`);
    for (const [k, v] of Object.entries(secrets)) lines.push(`    ${k}:`, `        secure: ${seal(v)}`);
    return lines.join("\n") + "\n";
}
