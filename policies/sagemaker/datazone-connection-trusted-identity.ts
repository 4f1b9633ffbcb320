import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { T } from "./common";

/**
 * The connection kinds (the one key of `props`) that reach data a user's own identity can be
 * authorized on (Lake Formation, Redshift, S3 Access Grants): there trusted identity propagation
 * decides whose permissions apply. The others (IAM, MLflow, Amazon Q, HyperPod, workflows) are not judged.
 */
const DATA_CONNECTIONS = new Set([
    "athenaProperties",
    "glueProperties",
    "redshiftProperties",
    "sparkEmrProperties",
    "sparkGlueProperties",
    "s3Properties",
    "lakehouseProperties",
]);

export const datazoneConnectionTrustedIdentity = resourcePolicy({
    name: "datazone-connection-trusted-identity",
    description:
        "SageMaker Unified Studio (Amazon DataZone) connections to data sources should propagate the user's identity (`enableTrustedIdentityPropagation`), so that data access is authorized and logged per person.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "access",
    resources: { [T.nativeDatazoneConnection]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(a)(1)", "164.312(b)", "164.308(a)(4)(ii)(B)"],
            source: own(
                "Access control and audit: without trusted identity propagation every member of the project reads the data source with the project's shared role, so Lake Formation / Redshift / S3 Access Grants permissions per person do not apply and CloudTrail names the role, not the person who read PHI (no scanner checks DataZone connections).",
            ),
        },
        "nist-800-53": { ids: ["AC-3", "AU-3", "IA-2"], source: own("Access enforcement and audit record content per user.") },
    },
    fix: "set `enableTrustedIdentityPropagation: true` (the domain must sign users in through IAM Identity Center)",
    remediationSteps: [
        '1. Use an IAM Identity Center domain (`singleSignOn.type: "IAM_IDC"`), grant data to users or groups in Lake Formation / Redshift / S3 Access Grants, and turn on propagation on the connection.',
        "```typescript",
        'new awsnative.datazone.Connection("warehouse", {',
        "    domainIdentifier: domain.domainId,",
        "    environmentIdentifier: environment.environmentId,",
        "    props: { redshiftProperties: { /* ... */ } },",
        "    enableTrustedIdentityPropagation: true,",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new awsnative.datazone.Connection("warehouse", { domainIdentifier, environmentIdentifier, props: { athenaProperties: { workgroupName: "clinical" } } });',
        after: 'new awsnative.datazone.Connection("warehouse", { domainIdentifier, environmentIdentifier, props: { athenaProperties: { workgroupName: "clinical" } },\n    enableTrustedIdentityPropagation: true });',
    },
    check(r, report) {
        const props = r.get("props");
        if (props.state === "unknown") return; // the connection's kind is decided at update
        const kinds = props.state === "known" && props.value !== null && typeof props.value === "object" ? Object.keys(props.value) : [];
        const kind = kinds.find((k) => DATA_CONNECTIONS.has(k));
        if (!kind)
            return r.notApplicable(
                "not a connection to a data source that authorizes users by their own identity (Athena, Glue, Redshift, EMR/Glue Spark, S3, lakehouse)",
            );
        const tip = r.get("enableTrustedIdentityPropagation");
        if (tip.state === "unknown" || (tip.state === "known" && tip.value === true)) return;
        const setting = tip.state === "absent" ? "is not set (AWS default false)" : "is not true";
        report(
            `\`enableTrustedIdentityPropagation\` ${setting} on this \`${kind}\` connection: every project member reaches the data with the project's shared role, so per-person grants do not apply and logs name the role, not the person.`,
        );
    },
});
