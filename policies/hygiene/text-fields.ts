// Which inputs of which resource types are free text, tags, environment variables, scripts or code
// repository URLs, and a walker that hands each known string to a visitor with a message-safe
// description of where it sits. Unknown values (preview sentinels) are skipped, never scanned.
//
// The type list is the one place that says what the hygiene policies scan.

import { isUnknown, rawChild } from "../core/values";

/** `all`: every string input (classified by its key); `tags`: `tags`, `tagsAll` and `description` only. */
export type Scope = "all" | "tags";

const ALL = "all" as const;
const TAGS = "tags" as const;

/** SageMaker and Bedrock (@pulumi/aws 7.48.0 and 6.83.0, @pulumi/aws-native) with free-text inputs, plus tags on the resources around them. */
export const TEXT_SCAN_TYPES: Readonly<Record<string, Scope>> = {
    "aws:sagemaker/algorithm:Algorithm": ALL,
    "aws:sagemaker/app:App": ALL,
    "aws:sagemaker/appImageConfig:AppImageConfig": ALL,
    "aws:sagemaker/codeRepository:CodeRepository": ALL,
    "aws:sagemaker/dataQualityJobDefinition:DataQualityJobDefinition": ALL,
    "aws:sagemaker/device:Device": ALL,
    "aws:sagemaker/deviceFleet:DeviceFleet": ALL,
    "aws:sagemaker/domain:Domain": ALL,
    "aws:sagemaker/endpoint:Endpoint": ALL,
    "aws:sagemaker/endpointConfiguration:EndpointConfiguration": ALL,
    "aws:sagemaker/featureGroup:FeatureGroup": ALL,
    "aws:sagemaker/flowDefinition:FlowDefinition": ALL,
    "aws:sagemaker/hub:Hub": ALL,
    "aws:sagemaker/hubContentReference:HubContentReference": ALL,
    "aws:sagemaker/humanTaskUI:HumanTaskUI": ALL,
    "aws:sagemaker/hyperParameterTuningJob:HyperParameterTuningJob": ALL,
    "aws:sagemaker/image:Image": ALL,
    "aws:sagemaker/imageVersion:ImageVersion": ALL,
    "aws:sagemaker/labelingJob:LabelingJob": ALL,
    "aws:sagemaker/mlflowApp:MlflowApp": ALL,
    "aws:sagemaker/mlflowTrackingServer:MlflowTrackingServer": ALL,
    "aws:sagemaker/model:Model": ALL,
    "aws:sagemaker/modelCard:ModelCard": ALL,
    "aws:sagemaker/modelPackageGroup:ModelPackageGroup": ALL,
    "aws:sagemaker/monitoringSchedule:MonitoringSchedule": ALL,
    "aws:sagemaker/notebookInstance:NotebookInstance": ALL,
    "aws:sagemaker/notebookInstanceLifecycleConfiguration:NotebookInstanceLifecycleConfiguration": ALL,
    "aws:sagemaker/pipeline:Pipeline": ALL,
    "aws:sagemaker/project:Project": ALL,
    "aws:sagemaker/space:Space": ALL,
    "aws:sagemaker/studioLifecycleConfig:StudioLifecycleConfig": ALL,
    "aws:sagemaker/trainingJob:TrainingJob": ALL,
    "aws:sagemaker/userProfile:UserProfile": ALL,
    "aws:sagemaker/workforce:Workforce": ALL,
    "aws:sagemaker/workteam:Workteam": ALL,
    "aws:bedrock/agentAgent:AgentAgent": ALL,
    "aws:bedrock/agentAgentActionGroup:AgentAgentActionGroup": ALL,
    "aws:bedrock/agentAgentAlias:AgentAgentAlias": ALL,
    "aws:bedrock/agentAgentCollaborator:AgentAgentCollaborator": ALL,
    "aws:bedrock/agentAgentKnowledgeBaseAssociation:AgentAgentKnowledgeBaseAssociation": ALL,
    "aws:bedrock/agentDataSource:AgentDataSource": ALL,
    "aws:bedrock/agentFlow:AgentFlow": ALL,
    "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase": ALL,
    "aws:bedrock/agentPrompt:AgentPrompt": ALL,
    "aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime": ALL,
    "aws:bedrock/agentcoreAgentRuntimeEndpoint:AgentcoreAgentRuntimeEndpoint": ALL,
    "aws:bedrock/agentcoreBrowser:AgentcoreBrowser": ALL,
    "aws:bedrock/agentcoreCodeInterpreter:AgentcoreCodeInterpreter": ALL,
    "aws:bedrock/agentcoreGateway:AgentcoreGateway": ALL,
    "aws:bedrock/agentcoreGatewayTarget:AgentcoreGatewayTarget": ALL,
    "aws:bedrock/agentcoreHarness:AgentcoreHarness": ALL,
    "aws:bedrock/agentcoreMemory:AgentcoreMemory": ALL,
    "aws:bedrock/agentcoreMemoryStrategy:AgentcoreMemoryStrategy": ALL,
    "aws:bedrock/customModel:CustomModel": ALL,
    "aws:bedrock/evaluationJob:EvaluationJob": ALL,
    "aws:bedrock/guardrail:Guardrail": ALL,
    "aws:bedrock/guardrailVersion:GuardrailVersion": ALL,
    "aws:bedrock/inferenceProfile:InferenceProfile": ALL,
    "aws:bedrock/provisionedModelThroughput:ProvisionedModelThroughput": ALL,
    "aws:bedrockmodel/invocationJob:InvocationJob": ALL,
    // aws-native (@pulumi/aws-native): the same services. Credential providers (ApiKeyCredentialProvider,
    // PaymentCredentialProvider) hold secrets by design and resource policies hold policy documents: not listed.
    "aws-native:sagemaker:Action": ALL,
    "aws-native:sagemaker:Algorithm": ALL,
    "aws-native:sagemaker:App": ALL,
    "aws-native:sagemaker:AppImageConfig": ALL,
    "aws-native:sagemaker:Artifact": ALL,
    "aws-native:sagemaker:Cluster": ALL,
    "aws-native:sagemaker:Context": ALL,
    "aws-native:sagemaker:DataQualityJobDefinition": ALL,
    "aws-native:sagemaker:Device": ALL,
    "aws-native:sagemaker:DeviceFleet": ALL,
    "aws-native:sagemaker:Domain": ALL,
    "aws-native:sagemaker:Endpoint": ALL,
    "aws-native:sagemaker:EndpointConfig": ALL,
    "aws-native:sagemaker:Experiment": ALL,
    "aws-native:sagemaker:ExperimentTrialComponent": ALL,
    "aws-native:sagemaker:FeatureGroup": ALL,
    "aws-native:sagemaker:Hub": ALL,
    "aws-native:sagemaker:HumanTaskUi": ALL,
    "aws-native:sagemaker:Image": ALL,
    "aws-native:sagemaker:ImageVersion": ALL,
    "aws-native:sagemaker:InferenceComponent": ALL,
    "aws-native:sagemaker:InferenceExperiment": ALL,
    "aws-native:sagemaker:MlflowApp": ALL,
    "aws-native:sagemaker:MlflowTrackingServer": ALL,
    "aws-native:sagemaker:Model": ALL,
    "aws-native:sagemaker:ModelBiasJobDefinition": ALL,
    "aws-native:sagemaker:ModelCard": ALL,
    "aws-native:sagemaker:ModelExplainabilityJobDefinition": ALL,
    "aws-native:sagemaker:ModelPackage": ALL,
    "aws-native:sagemaker:ModelPackageGroup": ALL,
    "aws-native:sagemaker:ModelQualityJobDefinition": ALL,
    "aws-native:sagemaker:MonitoringSchedule": ALL,
    "aws-native:sagemaker:NotebookInstance": ALL,
    "aws-native:sagemaker:PartnerApp": ALL,
    "aws-native:sagemaker:Pipeline": ALL,
    "aws-native:sagemaker:ProcessingJob": ALL,
    "aws-native:sagemaker:Project": ALL,
    "aws-native:sagemaker:Space": ALL,
    "aws-native:sagemaker:StudioLifecycleConfig": ALL,
    "aws-native:sagemaker:TrialComponent": ALL,
    "aws-native:sagemaker:UserProfile": ALL,
    "aws-native:sagemaker:Workforce": ALL,
    "aws-native:bedrock:Agent": ALL,
    "aws-native:bedrock:AgentAlias": ALL,
    "aws-native:bedrock:ApplicationInferenceProfile": ALL,
    "aws-native:bedrock:AutomatedReasoningPolicy": ALL,
    "aws-native:bedrock:AutomatedReasoningPolicyVersion": ALL,
    "aws-native:bedrock:Blueprint": ALL,
    "aws-native:bedrock:DataAutomationLibrary": ALL,
    "aws-native:bedrock:DataAutomationProject": ALL,
    "aws-native:bedrock:DataSource": ALL,
    "aws-native:bedrock:EnforcedGuardrailConfiguration": ALL,
    "aws-native:bedrock:Flow": ALL,
    "aws-native:bedrock:FlowAlias": ALL,
    "aws-native:bedrock:FlowVersion": ALL,
    "aws-native:bedrock:Guardrail": ALL,
    "aws-native:bedrock:GuardrailVersion": ALL,
    "aws-native:bedrock:IntelligentPromptRouter": ALL,
    "aws-native:bedrock:KnowledgeBase": ALL,
    "aws-native:bedrock:Prompt": ALL,
    "aws-native:bedrock:PromptVersion": ALL,
    "aws-native:bedrock:Session": ALL,
    "aws-native:bedrockagentcore:BrowserCustom": ALL,
    "aws-native:bedrockagentcore:BrowserProfile": ALL,
    "aws-native:bedrockagentcore:CapacityProvider": ALL,
    "aws-native:bedrockagentcore:CodeInterpreterCustom": ALL,
    "aws-native:bedrockagentcore:ConfigurationBundle": ALL,
    "aws-native:bedrockagentcore:Dataset": ALL,
    "aws-native:bedrockagentcore:Evaluator": ALL,
    "aws-native:bedrockagentcore:Gateway": ALL,
    "aws-native:bedrockagentcore:GatewayRateLimit": ALL,
    "aws-native:bedrockagentcore:GatewayRule": ALL,
    "aws-native:bedrockagentcore:GatewayTarget": ALL,
    "aws-native:bedrockagentcore:Harness": ALL,
    "aws-native:bedrockagentcore:HarnessEndpoint": ALL,
    "aws-native:bedrockagentcore:Memory": ALL,
    "aws-native:bedrockagentcore:OnlineEvaluationConfig": ALL,
    "aws-native:bedrockagentcore:PaymentConnector": ALL,
    "aws-native:bedrockagentcore:PaymentManager": ALL,
    "aws-native:bedrockagentcore:Policy": ALL,
    "aws-native:bedrockagentcore:PolicyEngine": ALL,
    "aws-native:bedrockagentcore:Runtime": ALL,
    "aws-native:bedrockagentcore:RuntimeEndpoint": ALL,
    "aws-native:bedrockagentcore:WorkloadIdentity": ALL,
    // Around them: tags (and a description where the type has one).
    "aws:s3/bucket:Bucket": TAGS,
    "aws:s3/bucketV2:BucketV2": TAGS,
    "aws:kms/key:Key": TAGS,
    "aws:iam/role:Role": TAGS,
    "aws:ec2/vpc:Vpc": TAGS,
    "aws:ec2/subnet:Subnet": TAGS,
    "aws:ec2/securityGroup:SecurityGroup": TAGS,
    "aws:cloudtrail/trail:Trail": TAGS,
    "aws:guardduty/detector:Detector": TAGS,
    "aws:cloudwatch/logGroup:LogGroup": TAGS,
    "aws-native:s3:Bucket": TAGS,
    "aws-native:kms:Key": TAGS,
    "aws-native:iam:Role": TAGS,
    "aws-native:ec2:Vpc": TAGS,
    "aws-native:ec2:Subnet": TAGS,
    "aws-native:ec2:SecurityGroup": TAGS,
    "aws-native:cloudtrail:Trail": TAGS,
    "aws-native:guardduty:Detector": TAGS,
    "aws-native:logs:LogGroup": TAGS,
};

