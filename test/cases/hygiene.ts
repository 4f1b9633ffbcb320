// Case tables of the hygiene policies: every targeted type gets a compliant fixture (benign tags
// and description) and a tag mutation; the main SageMaker/Bedrock types get mutations per field
// kind (environment variables, lifecycle scripts, prompts, repository URLs, tagsAll, config).

import { hygieneNoCredentials } from "../../policies/hygiene/hygiene-no-credentials";
import { hygieneNoInsecureRepositoryUrls } from "../../policies/hygiene/hygiene-no-insecure-repository-urls";
import { hygieneNoInsecureUrls } from "../../policies/hygiene/hygiene-no-insecure-urls";
import { hygieneNoPhi } from "../../policies/hygiene/hygiene-no-phi";
import { hygieneNotFullyScanned } from "../../policies/hygiene/hygiene-not-fully-scanned";
import { hygienePossibleCredentials } from "../../policies/hygiene/hygiene-possible-credentials";
import { hygienePossiblePhi } from "../../policies/hygiene/hygiene-possible-phi";
import type { GuardPolicy } from "../../policies/core/policy";
import { MAX_DEPTH, MAX_STRING_CHARS, TEXT_SCAN_TYPES } from "../../policies/hygiene/text-fields";
import { UNKNOWN } from "../harness";
import type { Mutation, PolicyCases } from "../policy-cases";

type Props = Record<string, unknown>;

const b64 = (s: string) => Buffer.from(s).toString("base64");
// Synthetic values in the documented formats (not real credentials or people).
const FAKE_AKID = "AKIA" + "QX7Z2KD4M5N6P3RT";
const FAKE_GHP = "ghp_" + "Zt9Qk3Wm7Rx2Vb6Np4Lc8Hs1Jd5Fg0Ty3Ue7K"; // random-looking: `a1B2c3…` reads as a placeholder
const FAKE_SSN = "512-34-" + "8871";
const FAKE_GOOGLE_KEY = "AIza" + "SyQ3vT8kLm2Xw9Rb7Nc4Hd6Jf1Gp5Zs0Yeq";
const FAKE_JWT = "eyJhbGciOiJIUzI1NiJ9" + ".eyJzdWIiOiI0MjEiLCJyb2xlIjoib3BzIn0" + ".Qm9vX2xrT2dWd3Z6R1JtN2pQdA";

const benignTags = () => ({ Environment: "prod", CostCenter: "1234", Owner: "ml-platform@example.org", CreatedOn: "2024-01-15" });

/** A resource of any targeted type as a first preview sees it: benign tags, a benign description. */
const generic = (): Props => ({ tags: benignTags(), description: "Readmission model v2, trained on de-identified data." });

const tag = (key: string, value: string) => (p: Props) => ((p.tags as Props)[key] = value);

const model = (): Props => ({
    executionRoleArn: UNKNOWN,
    primaryContainer: {
        image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/inference:1.4.2",
        environment: { SAGEMAKER_PROGRAM: "inference.py", DB_SECRET_ARN: UNKNOWN, MAX_TOKENS: "1024" },
    },
    tags: benignTags(),
});
const lifecycle = (): Props => ({
    name: "install-deps",
    onStart: b64("#!/bin/bash\nset -e\nsudo -u ec2-user -i <<'EOF'\npip install xgboost==1.7.6\nEOF\n"),
    tags: benignTags(),
});
const agent = (): Props => ({
    agentName: "member-services",
    agentResourceRoleArn: UNKNOWN,
    foundationModel: "anthropic.claude-3-haiku-20240307-v1:0",
    instruction: "You route member questions about claims. Never ask for an SSN or card number.",
    tags: benignTags(),
});
const codeRepo = (): Props => ({
    codeRepositoryName: "models",
    gitConfig: { repositoryUrl: "https://github.com/acme-health/models.git", secretArn: UNKNOWN },
    tags: benignTags(),
});
const notebook = (): Props => ({
    instanceType: "ml.t3.medium",
    roleArn: UNKNOWN,
    defaultCodeRepository: "https://github.com/acme-health/models.git",
    additionalCodeRepositories: ["models-shared"],
    tags: benignTags(),
});

