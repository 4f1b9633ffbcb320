// The split of the workload-role policies (policies/iam/role-halves.ts): the four pairs share their
// metadata; the resource halves say "not applicable", with the reason, where they do not judge; both
// halves word a finding the same way; and every grant reaching a workload role is judged by exactly
// one of the two.

import * as assert from "assert";
import type { GuardPolicy } from "../../policies/core/policy";
import { catalog } from "../../policies/catalog";
import { runResource, runStack, StackResourceCase, UNKNOWN, urnFor } from "../harness";
import { compliantRole, inline, json, managed, trust } from "../cases/iam-ml-roles";

type St = Record<string, unknown>;
const allow = (Action: unknown, Resource: unknown = "*"): St => ({ Effect: "Allow", Action, Resource });
const ROLE = "aws:iam/role:Role";

/** The four pairs: the stack policy and its resource half, by name. */
const PAIRS: [GuardPolicy, GuardPolicy][] = catalog
    .filter((p) => p.kind === "stack" && p.resourceHalf?.startsWith("iam-ml-role-"))
    .map((s) => [s, catalog.find((r) => r.name === (s.kind === "stack" ? s.resourceHalf : ""))!]);

describe("workload roles: the four pairs", () => {
    it("four stack policies have a resource half, with their level, severity, controls and fix", () => {
        assert.deepStrictEqual(PAIRS.map(([s]) => s.name).sort(), [
            "iam-workload-role-least-privilege",
            "iam-workload-role-no-full-access-policy",
            "iam-workload-role-passrole-scoped",
            "iam-workload-role-s3-scoped",
        ]);
        for (const [s, r] of PAIRS) {
            assert.ok(r, `${s.name}: its half is in the catalog`);
            assert.strictEqual(r.kind, "resource", r.name);
            assert.strictEqual(r.name, s.name.replace("iam-workload-role-", "iam-ml-role-"));
            for (const k of ["severity", "enforcementLevel", "practice", "controls", "fix", "remediationSteps", "example"] as const)
                assert.deepStrictEqual(r[k], s[k], `${r.name} ${k}`);
            assert.match(r.description, /the single-resource half of iam-workload-role-/);
            assert.ok(r.tags?.includes("account-audit"), `${r.name}: tagged account-audit`);
            assert.deepStrictEqual(Object.keys(r.kind === "resource" ? r.resources : {}), [ROLE]);
        }
    });
});

describe("workload roles: not applicable, with the reason, where the resource half does not judge", () => {
    for (const [s, half] of PAIRS) {
        const na = (props: Record<string, unknown>) => runResource(half, { type: ROLE, props }).notApplicable;
        it(`${half.name}`, () => {
            const role = (extra: Record<string, unknown>) => ({ ...compliantRole(), ...extra });
            assert.strictEqual(
                na(role({ assumeRolePolicy: trust("lambda.amazonaws.com") })),
                `its trust policy names no SageMaker or Bedrock service principal: ${s.name} judges roles that are workload roles by their use`,
            );
            // DataZone's principal makes a workload role for the stack policy, not evidence for the half.
            assert.match(
                na(role({ assumeRolePolicy: trust("datazone.amazonaws.com") }))!,
                /names no SageMaker or Bedrock service principal/,
            );
            assert.match(na(role({ assumeRolePolicy: "{ nope" }))!, /names no SageMaker or Bedrock service principal/);
            assert.strictEqual(na(role({ assumeRolePolicy: UNKNOWN })), "its trust policy is unknown until apply (judged then)");
            assert.strictEqual(
                na(role({ inlinePolicies: [], managedPolicyArns: [] })),
                `it holds no inline policy or AWS-managed policy ARN of its own: ${s.name} judges what reaches it through attachments and separate policies`,
            );
            assert.strictEqual(
                na(role({ inlinePolicies: undefined, managedPolicyArns: ["arn:aws:iam::111122223333:policy/customer"] })),
                `it holds no inline policy or AWS-managed policy ARN of its own: ${s.name} judges what reaches it through attachments and separate policies`,
            );
            assert.strictEqual(
                na(role({ inlinePolicies: UNKNOWN, managedPolicyArns: [] })),
                "its inline policies are unknown until apply (judged then)",
            );
            assert.strictEqual(
                na(role({ inlinePolicies: [{ name: "a", policy: UNKNOWN }], managedPolicyArns: [] })),
                "its inline policies are unknown until apply (judged then)",
            );
            assert.strictEqual(
                na(role({ inlinePolicies: [], managedPolicyArns: [UNKNOWN] })),
                "its managed policy ARNs are unknown until apply (judged then)",
            );
            assert.strictEqual(na(role({})), undefined, "judged when its trust names SageMaker and it holds something");
            assert.strictEqual(na(role({ assumeRolePolicy: trust("sagemaker.amazonaws.com.cn") })), undefined, "China too");
        });
    }

    it("a trust policy unknown at preview: no violation, no 'can't run' (the stack policy judges the role if a workload uses it)", () => {
        for (const [, half] of PAIRS) {
            const r = runResource(half, {
                type: ROLE,
                props: {
                    assumeRolePolicy: UNKNOWN,
                    inlinePolicies: inline([allow("*")]),
                    managedPolicyArns: [managed("AdministratorAccess")],
                },
            });
            assert.deepStrictEqual(r.violations, [], half.name);
            assert.deepStrictEqual(r.cantRun, [], half.name);
        }
    });
});

