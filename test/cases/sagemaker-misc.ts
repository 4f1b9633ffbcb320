// Case tables for human review flow definitions and code repositories.

import { T } from "../../policies/sagemaker/common";
import { sagemakerCodeRepositorySecret } from "../../policies/sagemaker/sagemaker-code-repository-secret";
import { sagemakerFlowDefinitionKmsEncryption } from "../../policies/sagemaker/sagemaker-flow-definition-kms-encryption";
import { UNKNOWN } from "../harness";
import { deletePath, PolicyCases, setPath } from "../policy-cases";

type Props = Record<string, unknown>;
const del = (path: string) => (p: Props) => deletePath(p, path);
const set = (path: string, v: unknown) => (p: Props) => setPath(p, path, v);

const flow = (): Props => ({
    flowDefinitionName: "review",
    roleArn: UNKNOWN,
    humanLoopConfig: {
        humanTaskUiArn: UNKNOWN,
        taskAvailabilityLifetimeInSeconds: 3600,
        taskCount: 1,
        taskDescription: "review",
        taskTitle: "review",
        workteamArn: UNKNOWN,
    },
    outputConfig: { s3OutputPath: "s3://review-bucket/out", kmsKeyId: UNKNOWN },
});

const repo = (): Props => ({
    codeRepositoryName: "models",
    gitConfig: { repositoryUrl: "https://git.example.org/ml/models.git", branch: "main", secretArn: UNKNOWN },
});

export const cases: PolicyCases[] = [
    {
        policy: sagemakerFlowDefinitionKmsEncryption,
        type: T.flowDefinition,
        compliant: flow(),
        mutations: [
            { title: "no kmsKeyId", mutate: del("outputConfig.kmsKeyId"), expect: /`outputConfig.kmsKeyId` is not set/ },
            { title: "no outputConfig", mutate: del("outputConfig"), expect: /`outputConfig.kmsKeyId` is not set/ },
            { title: "AWS-managed alias", mutate: set("outputConfig.kmsKeyId", "alias/aws/s3"), expect: /AWS-managed key/ },
        ],
        unknownPaths: ["outputConfig", "outputConfig.kmsKeyId"],
    },
    {
        policy: sagemakerCodeRepositorySecret,
        type: T.codeRepository,
        compliant: repo(),
        mutations: [
            { title: "no secretArn", mutate: del("gitConfig.secretArn"), expect: /`gitConfig.secretArn` is not set/ },
            { title: "empty secretArn", mutate: set("gitConfig.secretArn", ""), expect: /`gitConfig.secretArn` is not set/ },
        ],
        unknownPaths: ["gitConfig", "gitConfig.secretArn"],
    },
];
