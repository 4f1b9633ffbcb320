import { own } from "../core/frameworks";
import { resourcePolicy } from "../core/policy";
import { textScanResources } from "./resources";
import { pathLabel } from "./scan";
import { forEachTextField, ScanLimit } from "./text-fields";

/** At most this many path segments in a message (a path 1,000 levels deep is not printed whole). */
const MAX_SEGMENTS = 8;

function where(path: readonly (string | number)[]): string {
    if (path.length === 0) return "the resource's inputs";
    const shown = path.length > MAX_SEGMENTS ? pathLabel(path.slice(0, MAX_SEGMENTS)) + "…" : pathLabel(path);
    return `\`${shown}\``;
}

const n = (x: number) => x.toLocaleString("en-US");

/** The message for one limit: the field and the limit, never a value. */
export function limitMessage(l: ScanLimit): string {
    const what = "the credential, PHI and URL policies (hygiene-*)";
    switch (l.kind) {
        case "string-length":
            return `${where(l.path)} holds more than ${n(l.limit)} characters, more than any field of the SageMaker and Bedrock APIs accepts: ${what} scanned its first ${n(l.limit)} characters only.`;
        case "resource-characters":
            return `The text inputs of this resource hold more than ${n(l.limit)} characters: ${what} stopped at ${where(l.path)} and did not scan the rest.`;
        case "strings":
            return `This resource holds more than ${n(l.limit)} strings: ${what} stopped at ${where(l.path)} and did not scan the rest.`;
        case "depth":
            return `${where(l.path)} nests deeper than ${n(l.limit)} levels: ${what} did not scan below that level.`;
    }
}

// Silence is not compliance: a limit of the text scan that the user cannot see reads as "no secret
// here". Every string is scanned to the end of what AWS accepts (policies/hygiene/text-fields.ts);
// this policy names what lies beyond a safety cap, so that a clean result is not taken to cover it.
export const hygieneNotFullyScanned = resourcePolicy({
    name: "hygiene-not-fully-scanned",
    description:
        "Names the text inputs that the credential and PHI scans did not reach (beyond what AWS accepts, or past the scan's safety caps), so that a clean result is not read as covering them.",
    severity: "low",
    enforcementLevel: "advisory",
    tags: ["coverage-notice"],
    practice: "data",
    resources: textScanResources,
    controls: {
        hipaa: {
            ids: ["164.308(a)(1)(ii)(A)"],
            source: own(
                "the risk analysis must know which data an automated review did not examine, or it takes silence for the absence of PHI and secrets",
            ),
        },
        "nist-800-53": {
            ids: ["CA-7", "RA-5"],
            source: own("a monitoring or scanning result states its coverage: inputs the scan did not examine are reported"),
        },
    },
    fix: "shorten or split the input (AWS rejects a field longer than it accepts), or review the part named by hand",
    remediationSteps: [
        "1. This finding is information: the hygiene policies did not scan the part of the input it names.",
        "2. A field longer than AWS accepts fails at deploy: shorten it. For a pipeline definition, keep it in S3 (`pipelineDefinitionS3Location`).",
        "3. Otherwise review the part named by hand for credentials and PHI, and record the review as an exemption:",
        "```typescript",
        "// Pulumi.<stack>.yaml / policy config",
        '// "hygiene-not-fully-scanned": { "exemptions": [{ "resource": "training-pipeline", "reason": "reviewed by hand in SEC-123", "expires": "2027-06-30" }] }',
        "```",
    ].join("\n"),
    check(r, report) {
        forEachTextField(
            r.type,
            r.raw(),
            r.name,
            () => undefined,
            (l) => report(limitMessage(l)),
        );
    },
});
