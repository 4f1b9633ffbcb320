// The split of vpc-ml-endpoint-policy-restricted (policies/network/vpc-ml-service-endpoint-policy-restricted.ts):
// which endpoints are evidently ML from their own `serviceName`, why the resource half says "not
// applicable" on the others (an absent `policy` among them: a VpcEndpointPolicy may set it), and that
// every endpoint policy document of an ML VPC is judged by exactly one of the two halves.

import * as assert from "assert";
import { catalog } from "../../policies/catalog";
import { mlEndpointService } from "../../policies/core/network";
import { vpcMlEndpointPolicyRestricted } from "../../policies/network/vpc-ml-endpoint-policy-restricted";
import { vpcMlServiceEndpointPolicyRestricted } from "../../policies/network/vpc-ml-service-endpoint-policy-restricted";
import { runResource, runStack, StackResourceCase, UNKNOWN, urnFor } from "../harness";
import { doc, OPEN, RESTRICTED, service } from "../cases/vpc-ml-endpoints";
import { referenceStack } from "../cases/stack-ml";

const ENDPOINT = "aws:ec2/vpcEndpoint:VpcEndpoint";
const STACK = vpcMlEndpointPolicyRestricted;
const HALF = vpcMlServiceEndpointPolicyRestricted;

describe("VPC endpoints: evidently ML, from the endpoint's own serviceName", () => {
    it("the stack policy names its resource half, which has its level, severity, controls and fix", () => {
        assert.strictEqual(STACK.kind === "stack" && STACK.resourceHalf, HALF.name);
        assert.ok(catalog.includes(HALF) && catalog.includes(STACK));
        assert.strictEqual(HALF.kind, "resource");
        for (const k of ["severity", "enforcementLevel", "practice", "controls", "fix", "remediationSteps"] as const)
            assert.deepStrictEqual(HALF[k], STACK[k], k);
        assert.match(HALF.description, /the single-resource half of vpc-ml-endpoint-policy-restricted/);
        assert.ok(HALF.tags?.includes("account-audit"));
    });

    const ml: [string, string][] = [
        [service("sagemaker.api"), "sagemaker"],
        [service("sagemaker.runtime"), "sagemaker"],
        [service("sagemaker.runtime-fips"), "sagemaker"],
        [service("sagemaker.featurestore-runtime"), "sagemaker"],
        [service("sagemaker.metrics"), "sagemaker"],
        ["aws.sagemaker.us-east-1.notebook", "sagemaker"],
        ["aws.sagemaker.eu-west-2.studio", "sagemaker"],
        ["cn.com.amazonaws.cn-north-1.sagemaker.api", "sagemaker"],
        [" com.amazonaws.us-gov-west-1.sagemaker.api ", "sagemaker"],
        [service("bedrock"), "bedrock"],
        [service("bedrock-runtime"), "bedrock"],
        [service("bedrock-runtime-fips"), "bedrock"],
        [service("bedrock-agent"), "bedrock"],
        [service("bedrock-agent-runtime"), "bedrock"],
        [service("bedrock-data-automation-runtime"), "bedrock"],
        [service("bedrock-agentcore"), "bedrock-agentcore"],
        [service("bedrock-agentcore.gateway"), "bedrock-agentcore"],
        [service("bedrock-agentcore-control"), "bedrock-agentcore"],
    ];
    for (const [name, want] of ml) it(`evidently ML: ${name.trim()} (${want})`, () => assert.strictEqual(mlEndpointService(name), want));

    const notMl = [
        service("s3"),
        service("ecr.api"),
        service("ecr.dkr"),
        service("logs"),
        service("sts"),
        service("kms"),
        service("execute-api"),
        service("sagemakerx.api"),
        service("bedrockish"),
        "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0",
        "aws.sagemaker.us-east-1",
        "sagemaker.api",
        "",
    ];
    for (const name of notMl) it(`not evidently ML: ${JSON.stringify(name)}`, () => assert.strictEqual(mlEndpointService(name), undefined));
});

describe("VPC endpoints: not applicable, with the reason, where the resource half does not judge", () => {
    const na = (props: Record<string, unknown>) => runResource(HALF, { type: ENDPOINT, props }).notApplicable;
    const ep = (extra: Record<string, unknown>) => ({ serviceName: service("sagemaker.runtime"), vpcEndpointType: "Interface", ...extra });

    it("an ML service endpoint without an inline policy: the stack policy's (a VpcEndpointPolicy may set it), never a finding at preview", () => {
        for (const svc of ["sagemaker.api", "sagemaker.runtime", "bedrock-runtime", "bedrock-agentcore"]) {
            const r = runResource(HALF, { type: ENDPOINT, props: { serviceName: service(svc), vpcEndpointType: "Interface" } });
            assert.deepStrictEqual(r.violations, [], svc);
            assert.strictEqual(
                r.notApplicable,
                "no inline `policy`: vpc-ml-endpoint-policy-restricted judges it with any VpcEndpointPolicy of the stack",
                svc,
            );
        }
    });

    it("an endpoint for another service, or with no service name", () => {
        const reason =
            "not an endpoint for a SageMaker or Bedrock service: vpc-ml-endpoint-policy-restricted judges it when its VPC hosts SageMaker or Bedrock resources";
        for (const props of [
            ep({ serviceName: service("s3"), policy: doc(OPEN) }),
            ep({ serviceName: service("logs") }),
            { policy: doc(OPEN) },
        ])
            assert.strictEqual(na(props), reason, JSON.stringify(props));
    });

    it("a Gateway Load Balancer endpoint", () => {
        assert.strictEqual(
            na(ep({ vpcEndpointType: "GatewayLoadBalancer", policy: doc(OPEN) })),
            "a Gateway Load Balancer endpoint takes no endpoint policy",
        );
    });

    it("values unknown at preview", () => {
        assert.strictEqual(
            na(ep({ serviceName: UNKNOWN, policy: doc(OPEN) })),
            "its `serviceName` is unknown until apply (judged then; vpc-ml-endpoint-policy-restricted judges it at preview)",
        );
        assert.strictEqual(na(ep({ policy: UNKNOWN })), "its `policy` is unknown until apply (judged then)");
    });

    it("judged (not 'not applicable') when evidently ML with a policy, right or wrong", () => {
        assert.strictEqual(na(ep({ policy: doc(RESTRICTED) })), undefined);
        const r = runResource(HALF, { type: ENDPOINT, props: ep({ policy: doc(OPEN) }) });
        assert.strictEqual(r.notApplicable, undefined);
        assert.strictEqual(r.violations.length, 1);
    });
});

