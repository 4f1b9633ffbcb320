import type { GuardPolicy } from "../core/policy";
import { sagemakerNotebookImdsv2 } from "./sagemaker-notebook-imdsv2";
import { sagemakerNotebookInVpc } from "./sagemaker-notebook-in-vpc";
import { sagemakerNotebookKmsEncryption } from "./sagemaker-notebook-kms-encryption";
import { sagemakerNotebookNoDirectInternet } from "./sagemaker-notebook-no-direct-internet";
import { sagemakerNotebookNoRootAccess } from "./sagemaker-notebook-no-root-access";

export const sagemakerPolicies: GuardPolicy[] = [
    sagemakerNotebookNoDirectInternet,
    sagemakerNotebookInVpc,
    sagemakerNotebookKmsEncryption,
    sagemakerNotebookNoRootAccess,
    sagemakerNotebookImdsv2,
];
