// What counts as "encrypted with a customer-managed KMS key" for an input that names a key.

import type { Report } from "./policy";
import { Value } from "./values";

export type KeyJudgement = "customer-managed" | "unknown" | "missing" | "aws-managed";

/** AWS-managed keys are addressed through `alias/aws/<service>`; they satisfy no CMK requirement. */
const AWS_MANAGED_ALIAS = /(^|:)alias\/aws\//;

/**
 * Judges a key reference. An unknown value is a key that another resource of the stack creates
 * (e.g. `kmsKeyId: key.arn`): it *is* set, and it is customer-managed by construction.
 */
export function judgeKmsKey(v: Value): KeyJudgement {
    if (v.state === "unknown") return "unknown";
    if (v.state === "absent") return "missing";
    if (typeof v.value !== "string" || v.value.trim() === "") return "missing";
    return AWS_MANAGED_ALIAS.test(v.value) ? "aws-managed" : "customer-managed";
}

/**
 * Reports when `v` (the input `field`, encrypting `what`) is not a customer-managed key.
 * Returns true when it reported.
 */
export function requireCustomerManagedKey(v: Value, field: string, what: string, report: Report): boolean {
    const j = judgeKmsKey(v);
    if (j === "missing") {
        report(`\`${field}\` is not set, so AWS encrypts ${what} only with an AWS-owned key that you cannot control or audit.`);
        return true;
    }
    if (j === "aws-managed") {
        report(
            `\`${field}\` names an AWS-managed key (alias/aws/...), whose key policy and rotation you cannot control; a customer-managed key is required for ${what}.`,
        );
        return true;
    }
    return false;
}
