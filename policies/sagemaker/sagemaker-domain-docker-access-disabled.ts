import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { T } from "./common";

export const sagemakerDomainDockerAccessDisabled = resourcePolicy({
    name: "sagemaker-domain-docker-access-disabled",
    description: "SageMaker Studio domains must not let users build and run Docker containers in their spaces.",
    severity: "high",
    enforcementLevel: "mandatory",
    practice: "access",
    resources: { [T.domain]: {}, [T.nativeDomain]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"],
            source: own(
                "Access control: with Docker access a Studio user runs any image, with the space's role and network, next to the PHI the space holds; images built there bypass the private-registry and scanning controls.",
            ),
        },
        "nist-800-53": {
            ids: ["CM-7", "AC-6"],
            source: own("Least functionality (no scanner checks this field)."),
        },
    },
    fix: 'remove `domainSettings.dockerSettings.enableDockerAccess` or set it to `"DISABLED"`',
    remediationSteps: [
        "1. Leave Docker access off (the AWS default). Build images in a CI pipeline that scans them and pushes to your private ECR registry.",
        "```typescript",
        'new aws.sagemaker.Domain("studio", {',
        '    domainSettings: { dockerSettings: { enableDockerAccess: "DISABLED" } },',
        "    // ...",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'domainSettings: { dockerSettings: { enableDockerAccess: "ENABLED" } }',
        after: 'domainSettings: { dockerSettings: { enableDockerAccess: "DISABLED" } }',
    },
    remediation: {
        set: { "domainSettings.dockerSettings.enableDockerAccess": "DISABLED" },
        safe: "Needs no other value: it turns off a feature (and is the AWS default); spaces keep their data and apps.",
    },
    check(r, report) {
        const v = r.get("domainSettings.dockerSettings.enableDockerAccess", "DISABLED");
        if (v.state !== "known" || v.value !== "ENABLED") return;
        report(
            '`domainSettings.dockerSettings.enableDockerAccess` is "ENABLED": Studio users can build and run any container in their spaces, with the space\'s role and the PHI it holds, outside your image pipeline.',
        );
    },
});
