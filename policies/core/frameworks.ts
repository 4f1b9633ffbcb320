// Compliance frameworks and how a policy maps to their controls.
//
// Each mapping records where it comes from: a published mapping of an equivalent check (AWS Config
// conformance pack, Security Hub, cdk-nag pack, Prowler compliance file, Checkov docstring), or the
// project's own reasoning with a one-line rationale.

export type FrameworkId = "hipaa" | "nist-800-53" | "pci-dss" | "cis" | "soc2" | "iso27001" | "hitrust";

export interface Framework {
    id: FrameworkId;
    /** The short label used in violation messages. */
    label: string;
    name: string;
    version: string;
    reference: string;
}

export const FRAMEWORKS: Readonly<Record<FrameworkId, Framework>> = {
    hipaa: {
        id: "hipaa",
        label: "HIPAA",
        name: "HIPAA Security Rule",
        version: "45 CFR Part 164 Subpart C",
        reference: "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C",
    },
    "nist-800-53": {
        id: "nist-800-53",
        label: "NIST",
        name: "NIST SP 800-53",
        version: "Revision 5",
        reference: "https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final",
    },
    "pci-dss": {
        id: "pci-dss",
        label: "PCI",
        name: "PCI DSS",
        version: "4.0.1",
        reference: "https://www.pcisecuritystandards.org/document_library/",
    },
    cis: {
        id: "cis",
        label: "CIS",
        name: "CIS Amazon Web Services Foundations Benchmark",
        version: "5.0.0",
        reference: "https://www.cisecurity.org/benchmark/amazon_web_services",
    },
    soc2: {
        id: "soc2",
        label: "SOC2",
        name: "SOC 2 Trust Services Criteria",
        version: "2017 (revised points of focus 2022)",
        reference: "https://www.aicpa-cima.com/resources/download/2017-trust-services-criteria-with-revised-points-of-focus-2022",
    },
    iso27001: {
        id: "iso27001",
        label: "ISO27001",
        name: "ISO/IEC 27001",
        version: "2022 Annex A",
        reference: "https://www.iso.org/standard/27001",
    },
    hitrust: {
        id: "hitrust",
        label: "HITRUST",
        name: "HITRUST CSF",
        version: "v11",
        reference: "https://hitrustalliance.net/hitrust-framework",
    },
};

/** Where a mapping comes from. */
export type MappingSource =
    | { kind: "aws-config"; ref: string }
    | { kind: "security-hub"; ref: string }
    | { kind: "cdk-nag"; ref: string }
    | { kind: "prowler"; ref: string }
    | { kind: "checkov"; ref: string }
    /** pulumi/compliance-policies `frameworks` tags (framework only, no control ids: the ids are ours). */
    | { kind: "pulumi-compliance-policies"; ref: string }
    | { kind: "own"; rationale: string };

export interface ControlMapping {
    ids: readonly string[];
    source: MappingSource;
}

export type ControlMappings = Partial<Record<FrameworkId, ControlMapping>>;

/** Shorthands that keep the policy files readable. */
export const cdkNag = (ref: string): MappingSource => ({ kind: "cdk-nag", ref });
export const awsConfig = (ref: string): MappingSource => ({ kind: "aws-config", ref });
export const securityHub = (ref: string): MappingSource => ({ kind: "security-hub", ref });
export const prowler = (ref: string): MappingSource => ({ kind: "prowler", ref });
export const checkov = (ref: string): MappingSource => ({ kind: "checkov", ref });
export const pulumiCompliancePolicies = (ref: string): MappingSource => ({ kind: "pulumi-compliance-policies", ref });
export const own = (rationale: string): MappingSource => ({ kind: "own", rationale });

/** The frameworks that get a generated enforcement profile (`profiles/<id>.json`). */
export const PROFILE_FRAMEWORKS: readonly FrameworkId[] = ["hipaa", "nist-800-53", "pci-dss", "cis", "soc2", "iso27001"];

const SOURCE_LABELS: Record<MappingSource["kind"], string> = {
    "aws-config": "AWS Config conformance pack",
    "security-hub": "Security Hub",
    "cdk-nag": "cdk-nag",
    prowler: "Prowler",
    checkov: "Checkov",
    "pulumi-compliance-policies": "pulumi/compliance-policies",
    own: "own reasoning",
};

/** True when the mapping comes from a published source rather than the project's own reasoning. */
export function isSourced(source: MappingSource): boolean {
    return source.kind !== "own";
}

/** `Prowler: iso27001_2022_aws.json …` or `own reasoning: <rationale>`, for docs and reports. */
export function describeSource(source: MappingSource): string {
    const label = SOURCE_LABELS[source.kind] ?? source.kind;
    return `${label}: ${source.kind === "own" ? source.rationale : source.ref}`;
}

/** `HIPAA 164.312(e)(1) · NIST SC-7, AC-4 …` for a violation message: at most `perFramework` ids each. */
export function formatControls(controls: ControlMappings, perFramework = 3): string {
    const parts: string[] = [];
    for (const id of Object.keys(FRAMEWORKS) as FrameworkId[]) {
        const m = controls[id];
        if (!m || m.ids.length === 0) continue;
        const shown = m.ids.slice(0, perFramework).join(", ");
        parts.push(`${FRAMEWORKS[id].label} ${shown}${m.ids.length > perFramework ? " …" : ""}`);
    }
    return parts.join(" · ");
}
