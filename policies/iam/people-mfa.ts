// What people (IAM users and groups) do with SageMaker and Bedrock, and the statements that let them
// do it without MFA: shared by iam-user-group-policy-mfa (one resource) and iam-human-policy-mfa (the
// join of a stack's policy to its attachments).

import { allowsAction, coversAction, deniesWithoutMfa, requiresMfa, Statement } from "../core/iam";

/** Open SageMaker Studio, open a notebook, invoke a model. */
const PEOPLE_ACTIONS = [
    "sagemaker:CreatePresignedDomainUrl",
    "sagemaker:CreatePresignedNotebookInstanceUrl",
    "bedrock:InvokeModel",
    "bedrock:InvokeModelWithResponseStream",
    "bedrock:Converse",
    "bedrock:ConverseStream",
];

/** AWS-managed policies that allow those actions without an MFA condition (names printed: AWS constants). */
export const MANAGED_WITHOUT_MFA = new Set([
    "AdministratorAccess",
    "PowerUserAccess",
    "AmazonSageMakerFullAccess",
    "AmazonBedrockFullAccess",
]);

/** Statements that allow one of the people actions without MFA, and no Deny-without-MFA in the same document covers it. */
export function withoutMfa(statements: readonly Statement[]): Statement[] {
    const out: Statement[] = [];
    for (const st of statements) {
        if (requiresMfa(st) !== false) continue;
        const bad = PEOPLE_ACTIONS.some(
            (a) =>
                allowsAction(st, a) === true &&
                !statements.some((d) => d.effect === "Deny" && coversAction(d, a) !== false && deniesWithoutMfa(d) !== false),
        );
        if (bad) out.push(st);
    }
    return out;
}
