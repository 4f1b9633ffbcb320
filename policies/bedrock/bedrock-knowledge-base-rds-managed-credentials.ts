import { own } from "../core/frameworks";
import { stackPolicy, StackResource } from "../core/policy";
import { isTrue } from "../core/values";

const KB = ["aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase", "aws-native:bedrock:KnowledgeBase"];
const CLUSTERS = new Set(["aws:rds/cluster:Cluster", "aws-native:rds:DbCluster"]);
const SECRET_ARN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:./;

/** The master password input of a cluster, by provider. */
const passwordField = (c: StackResource) => (c.type === "aws:rds/cluster:Cluster" ? "masterPassword" : "masterUserPassword");

export const bedrockKnowledgeBaseRdsManagedCredentials = stackPolicy({
    name: "bedrock-knowledge-base-rds-managed-credentials",
    description:
        "Knowledge bases whose vector store is an Aurora (RDS) cluster must reach it through a Secrets Manager secret, and the cluster's master password should be managed by RDS in Secrets Manager, not set in the program.",
    severity: "high",
    enforcementLevel: "advisory",
    practice: "access",
    judges: KB,
    // Peer: AWS's AI/ML security assessment sample and Prowler check the knowledge base's CMK only; the cluster side is
    // Security Hub / AWS Config's rds-cluster master-password checks in spirit (RDS.x: managed master password). The
    // knowledge base side is AWS's own requirement (credentialsSecretArn), checked here for a value that is no secret ARN.
    controls: {
        hipaa: {
            ids: ["164.312(d)", "164.308(a)(5)(ii)(D)"],
            source: own(
                "Person or entity authentication and password management for the database that holds the PHI document chunks: a password written in the program lives in source, state and CI logs, is shared by everyone with the stack and is not rotated.",
            ),
        },
        "nist-800-53": {
            ids: ["IA-5", "IA-5(1)", "SC-28"],
            source: own(
                "Authenticator management: the credential is generated, stored and rotated by Secrets Manager, not held in configuration.",
            ),
        },
        "pci-dss": {
            ids: ["8.3.2", "8.6.2"],
            source: own("Authentication factors protected, and not hard-coded in scripts or configuration (8.6.2)."),
        },
        iso27001: { ids: ["A.5.17"], source: own("Authentication information managed by a secret store.") },
    },
    fix: "set `manageMasterUserPassword: true` on the cluster (remove the master password) and give the knowledge base `credentialsSecretArn: cluster.masterUserSecrets[0].secretArn`",
    remediationSteps: [
        "1. Let RDS generate and rotate the master password in Secrets Manager: `manageMasterUserPassword: true`, no `masterPassword`.",
        "2. Point the knowledge base's `rdsConfiguration.credentialsSecretArn` at a Secrets Manager secret (the cluster's managed secret or a dedicated database user's).",
        "```typescript",
        'const cluster = new aws.rds.Cluster("kb-vectors", {',
        '    engine: "aurora-postgresql",',
        '    masterUsername: "kbadmin",',
        "    manageMasterUserPassword: true,",
        "    storageEncrypted: true,",
        "});",
        "// knowledge base: storageConfiguration.rdsConfiguration.credentialsSecretArn = cluster.masterUserSecrets[0].secretArn",
        "```",
    ].join("\n"),
    stackCheck(stack, report) {
        const kbs = stack.index.ofType(...KB).filter((kb) => kb.get("storageConfiguration.rdsConfiguration").state !== "absent");
        if (kbs.length === 0) return stack.notApplicable("no knowledge base in this stack stores its vectors in an RDS (Aurora) cluster");
        const judged = new Set<string>();
        for (const kb of kbs) {
            const secret = kb.get("storageConfiguration.rdsConfiguration.credentialsSecretArn");
            if (secret.state === "absent" || (secret.state === "known" && (typeof secret.value !== "string" || secret.value.trim() === "")))
                report(
                    `Knowledge base ${kb.name}: \`storageConfiguration.rdsConfiguration.credentialsSecretArn\` is not set: Bedrock reaches the vector store only through a Secrets Manager secret.`,
                    kb.urn,
                );
            else if (secret.state === "known" && !SECRET_ARN.test(String(secret.value).trim()))
                report(
                    `Knowledge base ${kb.name}: \`storageConfiguration.rdsConfiguration.credentialsSecretArn\` is not a Secrets Manager secret ARN (it may hold the credential itself, which then sits in the program and its state).`,
                    kb.urn,
                );
            const clusters = [
                ...stack.index.referencedBy(kb, "storageConfiguration"),
                ...(() => {
                    const arn = kb.get("storageConfiguration.rdsConfiguration.resourceArn");
                    return arn.state === "known" && typeof arn.value === "string" ? stack.index.withIdentity(arn.value) : [];
                })(),
            ].filter((c) => CLUSTERS.has(c.type));
            for (const c of clusters) {
                if (judged.has(c.urn)) continue;
                judged.add(c.urn);
                if (isTrue(c.get("manageMasterUserPassword"))) continue;
                const field = passwordField(c);
                // A password unknown at preview comes from another resource (a random password): it still sits in the state.
                if (c.get(field).state !== "absent")
                    report(
                        `Cluster ${c.name}, the vector store of knowledge base ${kb.name}, sets \`${field}\` instead of \`manageMasterUserPassword: true\`: the master password is held by the program and its state (even as a Pulumi secret it is readable by whoever can decrypt the stack) and RDS does not rotate it.`,
                        c.urn,
                    );
            }
        }
    },
});