/** Types with a code repository URL input (the mandatory insecure-URL check). */
export const REPO_URL_TYPES: readonly string[] = [
    "aws:sagemaker/codeRepository:CodeRepository",
    "aws:sagemaker/notebookInstance:NotebookInstance",
];

export type FieldKind = "tag" | "tag-key" | "env" | "script" | "repo-url" | "text" | "name";

/** Maps of variable -> value. */
const ENV_KEYS = new Set(["environment", "environmentVariables", "containerEnvironmentVariables"]);
/** Maps of name -> value that are not environments but hold the same kind of settings. */
const PARAM_KEYS = new Set(["hyperParameters", "hyperparameters", "staticHyperParameters"]);
/** Base64-encoded shell scripts. */
const SCRIPT_KEYS = new Set(["onCreate", "onStart", "studioLifecycleConfigContent"]);
/** Code repository URLs (or names of CodeRepository resources). */
const REPO_URL_KEYS = new Set(["repositoryUrl", "defaultCodeRepository", "additionalCodeRepositories"]);
/**
 * Inputs that are meant to hold a secret (marked secret by the provider) or detector definitions:
 * not scanned. `*Wo` inputs are write-only secrets.
 */
const SKIP_KEYS = new Set([
    "apiKey",
    "clientSecret",
    "clientSecretWo",
    "clientIdWo",
    "tenantIdWo",
    "apiKeyWo",
    "actorTokenContent",
    "sensitiveInformationPolicyConfig",
    "region",
    "timeouts",
]);

