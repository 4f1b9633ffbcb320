import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { read } from "../core/values";
import { cappedReport, forEachListed, T } from "./common";

const VARIANT_LISTS = ["productionVariants", "shadowProductionVariants"] as const;

export const sagemakerEndpointConfigNoSsmAccess = resourcePolicy({
    name: "sagemaker-endpoint-config-no-ssm-access",
    description: "SageMaker endpoint configurations must not turn on SSM shell access to the model containers of a variant.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "access",
    resources: { [T.endpointConfig]: {}, [T.nativeEndpointConfig]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)", "164.312(b)"],
            source: own(
                "Access control on a system holding ePHI: `enableSsmAccess` opens an interactive Session Manager shell inside the container that serves every inference request, outside the endpoint's API and its request logging.",
            ),
        },
        "nist-800-53": {
            ids: ["AC-3", "AC-6", "AC-17", "CM-7"],
            source: own(
                "Remote access and least functionality: a debugging shell on a production inference container (no scanner checks this field).",
            ),
        },
        "pci-dss": { ids: ["7.2.1", "8.2.2"], source: own("Access to system components limited to what the job needs.") },
    },
    fix: "remove `enableSsmAccess` from the variant (or set it to `false`)",
    remediationSteps: [
        "1. Leave `enableSsmAccess` unset (AWS default false) on every production and shadow variant. Debug with a copy of the endpoint in a non-PHI account, or with the container's logs and metrics.",
        "```typescript",
        'new aws.sagemaker.EndpointConfiguration("ec", {',
        '    productionVariants: [{ variantName: "main", modelName: model.name, instanceType: "ml.m5.large", initialInstanceCount: 2 }],',
        "    kmsKeyArn: key.arn,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.EndpointConfiguration("ec", {\n    productionVariants: [{ modelName: model.name, instanceType: "ml.m5.large", initialInstanceCount: 2, enableSsmAccess: true }],\n});',
        after: 'new aws.sagemaker.EndpointConfiguration("ec", {\n    productionVariants: [{ modelName: model.name, instanceType: "ml.m5.large", initialInstanceCount: 2 }],\n});',
    },
    check(r, reportAll) {
        const capped = cappedReport(reportAll);
        forEachListed(r.list, VARIANT_LISTS, capped, (v, at) => {
            const ssm = read(v, "enableSsmAccess", false);
            if (ssm.state !== "known" || ssm.value !== true) return;
            capped.report(
                `\`${at}.enableSsmAccess\` is true: anyone allowed \`sagemaker:StartSession\`/\`ssm:StartSession\` gets a shell inside the model container, which sees every request and response (PHI) outside the endpoint's API.`,
            );
        });
        capped.finish();
    },
});