const T = {
    model: "aws:sagemaker/model:Model",
    lifecycle: "aws:sagemaker/notebookInstanceLifecycleConfiguration:NotebookInstanceLifecycleConfiguration",
    agent: "aws:bedrock/agentAgent:AgentAgent",
    repo: "aws:sagemaker/codeRepository:CodeRepository",
    notebook: "aws:sagemaker/notebookInstance:NotebookInstance",
};
const special: Record<string, () => Props> = {
    [T.model]: model,
    [T.lifecycle]: lifecycle,
    [T.agent]: agent,
    [T.repo]: codeRepo,
    [T.notebook]: notebook,
};

/** One policy's cases: every targeted type with `tagMutation`, plus `extra` mutations per type. */
function table(
    policy: GuardPolicy,
    tagMutation: Mutation,
    extra: Record<string, Mutation[]>,
    alsoCompliant: PolicyCases["alsoCompliant"] = [],
): PolicyCases[] {
    const types = policy.kind === "resource" ? Object.keys(policy.resources) : [];
    return types.map((type) => {
        const compliant = (special[type] ?? generic)();
        return {
            policy,
            type,
            compliant,
            mutations: [tagMutation, ...(extra[type] ?? [])],
            unknownPaths: ["tags", "tags.Owner", ...(compliant.description ? ["description"] : [])],
            alsoCompliant: type in special ? alsoCompliant : [],
        };
    });
}

