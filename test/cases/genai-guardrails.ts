// Case tables for the guardrail policies of issue 26 (h26a): every harmful-content category filtered; a
// guardrail on every prompt and answer-generating knowledge-base node of a flow.

import { bedrockFlowNodeGuardrail } from "../../policies/bedrock/bedrock-flow-node-guardrail";
import { bedrockGuardrailStandardTier } from "../../policies/bedrock/bedrock-guardrail-standard-tier";
import { bedrockGuardrailContentFiltersComplete } from "../../policies/bedrock/bedrock-guardrail-content-filters-complete";
import { bedrockGuardrailContextualGrounding } from "../../policies/bedrock/bedrock-guardrail-contextual-grounding";
import { StackResourceCase, UNKNOWN, urnFor } from "../harness";
import { findResource, PolicyCases, StackCases } from "../policy-cases";

type Props = Record<string, unknown>;
const ALL = ["SEXUAL", "VIOLENCE", "HATE", "INSULTS", "MISCONDUCT"];
const filter = (type: string, over: Props = {}): Props => ({ type, inputStrength: "HIGH", outputStrength: "HIGH", ...over });

function contentCases(type: string, listField: string): PolicyCases {
    const guardrail = (filters: Props[]): Props => ({
        name: "phi",
        blockedInputMessaging: "Request blocked.",
        blockedOutputsMessaging: "Response blocked.",
        kmsKeyArn: UNKNOWN,
        contentPolicyConfig: { [listField]: filters },
    });
    const set = (p: Props, filters: Props[]) => ((p.contentPolicyConfig as Props)[listField] = filters);
    const all = () => [...ALL.map((t) => filter(t)), filter("PROMPT_ATTACK", { outputStrength: "NONE" })];
    return {
        policy: bedrockGuardrailContentFiltersComplete,
        type,
        compliant: guardrail(all()),
        alsoCompliant: [
            {
                title: "input only for one category",
                mutate: (p) => set(p, [...ALL.slice(1).map((t) => filter(t)), filter("SEXUAL", { outputStrength: "NONE" })]),
            },
            {
                title: "an output action DETECT-only on input still filters output",
                mutate: (p) => set(p, [...ALL.slice(1).map((t) => filter(t)), filter("SEXUAL", { inputAction: "NONE" })]),
            },
        ],
        mutations: [
            {
                title: "MISCONDUCT missing",
                mutate: (p) =>
                    set(
                        p,
                        ALL.slice(0, 4).map((t) => filter(t)),
                    ),
                expect: /no filter for MISCONDUCT: content of that category/,
            },
            {
                title: "only HATE (the common partial setup)",
                mutate: (p) => set(p, [filter("HATE")]),
                expect: /no filter for SEXUAL, VIOLENCE, INSULTS, MISCONDUCT/,
            },
            {
                title: "no contentPolicyConfig",
                mutate: (p) => delete p.contentPolicyConfig,
                expect: /no filter for SEXUAL, VIOLENCE, HATE, INSULTS, MISCONDUCT/,
            },
            {
                title: "VIOLENCE at NONE both ways",
                mutate: (p) =>
                    set(p, [
                        ...ALL.filter((t) => t !== "VIOLENCE").map((t) => filter(t)),
                        filter("VIOLENCE", { inputStrength: "NONE", outputStrength: "NONE" }),
                    ]),
                expect: /VIOLENCE set to NONE, disabled or without action/,
            },
            {
                title: "INSULTS disabled both ways",
                mutate: (p) =>
                    set(p, [
                        ...ALL.filter((t) => t !== "INSULTS").map((t) => filter(t)),
                        filter("INSULTS", { inputEnabled: false, outputEnabled: false }),
                    ]),
                expect: /INSULTS set to NONE/,
            },
            {
                title: "HATE with action NONE both ways",
                mutate: (p) =>
                    set(p, [
                        ...ALL.filter((t) => t !== "HATE").map((t) => filter(t)),
                        filter("HATE", { inputAction: "NONE", outputAction: "NONE" }),
                    ]),
                expect: /HATE set to NONE/,
            },
        ],
        unknownPaths: [
            "contentPolicyConfig",
            `contentPolicyConfig.${listField}`,
            `contentPolicyConfig.${listField}.0.type`,
            `contentPolicyConfig.${listField}.0.inputStrength`,
        ],
    };
}

