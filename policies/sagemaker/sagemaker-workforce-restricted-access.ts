import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { isUnknown } from "../core/values";
import { T } from "./common";

/** A CIDR that admits every IPv4 or IPv6 address. */
const EVERYWHERE = /^(0\.0\.0\.0|::)\/0$/;

export const sagemakerWorkforceRestrictedAccess = resourcePolicy({
    name: "sagemaker-workforce-restricted-access",
    description: "SageMaker private workforces should admit workers only from known networks (`sourceIpConfig`) or through a VPC.",
    severity: "medium",
    enforcementLevel: "advisory",
    practice: "network",
    resources: { [T.workforce]: {}, [T.nativeWorkforce]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(a)(1)", "164.312(e)(1)"],
            source: own(
                "Access control: the labeling portal shows the records under review (PHI); without a source IP range or a VPC it accepts a stolen worker login from any network.",
            ),
        },
        "nist-800-53": { ids: ["AC-17", "SC-7"], source: own("Remote access limited to known networks (no scanner checks this field).") },
    },
    fix: "set `sourceIpConfig.cidrs` to your networks' ranges (not `0.0.0.0/0`), or `workforceVpcConfig` with your VPC's subnets and security groups",
    remediationSteps: [
        "1. Limit the worker portal to your corporate or VPN ranges (up to 10 CIDRs), or reach it through a VPC endpoint.",
        "```typescript",
        'new aws.sagemaker.Workforce("reviewers", {',
        '    workforceName: "reviewers",',
        '    oidcConfig: { /* ... */ clientSecret: config.requireSecret("oidcClientSecret") },',
        '    sourceIpConfig: { cidrs: ["203.0.113.0/24"] },',
        "});",
        "```",
        "The OIDC `clientSecret` is a credential: pass it from a Pulumi secret or Secrets Manager, never as a literal in the program (the hygiene policies scan for literal credentials).",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.Workforce("reviewers", { workforceName: "reviewers", cognitoConfig });',
        after: 'new aws.sagemaker.Workforce("reviewers", { workforceName: "reviewers", cognitoConfig, sourceIpConfig: { cidrs: ["203.0.113.0/24"] } });',
    },
    check(r, report) {
        const vpc = r.get("workforceVpcConfig");
        if (vpc.state === "unknown") return;
        if (vpc.state === "known" && vpc.value !== null && typeof vpc.value === "object") {
            const subnets = r.list("workforceVpcConfig.subnets");
            if (subnets === "unknown" || subnets.length > 0) return;
        }
        const cidrs = r.list("sourceIpConfig.cidrs");
        if (cidrs === "unknown") return;
        if (cidrs.some(isUnknown)) return;
        const open = cidrs.length === 0 || cidrs.some((c) => typeof c === "string" && EVERYWHERE.test(c.trim()));
        if (!open) return;
        report(
            cidrs.length === 0
                ? "No `sourceIpConfig.cidrs` and no `workforceVpcConfig` subnets (AWS default: every IP address), so the labeling portal, which shows the data under review (PHI), accepts workers from any network."
                : "`sourceIpConfig.cidrs` includes a range that admits every address (`/0`), and no `workforceVpcConfig` is set, so the labeling portal accepts workers from any network.",
        );
    },
});
