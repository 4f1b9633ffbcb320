import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { T } from "./common";

/** The public (Amazon Mechanical Turk) work team: `arn:aws:sagemaker:<region>:<aws account>:workteam/public-crowd/default`. */
const PUBLIC_CROWD = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:workteam\/public-crowd\//;

export const sagemakerLabelingNoPublicWorkforce = resourcePolicy({
    name: "sagemaker-labeling-no-public-workforce",
    description: "SageMaker labeling jobs and human review flows must not send work to the public (Amazon Mechanical Turk) workforce.",
    severity: "critical",
    enforcementLevel: "mandatory",
    practice: "data",
    resources: { [T.flowDefinition]: {}, [T.labelingJob]: {} },
    controls: {
        hipaa: {
            ids: ["164.308(b)(1)", "164.312(a)(1)"],
            source: own(
                "Business associate contracts: the public workforce shows each task, i.e. the record under review, to anonymous Mechanical Turk workers, with whom no BAA exists; AWS says not to send PHI or other confidential data to it.",
            ),
        },
        "nist-800-53": {
            ids: ["AC-3", "AC-21", "SA-9"],
            source: own("Information sharing with external parties only under an agreement (no scanner checks the work team)."),
        },
        "pci-dss": { ids: ["7.2.1", "12.8.1"], source: own("Access to data by third parties only with a written agreement.") },
    },
    fix: "set `workteamArn` (flow definition: `humanLoopConfig`, labeling job: `humanTaskConfig`) to a private work team of your workforce and remove `publicWorkforceTaskPrice`",
    remediationSteps: [
        "1. Create a private workforce and work team (`aws.sagemaker.Workforce`, `aws.sagemaker.Workteam`) for the people who may see the data, and point the flow definition at it.",
        "```typescript",
        'new aws.sagemaker.FlowDefinition("review", {',
        "    // ...",
        '    humanLoopConfig: { humanTaskUiArn: ui.arn, taskCount: 1, taskDescription: "review", taskTitle: "review", workteamArn: privateTeam.arn },',
        "});",
        "```",
    ].join("\n"),
    example: {
        before: 'humanLoopConfig: { /* ... */ workteamArn: "arn:aws:sagemaker:us-east-1:394669845002:workteam/public-crowd/default", publicWorkforceTaskPrice: { amountInUsd: { cents: 36 } } }',
        after: "humanLoopConfig: { /* ... */ workteamArn: privateTeam.arn }",
    },
    check(r, report) {
        const at = r.type === T.labelingJob ? "humanTaskConfig" : "humanLoopConfig";
        const team = r.get(`${at}.workteamArn`);
        if (team.state === "known" && typeof team.value === "string" && PUBLIC_CROWD.test(team.value)) {
            report(
                `\`${at}.workteamArn\` is the public workforce (\`workteam/public-crowd\`): every task, with the data it shows (PHI), goes to anonymous Amazon Mechanical Turk workers.`,
            );
            return;
        }
        // A price per task exists only for the public workforce: it says which team is meant even when the
        // team's ARN is unknown at preview (or names another team, which AWS then rejects).
        if (r.get(`${at}.publicWorkforceTaskPrice`).state === "known") {
            report(
                `\`${at}.publicWorkforceTaskPrice\` is set, which only the public workforce (Amazon Mechanical Turk) uses: the data in each task (PHI) would be shown to anonymous workers.`,
            );
        }
    },
});
