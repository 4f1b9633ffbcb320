import { cmkControls } from "../bedrock/controls";
import { judgeKmsKey } from "../core/kms";
import { AOSS, collectionRules, field, isTrueValue, parseAossDocument } from "../core/opensearch-serverless";
import { resourcePolicy, ResourceContext, Report } from "../core/policy";
import { isUnknown, Value } from "../core/values";

const COLLECTIONS = new Set<string>([AOSS.collection, AOSS.nativeCollection]);

/** An encryption security policy: `AWSOwnedKey: true`, or no customer-managed `KmsARN`. */
function judgeEncryptionPolicy(r: ResourceContext, report: Report): void {
    const type = r.get("type");
    if (type.state === "unknown") return;
    if (type.state === "known" && String(type.value).toLowerCase() !== "encryption")
        return r.notApplicable("a network security policy: judged by opensearch-serverless-network-policy-no-public-access");
    const policy = r.get("policy");
    const d = parseAossDocument(policy.state === "known" ? policy.value : undefined);
    if (policy.state === "unknown" || d.kind === "unknown") return;
    if (d.kind !== "ok") return; // absent or malformed: AWS rejects the policy, nothing is encrypted by it
    const rules = collectionRules(d.doc);
    if (rules.length === 0) return r.notApplicable("the encryption policy has no rule for collections");
    const owned = field(d.doc, "AWSOwnedKey");
    const arn = field(d.doc, "KmsARN");
    if (isUnknown(owned) || isUnknown(arn)) return;
    const n = rules.reduce((k, rule) => k + rule.patterns.length, 0);
    const what = `the collections its ${n === 1 ? "resource pattern matches" : `${n} resource patterns match`}`;
    if (isTrueValue(owned)) {
        report(
            `The encryption policy sets \`AWSOwnedKey: true\`: ${what} (a knowledge base's vectors and the text stored with them) are encrypted with an AWS-owned key that you cannot control, audit or revoke.`,
        );
        return;
    }
    const key: Value = arn === undefined || arn === null ? { state: "absent" } : { state: "known", value: arn };
    const j = judgeKmsKey(key);
    if (j === "missing")
        report(`The encryption policy names no \`KmsARN\`: ${what} are encrypted with an AWS-owned key, not a customer-managed one.`);
    else if (j === "aws-managed")
        report(`The encryption policy's \`KmsARN\` is an AWS-managed key (alias/aws/...): ${what} are not under a key policy you control.`);
}

/** A collection's own `encryptionConfig`, which takes the place of an encryption policy. */
function judgeCollection(r: ResourceContext, report: Report): void {
    const cfg = r.get("encryptionConfig");
    if (cfg.state === "unknown") return;
    if (cfg.state === "absent")
        return r.notApplicable(
            "the collection sets no encryptionConfig: its key comes from the encryption security policy that matches its name, judged on that policy (opensearch-serverless-collection-policies-in-stack says when no policy of the stack matches a vector store)",
        );
    const key = r.get("encryptionConfig.kmsKeyArn");
    const owned = r.get("encryptionConfig.awsOwnedKey");
    if (key.state === "unknown" || owned.state === "unknown") return;
    const j = judgeKmsKey(key);
    if (j === "customer-managed") return;
    if (j === "aws-managed") {
        report(
            "`encryptionConfig.kmsKeyArn` names an AWS-managed key (alias/aws/...): the collection's vectors are not under a key policy you control.",
        );
        return;
    }
    report(
        owned.state === "known" && isTrueValue(owned.value)
            ? "`encryptionConfig.awsOwnedKey` is true: the collection's vectors and documents are encrypted with an AWS-owned key that you cannot control, audit or revoke."
            : "`encryptionConfig` names no `kmsKeyArn`: the collection is encrypted with an AWS-owned key, not a customer-managed one.",
    );
}

export const opensearchServerlessCollectionKmsEncryption = resourcePolicy({
    name: "opensearch-serverless-collection-kms-encryption",
    description:
        "OpenSearch Serverless collections (the vector stores of Bedrock knowledge bases) must be encrypted with a customer-managed KMS key, by their encryption security policy or their own encryptionConfig.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: {
        [AOSS.securityPolicy]: {},
        [AOSS.nativeSecurityPolicy]: {},
        [AOSS.collection]: { fields: { encryptionConfig: "encryptionConfigs[0]" } },
        [AOSS.nativeCollection]: {},
    },
    // Peer: CloudSploit opensearchCollectionCmkEncrypted (aquasecurity/cloudsploit,
    // plugins/aws/openSearchServerless/opensearchCollectionCmkEncrypted.js; severity High): a collection whose
    // encryption policy has AWSOwnedKey, or a key that is not customer-managed, fails. Fixtures in test/peers/opensearch-vectors.ts.
    controls: cmkControls("the collection's vectors and the document chunks stored beside them"),
    fix: 'set `"KmsARN": key.arn` (and no `"AWSOwnedKey": true`) in the encryption security policy, or `encryptionConfig.kmsKeyArn` on the collection',
    remediationSteps: [
        "1. Create a customer-managed KMS key (rotation on) whose key policy lets OpenSearch Serverless use it.",
        "2. Name it in the encryption security policy that matches the collection (`KmsARN`), instead of `AWSOwnedKey: true`.",
        "```typescript",
        'new aws.opensearch.ServerlessSecurityPolicy("kb-encryption", {',
        '    type: "encryption",',
        "    policy: pulumi.jsonStringify({",
        '        Rules: [{ ResourceType: "collection", Resource: ["collection/kb-vectors"] }],',
        "        AWSOwnedKey: false,",
        "        KmsARN: key.arn,",
        "    }),",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.opensearch.ServerlessSecurityPolicy("kb-encryption", {\n    type: "encryption",\n    policy: JSON.stringify({ Rules: [{ ResourceType: "collection", Resource: ["collection/kb-vectors"] }], AWSOwnedKey: true }),\n});',
        after: 'new aws.opensearch.ServerlessSecurityPolicy("kb-encryption", {\n    type: "encryption",\n    policy: pulumi.jsonStringify({ Rules: [{ ResourceType: "collection", Resource: ["collection/kb-vectors"] }], AWSOwnedKey: false, KmsARN: key.arn }),\n});',
    },
    check(r, report) {
        if (COLLECTIONS.has(r.type)) judgeCollection(r, report);
        else judgeEncryptionPolicy(r, report);
    },
});
