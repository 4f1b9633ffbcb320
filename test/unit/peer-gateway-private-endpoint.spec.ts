// bedrock-agentcore-gateway-target-private-endpoint on AWS's own reference setups
// (test/peers/gateway-private-endpoint.ts): our verdict per gateway target against the one AWS's guidance
// implies, printed for the record. Then, apart, our own mutations of those setups (the private endpoint
// taken away, the server made public), so that a pass above is a judgement and not a policy that never fires.

import * as assert from "assert";
import { bedrockAgentcoreGatewayTargetPrivateEndpoint as policy } from "../../policies/bedrock/bedrock-agentcore-gateway-target-private-endpoint";
import { runStack, StackResourceCase, urnFor } from "../harness";
import { AWS_REFERENCE_CASES } from "../peers/gateway-private-endpoint";

const copy = (s: StackResourceCase[]) => s.map((x) => ({ ...x, props: structuredClone(x.props) }));
const verdictOf = (stack: StackResourceCase[], name: string) => {
    const r = runStack(policy, stack);
    assert.deepStrictEqual(r.cantRun, []);
    assert.strictEqual(r.notApplicable, undefined, "judged: the stack has gateway targets");
    const x = stack.find((s) => s.name === name)!;
    return { verdict: r.urns.includes(urnFor(x.type, x.name)) ? "fail" : "pass", messages: r.violations.map((v) => v.split("\n")[0]) };
};
const find = (stack: StackResourceCase[], name: string) => stack.find((s) => s.name === name)!;
const caseOf = (title: RegExp) => AWS_REFERENCE_CASES.find((c) => title.test(c.title))!;

describe("bedrock-agentcore-gateway-target-private-endpoint on AWS's reference setups", () => {
    let agreed = 0;
    let total = 0;
    after(() => console.log(`      agreement with AWS's reference setups (agreed/total verdicts): ${agreed}/${total}`));
    for (const c of AWS_REFERENCE_CASES) {
        it(`${c.source}: ${c.title}`, () => {
            for (const [name, expected] of Object.entries(c.verdicts)) {
                const { verdict, messages } = verdictOf(copy(c.stack), name);
                total++;
                if (verdict === expected) agreed++;
                assert.strictEqual(verdict, expected, `${name}: ${JSON.stringify(messages)}`);
            }
        });
    }
});

describe("bedrock-agentcore-gateway-target-private-endpoint: our mutations of AWS's setups", () => {
    it("ECS sample without the private endpoint, the ALB internet-facing: the target fails (joined by host through the alias record)", () => {
        const s = copy(caseOf(/^ECS Fargate/).stack);
        delete find(s, "ecs-mcp-server").props.privateEndpoint;
        const alb = find(s, "mcp-alb");
        alb.props.internal = false;
        alb.props.dnsName = String(alb.props.dnsName).replace(/^internal-/, "");
        (find(s, "mcp-domain").props.aliases as { name: string }[])[0].name = `dualstack.${String(alb.props.dnsName)}`;
        const r = verdictOf(s, "ecs-mcp-server");
        assert.strictEqual(r.verdict, "fail");
        assert.match(r.messages[0], /served by load balancer `mcp-alb`, which is reachable from the internet/);
    });

    it("ECS sample without the private endpoint, the ALB still internal: passes (the gateway cannot reach it; not an exposure)", () => {
        const s = copy(caseOf(/^ECS Fargate/).stack);
        delete find(s, "ecs-mcp-server").props.privateEndpoint;
        assert.strictEqual(verdictOf(s, "ecs-mcp-server").verdict, "pass");
    });

    it("self-managed Lattice sample with an EDGE REST API named by its default host and no private endpoint: fails", () => {
        const s = copy(caseOf(/PRIVATE REST API/).stack);
        const api = find(s, "private-api");
        delete api.props.endpointConfiguration;
        const t = find(s, "self-managed-apigw");
        delete t.props.privateEndpoint;
        const schema = JSON.stringify({
            openapi: "3.0.1",
            servers: [{ url: `https://${String(api.props.id)}.execute-api.us-west-2.amazonaws.com/prod` }],
            paths: {},
        });
        (t.props.targetConfiguration as { mcp: { openApiSchema: { inlinePayload: string } } }).mcp.openApiSchema.inlinePayload = schema;
        const r = verdictOf(s, "self-managed-apigw");
        assert.strictEqual(r.verdict, "fail");
        assert.match(
            r.messages[0],
            /served by REST API `private-api`, which is reachable from the internet \(its endpoint type is not PRIVATE\)/,
        );
    });

    it("EKS sample without the private endpoints: passes (the NLB is not a resource of the stack: nothing shows the server is exposed)", () => {
        const s = copy(caseOf(/EKS/).stack);
        for (const t of s) delete t.props.privateEndpoint;
        assert.strictEqual(verdictOf(s, "eks-mcp-server").verdict, "pass");
    });
});