describe("VPC endpoints: each endpoint policy of an ML VPC judged by exactly one half", () => {
    const props = (s: StackResourceCase[], name: string) => s.find((r) => r.name === name)!.props;
    /** The reference ML stack (every endpoint's policy restricted), with every kind of wrong endpoint policy. */
    const stack = (): StackResourceCase[] => {
        const s = referenceStack();
        props(s, "ep-sagemaker.api").policy = doc(OPEN); // ML, its own: the resource half's
        props(s, "ep-sagemaker.runtime").policy = "{not json"; // ML, its own: the resource half's
        delete props(s, "ep-sts").policy; // not ML, absent: the stack's
        props(s, "ep-logs").policy = doc(OPEN); // not ML, its own: the stack's
        const agentcore = {
            type: ENDPOINT,
            name: "ep-agentcore",
            props: { vpcId: UNKNOWN, serviceName: service("bedrock-agentcore"), vpcEndpointType: "Interface" },
            propertyDependencies: { vpcId: [urnFor("aws:ec2/vpc:Vpc", "ml-vpc")] },
            dependencies: [urnFor("aws:ec2/vpc:Vpc", "ml-vpc")],
        };
        // ML, absent, set by a separate VpcEndpointPolicy that allows bedrock-agentcore:* to everyone: the stack's, on that resource.
        const separate = {
            type: "aws:ec2/vpcEndpointPolicy:VpcEndpointPolicy",
            name: "ep-agentcore-policy",
            props: { vpcEndpointId: UNKNOWN, policy: doc({ ...OPEN, Action: "bedrock-agentcore:*" }) },
            propertyDependencies: { vpcEndpointId: [urnFor(ENDPOINT, "ep-agentcore")] },
            dependencies: [urnFor(ENDPOINT, "ep-agentcore")],
        };
        return [...s, agentcore, separate];
    };
    const expected: [resource: string, half: "stack" | "resource", message: RegExp][] = [
        ["ep-sagemaker.api", "resource", /^This SageMaker VPC endpoint's `policy` allows every principal every action/],
        ["ep-sagemaker.runtime", "resource", /^This SageMaker VPC endpoint's `policy` is not a valid policy document\./],
        ["ep-sts", "stack", /^This endpoint in VPC `ml-vpc` .* has no `policy` \(AWS default: full access/],
        ["ep-logs", "stack", /^This endpoint's `policy` in VPC `ml-vpc` .* allows every principal every action/],
        [
            "ep-agentcore-policy",
            "stack",
            /^This endpoint policy for endpoint `ep-agentcore` in VPC `ml-vpc` .* allows every principal every action/,
        ],
    ];

    it("a preview of the reference ML stack: five wrong documents, five findings, each by its half", () => {
        const s = stack();
        const fromStack = runStack(STACK, s);
        const byStack = fromStack.urns.map((u, i) => [u.split("::").pop()!, fromStack.violations[i].split("\n")[0]] as const);
        const byResource = s.flatMap((r) =>
            r.type === ENDPOINT
                ? runResource(HALF, { type: r.type, name: r.name, props: r.props }).violations.map(
                      (m) => [r.name, m.split("\n")[0]] as const,
                  )
                : [],
        );
        const got = [...byStack.map(([n, m]) => [n, "stack", m] as const), ...byResource.map(([n, m]) => [n, "resource", m] as const)];
        assert.deepStrictEqual(got.map(([n, h]) => `${n} ${h}`).sort(), expected.map(([n, h]) => `${n} ${h}`).sort());
        for (const [n, h, re] of expected) assert.match(got.find(([gn, gh]) => gn === n && gh === h)![2], re, n);
    });

    it("a stack's state (a stack audit): the endpoint's own policy holds what its VpcEndpointPolicy set; one finding, the resource half's", () => {
        const s = stack();
        const agentcore = props(s, "ep-agentcore");
        agentcore.policy = props(s, "ep-agentcore-policy").policy;
        agentcore.vpcId = "vpc-0123456789abcdef0";
        const fromStack = runStack(STACK, s).urns.map((u) => u.split("::").pop());
        const fromHalf = runResource(HALF, { type: ENDPOINT, name: "ep-agentcore", props: agentcore }).violations;
        assert.ok(!fromStack.includes("ep-agentcore-policy") && !fromStack.includes("ep-agentcore"), JSON.stringify(fromStack));
        assert.strictEqual(fromHalf.length, 1);
        assert.match(fromHalf[0], /^This Bedrock AgentCore VPC endpoint's `policy` allows every principal every action/);
    });
});
