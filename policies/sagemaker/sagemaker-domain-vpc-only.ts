import { awsConfig, own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { describe } from "../core/values";
import { T } from "./common";

export const sagemakerDomainVpcOnly = resourcePolicy({
    name: "sagemaker-domain-vpc-only",
    description: "SageMaker Studio domains must send all app traffic through your VPC (VpcOnly), not the public internet.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "network",
    resources: { [T.domain]: {}, [T.nativeDomain]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(a)(1)", "164.312(e)(1)"],
            source: own(
                "Transmission security and access control: in PublicInternetOnly mode Studio apps reach the internet through a SageMaker-managed network, so PHI in notebooks can leave without passing your network controls (same reasoning as the notebook direct-internet rule in the Config HIPAA pack).",
            ),
        },
        "nist-800-53": {
            ids: ["AC-4", "AC-4(21)", "SC-7", "SC-7(3)", "SC-7(4)"],
            source: awsConfig(
                "sagemaker-domain-in-vpc (Amazon-Sagemaker-AI-Security-and-Governance pack); ids by analogy with SageMaker.1",
            ),
        },
        "pci-dss": { ids: ["1.4.4"], source: own("Same boundary control as SageMaker.1 (PCI DSS v4.0.1 1.4.4), applied to Studio apps.") },
        iso27001: { ids: ["A.8.20", "A.8.22"], source: own("Network security and segregation of the ML workspace from the internet.") },
    },
    fix: 'set `appNetworkAccessType: "VpcOnly"` (with private `subnetIds` and VPC endpoints for the AWS services Studio needs)',
    remediationSteps: [
        '1. Set `appNetworkAccessType` to "VpcOnly" (the AWS default is "PublicInternetOnly").',
        "2. Give the domain private subnets and interface VPC endpoints (SageMaker API/runtime, STS, S3, ...), and a NAT gateway you control only if internet access is needed.",
        "```typescript",
        'new aws.sagemaker.Domain("studio", {',
        "    // ...",
        '    appNetworkAccessType: "VpcOnly",',
        "    vpcId: vpc.id,",
        "    subnetIds: privateSubnets.map((s) => s.id),",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'new aws.sagemaker.Domain("studio", {\n    domainName: "research",\n    authMode: "IAM",\n    vpcId: vpc.id,\n    subnetIds: [subnet.id],\n    defaultUserSettings: { executionRole: role.arn },\n});',
        after: 'new aws.sagemaker.Domain("studio", {\n    domainName: "research",\n    authMode: "IAM",\n    appNetworkAccessType: "VpcOnly",\n    vpcId: vpc.id,\n    subnetIds: [subnet.id],\n    defaultUserSettings: { executionRole: role.arn },\n});',
    },
    check(r, report) {
        const v = r.get("appNetworkAccessType", "PublicInternetOnly");
        // Unknown: judged at update, when the value is known.
        if (v.state !== "known" || v.value === "VpcOnly") return;
        report(
            `The domain's app network access type is ${describe(v, ["PublicInternetOnly", "VpcOnly"])}: Studio apps get internet access through a SageMaker-managed network that bypasses your VPC, so PHI can leave without passing your network controls.`,
        );
    },
});
