// Helpers shared by the IAM policies (not a policy): type tokens, control mappings, and the joins
// that find every policy reaching a role.
//
// A policy reaches a role through: the role's `inlinePolicies` and `managedPolicyArns`, an
// `aws.iam.RolePolicy`, an `aws.iam.RolePolicyAttachment`, an `aws.iam.PolicyAttachment` (`roles`),
// or an `aws.iam.RolePolicyAttachmentsExclusive`; an attached customer policy is the
// `aws.iam.Policy` whose document is judged. At preview the role name and policy ARN of resources
// created in the same stack are unknown, so they are joined through the engine's property
// dependencies (URNs) and, when known, through names and ARNs (StackIndex.referencedBy). Every
// attachment is visited once, so building the map is linear in the number of resources.

import { ControlMappings, cdkNag, own, prowler } from "../core/frameworks";
import {
    ActionInfo,
    allowsAction,
    analyseDocument,
    awsManagedPolicyName,
    collapseActions,
    DocResult,
    namesPeople,
    parsePolicyDocument,
    Statement,
    statementNumbers,
} from "../core/iam";
import { mlResources, trustsMlService } from "../core/network";
import type { StackContext, StackResource } from "../core/policy";
import type { StackIndex } from "../core/stack";
import { isUnknown, read, Value } from "../core/values";

export const T = {
    role: "aws:iam/role:Role",
    policy: "aws:iam/policy:Policy",
    rolePolicy: "aws:iam/rolePolicy:RolePolicy",
    rolePolicyAttachment: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
    policyAttachment: "aws:iam/policyAttachment:PolicyAttachment",
    rolePolicyAttachmentsExclusive: "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive",
    user: "aws:iam/user:User",
    userPolicy: "aws:iam/userPolicy:UserPolicy",
    userPolicyAttachment: "aws:iam/userPolicyAttachment:UserPolicyAttachment",
    groupPolicy: "aws:iam/groupPolicy:GroupPolicy",
    groupPolicyAttachment: "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
    accountPasswordPolicy: "aws:iam/accountPasswordPolicy:AccountPasswordPolicy",
    permissionSetInlinePolicy: "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy",
    managedPolicyAttachment: "aws:ssoadmin/managedPolicyAttachment:ManagedPolicyAttachment",
} as const;

/** The document of a policy input: a known value is parsed; unknown at preview is "unknown". */
export function docOf(v: Value): DocResult {
    if (v.state === "unknown") return { kind: "unknown" };
    if (v.state === "absent") return { kind: "absent" };
    return parsePolicyDocument(v.value);
}

/** One way a policy reaches a role. */
export interface Grant {
    /** For messages, e.g. "inline policy `inlinePolicies[0]`" (never input values). */
    via: string;
    /** The resource a finding about this grant is attributed to. */
    urn: string;
    /** A document that parsed (malformed documents are reported by iam-policy-document-no-admin). */
    statements?: readonly Statement[];
    /** The name of an AWS-managed policy (judged by name). */
    managed?: string;
    /**
     * The role resource holds it itself (an `inlinePolicies` document, or an AWS-managed ARN in
     * `managedPolicyArns`): when the role's own trust policy names SageMaker or Bedrock, the
     * `iam-ml-role-*` resource halves judge it, and the stack policies leave it (role-halves.ts).
     */
    own?: true;
}

// DataZone: SageMaker Unified Studio domains run their projects' notebooks and jobs with the domain's roles.
const WORKLOAD_TYPE = /^(aws:(sagemaker|bedrock|bedrockmodel|datazone)\/|aws-native:(sagemaker|bedrock|bedrockagentcore|datazone):)/;
const WORKLOAD_SERVICE = /^(sagemaker|bedrock|bedrock-agentcore|datazone)\.amazonaws\.com$/i;

