import { own } from "../core/frameworks";
import { hasAnyCondition, isWildcardPrincipal, parsePolicyDocument } from "../core/iam";
import { resourcePolicy } from "../core/policy";
import { T } from "./common";

const ACCOUNT = /^(?:arn:aws[a-z-]*:iam::)?(\d{12})(?::|$)/;
const RESOURCE_ACCOUNT = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]*:(\d{12}):/;

export const sagemakerModelPackageGroupPolicyRestricted = resourcePolicy({
    name: "sagemaker-model-package-group-policy-restricted",
    description: "SageMaker model package group policies must not allow every principal, or another account, without a condition.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "access",
    resources: {
        [T.modelPackageGroupPolicy]: {},
        [T.nativeModelPackageGroup]: { fields: { resourcePolicy: "modelPackageGroupPolicy" } },
    },
    controls: {
        hipaa: {
            ids: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"],
            source: own(
                "Access authorization: a registered model is trained on PHI and can leak it (memorised records, membership inference); a group policy open to anyone or to another account without a condition shares every version.",
            ),
        },
        "nist-800-53": {
            ids: ["AC-3", "AC-21", "AC-6"],
            source: own("Resource policies that share only with named, conditioned principals."),
        },
    },
    fix: "name the consumer accounts' roles (not `*`) and add a condition such as `aws:PrincipalOrgID` to every cross-account statement",
    remediationSteps: [
        "1. Share model versions only with the deployment accounts' roles, and pin them to your organization.",
        "```typescript",
        'new aws.sagemaker.ModelPackageGroupPolicy("share", {',
        "    modelPackageGroupName: group.modelPackageGroupName,",
        "    resourcePolicy: pulumi.jsonStringify({",
        '        Version: "2012-10-17",',
        "        Statement: [{",
        '            Effect: "Allow",',
        '            Principal: { AWS: "arn:aws:iam::444455556666:role/model-deployer" },',
        '            Action: ["sagemaker:DescribeModelPackage", "sagemaker:ListModelPackages"],',
        "            Resource: [group.arn, pulumi.interpolate`${group.arn}/*`],",
        '            Condition: { StringEquals: { "aws:PrincipalOrgID": "o-exampleorgid" } },',
        "        }],",
        "    }),",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'Statement: [{ Effect: "Allow", Principal: "*", Action: "sagemaker:*", Resource: "*" }]',
        after: 'Statement: [{ Effect: "Allow", Principal: { AWS: deployerRoleArn }, Action: ["sagemaker:DescribeModelPackage"], Resource: groupArns, Condition: { StringEquals: { "aws:PrincipalOrgID": orgId } } }]',
    },
    check(r, report) {
        const field = r.type === T.nativeModelPackageGroup ? "modelPackageGroupPolicy" : "resourcePolicy";
        const v = r.get("resourcePolicy");
        if (v.state !== "known") return;
        const doc = parsePolicyDocument(v.value);
        if (doc.kind !== "ok") return;
        for (const st of doc.statements) {
            if (st.effect !== "Allow" || hasAnyCondition(st) || st.condition === "unknown") continue;
            if (isWildcardPrincipal(st)) {
                report(
                    `Statement #${st.index + 1} of \`${field}\` allows every principal (\`*\`) with no condition: any AWS account can read (or change) the group's model versions, trained on PHI.`,
                );
                continue;
            }
            // Another account: the principal's account differs from the account in the statement's own group ARNs.
            const owners = new Set((st.resource?.values ?? []).map((x) => RESOURCE_ACCOUNT.exec(x)?.[1]).filter((x): x is string => !!x));
            if (owners.size !== 1) continue; // the group's account is not known here
            const other = (st.principal?.aws.values ?? []).some((p) => {
                const m = ACCOUNT.exec(p);
                return !!m && !owners.has(m[1]);
            });
            if (other)
                report(
                    `Statement #${st.index + 1} of \`${field}\` allows another AWS account with no condition: every role that account allows can use the group's model versions, trained on PHI.`,
                );
        }
    },
});