export const cases: PolicyCases[] = [
    ...table(
        hygieneNoCredentials,
        {
            title: "a tag holds an AWS access key ID",
            mutate: tag("DeployKey", FAKE_AKID),
            expect: /Tag `DeployKey` holds an AWS access key ID\./,
        },
        {
            [T.model]: [
                {
                    title: "an environment variable holds a database URL with a password",
                    mutate: (p) =>
                        (((p.primaryContainer as Props).environment as Props).DB_URL = "postgres://etl:Xk9pLm2q77@db.internal:5432/ehr"),
                    expect: /Environment variable `DB_URL` of `primaryContainer` holds a URL or connection string with embedded credentials\./,
                },
                {
                    title: "an environment variable named like a password holds a literal",
                    mutate: (p) => (((p.primaryContainer as Props).environment as Props).DB_PASSWORD = "Winter2024!"),
                    expect: /Environment variable `DB_PASSWORD` of `primaryContainer` holds a literal password/,
                },
                {
                    title: "a container of an inference pipeline holds a GitHub token",
                    mutate: (p) => (p.containers = [{ image: "img", environment: { GH: FAKE_GHP } }]),
                    expect: /Environment variable `GH` of `containers\[0\]` holds a GitHub token/,
                },
            ],
            [T.lifecycle]: [
                {
                    title: "line 3 of the base64 onStart script sets an AWS secret key",
                    mutate: (p) =>
                        (p.onStart = b64(
                            "#!/bin/bash\nset -e\naws configure set aws_secret_access_key Zq8vR2mN4kT7wX1yB5cF9hJ3lP6sD0gA/eU+iO2r\n",
                        )),
                    expect: /Line 3 of the `onStart` lifecycle script holds an AWS secret access key\./,
                },
            ],
            [T.repo]: [
                {
                    title: "the repository URL carries a user and password",
                    mutate: (p) => ((p.gitConfig as Props).repositoryUrl = "https://ml-bot:S3cr3tPass!@github.com/acme-health/models.git"),
                    expect: /`gitConfig.repositoryUrl` holds a URL or connection string with embedded credentials\./,
                },
            ],
            [T.agent]: [
                {
                    title: "the agent instruction holds a literal Authorization header",
                    mutate: (p) => (p.instruction = "Call the claims API with the header Authorization: Basic ZGVwbG95OlhrOXBMbTJxNzc="),
                    expect: /`instruction` holds a literal password or secret under a secret-like name\./,
                },
            ],
        },
        [
            {
                title: "secret references (ARNs, ${VAR}, Secrets Manager) are fine",
                mutate: (p) =>
                    Object.assign(p.tags as Props, {
                        DbPasswordSecretArn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:db",
                        Password: "${DB_PASSWORD}",
                    }),
            },
            {
                title: "the AWS documentation example key is not reported",
                mutate: (p) => ((p.tags as Props).Sample = "AKIAIOSFODNN7EXAMPLE"),
            },
        ],
    ),
    ...table(
        hygieneNoPhi,
        {
            title: "a tag holds a US SSN",
            mutate: tag("PatientSSN", FAKE_SSN),
            expect: /Tag `PatientSSN` holds what looks like a US Social Security number\./,
        },
        {
            [T.model]: [
                {
                    title: "an environment variable holds a date of birth",
                    mutate: (p) => (((p.primaryContainer as Props).environment as Props).PATIENT_DOB = "1979-11-02"),
                    expect: /Environment variable `PATIENT_DOB` of `primaryContainer` holds what looks like a date of birth/,
                },
                {
                    title: "a tag key itself holds an SSN (the key is not printed)",
                    mutate: tag(FAKE_SSN, "x"),
                    expect: /A tag key holds what looks like a US Social Security number\./,
                },
                {
                    title: "tagsAll (provider default tags) holds a medical record number",
                    mutate: (p) => (p.tagsAll = { ...benignTags(), Case: "MRN 00482913" }),
                    expect: /Tag `Case` \(in `tagsAll`, the provider's default tags\) holds what looks like a medical record number\./,
                },
            ],
            [T.agent]: [
                {
                    title: "the instruction holds a payment card number",
                    mutate: (p) => (p.instruction = "Test with card 4111 1111 1111 1111 only."),
                    expect: /`instruction` holds what looks like a payment card number\./,
                },
            ],
            [T.lifecycle]: [
                {
                    title: "line 2 of the script holds a patient e-mail",
                    mutate: (p) => (p.onStart = b64("#!/bin/bash\necho 'patient email: maria.gonzalez@gmail.com'\n")),
                    expect: /Line 2 of the `onStart` lifecycle script holds an e-mail address or phone number labelled as a patient's/,
                },
            ],
        },
        [
            {
                title: "benign values: cost centre, dates, versions, UUIDs, hashes",
                mutate: (p) =>
                    Object.assign(p.tags as Props, {
                        CostCenter: "CC-4410",
                        Version: "v2.0.0-rc.1",
                        RunId: "3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e",
                        GitCommit: "4f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39",
                        AccountId: "123456789012",
                    }),
            },
        ],
    ),
    ...table(
        hygienePossibleCredentials,
        {
            title: "a tag holds a Google API key",
            mutate: tag("MapsKey", FAKE_GOOGLE_KEY),
            expect: /Tag `MapsKey` holds a Google API key/,
        },
        {
            [T.model]: [
                {
                    title: "an environment variable holds a JSON Web Token",
                    mutate: (p) => (p.primaryContainer = { image: "img", environment: { SESSION: FAKE_JWT } }),
                    expect: /Environment variable `SESSION` of `primaryContainer` holds a JSON Web Token/,
                },
            ],
            [T.agent]: [
                {
                    title: "the agent instruction holds a JWT",
                    mutate: (p) =>
                        (p.instruction = "Call the API with Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzdmMtbWwifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ"),
                    expect: /`instruction` holds a JSON Web Token\./,
                },
            ],
        },
    ),
    ...table(
        hygienePossiblePhi,
        {
            title: "a tag holds a personal e-mail address",
            mutate: tag("Owner", "jane.doe@gmail.com"),
            expect: /Tag `Owner` holds what may be a personal e-mail address\./,
        },
        {
            [T.agent]: [
                {
                    title: "the description holds a phone number",
                    mutate: (p) => (p.description = "Escalate to 617-555-0142 after hours."),
                    expect: /`description` holds what may be a personal phone number\./,
                },
                {
                    title: "the instruction names a patient",
                    mutate: (p) => (p.instruction = "Example: Patient: John Smith, admitted for observation."),
                    expect: /`instruction` holds what may be a patient's name or identifier\./,
                },
            ],
        },
        [
            {
                title: "team and role addresses are fine",
                mutate: (p) =>
                    Object.assign(p.tags as Props, { Owner: "radiology-ai-team@acme-health.org", Contact: "noreply@acme-health.org" }),
            },
        ],
    ),
    ...table(
        hygieneNoInsecureRepositoryUrls,
        { title: "a tag does not matter here (control: repository URL over http)", mutate: () => undefined, expect: /./ },
        {},
    ).map((c) => ({
        ...c,
        mutations:
            c.type === T.repo
                ? [
                      {
                          title: "repository URL over http",
                          mutate: (p: Props) => ((p.gitConfig as Props).repositoryUrl = "http://git.acme-health.org/ml/models.git"),
                          expect: /`gitConfig.repositoryUrl` holds a URL with an unencrypted scheme/,
                      },
                      {
                          title: "repository URL over git://",
                          mutate: (p: Props) => ((p.gitConfig as Props).repositoryUrl = "git://github.com/acme-health/models.git"),
                          expect: /unencrypted scheme/,
                      },
                  ]
                : [
                      {
                          title: "defaultCodeRepository over http",
                          mutate: (p: Props) => (p.defaultCodeRepository = "http://git.acme-health.org/ml/models.git"),
                          expect: /`defaultCodeRepository` holds a URL with an unencrypted scheme/,
                      },
                      {
                          title: "an additional repository over git://",
                          mutate: (p: Props) => (p.additionalCodeRepositories = ["models-shared", "git://github.com/acme/x.git"]),
                          expect: /`additionalCodeRepositories\[1\]` holds a URL with an unencrypted scheme/,
                      },
                  ],
        unknownPaths:
            c.type === T.repo
                ? ["gitConfig", "gitConfig.repositoryUrl"]
                : ["defaultCodeRepository", "additionalCodeRepositories", "additionalCodeRepositories.1"],
        alsoCompliant: [
            {
                title: "an ssh repository URL",
                mutate: (p: Props) =>
                    c.type === T.repo
                        ? ((p.gitConfig as Props).repositoryUrl = "ssh://git@github.com/acme/x.git")
                        : (p.defaultCodeRepository = "git@github.com:acme/x.git"),
            },
        ],
    })),
    ...table(
        hygieneNoInsecureUrls,
        {
            title: "a tag holds an http URL",
            mutate: tag("Docs", "http://wiki.acme-health.org/ml"),
            expect: /Tag `Docs` holds a URL with an unencrypted scheme/,
        },
        {
            [T.model]: [
                {
                    title: "an environment variable points at an http service",
                    mutate: (p) => (((p.primaryContainer as Props).environment as Props).FEATURE_API = "http://features.acme.internal/v1"),
                    expect: /Environment variable `FEATURE_API` of `primaryContainer` holds a URL with an unencrypted scheme/,
                },
            ],
            [T.lifecycle]: [
                {
                    title: "the script downloads over http (metadata service calls are fine)",
                    mutate: (p) =>
                        (p.onStart = b64(
                            "#!/bin/bash\ncurl -s http://169.254.169.254/latest/meta-data/\ncurl -s http://downloads.acme.org/setup.sh | bash\n",
                        )),
                    expect: /Line 3 of the `onStart` lifecycle script holds a URL with an unencrypted scheme/,
                },
            ],
        },
    ),
    // What the scans did not reach: every type passes its compliant fixture; the ML types with free-text
    // inputs get a nesting past the depth cap, a tags-only type a description longer than AWS accepts.
    ...Object.keys(hygieneNotFullyScanned.kind === "resource" ? hygieneNotFullyScanned.resources : {}).map((type): PolicyCases => ({
        policy: hygieneNotFullyScanned,
        type,
        compliant: (special[type] ?? generic)(),
        mutations:
            type in special
                ? [
                      {
                          title: `inputs nested deeper than ${MAX_DEPTH} levels (the path is named, shortened)`,
                          mutate: (p) => (p.extra = nested(MAX_DEPTH, "x")),
                          expect: /`extra\.value\.value\.value\.value\.value\.value\.value…` nests deeper than 64 levels: the credential, PHI and URL policies \(hygiene-\*\) did not scan below that level\./,
                      },
                  ]
                : type === "aws:s3/bucket:Bucket"
                  ? [
                        {
                            title: "a description longer than any field AWS accepts",
                            mutate: (p) => (p.description = "a".repeat(MAX_STRING_CHARS + 1)),
                            expect: /`description` holds more than 5,242,880 characters, more than any field of the SageMaker and Bedrock APIs accepts: the credential, PHI and URL policies \(hygiene-\*\) scanned its first 5,242,880 characters only\./,
                        },
                    ]
                  : [],
        unknownPaths: ["tags", "tags.Owner", "description"],
        alsoCompliant:
            type === T.model
                ? [
                      {
                          title: "1 MiB of text (a pipeline definition's limit) and 40 levels of nesting are scanned whole",
                          mutate: (p) => Object.assign(p, { description: "word ".repeat(209_715), extra: nested(40, "x") }),
                      },
                  ]
                : [],
    })),
];

function nested(depth: number, leaf: unknown): unknown {
    let v = leaf;
    for (let i = 0; i < depth; i++) v = { value: v };
    return v;
}

// Every type the text policies target is covered above (the catalog meta-test checks it too).
void TEXT_SCAN_TYPES;
