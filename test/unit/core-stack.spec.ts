// StackIndex (policies/core/stack.ts): joins by property dependencies, dependencies, parent and
// known identity; unknown values never join; the build is linear.

import * as assert from "assert";
import { unknownCheckingProxy } from "@pulumi/policy";
import type { StackResource } from "../../policies/core/policy";
import { StackIndex } from "../../policies/core/stack";
import { list, read, unwrap } from "../../policies/core/values";
import { UNKNOWN, urnFor } from "../harness";

function sr(
    type: string,
    name: string,
    props: Record<string, unknown>,
    pd: Record<string, string[]> = {},
    extra: Partial<StackResource> = {},
): StackResource {
    const p = unknownCheckingProxy(props);
    return {
        type,
        name,
        urn: urnFor(type, name),
        get: (path, d) => read(p, path, d),
        list: (path) => list(p, path),
        raw: () => unwrap(p),
        dependencies: [...new Set(Object.values(pd).flat())],
        propertyDependencies: pd,
        ...extra,
    };
}

const VPC = "aws:ec2/vpc:Vpc";
const SUBNET = "aws:ec2/subnet:Subnet";
const BUCKET = "aws:s3/bucket:Bucket";

describe("core/stack StackIndex", () => {
    const vpc = sr(VPC, "v", { cidrBlock: "10.0.0.0/16" });
    const other = sr(VPC, "w", { cidrBlock: "10.1.0.0/16" });
    const subnet = sr(SUBNET, "s", { vpcId: UNKNOWN }, { vpcId: [vpc.urn] });
    const bucket = sr(BUCKET, "b", { bucket: "known-bucket-name" });
    const unnamed = sr(BUCKET, "u", { bucket: UNKNOWN });
    const cfg = sr("aws:s3/bucketVersioning:BucketVersioning", "c", { bucket: "known-bucket-name" });
    const child = sr("aws:ec2/route:Route", "r", {}, {}, { parentUrn: vpc.urn });
    const index = new StackIndex([vpc, other, subnet, bucket, unnamed, cfg, child]);

    it("joins through property dependencies (unknown values at preview)", () => {
        assert.deepStrictEqual(index.referencedBy(subnet, "vpcId"), [vpc]);
        assert.deepStrictEqual(index.dependents(vpc.urn).includes(subnet), true);
        assert.deepStrictEqual(index.references(subnet), [vpc]);
    });
    it("joins through a known name, and never through an unknown value", () => {
        assert.deepStrictEqual(index.referencedBy(cfg, "bucket"), [bucket]);
        assert.deepStrictEqual(index.withIdentity(UNKNOWN), []);
        const dangling = sr(SUBNET, "d", { vpcId: UNKNOWN });
        assert.deepStrictEqual(index.referencedBy(dangling, "vpcId"), [], "two unknowns are not equal");
    });
    it("records children as dependents of their parent", () => {
        assert.ok(index.dependents(vpc.urn).includes(child));
    });
    it("indexes by type in stack order", () => {
        assert.deepStrictEqual(index.ofType(VPC), [vpc, other]);
        assert.deepStrictEqual(index.ofType(BUCKET, VPC).length, 4);
        assert.deepStrictEqual(index.ofType("aws:x/y:Z"), []);
    });
    it("ignores dangling URNs and duplicate URNs", () => {
        const d = sr(SUBNET, "x", { vpcId: UNKNOWN }, { vpcId: ["urn:pulumi:dev::test::aws:ec2/vpc:Vpc::missing"] });
        const i = new StackIndex([vpc, d, { ...vpc }]);
        assert.deepStrictEqual(i.referencedBy(d, "vpcId"), []);
        assert.strictEqual(i.byUrn.get(vpc.urn), vpc);
    });
    it("builds in linear work (10x resources, 10x property reads)", () => {
        // Counted, not timed: a join that rebuilt the identity index per lookup would read n^2 times.
        const reads = (n: number) => {
            let count = 0;
            const rs: StackResource[] = [];
            for (let k = 0; k < n; k++) {
                const v = sr(VPC, `v${k}`, { cidrBlock: "10.0.0.0/16" });
                rs.push(v, sr(SUBNET, `s${k}`, { vpcId: UNKNOWN }, { vpcId: [v.urn] }));
            }
            const counted = rs.map((r) => ({ ...r, get: (p: string, d?: unknown) => (count++, r.get(p, d)) }));
            const i = new StackIndex(counted);
            for (const r of i.ofType(SUBNET)) i.referencedBy(r, "vpcId");
            for (const r of i.ofType(VPC)) i.withIdentity(r.urn);
            return count;
        };
        const small = reads(1000);
        assert.ok(small > 0);
        assert.strictEqual(reads(10_000), small * 10);
    });
});
