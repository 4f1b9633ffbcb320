// Case table for stack-ml-types-not-reviewed (issue 26: say what was not judged). A stack of
// reviewed ML resources (a configuration check, or no security setting of their own) passes; a
// type with no check is named with its count; an exempted resource (reviewed by hand) is not counted.

import { stackMlTypesNotReviewed } from "../../policies/stack/stack-ml-types-not-reviewed";
import { StackResourceCase, UNKNOWN } from "../harness";
import type { StackCases } from "../policy-cases";

const reviewedStack = (): StackResourceCase[] => [
    { type: "aws:bedrock/agentAgent:AgentAgent", name: "agent", props: { agentName: "intake", customerEncryptionKeyArn: UNKNOWN } },
    { type: "aws:bedrock/agentAgentAlias:AgentAgentAlias", name: "alias", props: { agentAliasName: "live", agentId: UNKNOWN } },
    { type: "aws:sagemaker/endpoint:Endpoint", name: "endpoint", props: { endpointConfigName: UNKNOWN } },
    { type: "aws-native:bedrockagentcore:Runtime", name: "runtime", props: { agentRuntimeName: "triage" } },
    { type: "aws:s3/bucket:Bucket", name: "data", props: {} },
];

const unreviewed = (type: string, name: string): StackResourceCase => ({ type, name, props: { name } });

export const stackCases: StackCases[] = [
    {
        policy: stackMlTypesNotReviewed,
        compliant: reviewedStack,
        alsoCompliant: [
            {
                title: "a resource of a type with no check, exempted after a review by hand",
                mutate: (s) => s.push(unreviewed("aws-native:s3vectors:Index", "vectors-index")),
            },
        ],
        config: { exemptions: [{ resource: "vectors-index", reason: "reviewed by hand in SEC-1", expires: "2099-12-31" }] },
        mutations: [
            {
                title: "two OpenSearch Serverless collections (no check yet)",
                mutate: (s) => {
                    s.push(unreviewed("aws:opensearch/serverlessVpcEndpoint:ServerlessVpcEndpoint", "aoss-a"));
                    s.push(unreviewed("aws:opensearch/serverlessVpcEndpoint:ServerlessVpcEndpoint", "aoss-b"));
                },
                expect: /Not yet reviewed by sagemaker-guard: `aws:opensearch\/serverlessVpcEndpoint:ServerlessVpcEndpoint` ×2\./,
            },
            {
                title: "a DataZone project and a SageMaker model card export job, sorted by type",
                mutate: (s) => {
                    s.push(unreviewed("aws:sagemaker/modelCardExportJob:ModelCardExportJob", "card-export"));
                    s.push(unreviewed("aws-native:datazone:Project", "dz"));
                },
                expect: /`aws-native:datazone:Project` ×1, `aws:sagemaker\/modelCardExportJob:ModelCardExportJob` ×1\./,
            },
        ],
    },
];
