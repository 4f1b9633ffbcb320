import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";

export const bedrockAgentcoreGatewayPolicyEngineEnforced = resourcePolicy({
    name: "bedrock-agentcore-gateway-policy-engine-enforced",
    description:
        "Bedrock AgentCore gateways should have a policy engine attached in ENFORCE mode, so tool calls that its Cedar policies deny are blocked, not only logged.",
    severity: "medium",
    // Advisory: a gateway with an AWS_IAM or CUSTOM_JWT authorizer already authorizes callers; the
    // policy engine decides per tool call (defence in depth). LOG_ONLY is the documented trial mode.
    enforcementLevel: "advisory",
    practice: "access",
    resources: {
        "aws:bedrock/agentcoreGateway:AgentcoreGateway": {},
        "aws-native:bedrockagentcore:Gateway": {},
    },
    // Peer: AWS AI/ML security assessment sample, check AG-25 (gateway tool policy enforcement: a missing
    // policy engine and a non-ENFORCE mode both fail, severity high there).
    controls: {
        hipaa: {
            ids: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"],
            source: own(
                "Access authorization per action: a policy engine in LOG_ONLY mode records that a tool call should be denied and lets it run, with PHI in its arguments.",
            ),
        },
        "nist-800-53": {
            ids: ["AC-3", "AC-6"],
            source: own("Access enforcement and least privilege per tool call (the AWS sample's AG-25 publishes no control mapping)."),
        },
        iso27001: { ids: ["A.5.15", "A.8.3"], source: own("Access control and information access restriction at the tool boundary.") },
    },
    fix: 'set `policyEngineConfiguration: { arn: engine.policyEngineArn, mode: "ENFORCE" }` once the policies have been validated in LOG_ONLY mode',
    remediationSteps: [
        "1. Create an AgentCore policy engine with Cedar policies for the gateway's tools, and validate them in LOG_ONLY mode.",
        "2. Switch the gateway's policy engine configuration to ENFORCE.",
        "```typescript",
        'new aws.bedrock.AgentcoreGateway("tools", {',
        "    // ...",
        '    policyEngineConfiguration: { arn: engine.policyEngineArn, mode: "ENFORCE" },',
        "});",
        "```",
    ].join("\n"),
    check(r, report) {
        const cfg = r.get("policyEngineConfiguration");
        if (cfg.state === "unknown") return;
        if (cfg.state === "absent" || cfg.value === null) {
            report(
                "`policyEngineConfiguration` is not set: the gateway's tool calls are not evaluated by an AgentCore policy engine, so any tool the caller's token or role reaches runs with whatever arguments the agent sends.",
            );
            return;
        }
        const mode = r.get("policyEngineConfiguration.mode");
        if (mode.state !== "known") return;
        if (typeof mode.value === "string" && mode.value.trim().toUpperCase() === "ENFORCE") return;
        report(
            typeof mode.value === "string" && mode.value.trim().toUpperCase() === "LOG_ONLY"
                ? "`policyEngineConfiguration.mode` is LOG_ONLY: the policy engine records the tool calls its policies deny and lets them run."
                : "`policyEngineConfiguration.mode` is not ENFORCE: the policy engine does not block the tool calls its policies deny.",
        );
    },
});
