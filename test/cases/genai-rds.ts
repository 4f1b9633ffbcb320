// Stack cases for bedrock-knowledge-base-rds-managed-credentials (issue 26, h26a): a knowledge base whose
// vector store is an Aurora cluster, joined through storageConfiguration (at preview: property
// dependencies; in audit shape: the cluster's ARN in resourceArn).

import { bedrockKnowledgeBaseRdsManagedCredentials } from "../../policies/bedrock/bedrock-knowledge-base-rds-managed-credentials";
import { StackResourceCase, UNKNOWN, urnFor } from "../harness";
import { findResource, StackCases } from "../policy-cases";

const CLUSTER = "aws:rds/cluster:Cluster";
const NATIVE_CLUSTER = "aws-native:rds:DbCluster";
const SECRET = "aws:secretsmanager/secret:Secret";

function stack(kbType: string, clusterType: string): () => StackResourceCase[] {
    return () => [
        {
            type: clusterType,
            name: "kb-vectors",
            props: { engine: "aurora-postgresql", masterUsername: "kbadmin", manageMasterUserPassword: true, storageEncrypted: true },
        },
        { type: SECRET, name: "kb-db-user", props: { description: "knowledge base database user" } },
        {
            type: kbType,
            name: "clinical-docs",
            props: {
                name: "clinical-docs",
                roleArn: UNKNOWN,
                storageConfiguration: {
                    type: "RDS",
                    rdsConfiguration: {
                        resourceArn: UNKNOWN,
                        credentialsSecretArn: UNKNOWN,
                        databaseName: "kb",
                        tableName: "bedrock_integration.bedrock_kb",
                        fieldMapping: { primaryKeyField: "id", vectorField: "embedding", textField: "chunks", metadataField: "metadata" },
                    },
                },
            },
            propertyDependencies: { storageConfiguration: [urnFor(clusterType, "kb-vectors"), urnFor(SECRET, "kb-db-user")] },
        },
    ];
}

const rds = (s: StackResourceCase[]) =>
    (findResource(s, "clinical-docs").props.storageConfiguration as Record<string, Record<string, unknown>>).rdsConfiguration;

function cases(kbType: string, clusterType: string, passwordField: string): StackCases {
    return {
        policy: bedrockKnowledgeBaseRdsManagedCredentials,
        compliant: stack(kbType, clusterType),
        alsoCompliant: [
            {
                title: "a known Secrets Manager secret ARN",
                mutate: (s) => (rds(s).credentialsSecretArn = "arn:aws:secretsmanager:us-east-1:111122223333:secret:kb-user-AbCdEf"),
            },
            {
                title: "a cluster with no password input (restored from a snapshot)",
                mutate: (s) => delete findResource(s, "kb-vectors").props.manageMasterUserPassword,
            },
        ],
        mutations: [
            {
                title: `the cluster sets ${passwordField} (a literal or a Pulumi secret: the same at preview)`,
                mutate: (s) => {
                    const c = findResource(s, "kb-vectors");
                    delete c.props.manageMasterUserPassword;
                    c.props[passwordField] = "correct-horse-battery";
                },
                expect: new RegExp(`Cluster kb-vectors, the vector store of knowledge base clinical-docs, sets \`${passwordField}\``),
                resource: "kb-vectors",
            },
            {
                title: `the cluster's ${passwordField} comes from a random password resource (unknown at preview)`,
                mutate: (s) => {
                    const c = findResource(s, "kb-vectors");
                    c.props.manageMasterUserPassword = false;
                    c.props[passwordField] = UNKNOWN;
                },
                expect: /instead of `manageMasterUserPassword: true`/,
                resource: "kb-vectors",
                previewOnly:
                    "the password is unknown only at preview; in state it is a value like any other (the literal mutation covers it)",
            },
            {
                title: "credentialsSecretArn holds something that is not a secret ARN",
                mutate: (s) => (rds(s).credentialsSecretArn = "kbadmin:correct-horse-battery"),
                expect: /is not a Secrets Manager secret ARN/,
                resource: "clinical-docs",
            },
            {
                title: "credentialsSecretArn empty",
                mutate: (s) => (rds(s).credentialsSecretArn = ""),
                expect: /`storageConfiguration.rdsConfiguration.credentialsSecretArn` is not set/,
                resource: "clinical-docs",
            },
        ],
    };
}

export const stackCases: StackCases[] = [
    cases("aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase", CLUSTER, "masterPassword"),
    cases("aws-native:bedrock:KnowledgeBase", NATIVE_CLUSTER, "masterUserPassword"),
];
