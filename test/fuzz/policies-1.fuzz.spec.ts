// The fuzz tier's share 1 of 2 (fuzz-policies.ts says what it checks).
import { describeFuzz } from "./fuzz-policies";

describeFuzz(0, 2);
