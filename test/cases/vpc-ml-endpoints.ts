// Case table of vpc-ml-service-endpoint-policy-restricted, the single-resource half of
// vpc-ml-endpoint-policy-restricted (policies/network/vpc-ml-service-endpoint-policy-restricted.ts):
// an endpoint whose own `serviceName` is a SageMaker or Bedrock service, with a restricted `policy`;
// each wide-open or invalid `policy` on each kind of ML service endpoint (by its name alone); and the
// endpoints the resource half does not judge (not applicable: other services, Gateway Load Balancer
// endpoints). An absent `policy` is not applicable at preview (a `VpcEndpointPolicy` may set it) but is
// the AWS default document in an account audit, so it has no single audit shape: it is in
// test/unit/vpc-ml-endpoints.spec.ts and test/engine/one-finding-per-fact.spec.ts. The stack half's
// own cases are in stack-ml.ts.

import { vpcMlServiceEndpointPolicyRestricted } from "../../policies/network/vpc-ml-service-endpoint-policy-restricted";
import { UNKNOWN } from "../harness";
import type { PolicyCases } from "../policy-cases";

type St = Record<string, unknown>;
type Props = Record<string, unknown>;

export const doc = (...Statement: St[]) => JSON.stringify({ Version: "2012-10-17", Statement });
/** Every principal, every action, every resource, no condition. */
export const OPEN: St = { Effect: "Allow", Principal: "*", Action: "*", Resource: "*" };
/** Invoke one endpoint, for principals of one organisation. */
export const RESTRICTED: St = {
    Effect: "Allow",
    Principal: "*",
    Action: "sagemaker:InvokeEndpoint",
    Resource: "arn:aws:sagemaker:us-east-1:111122223333:endpoint/churn",
    Condition: { StringEquals: { "aws:PrincipalOrgID": "o-exampleorgid" } },
};
export const service = (svc: string) => `com.amazonaws.us-east-1.${svc}`;

const setService =
    (serviceName: string, ...statements: St[]) =>
    (p: Props) => {
        p.serviceName = serviceName;
        p.policy = doc(...statements);
    };
const OPEN_MSG = (product: string) =>
    new RegExp(
        `This ${product} VPC endpoint's \`policy\` allows every principal every action on every resource without a condition, so workloads in its VPC can reach any account's resources through it\\.`,
    );