export const cases: PolicyCases[] = [
    contentCases("aws:bedrock/guardrail:Guardrail", "filtersConfigs"),
    contentCases("aws-native:bedrock:Guardrail", "filtersConfig"),
];

// bedrock-flow-node-guardrail: prompt and answer-generating knowledge-base nodes of a flow.
const GR = { guardrailIdentifier: UNKNOWN, guardrailVersion: UNKNOWN };
const node = (name: string, type: string, configuration: Props): Props => ({ name, type, configuration });
const promptNode = (guardrail: Props | null = GR): Props =>
    node("answer", "Prompt", {
        prompt: { sourceConfiguration: { resource: { promptArn: UNKNOWN } }, ...(guardrail ? { guardrailConfiguration: guardrail } : {}) },
    });
const kbNode = (guardrail: Props | null = GR, modelId = "anthropic.claude-3-haiku-20240307-v1:0"): Props =>
    node("lookup", "KnowledgeBase", {
        knowledgeBase: {
            knowledgeBaseId: UNKNOWN,
            ...(modelId ? { modelId } : {}),
            ...(guardrail ? { guardrailConfiguration: guardrail } : {}),
        },
    });
const flowNodes = (...nodes: Props[]): Props[] => [node("start", "Input", { input: {} }), ...nodes, node("end", "Output", { output: {} })];

function flowCases(type: string): PolicyCases {
    return {
        policy: bedrockFlowNodeGuardrail,
        type,
        compliant: {
            name: "referral-flow",
            executionRoleArn: UNKNOWN,
            customerEncryptionKeyArn: UNKNOWN,
            definition: { nodes: flowNodes(kbNode(), promptNode()), connections: [] },
        },
        alsoCompliant: [
            {
                title: "a retrieve-only knowledge-base node (no modelId: nothing generated)",
                mutate: (p) => ((p.definition as Props).nodes = flowNodes(kbNode(null, ""), promptNode())),
            },
            {
                title: "a known guardrail id",
                mutate: (p) =>
                    ((p.definition as Props).nodes = flowNodes(promptNode({ guardrailIdentifier: "gr-abc123", guardrailVersion: "1" }))),
            },
            {
                title: "a flow with no model node",
                mutate: (p) =>
                    ((p.definition as Props).nodes = flowNodes(
                        node("code", "InlineCode", { inlineCode: { code: "x", language: "Python_3" } }),
                    )),
            },
            { title: "no definition", mutate: (p) => delete p.definition },
        ],
        mutations: [
            {
                title: "a prompt node without a guardrail",
                mutate: (p) => ((p.definition as Props).nodes = flowNodes(kbNode(), promptNode(null))),
                expect: /Flow node #3 \(prompt or answer-generating knowledge-base\) applies no guardrail/,
            },
            {
                title: "a generating knowledge-base node without a guardrail",
                mutate: (p) => ((p.definition as Props).nodes = flowNodes(kbNode(null), promptNode())),
                expect: /Flow node #2 .* applies no guardrail/,
            },
            {
                title: "an empty guardrailIdentifier on both",
                mutate: (p) =>
                    ((p.definition as Props).nodes = flowNodes(
                        kbNode({ guardrailIdentifier: "" }),
                        promptNode({ guardrailIdentifier: " " }),
                    )),
                expect: /Flow nodes #2, #3 .* apply no guardrail/,
            },
        ],
        unknownPaths: [
            "definition",
            "definition.nodes",
            "definition.nodes.2.configuration",
            "definition.nodes.2.configuration.prompt.guardrailConfiguration",
        ],
    };
}

