import { exemptionProblem, findExemption, isExpired } from "../core/exemptions";
import { own } from "../core/frameworks";
import { mlServiceOf, NO_SECURITY_SETTING } from "../core/ml-types";
import { GuardPolicy, stackPolicy } from "../core/policy";

/**
 * The ML-service types whose configuration some policy of `policies` judges: the types of every
 * resource policy except the hygiene (text) ones, and the types stack policies declare in `judges`.
 */
export function configurationCheckedTypes(policies: readonly GuardPolicy[]): Set<string> {
    const out = new Set<string>();
    for (const p of policies) {
        if (p.kind === "resource") {
            if (p.name.startsWith("hygiene-")) continue;
            for (const t of Object.keys(p.resources)) if (mlServiceOf(t)) out.add(t);
        } else for (const t of p.judges ?? []) out.add(t);
    }
    return out;
}

let reviewed: Set<string> | undefined;

/** Built on first use from the catalog (imported lazily: the catalog imports this policy). */
function reviewedTypes(): Set<string> {
    return (reviewed ??= configurationCheckedTypes((require("../catalog") as typeof import("../catalog")).catalog));
}

/** A type the pack does not review: an ML-service type with no configuration check that may hold a security setting. */
export function isUnreviewed(type: string, checked: ReadonlySet<string> = reviewedTypes()): boolean {
    return mlServiceOf(type) !== undefined && !checked.has(type) && !NO_SECURITY_SETTING.has(type);
}

const MAX_LISTED = 40;

export const stackMlTypesNotReviewed = stackPolicy({
    name: "stack-ml-types-not-reviewed",
    description:
        "Names the ML-service resources of the stack whose type sagemaker-guard does not review yet, so that a clean result is not read as covering them.",
    severity: "low",
    enforcementLevel: "advisory",
    tags: ["coverage-notice"],
    practice: "compliance",
    controls: {
        hipaa: {
            ids: ["164.308(a)(1)(ii)(A)", "164.308(a)(8)"],
            source: own(
                "the risk analysis and the technical evaluation must know which resources an automated review did not cover, or they take silence for compliance",
            ),
        },
        "nist-800-53": {
            ids: ["CA-2", "CA-7", "RA-3"],
            source: own("a control assessment states its scope: resources of an assessed service that the assessment did not examine"),
        },
    },
    fix: "review these resources' security settings by hand (encryption keys, network, authorizers, resource policies) until sagemaker-guard checks their type; exempt the stack's resources in this policy's config once reviewed",
    remediationSteps: [
        "1. This finding is information: the resources it names are of an ML-service type that sagemaker-guard has no configuration check for yet.",
        "2. Review their security settings by hand (customer-managed keys, VPC and public access, authorizers, resource policies), then record the review as an exemption:",
        "```typescript",
        "// Pulumi.<stack>.yaml / policy config",
        '// "stack-ml-types-not-reviewed": { "exemptions": [{ "resource": "vectors", "reason": "reviewed by hand in SEC-123", "expires": "2027-06-30" }] }',
        "```",
    ].join("\n"),
    stackCheck(stack, report) {
        if (!stack.resources.some((r) => mlServiceOf(r.type) !== undefined))
            return stack.notApplicable(
                "no resource of an ML service (Bedrock, AgentCore, SageMaker, DataZone, S3 Vectors, OpenSearch Serverless) in this stack",
            );
        const checked = reviewedTypes();
        const byType = new Map<string, number>();
        const today = new Date().toISOString().slice(0, 10);
        for (const r of stack.resources) {
            if (!isUnreviewed(r.type, checked)) continue;
            // The finding is about the stack, so an exemption (a resource reviewed by hand) takes the resource out of the count.
            const ex = findExemption(stack.config.exemptions, r.name, r.urn);
            if (ex && exemptionProblem(ex, r.urn) === undefined && !isExpired(ex, today)) continue;
            byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
        }
        if (byType.size === 0) return;
        const types = [...byType.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        // Type tokens come from the provider SDK's registration (the engine's `type`), never from inputs.
        const listed = types.slice(0, MAX_LISTED).map(([t, n]) => `\`${t.replace(/[^A-Za-z0-9:/_.-]/g, "?")}\` ×${n}`);
        const more = types.length > MAX_LISTED ? ` and ${types.length - MAX_LISTED} more types` : "";
        report(
            `Not yet reviewed by sagemaker-guard: ${listed.join(", ")}${more}. A clean result says nothing about these resources' configuration (only their text was scanned for secrets and PHI, where their type is scanned).`,
        );
    },
});
