import type { GuardPolicy } from "../core/policy";
import { s3BucketPolicyTlsOnly } from "./s3-bucket-policy-tls-only";
import { s3BucketPublicAccessBlock } from "./s3-bucket-public-access-block";
import { s3BucketSseKms } from "./s3-bucket-sse-kms";
import { s3BucketTlsOnly } from "./s3-bucket-tls-only";
import { s3BucketVersioning } from "./s3-bucket-versioning";
import { s3BucketVersioningConfigEnabled } from "./s3-bucket-versioning-config-enabled";
import { s3VectorBucketKmsEncryption } from "./s3-vector-bucket-kms-encryption";
import { s3VectorBucketPolicyNoPublicAccess } from "./s3-vector-bucket-policy-no-public-access";
import { opensearchServerlessAccessPolicyNoWildcardPrincipal } from "./opensearch-serverless-access-policy-no-wildcard-principal";
import { opensearchServerlessCollectionKmsEncryption } from "./opensearch-serverless-collection-kms-encryption";
import { opensearchServerlessCollectionPoliciesInStack } from "./opensearch-serverless-collection-policies-in-stack";
import { opensearchServerlessNetworkPolicyNoPublicAccess } from "./opensearch-serverless-network-policy-no-public-access";

export const storagePolicies: GuardPolicy[] = [
    s3BucketSseKms,
    s3BucketTlsOnly,
    s3BucketPublicAccessBlock,
    s3BucketVersioning,
    // issue 26: S3 Vectors, the vector store of Bedrock knowledge bases
    s3VectorBucketKmsEncryption,
    // issue 26 (h26a): vector stores: OpenSearch Serverless collections and S3 Vectors bucket policies
    opensearchServerlessCollectionKmsEncryption,
    opensearchServerlessNetworkPolicyNoPublicAccess,
    opensearchServerlessAccessPolicyNoWildcardPrincipal,
    s3VectorBucketPolicyNoPublicAccess,
    // issue 25: the single-resource half of s3-bucket-tls-only, judged in account audits too
    s3BucketPolicyTlsOnly,
    s3BucketVersioningConfigEnabled,
    // issue 26 (h26-aoss): the join of the stack's vector-store collections to the documents that govern them
    opensearchServerlessCollectionPoliciesInStack,
];
