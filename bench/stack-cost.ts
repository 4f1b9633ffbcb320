// Cost of the IAM stack policies on large stacks, through the real pack over gRPC (PackProcess):
// stacks of 1,000 and 10,000 resources (roles, attachments, policies, keys, SageMaker and Bedrock
// resources; every ID and ARN unknown, as at a first preview), timed with only the IAM stack
// policies enabled, against a baseline with every policy disabled (protocol and serialization).
//
//   npx ts-node --transpile-only bench/stack-cost.ts [sizes...]

import { PACK_DIR, PackProcess, ResourceInput, UNKNOWN, urnOf } from "../cli/analyzer";

const STACK_POLICIES = [
    "iam-workload-role-least-privilege",
    "iam-workload-role-passrole-scoped",
    "iam-workload-role-no-full-access-policy",
    "iam-workload-role-s3-scoped",
    "iam-human-role-mfa",
    "iam-human-policy-mfa",
];

const doc = (...Statement: object[]) => ({ Version: "2012-10-17", Statement });

/** One unit of 10 resources; `n / 10` units make a stack of `n`. */
function unit(i: number): ResourceInput[] {
    const u = (type: string, name: string) => urnOf(type, `${name}-${i}`, "dev", "bench");
    const res = (
        type: string,
        name: string,
        properties: Record<string, unknown>,
        propertyDependencies: Record<string, string[]> = {},
    ): ResourceInput => ({
        type,
        name: `${name}-${i}`,
        urn: u(type, name),
        properties,
        propertyDependencies,
        dependencies: [...new Set(Object.values(propertyDependencies).flat())],
    });
    const role = u("aws:iam/role:Role", "exec");
    const policy = u("aws:iam/policy:Policy", "kms");
    const group = u("aws:iam/group:Group", "analysts");
    return [
        res("aws:kms/key:Key", "key", { enableKeyRotation: true }),
        res("aws:iam/role:Role", "exec", {
            assumeRolePolicy: JSON.stringify(
                doc({ Effect: "Allow", Principal: { Service: "sagemaker.amazonaws.com" }, Action: "sts:AssumeRole" }),
            ),
        }),
        res(
            "aws:iam/rolePolicy:RolePolicy",
            "s3",
            { role: UNKNOWN, policy: doc({ Effect: "Allow", Action: ["s3:GetObject"], Resource: [UNKNOWN] }) },
            { role: [role] },
        ),
        res("aws:iam/policy:Policy", "kms", { policy: doc({ Effect: "Allow", Action: ["kms:Decrypt"], Resource: [UNKNOWN] }) }),
        res(
            "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
            "kms",
            { role: UNKNOWN, policyArn: UNKNOWN },
            { role: [role], policyArn: [policy] },
        ),
        res(
            "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
            "ecr",
            { role: UNKNOWN, policyArn: "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly" },
            { role: [role] },
        ),
        res(
            "aws:sagemaker/notebookInstance:NotebookInstance",
            "nb",
            { instanceType: "ml.t3.medium", roleArn: UNKNOWN },
            { roleArn: [role] },
        ),
        res("aws:iam/role:Role", "person", {
            assumeRolePolicy: JSON.stringify(
                doc({
                    Effect: "Allow",
                    Principal: { AWS: "arn:aws:iam::111122223333:root" },
                    Action: "sts:AssumeRole",
                    Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } },
                }),
            ),
            inlinePolicies: [
                {
                    name: "studio",
                    policy: JSON.stringify(doc({ Effect: "Allow", Action: "sagemaker:CreatePresignedDomainUrl", Resource: "*" })),
                },
            ],
        }),
        res("aws:iam/group:Group", "analysts", {}),
        res(
            "aws:iam/groupPolicy:GroupPolicy",
            "studio",
            {
                group: UNKNOWN,
                policy: JSON.stringify(
                    doc({
                        Effect: "Allow",
                        Action: "bedrock:InvokeModel",
                        Resource: "*",
                        Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } },
                    }),
                ),
            },
            { group: [group] },
        ),
    ];
}

export function stackOf(n: number): ResourceInput[] {
    const out: ResourceInput[] = [];
    for (let i = 0; out.length < n; i++) out.push(...unit(i));
    return out.slice(0, n);
}

async function time(pack: PackProcess, stack: ResourceInput[], runs = 3): Promise<{ ms: number; diagnostics: number }> {
    const times: number[] = [];
    let diagnostics = 0;
    for (let i = 0; i < runs; i++) {
        const t0 = process.hrtime.bigint();
        const r = await pack.analyzeStack(stack);
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
        diagnostics = r.diagnostics.length;
    }
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)], diagnostics };
}

async function main(): Promise<void> {
    const sizes = process.argv
        .slice(2)
        .map(Number)
        .filter((x) => x > 0);
    const pack = await PackProcess.start(PACK_DIR, { project: "bench" });
    try {
        await pack.getAnalyzerInfo();
        for (const n of sizes.length ? sizes : [1_000, 10_000]) {
            const stack = stackOf(n);
            await pack.configure({ all: "disabled" });
            const base = await time(pack, stack);
            const enabled: Record<string, string> = { all: "disabled" };
            for (const p of STACK_POLICIES) enabled[p] = "mandatory";
            await pack.configure(enabled as never);
            const all = await time(pack, stack);
            const each: string[] = [];
            for (const p of STACK_POLICIES) {
                await pack.configure({ all: "disabled", [p]: "mandatory" } as never);
                each.push(`${p} ${(await time(pack, stack, 1)).ms.toFixed(0)} ms`);
            }
            console.log(
                `${n} resources: baseline (all disabled) ${base.ms.toFixed(0)} ms; 6 IAM stack policies ${all.ms.toFixed(0)} ms ` +
                    `(policy cost ≈ ${(all.ms - base.ms).toFixed(0)} ms, ${all.diagnostics} diagnostics)\n  ${each.join("; ")}`,
            );
        }
    } finally {
        await pack.close();
    }
}

if (require.main === module) {
    main().catch((err) => {
        console.error(err);
        process.exit(1);
    });
}