// How far the scan goes. Every string is scanned to the end of what AWS accepts for any scanned field
// (docs/hygiene-detectors.md, "How far the scan goes", has the table of AWS limits and their source).
// What lies beyond a limit is not scanned, and `onLimit` says so: the advisory policy
// `hygiene-not-fully-scanned` reports it with the resource, the field and the limit.

/**
 * Characters of one string: 5 MiB, the longest string the SageMaker, Bedrock, Bedrock Agents and
 * AgentCore control APIs accept (bedrock-agent `Data`, 5,242,880; a flow's inline code is 5,000,000;
 * a pipeline definition 1,048,576). A longer string cannot be deployed as it is.
 */
export const MAX_STRING_CHARS = 5 * 1024 * 1024;
/** Characters of all the strings of one resource: twice the longest string (a safety cap: about 4 s of pack CPU, bench/NOTES.md). */
export const MAX_RESOURCE_CHARS = 2 * MAX_STRING_CHARS;
/**
 * Strings of one resource. AWS caps every list and map of these APIs (50 tags, 100 variables of a
 * container, 15 containers, 40 flow nodes); the largest structured resources hold a few thousand
 * strings. A safety cap (about 2 µs a string per detector category).
 */
export const MAX_STRINGS = 100_000;
/**
 * Levels of nesting. AWS shapes of these services nest fewer than 20 levels (lists and maps
 * included); the analyzer protocol carries about 1,400. A safety cap: every policy's walk stays
 * bounded on hostile nesting (test/hostile/pack-nesting.spec.ts), and deeper input is reported.
 */