/** Where a Bedrock agent names the Lambda function of an action group (`actionGroupExecutor.lambda`). */
const ACTION_GROUP_INPUTS: readonly (readonly [type: string, prop: string])[] = [
    ["aws:bedrock/agentAgentActionGroup:AgentAgentActionGroup", "actionGroupExecutor"],
    ["aws-native:bedrock:Agent", "actionGroups"],
];
const LAMBDA_TYPES: ReadonlySet<string> = new Set(["aws:lambda/function:Function", "aws-native:lambda:Function"]);

export interface RoleView {
    readonly role: StackResource;
    readonly trust: DocResult;
    /** SageMaker / Bedrock service principals the trust policy names (lower-case). */
    readonly services: readonly string[];
    /** A SageMaker / Bedrock resource of the stack refers to the role. */
    readonly usedByWorkload: boolean;
    readonly grants: readonly Grant[];
}

/**
 * Every role of the stack with the policies that reach it. Built once per stack policy run, in one
 * pass over the roles and one over the attachments.
 */
const roleViewCache = new WeakMap<StackIndex, readonly RoleView[]>();

/** The roles of the stack with their trust and grants (built once per index: the stack policies of a request share it). */
export function roleViews(ctx: StackContext): readonly RoleView[] {
    const index = ctx.index;
    let cached = roleViewCache.get(index);
    if (!cached) roleViewCache.set(index, (cached = buildRoleViews(ctx)));
    return cached;
}

function buildRoleViews(ctx: StackContext): RoleView[] {
    const index = ctx.index;
    const roles = index.ofType(T.role);
    const views = new Map<StackResource, RoleView & { grants: Grant[] }>();
    const policyDocs = new Map<StackResource, DocResult>();
    const statementsOf = (p: StackResource): readonly Statement[] | undefined => {
        let d = policyDocs.get(p);
        if (d === undefined) {
            d = docOf(p.get("policy"));
            policyDocs.set(p, d);
        }
        return d.kind === "ok" ? d.statements : undefined;
    };

    // Roles an ML resource names in a role input (`roleArn`, `agentResourceRoleArn`, ...) by a known ARN
    // or name: from state (audit), where there are no dependencies to follow.
    const namedByWorkload = new Set<StackResource>();
    for (const r of ctx.resources) {
        if (!WORKLOAD_TYPE.test(r.type)) continue;
        const raw = r.raw();
        if (raw === null || typeof raw !== "object") continue;
        for (const k of Object.keys(raw)) {
            if (!/role/i.test(k)) continue;
            for (const t of index.referencedBy(r, k)) if (t.type === T.role) namedByWorkload.add(t);
        }
    }
    // The Lambda functions that Bedrock agent action groups invoke run on the agent's behalf with its
    // input (and the PHI in it): their roles are ML roles too.
    for (const [type, prop] of ACTION_GROUP_INPUTS) {
        for (const g of index.ofType(type)) {
            for (const fn of index.referencedBy(g, prop)) {
                if (!LAMBDA_TYPES.has(fn.type)) continue;
                for (const t of index.referencedBy(fn, "role")) if (t.type === T.role) namedByWorkload.add(t);
            }
        }
    }

    for (const role of roles) {
        const trust = docOf(role.get("assumeRolePolicy"));
        const services = workloadServices(trust);
        const usedByWorkload = namedByWorkload.has(role) || index.dependents(role.urn).some((d) => WORKLOAD_TYPE.test(d.type));
        const grants: Grant[] = ownGrants(role);
        const managed = role.list("managedPolicyArns");
        if (managed !== "unknown") {
            managed.forEach((arn, i) => {
                if (awsManagedPolicyName(arn) || typeof arn !== "string" || isUnknown(arn)) return; // AWS-managed: ownGrants
                for (const p of index.withIdentity(arn)) {
                    if (p.type !== T.policy) continue;
                    const sts = statementsOf(p);
                    if (sts) grants.push({ via: `\`managedPolicyArns[${i}]\``, urn: role.urn, statements: sts });
                }
            });
        }
        for (const p of refs(ctx, role, "managedPolicyArns", T.policy)) {
            const sts = statementsOf(p);
            if (sts && !grants.some((g) => g.statements === sts))
                grants.push({ via: "`managedPolicyArns`", urn: role.urn, statements: sts });
        }
        views.set(role, { role, trust, services, usedByWorkload, grants });
    }

    const addTo = (targets: StackResource[], g: Grant) => {
        for (const t of targets) views.get(t)?.grants.push(g);
    };
    const attached = (a: StackResource, prop: string, via: string): Grant[] => {
        const out: Grant[] = [];
        const v = a.get(prop);
        const name = v.state === "known" ? awsManagedPolicyName(v.value) : undefined;
        if (name) return [{ via, urn: a.urn, managed: name }];
        for (const p of refs(ctx, a, prop, T.policy)) {
            const sts = statementsOf(p);
            if (sts) out.push({ via, urn: a.urn, statements: sts });
        }
        return out;
    };

    for (const rp of index.ofType(T.rolePolicy)) {
        const d = docOf(rp.get("policy"));
        if (d.kind !== "ok") continue;
        addTo(refs(ctx, rp, "role", T.role), { via: `role policy \`${rp.name}\``, urn: rp.urn, statements: d.statements });
    }
    for (const a of index.ofType(T.rolePolicyAttachment)) {
        const targets = refs(ctx, a, "role", T.role);
        if (targets.length === 0) continue;
        for (const g of attached(a, "policyArn", `the policy attached by \`${a.name}\``)) addTo(targets, g);
    }
    for (const a of index.ofType(T.policyAttachment)) {
        const targets = refs(ctx, a, "roles", T.role);
        if (targets.length === 0) continue;
        for (const g of attached(a, "policyArn", `the policy attached by \`${a.name}\``)) addTo(targets, g);
    }
    for (const a of index.ofType(T.rolePolicyAttachmentsExclusive)) {
        const targets = refs(ctx, a, "roleName", T.role);
        if (targets.length === 0) continue;
        const arns = a.list("policyArns");
        const via = `the policies attached by \`${a.name}\``;
        if (arns !== "unknown") {
            for (const arn of arns) {
                const name = awsManagedPolicyName(arn);
                if (name) addTo(targets, { via, urn: a.urn, managed: name });
            }
        }
        for (const p of refs(ctx, a, "policyArns", T.policy)) {
            const sts = statementsOf(p);
            if (sts) addTo(targets, { via, urn: a.urn, statements: sts });
        }
    }
    return [...views.values()];
}

