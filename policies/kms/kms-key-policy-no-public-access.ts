import { own, prowler, securityHub } from "../core/frameworks";
import { hasAnyCondition, isWildcardPrincipal, parsePolicyDocument } from "../core/iam";
import { resourcePolicy } from "../core/policy";
import { NATIVE_KEY, T } from "./common";

export const kmsKeyPolicyNoPublicAccess = resourcePolicy({
    name: "kms-key-policy-no-public-access",
    description: "KMS key policies must be well-formed and must not allow any principal (`*`) without a condition.",
    severity: "critical",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { [T.key]: {}, [T.keyPolicy]: {}, [T.nativeKey]: NATIVE_KEY },
    controls: {
        hipaa: {
            ids: ["164.312(a)(1)", "164.312(a)(2)(iv)", "164.308(a)(4)(ii)(B)"],
            source: own(
                "Access control over the key that decrypts ePHI: a key anyone can use (`kms:*` to `*`) makes the encryption meaningless.",
            ),
        },
        "nist-800-53": {
            ids: ["AC-3", "AC-6", "SC-12"],
            source: securityHub("KMS.5 (KMS keys should not be publicly accessible): AC-3, AC-6, SC-12 family"),
        },
        "pci-dss": {
            ids: ["3.6.1", "7.2.1"],
            source: own(
                "Keys protecting stored data are accessible only to the fewest custodians (3.6.1), access by least privilege (7.2.1).",
            ),
        },
        iso27001: { ids: ["A.5.15", "A.8.24"], source: prowler("iso27001_2022_aws.json: kms_key_not_publicly_accessible") },
        hitrust: { ids: ["10.g"], source: own("HITRUST 10.g Key Management: keys protected against unauthorised use.") },
    },
    fix: "name the account root or specific role ARNs as principals, or add a condition (e.g. `kms:CallerAccount`, `aws:PrincipalOrgID`) to the `*` statement",
    remediationSteps: [
        '1. Replace `"Principal": "*"` (or `{ AWS: "*" }`) with the account root or the roles that use the key.',
        "2. If a wildcard principal is needed (e.g. for a service integration), restrict it with `kms:CallerAccount` / `kms:ViaService` conditions.",
        "```typescript",
        'new aws.kms.Key("phi", {',
        "    enableKeyRotation: true,",
        "    policy: JSON.stringify({",
        '        Version: "2012-10-17",',
        '        Statement: [{ Sid: "Root", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: "kms:*", Resource: "*" }],',
        "    }),",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: '{ Effect: "Allow", Principal: "*", Action: "kms:*", Resource: "*" }',
        after: '{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: "kms:*", Resource: "*" }',
    },
    check(r, report) {
        const v = r.get("policy");
        if (v.state !== "known") return; // absent: the default key policy (account root); unknown: judged at update
        const d = parsePolicyDocument(v.value);
        if (d.kind === "invalid") {
            report(
                `\`${r.type === T.nativeKey ? "keyPolicy" : "policy"}\` ${d.reason}, so KMS rejects it or it does not mean what it seems to.`,
            );
            return;
        }
        if (d.kind !== "ok") return;
        for (const st of d.statements) {
            if (st.effect !== "Allow" || !isWildcardPrincipal(st) || hasAnyCondition(st)) continue;
            report(
                `Key policy statement #${st.index + 1} allows any principal (\`*\`) with no condition: anyone with an AWS account could use or manage the key.`,
            );
        }
    },
});