const definitionStringCases: PolicyCases = {
    ...flowCases("aws-native:bedrock:Flow"),
    compliant: {
        name: "referral-flow",
        executionRoleArn: UNKNOWN,
        definitionString: JSON.stringify({
            nodes: flowNodes(promptNode({ guardrailIdentifier: "gr-abc123", guardrailVersion: "1" })),
            connections: [],
        }),
    },
    alsoCompliant: [
        {
            title: "the definition in S3",
            mutate: (p) => {
                delete p.definitionString;
                p.definitionS3Location = { bucket: "flows", key: "referral.json" };
            },
        },
    ],
    mutations: [
        {
            title: "definitionString: a prompt node without a guardrail",
            mutate: (p) => (p.definitionString = JSON.stringify({ nodes: flowNodes(promptNode(null)) })),
            expect: /Flow node #2 .* applies no guardrail/,
        },
    ],
    unknownPaths: ["definitionString"],
};

cases.push(flowCases("aws:bedrock/agentFlow:AgentFlow"), flowCases("aws-native:bedrock:Flow"), definitionStringCases);

// bedrock-guardrail-contextual-grounding: a guardrail applied by a flow's knowledge-base node (RAG).
const GUARDRAIL = "aws:bedrock/guardrail:Guardrail";
const FLOW = "aws:bedrock/agentFlow:AgentFlow";
const grounding = (filters: Props[]) => ({ filtersConfigs: filters });
const ragStack = (): StackResourceCase[] => [
    {
        type: GUARDRAIL,
        name: "rag-guardrail",
        props: {
            name: "rag-guardrail",
            blockedInputMessaging: "Request blocked.",
            blockedOutputsMessaging: "Response blocked.",
            contextualGroundingPolicyConfig: grounding([
                { type: "GROUNDING", threshold: 0.75 },
                { type: "RELEVANCE", threshold: 0.75 },
            ]),
        },
    },
    {
        type: FLOW,
        name: "referral-flow",
        props: { name: "referral-flow", executionRoleArn: UNKNOWN, definition: { nodes: flowNodes(kbNode()), connections: [] } },
        propertyDependencies: { definition: [urnFor(GUARDRAIL, "rag-guardrail")] },
    },
];
const ragGuardrail = (s: StackResourceCase[]) => findResource(s, "rag-guardrail").props;