/**
 * What a role resource holds itself: its parsed `inlinePolicies` documents and the AWS-managed
 * policies its `managedPolicyArns` name (customer policies there are joins: their documents are
 * other resources). Shared by the stack policies (roleViews) and the `iam-ml-role-*` resource
 * halves, so a finding about it reads the same from either.
 */
export function ownGrants(role: DocumentHolder, parse: (v: Value) => DocResult = docOf): Grant[] {
    const grants: Grant[] = [];
    const inline = role.list("inlinePolicies");
    if (inline !== "unknown") {
        inline.forEach((node, i) => {
            const d = parse(read(node, "policy"));
            if (d.kind === "ok")
                grants.push({ via: `inline policy \`inlinePolicies[${i}]\``, urn: role.urn, statements: d.statements, own: true });
        });
    }
    const managed = role.list("managedPolicyArns");
    if (managed !== "unknown") {
        managed.forEach((arn, i) => {
            const name = awsManagedPolicyName(arn);
            if (name) grants.push({ via: `\`managedPolicyArns[${i}]\``, urn: role.urn, managed: name, own: true });
        });
    }
    return grants;
}

/**
 * The role's own trust policy lets SageMaker or Bedrock assume it (core/network.ts
 * `trustsMlService`, known values only): what the role holds itself (`ownGrants`) is then the
 * `iam-ml-role-*` resource halves' to judge, and the `iam-workload-role-*` stack policies skip it.
 */
export function trustIsEvidentlyMl(trust: DocResult): boolean {
    return trust.kind === "ok" && trustsMlService(trust.statements);
}

