import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";

export const bedrockAgentcoreBrowserSessionRecording = resourcePolicy({
    name: "bedrock-agentcore-browser-session-recording",
    description: "Bedrock AgentCore browsers should record their sessions.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "detection",
    resources: {
        "aws:bedrock/agentcoreBrowser:AgentcoreBrowser": {},
        "aws-native:bedrockagentcore:BrowserCustom": { fields: { recording: "recordingConfig" } },
    },
    // Peer: Security Hub BedrockAgentCore.6 (session recording enabled), no mapping published.
    controls: {
        hipaa: {
            ids: ["164.312(b)"],
            source: own(
                "Audit controls: a recording is the only record of what an agent did in a browser session, e.g. which PHI it entered into which site.",
            ),
        },
        "nist-800-53": { ids: ["AU-2", "AU-12"], source: own("Event logging and audit record generation for agent browser sessions.") },
        iso27001: { ids: ["A.8.15"], source: own("Logging of activities on the browser tool.") },
    },
    fix: 'set `recording: { enabled: true, s3Location: { bucket: recordings.id, prefix: "browser/" } }` (a KMS-encrypted bucket)',
    remediationSteps: [
        "1. Enable session recording to a KMS-encrypted, access-logged S3 bucket (recordings show the pages the agent saw, which may contain PHI).",
        "```typescript",
        'new aws.bedrock.AgentcoreBrowser("browser", {',
        "    // ...",
        '    recording: { enabled: true, s3Location: { bucket: recordings.id, prefix: "browser/" } },',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.bedrock.AgentcoreBrowser("browser", {\n    name: "portal",\n    networkConfiguration: { networkMode: "VPC", vpcConfig },\n});',
        after: 'new aws.bedrock.AgentcoreBrowser("browser", {\n    name: "portal",\n    networkConfiguration: { networkMode: "VPC", vpcConfig },\n    recording: { enabled: true, s3Location: { bucket: recordings.id, prefix: "browser/" } },\n});',
    },
    check(r, report) {
        const v = r.get("recording.enabled", false);
        if (v.state !== "known" || v.value === true || v.value === "true") return;
        report(`Session recording is ${describe(v, [true, false])}: there is no record of what the agent did in its browser sessions.`);
    },
});