describe("workload roles: each grant judged by exactly one half, in the same words", () => {
    const NOTEBOOK = "aws:sagemaker/notebookInstance:NotebookInstance";
    const roleUrn = (name: string) => urnFor(ROLE, name);
    /** Fails every one of the four policies: inline (service:*, PassRole, S3 on *) and AWS-managed (admin, FullAccess). */
    const own = () => ({
        inlinePolicies: inline([allow("sagemaker:*"), allow("iam:PassRole"), allow("s3:GetObject")]),
        managedPolicyArns: [managed("AdministratorAccess"), managed("AmazonSageMakerFullAccess")],
    });
    const usedBy = (name: string, role: string): StackResourceCase => ({
        type: NOTEBOOK,
        name,
        props: { instanceType: "ml.t3.medium", roleArn: UNKNOWN },
        propertyDependencies: { roleArn: [roleUrn(role)] },
        dependencies: [roleUrn(role)],
    });
    const stack = (): StackResourceCase[] => [
        { type: ROLE, name: "by-trust", props: { assumeRolePolicy: trust("sagemaker.amazonaws.com"), ...own() } },
        { type: ROLE, name: "by-use", props: { assumeRolePolicy: trust("lambda.amazonaws.com"), ...own() } },
        usedBy("nb-use", "by-use"),
        { type: ROLE, name: "trust-unknown", props: { assumeRolePolicy: UNKNOWN, ...own() } },
        usedBy("nb-unknown", "trust-unknown"),
        { type: ROLE, name: "attached", props: { assumeRolePolicy: trust("bedrock.amazonaws.com") } },
        {
            type: "aws:iam/rolePolicy:RolePolicy",
            name: "rp",
            props: { role: UNKNOWN, policy: json(allow("sagemaker:*"), allow("iam:PassRole"), allow("s3:GetObject")) },
            propertyDependencies: { role: [roleUrn("attached")] },
            dependencies: [roleUrn("attached")],
        },
        ...["AdministratorAccess", "AmazonSageMakerFullAccess"].map((m, i) => ({
            type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
            name: `att${i}`,
            props: { role: UNKNOWN, policyArn: managed(m) },
            propertyDependencies: { role: [roleUrn("attached")] },
            dependencies: [roleUrn("attached")],
        })),
    ];
    const roles = ["by-trust", "by-use", "trust-unknown", "attached"];
    const firstLine = (m: string) => m.split("\n")[0];
    const of = (role: string) => (m: string) => firstLine(m).startsWith(`Role \`${role}\` `);

    for (const [s, r] of PAIRS) {
        it(`${s.name} / ${r.name}`, () => {
            const fromStack = runStack(s, stack()).violations;
            const fromResources = stack().flatMap((x) => runResource(r, { type: x.type, name: x.name, props: x.props }).violations);
            for (const role of roles) {
                const byStack = fromStack.filter(of(role)).length;
                const byResource = fromResources.filter(of(role)).length;
                assert.ok(byStack + byResource >= 1, `${role}: judged`);
                assert.ok(byStack === 0 || byResource === 0, `${role}: exactly one half (stack ${byStack}, resource ${byResource})`);
                assert.strictEqual(byResource > 0, role === "by-trust", role);
            }
            // The same grants read the same from either half (once the role's name is the same and the reason it is a
            // workload role, which the label gives, is set aside).
            const sameGrants = (service: string): StackResourceCase[] => [
                { type: ROLE, name: "r", props: { assumeRolePolicy: trust(service), ...own() } },
                usedBy("nb", "r"),
            ];
            const norm = (m: string) => firstLine(m).replace(/^Role `r` \([^)]*\)/, "Role `r`");
            const viaStack = runStack(s, sameGrants("lambda.amazonaws.com")).violations.map(norm);
            const mlRole = sameGrants("sagemaker.amazonaws.com")[0];
            const viaResource = runResource(r, { type: ROLE, name: "r", props: mlRole.props }).violations.map(norm);
            assert.ok(viaStack.length > 0);
            assert.deepStrictEqual(viaResource, viaStack);
        });
    }
});

