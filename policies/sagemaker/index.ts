import type { GuardPolicy } from "../core/policy";
import { datazoneDomainKmsEncryption } from "./datazone-domain-kms-encryption";
import { datazoneConnectionTrustedIdentity } from "./datazone-connection-trusted-identity";
import { datazoneDomainSso } from "./datazone-domain-sso";
import { sagemakerCodeRepositorySecret } from "./sagemaker-code-repository-secret";
import { sagemakerDomainDefaultExecutionRole } from "./sagemaker-domain-default-execution-role";
import { sagemakerDomainDockerAccessDisabled } from "./sagemaker-domain-docker-access-disabled";
import { sagemakerDomainIdleShutdown } from "./sagemaker-domain-idle-shutdown";
import { sagemakerDomainSsoAuth } from "./sagemaker-domain-sso-auth";
import { sagemakerDomainInVpc } from "./sagemaker-domain-in-vpc";
import { sagemakerDomainKmsEncryption } from "./sagemaker-domain-kms-encryption";
import { sagemakerDomainUserAttribution } from "./sagemaker-domain-user-attribution";
import { sagemakerDomainVpcOnly } from "./sagemaker-domain-vpc-only";
import { sagemakerEndpointConfigKmsEncryption } from "./sagemaker-endpoint-config-kms-encryption";
import { sagemakerEndpointConfigMultiInstance } from "./sagemaker-endpoint-config-multi-instance";
import { sagemakerEndpointConfigNoSsmAccess } from "./sagemaker-endpoint-config-no-ssm-access";
import { sagemakerEndpointConfigPayloadEncryption } from "./sagemaker-endpoint-config-payload-encryption";
import { sagemakerFeatureGroupKmsEncryption } from "./sagemaker-feature-group-kms-encryption";
import { sagemakerFlowDefinitionKmsEncryption } from "./sagemaker-flow-definition-kms-encryption";
import { sagemakerEndpointApprovedModelPackage } from "./sagemaker-endpoint-approved-model-package";
import { sagemakerInferenceExperimentKmsEncryption } from "./sagemaker-inference-experiment-kms-encryption";
import { sagemakerPartnerAppKmsEncryption } from "./sagemaker-partner-app-kms-encryption";
import { sagemakerPartnerAppUserIdentity } from "./sagemaker-partner-app-user-identity";
import { sagemakerEndpointModelMonitor } from "./sagemaker-endpoint-model-monitor";
import { sagemakerModelRegistryInUse } from "./sagemaker-model-registry-in-use";
import { sagemakerImagePrivateRegistry } from "./sagemaker-image-private-registry";
import { sagemakerHyperpodClusterInVpc } from "./sagemaker-hyperpod-cluster-in-vpc";
import { sagemakerHyperpodClusterKmsEncryption } from "./sagemaker-hyperpod-cluster-kms-encryption";
import { sagemakerLabelingNoPublicWorkforce } from "./sagemaker-labeling-no-public-workforce";
import { sagemakerWorkforceRestrictedAccess } from "./sagemaker-workforce-restricted-access";
import { sagemakerJobInVpc } from "./sagemaker-job-in-vpc";
import { sagemakerJobInterContainerEncryption } from "./sagemaker-job-inter-container-encryption";
import { sagemakerJobKmsEncryption } from "./sagemaker-job-kms-encryption";
import { sagemakerJobNetworkIsolation } from "./sagemaker-job-network-isolation";
import { sagemakerModelInVpc } from "./sagemaker-model-in-vpc";
import { sagemakerModelNetworkIsolation } from "./sagemaker-model-network-isolation";
import { sagemakerModelPackageGroupPolicyRestricted } from "./sagemaker-model-package-group-policy-restricted";
import { sagemakerModelRegistryKmsEncryption } from "./sagemaker-model-registry-kms-encryption";
import { sagemakerModelPrivateRegistry } from "./sagemaker-model-private-registry";
import { sagemakerNotebookImdsv2 } from "./sagemaker-notebook-imdsv2";
import { sagemakerNotebookInVpc } from "./sagemaker-notebook-in-vpc";
import { sagemakerNotebookKmsEncryption } from "./sagemaker-notebook-kms-encryption";
import { sagemakerNotebookNoDirectInternet } from "./sagemaker-notebook-no-direct-internet";
import { sagemakerNotebookNoRootAccess } from "./sagemaker-notebook-no-root-access";
import { sagemakerNotebookSupportedPlatform } from "./sagemaker-notebook-supported-platform";
import { sagemakerSpacePrivate } from "./sagemaker-space-private";
import { sagemakerStudioNotebookSharingEncrypted } from "./sagemaker-studio-notebook-sharing-encrypted";
import { sagemakerUserProfileExecutionRole } from "./sagemaker-user-profile-execution-role";

export const sagemakerPolicies: GuardPolicy[] = [
    sagemakerNotebookNoDirectInternet,
    sagemakerNotebookInVpc,
    sagemakerNotebookKmsEncryption,
    sagemakerNotebookNoRootAccess,
    sagemakerNotebookImdsv2,
    sagemakerNotebookSupportedPlatform,
    sagemakerDomainVpcOnly,
    sagemakerDomainInVpc,
    sagemakerDomainKmsEncryption,
    sagemakerDomainDefaultExecutionRole,
    sagemakerDomainUserAttribution,
    sagemakerStudioNotebookSharingEncrypted,
    sagemakerUserProfileExecutionRole,
    sagemakerSpacePrivate,
    sagemakerModelNetworkIsolation,
    sagemakerModelInVpc,
    sagemakerModelPrivateRegistry,
    sagemakerEndpointConfigKmsEncryption,
    sagemakerEndpointConfigPayloadEncryption,
    sagemakerEndpointConfigMultiInstance,
    sagemakerEndpointConfigNoSsmAccess,
    sagemakerFeatureGroupKmsEncryption,
    sagemakerJobNetworkIsolation,
    sagemakerJobInterContainerEncryption,
    sagemakerJobInVpc,
    sagemakerJobKmsEncryption,
    sagemakerFlowDefinitionKmsEncryption,
    sagemakerCodeRepositorySecret,
    // Issue 27: labeling workforces.
    sagemakerLabelingNoPublicWorkforce,
    sagemakerWorkforceRestrictedAccess,
    // Issue 27: Studio domains.
    sagemakerDomainSsoAuth,
    sagemakerDomainDockerAccessDisabled,
    sagemakerDomainIdleShutdown,
    // Issue 27: HyperPod clusters.
    sagemakerHyperpodClusterInVpc,
    sagemakerHyperpodClusterKmsEncryption,
    // Issue 27: the model registry.
    sagemakerModelPackageGroupPolicyRestricted,
    sagemakerModelRegistryKmsEncryption,
    // Issue 27: SageMaker Unified Studio (DataZone) domains.
    datazoneDomainKmsEncryption,
    datazoneDomainSso,
    // Issue 27 (h27): custom images, the model registry in use, inference experiments and partner apps, monitoring.
    sagemakerImagePrivateRegistry,
    sagemakerEndpointApprovedModelPackage,
    sagemakerInferenceExperimentKmsEncryption,
    sagemakerPartnerAppKmsEncryption,
    sagemakerPartnerAppUserIdentity,
    datazoneConnectionTrustedIdentity,
    sagemakerEndpointModelMonitor,
    sagemakerModelRegistryInUse,
];
