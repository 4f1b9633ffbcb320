// The statement-coverage helpers of the IAM analyser: whether a statement covers every principal,
// every action of a service, a resource ARN and everything under a prefix, as AWS evaluates it.

import * as assert from "assert";
import {
    coversAllActionsOf,
    coversEveryPrincipal,
    coversResourceArn,
    coversResourcePrefix,
    parsePolicyDocument,
    patternCoversPrefix,
    patternMayMatchPrefix,
    Statement,
} from "../../policies/core/iam";
import { UNKNOWN } from "../harness";
import { measureWork } from "../work-counter";

function statement(st: Record<string, unknown>): Statement {
    const d = parsePolicyDocument({ Statement: [{ Effect: "Deny", ...st }] });
    if (d.kind !== "ok") throw new Error(`fixture does not parse: ${JSON.stringify(d)}`);
    return d.statements[0];
}

describe("core/iam statement coverage", () => {
    it("tells whether a pattern matches every string with a prefix", () => {
        const covers = (p: string, prefix: string) => patternCoversPrefix(p, prefix, false);
        assert.ok(covers("*", "arn:aws:s3:::b/"));
        assert.ok(covers("arn:aws:s3:::b/*", "arn:aws:s3:::b/"));
        assert.ok(covers("arn:aws:s3:::b*", "arn:aws:s3:::b/"));
        assert.ok(covers("arn:aws:s3:::*/*", "arn:aws:s3:::b/"));
        assert.ok(covers("arn:aws:s3:::b/*?", "arn:aws:s3:::b/x"), "`*?` ends in a wildcard run that takes any tail");
        assert.ok(!covers("arn:aws:s3:::b/p/*", "arn:aws:s3:::b/"), "a prefix of the objects only");
        assert.ok(!covers("arn:aws:s3:::b/?", "arn:aws:s3:::b/"), "one character only");
        assert.ok(!covers("arn:aws:s3:::b/*.csv", "arn:aws:s3:::b/"));
        assert.ok(!covers("arn:aws:s3:::bb/*", "arn:aws:s3:::b/"));
    });

    it("tells whether a pattern may match some string with a prefix", () => {
        const may = (p: string, prefix: string) => patternMayMatchPrefix(p, prefix, true);
        assert.ok(may("s3:GetObject", "s3:"));
        assert.ok(may("*", "s3:"));
        assert.ok(may("s*", "s3:"));
        assert.ok(may("s3", "s3") && !may("s3", "s3:"));
        assert.ok(!may("iam:*", "s3:"));
        assert.ok(!may("sts:*", "s3:"));
    });

    it("covers every principal only with * or AWS *, and no NotPrincipal", () => {
        assert.strictEqual(coversEveryPrincipal(statement({ Principal: "*", Action: "s3:*" })), true);
        assert.strictEqual(coversEveryPrincipal(statement({ Principal: { AWS: ["arn:aws:iam::1:root", "*"] }, Action: "s3:*" })), true);
        assert.strictEqual(
            coversEveryPrincipal(statement({ Principal: { AWS: "arn:aws:iam::111122223333:user/a" }, Action: "s3:*" })),
            false,
        );
        assert.strictEqual(
            coversEveryPrincipal(statement({ NotPrincipal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "s3:*" })),
            false,
        );
        assert.strictEqual(coversEveryPrincipal(statement({ Principal: { AWS: UNKNOWN }, Action: "s3:*" })), "unknown");
    });

    it("covers every action of a service through Action and NotAction", () => {
        const all = (st: Record<string, unknown>) => coversAllActionsOf(statement({ Principal: "*", ...st }), "s3");
        assert.strictEqual(all({ Action: "s3:*" }), true);
        assert.strictEqual(all({ Action: "S3:*" }), true, "action names are case-insensitive");
        assert.strictEqual(all({ Action: "*" }), true);
        assert.strictEqual(all({ Action: ["s3:Get*", "s3:Put*"] }), false);
        assert.strictEqual(all({ Action: ["s3:Get*", UNKNOWN] }), "unknown");
        assert.strictEqual(all({ NotAction: "s3:GetObject" }), false);
        assert.strictEqual(all({ NotAction: "iam:*" }), true);
        assert.strictEqual(all({ NotAction: ["iam:*", UNKNOWN] }), "unknown");
    });

    it("covers a resource ARN and a prefix through Resource and NotResource", () => {
        const st = (r: Record<string, unknown>) => statement({ Principal: "*", Action: "s3:*", ...r });
        assert.strictEqual(coversResourceArn(st({ Resource: "arn:aws:s3:::b" }), "arn:aws:s3:::b"), true);
        assert.strictEqual(coversResourceArn(st({ Resource: "arn:aws:s3:::B" }), "arn:aws:s3:::b"), false, "ARNs are case-sensitive");
        assert.strictEqual(coversResourceArn(st({ Resource: "arn:aws:s3:::b/*" }), "arn:aws:s3:::b"), false);
        assert.strictEqual(coversResourceArn(st({ Resource: UNKNOWN }), "arn:aws:s3:::b"), "unknown");
        assert.strictEqual(coversResourceArn(st({ NotResource: "arn:aws:s3:::b" }), "arn:aws:s3:::b"), false);
        assert.strictEqual(coversResourceArn(st({ NotResource: "arn:aws:s3:::c" }), "arn:aws:s3:::b"), true);
        assert.strictEqual(coversResourcePrefix(st({ Resource: "arn:aws:s3:::b/*" }), "arn:aws:s3:::b/"), true);
        assert.strictEqual(coversResourcePrefix(st({ Resource: "arn:aws:s3:::b/logs/*" }), "arn:aws:s3:::b/"), false);
        assert.strictEqual(coversResourcePrefix(st({ NotResource: "arn:aws:s3:::b/logs/*" }), "arn:aws:s3:::b/"), false);
        assert.strictEqual(coversResourcePrefix(st({ NotResource: "arn:aws:s3:::c/*" }), "arn:aws:s3:::b/"), true);
    });

    it("stays bounded on a long hostile pattern", () => {
        const p = "*a".repeat(5_000);
        const subject = "arn:aws:s3:::" + "a".repeat(200);
        const { work } = measureWork(() => {
            assert.strictEqual(patternMayMatchPrefix(p, "s3:", true), true, "too long to cut apart: counted as possibly matching");
            patternCoversPrefix(p, subject, false);
        });
        const steps = work.stringSteps + work.regexChars;
        assert.ok(steps <= 4 * (p.length + subject.length), `${steps} steps`);
    });
});
