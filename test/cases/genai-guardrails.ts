// Case tables for the guardrail policies of issue 26 (h26a): every harmful-content category filtered.

import { bedrockGuardrailContentFiltersComplete } from "../../policies/bedrock/bedrock-guardrail-content-filters-complete";
import { UNKNOWN } from "../harness";
import { PolicyCases } from "../policy-cases";

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
