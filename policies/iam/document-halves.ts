// The two halves of the identity-document policies (`iam-policy-*`: least privilege of every IAM
// policy document in a stack with SageMaker or Bedrock resources). An account audit runs resource
// policies only, and the stack's scope is a fact of the stack, not of one document; but many
// documents show their scope themselves. So, one finding per fact (docs/authoring-policies.md):
//
// - a document that is evidently ML (common.ts `isEvidentlyMl`: it names a SageMaker or Bedrock
//   action, or it is an inline policy of a role whose own trust policy lets them assume it) is
//   judged by the resource half, `iam-ml-policy-*`, made here from the stack policy: in any stack,
//   and in an account audit;
// - every other document of an ML stack stays the stack policy's (`judgeStackHalf`).
//
// Both call the same per-document judgement, so a finding reads the same from either.

import type { DocResult } from "../core/iam";
import { GuardPolicy, resourcePolicy, sharedWithStackPolicy, StackContext, StackReport } from "../core/policy";
import { read, Value } from "../core/values";
import { DOCUMENT_HOLDERS, docOf, DocumentHolder, documentInput, documentsOf, IdentityDocument, mlStackDocuments, T } from "./common";
import { identityDocumentsOutOfScope } from "./scope";

/** The findings (problems, without the fix) about one document; none when it is fine. */
export type DocumentJudge = (doc: IdentityDocument) => string[];

/** The stack half: every document of an ML stack that is not evidently ML, or "not applicable" as before the split. */
export function judgeStackHalf(ctx: StackContext, report: StackReport, judge: DocumentJudge): void {
    const outside = identityDocumentsOutOfScope(ctx);
    if (outside !== undefined) return ctx.notApplicable(outside);
    for (const doc of mlStackDocuments(ctx)) {
        if (doc.evidentlyMl) continue; // the resource half's
        for (const problem of judge(doc)) report(problem, doc.urn);
    }
}

/**
 * The seven resource halves judge the same document one after the other within one request: one
 * parse for them all (and through the parsed statements, one analysis: core/iam.ts
 * analyseDocument). A few entries, cleared when full, so memory stays bounded.
 */
const parsed = new Map<string, DocResult>();
export function parseShared(v: Value): DocResult {
    if (v.state !== "known" || typeof v.value !== "string") return docOf(v);
    let d = parsed.get(v.value);
    if (d === undefined) {
        if (parsed.size >= 16) parsed.clear();
        parsed.set(v.value, (d = docOf(v)));
    }
    return d;
}

const SCOPE =
    "IAM policy documents that name SageMaker or Bedrock actions, or are inline policies of a role that SageMaker or Bedrock can assume,";
const STACK_SCOPE = "IAM policy documents in a stack with SageMaker or Bedrock resources";

/**
 * The resource half of an `iam-policy-*` stack policy: `iam-ml-policy-*`, with the same level,
 * severity, controls, fix and remediation, judging the evidently-ML documents of one resource with
 * `judge` (the function the stack half calls).
 */
export function mlDocumentHalf(stack: GuardPolicy, judge: DocumentJudge): GuardPolicy {
    if (stack.kind !== "stack" || !stack.name.startsWith("iam-policy-") || !stack.description.startsWith(STACK_SCOPE))
        throw new Error(`mlDocumentHalf: ${stack.name} is not an identity-document stack policy`);
    const name = stack.name.replace(/^iam-policy-/, "iam-ml-policy-");
    const rule = stack.description.slice(STACK_SCOPE.length).replace(/\.$/, "");
    return resourcePolicy({
        name,
        description: `${SCOPE}${rule}: the single-resource half of ${stack.name}, which also runs in account audits.`,
        ...sharedWithStackPolicy(stack),
        resources: Object.fromEntries(DOCUMENT_HOLDERS.map((t) => [t, {}])),
        check(r, report) {
            const documents = documentsOf(r, parseShared);
            const ml = documents.filter((d) => d.evidentlyMl);
            if (ml.length === 0) return r.notApplicable(notEvidentlyMl(r, documents.length > 0, stack.name));
            for (const doc of ml) for (const problem of judge(doc)) report(problem);
        },
    });
}

/** Why a resource of a document type holds no evidently-ML document (for "not applicable"). */
function notEvidentlyMl(r: DocumentHolder, parsedAny: boolean, stackName: string): string {
    const withStack = `${stackName} judges it in a stack with SageMaker or Bedrock resources`;
    const pending = "unknown until apply (judged then)";
    if (r.type === T.role) {
        const inline = r.list("inlinePolicies");
        if (parsedAny) {
            const trust =
                r.get("assumeRolePolicy").state === "unknown"
                    ? "is unknown until apply"
                    : "names no SageMaker or Bedrock service principal";
            return `no inline policy names a SageMaker or Bedrock action and the role's trust policy ${trust}: ${withStack}`;
        }
        if (inline === "unknown" || inline.some((n) => read(n, "policy").state === "unknown")) return `its inline policies are ${pending}`;
        return "no inline policy document to judge";
    }
    if (parsedAny) return `the document names no SageMaker or Bedrock action: ${withStack}`;
    if (r.get(documentInput(r.type)!).state === "unknown") return `its policy document is ${pending}`;
    return "no policy document to judge (a missing or malformed one is iam-policy-document-no-admin's finding)";
}
