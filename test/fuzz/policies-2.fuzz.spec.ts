// The fuzz tier's share 2 of 2 (fuzz-policies.ts says what it checks).
import { describeFuzz } from "./fuzz-policies";

describeFuzz(1, 2);
