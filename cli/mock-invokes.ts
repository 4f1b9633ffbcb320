// Plausible answers to the provider functions (invokes) programs commonly call at preview, for a scan
// without a cloud account. Anything else returns an empty object.

/* eslint-disable @typescript-eslint/no-explicit-any */

export const MOCK_ACCOUNT = "111122223333";
export const MOCK_REGION = "us-east-1";

function asList(v: unknown): unknown[] {
    return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

function one(list: unknown[]): unknown {
    return list.length === 1 ? list[0] : list;
}

/** `aws.iam.getPolicyDocument`: the JSON document the provider would render. */
export function policyDocument(inputs: Record<string, any>): string {
    const statements = asList(inputs.statements).map((s: any) => {
        const st: Record<string, unknown> = {};
        if (s.sid) st.Sid = s.sid;
        st.Effect = s.effect ?? "Allow";
        for (const [k, key] of [
            ["actions", "Action"],
            ["notActions", "NotAction"],
            ["resources", "Resource"],
            ["notResources", "NotResource"],
        ] as const) {
            if (s[k] !== undefined) st[key] = one(asList(s[k]));
        }
        for (const [k, key] of [
            ["principals", "Principal"],
            ["notPrincipals", "NotPrincipal"],
        ] as const) {
            if (s[k] === undefined) continue;
            const p: Record<string, unknown> = {};
            for (const pr of asList(s[k]) as any[]) {
                if (pr.type === "*") p["*"] = "*";
                else p[pr.type] = one(asList(pr.identifiers));
            }
            st[key] = p["*"] === "*" && Object.keys(p).length === 1 ? "*" : p;
        }
        if (s.conditions !== undefined) {
            const c: Record<string, Record<string, unknown>> = {};
            for (const cd of asList(s.conditions) as any[]) {
                c[cd.test] = { ...(c[cd.test] ?? {}), [cd.variable]: one(asList(cd.values)) };
            }
            st.Condition = c;
        }
        return st;
    });
    return JSON.stringify({ Version: inputs.version ?? "2012-10-17", Statement: statements }, null, 2);
}

export function mockCall(token: string, inputs: Record<string, any>, stack: string): Record<string, unknown> {
    switch (token) {
        case "aws:index/getRegion:getRegion":
            return {
                id: MOCK_REGION,
                name: MOCK_REGION,
                region: MOCK_REGION,
                endpoint: `ec2.${MOCK_REGION}.amazonaws.com`,
                description: "US East (N. Virginia)",
            };
        case "aws:index/getCallerIdentity:getCallerIdentity":
            return {
                id: MOCK_ACCOUNT,
                accountId: MOCK_ACCOUNT,
                arn: `arn:aws:sts::${MOCK_ACCOUNT}:assumed-role/deployer/${stack}`,
                userId: "AROAEXAMPLEID:deployer",
            };
        case "aws:index/getPartition:getPartition":
            return { id: "aws", partition: "aws", dnsSuffix: "amazonaws.com", reverseDnsPrefix: "com.amazonaws" };
        case "aws:index/getAvailabilityZones:getAvailabilityZones":
            return {
                id: MOCK_REGION,
                names: ["a", "b", "c"].map((z) => MOCK_REGION + z),
                zoneIds: ["use1-az1", "use1-az2", "use1-az4"],
                groupNames: [MOCK_REGION],
                state: inputs.state,
            };
        case "aws:iam/getPolicyDocument:getPolicyDocument":
            return {
                id: "policy-document",
                json: policyDocument(inputs),
                minifiedJson: JSON.stringify(JSON.parse(policyDocument(inputs))),
            };
        case "aws:kms/getKey:getKey":
            return {
                id: inputs.keyId,
                arn: `arn:aws:kms:${MOCK_REGION}:${MOCK_ACCOUNT}:key/00000000-0000-0000-0000-000000000000`,
                keyManager: "CUSTOMER",
            };
        default:
            return {};
    }
}