describe("people's roles: iam-human-role-mfa and its half iam-human-role-mfa-own-policy", () => {
    const s = catalog.find((p) => p.name === "iam-human-role-mfa")!;
    const half = catalog.find((p) => p.name === "iam-human-role-mfa-own-policy")!;
    const people = (extra: St = {}) =>
        json({ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "sts:AssumeRole", ...extra });
    const studio = () => inline([allow("sagemaker:CreatePresignedDomainUrl", "arn:aws:sagemaker:us-east-1:111122223333:user-profile/*")]);
    const na = (props: Record<string, unknown>) => runResource(half, { type: ROLE, props }).notApplicable;

    it("shares the stack policy's metadata, and names it as its resource half", () => {
        assert.strictEqual(s.kind === "stack" && s.resourceHalf, half.name);
        for (const k of ["severity", "enforcementLevel", "practice", "controls", "fix", "remediationSteps", "example"] as const)
            assert.deepStrictEqual(half[k], s[k], k);
        assert.ok(half.tags?.includes("account-audit"));
    });

    it("not applicable, with the reason, where it does not judge", () => {
        assert.strictEqual(
            na({ assumeRolePolicy: UNKNOWN, inlinePolicies: studio() }),
            "its trust policy is unknown until apply (judged then)",
        );
        assert.strictEqual(
            na({ assumeRolePolicy: trust("sagemaker.amazonaws.com"), inlinePolicies: studio() }),
            "its trust policy lets no people (an account, its root or IAM users) assume it",
        );
        assert.strictEqual(
            na({ assumeRolePolicy: people(), inlinePolicies: inline([allow("s3:GetObject", "arn:aws:s3:::r/*")]) }),
            "nothing it holds itself reaches SageMaker or Bedrock: iam-human-role-mfa judges it when what reaches it through attachments and separate policies, or a SageMaker or Bedrock resource that uses it, does",
        );
        assert.strictEqual(
            na({ assumeRolePolicy: people(), inlinePolicies: UNKNOWN }),
            "its inline policies are unknown until apply (judged then)",
        );
        assert.strictEqual(
            na({ assumeRolePolicy: people(), inlinePolicies: [], managedPolicyArns: [UNKNOWN] }),
            "its managed policy ARNs are unknown until apply (judged then)",
        );
        assert.strictEqual(na({ assumeRolePolicy: people(), inlinePolicies: studio() }), undefined);
    });

    it("each role judged by exactly one half, in the same words", () => {
        const roleUrn = (name: string) => urnFor(ROLE, name);
        const stack = (): StackResourceCase[] => [
            { type: ROLE, name: "own", props: { assumeRolePolicy: people(), inlinePolicies: studio() } },
            {
                type: ROLE,
                name: "own-managed",
                props: { assumeRolePolicy: people(), managedPolicyArns: [managed("AmazonSageMakerFullAccess")] },
            },
            { type: ROLE, name: "joined", props: { assumeRolePolicy: people() } },
            {
                type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
                name: "joined-bedrock",
                props: { role: UNKNOWN, policyArn: managed("AmazonBedrockFullAccess") },
                propertyDependencies: { role: [roleUrn("joined")] },
                dependencies: [roleUrn("joined")],
            },
            { type: ROLE, name: "used", props: { assumeRolePolicy: people() } },
            {
                type: "aws:sagemaker/notebookInstance:NotebookInstance",
                name: "nb",
                props: { instanceType: "ml.t3.medium", roleArn: UNKNOWN },
                propertyDependencies: { roleArn: [roleUrn("used")] },
                dependencies: [roleUrn("used")],
            },
        ];
        const firstLine = (m: string) => m.split("\n")[0];
        const fromStack = runStack(s, stack()).violations.map(firstLine);
        const fromResources = stack()
            .flatMap((x) => runResource(half, { type: x.type, name: x.name, props: x.props }).violations)
            .map(firstLine);
        const who = (ms: string[]) => ms.map((m) => /^Role `([^`]+)`/.exec(m)![1]).sort();
        assert.deepStrictEqual(who(fromResources), ["own", "own-managed"]);
        assert.deepStrictEqual(who(fromStack), ["joined", "used"]);
        // Same words: the stack policy's finding on `joined` reads as the half's on `own`, but for the name.
        assert.strictEqual(
            fromStack.find((m) => m.startsWith("Role `joined`"))!.replace("`joined`", "`own`"),
            fromResources.find((m) => m.startsWith("Role `own`")),
        );
    });
});
