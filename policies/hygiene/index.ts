import type { GuardPolicy } from "../core/policy";
import { hygieneNoCredentials } from "./hygiene-no-credentials";
import { hygieneNoInsecureRepositoryUrls } from "./hygiene-no-insecure-repository-urls";
import { hygieneNoInsecureUrls } from "./hygiene-no-insecure-urls";
import { hygieneNoPhi } from "./hygiene-no-phi";
import { hygieneNotFullyScanned } from "./hygiene-not-fully-scanned";
import { hygienePossibleCredentials } from "./hygiene-possible-credentials";
import { hygienePossiblePhi } from "./hygiene-possible-phi";

export const hygienePolicies: GuardPolicy[] = [
    hygieneNoCredentials,
    hygienePossibleCredentials,
    hygieneNoPhi,
    hygienePossiblePhi,
    hygieneNoInsecureRepositoryUrls,
    hygieneNoInsecureUrls,
    hygieneNotFullyScanned,
];