export const cases: PolicyCases[] = [
    {
        policy: vpcMlServiceEndpointPolicyRestricted,
        type: "aws:ec2/vpcEndpoint:VpcEndpoint",
        compliant: {
            vpcId: UNKNOWN,
            serviceName: service("sagemaker.runtime"),
            vpcEndpointType: "Interface",
            privateDnsEnabled: true,
            subnetIds: [UNKNOWN],
            securityGroupIds: [UNKNOWN],
            policy: doc(RESTRICTED),
        },
        mutations: [
            {
                title: "sagemaker.runtime: * to * for *",
                mutate: setService(service("sagemaker.runtime"), OPEN),
                expect: OPEN_MSG("SageMaker"),
            },
            {
                title: "sagemaker.api: sagemaker:* on * for {AWS: *}",
                mutate: setService(service("sagemaker.api"), { ...OPEN, Principal: { AWS: "*" }, Action: "sagemaker:*" }),
                expect: OPEN_MSG("SageMaker"),
            },
            {
                title: "sagemaker.featurestore-runtime: a NotAction naming no SageMaker action",
                mutate: setService(service("sagemaker.featurestore-runtime"), {
                    Effect: "Allow",
                    Principal: "*",
                    NotAction: "s3:*",
                    Resource: "*",
                }),
                expect: OPEN_MSG("SageMaker"),
            },
            {
                title: "sagemaker.api-fips: every SageMaker resource by ARN prefix",
                mutate: setService(service("sagemaker.api-fips"), { ...OPEN, Action: "sagemaker:*", Resource: "arn:aws:sagemaker:*" }),
                expect: OPEN_MSG("SageMaker"),
            },
            {
                title: "the notebook service (aws.sagemaker.<region>.notebook): * to *",
                mutate: setService("aws.sagemaker.us-east-1.notebook", OPEN),
                expect: OPEN_MSG("SageMaker"),
            },
            {
                title: "the Studio service (aws.sagemaker.<region>.studio): * to *",
                mutate: setService("aws.sagemaker.us-east-1.studio", OPEN),
                expect: OPEN_MSG("SageMaker"),
            },
            {
                title: "a China-region sagemaker.runtime (cn.com.amazonaws): * to *",
                mutate: setService("cn.com.amazonaws.cn-north-1.sagemaker.runtime", OPEN),
                expect: OPEN_MSG("SageMaker"),
            },
            { title: "bedrock-runtime: * to *", mutate: setService(service("bedrock-runtime"), OPEN), expect: OPEN_MSG("Bedrock") },
            {
                title: "bedrock-agent-runtime: bedrock:* on every Bedrock resource",
                mutate: setService(service("bedrock-agent-runtime"), { ...OPEN, Action: "bedrock:*", Resource: "arn:aws:bedrock:*" }),
                expect: OPEN_MSG("Bedrock"),
            },
            { title: "bedrock (control plane): * to *", mutate: setService(service("bedrock"), OPEN), expect: OPEN_MSG("Bedrock") },
            { title: "bedrock-agent: * to *", mutate: setService(service("bedrock-agent"), OPEN), expect: OPEN_MSG("Bedrock") },
            {
                title: "bedrock-agentcore: bedrock-agentcore:* on *",
                mutate: setService(service("bedrock-agentcore"), { ...OPEN, Action: "bedrock-agentcore:*" }),
                expect: OPEN_MSG("Bedrock AgentCore"),
            },
            {
                title: "sagemaker.runtime: a restricted statement beside an open one",
                mutate: setService(service("sagemaker.runtime"), RESTRICTED, OPEN),
                expect: OPEN_MSG("SageMaker"),
            },
            {
                title: "sagemaker.runtime: not JSON",
                mutate: (p) => void (p.policy = "{not json"),
                expect: /This SageMaker VPC endpoint's `policy` is not a valid policy document\./,
            },
            {
                title: "bedrock-runtime: a JSON string that is no policy document",
                mutate: (p) => {
                    p.serviceName = service("bedrock-runtime");
                    p.policy = JSON.stringify(["Allow"]);
                },
                expect: /This Bedrock VPC endpoint's `policy` is not a valid policy document\./,
            },
        ],
        alsoCompliant: [
            {
                title: "bedrock-runtime, restricted",
                mutate: setService(service("bedrock-runtime"), {
                    ...RESTRICTED,
                    Action: "bedrock:InvokeModel",
                    Resource: "arn:aws:bedrock:us-east-1::foundation-model/*",
                }),
            },
            {
                title: "* to * for principals of one account (a Principal)",
                mutate: setService(service("sagemaker.api"), { ...OPEN, Principal: { AWS: "arn:aws:iam::111122223333:root" } }),
            },
            {
                title: "* to * under an aws:PrincipalOrgID condition",
                mutate: setService(service("sagemaker.api"), { ...OPEN, Condition: RESTRICTED.Condition }),
            },
            { title: "a Deny of * to *", mutate: setService(service("sagemaker.api"), { ...OPEN, Effect: "Deny" }) },
            {
                title: "sagemaker:* on named endpoints only",
                mutate: setService(service("sagemaker.runtime"), {
                    ...OPEN,
                    Action: "sagemaker:*",
                    Resource: "arn:aws:sagemaker:us-east-1:111122223333:endpoint/*",
                }),
            },
            {
                title: "a Bedrock endpoint whose policy allows only SageMaker actions",
                mutate: setService(service("bedrock-runtime"), { ...OPEN, Action: "sagemaker:*" }),
            },
            {
                title: "an AgentCore endpoint whose policy allows only bedrock:*",
                mutate: setService(service("bedrock-agentcore"), { ...OPEN, Action: "bedrock:*" }),
            },
            // Not evidently ML by its own name: the stack policy's (not applicable here).
            { title: "an S3 endpoint with * to * (not an ML service: the stack policy's)", mutate: setService(service("s3"), OPEN) },
            { title: "an ecr.api endpoint with * to * (the stack policy's)", mutate: setService(service("ecr.api"), OPEN) },
            {
                title: "a logs endpoint with an invalid policy (the stack policy's)",
                mutate: (p) => ((p.serviceName = service("logs")), (p.policy = "{not json")),
            },
            {
                title: "an endpoint service of another account (vpce-svc) with * to *",
                mutate: setService("com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0", OPEN),
            },
            { title: "sagemakerx (not a SageMaker service) with * to *", mutate: setService(service("sagemakerx.api"), OPEN) },
            {
                title: "a Gateway Load Balancer endpoint for bedrock-runtime with * to * (no endpoint policy there)",
                mutate: (p) => {
                    setService(service("bedrock-runtime"), OPEN)(p);
                    p.vpcEndpointType = "GatewayLoadBalancer";
                },
            },
        ],
        unknownPaths: ["serviceName", "policy", "vpcEndpointType", "vpcId", "subnetIds"],
    },
];