export const MAX_DEPTH = 64;

export type LimitKind = "string-length" | "resource-characters" | "strings" | "depth";

/** A part of a resource's inputs that the scan did not reach. Never carries a value. */
export interface ScanLimit {
    kind: LimitKind;
    /** The limit that was reached (characters, strings or levels). */
    limit: number;
    /** Path to the first field affected (schema names, indexes and map keys: print through a safe label). */
    path: readonly (string | number)[];
}

export interface TextField {
    kind: FieldKind;
    /** The value (known string; at most MAX_STRING_CHARS characters of it). */
    text: string;
    /** The tag key / variable / parameter name (user data: print only through `safeName`). */
    key?: string;
    /** Path segments from the resource's inputs to the value (schema names, indexes and map keys). */
    readonly path: readonly (string | number)[];
    /** The input that holds a script, for script fields (`onStart`). */
    scriptField?: string;
    /** For tags: from `tagsAll` (provider default tags). */
    fromTagsAll?: boolean;
}

/** A path as a chain from the leaf up: pushing is O(1) and a field's path is built only when read. */
interface PathNode {
    seg: string | number;
    up: PathNode | undefined;
}

function pathOf(n: PathNode | undefined): (string | number)[] {
    const out: (string | number)[] = [];
    for (let p = n; p; p = p.up) out.push(p.seg);
    return out.reverse();
}

