import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { isUnknown, rawChild } from "../core/values";

/**
 * Inputs of AgentCore Identity that hold an OAuth URL: return (callback) URLs of workload identities and
 * gateway targets, and the endpoints of OAuth2 credential providers (where the client secret and tokens go).
 */
const URL_KEYS: ReadonlySet<string> = new Set([
    "allowedResourceOauth2ReturnUrls",
    "defaultReturnUrl",
    "authorizationEndpoint",
    "tokenEndpoint",
    "issuer",
    "discoveryUrl",
]);
/** Loopback callbacks (RFC 8252 7.3: native apps on the user's own machine) are not sent over a network. */
const LOOPBACK = /^http:\/\/(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?(?:[/?#]|$)/i;

/** The dotted paths of non-https URLs under URL_KEYS (bounded walk; unknowns and non-strings skipped). */
function insecure(node: unknown, path: string, key: string, out: string[], depth = 0): void {
    if (depth > 16 || out.length >= 5) return;
    if (typeof node === "string") {
        if (!URL_KEYS.has(key) || isUnknown(node)) return;
        const s = node.trim();
        if (s === "" || /^https:\/\//i.test(s) || LOOPBACK.test(s)) return;
        if (/^[a-z][a-z0-9+.-]*:/i.test(s)) out.push(path); // a URL with another scheme (http, ftp, ...)
        return;
    }
    if (Array.isArray(node)) {
        for (let i = 0; i < node.length && i < 1000; i++) insecure(rawChild(node, i), `${path}[${i}]`, key, out, depth + 1);
    } else if (node !== null && typeof node === "object") {
        for (const k of Object.keys(node)) insecure(rawChild(node, k), path ? `${path}.${k}` : k, k, out, depth + 1);
    }
}

export const bedrockAgentcoreIdentityHttpsUrls = resourcePolicy({
    name: "bedrock-agentcore-identity-https-urls",
    description:
        "AgentCore workload identities, OAuth2 credential providers and gateway targets must use https for their OAuth return URLs and identity-provider endpoints.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "network",
    resources: {
        "aws:bedrock/agentcoreWorkloadIdentity:AgentcoreWorkloadIdentity": {},
        "aws-native:bedrockagentcore:WorkloadIdentity": {},
        "aws:bedrock/agentcoreOauth2CredentialProvider:AgentcoreOauth2CredentialProvider": {},
        "aws-native:bedrockagentcore:OAuth2CredentialProvider": {},
        "aws:bedrock/agentcoreGatewayTarget:AgentcoreGatewayTarget": {},
        "aws-native:bedrockagentcore:GatewayTarget": {},
    },
    // No scanner checks these inputs. AgentCore Identity docs: return URLs receive the authorization code
    // that the token vault exchanges for the user's tokens.
    controls: {
        hipaa: {
            ids: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
            source: own(
                "Transmission security: an OAuth authorization code, a client secret or an access token sent over http can be read and replayed on the way.",
            ),
        },
        "nist-800-53": { ids: ["SC-8", "SC-8(1)", "IA-5(1)"], source: own("Transmission confidentiality of authenticators.") },
        "pci-dss": { ids: ["4.2.1"], source: own("Strong cryptography for data (here: credentials) in transit.") },
        iso27001: { ids: ["A.8.24", "A.5.14"], source: own("Use of cryptography for information transfer.") },
    },
    fix: "use `https://` URLs (loopback `http://localhost` callbacks for local development are accepted)",
    remediationSteps: [
        "1. Register https return URLs with the workload identity, and use the identity provider's https endpoints.",
        "```typescript",
        'new aws.bedrock.AgentcoreWorkloadIdentity("app", { name: "app", allowedResourceOauth2ReturnUrls: ["https://app.example.com/oauth/callback"] });',
        "```",
    ].join("\n"),
    check(r, report) {
        const out: string[] = [];
        insecure(r.raw(), "", "", out);
        if (out.length === 0) return;
        const shown = out
            .slice(0, 3)
            .map((p) => `\`${p.replace(/[^A-Za-z0-9_.[\]-]/g, "").slice(0, 120)}\``) // input names only, nothing else of a key
            .join(", ");
        report(
            `${shown}${out.length > 3 ? " and more" : ""} ${out.length === 1 ? "is" : "are"} not an https URL: OAuth authorization codes, client secrets or tokens sent there travel unencrypted.`,
        );
    },
});
