import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";

/**
 * 15 minutes: the session-lock inactivity period of the FedRAMP Moderate baseline's AC-11 parameter, the
 * usual reading of HIPAA's automatic logoff. Prowler's bedrock_agent_idle_session_ttl_not_excessive
 * defaults to 3600 s, the largest value Bedrock accepts, so it cannot fail; this threshold can.
 */
const DEFAULT_MAX_SECONDS = 900;
/** Bedrock's default when `idleSessionTtlInSeconds` is not set. */
const AWS_DEFAULT_SECONDS = 600;

export const bedrockAgentIdleSessionTtl = resourcePolicy({
    name: "bedrock-agent-idle-session-ttl",
    description: "Bedrock agents should end idle sessions within the configured time (default 15 minutes), as an automatic logoff.",
    severity: "low",
    enforcementLevel: "advisory",
    practice: "access",
    resources: {
        "aws:bedrock/agentAgent:AgentAgent": {},
        "aws-native:bedrock:Agent": {},
    },
    // Peer: Prowler bedrock_agent_idle_session_ttl_not_excessive (config max_bedrock_agent_idle_session_ttl_seconds, default 3600).
    controls: {
        hipaa: {
            ids: ["164.312(a)(2)(iii)"],
            source: own(
                "Automatic logoff: an agent session that stays open after the user left keeps the conversation (and PHI in it) usable.",
            ),
        },
        "nist-800-53": {
            ids: ["AC-11", "AC-12"],
            source: own("Device lock and session termination after inactivity (FedRAMP Moderate AC-11: 15 minutes)."),
        },
    },
    config: {
        maxIdleSessionTtlSeconds: {
            type: "integer",
            minimum: 60,
            maximum: 3600,
            default: DEFAULT_MAX_SECONDS,
            description:
                "Longest acceptable idle session, in seconds (default 900: the FedRAMP Moderate AC-11 session-lock period; Bedrock accepts 60-3600 and defaults to 600).",
        },
    },
    fix: "set `idleSessionTtlInSeconds` to at most the configured maximum (default 900), or leave it unset for Bedrock's 600",
    remediationSteps: [
        "1. Set the agent's idle session timeout to your automatic-logoff period (900 seconds by default in this policy's config).",
        "```typescript",
        'new aws.bedrock.AgentAgent("intake", { /* ... */ idleSessionTtlInSeconds: 600 });',
        "```",
    ].join("\n"),
    check(r, report) {
        const max = typeof r.config.maxIdleSessionTtlSeconds === "number" ? r.config.maxIdleSessionTtlSeconds : DEFAULT_MAX_SECONDS;
        const ttl = r.get("idleSessionTtlInSeconds", AWS_DEFAULT_SECONDS);
        if (ttl.state !== "known" || typeof ttl.value !== "number" || !Number.isFinite(ttl.value)) return;
        if (ttl.value <= max) return;
        report(
            `\`idleSessionTtlInSeconds\` is ${Math.floor(ttl.value)}: an idle session stays usable longer than the configured maximum of ${Math.floor(max)} seconds (policy config \`maxIdleSessionTtlSeconds\`, default 900: FedRAMP Moderate AC-11).`,
        );
    },
});