/** A field whose `path` is materialised on first read (most fields are never reported, so never read it). */
function field(kind: FieldKind, text: string, at: PathNode | undefined, extra?: Partial<TextField>): TextField {
    let path: (string | number)[] | undefined;
    return {
        kind,
        text,
        ...extra,
        get path() {
            return (path ??= pathOf(at));
        },
    };
}

/**
 * Calls `visit` for every known string the hygiene policies scan on a resource of `type`, plus the
 * resource name, and `onLimit` once per kind of limit reached (with the first field it cut). Work is
 * linear in the size of the inputs (at most MAX_RESOURCE_CHARS characters and MAX_STRINGS strings are
 * handed on).
 */
export function forEachTextField(
    type: string,
    inputs: unknown,
    resourceName: string | undefined,
    visit: (f: TextField) => void,
    onLimit?: (l: ScanLimit) => void,
): void {
    const scope = TEXT_SCAN_TYPES[type];
    if (scope === undefined) return;
    if (typeof resourceName === "string" && resourceName.length > 0) visit({ kind: "name", text: resourceName, path: [] });
    if (inputs === null || typeof inputs !== "object" || isUnknown(inputs)) return;
    let strings = MAX_STRINGS;
    let chars = MAX_RESOURCE_CHARS;
    const reached = new Set<LimitKind>();
    const limit = (kind: LimitKind, at: PathNode | undefined, n: number) => {
        if (reached.has(kind)) return;
        reached.add(kind);
        onLimit?.({ kind, limit: n, path: pathOf(at) });
    };
    /** The part of `s` to scan, or undefined when the budget is spent; says which limit cut it. */
    const take = (s: string, at: PathNode | undefined): string | undefined => {
        if (strings <= 0 || chars <= 0) {
            limit(strings <= 0 ? "strings" : "resource-characters", at, strings <= 0 ? MAX_STRINGS : MAX_RESOURCE_CHARS);
            return undefined;
        }
        strings--;
        let t = s;
        if (t.length > MAX_STRING_CHARS) {
            limit("string-length", at, MAX_STRING_CHARS);
            t = t.slice(0, MAX_STRING_CHARS);
        }
        if (t.length > chars) {
            limit("resource-characters", at, MAX_RESOURCE_CHARS);
            t = t.slice(0, chars);
        }
        chars -= t.length;
        return t;
    };
    const visitTags = (f: "tags" | "tagsAll") => {
        const tags = rawChild(inputs, f);
        if (tags === null || typeof tags !== "object") return;
        const top: PathNode = { seg: f, up: undefined };
        const fromTagsAll = f === "tagsAll";
        const one = (k: string, v: unknown, at: PathNode) => {
            const key = take(k, top);
            // A tag key holding data is reported as "a tag key".
            if (key !== undefined) visit(field("tag-key", key, top, { key: k, fromTagsAll }));
            if (typeof v !== "string" || isUnknown(v)) return;
            const value = take(v, at);
            if (value !== undefined) visit(field("tag", value, at, { key: k, fromTagsAll }));
        };
        if (Array.isArray(tags)) {
            // aws-native: `[{ key, value }]`.
            for (let i = 0; i < tags.length; i++) {
                const t = rawChild(tags, i);
                const k = t !== null && typeof t === "object" ? rawChild(t, "key") : undefined;
                const v = t !== null && typeof t === "object" ? rawChild(t, "value") : undefined;
                if (typeof k !== "string" || isUnknown(k)) continue;
                one(k, v, { seg: "value", up: { seg: i, up: top } });
            }
            return;
        }
        for (const k of Object.keys(tags)) {
            if (isUnknown(k)) continue;
            one(k, rawChild(tags, k), { seg: k, up: top });
        }
    };
    visitTags("tags");
    visitTags("tagsAll");
    if (scope === "tags") {
        const d = rawChild(inputs, "description");
        if (typeof d === "string" && !isUnknown(d)) {
            const at: PathNode = { seg: "description", up: undefined };
            const t = take(d, at);
            if (t !== undefined) visit(field("text", t, at));
        }
        return;
    }
    const leaf = (node: string, at: PathNode, envKey: string | undefined): void => {
        if (isUnknown(node) || node.length === 0) return;
        const text = take(node, at);
        if (text === undefined) return;
        const last = at.seg;
        const parent = at.up?.seg;
        if (envKey !== undefined) {
            visit(field("env", text, at, { key: envKey }));
        } else if (typeof last === "string" && SCRIPT_KEYS.has(last)) {
            visit(field("script", text, at, { scriptField: last }));
        } else if ((typeof last === "string" && REPO_URL_KEYS.has(last)) || (typeof parent === "string" && REPO_URL_KEYS.has(parent))) {
            visit(field("repo-url", text, at));
        } else {
            visit(field("text", text, at));
        }
    };
    /** `envMap`: the node is a map of variable (or parameter) -> value. */
    const walk = (node: unknown, at: PathNode | undefined, depth: number, envMap: boolean): void => {
        if (typeof node === "string") return at ? leaf(node, at, undefined) : undefined;
        if (node === null || typeof node !== "object") return;
        if (depth >= MAX_DEPTH) return limit("depth", at, MAX_DEPTH);
        if (Array.isArray(node)) {
            for (let i = 0; i < node.length; i++) walk(rawChild(node, i), { seg: i, up: at }, depth + 1, false);
            return;
        }
        for (const k of Object.keys(node)) {
            if (depth === 0 && (k === "tags" || k === "tagsAll")) continue;
            if (!envMap && (SKIP_KEYS.has(k) || k.endsWith("Wo"))) continue;
            const child = rawChild(node, k);
            const next: PathNode = { seg: k, up: at };
            if (envMap && typeof child === "string") leaf(child, next, k);
            else walk(child, next, depth + 1, !envMap && (ENV_KEYS.has(k) || PARAM_KEYS.has(k)));
        }
    };
    walk(inputs, undefined, 0, false);
}

const BASE64_PREFIX = /^[A-Za-z0-9+/\r\n]*={0,2}/;

/**
 * The text of a lifecycle script input: base64-decoded when it is base64 (a trailing non-base64
 * part is ignored), the input itself when it is not (some programs pass the script unencoded).
 * Decodes the whole input (AWS limits a script to 16,384 characters of base64; the walk hands on
 * at most MAX_STRING_CHARS): linear in its length.
 */
export function decodeScript(value: string): string {
    const v = value;
    const m = BASE64_PREFIX.exec(v.trim());
    const b64 = m ? m[0] : "";
    if (b64.replace(/\s/g, "").length < 8 || b64.length < v.trim().length * 0.5) return value;
    let text: string;
    try {
        text = Buffer.from(b64, "base64").toString("utf8");
    } catch {
        return value;
    }
    // Mostly printable: a script. Otherwise it was not base64 of text; scan the input as is.
    let bad = 0;
    for (let i = 0; i < text.length && i < 4096; i++) {
        const c = text.charCodeAt(i);
        if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
    }
    return bad > Math.min(text.length, 4096) * 0.05 ? value : text;
}
