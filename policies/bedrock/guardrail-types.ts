import type { ResourceAdapter } from "../core/policy";

/** Both providers' guardrail types, the content filters read under @pulumi/aws's name (aws-native: `filtersConfig`). */
export const GUARDRAIL_CONTENT_FILTERS: Record<string, ResourceAdapter> = {
    "aws:bedrock/guardrail:Guardrail": {},
    "aws-native:bedrock:Guardrail": {
        fields: { "contentPolicyConfig.filtersConfigs": "contentPolicyConfig.filtersConfig" },
    },
};
