// Policies considered for a safe auto-fix (`remediation`) and rejected, with why. Every policy whose
// fix is a single setting was weighed; a policy missing here and without a remediation needs a value
// only the user knows (a key, subnet, role, bucket, statement or resource to add). The docs print
// the reason on the policy's page; a meta-test keeps the names real.

export const NOT_REMEDIATED: Readonly<Record<string, string>> = {
    "sagemaker-notebook-no-direct-internet":
        'Setting `directInternetAccess: "Disabled"` on a notebook without a subnet, or in a subnet without a NAT gateway or VPC endpoints, leaves it unable to reach anything, SageMaker and S3 included: a working notebook would break, and the subnet is a value only the user knows.',
    "sagemaker-model-network-isolation":
        "With network isolation the container cannot call anything, AWS services included; a model that downloads artifacts, calls an API or a feature store at inference would stop working.",
    "sagemaker-job-network-isolation":
        "With network isolation the training container cannot call anything; a job that pulls packages, datasets or calls AWS APIs from its code would fail.",
    "sagemaker-domain-vpc-only":
        "`VpcOnly` needs subnets with VPC endpoints (or a NAT gateway) for every AWS service Studio uses; without them every Studio app loses SageMaker, S3 and STS.",
    "sagemaker-domain-user-attribution":
        "AWS requires every app in the domain to be stopped or deleted before `executionRoleIdentityConfig` can change, and every execution role to allow `sts:SetSourceIdentity` in its trust policy, or job creation fails with AccessDenied (docs.aws.amazon.com/sagemaker/latest/dg/monitor-user-access-how-to.html). Turning it on can break a working domain.",
    "sagemaker-studio-notebook-sharing-encrypted":
        "Two right answers (turn sharing off, or keep it with a customer-managed key); turning it off removes a feature users may rely on, and the key is a value only the user knows.",
    "sagemaker-space-private":
        "Making a shared space private takes it away from the users who share it, and needs the owner's user profile name, a value only the user knows.",
    "sagemaker-notebook-supported-platform":
        "A new platform identifier changes the notebook's operating system and JupyterLab version; lifecycle scripts and installed packages may not work on it.",
    "sagemaker-model-private-registry":
        '`repositoryAccessMode: "Vpc"` needs the model in a VPC that reaches the registry; without that the endpoint cannot pull its image.',
    "sagemaker-endpoint-config-no-ssm-access":
        "Turning shell access off ends any Session Manager session an operator opened on the endpoint, and the setting sits in each variant of a list that a change recreates the endpoint configuration for: the user decides when.",
    "sagemaker-endpoint-config-multi-instance":
        "A second instance per variant doubles the endpoint's cost, and the right count is the user's choice.",
    "s3-bucket-public-access-block":
        "A stack policy (the SDK cannot remediate those), and the fix changes access to live data: `restrictPublicBuckets` and `blockPublicPolicy` cut off a bucket that is public on purpose (a website, public datasets), and `blockPublicAcls` makes uploads with a public ACL fail.",
    "kms-key-no-lockout-bypass":
        "Turning the lockout safety check back on makes KMS reject a key policy that does not let the deploying principal manage the key, so the deployment can fail; the policy must be rewritten by the user.",
    "kms-key-deletion-window": "Any window from the configured minimum to 30 days is compliant: more than one right answer.",
    "iam-account-password-policy-strong":
        "Changes the sign-in of every IAM user of the account (password expiry, reuse, length); the organisation's own password policy may differ.",
    "bedrock-agentcore-code-interpreter-private-network":
        'Two right answers ("SANDBOX" or "VPC" with subnets); "SANDBOX" cuts off code that needs the network.',
    "bedrock-guardrail-prompt-attack-filter":
        "The filter strength is the user's choice, and a new filter blocks prompts the application sends today.",
    "ec2-ml-subnet-no-public-ip":
        "A stack policy, and instances that reach the internet through their public IP would lose it without a NAT gateway.",
};