/** The SageMaker / Bedrock / DataZone service principals a trust policy lets assume the role (lower-case). */
export function workloadServices(trust: DocResult): string[] {
    const services = new Set<string>();
    if (trust.kind === "ok") {
        for (const st of trust.statements) {
            if (st.effect !== "Allow" || !st.principal || allowsAction(st, "sts:AssumeRole") === false) continue;
            for (const s of st.principal.service.values) if (WORKLOAD_SERVICE.test(s)) services.add(s.toLowerCase());
        }
    }
    return [...services];
}

/** The resources of `type` that input `prop` of `r` refers to (property dependencies, known names/ARNs). */
export function refs(ctx: StackContext, r: StackResource, prop: string, type: string): StackResource[] {
    return ctx.index.referencedBy(r, prop).filter((x) => x.type === type);
}

/** Roles SageMaker or Bedrock can assume (trust policy) or that a SageMaker/Bedrock resource uses. */
export function isWorkloadRole(v: RoleView): boolean {
    return v.services.length > 0 || v.usedByWorkload;
}

/** "role `x` (assumable by sagemaker.amazonaws.com)" for messages: the logical name and our constants only. */
export function roleLabel(v: Pick<RoleView, "services" | "usedByWorkload"> & { role: { name: string } }): string {
    const why =
        v.services.length > 0
            ? `assumable by ${v.services.join(", ")}`
            : v.usedByWorkload
              ? "used by a SageMaker or Bedrock resource"
              : "assumable by SageMaker or Bedrock";
    return `Role \`${v.role.name}\` (${why})`;
}

/** Trust statements that let people (account, root or user principals, or everyone) assume the role. */
export function peopleStatements(trust: DocResult): Statement[] {
    if (trust.kind !== "ok") return [];
    return trust.statements.filter((st) => allowsAction(st, "sts:AssumeRole") === true && namesPeople(st) === true);
}

// ---------------------------------------------------------------------------------------------
// Control mappings.

/** IAM least privilege (cdk-nag IAMPolicyNoStatementsWithAdminAccess / FullAccess, Config HIPAA pack). */
export function leastPrivilegeControls(withCis: boolean): ControlMappings {
    return {
        hipaa: {
            ids: [
                "164.308(a)(3)(i)",
                "164.308(a)(3)(ii)(A)",
                "164.308(a)(4)(i)",
                "164.308(a)(4)(ii)(B)",
                "164.308(a)(4)(ii)(C)",
                "164.312(a)(1)",
            ],
            source: cdkNag("HIPAA.Security-IAMPolicyNoStatementsWithAdminAccess (AWS Config HIPAA conformance pack)"),
        },
        "nist-800-53": {
            ids: ["AC-2(1)", "AC-3", "AC-5b", "AC-6", "AC-6(2)", "AC-6(3)", "AC-6(10)"],
            source: cdkNag("NIST.800.53.R5-IAMPolicyNoStatementsWithAdminAccess"),
        },
        "pci-dss": {
            ids: ["7.2.1", "7.2.2"],
            source: own(
                "PCI DSS v4 7.2.1/7.2.2 (access model, least privilege): the v4 successors of 7.1.2/7.2.1 that cdk-nag's PCI 3.2.1 pack maps.",
            ),
        },
        ...(withCis ? { cis: { ids: ["1.15"], source: prowler("cis_5.0_aws.json 1.15: iam_*_policy_no_administrative_privileges") } } : {}),
        soc2: { ids: ["CC6.3"], source: prowler("soc2_aws.json cc_6_3: iam_*_policy_no_administrative_privileges") },
        iso27001: { ids: ["A.5.15", "A.8.2"], source: prowler("iso27001_2022_aws.json: iam_inline_policy_no_administrative_privileges") },
        hitrust: { ids: ["01.c"], source: own("HITRUST 01.c Privilege Management: privileges allocated on a need-to-use basis.") },
    };
}

