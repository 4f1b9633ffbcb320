// One AnalyzeStack per hostile IAM document (issue 24), through PackProcess as the engine drives a
// pack; prints the wall time and finding count of each. bench/NOTES.md has the figures.
//   npx ts-node --transpile-only bench/iam-documents.ts [<pack dir>] [<label prefix>]
import { PACK_DIR, PackProcess, ResourceInput, urnOf } from "../cli/analyzer";
import { iamServiceKeys, serviceActions } from "../policies/core/iam";
const dir = process.argv[2] ?? PACK_DIR;
const all = iamServiceKeys().flatMap((s) => serviceActions(s) ?? []);
const deny = all
    .filter((_, i) => i % 34 === 0)
    .slice(0, 650)
    .map((a) => a.name);
const chunks = (xs: string[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, k) => xs.slice(k * n, (k + 1) * n));
const docs: [string, string][] = [
    [
        "allow a*:*..z*:*, deny 650",
        JSON.stringify({
            Statement: [
                { Effect: "Allow", Action: "abcdefghijklmnopqrstuvwxyz".split("").map((c) => `${c}*:*`), Resource: "*" },
                { Effect: "Deny", Action: deny, Resource: "*" },
            ],
        }),
    ],
    [
        "12,000 *:qN",
        JSON.stringify({
            Statement: chunks(
                Array.from({ length: 12000 }, (_, i) => `*:q${i}`),
                2000,
            ).map((a) => ({ Effect: "Allow", Action: a, Resource: "*" })),
        }),
    ],
    [
        "10,000 *:*qN*",
        JSON.stringify({
            Statement: chunks(
                Array.from({ length: 10000 }, (_, i) => `*:*q${i}*`),
                2000,
            ).map((a) => ({ Effect: "Allow", Action: a, Resource: "*" })),
        }),
    ],
];
const only = process.argv[3];
(async () => {
    const pack = await PackProcess.start(dir);
    await pack.configureStack({});
    await pack.configure({});
    for (const [label, doc] of docs) {
        if (only && !label.startsWith(only)) continue;
        const role = urnOf("aws:iam/role:Role", "sm-exec");
        const rs: ResourceInput[] = [
            {
                type: "aws:iam/role:Role",
                name: "sm-exec",
                properties: {
                    assumeRolePolicy: JSON.stringify({
                        Statement: [{ Effect: "Allow", Principal: { Service: "sagemaker.amazonaws.com" }, Action: "sts:AssumeRole" }],
                    }),
                },
            },
            {
                type: "aws:iam/rolePolicy:RolePolicy",
                name: "inline",
                properties: { role: "sm-exec", policy: doc },
                dependencies: [role],
                propertyDependencies: { role: [role] },
            },
            {
                type: "aws:sagemaker/notebookInstance:NotebookInstance",
                name: "nb",
                properties: { instanceType: "ml.t3.medium", roleArn: "arn:aws:iam::111122223333:role/sm-exec" },
            },
        ];
        const t = Date.now();
        const r = await Promise.race([pack.analyzeStack(rs), new Promise<null>((res) => setTimeout(() => res(null), 200_000))]);
        console.log(
            `${label} (${doc.length} chars): ${r ? `${Date.now() - t} ms, ${r.diagnostics.length} findings` : "> 200 s (stopped)"}`,
        );
    }
    await pack.close();
    process.exit(0);
})();
