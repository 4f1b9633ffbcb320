// s3-bucket-tls-only on other people's inputs (test/peers/s3-tls-only.ts: cdk-nag's and Prowler's
// own test cases, translated to stacks): our verdict per bucket against theirs. A disagreement must
// be one we chose and explained; the agreement figure is printed for the record. Since issue 25 the
// fact is split (one finding per fact): s3-bucket-policy-tls-only judges what a bucket policy decides
// alone, s3-bucket-tls-only what needs the bucket; our verdict is what the two report together.

import * as assert from "assert";
import { s3BucketPolicyTlsOnly } from "../../policies/storage/s3-bucket-policy-tls-only";
import { s3BucketTlsOnly } from "../../policies/storage/s3-bucket-tls-only";
import { runResource, runStack, urnFor } from "../harness";
import { PEER_CASES } from "../peers/s3-tls-only";

describe("s3-bucket-tls-only on peers' test inputs", () => {
    const agreed: Record<string, [number, number]> = {};
    after(() => console.log(`      agreement with peers (agreed/total): ${JSON.stringify(agreed)}`));
    for (const c of PEER_CASES) {
        it(`${c.source}: ${c.title} (${c.peer} there${c.disagree ? "; we differ on purpose" : ""})`, () => {
            const r = runStack(s3BucketTlsOnly, structuredClone(c.stack));
            const target = c.stack.find((x) => x.name === c.bucket)!;
            const bucketUrn = urnFor(target.type, target.name);
            // A finding about this bucket: on the bucket, or on a configuration resource joined to it.
            const joined = new Set([
                bucketUrn,
                ...c.stack.filter((x) => x.type.includes("bucketPolicy")).map((x) => urnFor(x.type, x.name)),
            ]);
            const alone = c.stack
                .filter((x) => x.type === "aws:s3/bucketPolicy:BucketPolicy")
                .flatMap((x) => runResource(s3BucketPolicyTlsOnly, { type: x.type, name: x.name, props: x.props }).violations);
            const ours = r.urns.some((u) => joined.has(u)) || alone.length > 0 ? "fail" : "pass";
            const expected = c.disagree ? (c.peer === "pass" ? "fail" : "pass") : c.peer;
            const tally = (agreed[c.source] ??= [0, 0]);
            tally[1]++;
            if (ours === c.peer) tally[0]++;
            assert.strictEqual(ours, expected, JSON.stringify([...r.violations, ...alone].map((v) => v.split("\n")[0])));
        });
    }
});
