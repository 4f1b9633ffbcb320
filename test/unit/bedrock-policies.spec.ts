// Edge cases of the Bedrock policies that the case tables (test/cases/bedrock.ts) do not express:
// several list entries, unknowns inside entries, string booleans, and the control ids' catalog.

import * as assert from "assert";
import { bedrockPolicies } from "../../policies/bedrock";
import { bedrockAgentGuardrailAttached } from "../../policies/bedrock/bedrock-agent-guardrail-attached";
import { bedrockAgentcoreCodeInterpreterPrivateNetwork } from "../../policies/bedrock/bedrock-agentcore-code-interpreter-private-network";
import { bedrockGuardrailPromptAttackFilter } from "../../policies/bedrock/bedrock-guardrail-prompt-attack-filter";
import { bedrockGuardrailSensitiveInformationFilter } from "../../policies/bedrock/bedrock-guardrail-sensitive-information-filter";
import { bedrockInvocationLoggingEnabled } from "../../policies/bedrock/bedrock-invocation-logging-enabled";
import type { GuardPolicy } from "../../policies/core/policy";
import { runResource, UNKNOWN } from "../harness";

const run = (policy: GuardPolicy, type: string, props: Record<string, unknown>) => {
    const r = runResource(policy, { type, props });
    assert.deepStrictEqual(r.cantRun, []);
    for (const v of r.violations) assert.doesNotMatch(v, /could not evaluate/);
    return r.violations;
};

describe("bedrock policies: edge cases", () => {
    const agent = "aws:bedrock/agentAgent:AgentAgent";
    const guardrail = "aws:bedrock/guardrail:Guardrail";

    it("guardrail attached: one good entry among empty ones passes", () => {
        const props = { guardrailConfigurations: [{ guardrailIdentifier: "" }, { guardrailIdentifier: "gr-1", guardrailVersion: "1" }] };
        assert.deepStrictEqual(run(bedrockAgentGuardrailAttached, agent, props), []);
    });

    it("guardrail attached: an unknown list element counts as a guardrail (same-stack reference)", () => {
        assert.deepStrictEqual(run(bedrockAgentGuardrailAttached, agent, { guardrailConfigurations: [UNKNOWN] }), []);
    });

    it("PII filter: one effective filter among NONE filters passes", () => {
        const props = {
            sensitiveInformationPolicyConfig: {
                piiEntitiesConfigs: [
                    { type: "NAME", action: "NONE" },
                    { type: "EMAIL", action: "BLOCK" },
                ],
            },
        };
        assert.deepStrictEqual(run(bedrockGuardrailSensitiveInformationFilter, guardrail, props), []);
    });

    it("PII filter: an unknown action cannot be judged at preview", () => {
        const props = { sensitiveInformationPolicyConfig: { piiEntitiesConfigs: [{ type: "NAME", action: UNKNOWN }] } };
        assert.deepStrictEqual(run(bedrockGuardrailSensitiveInformationFilter, guardrail, props), []);
    });

    it('PII filter: string "false" for both directions counts as disabled', () => {
        const props = {
            sensitiveInformationPolicyConfig: {
                piiEntitiesConfigs: [{ type: "NAME", action: "BLOCK", inputEnabled: "false", outputEnabled: "false" }],
            },
        };
        assert.strictEqual(run(bedrockGuardrailSensitiveInformationFilter, guardrail, props).length, 1);
    });

    it("prompt attack: a filter whose type is unknown defers the decision to update", () => {
        const props = { contentPolicyConfig: { filtersConfigs: [{ type: UNKNOWN, inputStrength: "LOW", outputStrength: "NONE" }] } };
        assert.deepStrictEqual(run(bedrockGuardrailPromptAttackFilter, guardrail, props), []);
    });

    it("prompt attack: reports only the first problem of the filter", () => {
        const props = {
            contentPolicyConfig: {
                filtersConfigs: [
                    { type: "PROMPT_ATTACK", inputStrength: "LOW", outputStrength: "NONE", inputEnabled: false, inputAction: "NONE" },
                ],
            },
        };
        const v = run(bedrockGuardrailPromptAttackFilter, guardrail, props);
        assert.strictEqual(v.length, 1);
        assert.match(v[0], /`inputStrength` is "LOW"/);
    });

    it("invocation logging: an unknown log group is a destination", () => {
        const props = { loggingConfig: { cloudwatchConfig: { logGroupName: UNKNOWN, roleArn: UNKNOWN } } };
        assert.deepStrictEqual(
            run(bedrockInvocationLoggingEnabled, "aws:bedrockmodel/invocationLoggingConfiguration:InvocationLoggingConfiguration", props),
            [],
        );
    });

    it("code interpreter: SANDBOX passes (deliberately stricter-than-needed peers fail it)", () => {
        const props = { networkConfiguration: { networkMode: "SANDBOX" } };
        assert.deepStrictEqual(
            run(bedrockAgentcoreCodeInterpreterPrivateNetwork, "aws:bedrock/agentcoreCodeInterpreter:AgentcoreCodeInterpreter", props),
            [],
        );
    });

    it("every Bedrock policy is named bedrock-* and every own mapping carries a rationale", () => {
        for (const p of bedrockPolicies) {
            assert.match(p.name, /^bedrock-/);
            for (const m of Object.values(p.controls)) {
                if (m!.source.kind === "own") assert.ok(m!.source.rationale.length > 40, `${p.name}: rationale`);
            }
        }
    });

    it("every Bedrock control id resolves in the control catalog", () => {
        // Loaded lazily: the control catalog is another engineer's module and may be absent on older trees.
        let find: ((fw: string, id: string) => unknown) | undefined;
        try {
            find = require("../../policies/core/controls").findControl;
        } catch {
            return;
        }
        for (const p of bedrockPolicies)
            for (const [fw, m] of Object.entries(p.controls)) for (const id of m!.ids) assert.ok(find!(fw, id), `${p.name}: ${fw} ${id}`);
    });
});
