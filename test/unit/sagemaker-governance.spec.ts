// The PHI scope of sagemaker-endpoint-model-monitor (phiStackTag on the stack, or the same tags on the
// endpoint), which the case tables cannot express (they run without stack tags).

import * as assert from "assert";
import { sagemakerEndpointModelMonitor } from "../../policies/sagemaker/sagemaker-endpoint-model-monitor";
import { runStack, urnFor } from "../harness";
import { findResource } from "../policy-cases";
import { monitoredStack } from "../cases/sagemaker-governance";

const PHI = { phiStackTag: { "data-classification": "phi" } };
const unmonitored = () => monitoredStack().filter((r) => r.name !== "triage-monitor");

describe("sagemaker-endpoint-model-monitor: PHI scope", () => {
    it("without phiStackTag every stack is in scope", () => {
        assert.strictEqual(runStack(sagemakerEndpointModelMonitor, unmonitored()).violations.length, 1);
    });
    it("with phiStackTag, a stack carrying the tag is in scope", () => {
        const r = runStack(sagemakerEndpointModelMonitor, unmonitored(), PHI, { "data-classification": "phi" });
        assert.strictEqual(r.violations.length, 1);
        assert.match(r.violations[0], /Scope: strict level|Endpoint `triage`/);
    });
    it("with phiStackTag, a stack without the tag is not applicable, unless the endpoint itself carries the tag", () => {
        const r = runStack(sagemakerEndpointModelMonitor, unmonitored(), PHI, { "data-classification": "internal" });
        assert.deepStrictEqual(r.violations, []);
        assert.match(r.notApplicable ?? "", /marked as serving PHI/);
        for (const tags of [{ "data-classification": "phi" }, [{ key: "data-classification", value: "phi" }]]) {
            const stack = unmonitored();
            findResource(stack, "triage").props.tags = tags;
            assert.strictEqual(runStack(sagemakerEndpointModelMonitor, stack, PHI, {}).violations.length, 1, JSON.stringify(tags));
        }
    });
});

describe("sagemaker-endpoint-model-monitor: joins", () => {
    it("a monitor of another endpoint does not cover this one", () => {
        const stack = monitoredStack();
        stack.push({ type: "aws:sagemaker/endpoint:Endpoint", name: "other", props: { name: "other", endpointConfigName: "other-ec" } });
        findResource(stack, "triage-dq").propertyDependencies = {
            dataQualityJobInput: [urnFor("aws:sagemaker/endpoint:Endpoint", "other")],
        };
        const r = runStack(sagemakerEndpointModelMonitor, stack);
        assert.strictEqual(r.violations.length, 1);
        assert.match(r.violations[0], /Endpoint `triage`/);
    });
    it("a stopped schedule watches nothing", () => {
        const stack = monitoredStack();
        const s = findResource(stack, "triage-monitor");
        s.type = "aws-native:sagemaker:MonitoringSchedule";
        s.props.monitoringScheduleStatus = "Stopped";
        assert.strictEqual(runStack(sagemakerEndpointModelMonitor, stack).violations.length, 1);
        s.props.monitoringScheduleStatus = "Scheduled";
        assert.strictEqual(runStack(sagemakerEndpointModelMonitor, stack).violations.length, 0);
    });
});
