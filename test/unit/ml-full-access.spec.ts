// The ML FullAccess list is generated from AWS's managed-policy data (scripts/update-ml-managed-policies.ts);
// these tests pin what the generator keeps and that the generated file is well formed.

import * as assert from "assert";
import { awsManagedPolicyName } from "../../policies/core/iam";
import { fullAccessOf } from "../../policies/iam/ml-full-access";
import { ML_FULL_ACCESS_POLICIES } from "../../policies/iam/ml-full-access-policies";
import { fullyAllowedPrefixes, mlServicePrefixes } from "../../scripts/update-ml-managed-policies";

describe("ML FullAccess managed policies (generated from AWS's data)", () => {
    it("holds the ML services' FullAccess policies, BedrockAgentCoreFullAccess included, each under its own ARN", () => {
        for (const n of ["AmazonSageMakerFullAccess", "AmazonBedrockFullAccess", "BedrockAgentCoreFullAccess", "AmazonDataZoneFullAccess"])
            assert.ok(n in ML_FULL_ACCESS_POLICIES, n);
        for (const [name, p] of Object.entries(ML_FULL_ACCESS_POLICIES)) {
            assert.strictEqual(awsManagedPolicyName(p.arn), name);
            assert.ok(name.includes("FullAccess"));
            assert.ok(p.allows.length > 0 && p.allows.every((a) => /^[a-z0-9-]+:\*$/.test(a)), name);
        }
    });

    it("takes the ML prefixes from AWS's service list", () => {
        const prefixes = mlServicePrefixes();
        for (const p of ["sagemaker", "bedrock", "bedrock-agentcore", "datazone", "s3vectors", "aoss"]) assert.ok(prefixes.includes(p), p);
        assert.ok(!prefixes.includes("s3") && !prefixes.includes("es"));
    });

    it("keeps a policy only for an Allow of every action of an ML prefix", () => {
        const prefixes = mlServicePrefixes();
        const doc = (Statement: unknown) => ({ Statement });
        assert.deepStrictEqual(fullyAllowedPrefixes(doc({ Effect: "Allow", Action: "bedrock-agentcore:*", Resource: "*" }), prefixes), [
            "bedrock-agentcore",
        ]);
        assert.deepStrictEqual(fullyAllowedPrefixes(doc([{ Effect: "Allow", Action: ["bedrock:InvokeModel", "s3:*"] }]), prefixes), []);
        assert.deepStrictEqual(fullyAllowedPrefixes(doc([{ Effect: "Deny", Action: "sagemaker:*" }]), prefixes), []);
        assert.deepStrictEqual(fullyAllowedPrefixes(doc({ Effect: "Allow", Action: ["SageMaker:*", "datazone:*"] }), prefixes), [
            "datazone",
            "sagemaker",
        ]);
    });

    it("answers only for listed names (not for Object.prototype keys)", () => {
        assert.strictEqual(fullAccessOf("constructor"), undefined);
        assert.strictEqual(fullAccessOf("AmazonS3FullAccess"), undefined);
        assert.match(fullAccessOf("BedrockAgentCoreFullAccess")!, /^`bedrock-agentcore:\*`, every action/);
    });
});