/** MFA for people (Config iam-user-mfa-enabled / mfa-enabled-for-iam-console-access, via cdk-nag RULES.md). */
export function mfaControls(): ControlMappings {
    return {
        hipaa: {
            ids: ["164.312(d)", "164.308(a)(4)(ii)(B)"],
            source: cdkNag(
                "RULES.md excluded HIPAA rules: iam-user-mfa-enabled, mfa-enabled-for-iam-console-access (AWS Config HIPAA pack)",
            ),
        },
        "nist-800-53": {
            ids: ["IA-2(1)", "IA-2(2)", "IA-2(6)", "IA-2(8)"],
            source: cdkNag("RULES.md excluded NIST 800-53 r5 rules: iam-user-mfa-enabled"),
        },
        "pci-dss": { ids: ["8.4.1", "8.4.2", "8.4.3"], source: prowler("pci_4.0_aws.json 8.4.x: iam_user_mfa_enabled_console_access") },
        cis: { ids: ["1.9"], source: prowler("cis_5.0_aws.json 1.9: iam_user_mfa_enabled_console_access") },
        iso27001: { ids: ["A.5.17", "A.8.5"], source: prowler("iso27001_2022_aws.json: iam_user_mfa_enabled_console_access") },
    };
}

// ---------------------------------------------------------------------------------------------
// Every identity policy document of an ML stack.

/** One identity policy document of the stack, with the resource a finding about it goes to. */
export interface IdentityDocument {
    /** For messages, e.g. "Role policy `x`" (logical names and our constants only). */
    label: string;
    urn: string;
    statements: readonly Statement[];
    /**
     * The document's own resource shows it is about SageMaker or Bedrock (see `isEvidentlyMl`): the
     * single-resource halves of the `iam-policy-*` stack policies (`iam-ml-policy-*`) judge it, in any
     * stack and in an account audit; the stack policies leave it alone (one finding per fact).
     */
    evidentlyMl: boolean;
}

/** Resources whose `policy` input is an identity policy document, and how messages name them. */
const DOCUMENT_TYPES: readonly (readonly [type: string, prop: string, label: string])[] = [
    [T.policy, "policy", "Policy"],
    [T.rolePolicy, "policy", "Role policy"],
    [T.userPolicy, "policy", "User policy"],
    [T.groupPolicy, "policy", "Group policy"],
    [T.permissionSetInlinePolicy, "inlinePolicy", "Permission set inline policy"],
];

/** The types that hold identity documents (roles: their `inlinePolicies`). */
export const DOCUMENT_HOLDERS: readonly string[] = [...DOCUMENT_TYPES.map(([t]) => t), T.role];

/** The input that holds the document, for the types with one document (undefined for a role). */
export function documentInput(type: string): string | undefined {
    return DOCUMENT_TYPES.find(([t]) => t === type)?.[1];
}

/** A resource that holds identity documents: a stack resource, or the resource a resource policy judges. */
export interface DocumentHolder {
    readonly type: string;
    readonly name: string;
    readonly urn: string;
    get(path: string): Value;
    list(path: string): unknown[] | "unknown";
}

/**
 * The IAM service prefixes of SageMaker and Bedrock (with AgentCore): `sagemaker`, `sagemaker-*`,
 * `bedrock`, `bedrock-*` (AWS's data: bedrock-agentcore, bedrock-mantle, bedrock-websearch,
 * sagemaker-geospatial, sagemaker-mlflow, ...; test/unit/iam-ml-documents.spec.ts checks the list),
 * or a wildcard that starts with one of them (`sagemaker*`). `*` alone, or `s*`, names no service.
 */
const ML_ACTION_SERVICE = /^(sagemaker|bedrock)([-*?]|$)/i;

/** Whether a known Action or NotAction value of the statement names an action of SageMaker or Bedrock. */
export function namesMlAction(st: Statement): boolean {
    for (const field of [st.action, st.notAction]) {
        for (const p of field?.values ?? []) {
            const colon = p.indexOf(":");
            if (colon > 0 && ML_ACTION_SERVICE.test(p.slice(0, colon))) return true;
        }
    }
    return false;
}

