// The display name Pulumi Cloud shows for a policy, derived from its stable name so that the two
// cannot drift: the service, then the rest with AWS's spelling of acronyms and product names
// (`sagemaker-notebook-imdsv2` -> `SageMaker: notebook IMDSv2`). A policy may set `displayName` instead.

/** Services (the name's first segments) and how AWS writes them. */
const SERVICES: Record<string, string> = {
    "bedrock-agentcore": "Bedrock AgentCore",
    bedrock: "Bedrock",
    cloudtrail: "CloudTrail",
    ec2: "EC2",
    guardduty: "GuardDuty",
    hygiene: "Hygiene",
    iam: "IAM",
    kms: "KMS",
    logs: "CloudWatch Logs",
    s3: "S3",
    sagemaker: "SageMaker",
    stack: "Stack",
    vpc: "VPC",
};

/** Words spelled other than in lower case. */
const WORDS: Record<string, string> = {
    cloudtrail: "CloudTrail",
    guardduty: "GuardDuty",
    imdsv2: "IMDSv2",
    ip: "IP",
    kms: "KMS",
    mfa: "MFA",
    ml: "ML",
    passrole: "PassRole",
    phi: "PHI",
    s3: "S3",
    sse: "SSE",
    tls: "TLS",
    urls: "URLs",
    vpc: "VPC",
};

export function deriveDisplayName(name: string): string {
    const words = name.split("-");
    let taken = 1;
    let service = SERVICES[words[0]] ?? words[0];
    if (words.length > 2 && SERVICES[`${words[0]}-${words[1]}`]) {
        service = SERVICES[`${words[0]}-${words[1]}`];
        taken = 2;
    }
    const rest = words.slice(taken).map((w) => WORDS[w] ?? w);
    return rest.length ? `${service}: ${rest.join(" ")}` : service;
}