export const stackCases: StackCases[] = [
    {
        policy: bedrockGuardrailContextualGrounding,
        compliant: ragStack,
        alsoCompliant: [
            {
                title: "a guardrail without grounding used by a prompt node only (not RAG)",
                mutate: (s) => {
                    delete ragGuardrail(s).contextualGroundingPolicyConfig;
                    (findResource(s, "referral-flow").props.definition as Props).nodes = flowNodes(promptNode());
                },
            },
            {
                title: "a guardrail without grounding on a retrieve-only knowledge-base node",
                mutate: (s) => {
                    delete ragGuardrail(s).contextualGroundingPolicyConfig;
                    (findResource(s, "referral-flow").props.definition as Props).nodes = flowNodes(kbNode(GR, ""));
                },
            },
            {
                title: "a guardrail without grounding that no flow uses (an agent's guardrail: AWS grounding does not support agents)",
                mutate: (s) => {
                    s.push({
                        type: GUARDRAIL,
                        name: "agent-guardrail",
                        props: { name: "agent-guardrail", blockedInputMessaging: "x", blockedOutputsMessaging: "y" },
                    });
                },
            },
        ],
        mutations: [
            {
                title: "the RAG guardrail has no contextual grounding policy",
                mutate: (s) => delete ragGuardrail(s).contextualGroundingPolicyConfig,
                expect: /Guardrail rag-guardrail guards retrieval-augmented generation \(a knowledge-base node of flow referral-flow\) but does not check contextual GROUNDING and RELEVANCE/,
                resource: "rag-guardrail",
            },
            {
                title: "RELEVANCE missing",
                mutate: (s) => (ragGuardrail(s).contextualGroundingPolicyConfig = grounding([{ type: "GROUNDING", threshold: 0.8 }])),
                expect: /does not check contextual RELEVANCE \(/,
                resource: "rag-guardrail",
            },
            {
                title: "GROUNDING threshold 0 (nothing can trip it)",
                mutate: (s) =>
                    (ragGuardrail(s).contextualGroundingPolicyConfig = grounding([
                        { type: "GROUNDING", threshold: 0 },
                        { type: "RELEVANCE", threshold: 0.8 },
                    ])),
                expect: /does not check contextual GROUNDING \(/,
                resource: "rag-guardrail",
            },
            {
                title: "the node names the guardrail by a known id (exact match)",
                mutate: (s) => {
                    const g = ragGuardrail(s);
                    delete g.contextualGroundingPolicyConfig;
                    g.guardrailId = "gr-rag0001";
                    const f = findResource(s, "referral-flow");
                    f.propertyDependencies = {};
                    (f.props.definition as Props).nodes = flowNodes(kbNode({ guardrailIdentifier: "gr-rag0001", guardrailVersion: "1" }));
                },
                expect: /Guardrail rag-guardrail guards retrieval-augmented generation/,
                resource: "rag-guardrail",
                previewOnly: "a guardrailId set as an input: in the audit shape the provider's computed id replaces it",
            },
        ],
    },
];

// bedrock-guardrail-standard-tier: the content filters' tier and the cross-Region profile it needs.
function tierCases(type: string, native: boolean): PolicyCases {
    const tierPath = native ? "contentPolicyConfig.contentFiltersTierConfig" : "contentPolicyConfig.tierConfigs";
    const tier = (name: string) => (native ? { tierName: name } : [{ tierName: name }]);
    const profile = native
        ? { guardrailProfileArn: "arn:aws:bedrock:us-east-1:111122223333:guardrail-profile/us.guardrail.v1:0" }
        : { guardrailProfileIdentifier: "us.guardrail.v1:0" };
    const listField = native ? "filtersConfig" : "filtersConfigs";
    const setTier = (p: Props, t: unknown) => ((p.contentPolicyConfig as Props)[tierPath.split(".")[1]] = t);
    return {
        policy: bedrockGuardrailStandardTier,
        type,
        compliant: {
            name: "phi",
            blockedInputMessaging: "Request blocked.",
            blockedOutputsMessaging: "Response blocked.",
            crossRegionConfig: profile,
            contentPolicyConfig: {
                [listField]: [filter("PROMPT_ATTACK", { outputStrength: "NONE" })],
                [tierPath.split(".")[1]]: tier("STANDARD"),
            },
        },
        alsoCompliant: [
            { title: "no content filters at all (judged by the content-filter policies)", mutate: (p) => delete p.contentPolicyConfig },
        ],
        mutations: [
            { title: "CLASSIC tier", mutate: (p) => setTier(p, tier("CLASSIC")), expect: /tier is "CLASSIC"/ },
            {
                title: "no tier (the CLASSIC default)",
                mutate: (p) => delete (p.contentPolicyConfig as Props)[tierPath.split(".")[1]],
                expect: /tier is not set \(AWS default "CLASSIC"\)/,
            },
            {
                title: "STANDARD without a cross-Region profile",
                mutate: (p) => delete p.crossRegionConfig,
                expect: /names no guardrail profile: AWS requires one/,
            },
        ],
        unknownPaths: ["contentPolicyConfig", tierPath, "crossRegionConfig"],
    };
}

cases.push(tierCases("aws:bedrock/guardrail:Guardrail", false), tierCases("aws-native:bedrock:Guardrail", true));
