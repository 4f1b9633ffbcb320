// The one list of every policy in the pack. Docs, profiles and tests are generated from it.

import { bedrockPolicies } from "./bedrock";
import type { GuardPolicy } from "./core/policy";
import { hygienePolicies } from "./hygiene";
import { iamPolicies } from "./iam";
import { kmsPolicies } from "./kms";
import { loggingPolicies } from "./logging";
import { networkPolicies } from "./network";
import { sagemakerPolicies } from "./sagemaker";
import { stackPolicies } from "./stack";
import { storagePolicies } from "./storage";

export const catalog: readonly GuardPolicy[] = [
    ...sagemakerPolicies,
    ...bedrockPolicies,
    ...iamPolicies,
    ...kmsPolicies,
    ...networkPolicies,
    ...loggingPolicies,
    ...storagePolicies,
    ...hygienePolicies,
    ...stackPolicies,
];
