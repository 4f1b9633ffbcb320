import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { isUnknown, read } from "../core/values";
import { T } from "./common";

const APPS = ["jupyterLabAppSettings", "codeEditorAppSettings"] as const;

export const sagemakerDomainIdleShutdown = resourcePolicy({
    name: "sagemaker-domain-idle-shutdown",
    description: "SageMaker Studio domains should shut down idle JupyterLab and Code Editor apps.",
    severity: "low",
    enforcementLevel: "advisory",
    practice: "access",
    resources: { [T.domain]: {}, [T.nativeDomain]: {} },
    controls: {
        hipaa: {
            ids: ["164.312(a)(2)(iii)"],
            source: own("Automatic logoff: an idle Studio app keeps a session, its role's credentials and the PHI loaded into it running."),
        },
        "nist-800-53": { ids: ["AC-11", "AC-12"], source: own("Device lock and session termination (no scanner checks these fields).") },
    },
    fix: 'set `defaultUserSettings.jupyterLabAppSettings.appLifecycleManagement.idleSettings` to `{ lifecycleManagement: "ENABLED", idleTimeoutInMinutes: 60 }` (and the same for `codeEditorAppSettings`)',
    remediationSteps: [
        "1. Turn on idle shutdown for the JupyterLab and Code Editor apps of the domain's users (60 to 525600 minutes).",
        "```typescript",
        'const idle = { idleSettings: { lifecycleManagement: "ENABLED", idleTimeoutInMinutes: 60 } };',
        'new aws.sagemaker.Domain("studio", {',
        "    defaultUserSettings: {",
        "        executionRole: role.arn,",
        "        jupyterLabAppSettings: { appLifecycleManagement: idle },",
        "        codeEditorAppSettings: { appLifecycleManagement: idle },",
        "    },",
        "    // ...",
        "});",
        "```",
    ].join("\n"),
    example: {
        before: "defaultUserSettings: { executionRole: role.arn }",
        after: 'defaultUserSettings: {\n    executionRole: role.arn,\n    jupyterLabAppSettings: { appLifecycleManagement: { idleSettings: { lifecycleManagement: "ENABLED", idleTimeoutInMinutes: 60 } } },\n}',
    },
    check(r, report) {
        const settings = r.get("defaultUserSettings");
        if (settings.state === "unknown") return;
        const off: string[] = [];
        for (const app of APPS) {
            const v = read(
                settings.state === "known" ? settings.value : undefined,
                `${app}.appLifecycleManagement.idleSettings.lifecycleManagement`,
                "DISABLED",
            );
            if (v.state === "unknown" || (v.state === "known" && (isUnknown(v.value) || v.value === "ENABLED"))) continue;
            off.push(`\`defaultUserSettings.${app}.appLifecycleManagement.idleSettings.lifecycleManagement\``);
        }
        if (off.length === 0) return;
        report(
            `Idle shutdown is off (${off.join(", ")} not "ENABLED"; AWS default off): idle apps keep their sessions, role credentials and loaded PHI running until someone stops them.`,
        );
    },
});