/**
 * Whether a document is evidently about SageMaker or Bedrock, from its own resource alone: a
 * statement names one of their actions, or it is an inline policy of a role whose own trust policy
 * lets SageMaker or Bedrock assume it. Decided on known values only: what is unknown at preview is
 * not evidence (such a document stays the stack policies').
 */
export function isEvidentlyMl(statements: readonly Statement[], roleTrustsMl = false): boolean {
    return roleTrustsMl || statements.some(namesMlAction);
}

/**
 * The identity documents one resource holds that parse (unknown, absent and malformed ones are
 * left out: judged at update, or iam-policy-document-no-admin's finding), each marked evidently ML
 * or not. `parse` lets the resource policies share one parse of a document among them.
 */
export function documentsOf(r: DocumentHolder, parse: (v: Value) => DocResult = docOf): IdentityDocument[] {
    const prop = documentInput(r.type);
    if (prop !== undefined) {
        const label = DOCUMENT_TYPES.find(([t]) => t === r.type)![2];
        const d = parse(r.get(prop));
        if (d.kind !== "ok") return [];
        return [{ label: `${label} \`${r.name}\``, urn: r.urn, statements: d.statements, evidentlyMl: isEvidentlyMl(d.statements) }];
    }
    if (r.type !== T.role) return [];
    const inline = r.list("inlinePolicies");
    if (inline === "unknown") return [];
    const out: IdentityDocument[] = [];
    let trustsMl: boolean | undefined;
    inline.forEach((node, i) => {
        const d = parse(read(node, "policy"));
        if (d.kind !== "ok") return;
        trustsMl ??= trustIsEvidentlyMl(parse(r.get("assumeRolePolicy")));
        out.push({
            label: `Role \`${r.name}\` inline policy \`inlinePolicies[${i}]\``,
            urn: r.urn,
            statements: d.statements,
            evidentlyMl: isEvidentlyMl(d.statements, trustsMl),
        });
    });
    return out;
}

/**
 * Every identity policy document of a stack that holds SageMaker or Bedrock resources (managed and
 * inline policies, role, user and group policies, roles' `inlinePolicies`, IAM Identity Center
 * permission-set inline policies); none in other stacks. Documents unknown at preview are judged
 * at update; malformed ones are iam-policy-document-no-admin's finding.
 */
const documentsCache = new WeakMap<StackIndex, readonly IdentityDocument[]>();

/**
 * Parsed once per request: the stack policies of one AnalyzeStack share the index, so they share
 * these documents' statements, and through them each document's analysis (core/iam.ts
 * analyseDocument). Six policies judged the same documents, each parsing and expanding them anew.
 */
export function mlStackDocuments(ctx: StackContext): readonly IdentityDocument[] {
    const index = ctx.index;
    let cached = documentsCache.get(index);
    if (!cached) documentsCache.set(index, (cached = buildMlStackDocuments(ctx)));
    return cached;
}

function buildMlStackDocuments(ctx: StackContext): IdentityDocument[] {
    const index = ctx.index;
    if (mlResources(index).length === 0) return [];
    const out: IdentityDocument[] = [];
    for (const type of DOCUMENT_HOLDERS) for (const r of index.ofType(type)) out.push(...documentsOf(r));
    return out;
}

/**
 * The finding about a document that allows, on every resource and without a condition, actions
 * that `pick` selects: "<document> allows <what> on every resource without a condition
 * (statement #n): `a`, `b` and 3 more."; none when it allows none.
 */
export function unconstrainedFindings(doc: IdentityDocument, what: string, pick: (a: ActionInfo) => boolean): string[] {
    const hits = [...analyseDocument(doc.statements).unconstrained.values()].filter((a) => pick(a.info));
    if (hits.length === 0) return [];
    return [
        `${doc.label} allows ${what} on every resource without a condition (${statementNumbers(hits.flatMap((h) => h.statements))}): ${collapseActions(hits.map((h) => h.info.name))}.`,
    ];
}
