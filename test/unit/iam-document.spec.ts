// The IAM policy document analyser (policies/core/iam.ts): parsing of every shape a document takes,
// unknowns at preview, malformed input, IAM wildcard semantics and the tri-state helpers.

import * as assert from "assert";
import * as fc from "fast-check";
import {
    actionPatternMatches,
    allowsAction,
    awsManagedPolicyName,
    coversService,
    deniesWithoutMfa,
    fullServiceWildcards,
    hasCondition,
    hasWildcardAction,
    isWildcardPrincipal,
    isWildcardResource,
    MAX_DOCUMENT_CHARS,
    namesPeople,
    parsePolicyDocument,
    requiresMfa,
    Statement,
} from "../../policies/core/iam";
import { UNKNOWN, UNKNOWN_SENTINELS } from "../harness";

const doc = (...Statement: unknown[]) => ({ Version: "2012-10-17", Statement });
function one(st: object): Statement {
    const d = parsePolicyDocument(doc(st));
    assert.strictEqual(d.kind, "ok", JSON.stringify(d));
    return (d as { statements: readonly Statement[] }).statements[0];
}

describe("iam document analyser: parsing", () => {
    it("reads JSON strings and objects alike", () => {
        const st = { Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" };
        const a = parsePolicyDocument(JSON.stringify(doc(st)));
        const b = parsePolicyDocument(doc(st));
        assert.deepStrictEqual(a, b);
        assert.strictEqual(a.kind, "ok");
    });
    it("reads a single statement object and single values as lists", () => {
        const d = parsePolicyDocument({ Statement: { Effect: "Deny", NotAction: "iam:*", NotResource: "arn:aws:iam::*:role/x" } });
        assert.strictEqual(d.kind, "ok");
        const st = (d as { statements: readonly Statement[] }).statements[0];
        assert.deepStrictEqual(st.notAction, { values: ["iam:*"], unknown: false });
        assert.deepStrictEqual(st.notResource, { values: ["arn:aws:iam::*:role/x"], unknown: false });
    });
    it("absent and unknown documents", () => {
        assert.deepStrictEqual(parsePolicyDocument(undefined), { kind: "absent" });
        assert.deepStrictEqual(parsePolicyDocument(null), { kind: "absent" });
        for (const s of Object.values(UNKNOWN_SENTINELS)) assert.deepStrictEqual(parsePolicyDocument(s), { kind: "unknown" });
        assert.deepStrictEqual(parsePolicyDocument({ Statement: UNKNOWN }), { kind: "unknown" });
    });
    it("unknowns inside are kept as unknown, never as values", () => {
        const st = one({
            Effect: "Allow",
            Action: ["s3:GetObject", UNKNOWN],
            Resource: [UNKNOWN],
            Principal: { AWS: UNKNOWN },
            Condition: { Bool: { "aws:MultiFactorAuthPresent": UNKNOWN } },
        });
        assert.deepStrictEqual(st.action, { values: ["s3:GetObject"], unknown: true });
        assert.deepStrictEqual(st.resource, { values: [], unknown: true });
        assert.strictEqual(isWildcardResource(st), false, "an unknown resource is a specific ARN of the stack");
        assert.strictEqual(namesPeople(st), "unknown");
        assert.strictEqual(requiresMfa(st), "unknown");
        assert.strictEqual(allowsAction(st, "s3:PutObject"), "unknown");
        assert.strictEqual(allowsAction(st, "s3:GetObject"), true);
        const u = parsePolicyDocument(doc(UNKNOWN));
        assert.strictEqual(u.kind, "ok");
        const us = (u as { statements: readonly Statement[] }).statements[0];
        assert.strictEqual(us.effect, "unknown");
        assert.strictEqual(allowsAction(us, "iam:PassRole"), "unknown");
        assert.strictEqual(one({ Effect: UNKNOWN, Action: "*", Resource: "*" }).effect, "unknown");
        assert.strictEqual(
            hasCondition(one({ Effect: "Allow", Action: "*", Resource: "*", Condition: UNKNOWN }), "aws:SourceIp"),
            "unknown",
        );
    });
    const invalid: [string, unknown, RegExp][] = [
        ["not JSON", "{ nope", /not valid JSON/],
        ["empty", "  ", /empty string/],
        ["a JSON array", "[]", /not a JSON object/],
        ["a number", 42, /not a JSON object/],
        ["no Statement", { Version: "2012-10-17" }, /no `Statement`/],
        ["Effect misspelt", doc({ Effect: "allow", Action: "*" }), /`Effect` is not "Allow" or "Deny"/],
        ["no Action", doc({ Effect: "Allow", Resource: "*" }), /neither `Action` nor `NotAction`/],
        ["Action and NotAction", doc({ Effect: "Allow", Action: "a:b", NotAction: "c:d" }), /both `Action` and `NotAction`/],
        ["Action a number", doc({ Effect: "Allow", Action: 7 }), /`Action` is not a string/],
        ["Action list with an object", doc({ Effect: "Allow", Action: ["a:b", {}] }), /`Action` is not a string/],
        ["statement a string", doc("x"), /not an object/],
        ["Principal a number", doc({ Effect: "Allow", Action: "a:b", Principal: 3 }), /`Principal` is not/],
        ["Condition a list", doc({ Effect: "Allow", Action: "a:b", Condition: [] }), /`Condition` is not an object/],
        ["too large", JSON.stringify(doc({ Effect: "Allow", Action: "a:b", Sid: "x".repeat(MAX_DOCUMENT_CHARS) })), /larger than/],
        [
            "too many statements",
            doc(...Array.from({ length: 1001 }, () => ({ Effect: "Allow", Action: "a:b" }))),
            /more than 1000 statements/,
        ],
    ];
    for (const [title, input, reason] of invalid) {
        it(`malformed: ${title} is an invalid result with our own reason`, () => {
            const d = parsePolicyDocument(input);
            assert.strictEqual(d.kind, "invalid");
            assert.match((d as { reason: string }).reason, reason);
        });
    }
    it("never quotes the input in a reason", () => {
        const d = parsePolicyDocument('{"Statement": SECRET-VALUE-123}');
        assert.strictEqual(d.kind, "invalid");
        assert.doesNotMatch((d as { reason: string }).reason, /SECRET/);
    });
    it("never throws on arbitrary input (property)", () => {
        fc.assert(
            fc.property(fc.oneof(fc.json(), fc.anything(), fc.string()), (x) => {
                const d = parsePolicyDocument(x);
                assert.ok(["ok", "unknown", "absent", "invalid"].includes(d.kind));
            }),
            { numRuns: 500 },
        );
    });
});

describe("iam document analyser: wildcards and helpers", () => {
    it("action patterns: case-insensitive, * and ?", () => {
        assert.ok(actionPatternMatches("iam:PassRole", "IAM:passrole"));
        assert.ok(actionPatternMatches("iam:Pass*", "iam:PassRole"));
        assert.ok(actionPatternMatches("iam:P?ssRole", "iam:PassRole"));
        assert.ok(actionPatternMatches("*", "iam:PassRole"));
        assert.ok(!actionPatternMatches("iam:Get*", "iam:PassRole"));
        assert.ok(!actionPatternMatches("s3.*", "s3:GetObject"), "regex metacharacters are literal");
    });
    it("allowsAction honours Effect, Action and NotAction", () => {
        assert.strictEqual(allowsAction(one({ Effect: "Allow", Action: ["iam:*"], Resource: "*" }), "iam:PassRole"), true);
        assert.strictEqual(allowsAction(one({ Effect: "Deny", Action: ["iam:*"], Resource: "*" }), "iam:PassRole"), false);
        assert.strictEqual(allowsAction(one({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }), "iam:PassRole"), false);
        assert.strictEqual(allowsAction(one({ Effect: "Allow", NotAction: "s3:*", Resource: "*" }), "iam:PassRole"), true);
        assert.strictEqual(allowsAction(one({ Effect: "Allow", NotAction: ["s3:*", UNKNOWN], Resource: "*" }), "iam:PassRole"), "unknown");
    });
    it("wildcard actions, service wildcards, services", () => {
        assert.ok(hasWildcardAction(one({ Effect: "Allow", Action: "*", Resource: "*" })));
        assert.ok(hasWildcardAction(one({ Effect: "Allow", Action: ["*:*"], Resource: "*" })));
        assert.ok(!hasWildcardAction(one({ Effect: "Allow", Action: "s3:*", Resource: "*" })));
        assert.deepStrictEqual(fullServiceWildcards(one({ Effect: "Allow", Action: ["S3:*", "kms:Decrypt", "iam:**"], Resource: "*" })), [
            "s3",
            "iam",
        ]);
        assert.strictEqual(coversService(one({ Effect: "Allow", Action: "sagemaker:CreatePresignedDomainUrl" }), "sagemaker"), true);
        assert.strictEqual(coversService(one({ Effect: "Allow", Action: "*" }), "bedrock"), true);
        assert.strictEqual(coversService(one({ Effect: "Allow", Action: "s3:GetObject" }), "bedrock"), false);
        assert.strictEqual(coversService(one({ Effect: "Allow", Action: [UNKNOWN] }), "bedrock"), "unknown");
    });
    it("wildcard resources", () => {
        assert.ok(isWildcardResource(one({ Effect: "Allow", Action: "a:b", Resource: "*" })));
        assert.ok(isWildcardResource(one({ Effect: "Allow", Action: "a:b", Resource: "arn:aws:*:*:*:*" })));
        assert.ok(isWildcardResource(one({ Effect: "Allow", Action: "a:b", NotResource: "arn:aws:s3:::x" })));
        assert.ok(!isWildcardResource(one({ Effect: "Allow", Action: "a:b", Resource: "arn:aws:s3:::x/*" })));
        assert.ok(!isWildcardResource(one({ Effect: "Allow", Action: "sts:AssumeRole" })));
    });
    it("conditions and MFA", () => {
        const mfa = one({ Effect: "Allow", Action: "a:b", Condition: { Bool: { "aws:multifactorauthpresent": "true" } } });
        assert.strictEqual(hasCondition(mfa, "aws:MultiFactorAuthPresent"), true, "keys are case-insensitive");
        assert.strictEqual(requiresMfa(mfa), true);
        assert.strictEqual(
            requiresMfa(one({ Effect: "Allow", Action: "a:b", Condition: { Bool: { "aws:MultiFactorAuthPresent": true } } })),
            true,
        );
        assert.strictEqual(
            requiresMfa(one({ Effect: "Allow", Action: "a:b", Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "true" } } })),
            false,
        );
        assert.strictEqual(
            requiresMfa(one({ Effect: "Allow", Action: "a:b", Condition: { NumericLessThan: { "aws:MultiFactorAuthAge": "3600" } } })),
            true,
        );
        assert.strictEqual(requiresMfa(one({ Effect: "Allow", Action: "a:b" })), false);
        assert.strictEqual(
            deniesWithoutMfa(one({ Effect: "Deny", Action: "*", Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } } })),
            true,
        );
        assert.strictEqual(deniesWithoutMfa(one({ Effect: "Allow", Action: "*" })), false);
    });
    it("principals: wildcard, people, services", () => {
        assert.ok(isWildcardPrincipal(one({ Effect: "Allow", Action: "kms:*", Principal: "*" })));
        assert.ok(isWildcardPrincipal(one({ Effect: "Allow", Action: "kms:*", Principal: { AWS: ["*"] } })));
        assert.strictEqual(namesPeople(one({ Effect: "Allow", Action: "sts:AssumeRole", Principal: { AWS: "111122223333" } })), true);
        assert.strictEqual(
            namesPeople(one({ Effect: "Allow", Action: "sts:AssumeRole", Principal: { AWS: "arn:aws:iam::111122223333:user/a" } })),
            true,
        );
        assert.strictEqual(
            namesPeople(one({ Effect: "Allow", Action: "sts:AssumeRole", Principal: { AWS: "arn:aws:iam::111122223333:role/ci" } })),
            false,
        );
        assert.strictEqual(
            namesPeople(one({ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: "sagemaker.amazonaws.com" } })),
            false,
        );
        assert.strictEqual(
            namesPeople(
                one({ Effect: "Allow", Action: "sts:AssumeRoleWithSAML", Principal: { Federated: "arn:aws:iam::1:saml-provider/x" } }),
            ),
            false,
        );
    });
    it("AWS-managed policy names", () => {
        assert.strictEqual(awsManagedPolicyName("arn:aws:iam::aws:policy/AdministratorAccess"), "AdministratorAccess");
        assert.strictEqual(
            awsManagedPolicyName("arn:aws-us-gov:iam::aws:policy/service-role/AmazonSageMakerFullAccess"),
            "AmazonSageMakerFullAccess",
        );
        assert.strictEqual(awsManagedPolicyName("arn:aws:iam::111122223333:policy/AdministratorAccess"), undefined);
        assert.strictEqual(awsManagedPolicyName(UNKNOWN), undefined);
        assert.strictEqual(awsManagedPolicyName(7), undefined);
    });
});
