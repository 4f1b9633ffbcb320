import { own } from "../core/frameworks";
import { stackPolicy } from "../core/policy";
import { read } from "../core/values";
import { T } from "./common";

const GROUPS = ["aws:sagemaker/modelPackageGroup:ModelPackageGroup", "aws-native:sagemaker:ModelPackageGroup"];
const MODELS = [T.model, T.nativeModel];

export const sagemakerModelRegistryInUse = stackPolicy({
    name: "sagemaker-model-registry-in-use",
    description:
        "Stacks that deploy SageMaker models should version them in the model registry (a model package group, or models built from model packages).",
    severity: "low",
    enforcementLevel: "advisory",
    practice: "compliance",
    judges: MODELS,
    controls: {
        hipaa: {
            ids: ["164.308(a)(1)(ii)(D)", "164.312(c)(1)"],
            source: own(
                "Activity review and integrity: the registry records which model version, trained on which data, was approved and deployed when; without it nobody can say which model answered a patient's question last month (Prowler sagemaker_models_registry_in_use).",
            ),
        },
        "nist-800-53": {
            ids: ["CM-2", "CM-3", "CM-8"],
            source: own("Baseline configuration, change control and inventory of deployed models."),
        },
    },
    fix: "create a model package group and build models from its approved versions (`primaryContainer.modelPackageName`)",
    remediationSteps: [
        "1. Register each trained model as a version of a model package group, approve it after review, and build the deployed model from the version.",
        "```typescript",
        'const group = new aws.sagemaker.ModelPackageGroup("readmission", { modelPackageGroupName: "readmission" });',
        "// a pipeline registers versions in the group; the deployment names the approved one:",
        'new aws.sagemaker.Model("readmission", { primaryContainer: { modelPackageName: approvedVersionArn }, executionRoleArn: role.arn });',
        "```",
    ].join("\n"),
    stackCheck(stack, report) {
        const models = stack.index.ofType(...MODELS);
        if (models.length === 0) return stack.notApplicable("no SageMaker model in this stack");
        if (stack.index.ofType(...GROUPS, T.nativeModelPackage).length > 0) return;
        // A model built from a package (set, even unknown at preview) uses the registry, wherever the group lives.
        const fromPackage = (node: unknown) => read(node, "modelPackageName").state !== "absent";
        for (const m of models) {
            const primary = m.get("primaryContainer");
            if (primary.state === "unknown" || (primary.state === "known" && fromPackage(primary.value))) return;
            const containers = m.list("containers");
            if (containers === "unknown" || containers.some(fromPackage)) return;
        }
        report(
            `This stack deploys ${models.length === 1 ? "a SageMaker model" : `${models.length} SageMaker models`} and none comes from the model registry (no model package group, no container with \`modelPackageName\`): which version is deployed, and who approved it, is recorded nowhere.`,
        );
    },
});
