// Issue 26 policies: behaviour that depends on a policy's config (the case tables run with the
// defaults in the engine tier).

import * as assert from "assert";
import { bedrockAgentIdleSessionTtl } from "../../policies/bedrock/bedrock-agent-idle-session-ttl";
import { runResource } from "../harness";

describe("bedrock-agent-idle-session-ttl: the configured maximum", () => {
    const run = (props: Record<string, unknown>, config?: Record<string, unknown>) =>
        runResource(bedrockAgentIdleSessionTtl, { type: "aws:bedrock/agentAgent:AgentAgent", props, config });

    it("judges Bedrock's default (600) against a stricter configured maximum", () => {
        const r = run({ agentName: "intake" }, { maxIdleSessionTtlSeconds: 300 });
        assert.strictEqual(r.violations.length, 1);
        assert.match(r.violations[0], /`idleSessionTtlInSeconds` is 600: .* maximum of 300 seconds/);
    });

    it("accepts up to the configured maximum, and Bedrock's maximum when configured so", () => {
        assert.deepStrictEqual(
            run({ agentName: "intake", idleSessionTtlInSeconds: 300 }, { maxIdleSessionTtlSeconds: 300 }).violations,
            [],
        );
        assert.deepStrictEqual(
            run({ agentName: "intake", idleSessionTtlInSeconds: 3600 }, { maxIdleSessionTtlSeconds: 3600 }).violations,
            [],
        );
    });
});
