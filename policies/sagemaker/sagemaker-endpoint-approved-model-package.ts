import { own } from "../core/frameworks";
import { stackPolicy, StackResource } from "../core/policy";
import { nameOf, StackIndex } from "../core/stack";
import { T } from "./common";

const MODELS = [T.model, T.nativeModel];
const ENDPOINT_CONFIGS = [T.endpointConfig, T.nativeEndpointConfig];
const VARIANT_LISTS = ["productionVariants", "shadowProductionVariants"];
const CONTAINER_FIELDS = ["primaryContainer", "containers"];

/** The resources of `types` that `r` refers to through any of `props`. */
function referenced(index: StackIndex, r: StackResource, props: readonly string[], types: readonly string[]): StackResource[] {
    const out = new Set<StackResource>();
    for (const p of props) for (const t of index.referencedBy(r, p)) if (types.includes(t.type)) out.add(t);
    return [...out];
}

/**
 * Why a model package of the stack is not approved for deployment, or undefined when it is (or when
 * that cannot be told at preview). Only a versioned package (in a model package group) has an
 * approval status; AWS's default for one is `PendingManualApproval`.
 */
function unapproved(pkg: StackResource): string | undefined {
    if (pkg.get("modelPackageGroupName").state === "absent") return undefined;
    const status = pkg.get("modelApprovalStatus", "PendingManualApproval");
    if (status.state !== "known") return undefined;
    if (status.value === "Approved") return undefined;
    return status.value === "Rejected"
        ? "`Rejected`"
        : status.value === "PendingManualApproval"
          ? "`PendingManualApproval`"
          : "not `Approved`";
}

export const sagemakerEndpointApprovedModelPackage = stackPolicy({
    name: "sagemaker-endpoint-approved-model-package",
    description:
        'SageMaker endpoints should serve model packages from the model registry only once they are approved (`modelApprovalStatus: "Approved"`).',
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "compliance",
    judges: [T.model, T.nativeModel, T.nativeModelPackage],
    controls: {
        hipaa: {
            ids: ["164.308(a)(1)(ii)(B)", "164.312(c)(1)"],
            source: own(
                "Risk management and integrity: the registry's approval is the step where someone signs off a model version (its evaluation, its training data lineage) before it answers requests about patients; a model built straight from an unapproved version skips it.",
            ),
        },
        "nist-800-53": {
            ids: ["CM-3", "CM-5", "SA-10"],
            source: own(
                "Configuration change control: deployment only of approved versions (Prowler sagemaker_models_registry_in_use asks for an approved package in the registry; no scanner joins a deployed model to its package's status).",
            ),
        },
    },
    fix: 'approve the version in the registry (`modelApprovalStatus: "Approved"`, after review) or point the model\'s container `modelPackageName` at an approved version',
    remediationSteps: [
        "1. Review the model package version (metrics, lineage, model card) and approve it in the registry; deploy only approved versions, e.g. from a pipeline triggered by the approval event.",
        "```typescript",
        'const version = new awsnative.sagemaker.ModelPackage("readmission-v7", {',
        "    modelPackageGroupName: group.modelPackageGroupName,",
        '    modelApprovalStatus: "Approved",',
        '    approvalDescription: "Reviewed by the clinical ML board, ticket ML-1234",',
        "    // ...",
        "});",
        'new aws.sagemaker.Model("readmission", { primaryContainer: { modelPackageName: version.modelPackageArn }, executionRoleArn });',
        "```",
    ].join("\n"),
    stackCheck(stack, report) {
        const { index } = stack;
        let judged = 0;
        const served = new Map<StackResource, StackResource[]>(); // model → the endpoint configs that serve it
        for (const ec of index.ofType(...ENDPOINT_CONFIGS)) {
            for (const m of referenced(index, ec, VARIANT_LISTS, MODELS)) {
                const list = served.get(m);
                if (list) list.push(ec);
                else served.set(m, [ec]);
            }
        }
        for (const [model, configs] of served) {
            for (const pkg of referenced(index, model, CONTAINER_FIELDS, [T.nativeModelPackage])) {
                judged++;
                const why = unapproved(pkg);
                if (!why) continue;
                // On the version: approving it (or building the model from an approved one) is the change.
                report(
                    `This model package version's \`modelApprovalStatus\` is ${why}, and model ${nameOf(model)}, built from it, is served by endpoint configuration ${nameOf(configs[0])}: a version nobody approved answers inference requests.`,
                    pkg.urn,
                );
            }
        }
        if (judged === 0)
            return stack.notApplicable(
                "no model served by an endpoint configuration of this stack is built from a model package of this stack (a package outside the stack is not judged here)",
            );
    },
});
