// What the IAM stack policies judge, and the reason they give ("not applicable") for a stack with
// nothing in their scope, so that Pulumi Cloud does not count such a stack as passing them.

import { mlResources } from "../core/network";
import type { StackContext } from "../core/policy";
import { DOCUMENT_HOLDERS } from "./common";

export const NO_WORKLOAD_ROLE = "no role in this stack is assumed by SageMaker or Bedrock or used by their resources";

/**
 * Why the identity-document policies (`iam-policy-*`, which judge every document of a stack that
 * runs SageMaker or Bedrock) do not apply to this stack; undefined when they do.
 */
export function identityDocumentsOutOfScope(ctx: StackContext): string | undefined {
    const index = ctx.index;
    if (mlResources(index).length === 0) return "no SageMaker or Bedrock resource in this stack";
    if (index.ofType(...DOCUMENT_HOLDERS).length === 0) return "no IAM policy document in this stack";
    return undefined;
}
