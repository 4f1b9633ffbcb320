// Every case table in test/cases, as unit tests through the SDK's proxy.

import { loadCases } from "../cases";
import { describePolicy, describeStackPolicy } from "../policy-cases";

const { cases, stackCases } = loadCases();
for (const c of cases) describePolicy(c);
for (const c of stackCases) describeStackPolicy(c);
