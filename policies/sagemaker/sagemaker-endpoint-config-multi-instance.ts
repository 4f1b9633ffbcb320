import { prowler, securityHub } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { isUnknown, read } from "../core/values";
import { T } from "./common";

export const sagemakerEndpointConfigMultiInstance = resourcePolicy({
    name: "sagemaker-endpoint-config-multi-instance",
    description: "SageMaker endpoint production variants should run on more than one instance.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "compliance",
    resources: { [T.endpointConfig]: {}, [T.nativeEndpointConfig]: {} },
    controls: {
        hipaa: {
            ids: ["164.308(a)(7)(ii)(C)"],
            source: {
                kind: "own",
                rationale:
                    "Emergency mode operation: an endpoint that care processes depend on stays available through an instance or AZ failure only with two or more instances.",
            },
        },
        "nist-800-53": { ids: ["CP-10", "SC-5", "SC-36", "SA-13"], source: securityHub("SageMaker.4 related requirements") },
        iso27001: { ids: ["A.8.14"], source: prowler("iso27001_2022_aws.json: sagemaker_endpoint_config_prod_variant_instances") },
    },
    fix: "set `initialInstanceCount` to 2 or more on every instance-based production variant",
    remediationSteps: [
        "1. Set `initialInstanceCount: 2` (or more) on each production variant so SageMaker spreads instances across Availability Zones. Serverless variants are exempt.",
        "```typescript",
        'new aws.sagemaker.EndpointConfiguration("ec", {',
        "    // ...",
        '    productionVariants: [{ modelName: model.name, instanceType: "ml.m5.large", initialInstanceCount: 2 }],',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.EndpointConfiguration("ec", {\n    productionVariants: [{ modelName: model.name, instanceType: "ml.m5.large", initialInstanceCount: 1 }],\n});',
        after: 'new aws.sagemaker.EndpointConfiguration("ec", {\n    productionVariants: [{ modelName: model.name, instanceType: "ml.m5.large", initialInstanceCount: 2 }],\n});',
    },
    check(r, report) {
        const variants = r.list("productionVariants");
        if (variants === "unknown") return;
        variants.forEach((v, i) => {
            if (isUnknown(v)) return;
            // Serverless variants have no instances to count.
            if (read(v, "serverlessConfig").state !== "absent") return;
            const n = read(v, "initialInstanceCount");
            // Absent: AWS requires a count for instance-based variants (inference-component endpoints scale their own).
            if (n.state !== "known" || typeof n.value !== "number" || n.value >= 2) return;
            report(
                `\`productionVariants[${i}].initialInstanceCount\` is ${n.value === 1 ? "1" : "below 2"}: the variant has a single instance, so one instance or Availability Zone failure takes the endpoint down.`,
            );
        });
    },
});
